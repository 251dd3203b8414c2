// 用户 (User): accounts with unit-scoped roles, managed by the lead unit's administrators.
import { lazy } from 'react';
import PeopleIcon from '@mui/icons-material/PeopleOutlined';

export default {
  list: lazy(() => import('./UserList')),
  show: lazy(() => import('./UserShow')),
  edit: lazy(() => import('./UserEdit')),
  create: lazy(() => import('./UserCreate')),
  icon: PeopleIcon,
  recordRepresentation: (r: { name?: string; username?: string }) => (r.name ? `${r.name}（${r.username ?? ''}）` : (r.username ?? '')),
};
