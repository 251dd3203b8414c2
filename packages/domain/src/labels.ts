// One source for the values of every enum and their labels: the Chinese (zh) and English (en) words the admin,
// the public pages, the spreadsheets (import and export) and the API show for a code. Each list is in the
// order of its Prisma enum (apps/api/test/enumLabels.test.ts keeps the two equal) or, for the API's own enums,
// in the order the admin offers them. `doc` is the API's description of a value where it explains more than
// "zh / en" (the GraphQL schema shows it to analysts); otherwise the description is exactly "zh / en".
// Plain strings only: the domain imports no Prisma.

export type EnumLabel = { readonly zh: string; readonly en: string; readonly doc?: string };

export type LabelledEnum<V extends string> = {
  /** The values, in order. */
  readonly values: readonly V[];
  readonly zh: Readonly<Record<V, string>>;
  readonly en: Readonly<Record<V, string>>;
  /** The API's description of each value: `doc`, or "zh / en". */
  readonly doc: Readonly<Record<V, string>>;
};

function enumLabels<const V extends string>(labels: Readonly<Record<V, EnumLabel>>): LabelledEnum<V> {
  const values = Object.keys(labels) as V[];
  const pick = (f: (l: EnumLabel) => string) => Object.freeze(Object.fromEntries(values.map((v) => [v, f(labels[v])]))) as Readonly<Record<V, string>>;
  return Object.freeze({
    values: Object.freeze(values),
    zh: pick((l) => l.zh),
    en: pick((l) => l.en),
    doc: pick((l) => l.doc ?? `${l.zh} / ${l.en}`),
  });
}

/** The label of a code, or the code itself when it is none of the enum's values (old data, a typo in a file). */
export function labelOf<V extends string>(e: LabelledEnum<V>, value: string, locale: 'zh' | 'en' = 'zh'): string {
  return (e[locale] as Record<string, string>)[value] ?? value;
}

/** 单位类型 / Unit kind */
export const UNIT_KIND = enumLabels({
  LEAD: { zh: '牵头科室', en: 'Lead unit', doc: '牵头科室（行政许可科） / Lead unit' },
  SECTION: { zh: '业务科室', en: 'Business section' },
  STATION: { zh: '国土所', en: 'Land station' },
});

/** 角色 / Role */
export const ROLE = enumLabels({
  ADMIN: { zh: '管理员（行政许可科）', en: 'Administrator' },
  UNIT_STAFF: { zh: '单位工作人员', en: 'Unit staff' },
  LEADER: { zh: '领导（只读）', en: 'Leader (read-only)' },
  ANALYST: { zh: '数据分析（只读）', en: 'Analyst (read-only)' },
});

/** 事项类别 / Item category */
export const CHECK_CATEGORY = enumLabels({
  GENERAL: { zh: '一般检查事项', en: 'General (ratio capped)', doc: '一般检查事项（比例有上限） / General (ratio capped)' },
  KEY: { zh: '重点检查事项', en: 'Key (no ratio cap)', doc: '重点检查事项（比例不设上限） / Key (no ratio cap)' },
});

/** 检查方式 / Check method */
export const CHECK_METHOD = enumLabels({
  WRITTEN: { zh: '书面检查', en: 'Written check' },
  ON_SITE: { zh: '实地核查', en: 'On-site check' },
  ONLINE_MONITORING: { zh: '网络监测', en: 'Online monitoring' },
  SAMPLE_TESTING: { zh: '抽样检测', en: 'Sample testing' },
  THIRD_PARTY: { zh: '委托第三方核查', en: 'Third-party verification' },
});

/** 名录库类型 / Library kind */
export const LIBRARY_KIND = enumLabels({
  COMPREHENSIVE: { zh: '综合主体名录库', en: 'Comprehensive library' },
  SPECIAL: { zh: '分类专项名录库', en: 'Special library' },
});

/** 经营规模 / Business scale */
export const BUSINESS_SCALE = enumLabels({
  LARGE: { zh: '大型', en: 'Large' },
  MEDIUM: { zh: '中型', en: 'Medium' },
  SMALL: { zh: '小型', en: 'Small' },
  MICRO: { zh: '微型', en: 'Micro' },
});

