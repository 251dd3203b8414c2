import { FollowUpAction, ResultOutcome, ResultStatus } from '@ssj/db/client';
import { FOLLOW_UP_ACTION, RESULT_OUTCOME, RESULT_STATUS } from '@ssj/domain';
import { labelled } from '../enums.ts';

export const RESULT_LABELS: Record<string, string> = {
  method: '检查方式',
  inspectedOn: '检查日期',
  formId: '检查表单',
  outcome: '检查结果',
  findings: '各抽查事项的检查情况',
  followUpAction: '后续处置',
};

export const ResultStatusEnum = labelled(
  'ResultStatus',
  '检查结果状态（未录入 → 待审核 → 退回 / 通过 → 已公示） / Result status (rule 22)',
  ResultStatus,
  RESULT_STATUS,
);

export const ResultOutcomeEnum = labelled(
  'ResultOutcome',
  '检查结果（全国双随机抽查标准结果代码） / Outcome, the standard codes of the national practice (rule 22)',
  ResultOutcome,
  RESULT_OUTCOME,
);

export const FollowUpActionEnum = labelled('FollowUpAction', '后续处置方式 / Follow-up action (rule 24)', FollowUpAction, FOLLOW_UP_ACTION);
