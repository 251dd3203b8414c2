// 抽查任务 (Task): a run of a filed plan, set up by the plan's unit before the draw (rule 11); its classes of
// targets (rule 12), its draws and, once locked, its dispatched targets (rule 13). The draw itself has its own
// page, /Task/:id/draw (resources/draw/DrawPage).
import { lazyPage } from '../../common/lazyPage';
import AssignmentIcon from '@mui/icons-material/AssignmentOutlined';

export default {
  list: lazyPage(() => import('./TaskList')),
  show: lazyPage(() => import('./TaskShow')),
  create: lazyPage(() => import('./TaskCreate')),
  edit: lazyPage(() => import('./TaskEdit')),
  icon: AssignmentIcon,
  recordRepresentation: (r: { code?: string; name?: string }) => `${r.code ?? ''} ${r.name ?? ''}`.trim(),
};