/** 风险等级 / Risk level */
export const RISK_LEVEL = enumLabels({
  LOW: { zh: '低风险', en: 'Low' },
  MEDIUM: { zh: '一般风险', en: 'Medium' },
  HIGH: { zh: '高风险', en: 'High' },
});

/** 信用状况 / Credit status */
export const CREDIT_STATUS = enumLabels({
  NORMAL: { zh: '正常', en: 'Normal' },
  DISHONEST: { zh: '失信', en: 'Dishonest' },
  ABNORMAL: { zh: '列入经营异常名录', en: 'Abnormal-operation list', doc: '列入经营异常名录 / On the abnormal-operation list' },
});

/** 登记状态 / Registration status */
export const REGISTRATION_STATUS = enumLabels({
  ACTIVE: { zh: '存续', en: 'Active' },
  DEREGISTERED: { zh: '注销', en: 'Deregistered' },
  REVOKED: { zh: '吊销', en: 'Revoked' },
  UNREACHABLE: { zh: '登记住所无法联系', en: 'Unreachable at address', doc: '登记住所无法联系 / Unreachable' },
});

/** 变更类型（抽查事项清单的版本） / Kind of checklist change */
export const CHANGE_KIND = enumLabels({
  CREATE: { zh: '新增', en: 'Created' },
  UPDATE: { zh: '调整', en: 'Adjusted' },
  RETIRE: { zh: '停用', en: 'Retired' },
});

/** 计划状态 / Plan status */
export const PLAN_STATUS = enumLabels({
  DRAFT: { zh: '草稿（未备案）', en: 'Draft', doc: '草稿（未备案，可直接编辑） / Draft, not yet filed' },
  FILED: { zh: '已备案', en: 'Filed', doc: '已备案（变更须经计划调整） / Filed; changes go through an adjustment' },
});

/** 备案类型 / Kind of filed version */
export const PLAN_ADJUSTMENT_KIND = enumLabels({
  INITIAL: { zh: '初次备案', en: 'First filing' },
  ADJUSTMENT: { zh: '计划调整', en: 'Adjustment', doc: '计划调整 / Adjustment of the plan lines (rule 7)' },
  TEMPORARY_CHECK: { zh: '临时抽查', en: 'Temporary check', doc: '临时抽查 / Temporary check added (rule 10)' },
});

/** 抽查任务状态 / Task status */
export const TASK_STATUS = enumLabels({
  DRAFT: { zh: '设置中', en: 'Being set up' },
  READY: { zh: '已公告，待摇号', en: 'Announced, awaiting draw', doc: '已公布随机种子承诺值，待摇号 / Seed committed, waiting for the draw' },
  DRAWN: { zh: '已摇号，待锁定', en: 'Drawn, not locked', doc: '已摇号，待确认锁定 / Drawn, not yet locked' },
  DISPATCHED: { zh: '已锁定下发', en: 'Locked and dispatched', doc: '名单已锁定并下发，任务公告已发布 / List locked and dispatched, announcement published' },
  COMPLETED: { zh: '已完成', en: 'Completed' },
  CANCELLED: { zh: '已取消', en: 'Cancelled' },
});

/** 摇号状态 / Draw status */
export const DRAW_STATUS = enumLabels({
  DRAWN: { zh: '已摇号，待锁定', en: 'Drawn, not locked', doc: '已摇号，待确认锁定 / Drawn, not yet locked' },
  LOCKED: { zh: '已锁定下发', en: 'Locked and dispatched', doc: '已确认锁定并下发 / Confirmed, locked and dispatched (rule 13)' },
  SUPERSEDED: { zh: '已被重新摇号取代', en: 'Superseded', doc: '已被有理由的重新摇号取代，仍保留可查 / Replaced by a logged re-draw; stays visible (rule 17)' },
});

/** 任务中检查对象的状态 / Status of a target in a task */
export const TASK_TARGET_STATUS = enumLabels({
  PENDING: { zh: '待检查', en: 'Pending' },
  INSPECTED: { zh: '已检查', en: 'Inspected' },
  CLOSED_UNREACHABLE: { zh: '无法联系，视为完成', en: 'Closed: unreachable', doc: '登记住所无法联系，视为完成 / Unreachable, counts as completed (G28)' },
  CLOSED_DEREGISTERED: {
    zh: '已注销或吊销，视为完成',
    en: 'Closed: deregistered or revoked',
    doc: '已注销或吊销，视为完成 / Deregistered or revoked, counts as completed (G28)',
  },
  TRANSFERRED: { zh: '已移交', en: 'Transferred', doc: "已迁移并移交新住所地单位 / Moved, transferred to the new location's unit (G28)" },
});

