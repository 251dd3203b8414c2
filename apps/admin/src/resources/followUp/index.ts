// 后续处置 (FollowUp): a violation handed over to the unit of daily supervision, which records acceptance, case
// filing, rectification, transfer to the judicial organs and closing (rule 24, G29).
import { lazyPage } from '../../common/lazyPage';
import AssignmentReturnIcon from '@mui/icons-material/AssignmentReturnOutlined';

export default {
  list: lazyPage(() => import('./FollowUpList')),
  show: lazyPage(() => import('./FollowUpShow')),
  icon: AssignmentReturnIcon,
  recordRepresentation: (r: { result?: { target?: { name?: string } } }) => r.result?.target?.name ?? '',
};
