// 执法检查人员名录库 (Inspector): each unit keeps its own (rule 3); only qualified inspectors are drawn (rule 5).
import { lazyPage } from '../../common/lazyPage';
import BadgeIcon from '@mui/icons-material/BadgeOutlined';

export default {
  list: lazyPage(() => import('./InspectorList')),
  show: lazyPage(() => import('./InspectorShow')),
  edit: lazyPage(() => import('./InspectorEdit')),
  create: lazyPage(() => import('./InspectorCreate')),
  icon: BadgeIcon,
  recordRepresentation: 'name',
};