/** 检查结果状态（未录入 → 待审核 → 退回 / 通过 → 已公示） / Result status (rule 22) */
export const RESULT_STATUS = enumLabels({
  NOT_ENTERED: { zh: '未录入', en: 'Not entered' },
  PENDING_REVIEW: { zh: '待审核', en: 'Pending review' },
  RETURNED: { zh: '退回', en: 'Returned', doc: '退回 / Returned for correction' },
  APPROVED: { zh: '通过（待公示）', en: 'Approved (to publish)', doc: '通过（待公示） / Approved, to be published' },
  PUBLISHED: { zh: '已公示', en: 'Published' },
});

/** 检查结果（全国双随机抽查标准结果代码） / Outcome, the standard codes of the national practice (rule 22) */
export const RESULT_OUTCOME = enumLabels({
  NO_PROBLEM: { zh: '未发现问题', en: 'No problem found' },
  CORRECTED_ON_ORDER: { zh: '发现问题经责令已改正', en: 'Problem found, corrected on order' },
  FOLLOW_UP_PENDING: { zh: '发现问题待后续处理', en: 'Problem found, follow-up pending' },
  NO_RELEVANT_ACTIVITY: { zh: '未发现开展本次抽查涉及的经营活动', en: 'No activity of this kind found' },
  UNREACHABLE: { zh: '无法联系', en: 'Cannot be contacted' },
  SERIOUS_REFUSAL: { zh: '不配合检查情节严重', en: 'Serious refusal to cooperate' },
  FALSIFICATION: { zh: '弄虚作假', en: 'Falsification' },
});

/** 后续处置方式 / Follow-up action (rule 24) */
export const FOLLOW_UP_ACTION = enumLabels({
  NONE: { zh: '无', en: 'None' },
  REFER_CASE: { zh: '移送办案机构', en: 'Refer for a case' },
  NOTIFY_DEPARTMENT: { zh: '抄告相关部门', en: 'Notify the responsible department' },
});

/** 后续处置状态 / Follow-up status (rule 24) */
export const FOLLOW_UP_STATUS = enumLabels({
  HANDED_OVER: { zh: '已移交', en: 'Handed over' },
  ACCEPTED: { zh: '已接收', en: 'Accepted' },
  CASE_FILED: { zh: '已立案', en: 'Case filed' },
  RECTIFIED: { zh: '已整改', en: 'Rectified' },
  SENT_TO_JUDICIAL: { zh: '已移送司法机关', en: 'Sent to the judicial organs' },
  CLOSED: { zh: '已办结', en: 'Closed' },
});

/** 异议复查状态 / Objection review status */
export const REVIEW_STATUS = enumLabels({
  RECEIVED: { zh: '已受理，待复查', en: 'Received, under review' },
  DECIDED: { zh: '已作出结论，待反馈', en: 'Decided, to feed back', doc: '已作出复查结论，待反馈 / Decided, to be fed back' },
  FED_BACK: { zh: '已反馈', en: 'Fed back', doc: '已反馈 / Fed back to the target' },
});

/** 复查结论 / Review decision */
export const REVIEW_DECISION = enumLabels({
  UPHELD: { zh: '维持原检查结果', en: 'The result stands' },
  CORRECTED: { zh: '异议成立，予以更正', en: 'Objection holds: correct the result', doc: '异议成立，予以更正 / The objection holds: correct the result' },
});

/** 更正状态 / Correction status */
export const CORRECTION_STATUS = enumLabels({
  PENDING_SIGNATURE: { zh: '待负责人签批', en: 'Waiting for the principal', doc: "待负责人签批 / Waiting for the principal's sign-off" },
  SIGNED: { zh: '已签批并公示', en: 'Signed and published' },
  REFUSED: { zh: '负责人未同意', en: 'Refused by the principal' },
});

