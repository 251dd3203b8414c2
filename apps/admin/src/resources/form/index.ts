// 检查表单 (Form): the check form of a checklist item, "一对象一表单" (rule 18); kept by the lead unit.
import { lazy } from 'react';
import ArticleIcon from '@mui/icons-material/ArticleOutlined';

export default {
  list: lazy(() => import('./FormList')),
  show: lazy(() => import('./FormShow')),
  icon: ArticleIcon,
  recordRepresentation: (r: { code?: string; name?: string }) => `${r.code ?? ''} ${r.name ?? ''}`.trim(),
};
