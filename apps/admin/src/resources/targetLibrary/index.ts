// 检查对象名录库 (TargetLibrary): the comprehensive library and the special libraries with their build standard (G9).
import { lazy } from 'react';
import LibraryIcon from '@mui/icons-material/LibraryBooksOutlined';

export default {
  list: lazy(() => import('./TargetLibraryList')),
  show: lazy(() => import('./TargetLibraryShow')),
  edit: lazy(() => import('./TargetLibraryEdit')),
  create: lazy(() => import('./TargetLibraryCreate')),
  icon: LibraryIcon,
  recordRepresentation: 'name',
};
