// 检查对象 (Target): the objects a draw may select. Writable by administrators and by the maintaining unit's staff.
import { lazy } from 'react';
import StoreIcon from '@mui/icons-material/StoreMallDirectoryOutlined';

export default {
  list: lazy(() => import('./TargetList')),
  show: lazy(() => import('./TargetShow')),
  edit: lazy(() => import('./TargetEdit')),
  create: lazy(() => import('./TargetCreate')),
  icon: StoreIcon,
  recordRepresentation: 'name',
};
