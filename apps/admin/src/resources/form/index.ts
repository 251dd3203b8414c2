// 检查表单 (Form): the check form of a checklist item, "一对象一表单" (rule 18); kept by the lead unit, which creates
// and edits them here (each change raises the version); others read them.
import { lazyPage } from '../../common/lazyPage';
import ArticleIcon from '@mui/icons-material/ArticleOutlined';

export default {
  list: lazyPage(() => import('./FormList')),
  show: lazyPage(() => import('./FormShow')),
  edit: lazyPage(() => import('./FormEdit')),
  create: lazyPage(() => import('./FormCreate')),
  icon: ArticleIcon,
  recordRepresentation: (r: { code?: string; name?: string }) => `${r.code ?? ''} ${r.name ?? ''}`.trim(),
};
