// Enum values of the API (apps/api/src/schema/enums.ts) as react-admin choices; labels come from i18n `enums.*`.

export const ENUMS = {
  UnitKind: ['LEAD', 'SECTION', 'STATION'],
  Role: ['ADMIN', 'UNIT_STAFF', 'LEADER', 'ANALYST'],
  CheckCategory: ['GENERAL', 'KEY'],
  CheckMethod: ['WRITTEN', 'ON_SITE', 'ONLINE_MONITORING', 'SAMPLE_TESTING', 'THIRD_PARTY'],
  LibraryKind: ['COMPREHENSIVE', 'SPECIAL'],
  BusinessScale: ['LARGE', 'MEDIUM', 'SMALL', 'MICRO'],
  RiskLevel: ['LOW', 'MEDIUM', 'HIGH'],
  CreditStatus: ['NORMAL', 'DISHONEST', 'ABNORMAL'],
  RegistrationStatus: ['ACTIVE', 'DEREGISTERED', 'REVOKED', 'UNREACHABLE'],
  VersionChange: ['CREATE', 'UPDATE', 'RETIRE'],
  PlanStatus: ['DRAFT', 'FILED'],
  PlanAdjustmentKind: ['INITIAL', 'ADJUSTMENT', 'TEMPORARY_CHECK'],
  TaskStatus: ['DRAFT', 'READY', 'DRAWN', 'DISPATCHED', 'COMPLETED', 'CANCELLED'],
  DrawStatus: ['DRAWN', 'LOCKED', 'SUPERSEDED'],
  TaskTargetStatus: ['PENDING', 'INSPECTED', 'CLOSED_UNREACHABLE', 'CLOSED_DEREGISTERED', 'TRANSFERRED'],
  ResultStatus: ['NOT_ENTERED', 'PENDING_REVIEW', 'RETURNED', 'APPROVED', 'PUBLISHED'],
  ResultOutcome: ['NO_PROBLEM', 'CORRECTED_ON_ORDER', 'FOLLOW_UP_PENDING', 'NO_RELEVANT_ACTIVITY', 'UNREACHABLE', 'SERIOUS_REFUSAL', 'FALSIFICATION'],
  FollowUpAction: ['NONE', 'REFER_CASE', 'NOTIFY_DEPARTMENT'],
  FollowUpStatus: ['HANDED_OVER', 'ACCEPTED', 'CASE_FILED', 'RECTIFIED', 'SENT_TO_JUDICIAL', 'CLOSED'],
  ReviewStatus: ['RECEIVED', 'DECIDED', 'FED_BACK'],
  ReviewDecision: ['UPHELD', 'CORRECTED'],
  CorrectionStatus: ['PENDING_SIGNATURE', 'SIGNED', 'REFUSED'],
  TransferStatus: ['PENDING', 'APPROVED', 'REFUSED'],
  WithholdingCategory: ['STATE_SECRET', 'COMMERCIAL_SECRET', 'PERSONAL_PRIVACY', 'PUBLIC_SECURITY', 'OTHER_LAW'],
  DeadlineState: ['ON_TIME', 'LATE', 'PENDING', 'OVERDUE'],
  TodoKind: [
    'CALENDAR_TO_DECLARE',
    'PLAN_TO_FILE',
    'TASK_TO_DRAW',
    'DRAW_TO_LOCK',
    'REPLACEMENT_TO_DECIDE',
    'TEAMS_TO_MATCH',
    'TASK_TO_COMPLETE',
    'RESULTS_TO_ENTER',
    'RESULTS_RETURNED',
    'RESULTS_TO_REVIEW',
    'RESULTS_TO_PUBLISH',
    'REVIEW_TO_DECIDE',
    'REVIEW_TO_FEED_BACK',
    'FOLLOW_UP_OPEN',
    'CORRECTION_TO_SIGN',
    'TRANSFER_TO_DECIDE',
  ],
} as const;

export type EnumName = keyof typeof ENUMS;

export const enumChoices = (name: EnumName) => ENUMS[name].map((id) => ({ id, name: `enums.${name}.${id}` }));

/** The 5 streets and 7 towns of 临淄区 (Target.area). */
export const AREAS = [
  '闻韶街道',
  '雪宫街道',
  '辛店街道',
  '稷下街道',
  '齐陵街道',
  '齐都镇',
  '皇城镇',
  '敬仲镇',
  '朱台镇',
  '凤凰镇',
  '金岭回族镇',
  '金山镇',
] as const;
export const areaChoices = AREAS.map((a) => ({ id: a, name: a }));

/** Colours for chips: higher risk / worse credit reads warmer. */
export const RISK_COLOR = { LOW: 'success', MEDIUM: 'default', HIGH: 'error' } as const;
export const PLAN_STATUS_COLOR = { DRAFT: 'default', FILED: 'success' } as const;
export const TASK_STATUS_COLOR = {
  DRAFT: 'default',
  READY: 'info',
  DRAWN: 'warning',
  DISPATCHED: 'success',
  COMPLETED: 'success',
  CANCELLED: 'default',
} as const;
export const DRAW_STATUS_COLOR = { DRAWN: 'warning', LOCKED: 'success', SUPERSEDED: 'default' } as const;
export const CREDIT_COLOR = { NORMAL: 'default', DISHONEST: 'error', ABNORMAL: 'warning' } as const;

/** Rule 22: 未录入 grey, 待审核 blue, 退回 orange, 通过 green outline, 已公示 green. */
export const RESULT_STATUS_COLOR = { NOT_ENTERED: 'default', PENDING_REVIEW: 'info', RETURNED: 'warning', APPROVED: 'primary', PUBLISHED: 'success' } as const;
export const FOLLOW_UP_STATUS_COLOR = {
  HANDED_OVER: 'warning',
  ACCEPTED: 'info',
  CASE_FILED: 'info',
  RECTIFIED: 'primary',
  SENT_TO_JUDICIAL: 'primary',
  CLOSED: 'success',
} as const;
export const REVIEW_STATUS_COLOR = { RECEIVED: 'warning', DECIDED: 'info', FED_BACK: 'success' } as const;
export const CORRECTION_STATUS_COLOR = { PENDING_SIGNATURE: 'warning', SIGNED: 'success', REFUSED: 'default' } as const;
export const TRANSFER_STATUS_COLOR = { PENDING: 'warning', APPROVED: 'success', REFUSED: 'default' } as const;
/** Outcomes that are violations to hand over (rule 24): a follow-up action is required. */
export const VIOLATION_OUTCOMES = ['FOLLOW_UP_PENDING', 'SERIOUS_REFUSAL', 'FALSIFICATION'] as const;
/** Outcomes where nothing was found to follow up: no follow-up action (rule 24). */
export const NOTHING_FOUND_OUTCOMES = ['NO_PROBLEM', 'NO_RELEVANT_ACTIVITY', 'UNREACHABLE'] as const;
