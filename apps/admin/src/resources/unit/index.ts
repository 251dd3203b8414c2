// 单位 (Unit): sections and land stations; each owns its directories (谁管辖、谁维护). Administrators only write.
import { lazyPage } from '../../common/lazyPage';
import ApartmentIcon from '@mui/icons-material/ApartmentOutlined';

export default {
  list: lazyPage(() => import('./UnitList')),
  show: lazyPage(() => import('./UnitShow')),
  edit: lazyPage(() => import('./UnitEdit')),
  create: lazyPage(() => import('./UnitCreate')),
  icon: ApartmentIcon,
  recordRepresentation: 'name',
};
