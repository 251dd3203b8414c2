// 年度抽查工作计划 (Plan): a unit's annual plan; it must cover every checklist item of the unit's remit before it
// is filed (备案, rule 6); a filed plan changes only by adjustments and temporary checks, each filed (rules 7, 10).
import { lazyPage } from '../../common/lazyPage';
import EventNoteIcon from '@mui/icons-material/EventNoteOutlined';

export default {
  list: lazyPage(() => import('./PlanList')),
  show: lazyPage(() => import('./PlanShow')),
  edit: lazyPage(() => import('./PlanEdit')),
  create: lazyPage(() => import('./PlanCreate')),
  icon: EventNoteIcon,
  recordRepresentation: (r: { year?: number; title?: string }) => `${r.year ?? ''} ${r.title ?? ''}`.trim(),
};
