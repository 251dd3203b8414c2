// 执法检查人员名录库 (Inspector): each unit keeps its own (rule 3); only qualified inspectors are drawn (rule 5).
import { lazy } from 'react';
import BadgeIcon from '@mui/icons-material/BadgeOutlined';

export default {
  list: lazy(() => import('./InspectorList')),
  show: lazy(() => import('./InspectorShow')),
  edit: lazy(() => import('./InspectorEdit')),
  create: lazy(() => import('./InspectorCreate')),
  icon: BadgeIcon,
  recordRepresentation: 'name',
};
