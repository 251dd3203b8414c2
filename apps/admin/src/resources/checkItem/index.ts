// 抽查事项清单 (CheckItem): kept by the lead unit; every change is a new version with a published notice (rule 1).
import { lazy } from 'react';
import ChecklistIcon from '@mui/icons-material/ChecklistOutlined';

export default {
  list: lazy(() => import('./CheckItemList')),
  show: lazy(() => import('./CheckItemShow')),
  edit: lazy(() => import('./CheckItemEdit')),
  create: lazy(() => import('./CheckItemCreate')),
  icon: ChecklistIcon,
  recordRepresentation: 'name',
};
