// The API's enums as react-admin choices and i18n messages, all from the domain's one list of values and labels
// (packages/domain/src/labels.ts): the `enums.*` messages below are built from it, so a label is written once.
import { AREAS, DELIVERY_STATE, ENUM_LABELS, IMPORT_ROW_ACTION, POINT_VERDICT, type LabelledEnum } from '@ssj/domain';

/** The enums the admin shows, by the name its messages use (`enums.<name>.<value>`). */
const LABELLED = {
  UnitKind: ENUM_LABELS.UnitKind,
  Role: ENUM_LABELS.Role,
  CheckCategory: ENUM_LABELS.CheckCategory,
  CheckMethod: ENUM_LABELS.CheckMethod,
  LibraryKind: ENUM_LABELS.LibraryKind,
  BusinessScale: ENUM_LABELS.BusinessScale,
  RiskLevel: ENUM_LABELS.RiskLevel,
  CreditStatus: ENUM_LABELS.CreditStatus,
  RegistrationStatus: ENUM_LABELS.RegistrationStatus,
  VersionChange: ENUM_LABELS.ChangeKind,
  PlanStatus: ENUM_LABELS.PlanStatus,
  PlanAdjustmentKind: ENUM_LABELS.PlanAdjustmentKind,
  TaskStatus: ENUM_LABELS.TaskStatus,
  DrawStatus: ENUM_LABELS.DrawStatus,
  TaskTargetStatus: ENUM_LABELS.TaskTargetStatus,
  ResultStatus: ENUM_LABELS.ResultStatus,
  ResultOutcome: ENUM_LABELS.ResultOutcome,
  FollowUpAction: ENUM_LABELS.FollowUpAction,
  FollowUpStatus: ENUM_LABELS.FollowUpStatus,
  ReviewStatus: ENUM_LABELS.ReviewStatus,
  ReviewDecision: ENUM_LABELS.ReviewDecision,
  CorrectionStatus: ENUM_LABELS.CorrectionStatus,
  TransferStatus: ENUM_LABELS.TransferStatus,
  WithholdingCategory: ENUM_LABELS.WithholdingCategory,
  DeadlineState: ENUM_LABELS.DeadlineState,
  TodoKind: ENUM_LABELS.TodoKind,
  PreCheckSource: ENUM_LABELS.PreCheckSource,
  RepresentativeSignature: ENUM_LABELS.RepresentativeSignature,
  PointVerdict: POINT_VERDICT,
  TeamMode: ENUM_LABELS.TeamMode,
  TeamRole: ENUM_LABELS.TeamRole,
  ReplacementReason: ENUM_LABELS.ReplacementReason,
  ReplacementRequestStatus: ENUM_LABELS.ReplacementRequestStatus,
  MappingDirection: ENUM_LABELS.MappingDirection,
  NotificationChannelKind: ENUM_LABELS.NotificationChannelKind,
  NotificationDeliveryStatus: ENUM_LABELS.NotificationDeliveryStatus,
  ImportRowAction: IMPORT_ROW_ACTION,
  DeliveryState: DELIVERY_STATE,
} as const;

type Labelled = typeof LABELLED;
export type EnumName = keyof Labelled;
type ValuesOf<E> = E extends LabelledEnum<infer V> ? readonly V[] : never;

/** Each enum's values in order (the to-do kinds in the order the API sorts them). */
export const ENUMS = Object.fromEntries(Object.entries(LABELLED).map(([name, e]) => [name, e.values])) as unknown as {
  readonly [N in EnumName]: ValuesOf<Labelled[N]>;
};

export const enumChoices = (name: EnumName) => ENUMS[name].map((id) => ({ id, name: `enums.${name}.${id}` }));

/** The `enums.*` messages of one locale. */
export const enumMessages = (locale: 'zh' | 'en'): { [N in EnumName]: Readonly<Record<string, string>> } =>
  Object.fromEntries(Object.entries(LABELLED).map(([name, e]) => [name, e[locale]])) as { [N in EnumName]: Readonly<Record<string, string>> };

/** A label without its closing note in brackets: '管理员（行政许可科）' → '管理员', 'Leader (read-only)' → 'Leader'. */
export const withoutNote = (label: string): string => label.replace(/\s*(（[^（）]*）|\([^()]*\))$/, '');

/**
 * The roles' short labels (`app.role.*`): the app bar and the dashboard's welcome line show the role beside the
 * user's unit, where the domain's note ('（行政许可科）', '（只读）') says again what the unit and the disabled
 * buttons already say. The user list and form show the full label (`enums.Role.*`).
 */
export const shortRoleMessages = (locale: 'zh' | 'en'): Readonly<Record<string, string>> =>
  Object.fromEntries(ENUM_LABELS.Role.values.map((v) => [v, withoutNote(ENUM_LABELS.Role[locale][v])]));

/** The towns and streets of 临淄区 (the domain's one list) as choices for an area. */
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
