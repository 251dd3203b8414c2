// 异议复查 (Review): an objection to a published result, reviewed within 20 working days of receipt and fed back
// within 15 working days of the decision (rule 22).
import { lazy } from 'react';
import GavelIcon from '@mui/icons-material/GavelOutlined';

export default {
  list: lazy(() => import('./ReviewList')),
  show: lazy(() => import('./ReviewShow')),
  icon: GavelIcon,
  recordRepresentation: (r: { raisedBy?: string }) => r.raisedBy ?? '',
};
