// 结果更正 (Correction): a published result is corrected only by a correction the unit's principal signs; the
// original stays (rule 21). Pending ones are the principal's to-do.
import { lazyPage } from '../../common/lazyPage';
import EditNoteIcon from '@mui/icons-material/EditNoteOutlined';

export default {
  list: lazyPage(() => import('./CorrectionList')),
  show: lazyPage(() => import('./CorrectionShow')),
  icon: EditNoteIcon,
  recordRepresentation: (r: { reason?: string }) => r.reason ?? '',
};
