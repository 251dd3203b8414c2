// 结果更正 (Correction): a published result is corrected only by a correction the unit's principal signs; the
// original stays (rule 21). Pending ones are the principal's to-do.
import { lazy } from 'react';
import EditNoteIcon from '@mui/icons-material/EditNoteOutlined';

export default {
  list: lazy(() => import('./CorrectionList')),
  show: lazy(() => import('./CorrectionShow')),
  icon: EditNoteIcon,
  recordRepresentation: (r: { reason?: string }) => r.reason ?? '',
};
