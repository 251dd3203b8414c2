// 迁移移交申请 (Transfer): a moved target goes to the unit of its new location once the giving unit's principal
// or the lead unit approves the request naming the written notice (rule 23, G28). Pending ones are the
// approver's to-do.
import { lazyPage } from '../../common/lazyPage';
import MoveUpIcon from '@mui/icons-material/MoveUpOutlined';

export default {
  list: lazyPage(() => import('./TransferList')),
  show: lazyPage(() => import('./TransferShow')),
  icon: MoveUpIcon,
  recordRepresentation: (r: { noticeRef?: string }) => r.noticeRef ?? '',
};
