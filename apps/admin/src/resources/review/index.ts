// 异议复查 (Review): an objection to a published result, reviewed within 20 working days of receipt and fed back
// within 15 working days of the decision (rule 22).
import { lazyPage } from '../../common/lazyPage';
import GavelIcon from '@mui/icons-material/GavelOutlined';

export default {
  list: lazyPage(() => import('./ReviewList')),
  show: lazyPage(() => import('./ReviewShow')),
  icon: GavelIcon,
  recordRepresentation: (r: { raisedBy?: string }) => r.raisedBy ?? '',
};
