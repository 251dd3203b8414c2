// 操作留痕 (AuditEvent): the append-only trail of every change (G4, G5). Read-only.
import { lazy } from 'react';
import HistoryIcon from '@mui/icons-material/HistoryOutlined';

export default {
  list: lazy(() => import('./AuditEventList')),
  show: lazy(() => import('./AuditEventShow')),
  icon: HistoryIcon,
  recordRepresentation: (r: { action?: string; actorName?: string }) => `${r.actorName ?? ''} ${r.action ?? ''}`.trim(),
};
