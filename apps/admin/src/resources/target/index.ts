// 检查对象 (Target): the objects a draw may select. Writable by administrators and by the maintaining unit's staff.
import { lazyPage } from '../../common/lazyPage';
import StoreIcon from '@mui/icons-material/StoreMallDirectoryOutlined';

export default {
  list: lazyPage(() => import('./TargetList')),
  show: lazyPage(() => import('./TargetShow')),
  edit: lazyPage(() => import('./TargetEdit')),
  create: lazyPage(() => import('./TargetCreate')),
  icon: StoreIcon,
  recordRepresentation: 'name',
};
