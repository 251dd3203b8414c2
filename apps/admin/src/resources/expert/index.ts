// 专家库 (Expert): non-enforcement specialists for specialist checks (G9, G19), kept by the lead unit.
import { lazyPage } from '../../common/lazyPage';
import ScienceIcon from '@mui/icons-material/ScienceOutlined';

export default {
  list: lazyPage(() => import('./ExpertList')),
  show: lazyPage(() => import('./ExpertShow')),
  edit: lazyPage(() => import('./ExpertEdit')),
  create: lazyPage(() => import('./ExpertCreate')),
  icon: ScienceIcon,
  recordRepresentation: 'name',
};
