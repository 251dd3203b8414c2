// 名录库确认记录 (DirectoryConfirmation): who confirmed which unit's directories, and when (rule 4). Read-only;
// new confirmations are made with the confirmDirectories mutation (ConfirmDirectoriesButton).
import { lazyPage } from '../../common/lazyPage';
import FactCheckIcon from '@mui/icons-material/FactCheckOutlined';

export default {
  list: lazyPage(() => import('./DirectoryConfirmationList')),
  show: lazyPage(() => import('./DirectoryConfirmationShow')),
  icon: FactCheckIcon,
  recordRepresentation: (r: { confirmedAt?: string }) => (r.confirmedAt ? new Date(r.confirmedAt).toLocaleString('zh-CN', { hour12: false }) : ''),
};