/** 移交申请状态 / Transfer request status (rule 23) */
export const TRANSFER_STATUS = enumLabels({
  PENDING: { zh: '待批准', en: 'Waiting for approval' },
  APPROVED: { zh: '已批准并移交', en: 'Approved and transferred' },
  REFUSED: { zh: '不予批准', en: 'Refused' },
});

/** 依法不公开的情形 / Legal ground for withholding from publication (rule 26) */
export const WITHHOLDING_CATEGORY = enumLabels({
  STATE_SECRET: { zh: '涉及国家秘密', en: 'State secret' },
  COMMERCIAL_SECRET: { zh: '涉及商业秘密', en: 'Commercial secret' },
  PERSONAL_PRIVACY: { zh: '涉及个人隐私', en: 'Personal privacy' },
  PUBLIC_SECURITY: { zh: '危及国家安全、公共安全、经济安全或社会稳定', en: 'Endangers national, public or economic security or social stability' },
  OTHER_LAW: { zh: '法律、行政法规禁止公开的其他情形', en: 'Other ground in a law or administrative regulation' },
});

/** 期限状态 / Where a deadline stands */
export const DEADLINE_STATE = enumLabels({
  ON_TIME: { zh: '按期办结', en: 'Done on time' },
  LATE: { zh: '逾期办结', en: 'Done late' },
  PENDING: { zh: '未到期', en: 'Not yet due' },
  OVERDUE: { zh: '已逾期', en: 'Overdue', doc: '已逾期未办 / Overdue, not done' },
});

/** 待办类型 / To-do kind */
export const TODO_KIND = enumLabels({
  CALENDAR_TO_DECLARE: {
    zh: '工作日历待声明',
    en: 'Calendar to declare',
    doc: "下一年度工作日历待录入并声明（管理员） / Next year's working-day calendar to declare (administrators)",
  },
  PLAN_TO_FILE: { zh: '计划待备案', en: 'Plan to file', doc: '年度计划待备案 / Plan to file' },
  TASK_TO_DRAW: { zh: '任务待摇号', en: 'Task to draw' },
  DRAW_TO_LOCK: { zh: '摇号待锁定', en: 'Draw to lock', doc: '摇号结果待确认锁定 / Draw to confirm and lock' },
  REPLACEMENT_TO_DECIDE: {
    zh: '检查组成员更换待批准',
    en: 'Replacement to approve',
    doc: '检查组成员更换或回避申请待批准 / Replacement or recusal request to decide (rule 16)',
  },
  TEAMS_TO_MATCH: { zh: '检查组待匹配或确认', en: 'Teams to match or confirm' },
  TASK_TO_COMPLETE: { zh: '任务待登记完成', en: 'Task to complete', doc: '任务执行期已过，待登记完成 / Window over: record completion' },
  RESULTS_TO_ENTER: { zh: '结果待录入', en: 'Results to enter', doc: '检查结果待录入 / Results to enter' },
  RESULTS_RETURNED: { zh: '结果被退回', en: 'Results returned', doc: '检查结果被退回待修改 / Results returned for correction' },
  RESULTS_TO_REVIEW: { zh: '结果待审核', en: 'Results to review', doc: '检查结果待审核 / Results to review' },
  RESULTS_TO_PUBLISH: { zh: '结果待公示', en: 'Results to publish', doc: '检查结果待公示 / Results to publish' },
  REVIEW_TO_DECIDE: { zh: '异议待复查', en: 'Objection to review' },
  REVIEW_TO_FEED_BACK: { zh: '复查结论待反馈', en: 'Review to feed back', doc: '复查结论待反馈 / Review outcome to feed back' },
  FOLLOW_UP_OPEN: { zh: '后续处置待办理', en: 'Follow-up to handle' },
  CORRECTION_TO_SIGN: { zh: '更正待签批', en: 'Correction to sign' },
  TRANSFER_TO_DECIDE: {
    zh: '迁移移交待批准',
    en: 'Transfer to approve',
    doc: '迁移移交申请待批准（迁出单位负责人、牵头科室） / Transfer request to approve or refuse (rule 23)',
  },
});

/** 登录方式 / Session kind */
export const SESSION_KIND = enumLabels({
  SESSION: { zh: '浏览器登录', en: 'Sign-in session' },
  API_TOKEN: { zh: 'API 令牌', en: 'API token' },
});

