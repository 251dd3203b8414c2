// 抽查事项清单 (CheckItem): kept by the lead unit; every change is a new version with a published notice (rule 1).
import { lazyPage } from '../../common/lazyPage';
import ChecklistIcon from '@mui/icons-material/ChecklistOutlined';

export default {
  list: lazyPage(() => import('./CheckItemList')),
  show: lazyPage(() => import('./CheckItemShow')),
  edit: lazyPage(() => import('./CheckItemEdit')),
  create: lazyPage(() => import('./CheckItemCreate')),
  icon: ChecklistIcon,
  recordRepresentation: 'name',
};
