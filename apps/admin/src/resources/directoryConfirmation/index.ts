// 名录库确认记录 (DirectoryConfirmation): who confirmed which unit's directories, and when (rule 4). Read-only;
// new confirmations are made with the confirmDirectories mutation (ConfirmDirectoriesButton).
import { lazy } from 'react';
import FactCheckIcon from '@mui/icons-material/FactCheckOutlined';

export default {
  list: lazy(() => import('./DirectoryConfirmationList')),
  show: lazy(() => import('./DirectoryConfirmationShow')),
  icon: FactCheckIcon,
  recordRepresentation: (r: { confirmedAt?: string }) => (r.confirmedAt ? new Date(r.confirmedAt).toLocaleString('zh-CN', { hour12: false }) : ''),
};