/** 节假日安排类型 / Kind of calendar entry */
export const CALENDAR_DAY_KIND = enumLabels({
  HOLIDAY: { zh: '放假（含工作日放假）', en: 'Day off' },
  WORKDAY: { zh: '调休上班（含周末上班）', en: 'Make-up working day' },
});

/** 摇号类型 / Draw kind */
export const DRAW_KIND = enumLabels({
  TARGETS: { zh: '抽取检查对象', en: 'Draw of targets' },
  INSPECTORS: { zh: '抽取执法检查人员', en: 'Draw of inspectors' },
});

/** 检查组产生方式 / How a team was formed */
export const TEAM_MODE = enumLabels({
  DRAWN: { zh: '随机匹配', en: 'Drawn', doc: '随机匹配 / Drawn at random (rule 15)' },
  DIRECT: { zh: '直接委派', en: 'Assigned directly', doc: '直接委派 / Assigned directly (G19)' },
  JOINT: { zh: '联合匹配', en: 'Drawn jointly', doc: '与相邻单位联合随机匹配 / Drawn jointly with a neighbouring unit (G19)' },
});

/** 检查组成员角色 / Role in a team */
export const TEAM_ROLE = enumLabels({
  LEADER: { zh: '组长', en: 'Leader' },
  MEMBER: { zh: '组员', en: 'Member' },
  EXPERT: { zh: '专家', en: 'Expert' },
});

/** 预查比对的比对内容（规则19，G26.1） / What a pre-check compared (rule 19) */
export const PRE_CHECK_SOURCE = enumLabels({
  REGISTRATION: { zh: '登记信息', en: 'Registration' },
  LICENCE: { zh: '许可证照', en: 'Licence' },
  PREVIOUS_RESULTS: { zh: '以往检查结果', en: 'Previous results' },
  COMPLAINTS: { zh: '投诉举报', en: 'Complaints' },
  ARCHIVES: { zh: '档案资料及其他业务系统', en: 'Archives and other systems' },
});

/** 当事人签字情况（规则19，G26.2） / Whether the target's representative signed (rule 19) */
export const REPRESENTATIVE_SIGNATURE = enumLabels({
  SIGNED: { zh: '当事人签字（盖章）', en: 'Signed' },
  REFUSED: { zh: '拒绝签字', en: 'Refused to sign' },
});

/** 映射方案的方向（规则26；P2） / Which way a mapping profile lays out a file (rule 26; P2) */
export const MAPPING_DIRECTION = enumLabels({
  IMPORT: { zh: '导入', en: 'Import', doc: '导入：对方的列与值 → 本系统 / Import: their columns and values → ours' },
  EXPORT: { zh: '导出', en: 'Export', doc: '导出：本系统 → 对方的列与值 / Export: ours → their columns and values' },
});

/** 提醒外发渠道（docs/notifications.md） / Where a unit's reminders go out (docs/notifications.md) */
export const NOTIFICATION_CHANNEL_KIND = enumLabels({
  WECOM: { zh: '企业微信群机器人', en: 'WeCom group robot', doc: '企业微信群机器人 / WeCom group robot (webhook)' },
  DINGTALK: { zh: '钉钉群机器人', en: 'DingTalk group robot', doc: '钉钉群机器人 / DingTalk group robot (webhook, optional signing)' },
  EMAIL: { zh: '电子邮件（SMTP）', en: 'E-mail (SMTP)', doc: '电子邮件（SMTP） / E-mail over SMTP' },
});

/** 提醒消息的发送状态（docs/notifications.md） / Where a reminder's delivery through a channel stands */
export const NOTIFICATION_DELIVERY_STATUS = enumLabels({
  PENDING: { zh: '待发送', en: 'Pending' },
  SENT: { zh: '已发送', en: 'Sent' },
  FAILED: { zh: '发送失败', en: 'Failed' },
});

/** 检查要点的结论（规则19） / The verdict on one check point of the form (rule 19) */
export const POINT_VERDICT = enumLabels({
  COMPLIANT: { zh: '符合', en: 'Compliant' },
  NON_COMPLIANT: { zh: '不符合', en: 'Non-compliant' },
  NOT_APPLICABLE: { zh: '不涉及', en: 'Not applicable' },
});

