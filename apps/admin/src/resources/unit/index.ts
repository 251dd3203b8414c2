// 单位 (Unit): sections and land stations; each owns its directories (谁管辖、谁维护). Administrators only write.
import { lazy } from 'react';
import ApartmentIcon from '@mui/icons-material/ApartmentOutlined';

export default {
  list: lazy(() => import('./UnitList')),
  show: lazy(() => import('./UnitShow')),
  edit: lazy(() => import('./UnitEdit')),
  create: lazy(() => import('./UnitCreate')),
  icon: ApartmentIcon,
  recordRepresentation: 'name',
};
