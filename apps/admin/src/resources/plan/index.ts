// 年度抽查工作计划 (Plan): a unit's annual plan; it must cover every checklist item of the unit's remit before it
// is filed (备案, rule 6); a filed plan changes only by adjustments and temporary checks, each filed (rules 7, 10).
import { lazy } from 'react';
import EventNoteIcon from '@mui/icons-material/EventNoteOutlined';

export default {
  list: lazy(() => import('./PlanList')),
  show: lazy(() => import('./PlanShow')),
  edit: lazy(() => import('./PlanEdit')),
  create: lazy(() => import('./PlanCreate')),
  icon: EventNoteIcon,
  recordRepresentation: (r: { year?: number; title?: string }) => `${r.year ?? ''} ${r.title ?? ''}`.trim(),
};