/** 更换执法检查人员的理由（规则16） / Why a member was replaced (rule 16) */
export const REPLACEMENT_REASON = enumLabels({
  POST_CHANGE: { zh: '岗位变动', en: 'Post change' },
  WORK_CONFLICT: { zh: '工作冲突', en: 'Work conflict' },
  HEALTH: { zh: '身体原因', en: 'Health' },
  RECUSAL: { zh: '回避', en: 'Recusal', doc: '回避（有利害关系） / Recusal (conflict of interest)' },
});

/** 更换/回避申请状态 / Status of a replacement request */
export const REPLACEMENT_REQUEST_STATUS = enumLabels({
  PENDING: { zh: '待批准', en: 'Pending' },
  APPROVED: { zh: '已批准', en: 'Approved' },
  REFUSED: { zh: '已驳回', en: 'Refused' },
});

/**
 * What an import does with a row of the file (the API's own values, not a Prisma or GraphQL enum: the import
 * routes answer them as JSON; the admin shows them as the dry run's chips and filter).
 */
export const IMPORT_ROW_ACTION = enumLabels({
  CREATE: { zh: '新增', en: 'Add' },
  UPDATE: { zh: '更新', en: 'Update' },
  UNCHANGED: { zh: '无变化', en: 'Unchanged' },
  REFUSED: { zh: '拒绝', en: 'Refused' },
});
export type ImportRowAction = (typeof IMPORT_ROW_ACTION.values)[number];

/**
 * Where a published document stands for one receiver (publication.ts `deliveryState`; the outbox page's
 * per-receiver chip). A plain string in the API's schema, not a GraphQL enum.
 */
export const DELIVERY_STATE = enumLabels({
  DELIVERED: { zh: '已送达', en: 'Delivered' },
  PENDING: { zh: '待推送', en: 'Waiting' },
  FAILING: { zh: '重试中', en: 'Retrying' },
  NOT_SUBSCRIBED: { zh: '未订阅', en: 'Not taken' },
});

/** Every labelled enum by its name (Prisma's, and GraphQL's where the API has it). */
export const ENUM_LABELS = {
  UnitKind: UNIT_KIND,
  Role: ROLE,
  CheckCategory: CHECK_CATEGORY,
  CheckMethod: CHECK_METHOD,
  LibraryKind: LIBRARY_KIND,
  BusinessScale: BUSINESS_SCALE,
  RiskLevel: RISK_LEVEL,
  CreditStatus: CREDIT_STATUS,
  RegistrationStatus: REGISTRATION_STATUS,
  ChangeKind: CHANGE_KIND,
  PlanStatus: PLAN_STATUS,
  PlanAdjustmentKind: PLAN_ADJUSTMENT_KIND,
  TaskStatus: TASK_STATUS,
  DrawStatus: DRAW_STATUS,
  TaskTargetStatus: TASK_TARGET_STATUS,
  ResultStatus: RESULT_STATUS,
  ResultOutcome: RESULT_OUTCOME,
  FollowUpAction: FOLLOW_UP_ACTION,
  FollowUpStatus: FOLLOW_UP_STATUS,
  ReviewStatus: REVIEW_STATUS,
  ReviewDecision: REVIEW_DECISION,
  CorrectionStatus: CORRECTION_STATUS,
  TransferStatus: TRANSFER_STATUS,
  WithholdingCategory: WITHHOLDING_CATEGORY,
  DeadlineState: DEADLINE_STATE,
  TodoKind: TODO_KIND,
  SessionKind: SESSION_KIND,
  CalendarDayKind: CALENDAR_DAY_KIND,
  DrawKind: DRAW_KIND,
  TeamMode: TEAM_MODE,
  TeamRole: TEAM_ROLE,
  ReplacementReason: REPLACEMENT_REASON,
  ReplacementRequestStatus: REPLACEMENT_REQUEST_STATUS,
  PreCheckSource: PRE_CHECK_SOURCE,
  RepresentativeSignature: REPRESENTATIVE_SIGNATURE,
  MappingDirection: MAPPING_DIRECTION,
  NotificationChannelKind: NOTIFICATION_CHANNEL_KIND,
  NotificationDeliveryStatus: NOTIFICATION_DELIVERY_STATUS,
} as const;

export type EnumName = keyof typeof ENUM_LABELS;
