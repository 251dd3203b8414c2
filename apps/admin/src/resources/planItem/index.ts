// 计划事项 (PlanItem): one line of an annual plan (rule 7). Added, changed and removed in dialogs on the plan's
// page while the plan is a draft; a filed plan changes through an adjustment (PlanShow).
import ListAltIcon from '@mui/icons-material/ListAltOutlined';

export default {
  icon: ListAltIcon,
  recordRepresentation: (r: { scope?: string }) => r.scope ?? '',
};
