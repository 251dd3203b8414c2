// 检查对象名录库 (TargetLibrary): the comprehensive library and the special libraries with their build standard (G9).
import { lazyPage } from '../../common/lazyPage';
import LibraryIcon from '@mui/icons-material/LibraryBooksOutlined';

export default {
  list: lazyPage(() => import('./TargetLibraryList')),
  show: lazyPage(() => import('./TargetLibraryShow')),
  edit: lazyPage(() => import('./TargetLibraryEdit')),
  create: lazyPage(() => import('./TargetLibraryCreate')),
  icon: LibraryIcon,
  recordRepresentation: 'name',
};
