import { FollowUpAction, ResultOutcome, ResultStatus } from '@ssj/db/client';
import { labelled } from '../enums.ts';

export const RESULT_LABELS: Record<string, string> = {
  method: '检查方式',
  inspectedOn: '检查日期',
  formId: '检查表单',
  outcome: '检查结果',
  findings: '各抽查事项的检查情况',
  followUpAction: '后续处置',
};

export const ResultStatusEnum = labelled('ResultStatus', '检查结果状态（未录入 → 待审核 → 退回 / 通过 → 已公示） / Result status (rule 22)', ResultStatus, {
  NOT_ENTERED: '未录入 / Not entered',
  PENDING_REVIEW: '待审核 / Pending review',
  RETURNED: '退回 / Returned for correction',
  APPROVED: '通过（待公示） / Approved, to be published',
  PUBLISHED: '已公示 / Published',
});

export const ResultOutcomeEnum = labelled(
  'ResultOutcome',
  '检查结果（全国双随机抽查标准结果代码） / Outcome, the standard codes of the national practice (rule 22)',
  ResultOutcome,
  {
    NO_PROBLEM: '未发现问题 / No problem found',
    CORRECTED_ON_ORDER: '发现问题经责令已改正 / Problem found, corrected on order',
    FOLLOW_UP_PENDING: '发现问题待后续处理 / Problem found, follow-up pending',
    NO_RELEVANT_ACTIVITY: '未发现开展本次抽查涉及的经营活动 / No activity of this kind found',
    UNREACHABLE: '无法联系 / Cannot be contacted',
    SERIOUS_REFUSAL: '不配合检查情节严重 / Serious refusal to cooperate',
    FALSIFICATION: '弄虚作假 / Falsification',
  },
);

export const FollowUpActionEnum = labelled('FollowUpAction', '后续处置方式 / Follow-up action (rule 24)', FollowUpAction, {
  NONE: '无 / None',
  REFER_CASE: '移送办案机构 / Refer for a case',
  NOTIFY_DEPARTMENT: '抄告相关部门 / Notify the responsible department',
});
