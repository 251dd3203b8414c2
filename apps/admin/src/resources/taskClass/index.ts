// 抽取类别 (TaskClass): one class of targets of a task, with its library, directed filters and ratio or count
// (rules 11, 12). Added and changed in dialogs on the task's page, only before the draw.
import CategoryIcon from '@mui/icons-material/CategoryOutlined';

export default {
  icon: CategoryIcon,
  recordRepresentation: (r: { key?: string; label?: string }) => `${r.key ?? ''} ${r.label ?? ''}`.trim(),
};
