// 操作留痕 (AuditEvent): the append-only trail of every change (G4, G5). Read-only.
import { lazyPage } from '../../common/lazyPage';
import HistoryIcon from '@mui/icons-material/HistoryOutlined';

export default {
  list: lazyPage(() => import('./AuditEventList')),
  show: lazyPage(() => import('./AuditEventShow')),
  icon: HistoryIcon,
  recordRepresentation: (r: { action?: string; actorName?: string }) => `${r.actorName ?? ''} ${r.action ?? ''}`.trim(),
};
