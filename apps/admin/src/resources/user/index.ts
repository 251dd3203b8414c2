// 用户 (User): accounts with unit-scoped roles, managed by the lead unit's administrators.
import { lazyPage } from '../../common/lazyPage';
import PeopleIcon from '@mui/icons-material/PeopleOutlined';

export default {
  list: lazyPage(() => import('./UserList')),
  show: lazyPage(() => import('./UserShow')),
  edit: lazyPage(() => import('./UserEdit')),
  create: lazyPage(() => import('./UserCreate')),
  icon: PeopleIcon,
  recordRepresentation: (r: { name?: string; username?: string }) => (r.name ? `${r.name}（${r.username ?? ''}）` : (r.username ?? '')),
};
