export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** 日期（YYYY-MM-DD） / A calendar date, YYYY-MM-DD */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
};

/** 只读 API 令牌 / A read-only API token */
export type ApiToken = {
  __typename?: 'ApiToken';
  createdAt: Scalars['DateTime']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  /** 用途 / Name */
  name: Maybe<Scalars['String']['output']>;
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  /** 令牌开头 / First characters */
  tokenHint: Scalars['String']['output'];
};

/** 一个期间的考核指标 / The assessment figures of one period */
export type Assessment = {
  __typename?: 'Assessment';
  /** 期间 / Period */
  period: AssessmentPeriod;
  /** 合计：全局，或 unitIds 所列单位的合计 / The total: of the whole bureau, or of the units asked for (unitIds) */
  total: UnitAssessment;
  /** 各单位 / Per unit */
  units: Array<UnitAssessment>;
};

/** 考核指标下钻条件（与 assessment 查询口径一致） / Drill-down: the records counted by one figure, as the assessment query counts them */
export type AssessmentFigureFilter = {
  /** 指标 / Figure */
  kind: AssessmentFigureKind;
  /** 月份 / Month */
  month?: InputMaybe<Scalars['Int']['input']>;
  /** 季度 / Quarter */
  quarter?: InputMaybe<Scalars['Int']['input']>;
  /** 单位（为空为全局） / Unit; empty = the whole bureau */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  /** 年度 / Year */
  year: Scalars['Int']['input'];
};

/** 考核指标 / An assessment figure */
export type AssessmentFigureKey =
  /** 名录库情况 / Directories */
  | 'DIRECTORIES'
  /** 违法线索移交处置 / Follow-up handling */
  | 'FOLLOW_UP'
  /** 计划覆盖率 / Plan coverage */
  | 'PLAN_COVERAGE'
  /** 计划执行率 / Plan execution */
  | 'PLAN_EXECUTION'
  /** 检查对象完成率 / Targets done */
  | 'TARGET_COMPLETION'
  /** 任务完成情况 / Task completion */
  | 'TASK_COMPLETION'
  /** 结果录入公示及时率 / Timely entry */
  | 'TIMELY_ENTRY';

/** 可下钻的考核指标 / An assessment figure whose records can be listed */
export type AssessmentFigureKind =
  /** 逾期公示 / Published late */
  | 'ENTRY_LATE'
  /** 逾期未公示 / Missing past due */
  | 'ENTRY_MISSING'
  /** 按期公示 / Published on time */
  | 'ENTRY_ON_TIME'
  /** 未到期未公示 / Not yet due */
  | 'ENTRY_PENDING'
  /** 已完成的检查对象 / Targets completed */
  | 'TARGETS_COMPLETED'
  /** 按期公示的检查对象（完成） / Targets done: published on time */
  | 'TARGETS_DONE'
  /** 抽中的检查对象 / Targets drawn */
  | 'TARGETS_DRAWN'
  /** 逾期公示的检查对象 / Targets published late */
  | 'TARGETS_LATE'
  /** 逾期未公示的检查对象 / Targets missing past due */
  | 'TARGETS_MISSING'
  /** 未完成的检查对象 / Targets not completed */
  | 'TARGETS_PENDING'
  /** 已办结 / Closed */
  | 'VIOLATIONS_CLOSED'
  /** 发现的违法违规行为 / Violations found */
  | 'VIOLATIONS_FOUND'
  /** 已移交 / Handed over */
  | 'VIOLATIONS_HANDED_OVER'
  /** 未移交 / Not handed over */
  | 'VIOLATIONS_NOT_HANDED_OVER';

/** 考核期间 / An assessment period */
export type AssessmentPeriod = {
  __typename?: 'AssessmentPeriod';
  /** 起 / From */
  from: Scalars['Date']['output'];
  /** 月份 / Month */
  month: Maybe<Scalars['Int']['output']>;
  /** 季度 / Quarter */
  quarter: Maybe<Scalars['Int']['output']>;
  /** 止 / To */
  to: Scalars['Date']['output'];
  /** 年度 / Year */
  year: Scalars['Int']['output'];
};

/** 审计链校验结果 / Result of verifying the audit trail's hash chain */
export type AuditChainStatus = {
  __typename?: 'AuditChainStatus';
  /** 断开处的序号 / Seq where the chain breaks */
  brokenAt: Maybe<Scalars['Int']['output']>;
  /** 校验通过的记录数 / Events verified */
  events: Scalars['Int']['output'];
  /** 链头哈希 / Hash of the last verified event */
  headHash: Maybe<Scalars['String']['output']>;
  /** 链头序号（完整时请记下） / Seq of the last verified event */
  headSeq: Maybe<Scalars['Int']['output']>;
  /** 审计链完整 / Every event verifies */
  intact: Scalars['Boolean']['output'];
  /** 断开原因 / Why it breaks */
  message: Maybe<Scalars['String']['output']>;
  /** GAP | LINK | CONTENT | HEAD_MISSING | HEAD_MISMATCH */
  reason: Maybe<Scalars['String']['output']>;
};

/** 留痕记录中一个字段的修改前后 / One field of an audit event, before and after */
export type AuditChange = {
  __typename?: 'AuditChange';
  /** 修改后 / After */
  after: Maybe<Scalars['JSON']['output']>;
  /** 修改后所引用对象的名称 / Name of the record referenced after */
  afterName: Maybe<Scalars['String']['output']>;
  /** 修改前 / Before */
  before: Maybe<Scalars['JSON']['output']>;
  /** 修改前所引用对象的名称 / Name of the record referenced before */
  beforeName: Maybe<Scalars['String']['output']>;
  /** 本次操作改动了该字段 / The event changed this field */
  changed: Scalars['Boolean']['output'];
  /** 取值所属枚举（如 TaskStatus） / The enum its values belong to */
  enum: Maybe<Scalars['String']['output']>;
  /** 字段名 / Field name as stored */
  field: Scalars['String']['output'];
  /** 修改后的快照含该字段（未含即未改动） / The after snapshot holds it (if not, it was not touched) */
  inAfter: Scalars['Boolean']['output'];
  /** 修改前的快照含该字段 / The before snapshot holds the field */
  inBefore: Scalars['Boolean']['output'];
  /** 所引用的对象类型（如 Unit） / The entity its value references */
  reference: Maybe<Scalars['String']['output']>;
};

/** 操作留痕记录（只增不改） / Audit trail entry, append-only */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** 操作 / Mutation */
  action: Scalars['String']['output'];
  actorId: Maybe<Scalars['ID']['output']>;
  /** 操作人 / Who */
  actorName: Scalars['String']['output'];
  /** 修改后 / After */
  after: Maybe<Scalars['JSON']['output']>;
  /** 时间 / When */
  at: Scalars['DateTime']['output'];
  /** 修改前 / Before */
  before: Maybe<Scalars['JSON']['output']>;
  /** 逐字段的修改前后，引用的对象以名称给出 / Field by field, before and after, referenced records named */
  changes: Array<AuditChange>;
  /** 对象类型 / Entity */
  entity: Scalars['String']['output'];
  entityId: Maybe<Scalars['ID']['output']>;
  /** 所涉对象的名称（已删除的对象取其最后的快照） / Name of the record (a deleted one: from its last snapshot) */
  entityName: Maybe<Scalars['String']['output']>;
  /** 本条记录的哈希（SHA-256） / This event's chain hash */
  hash: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 审计链序号 / Position in the hash chain */
  seq: Scalars['ID']['output'];
  /** 所属单位 / Unit */
  unitId: Maybe<Scalars['ID']['output']>;
};

/** 留痕记录筛选 / Audit event filter */
export type AuditEventFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  entity?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  /** 起始时间 / From */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 关键词：操作人、操作 / Keyword: actor, action */
  q?: InputMaybe<Scalars['String']['input']>;
  /** 截止时间 / To */
  to?: InputMaybe<Scalars['DateTime']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** 经营规模 / Business scale */
export type BusinessScale =
  /** 大型 / Large */
  | 'LARGE'
  /** 中型 / Medium */
  | 'MEDIUM'
  /** 微型 / Micro */
  | 'MICRO'
  /** 小型 / Small */
  | 'SMALL';

/** 节假日安排类型 / Kind of calendar entry */
export type CalendarDayKind =
  /** 放假（含工作日放假） / Day off */
  | 'HOLIDAY'
  /** 调休上班（含周末上班） / Make-up working day */
  | 'WORKDAY';

/** 声明年度工作日历前的预览：哪些暂定截止日会变化 / What declaring a year would change */
export type CalendarDeclarationPreview = {
  __typename?: 'CalendarDeclarationPreview';
  /** 日期变化的截止日（最多 200 条） / The due dates that move (first 200) */
  changes: Array<DueDateChange>;
  /** 其中日期变化的个数 / Of which move */
  moving: Scalars['Int']['output'];
  /** 将重新计算的暂定截止日数 / Provisional due dates counted again */
  provisionalDueDates: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** 本局录入的节假日安排 / A holiday-schedule day entered by the lead unit */
export type CalendarEntry = {
  __typename?: 'CalendarEntry';
  createdAt: Scalars['DateTime']['output'];
  date: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  kind: CalendarDayKind;
  /** 节日名称 / Holiday name */
  name: Maybe<Scalars['String']['output']>;
};

/** 节假日安排筛选 / Calendar entry filter */
export type CalendarEntryFilter = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<CalendarDayKind>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** 已声明录入完成的年度 / A year whose schedule the lead unit declared complete */
export type CalendarYear = {
  __typename?: 'CalendarYear';
  declaredAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** 依据（如国务院办公厅通知文号） / Source, e.g. the State Council notice */
  note: Maybe<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

/** 某年度节假日数据状态 / Whether a year's holiday data is known */
export type CalendarYearStatus = {
  __typename?: 'CalendarYearStatus';
  /** 本局已声明录入完成 / Declared complete by the lead unit */
  declared: Scalars['Boolean']['output'];
  /** 本局录入的天数 / Days entered by the lead unit */
  entries: Scalars['Int']['output'];
  /** 国务院安排已含在数据包中 / Covered by the holiday package */
  fromPackage: Scalars['Boolean']['output'];
  /** 可计算工作日 / Working days can be computed */
  known: Scalars['Boolean']['output'];
  /** 暂定：尚未声明，按法定节假日推算 / Provisional: not declared, counted from the statutory holidays */
  provisional: Scalars['Boolean']['output'];
  /** 目前暂定的截止日数（全部年度） / Due dates that are provisional now (all years) */
  provisionalDueDates: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** 出示的执法证件 / An enforcement certificate shown on site (G26.2) */
export type CertificateShown = {
  __typename?: 'CertificateShown';
  /** 执法证号 / Certificate number */
  certificateNumber: Scalars['String']['output'];
  /** 执法检查人员 / Inspector */
  inspectorId: Scalars['ID']['output'];
  /** 姓名 / Name */
  name: Scalars['String']['output'];
};

/** 出示的执法证件 / A certificate shown on site */
export type CertificateShownInput = {
  /** 执法证号（默认名录库中的证号） / Certificate number (default: the directory’s) */
  certificateNumber?: InputMaybe<Scalars['String']['input']>;
  /** 检查组的执法检查人员 / Team inspector */
  inspectorId: Scalars['ID']['input'];
};

/** 事项类别 / Item category */
export type CheckCategory =
  /** 一般检查事项（比例有上限） / General (ratio capped) */
  | 'GENERAL'
  /** 重点检查事项（比例不设上限） / Key (no ratio cap) */
  | 'KEY';

/** 抽查事项（公开） / A checklist item (public) */
export type CheckItem = {
  __typename?: 'CheckItem';
  /** 事项类别 / Category */
  category: CheckCategory;
  /** 事项编码 / Code */
  code: Scalars['String']['output'];
  /** 默认抽查比例 / Default ratio */
  defaultRatio: Scalars['Float']['output'];
  /** 专家须具备的专业领域（空=不限） / The field the item's expert must have; null = any (G19) */
  expertField: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 检查依据 / Legal basis */
  legalBasis: Scalars['String']['output'];
  /** 检查方式 / Methods */
  methods: Array<CheckMethod>;
  /** 抽查事项 / Item */
  name: Scalars['String']['output'];
  /** 需专家参与 / Needs an expert */
  needsExpert: Scalars['Boolean']['output'];
  /** 检查对象 / Object type */
  objectType: Scalars['String']['output'];
  /** 比例上限（一般事项；空则用系统设置） / Ratio cap for a GENERAL item (null: system setting) */
  ratioCap: Maybe<Scalars['Float']['output']>;
  /** 实施单位：列入其职责范围、须纳入其年度计划的单位（规则 6） / Units whose remit the item is in; each plans it (rule 6) */
  remitUnitIds: Array<Scalars['ID']['output']>;
  /** 实施单位 / Units whose remit the item is in */
  remitUnits: Array<Unit>;
  /** 停用时间 / Retired at */
  retiredAt: Maybe<Scalars['DateTime']['output']>;
  unit: Unit;
  /** 检查主体（牵头科室） / Responsible unit, the section in charge */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** 版本 / Version */
  version: Scalars['Int']['output'];
  /** 历次版本与调整说明 / Versions with adjustment notices */
  versions: Array<CheckItemVersion>;
};

/** 抽查事项筛选 / Checklist item filter */
export type CheckItemFilter = {
  category?: InputMaybe<CheckCategory>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
  objectType?: InputMaybe<Scalars['String']['input']>;
  /** 关键词：事项、编码、依据 / Keyword: item, code, legal basis */
  q?: InputMaybe<Scalars['String']['input']>;
  /** 列入该单位职责范围的事项 / Items in this unit's remit */
  remitUnitId?: InputMaybe<Scalars['ID']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** 抽查事项的一个版本及其调整说明（公开） / One version of a checklist item and its adjustment notice (public) */
export type CheckItemVersion = {
  __typename?: 'CheckItemVersion';
  /** CREATE / UPDATE / RETIRE */
  change: Scalars['String']['output'];
  changedAt: Scalars['DateTime']['output'];
  checkItemId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** 调整说明 / Adjustment notice */
  notice: Scalars['String']['output'];
  /** 该版本内容 / The item as of this version */
  snapshot: Scalars['JSON']['output'];
  version: Scalars['Int']['output'];
};

/** 检查方式 / Check method */
export type CheckMethod =
  /** 网络监测 / Online monitoring */
  | 'ONLINE_MONITORING'
  /** 实地核查 / On-site check */
  | 'ON_SITE'
  /** 抽样检测 / Sample testing */
  | 'SAMPLE_TESTING'
  /** 委托第三方核查 / Third-party verification */
  | 'THIRD_PARTY'
  /** 书面检查 / Written check */
  | 'WRITTEN';

/** 回避登记：执法检查人员与检查对象有利害关系，随机匹配时不抽取 / A registered conflict of interest: matching never puts the inspector on the target's team (rule 16) */
export type ConflictOfInterest = {
  __typename?: 'ConflictOfInterest';
  /** 登记时间 / Declared at */
  declaredAt: Scalars['DateTime']['output'];
  /** 登记人 / Declared by */
  declaredById: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** 执法检查人员 / Inspector */
  inspector: Inspector;
  /** 执法检查人员 / Inspector */
  inspectorId: Scalars['ID']['output'];
  /** 利害关系说明 / The interest */
  reason: Scalars['String']['output'];
  /** 检查对象 / Target */
  target: Target;
  /** 检查对象 / Target */
  targetId: Scalars['ID']['output'];
};

/** 回避登记筛选 / Conflict-of-interest filter */
export type ConflictOfInterestFilter = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  inspectorId?: InputMaybe<Scalars['ID']['input']>;
  targetId?: InputMaybe<Scalars['ID']['input']>;
  /** 检查对象（多个） / Targets */
  targetIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 执法检查人员所属单位 / The inspector's unit */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** 检查结果更正（经单位负责人签批，原结果保留） / A correction of a published result, signed off by the unit's principal (rule 21) */
export type Correction = {
  __typename?: 'Correction';
  /** 更正内容 / What changes */
  changes: CorrectionChanges;
  id: Scalars['ID']['output'];
  /** 提出时间 / Proposed at */
  proposedAt: Scalars['DateTime']['output'];
  /** 提出人 / Proposed by */
  proposedById: Scalars['ID']['output'];
  /** 公示时间 / Published at */
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  /** 更正理由 / Why */
  reason: Scalars['String']['output'];
  /** 不同意的理由 / Why refused */
  refusalReason: Maybe<Scalars['String']['output']>;
  /** 不同意时间 / Refused at */
  refusedAt: Maybe<Scalars['DateTime']['output']>;
  /** 不同意的负责人 / Refused by */
  refusedById: Maybe<Scalars['ID']['output']>;
  /** 被更正的检查结果 / Result */
  result: Result;
  /** 被更正的检查结果 / The corrected result */
  resultId: Scalars['ID']['output'];
  /** 引起更正的异议复查 / The objection review that led to it */
  reviewId: Maybe<Scalars['ID']['output']>;
  /** 当前用户可否签批（负责录入单位的负责人，待签批） / Whether the current user may sign or refuse it */
  signable: Scalars['Boolean']['output'];
  /** 签批时间 / Signed at */
  signedAt: Maybe<Scalars['DateTime']['output']>;
  /** 签批的负责人 / Signed by (the principal) */
  signedById: Maybe<Scalars['ID']['output']>;
  /** 状态 / Status */
  status: CorrectionStatus;
};

/** 更正的内容（未列出的保持原结果） / What the correction changes; anything not listed stays as published */
export type CorrectionChanges = {
  __typename?: 'CorrectionChanges';
  /** 更正后的检查情况 / Corrected findings */
  findings: Maybe<Scalars['JSON']['output']>;
  /** 更正后的后续处置 / Corrected follow-up action */
  followUpAction: Maybe<FollowUpAction>;
  /** 更正后的检查结果 / Corrected outcome */
  outcome: Maybe<ResultOutcome>;
  /** 更正后的备注 / Corrected remarks */
  remarks: Maybe<Scalars['String']['output']>;
};

/** 更正筛选 / Correction filter */
export type CorrectionFilter = {
  /** 编号列表 / Ids */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 检查结果 / Result */
  resultId?: InputMaybe<Scalars['ID']['input']>;
  /** 状态 / Status */
  status?: InputMaybe<CorrectionStatus>;
  /** 负责单位 / Responsible unit */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** 更正状态 / Correction status */
export type CorrectionStatus =
  /** 待负责人签批 / Waiting for the principal's sign-off */
  | 'PENDING_SIGNATURE'
  /** 负责人未同意 / Refused by the principal */
  | 'REFUSED'
  /** 已签批并公示 / Signed and published */
  | 'SIGNED';

/** 信用状况 / Credit status */
export type CreditStatus =
  /** 列入经营异常名录 / On the abnormal-operation list */
  | 'ABNORMAL'
  /** 失信 / Dishonest */
  | 'DISHONEST'
  /** 正常 / Normal */
  | 'NORMAL';

/** 某日是否为工作日及其依据 / Whether a day is a working day, and why */
export type DayInfo = {
  __typename?: 'DayInfo';
  date: Scalars['Date']['output'];
  kind: DayKind;
  /** 节日名称 / Holiday name */
  name: Maybe<Scalars['String']['output']>;
  /** 暂定（该年度工作日历尚未声明） / Provisional: the year is not declared yet */
  provisional: Scalars['Boolean']['output'];
  /** PACKAGE（国务院安排数据包）/ CALENDAR（本局录入）/ WEEKDAY_RULE（周一至周五规则）/ PROVISIONAL（年度未声明，按全国年节及纪念日放假办法暂定） */
  source: Scalars['String']['output'];
  /** 是否工作日 / Working day */
  working: Scalars['Boolean']['output'];
};

/** 日期类型 / Kind of day */
export type DayKind =
  /** 法定节假日 / Public holiday */
  | 'HOLIDAY'
  /** 调休上班日 / Make-up working day */
  | 'MAKEUP_WORKDAY'
  /** 周末 / Weekend */
  | 'WEEKEND'
  /** 工作日 / Working day */
  | 'WORKDAY';

/** 法定期限及倒计时（工作日） / A statutory deadline and its countdown in working days */
export type Deadline = {
  __typename?: 'Deadline';
  /** 截止日（当日下班前） / Due by the end of this day */
  dueOn: Scalars['Date']['output'];
  /** 暂定：按尚未公布节假日安排的年份推算（周末及法定节假日），该年度工作日历声明后重新计算 / Provisional: counted through a year whose schedule is not declared yet; recomputed when it is (rule 20) */
  provisional: Scalars['Boolean']['output'];
  /** 状态 / State */
  state: DeadlineState;
  /** 剩余工作日（负数为已逾期的工作日数；节假日安排未录入的年份为空） / Working days left; negative = overdue; null when the year has no holiday schedule */
  workingDaysLeft: Maybe<Scalars['Int']['output']>;
};

/** 期限状态 / Where a deadline stands */
export type DeadlineState =
  /** 逾期办结 / Done late */
  | 'LATE'
  /** 按期办结 / Done on time */
  | 'ON_TIME'
  /** 已逾期未办 / Overdue, not done */
  | 'OVERDUE'
  /** 未到期 / Not yet due */
  | 'PENDING';

/** 能否直接委派检查组（规则15，G19） / Whether a task's teams may be assigned directly (rule 15, G19) */
export type DirectAssignmentOutlook = {
  __typename?: 'DirectAssignmentOutlook';
  /** 当前用户能否直接委派 / Whether the signed-in user may assign directly now */
  allowed: Scalars['Boolean']['output'];
  /** 依据：TOO_FEW_INSPECTORS（随机匹配人员不足）或 LEAD_UNIT_APPROVED（牵头科室同意，须说明理由） / TOO_FEW_INSPECTORS, or LEAD_UNIT_APPROVED (a lead-unit user, with a reason) */
  basis: Maybe<Scalars['String']['output']>;
  /** 随机匹配试算结果：ENOUGH 或拒绝代码 / Dry-run matching: ENOUGH or the refusal code */
  matching: Scalars['String']['output'];
  /** 尚无检查组的检查对象数 / Visits without a team */
  openVisits: Scalars['Int']['output'];
  /** 还差的执法检查人员数 / Inspectors missing */
  shortBy: Scalars['Int']['output'];
};

/** 名录库情况：现有检查对象数（各名录库）、执法检查人员数及具备执法资格的人数；最近一次名录库确认的日期及距今天数。（规则 4、25（方案二、指引（七））） / Directories: Current targets (per library), inspectors and those qualified; the day of the last directory confirmation and the days since. */
export type DirectoriesFigure = {
  __typename?: 'DirectoriesFigure';
  /** 执法检查人员名录库 / Inspectors */
  inspectors: InspectorDirectoryFigure;
  /** 检查对象名录库 / Targets */
  targets: TargetDirectoryFigure;
};

/** 名录库确认记录（抽取前确认名录库为最新） / Confirmation that a unit's directories are up to date (rule 4) */
export type DirectoryConfirmation = {
  __typename?: 'DirectoryConfirmation';
  /** 确认时间 / Confirmed at */
  confirmedAt: Scalars['DateTime']['output'];
  confirmedBy: User;
  confirmedById: Scalars['ID']['output'];
  /** 仍在摇号所需的 24 小时内（按服务器时间） / Still within the 24 hours a draw needs (server clock, rule 4) */
  fresh: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** 确认时执法检查人员数 / Inspectors at confirmation */
  inspectorCount: Scalars['Int']['output'];
  note: Maybe<Scalars['String']['output']>;
  /** 确认时检查对象数 / Targets at confirmation */
  targetCount: Scalars['Int']['output'];
  unit: Unit;
  unitId: Scalars['ID']['output'];
};

/** 名录库确认筛选 / Directory confirmation filter */
export type DirectoryConfirmationFilter = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** 一次摇号及复核所需的全部记录（冻结的候选名单、参数、随机种子、回执） / One random draw with everything needed to re-run it (rule 17) */
export type Draw = {
  __typename?: 'Draw';
  /** 摇号算法版本（复核按此版本重算） / Algorithm version; the draw is re-run by this version */
  algorithm: Scalars['String']['output'];
  /** 摇号公告（摇号前公布的承诺值、候选名单哈希和参数哈希），复核时以此为准 / The announcement: what was published before the draw, to hold the receipt to (rule 17) */
  announcement: Scalars['JSON']['output'];
  /** 候选对象数 / Number of frozen candidates */
  candidateCount: Scalars['Int']['output'];
  /** 冻结候选名单的 SHA-256 / SHA-256 of the frozen candidate list */
  candidateListHash: Scalars['String']['output'];
  /** 冻结的候选名单（用于复核） / The frozen candidate list, for re-running the draw */
  candidates: Scalars['JSON']['output'];
  /** 各类别结果 / Per-class results */
  classResults: Array<DrawClassResult>;
  /** 名录库确认记录 / Directory confirmation */
  confirmation: Maybe<DirectoryConfirmation>;
  /** 摇号所依据的名录库确认 / The directory confirmation the draw relied on (rule 4) */
  confirmationId: Maybe<Scalars['ID']['output']>;
  /** 摇号时间 / Drawn at */
  drawnAt: Scalars['DateTime']['output'];
  /** 摇号人 / The user who made the draw */
  drawnBy: Maybe<User>;
  /** 摇号人 / Drawn by */
  drawnById: Maybe<Scalars['ID']['output']>;
  /** 摇号人姓名 / Name of the user who made the draw */
  drawnByName: Maybe<Scalars['String']['output']>;
  /** 抽中对象数 / Number of targets drawn */
  drawnTargetCount: Scalars['Int']['output'];
  /** 抽中的检查对象 / The targets drawn */
  drawnTargets: Array<DrawnTarget>;
  /** 排除的候选对象 / Candidates excluded before ranking */
  exclusions: Array<DrawExclusion>;
  id: Scalars['ID']['output'];
  /** 摇号类型 / Kind */
  kind: DrawKind;
  /** 锁定时间 / Locked at */
  lockedAt: Maybe<Scalars['DateTime']['output']>;
  /** 确认锁定人 / The user who locked the draw */
  lockedBy: Maybe<User>;
  /** 锁定人 / Locked by */
  lockedById: Maybe<Scalars['ID']['output']>;
  /** 确认锁定人姓名 / Name of the user who locked the draw */
  lockedByName: Maybe<Scalars['String']['output']>;
  /** 抽取参数的 SHA-256 / SHA-256 of the draw parameters */
  parametersHash: Scalars['String']['output'];
  /** 重新摇号的理由 / Why this re-draw was made */
  reason: Maybe<Scalars['String']['output']>;
  /** 摇号回执（任何人可据此复核） / The receipt anyone can verify */
  receipt: Scalars['JSON']['output'];
  /** 随机种子 / The seed */
  seed: Scalars['String']['output'];
  /** 摇号前公布的承诺值 / The commitment published before the draw */
  seedCommitment: Scalars['String']['output'];
  /** 第几次摇号（重新摇号为 2、3…） / 1 for the first draw, 2, 3… for re-draws */
  sequence: Scalars['Int']['output'];
  /** 状态 / Status */
  status: DrawStatus;
  /** 被重新摇号取代的时间 / When a re-draw superseded it (rule 17) */
  supersededAt: Maybe<Scalars['DateTime']['output']>;
  /** 被取代时给出的重新摇号理由 / The re-draw reason given when it was superseded */
  supersededReason: Maybe<Scalars['String']['output']>;
  /** 抽查任务 / Task */
  task: Task;
  /** 抽查任务 / Task */
  taskId: Scalars['ID']['output'];
  /** 见证人提供的随机数（原样记录） / Entropy given by the witness, exactly as recorded */
  witnessEntropy: Maybe<Scalars['String']['output']>;
  /** 现场见证人 / Witness */
  witnessName: Maybe<Scalars['String']['output']>;
};

/** 候选名单的一页 / A page of the candidate list */
export type DrawCandidatePage = {
  __typename?: 'DrawCandidatePage';
  /** 本页 / This page */
  rows: Array<DrawCandidateRow>;
  /** 符合搜索条件的候选对象数 / Candidates matching the search */
  total: Scalars['Int']['output'];
};

/** 候选名单中的一个检查对象 / One candidate of the list a draw would freeze */
export type DrawCandidateRow = {
  __typename?: 'DrawCandidateRow';
  /** 区域 / Area */
  area: Maybe<Scalars['String']['output']>;
  /** 统一社会信用代码 / Credit code */
  creditCode: Scalars['String']['output'];
  /** 信用状态 / Credit status */
  creditStatus: Scalars['String']['output'];
  /** 本年度已被抽中次数 / Times drawn this year */
  drawsThisYear: Scalars['Int']['output'];
  /** 免于抽查或重点关注情形 / Exemption grounds (rule 12) */
  exemptions: Array<Scalars['String']['output']>;
  /** 行业 / Industry */
  industry: Maybe<Scalars['String']['output']>;
  /** 名称 / Name */
  name: Scalars['String']['output'];
  /** 对象类型 / Object type */
  objectType: Scalars['String']['output'];
  /** 登记状态 / Registration status */
  registrationStatus: Scalars['String']['output'];
  /** 风险等级 / Risk level */
  riskLevel: Scalars['String']['output'];
  /** 规模 / Scale */
  scale: Maybe<Scalars['String']['output']>;
  /** 检查对象 / Target */
  targetId: Scalars['ID']['output'];
};

/** 某一抽取类别的结果 / The result of one class of a draw (rule 12) */
export type DrawClassResult = {
  __typename?: 'DrawClassResult';
  /** 类别标识 / Class key */
  classKey: Scalars['String']['output'];
  /** 可抽取对象数 / Eligible candidates */
  eligibleCount: Scalars['Int']['output'];
  /** RATIO（按比例）/ COUNT（按数量） */
  mode: Scalars['String']['output'];
  /** 抽中数 / Selected */
  selectedCount: Scalars['Int']['output'];
};

/** 摇号前排除的候选对象及原因 / A candidate excluded before ranking, and why (rules 9, 23) */
export type DrawExclusion = {
  __typename?: 'DrawExclusion';
  /** 排除原因代码 / Exclusion code */
  code: Scalars['String']['output'];
  /** 说明（登记状态或本年度抽中次数） / Detail: registration status or draws this year */
  detail: Scalars['String']['output'];
  /** 排除原因 / Reason, in words */
  message: Scalars['String']['output'];
  /** 检查对象编号 / Target id */
  targetId: Scalars['ID']['output'];
};

/** 摇号筛选 / Draw filter */
export type DrawFilter = {
  /** 编号列表 / Ids */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 状态 / Status */
  status?: InputMaybe<DrawStatus>;
  /** 抽查任务 / Task */
  taskId?: InputMaybe<Scalars['ID']['input']>;
};

/** 摇号类型 / Draw kind */
export type DrawKind =
  /** 抽取执法检查人员 / Draw of inspectors */
  | 'INSPECTORS'
  /** 抽取检查对象 / Draw of targets */
  | 'TARGETS';

/** 摇号前向见证人展示的候选名单与参数（按当前名录库计算） / What the draw would use now, shown to the witness before the draw (rule 17) */
export type DrawPreview = {
  __typename?: 'DrawPreview';
  /** 冻结后的候选对象数 / Number of frozen candidates */
  candidateCount: Scalars['Int']['output'];
  /** 冻结候选名单的 SHA-256 / SHA-256 of the frozen candidate list */
  candidateListHash: Scalars['String']['output'];
  /** 计算时间 / Computed at */
  computedAt: Scalars['DateTime']['output'];
  /** 任务设置单位最近一次确认名录库的时间 / The owner unit's latest directory confirmation */
  directoriesConfirmedAt: Maybe<Scalars['DateTime']['output']>;
  /** 名录库确认是否在 24 小时内（可以摇号） / Whether that confirmation is recent enough to draw (rule 4) */
  directoriesFresh: Scalars['Boolean']['output'];
  /** 规范化的抽取参数 / The normalised parameters */
  parameters: Scalars['JSON']['output'];
  /** 抽取参数的 SHA-256 / SHA-256 of the normalised parameters */
  parametersHash: Scalars['String']['output'];
  /** 已公布的承诺值（尚未公布则为空） / The published commitment, if announced */
  seedCommitment: Maybe<Scalars['String']['output']>;
  /** 抽查任务 / Task */
  taskId: Scalars['ID']['output'];
};

/** 正在进行的预览、摇号或锁定的进度 / Progress of a running preview, draw or lock (issue 14) */
export type DrawProgress = {
  __typename?: 'DrawProgress';
  /** 已完成（计数的阶段） / Units done (counted steps) */
  done: Scalars['Int']['output'];
  /** 阶段 / Step */
  step: DrawStep;
  /** 总数；0 表示不计数 / Units in all; 0 when not counted */
  total: Scalars['Int']['output'];
};

/** 摇号设置：一般检查事项抽查比例上限（规则2）和风险、信用调整系数（规则8） / Draw settings: the GENERAL-item ratio cap (rule 2) and the risk/credit factors (rule 8) */
export type DrawSettings = {
  __typename?: 'DrawSettings';
  /** 一般检查事项的抽查比例上限（0–1；事项可另设更低上限） / Upper sampling ratio of GENERAL items, in (0, 1]; an item may set a lower one */
  generalRatioCap: Scalars['Float']['output'];
  /** 风险、信用调整系数 { risk: {LOW, MEDIUM, HIGH}, credit: {NORMAL, ABNORMAL, DISHONEST} }：低风险降低、高风险和失信提高抽查比例 / Factors multiplying a class ratio by risk level and credit status (rule 8) */
  riskCreditFactors: Scalars['JSON']['output'];
};

/** 摇号状态 / Draw status */
export type DrawStatus =
  /** 已摇号，待确认锁定 / Drawn, not yet locked */
  | 'DRAWN'
  /** 已确认锁定并下发 / Confirmed, locked and dispatched (rule 13) */
  | 'LOCKED'
  /** 已被有理由的重新摇号取代，仍保留可查 / Replaced by a logged re-draw; stays visible (rule 17) */
  | 'SUPERSEDED';

/** 摇号长步骤的当前阶段 / The step a long draw request is at */
export type DrawStep =
  | 'CENSUS'
  | 'CHECK'
  | 'DISPATCH'
  | 'FREEZE'
  | 'HASH'
  | 'RANK'
  | 'RECORD';

/** 摇号复核结果 / The result of re-running a draw (rule 17) */
export type DrawVerification = {
  __typename?: 'DrawVerification';
  /** 不一致之处（中文说明） / Every mismatch, in words */
  diff: Array<Scalars['String']['output']>;
  /** 摇号 / Draw */
  drawId: Scalars['ID']['output'];
  /** 复核一致 / Whether everything matches */
  ok: Scalars['Boolean']['output'];
};

/** 摇号抽中的检查对象 / A target a draw selected */
export type DrawnTarget = {
  __typename?: 'DrawnTarget';
  /** 抽中它的类别 / The classes that drew it (rule 12) */
  classKeys: Array<Scalars['String']['output']>;
  /** 摇号 / Draw */
  drawId: Scalars['ID']['output'];
  /** 编号（摇号:对象） / Id (draw:target) */
  id: Scalars['ID']['output'];
  /** 在抽中它的类别排序中的最好名次 / Best rank in the classes that drew it */
  rank: Scalars['Int']['output'];
  /** 检查对象 / Target */
  target: Target;
  /** 检查对象 / Target */
  targetId: Scalars['ID']['output'];
};

/** 声明年度后重新计算的暂定截止日 / A provisional due date counted again on the declared calendar */
export type DueDateChange = {
  __typename?: 'DueDateChange';
  /** Result / Review */
  entity: Scalars['String']['output'];
  /** 记录编号 / Record id */
  entityId: Scalars['ID']['output'];
  /** Result.dueOn（结果录入公示）/ Review.reviewDueOn（复查）/ Review.feedbackDueOn（反馈） */
  field: Scalars['String']['output'];
  /** 原暂定截止日 / Provisional due date */
  from: Scalars['Date']['output'];
  /** 仍为暂定（还经过其他未声明年度） / Still provisional (another undeclared year) */
  provisional: Scalars['Boolean']['output'];
  /** 重新计算后的截止日 / Due date on the declared calendar */
  to: Scalars['Date']['output'];
};

/** 证据材料（照片、执法记录、笔录等，按检查对象归档） / An evidence file, archived per target (G30) */
export type Evidence = {
  __typename?: 'Evidence';
  /** 文件内容（Base64，仅在需要下载时查询） / The file, base64 — ask for it only to download */
  contentBase64: Scalars['String']['output'];
  /** 文件名 / File name */
  filename: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 文件类型 / MIME type */
  mimeType: Scalars['String']['output'];
  /** 检查结果 / Result */
  resultId: Scalars['ID']['output'];
  /** SHA-256 摘要 / SHA-256 of the content */
  sha256: Scalars['String']['output'];
  /** 大小（字节） / Size in bytes */
  size: Scalars['Int']['output'];
  /** 上传时间 / Uploaded at */
  uploadedAt: Scalars['DateTime']['output'];
  /** 上传人 / Uploaded by */
  uploadedById: Maybe<Scalars['ID']['output']>;
};

/** 专家 / An expert of the expert library */
export type Expert = {
  __typename?: 'Expert';
  editable: Scalars['Boolean']['output'];
  /** 专业领域 / Field */
  field: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 身份证号（仅管理员可见全号） / ID number (full only for administrators) */
  idNumber: Maybe<Scalars['String']['output']>;
  /** 姓名 / Name */
  name: Scalars['String']['output'];
  /** 工作单位 / Organisation */
  organization: Scalars['String']['output'];
  /** 电话（仅管理员可见） / Phone (administrators only) */
  phone: Maybe<Scalars['String']['output']>;
  retiredAt: Maybe<Scalars['DateTime']['output']>;
  /** 职称 / Title */
  title: Maybe<Scalars['String']['output']>;
};

/** 专家筛选 / Expert filter */
export type ExpertFilter = {
  field?: InputMaybe<Scalars['String']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
  /** 关键词：姓名、单位、领域 / Keyword: name, organisation, field */
  q?: InputMaybe<Scalars['String']['input']>;
};

/** 考核指标的口径及其依据 / What an assessment figure counts, and the rule it comes from */
export type FigureDefinition = {
  __typename?: 'FigureDefinition';
  /** 口径 / Definition */
  definition: Scalars['String']['output'];
  /** 英文口径 / Definition in English */
  definitionEn: Scalars['String']['output'];
  /** 指标 / Figure */
  key: AssessmentFigureKey;
  /** 名称 / Name */
  name: Scalars['String']['output'];
  /** 英文名称 / Name in English */
  nameEn: Scalars['String']['output'];
  /** 依据（规则与原文条款） / The rule and clauses of the original text */
  rule: Scalars['String']['output'];
};

/** 违法违规行为的后续处置（移交日常监管单位） / The hand-over of a violation for follow-up (rule 24) */
export type FollowUp = {
  __typename?: 'FollowUp';
  /** 接收时间 / Accepted at */
  acceptedAt: Maybe<Scalars['DateTime']['output']>;
  /** 立案时间 / Case filed at */
  caseFiledAt: Maybe<Scalars['DateTime']['output']>;
  /** 案件编号 / Case number */
  caseNumber: Maybe<Scalars['String']['output']>;
  /** 办结时间 / Closed at */
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** 自移交起的天数（办结的算到办结日） / Calendar days since the hand-over, up to closing if closed */
  daysOpen: Scalars['Int']['output'];
  /** 当前用户可否办理（接收单位，未办结） / Whether the current user may record progress */
  editable: Scalars['Boolean']['output'];
  /** 移交时间 / Handed over at */
  handedOverAt: Scalars['DateTime']['output'];
  /** 移交人 / Handed over by */
  handedOverById: Maybe<Scalars['ID']['output']>;
  /** 接收单位 / Receiving unit */
  handedToUnit: Unit;
  /** 接收单位（日常监管） / The unit it was handed to */
  handedToUnitId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** 可以变更为的状态 / The statuses it may move to */
  nextStatuses: Array<FollowUpStatus>;
  /** 处置情况 / Notes */
  notes: Maybe<Scalars['String']['output']>;
  /** 整改完成时间 / Rectified at */
  rectifiedAt: Maybe<Scalars['DateTime']['output']>;
  /** 检查结果 / Result */
  result: Result;
  /** 检查结果 / Result */
  resultId: Scalars['ID']['output'];
  /** 移送司法机关时间 / Sent to the judicial organs at */
  sentToJudicialAt: Maybe<Scalars['DateTime']['output']>;
  /** 状态 / Status */
  status: FollowUpStatus;
  /** 修改时间 / Updated at */
  updatedAt: Scalars['DateTime']['output'];
};

/** 后续处置方式 / Follow-up action (rule 24) */
export type FollowUpAction =
  /** 无 / None */
  | 'NONE'
  /** 抄告相关部门 / Notify the responsible department */
  | 'NOTIFY_DEPARTMENT'
  /** 移送办案机构 / Refer for a case */
  | 'REFER_CASE';

/** 违法线索移交处置：检查日期在本期、发现违法违规行为的结果（提交时选择了后续处置，或更正后移交），按负责单位计：已移交数、已办结数，发现到移交、移交到办结的自然日中位数。（规则 24、25（指引（七）、（二十九））） / Follow-up handling: Results with the inspection day in the period that found a violation (submitted with a follow-up action, or handed over after a correction), by the responsible unit: handed over, closed, and the median calendar days from finding to hand-over and from hand-over to closing. */
export type FollowUpFigure = {
  __typename?: 'FollowUpFigure';
  /** 已办结数 / Closed */
  closed: Scalars['Int']['output'];
  /** 发现数 / Found */
  found: Scalars['Int']['output'];
  /** 已移交数 / Handed over */
  handedOver: Scalars['Int']['output'];
  /** 移交到办结的天数中位数 / Median days from hand-over to closing */
  medianDaysToClose: Maybe<Scalars['Float']['output']>;
  /** 发现到移交的天数中位数 / Median days from finding to hand-over */
  medianDaysToHandOver: Maybe<Scalars['Float']['output']>;
};

/** 后续处置筛选 / Follow-up filter */
export type FollowUpFilter = {
  /** 接收单位 / Receiving unit */
  handedToUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** 编号列表 / Ids */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 未办结 / Not closed */
  open?: InputMaybe<Scalars['Boolean']['input']>;
  /** 关键词：检查对象名称、统一社会信用代码、案件编号 / Keyword: target name, credit code, case number */
  q?: InputMaybe<Scalars['String']['input']>;
  /** 检查结果 / Result */
  resultId?: InputMaybe<Scalars['ID']['input']>;
  /** 状态 / Status */
  status?: InputMaybe<FollowUpStatus>;
};

/** 后续处置状态 / Follow-up status (rule 24) */
export type FollowUpStatus =
  /** 已接收 / Accepted */
  | 'ACCEPTED'
  /** 已立案 / Case filed */
  | 'CASE_FILED'
  /** 已办结 / Closed */
  | 'CLOSED'
  /** 已移交 / Handed over */
  | 'HANDED_OVER'
  /** 已整改 / Rectified */
  | 'RECTIFIED'
  /** 已移送司法机关 / Sent to the judicial organs */
  | 'SENT_TO_JUDICIAL';

/** 检查表单（一对象一表单） / A check form, one per target (rule 18) */
export type Form = {
  __typename?: 'Form';
  /** 对应的抽查事项 / Checklist item */
  checkItem: Maybe<CheckItem>;
  /** 对应的抽查事项 / The checklist item it serves */
  checkItemId: Maybe<Scalars['ID']['output']>;
  /** 表单编号 / Code */
  code: Scalars['String']['output'];
  /** 创建时间 / Created at */
  createdAt: Scalars['DateTime']['output'];
  /** 检查要点 / Check points */
  fields: Array<FormField>;
  id: Scalars['ID']['output'];
  /** 表单名称 / Name */
  name: Scalars['String']['output'];
  /** 停用时间 / Retired at */
  retiredAt: Maybe<Scalars['DateTime']['output']>;
  /** 版本 / Version */
  version: Scalars['Int']['output'];
};

/** 检查表单的一个检查要点 / One check point of a form */
export type FormField = {
  __typename?: 'FormField';
  /** 依据 / Legal basis */
  basis: Maybe<Scalars['String']['output']>;
  /** 要点标识 / Key */
  key: Scalars['String']['output'];
  /** 检查要点 / Check point */
  label: Scalars['String']['output'];
};

/** 检查要点 / A check point */
export type FormFieldInput = {
  /** 依据 / Legal basis */
  basis?: InputMaybe<Scalars['String']['input']>;
  /** 要点标识 / Key */
  key: Scalars['String']['input'];
  /** 检查要点 / Check point */
  label: Scalars['String']['input'];
};

/** 检查表单筛选 / Form filter */
export type FormFilter = {
  /** 抽查事项 / Checklist item */
  checkItemId?: InputMaybe<Scalars['ID']['input']>;
  /** 抽查事项之一 / Any of these checklist items */
  checkItemIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 编号列表 / Ids */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 包括已停用的 / Include retired forms */
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
  /** 关键词：名称、编号 / Keyword: name, code */
  q?: InputMaybe<Scalars['String']['input']>;
};

/** 执法检查人员 / A law-enforcement inspector */
export type Inspector = {
  __typename?: 'Inspector';
  /** 可任组长 / May lead a team */
  canLead: Scalars['Boolean']['output'];
  /** 执法证号 / Enforcement certificate number */
  certificateNumber: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** 参与随机抽取 / Takes part in draws */
  drawable: Scalars['Boolean']['output'];
  /** 当前用户可否修改 / Whether the current user may edit it */
  editable: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** 身份证号（非本单位仅显示部分） / ID number (masked outside the own unit) */
  idNumber: Scalars['String']['output'];
  /** 姓名 / Name */
  name: Scalars['String']['output'];
  /** 电话（非本单位不显示） / Phone (hidden outside the own unit) */
  phone: Maybe<Scalars['String']['output']>;
  /** 具备执法资格 / Holds enforcement qualification (rule 5) */
  qualified: Scalars['Boolean']['output'];
  retiredAt: Maybe<Scalars['DateTime']['output']>;
  /** 专业领域 / Specialties */
  specialties: Array<Scalars['String']['output']>;
  /** 职务 / Post */
  title: Maybe<Scalars['String']['output']>;
  unit: Unit;
  /** 所属单位 / Unit */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** 执法检查人员名录库规模和更新情况 / Inspector directory size and freshness (G7) */
export type InspectorDirectoryFigure = {
  __typename?: 'InspectorDirectoryFigure';
  /** 距最近确认的天数 / Days since the last confirmation */
  daysSinceConfirmation: Maybe<Scalars['Int']['output']>;
  /** 最近确认日期 / Last confirmed on */
  lastConfirmedOn: Maybe<Scalars['Date']['output']>;
  /** 具备执法资格的 / With enforcement qualification */
  qualified: Scalars['Int']['output'];
  /** 人员数 / Inspectors */
  size: Scalars['Int']['output'];
};

/** 执法检查人员筛选 / Inspector filter */
export type InspectorFilter = {
  drawable?: InputMaybe<Scalars['Boolean']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
  /** 关键词：姓名、执法证号 / Keyword: name, certificate number */
  q?: InputMaybe<Scalars['String']['input']>;
  qualified?: InputMaybe<Scalars['Boolean']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** 名录库类型 / Library kind */
export type LibraryKind =
  /** 综合主体名录库 / Comprehensive library */
  | 'COMPREHENSIVE'
  /** 分类专项名录库 / Special library */
  | 'SPECIAL';

/** 名录库规模 / The size of a target library */
export type LibrarySize = {
  __typename?: 'LibrarySize';
  /** 名录库 / Library */
  library: TargetLibrary;
  /** 名录库 / Library */
  libraryId: Scalars['ID']['output'];
  /** 检查对象数 / Targets */
  size: Scalars['Int']['output'];
};

/** 列表统计 / List metadata */
export type ListMetadata = {
  __typename?: 'ListMetadata';
  /** 符合条件的记录数 / Number of matching records */
  count: Scalars['Int']['output'];
};

/** 登录结果 / Sign-in result */
export type LoginPayload = {
  __typename?: 'LoginPayload';
  expiresAt: Scalars['DateTime']['output'];
  me: Me;
  /** 放入 Authorization: Bearer 头 / Send as Authorization: Bearer */
  token: Scalars['String']['output'];
};

/** 映射方案的一列 / One column of a mapping profile */
export type MappingColumn = {
  __typename?: 'MappingColumn';
  /** 本系统字段（公示文档为 JSON 路径） / Our field (a JSON path for publication documents) */
  field: Scalars['String']['output'];
  /** 对方文件中的列名 / The header in their file */
  header: Scalars['String']['output'];
};

/** 映射方案的一列：本系统字段与对方的列名 / One column: our field and their header */
export type MappingColumnInput = {
  field: Scalars['String']['input'];
  header: Scalars['String']['input'];
};

/** 映射方向 / Direction of a mapping profile */
export type MappingDirection =
  /** 导出：本系统 → 对方的列与值 / Export: ours → their columns and values */
  | 'EXPORT'
  /** 导入：对方的列与值 → 本系统 / Import: their columns and values → ours */
  | 'IMPORT';

/** 映射方案：与其他系统交换数据时的列对应与值对照 / A mapping profile: column layout and value recoding for an exchange */
export type MappingProfile = {
  __typename?: 'MappingProfile';
  /** 各列，按列的顺序 / The columns, in order */
  columns: Array<MappingColumn>;
  createdAt: Scalars['DateTime']['output'];
  direction: MappingDirection;
  id: Scalars['ID']['output'];
  /** 名录：targets、inspectors、experts、checkItems，或 publication.<文档类型> / The list: targets, inspectors, experts, checkItems, or publication.<document kind> */
  list: Scalars['String']['output'];
  /** 名称 / Name */
  name: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** 值对照 / Value mappings */
  values: Array<MappingValue>;
};

/** 映射方案筛选 / Mapping profile filter */
export type MappingProfileFilter = {
  direction?: InputMaybe<MappingDirection>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 名录（如 targets、publication.plan） / The list (e.g. targets, publication.plan) */
  list?: InputMaybe<Scalars['String']['input']>;
  /** 关键词：名称 / Keyword: name */
  q?: InputMaybe<Scalars['String']['input']>;
};

/** 值对照：导入时对方的值 → 本系统的值；导出时相反 / A value mapping: IMPORT theirs → ours; EXPORT ours → theirs */
export type MappingValue = {
  __typename?: 'MappingValue';
  field: Scalars['String']['output'];
  from: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

/** 一条值对照 / One value mapping */
export type MappingValueInput = {
  field: Scalars['String']['input'];
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};

/** 当前登录用户 / The signed-in user */
export type Me = {
  __typename?: 'Me';
  id: Scalars['ID']['output'];
  /** 本账号所属的执法检查人员（规则19）；未关联为空，不能录入、确认检查结果 / The inspector this account belongs to (rule 19); null: cannot enter or confirm results */
  inspectorId: Maybe<Scalars['ID']['output']>;
  isPrincipal: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  role: Role;
  unitId: Scalars['ID']['output'];
  unitName: Scalars['String']['output'];
  username: Scalars['String']['output'];
};

/** 变更 / Mutations */
export type Mutation = {
  __typename?: 'Mutation';
  /** 上传证据材料（单个文件不超过 20 MB，每个结果最多 30 个） / Upload an evidence file (G30) */
  addEvidence: Evidence;
  /** 临时抽查：在已备案计划中增加一项临时抽查，并作为新版本备案 / Add a temporary check to a filed plan, filed as a new version (rule 10) */
  addTemporaryCheck: Plan;
  /** 计划调整：以给定事项替换已备案计划的全部事项，重新校验覆盖和各项规则，并作为新版本备案（保留历次版本） / Adjust a filed plan: replace its lines, re-check coverage and every rule, file a new version (rule 7) */
  adjustPlan: Plan;
  /** 登记后续处置进展：接收、立案、整改、移送司法机关、办结 / Record follow-up progress (rule 24) */
  advanceFollowUp: FollowUp;
  /** 发布摇号公告：生成服务器密钥并公布其承诺值，任务进入待摇号 / Announce the draw: commit to a fresh server secret; the task becomes READY (rule 17) */
  announceDraw: Task;
  /** 批准专项行动或上级交办任务不受比例和频次限制（仅牵头科室管理员，摇号前；须填写依据文号和日期，仅适用于定向抽取类别） / Approve that a campaign-ordered task is exempt from the ratio and yearly caps (lead unit ADMIN, before the draw; with the basis's document number and date; directed classes only, rule 9) */
  approveCampaignExemption: Task;
  /** 批准更换或回避申请（仅限指定的批准人，且不能是申请人）；批准后检查组随即更换 / The named approver approves; the team changes now (rule 16) */
  approveReplacementRequest: ReplacementRequest;
  /** 审核通过；发现违法违规的自动移交后续处置 / Approve a result; a violation is handed over for follow-up (rules 22, 24) */
  approveResult: Result;
  /** 批准移交：检查对象移交新住所地单位，由其录入检查结果 / Approve a transfer: the receiving unit now enters the result, for good (rule 23, G28) */
  approveTransfer: Transfer;
  /** 直接委派专家参加检查组（仅限任务中需要专家参与的检查事项，专家领域须与事项要求相符，须说明理由） / Assign an expert to a team directly, for a check item that needs one, in its field, with a reason (G9, G19) */
  assignExpertDirectly: Team;
  /** 直接委派检查组（记录为直接委派） / Assign a visit's team directly, recorded as such (rule 15, G19) */
  assignTeamDirectly: Team;
  /** 取消抽查任务（仅摇号前；已发布摇号公告的须说明理由，理由随任务公开） / Cancel a task before its draw; once the draw was announced, with a reason that is published */
  cancelTask: Task;
  /** 修改本人密码 / Change my password */
  changePassword: Scalars['Boolean']['output'];
  /** 登记住所无法联系或已注销、吊销的检查对象：不检查，视为完成并记录原因，结果提交审核 / Close a target that cannot be reached or was deregistered: not inspected, counts as completed (rule 23) */
  closeTaskTarget: Result;
  /** 任务完成：记录完成日期，各检查对象的结果须在其后 20 个工作日内录入并公示（规则 20）；待检查的检查对象须均有已确认的检查组（规则 15） / Complete a task: results are due within 20 working days after the completion day (rule 20); every target still to inspect needs a confirmed team (rule 15) */
  completeTask: Task;
  /** 确认本单位检查对象名录库和执法检查人员名录库为最新 / Confirm a unit's directories are up to date (rule 4) */
  confirmDirectories: DirectoryConfirmation;
  /** 检查组成员签字确认检查结果（须填写完整） / A team member confirms the complete result (rule 19, G26.3, G32) */
  confirmResult: Result;
  /** 确认检查组：每个检查对象均已组建检查组后，由任务执行单位确认 / The executing unit confirms the task's teams once every visit has a valid one (rule 15) */
  confirmTeams: Array<Team>;
  /** 创建只读 API 令牌（分析人员、管理员） / Create a read-only API token (analysts, administrators) */
  createApiToken: NewApiToken;
  /** 录入一天的节假日安排（管理员） / Enter one day of the holiday schedule (administrators) */
  createCalendarEntry: CalendarEntry;
  /** 新增抽查事项 / Add a checklist item */
  createCheckItem: CheckItem;
  /** 登记利害关系（回避）：此后随机匹配和递补不再抽取该人员检查该对象 / Register a conflict of interest ahead of matching (rule 16) */
  createConflictOfInterest: ConflictOfInterest;
  createExpert: Expert;
  /** 新增检查表单（牵头科室） / Create a form (lead unit) */
  createForm: Form;
  /** 新增执法检查人员 / Create an inspector */
  createInspector: Inspector;
  /** 新增映射方案（管理员） / Add a mapping profile (administrators) */
  createMappingProfile: MappingProfile;
  /** 新建年度抽查工作计划（每单位每年一个） / Create a unit's annual plan (one per unit and year) */
  createPlan: Plan;
  /** 新增计划事项（计划未备案时） / Add a line to a draft plan */
  createPlanItem: PlanItem;
  /** 新增接收方（管理员）；默认从现在起推送，fromStart 为真时从第一份文档起按序补推 / Add a receiver; it gets documents from now on, or all of them in order with fromStart */
  createPublicationReceiver: PublicationReceiver;
  /** 新增检查对象 / Create a target */
  createTarget: Target;
  createTargetLibrary: TargetLibrary;
  /** 设置抽查任务（计划须已备案；由制定计划的单位设置） / Set up a task of a filed plan (by the plan's unit, G15) */
  createTask: Task;
  /** 新增抽取类别（仅摇号前） / Add a class of targets to a task (only before the draw) */
  createTaskClass: TaskClass;
  /** 新增单位 / Create a unit */
  createUnit: Unit;
  createUser: User;
  /** 作出复查结论，开始 15 个工作日的反馈期限 / Decide the review; the 15-working-day feedback period starts (rule 22) */
  decideReview: Review;
  /** 声明某年度节假日安排已录入完成，此后按其计算工作日（管理员） / Declare a year's schedule complete (administrators) */
  declareCalendarYear: CalendarYear;
  deleteCalendarEntry: CalendarEntry;
  /** 停用抽查事项（保留历史版本） / Retire a checklist item (versions are kept) */
  deleteCheckItem: CheckItem;
  /** 撤销回避登记（须说明理由，审计留痕） / Remove a registered conflict, with a reason kept in the audit trail */
  deleteConflictOfInterest: ConflictOfInterest;
  deleteExpert: Expert;
  /** 删除执法检查人员；参加过检查的改为停用 / Delete an inspector; one with history is retired */
  deleteInspector: Inspector;
  /** 删除映射方案（管理员）；已导出的文件与已导入的记录不受影响 / Delete a mapping profile; files and imports made with it stay */
  deleteMappingProfile: MappingProfile;
  /** 删除外发渠道（连同其外发记录） / Deletes a reminder channel and its delivery log */
  deleteNotificationChannel: Scalars['Boolean']['output'];
  /** 删除从未备案的草稿计划（连同其事项） / Delete a draft plan that was never filed, with its lines */
  deletePlan: Plan;
  /** 删除计划事项（计划未备案时） / Remove a line from a draft plan */
  deletePlanItem: PlanItem;
  /** 删除接收方及其推送记录（管理员） / Remove a receiver with its delivery log */
  deletePublicationReceiver: Scalars['Boolean']['output'];
  /** 删除检查对象；已被抽取或检查过的改为停用 / Delete a target; one with history is retired instead */
  deleteTarget: Target;
  /** 停用名录库（其中的检查对象保留） / Retire a library (its targets stay) */
  deleteTargetLibrary: TargetLibrary;
  /** 删除从未摇号的抽查任务 / Delete a task that was never drawn */
  deleteTask: Task;
  /** 删除抽取类别（仅摇号前） / Remove a class (only before the draw) */
  deleteTaskClass: TaskClass;
  /** 停用单位（保留历史） / Retire a unit (history is kept) */
  deleteUnit: Unit;
  /** 停用账号（保留留痕） / Deactivate an account (its audit trail stays) */
  deleteUser: User;
  /** 摇号抽取检查对象（须在 24 小时内确认名录库；见证人提供随机数） / Draw the targets (directories confirmed within 24 h; the witness gives entropy) */
  drawTargets: Draw;
  /** 计划备案（报上一级部门；须覆盖职责范围内全部事项） / File the plan with the level above; refused while any remit item is missing (rule 6) */
  filePlan: Plan;
  /** 确认并锁定摇号结果：下发执行单位、发布任务公告，同期不同计划抽中同一对象的合并检查 / Confirm and lock a draw: dispatch, announce, merge visits (rules 13, 14) */
  lockDraw: Draw;
  /** 登录 / Sign in */
  login: LoginPayload;
  /** 退出登录 / Sign out */
  logout: Scalars['Boolean']['output'];
  /** 全部标记为已读，返回标记的条数 / Marks all the user’s notifications read; returns how many were unread */
  markAllNotificationsRead: Scalars['Int']['output'];
  /** 标记一条通知为已读 / Marks one of the user’s notifications read */
  markNotificationRead: Notification;
  /** 为已下发任务的检查对象随机匹配执法检查人员（以摇号种子排序） / Draw the inspection teams of a dispatched task with the draw's seed (rules 5, 15) */
  matchTeams: Array<Team>;
  /** 执法检查人员不足时与相邻单位联合随机匹配 / Draw teams jointly with a neighbouring unit's inspectors (rule 15, G19) */
  matchTeamsJointly: Array<Team>;
  /** 对已公示的检查结果提出更正，待单位负责人签批 / Propose a correction of a published result, for the principal to sign (rule 21) */
  proposeCorrection: Correction;
  /** 公示已审核通过的检查结果（全部成功或全部不公示） / Publish approved results, all or none (rules 20, 26) */
  publishResults: Array<Result>;
  /** 受理对已公示检查结果的异议，开始 20 个工作日的复查期限 / Record an objection to a published result; the 20-working-day review starts (rule 22) */
  raiseObjection: Review;
  /** 记录现场检查情况（出示证件、送达告知书、逐项检查、签字或拒签、执法记录、留样；检查组成员，可分次保存） / Record what happened on site, by a team member, in as many saves as needed (rule 19, G26.2, G32) */
  recordOnSite: OnSiteRecord;
  /** 记录现场检查前的预查比对（检查组成员） / Record the pre-check before the visit, by a team member (rule 19, G26.1) */
  recordPreCheck: PreCheck;
  /** 登记复查结论已反馈检查对象 / Record that the outcome was fed back to the target (rule 22) */
  recordReviewFeedback: Review;
  /** 重新摇号（须说明理由）：原摇号作废但保留可查，重新公布承诺值后再次摇号 / Re-draw with a reason: the previous draw is superseded (kept), a fresh commitment is published (rule 17) */
  redrawTargets: Task;
  /** 单位负责人不同意更正（须说明理由） / The principal refuses a correction, with a reason */
  refuseCorrection: Correction;
  /** 驳回更换或回避申请（须说明理由；检查组不变） / The named approver refuses, with a reason; the team stays (rule 16) */
  refuseReplacementRequest: ReplacementRequest;
  /** 不予批准移交（须说明理由），检查对象仍由原单位检查 / Refuse a transfer, with a reason; the target stays with its unit */
  refuseTransfer: Transfer;
  /** 删除证据材料（结果审核通过前） / Remove an evidence file before the result is approved */
  removeEvidence: Evidence;
  /** 申请更换检查组成员（岗位变动、工作冲突、身体原因），由指定的批准人（牵头科室人员或执行单位负责人，不能是申请人本人）批准后才更换；可建议替换人员，不填则由随机排序中的下一位递补 / Ask for a member's replacement; the named approver (lead unit or the executing unit's principal, never the requester) decides, and only then does the team change (rule 16) */
  requestMemberReplacement: ReplacementRequest;
  /** 申请回避：成员与检查对象有利害关系，经指定的批准人批准后登记利害关系并更换 / Ask for a member's recusal; on approval the conflict is registered and the member replaced (rule 16, G21) */
  requestRecusal: ReplacementRequest;
  /** 检查对象已迁移：申请移交新住所地单位（须填写书面通知文号），经迁出单位负责人或牵头科室批准后移交 / Ask to transfer a moved target to the unit of its new location, naming the written notice; carried out once approved (rule 23, G28) */
  requestTransfer: Transfer;
  /** 重新推送（管理员）：从该文档起按序重新推送给该接收方（幂等键不变，接收方可据此去重） / Re-send from this document on, in order (same idempotency keys) */
  resendPublicationDocument: PublicationReceiver;
  /** 审核退回（须说明理由） / Return a result for correction, with a reason (rule 22) */
  returnResult: Result;
  /** 吊销 API 令牌 / Revoke an API token */
  revokeApiToken: ApiToken;
  /** 新增（不带 id）或修改外发渠道 / Creates (no id) or updates a reminder channel */
  saveNotificationChannel: NotificationChannel;
  /** 设置每日提醒的发送时间（牵头单位管理员） / Sets the daily digest’s time (lead unit) */
  setNotificationDigestTime: Scalars['String']['output'];
  /** 单位负责人签批更正，更正随即公示，原结果保留 / The principal signs a correction; it is published beside the original (rule 21) */
  signCorrection: Correction;
  /** 提交审核（须填写完整） / Submit a complete result for review (rule 22) */
  submitResult: Result;
  /** 解除登录锁定（牵头科室管理员） / Lift a sign-in lock (lead unit administrators) */
  unlockSignIn: Scalars['Boolean']['output'];
  updateCalendarEntry: CalendarEntry;
  /** 调整抽查事项（保留原版本并公示调整说明） / Adjust a checklist item (keeps the previous version, publishes the notice) */
  updateCheckItem: CheckItem;
  /** 修改摇号设置（管理员）；此后发布或进行的摇号适用，已完成的摇号按其回执记录的参数 / Change the draw settings (administrators); draws made earlier keep the values their receipts recorded */
  updateDrawSettings: DrawSettings;
  updateExpert: Expert;
  /** 修改检查表单（版本号加一）；已用于检查结果的表单内容随结果保存的检查情况留存 / Update a form (its version goes up) */
  updateForm: Form;
  /** 修改执法检查人员 / Update an inspector */
  updateInspector: Inspector;
  /** 修改映射方案（管理员）；未给出的项不变 / Change a mapping profile; what is not given stays */
  updateMappingProfile: MappingProfile;
  /** 修改计划名称、备案机关（未备案时） / Change the title or filing authority of a draft plan */
  updatePlan: Plan;
  /** 修改计划事项（计划未备案时） / Change a line of a draft plan */
  updatePlanItem: PlanItem;
  /** 修改接收方（管理员）；不填认证请求头的值则保留原值 / Change a receiver; an auth header value left out is kept */
  updatePublicationReceiver: PublicationReceiver;
  /** 录入或修改检查结果（未录入或退回时） / Enter or change a result while not entered or returned (rules 18, 22) */
  updateResult: Result;
  /** 修改检查对象 / Update a target */
  updateTarget: Target;
  updateTargetLibrary: TargetLibrary;
  /** 修改抽查任务（仅摇号前） / Change a task (only before the draw) */
  updateTask: Task;
  /** 修改抽取类别（仅摇号前） / Change a class (only before the draw) */
  updateTaskClass: TaskClass;
  /** 修改单位 / Update a unit */
  updateUnit: Unit;
  updateUser: User;
};


/** 变更 / Mutations */
export type MutationAddEvidenceArgs = {
  contentBase64?: InputMaybe<Scalars['String']['input']>;
  filename?: InputMaybe<Scalars['String']['input']>;
  mimeType?: InputMaybe<Scalars['String']['input']>;
  resultId: Scalars['ID']['input'];
};


/** 变更 / Mutations */
export type MutationAddTemporaryCheckArgs = {
  item: PlanItemInput;
  planId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** 变更 / Mutations */
export type MutationAdjustPlanArgs = {
  id: Scalars['ID']['input'];
  items: Array<PlanItemInput>;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** 变更 / Mutations */
export type MutationAdvanceFollowUpArgs = {
  caseNumber?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  on?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<FollowUpStatus>;
};


/** 变更 / Mutations */
export type MutationAnnounceDrawArgs = {
  taskId?: InputMaybe<Scalars['ID']['input']>;
};


/** 变更 / Mutations */
export type MutationApproveCampaignExemptionArgs = {
  documentDate?: InputMaybe<Scalars['Date']['input']>;
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  taskId?: InputMaybe<Scalars['ID']['input']>;
};


/** 变更 / Mutations */
export type MutationApproveReplacementRequestArgs = {
  note?: InputMaybe<Scalars['String']['input']>;
  requestId?: InputMaybe<Scalars['ID']['input']>;
};


/** 变更 / Mutations */
export type MutationApproveResultArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 / Mutations */
export type MutationApproveTransferArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 / Mutations */
export type MutationAssignExpertDirectlyArgs = {
  checkItemId?: InputMaybe<Scalars['ID']['input']>;
  expertId?: InputMaybe<Scalars['ID']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
};


/** 变更 / Mutations */
export type MutationAssignTeamDirectlyArgs = {
  inspectorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  leaderId?: InputMaybe<Scalars['ID']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  visitId?: InputMaybe<Scalars['ID']['input']>;
};


/** 变更 / Mutations */
export type MutationCancelTaskArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** 变更 / Mutations */
export type MutationChangePasswordArgs = {
  newPassword: Scalars['String']['input'];
  oldPassword: Scalars['String']['input'];
};


/** 变更 / Mutations */
export type MutationCloseTaskTargetArgs = {
  kind: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  taskTargetId: Scalars['ID']['input'];
};


/** 变更 / Mutations */
export type MutationCompleteTaskArgs = {
  completedOn?: InputMaybe<Scalars['Date']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  taskId: Scalars['ID']['input'];
};


/** 变更 / Mutations */
export type MutationConfirmDirectoriesArgs = {
  note?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


/** 变更 / Mutations */
export type MutationConfirmResultArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 / Mutations */
export type MutationConfirmTeamsArgs = {
  taskId?: InputMaybe<Scalars['ID']['input']>;
};


/** 变更 / Mutations */
export type MutationCreateApiTokenArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
};


/** 变更 / Mutations */
export type MutationCreateCalendarEntryArgs = {
  date?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<CalendarDayKind>;
  name?: InputMaybe<Scalars['String']['input']>;
};


/** 变更 / Mutations */
export type MutationCreateCheckItemArgs = {
  category?: InputMaybe<CheckCategory>;
  code?: InputMaybe<Scalars['String']['input']>;
  defaultRatio?: InputMaybe<Scalars['Float']['input']>;
  expertField?: InputMaybe<Scalars['String']['input']>;
  legalBasis?: InputMaybe<Scalars['String']['input']>;
  methods?: InputMaybe<Array<CheckMethod>>;
  name?: InputMaybe<Scalars['String']['input']>;
  needsExpert?: InputMaybe<Scalars['Boolean']['input']>;
  notice?: InputMaybe<Scalars['String']['input']>;
  objectType?: InputMaybe<Scalars['String']['input']>;
  ratioCap?: InputMaybe<Scalars['Float']['input']>;
  remitUnitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


/** 变更 / Mutations */
export type MutationCreateConflictOfInterestArgs = {
  inspectorId?: InputMaybe<Scalars['ID']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  targetId?: InputMaybe<Scalars['ID']['input']>;
};


/** 变更 / Mutations */
export type MutationCreateExpertArgs = {
  field?: InputMaybe<Scalars['String']['input']>;
  idNumber?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  organization?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};


/** 变更 / Mutations */
export type MutationCreateFormArgs = {
  checkItemId?: InputMaybe<Scalars['ID']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  fields?: InputMaybe<Array<FormFieldInput>>;
  name?: InputMaybe<Scalars['String']['input']>;
};


/** 变更 / Mutations */
export type MutationCreateInspectorArgs = {
  canLead?: InputMaybe<Scalars['Boolean']['input']>;
  certificateNumber?: InputMaybe<Scalars['String']['input']>;
  drawable?: InputMaybe<Scalars['Boolean']['input']>;
  idNumber?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  qualified?: InputMaybe<Scalars['Boolean']['input']>;
  specialties?: InputMaybe<Array<Scalars['String']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


/** 变更 / Mutations */
export type MutationCreateMappingProfileArgs = {
  columns?: InputMaybe<Array<MappingColumnInput>>;
  direction?: InputMaybe<MappingDirection>;
  list?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  values?: InputMaybe<Array<MappingValueInput>>;
};


/** 变更 / Mutations */
export type MutationCreatePlanArgs = {
  title?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** 变更 / Mutations */
export type MutationCreatePlanItemArgs = {
  areaWeights?: InputMaybe<Scalars['JSON']['input']>;
  checkItemId?: InputMaybe<Scalars['ID']['input']>;
  cityShare?: InputMaybe<Scalars['Float']['input']>;
  districtShare?: InputMaybe<Scalars['Float']['input']>;
  estimatedCount?: InputMaybe<Scalars['Int']['input']>;
  planId?: InputMaybe<Scalars['ID']['input']>;
  provincialShare?: InputMaybe<Scalars['Float']['input']>;
  ratio?: InputMaybe<Scalars['Float']['input']>;
  scope?: InputMaybe<Scalars['String']['input']>;
  temporary?: InputMaybe<Scalars['Boolean']['input']>;
  windowFrom?: InputMaybe<Scalars['Date']['input']>;
  windowTo?: InputMaybe<Scalars['Date']['input']>;
};


/** 变更 / Mutations */
export type MutationCreatePublicationReceiverArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  authHeaderName?: InputMaybe<Scalars['String']['input']>;
  authHeaderValue?: InputMaybe<Scalars['String']['input']>;
  fromStart?: InputMaybe<Scalars['Boolean']['input']>;
  kinds: Array<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  url: Scalars['String']['input'];
};


/** 变更 / Mutations */
export type MutationCreateTargetArgs = {
  address?: InputMaybe<Scalars['String']['input']>;
  area?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  creditCode?: InputMaybe<Scalars['String']['input']>;
  creditStatus?: InputMaybe<CreditStatus>;
  industry?: InputMaybe<Scalars['String']['input']>;
  keyIndustry?: InputMaybe<Scalars['Boolean']['input']>;
  legalRepresentative?: InputMaybe<Scalars['String']['input']>;
  libraryId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  objectType?: InputMaybe<Scalars['String']['input']>;
  registrationStatus?: InputMaybe<RegistrationStatus>;
  repeatedComplaints?: InputMaybe<Scalars['Boolean']['input']>;
  riskLevel?: InputMaybe<RiskLevel>;
  scale?: InputMaybe<BusinessScale>;
  seriousViolation?: InputMaybe<Scalars['Boolean']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


/** 变更 / Mutations */
export type MutationCreateTargetLibraryArgs = {
  buildStandard?: InputMaybe<Scalars['String']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  indicators?: InputMaybe<Array<Scalars['String']['input']>>;
  kind?: InputMaybe<LibraryKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  objectType?: InputMaybe<Scalars['String']['input']>;
  supervisionRequirements?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


/** 变更 / Mutations */
export type MutationCreateTaskArgs = {
  campaignBasis?: InputMaybe<Scalars['String']['input']>;
  campaignOrdered?: InputMaybe<Scalars['Boolean']['input']>;
  checkItemIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  executingUnitId?: InputMaybe<Scalars['ID']['input']>;
  isPublic?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  planId?: InputMaybe<Scalars['ID']['input']>;
  planItemId?: InputMaybe<Scalars['ID']['input']>;
  teamSize?: InputMaybe<Scalars['Int']['input']>;
  temporary?: InputMaybe<Scalars['Boolean']['input']>;
  windowFrom?: InputMaybe<Scalars['Date']['input']>;
  windowTo?: InputMaybe<Scalars['Date']['input']>;
  withheldBasis?: InputMaybe<Scalars['String']['input']>;
  withheldCategory?: InputMaybe<WithholdingCategory>;
};


/** 变更 / Mutations */
export type MutationCreateTaskClassArgs = {
  area?: InputMaybe<Scalars['String']['input']>;
  checkItemIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  count?: InputMaybe<Scalars['Int']['input']>;
  industry?: InputMaybe<Scalars['String']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
  label?: InputMaybe<Scalars['String']['input']>;
  libraryId?: InputMaybe<Scalars['ID']['input']>;
  objectType?: InputMaybe<Scalars['String']['input']>;
  ratio?: InputMaybe<Scalars['Float']['input']>;
  scale?: InputMaybe<BusinessScale>;
  taskId?: InputMaybe<Scalars['ID']['input']>;
};


/** 变更 / Mutations */
export type MutationCreateUnitArgs = {
  area?: InputMaybe<Scalars['String']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<UnitKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  neighbourCodes?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** 变更 / Mutations */
export type MutationCreateUserArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  inspectorId?: InputMaybe<Scalars['ID']['input']>;
  isPrincipal?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
  username?: InputMaybe<Scalars['String']['input']>;
};


/** 变更 / Mutations */
export type MutationDecideReviewArgs = {
  decidedOn?: InputMaybe<Scalars['Date']['input']>;
  decision?: InputMaybe<ReviewDecision>;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/** 变更 / Mutations */
export type MutationDeclareCalendarYearArgs = {
  note?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/** 变更 / Mutations */
export type MutationDeleteCalendarEntryArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 / Mutations */
export type MutationDeleteCheckItemArgs = {
  id: Scalars['ID']['input'];
  notice?: InputMaybe<Scalars['String']['input']>;
};


/** 变更 / Mutations */
export type MutationDeleteConflictOfInterestArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** 变更 / Mutations */
export type MutationDeleteExpertArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 / Mutations */
export type MutationDeleteInspectorArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 / Mutations */
export type MutationDeleteMappingProfileArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 / Mutations */
export type MutationDeleteNotificationChannelArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 / Mutations */
export type MutationDeletePlanArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 / Mutations */
export type MutationDeletePlanItemArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 / Mutations */
export type MutationDeletePublicationReceiverArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 / Mutations */
export type MutationDeleteTargetArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 / Mutations */
export type MutationDeleteTargetLibraryArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 / Mutations */
export type MutationDeleteTaskArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 / Mutations */
export type MutationDeleteTaskClassArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 / Mutations */
export type MutationDeleteUnitArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 / Mutations */
export type MutationDeleteUserArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 / Mutations */
export type MutationDrawTargetsArgs = {
  candidateListHash?: InputMaybe<Scalars['String']['input']>;
  parametersHash?: InputMaybe<Scalars['String']['input']>;
  taskId?: InputMaybe<Scalars['ID']['input']>;
  witnessEntropy?: InputMaybe<Scalars['String']['input']>;
  witnessName?: InputMaybe<Scalars['String']['input']>;
};


/** 变更 / Mutations */
export type MutationFilePlanArgs = {
  filedWith?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/** 变更 / Mutations */
export type MutationLockDrawArgs = {
  drawId?: InputMaybe<Scalars['ID']['input']>;
};


/** 变更 / Mutations */
export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


/** 变更 / Mutations */
export type MutationMarkNotificationReadArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 / Mutations */
export type MutationMatchTeamsArgs = {
  taskId?: InputMaybe<Scalars['ID']['input']>;
};


/** 变更 / Mutations */
export type MutationMatchTeamsJointlyArgs = {
  jointUnitId?: InputMaybe<Scalars['ID']['input']>;
  taskId?: InputMaybe<Scalars['ID']['input']>;
};


/** 变更 / Mutations */
export type MutationProposeCorrectionArgs = {
  findings?: InputMaybe<Array<ResultFindingInput>>;
  followUpAction?: InputMaybe<FollowUpAction>;
  outcome?: InputMaybe<ResultOutcome>;
  reason?: InputMaybe<Scalars['String']['input']>;
  remarks?: InputMaybe<Scalars['String']['input']>;
  resultId: Scalars['ID']['input'];
  reviewId?: InputMaybe<Scalars['ID']['input']>;
};


/** 变更 / Mutations */
export type MutationPublishResultsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** 变更 / Mutations */
export type MutationRaiseObjectionArgs = {
  content?: InputMaybe<Scalars['String']['input']>;
  raisedBy?: InputMaybe<Scalars['String']['input']>;
  receivedOn?: InputMaybe<Scalars['Date']['input']>;
  resultId: Scalars['ID']['input'];
};


/** 变更 / Mutations */
export type MutationRecordOnSiteArgs = {
  certificates?: InputMaybe<Array<CertificateShownInput>>;
  noticeServedAt?: InputMaybe<Scalars['DateTime']['input']>;
  noticeServedTo?: InputMaybe<Scalars['String']['input']>;
  pointFindings?: InputMaybe<Array<PointFindingInput>>;
  recordText?: InputMaybe<Scalars['String']['input']>;
  refusalNote?: InputMaybe<Scalars['String']['input']>;
  representativeName?: InputMaybe<Scalars['String']['input']>;
  resultId: Scalars['ID']['input'];
  samples?: InputMaybe<Array<SampleInput>>;
  signature?: InputMaybe<RepresentativeSignature>;
  videoNote?: InputMaybe<Scalars['String']['input']>;
  videoRecorded?: InputMaybe<Scalars['Boolean']['input']>;
  witnessName?: InputMaybe<Scalars['String']['input']>;
};


/** 变更 / Mutations */
export type MutationRecordPreCheckArgs = {
  checkedOn: Scalars['Date']['input'];
  findings: Scalars['String']['input'];
  sources: Array<PreCheckSource>;
  taskTargetId: Scalars['ID']['input'];
};


/** 变更 / Mutations */
export type MutationRecordReviewFeedbackArgs = {
  fedBackOn?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/** 变更 / Mutations */
export type MutationRedrawTargetsArgs = {
  reason?: InputMaybe<Scalars['String']['input']>;
  taskId?: InputMaybe<Scalars['ID']['input']>;
};


/** 变更 / Mutations */
export type MutationRefuseCorrectionArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** 变更 / Mutations */
export type MutationRefuseReplacementRequestArgs = {
  note?: InputMaybe<Scalars['String']['input']>;
  requestId?: InputMaybe<Scalars['ID']['input']>;
};


/** 变更 / Mutations */
export type MutationRefuseTransferArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** 变更 / Mutations */
export type MutationRemoveEvidenceArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 / Mutations */
export type MutationRequestMemberReplacementArgs = {
  approverId?: InputMaybe<Scalars['ID']['input']>;
  memberId?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  proposedInspectorId?: InputMaybe<Scalars['ID']['input']>;
  reason?: InputMaybe<ReplacementReason>;
};


/** 变更 / Mutations */
export type MutationRequestRecusalArgs = {
  approverId?: InputMaybe<Scalars['ID']['input']>;
  memberId?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  proposedInspectorId?: InputMaybe<Scalars['ID']['input']>;
};


/** 变更 / Mutations */
export type MutationRequestTransferArgs = {
  noticeRef?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  taskTargetId: Scalars['ID']['input'];
  toUnitId?: InputMaybe<Scalars['ID']['input']>;
};


/** 变更 / Mutations */
export type MutationResendPublicationDocumentArgs = {
  documentId: Scalars['ID']['input'];
  receiverId: Scalars['ID']['input'];
};


/** 变更 / Mutations */
export type MutationReturnResultArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** 变更 / Mutations */
export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 / Mutations */
export type MutationSaveNotificationChannelArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  input: NotificationChannelInput;
};


/** 变更 / Mutations */
export type MutationSetNotificationDigestTimeArgs = {
  time: Scalars['String']['input'];
};


/** 变更 / Mutations */
export type MutationSignCorrectionArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 / Mutations */
export type MutationSubmitResultArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 / Mutations */
export type MutationUnlockSignInArgs = {
  address?: InputMaybe<Scalars['String']['input']>;
  username?: InputMaybe<Scalars['String']['input']>;
};


/** 变更 / Mutations */
export type MutationUpdateCalendarEntryArgs = {
  id: Scalars['ID']['input'];
  kind?: InputMaybe<CalendarDayKind>;
  name?: InputMaybe<Scalars['String']['input']>;
};


/** 变更 / Mutations */
export type MutationUpdateCheckItemArgs = {
  category?: InputMaybe<CheckCategory>;
  code?: InputMaybe<Scalars['String']['input']>;
  defaultRatio?: InputMaybe<Scalars['Float']['input']>;
  expertField?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  legalBasis?: InputMaybe<Scalars['String']['input']>;
  methods?: InputMaybe<Array<CheckMethod>>;
  name?: InputMaybe<Scalars['String']['input']>;
  needsExpert?: InputMaybe<Scalars['Boolean']['input']>;
  notice?: InputMaybe<Scalars['String']['input']>;
  objectType?: InputMaybe<Scalars['String']['input']>;
  ratioCap?: InputMaybe<Scalars['Float']['input']>;
  remitUnitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


/** 变更 / Mutations */
export type MutationUpdateDrawSettingsArgs = {
  generalRatioCap?: InputMaybe<Scalars['Float']['input']>;
  riskCreditFactors?: InputMaybe<Scalars['JSON']['input']>;
};


/** 变更 / Mutations */
export type MutationUpdateExpertArgs = {
  field?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  idNumber?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  organization?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};


/** 变更 / Mutations */
export type MutationUpdateFormArgs = {
  checkItemId?: InputMaybe<Scalars['ID']['input']>;
  fields?: InputMaybe<Array<FormFieldInput>>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  retired?: InputMaybe<Scalars['Boolean']['input']>;
};


/** 变更 / Mutations */
export type MutationUpdateInspectorArgs = {
  canLead?: InputMaybe<Scalars['Boolean']['input']>;
  certificateNumber?: InputMaybe<Scalars['String']['input']>;
  drawable?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  idNumber?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  qualified?: InputMaybe<Scalars['Boolean']['input']>;
  specialties?: InputMaybe<Array<Scalars['String']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


/** 变更 / Mutations */
export type MutationUpdateMappingProfileArgs = {
  columns?: InputMaybe<Array<MappingColumnInput>>;
  direction?: InputMaybe<MappingDirection>;
  id: Scalars['ID']['input'];
  list?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  values?: InputMaybe<Array<MappingValueInput>>;
};


/** 变更 / Mutations */
export type MutationUpdatePlanArgs = {
  filedWith?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};


/** 变更 / Mutations */
export type MutationUpdatePlanItemArgs = {
  areaWeights?: InputMaybe<Scalars['JSON']['input']>;
  checkItemId?: InputMaybe<Scalars['ID']['input']>;
  cityShare?: InputMaybe<Scalars['Float']['input']>;
  districtShare?: InputMaybe<Scalars['Float']['input']>;
  estimatedCount?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  provincialShare?: InputMaybe<Scalars['Float']['input']>;
  ratio?: InputMaybe<Scalars['Float']['input']>;
  scope?: InputMaybe<Scalars['String']['input']>;
  temporary?: InputMaybe<Scalars['Boolean']['input']>;
  windowFrom?: InputMaybe<Scalars['Date']['input']>;
  windowTo?: InputMaybe<Scalars['Date']['input']>;
};


/** 变更 / Mutations */
export type MutationUpdatePublicationReceiverArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  authHeaderName?: InputMaybe<Scalars['String']['input']>;
  authHeaderValue?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};


/** 变更 / Mutations */
export type MutationUpdateResultArgs = {
  baseVersion?: InputMaybe<Scalars['Int']['input']>;
  findings?: InputMaybe<Array<ResultFindingInput>>;
  followUpAction?: InputMaybe<FollowUpAction>;
  followUpUnitId?: InputMaybe<Scalars['ID']['input']>;
  formId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  inspectedOn?: InputMaybe<Scalars['Date']['input']>;
  method?: InputMaybe<CheckMethod>;
  outcome?: InputMaybe<ResultOutcome>;
  remarks?: InputMaybe<Scalars['String']['input']>;
};


/** 变更 / Mutations */
export type MutationUpdateTargetArgs = {
  address?: InputMaybe<Scalars['String']['input']>;
  area?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  creditCode?: InputMaybe<Scalars['String']['input']>;
  creditStatus?: InputMaybe<CreditStatus>;
  id: Scalars['ID']['input'];
  industry?: InputMaybe<Scalars['String']['input']>;
  keyIndustry?: InputMaybe<Scalars['Boolean']['input']>;
  legalRepresentative?: InputMaybe<Scalars['String']['input']>;
  libraryId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  objectType?: InputMaybe<Scalars['String']['input']>;
  registrationStatus?: InputMaybe<RegistrationStatus>;
  repeatedComplaints?: InputMaybe<Scalars['Boolean']['input']>;
  riskLevel?: InputMaybe<RiskLevel>;
  scale?: InputMaybe<BusinessScale>;
  seriousViolation?: InputMaybe<Scalars['Boolean']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


/** 变更 / Mutations */
export type MutationUpdateTargetLibraryArgs = {
  buildStandard?: InputMaybe<Scalars['String']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  indicators?: InputMaybe<Array<Scalars['String']['input']>>;
  kind?: InputMaybe<LibraryKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  objectType?: InputMaybe<Scalars['String']['input']>;
  supervisionRequirements?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


/** 变更 / Mutations */
export type MutationUpdateTaskArgs = {
  campaignBasis?: InputMaybe<Scalars['String']['input']>;
  campaignOrdered?: InputMaybe<Scalars['Boolean']['input']>;
  checkItemIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  executingUnitId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  isPublic?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  planItemId?: InputMaybe<Scalars['ID']['input']>;
  teamSize?: InputMaybe<Scalars['Int']['input']>;
  temporary?: InputMaybe<Scalars['Boolean']['input']>;
  windowFrom?: InputMaybe<Scalars['Date']['input']>;
  windowTo?: InputMaybe<Scalars['Date']['input']>;
  withheldBasis?: InputMaybe<Scalars['String']['input']>;
  withheldCategory?: InputMaybe<WithholdingCategory>;
};


/** 变更 / Mutations */
export type MutationUpdateTaskClassArgs = {
  area?: InputMaybe<Scalars['String']['input']>;
  checkItemIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  count?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  industry?: InputMaybe<Scalars['String']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
  label?: InputMaybe<Scalars['String']['input']>;
  libraryId?: InputMaybe<Scalars['ID']['input']>;
  objectType?: InputMaybe<Scalars['String']['input']>;
  ratio?: InputMaybe<Scalars['Float']['input']>;
  scale?: InputMaybe<BusinessScale>;
};


/** 变更 / Mutations */
export type MutationUpdateUnitArgs = {
  area?: InputMaybe<Scalars['String']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<UnitKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  neighbourCodes?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** 变更 / Mutations */
export type MutationUpdateUserArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  inspectorId?: InputMaybe<Scalars['ID']['input']>;
  isPrincipal?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
  username?: InputMaybe<Scalars['String']['input']>;
};

/** 新建的 API 令牌 / A newly created API token */
export type NewApiToken = {
  __typename?: 'NewApiToken';
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** 令牌只显示这一次 / Shown only once */
  token: Scalars['String']['output'];
};

/** 站内通知（新待办、每日提醒） / An in-app notification: a new to-do item or the daily digest */
export type Notification = {
  __typename?: 'Notification';
  /** 内容（Markdown） / Text (markdown) */
  body: Scalars['String']['output'];
  /** 时间 / When */
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** 类型：待办类型（TodoKind）或 DIGEST（每日提醒） / A TodoKind, or DIGEST */
  kind: Scalars['String']['output'];
  /** 管理端中打开的位置 / Where it opens in the admin */
  link: Maybe<Scalars['String']['output']>;
  /** 已读时间（为空即未读） / Read at; null = unread */
  readAt: Maybe<Scalars['DateTime']['output']>;
  /** 相关记录 / The record it is about */
  subjectId: Maybe<Scalars['String']['output']>;
  /** 相关记录的类型 / The record type it is about */
  subjectType: Maybe<Scalars['String']['output']>;
  /** 标题 / Title */
  title: Scalars['String']['output'];
};

/** 单位的提醒外发渠道 / One outbound reminder channel of a unit */
export type NotificationChannel = {
  __typename?: 'NotificationChannel';
  /** 启用 / Enabled */
  enabled: Scalars['Boolean']['output'];
  /** 已设置钉钉加签密钥（不回显） / A DingTalk signing secret is set (never shown) */
  hasSecret: Scalars['Boolean']['output'];
  /** 已设置 SMTP 密码（不回显） / An SMTP password is set (never shown) */
  hasSmtpPassword: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationChannelKind;
  /** 发件人 / Sender */
  mailFrom: Maybe<Scalars['String']['output']>;
  /** 名称 / Name */
  name: Scalars['String']['output'];
  /** 免打扰开始（北京时间 HH:MM） / Quiet hours from (Beijing, HH:MM) */
  quietFrom: Scalars['String']['output'];
  /** 免打扰结束 / Quiet hours until */
  quietTo: Scalars['String']['output'];
  /** 最近的外发记录 / The latest messages to this channel */
  recentDeliveries: Array<NotificationDelivery>;
  /** 收件人（为空则发给本单位用户的邮箱） / Recipients; empty = the unit’s users’ e-mails */
  recipients: Array<Scalars['String']['output']>;
  smtpHost: Maybe<Scalars['String']['output']>;
  smtpPort: Maybe<Scalars['Int']['output']>;
  /** TLS 连接（通常端口 465） / TLS from the start (usually port 465) */
  smtpSecure: Scalars['Boolean']['output'];
  smtpUser: Maybe<Scalars['String']['output']>;
  unitId: Scalars['ID']['output'];
  /** 机器人 Webhook 地址 / The robot’s webhook address */
  url: Maybe<Scalars['String']['output']>;
};

/** 外发渠道（新增时填 unitId、kind、name；修改时只填要改的项） / A channel; on update only what changes */
export type NotificationChannelInput = {
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<NotificationChannelKind>;
  mailFrom?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  quietFrom?: InputMaybe<Scalars['String']['input']>;
  quietTo?: InputMaybe<Scalars['String']['input']>;
  recipients?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 空字符串清除 / An empty string removes it */
  secret?: InputMaybe<Scalars['String']['input']>;
  smtpHost?: InputMaybe<Scalars['String']['input']>;
  /** 空字符串清除 / An empty string removes it */
  smtpPassword?: InputMaybe<Scalars['String']['input']>;
  smtpPort?: InputMaybe<Scalars['Int']['input']>;
  smtpSecure?: InputMaybe<Scalars['Boolean']['input']>;
  smtpUser?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

/** 外发渠道类型 / Outbound channel kind */
export type NotificationChannelKind =
  /** 钉钉群机器人 / DingTalk group robot (webhook, optional signing) */
  | 'DINGTALK'
  /** 电子邮件（SMTP） / E-mail over SMTP */
  | 'EMAIL'
  /** 企业微信群机器人 / WeCom group robot (webhook) */
  | 'WECOM';

/** 一次外发（每日提醒） / One message to a channel */
export type NotificationDelivery = {
  __typename?: 'NotificationDelivery';
  /** 已尝试次数 / Attempts so far */
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** 最近一次错误 / Last error */
  lastError: Maybe<Scalars['String']['output']>;
  /** （下次）发送时间 / (Next) attempt at */
  nextAttemptAt: Scalars['DateTime']['output'];
  sentAt: Maybe<Scalars['DateTime']['output']>;
  /** PENDING / SENT / FAILED */
  status: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** 现场检查笔录 / The on-site record of a result (rule 19, G26.2, G32) */
export type OnSiteRecord = {
  __typename?: 'OnSiteRecord';
  /** 出示执法证件的检查人员 / Certificates shown */
  certificates: Array<CertificateShown>;
  id: Scalars['ID']['output'];
  /** 检查告知书送达时间 / Notice served at */
  noticeServedAt: Maybe<Scalars['DateTime']['output']>;
  /** 检查告知书签收人 / Notice served to */
  noticeServedTo: Maybe<Scalars['String']['output']>;
  /** 各检查要点的检查情况 / Findings per check point of the form */
  pointFindings: Array<PointFinding>;
  /** 现场笔录（发现问题、处置措施、整改情况） / Record text */
  recordText: Maybe<Scalars['String']['output']>;
  /** 拒签情况说明 / Refusal note */
  refusalNote: Maybe<Scalars['String']['output']>;
  /** 当事人（检查对象在场人员） / Representative */
  representativeName: Maybe<Scalars['String']['output']>;
  /** 留样 / Samples taken */
  samples: Array<Sample>;
  /** 当事人签字情况 / Signature */
  signature: Maybe<RepresentativeSignature>;
  /** 修改时间 / Updated at */
  updatedAt: Scalars['DateTime']['output'];
  /** 未录像的原因 / Why no video */
  videoNote: Maybe<Scalars['String']['output']>;
  /** 是否全过程执法记录 / Whole visit on video */
  videoRecorded: Maybe<Scalars['Boolean']['output']>;
  /** 见证人 / Witness */
  witnessName: Maybe<Scalars['String']['output']>;
};

/** 按检查方式和结果，提交前必须记录的现场检查程序 / What the on-site procedure requires for this method and outcome (rule 19) */
export type OnSiteRequirements = {
  __typename?: 'OnSiteRequirements';
  /** 至少出示执法证件人数 / Certificates needed */
  certificates: Scalars['Int']['output'];
  /** 送达检查告知书 / Notice served */
  notice: Scalars['Boolean']['output'];
  /** 逐项检查要点 / Every check point */
  pointFindings: Scalars['Boolean']['output'];
  /** 预查比对 / Pre-check */
  preCheck: Scalars['Boolean']['output'];
  /** 留样 / Samples */
  samples: Scalars['Boolean']['output'];
  /** 当事人签字或拒签见证 / Signature or witnessed refusal */
  signature: Scalars['Boolean']['output'];
  /** 全过程执法记录 / Video */
  video: Scalars['Boolean']['output'];
};

/** 年度抽查工作计划 / A unit's annual sampling plan (rules 6–10) */
export type Plan = {
  __typename?: 'Plan';
  /** 历次备案版本（最新在前） / Filed versions, newest first */
  adjustments: Array<PlanAdjustment>;
  /** 覆盖情况（按当前抽查事项清单计算） / Coverage against the current checklist (rule 6) */
  coverage: PlanCoverage;
  /** 创建时间 / Created at */
  createdAt: Scalars['DateTime']['output'];
  /** 当前用户可否修改或调整（本单位或管理员，浏览器登录） / Whether the current user may change or adjust it (own unit or ADMIN, sign-in session) */
  editable: Scalars['Boolean']['output'];
  /** 初次备案时间 / First filed at */
  filedAt: Maybe<Scalars['DateTime']['output']>;
  /** 初次备案人 / First filed by (user id) */
  filedById: Maybe<Scalars['ID']['output']>;
  /** 备案机关（上一级部门） / Filed with (the level above) */
  filedWith: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 计划事项数 / Number of lines */
  itemCount: Scalars['Int']['output'];
  /** 计划事项（常规事项在前，按事项编码） / Plan lines, regular before temporary, by item code */
  items: Array<PlanItem>;
  /** 状态 / Status */
  status: PlanStatus;
  /** 计划名称 / Title */
  title: Scalars['String']['output'];
  /** 制定单位 / Planning unit */
  unit: Unit;
  /** 制定单位 / Planning unit */
  unitId: Scalars['ID']['output'];
  /** 修改时间 / Updated at */
  updatedAt: Scalars['DateTime']['output'];
  /** 备案版本（未备案为 0） / Filed version, 0 before filing */
  version: Scalars['Int']['output'];
  /** 年度 / Year */
  year: Scalars['Int']['output'];
};

/** 计划的一个备案版本（初次备案、调整或临时抽查；只增不改） / One filed version of a plan; never overwritten (rule 7) */
export type PlanAdjustment = {
  __typename?: 'PlanAdjustment';
  /** 备案时间 / Filed at */
  filedAt: Scalars['DateTime']['output'];
  /** 备案人 / Filed by (user id) */
  filedById: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** 备案类型 / Kind of filed version */
  kind: PlanAdjustmentKind;
  /** 所属计划 / Plan */
  planId: Scalars['ID']['output'];
  /** 调整理由 / Reason */
  reason: Scalars['String']['output'];
  /** 该版本的计划及其全部事项 / The plan and its lines as filed in this version */
  snapshot: Scalars['JSON']['output'];
  /** 版本 / Version */
  version: Scalars['Int']['output'];
};

/** 备案类型 / Kind of filed version */
export type PlanAdjustmentKind =
  /** 计划调整 / Adjustment of the plan lines (rule 7) */
  | 'ADJUSTMENT'
  /** 初次备案 / First filing */
  | 'INITIAL'
  /** 临时抽查 / Temporary check added (rule 10) */
  | 'TEMPORARY_CHECK';

/** 计划对本单位职责范围内抽查事项的覆盖情况 / How the plan covers the checklist items of the unit's remit (rule 6) */
export type PlanCoverage = {
  __typename?: 'PlanCoverage';
  /** 已覆盖的事项 / Remit items the plan covers */
  covered: Array<CheckItem>;
  /** 职责范围外或已停用的事项（列示，不计入覆盖） / Lines outside the remit or on retired items: shown, not counted */
  extra: Array<CheckItem>;
  /** 覆盖完整且计划非空，可以备案 / Coverage complete and the plan not empty: it may be filed */
  mayFile: Scalars['Boolean']['output'];
  /** 未覆盖的事项（须补齐方可备案） / Remit items still missing; filing is refused until none is */
  missing: Array<CheckItem>;
  /** 覆盖率（职责范围为空时为 1） / Covered share, 1 when the remit is empty */
  share: Scalars['Float']['output'];
};

/** 计划覆盖率：期间所涉年度已备案的年度计划（临时检查除外）覆盖的职责范围内抽查事项 ÷ 职责范围内的抽查事项。事项清单按期末（期间未结束的按今天）当时有效的版本计：期后新增的事项不计入，期后停用的事项仍计入。（规则 6、25（方案三、指引（十一））） / Plan coverage: Remit checklist items covered by a regular line of a filed plan of the years the period touches ÷ remit checklist items, with the checklist as it stood at the end of the period (today for a running period): items added later are not counted, items retired later still are. */
export type PlanCoverageFigure = {
  __typename?: 'PlanCoverageFigure';
  /** 已覆盖事项数 / Items covered */
  covered: Scalars['Int']['output'];
  /** 未覆盖的事项 / Items not covered */
  missing: Array<CheckItem>;
  /** 未覆盖的事项编号 / Ids of the items not covered */
  missingIds: Array<Scalars['ID']['output']>;
  /** 覆盖率（无职责事项时为空） / Share covered; null when the remit is empty */
  share: Maybe<Scalars['Float']['output']>;
  /** 职责范围内事项数 / Items in the remit */
  total: Scalars['Int']['output'];
};

/** 计划执行率：已备案计划中实施期在本期结束的计划事项（临时检查除外）：计划数 = 各事项预估检查数之和；未建任务的计划事项单列；抽取数、完成数、按期公示数为据这些计划事项建立的任务（撤销的除外）的全部检查对象（迁移移交的也计入计划单位）；执行率 = 按期公示数 ÷ 计划数。（规则 7、25（指引（七）、（十二））） / Plan execution: Regular lines of filed plans whose window ends in the period: planned = the sum of their estimated counts; lines with no task are listed apart; drawn, completed and published on time count every target of the tasks run for those lines (not cancelled), transferred ones included — the plan is its unit’s; execution = published on time ÷ planned. */
export type PlanExecutionFigure = {
  __typename?: 'PlanExecutionFigure';
  /** 已检查或办结的 / Inspected or closed */
  completed: Scalars['Int']['output'];
  /** 已按期公示的 / Published on time */
  done: Scalars['Int']['output'];
  /** 已抽取的检查对象数 / Targets drawn for those lines */
  drawn: Scalars['Int']['output'];
  /** 实施期在本期结束的计划事项数 / Plan lines whose window ends in the period */
  lines: Scalars['Int']['output'];
  /** 其中未建任务的 / Of which with no task */
  linesWithoutTask: Scalars['Int']['output'];
  /** 计划检查数（预估数之和） / Planned: the sum of the estimated counts */
  planned: Scalars['Int']['output'];
  /** 执行率：按期公示 ÷ 计划数 / Published on time ÷ planned */
  share: Maybe<Scalars['Float']['output']>;
};

/** 年度抽查工作计划筛选 / Plan filter */
export type PlanFilter = {
  /** 按编号 / By ids */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 关键词：计划名称、备案机关 / Keyword: title, filed with */
  q?: InputMaybe<Scalars['String']['input']>;
  /** 状态 / Status */
  status?: InputMaybe<PlanStatus>;
  /** 制定单位 / Planning unit */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  /** 年度 / Year */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** 年度抽查工作计划的一项（抽查事项、范围、时间、数量、比例） / One line of an annual plan (rule 7, G12) */
export type PlanItem = {
  __typename?: 'PlanItem';
  /** 不同地区的抽查比重（镇/街道 → 权重） / Weights by area, town or street → weight (G12) */
  areaWeights: Maybe<Scalars['JSON']['output']>;
  /** 抽查事项 / Checklist item */
  checkItem: CheckItem;
  /** 抽查事项 / Checklist item */
  checkItemId: Scalars['ID']['output'];
  /** 市局抽查分配比例 / Share of city sampling (G12) */
  cityShare: Scalars['Float']['output'];
  /** 创建时间 / Created at */
  createdAt: Scalars['DateTime']['output'];
  /** 区级抽查分配比例 / Share of district sampling (G12) */
  districtShare: Scalars['Float']['output'];
  /** 当前用户可否直接修改（本单位、计划未备案） / Whether the current user may edit it directly (own unit, plan still a draft) */
  editable: Scalars['Boolean']['output'];
  /** 预估抽查数量 / Estimated number of targets */
  estimatedCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** 所属计划 / Plan */
  plan: Plan;
  /** 所属计划 / Plan */
  planId: Scalars['ID']['output'];
  /** 省级统一抽查分配比例 / Share of provincial sampling (G12) */
  provincialShare: Scalars['Float']['output'];
  /** 抽查比例 / Sampling ratio */
  ratio: Scalars['Float']['output'];
  /** 抽查范围 / Scope */
  scope: Scalars['String']['output'];
  /** 临时抽查 / Temporary (ad hoc) check (rule 10) */
  temporary: Scalars['Boolean']['output'];
  /** 修改时间 / Updated at */
  updatedAt: Scalars['DateTime']['output'];
  /** 时间安排：开始 / Window from */
  windowFrom: Scalars['Date']['output'];
  /** 时间安排：结束 / Window to */
  windowTo: Scalars['Date']['output'];
};

/** 计划事项筛选 / Plan item filter */
export type PlanItemFilter = {
  /** 抽查事项 / Checklist item */
  checkItemId?: InputMaybe<Scalars['ID']['input']>;
  /** 按编号 / By ids */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 所属计划 / Plan */
  planId?: InputMaybe<Scalars['ID']['input']>;
  /** 是否临时抽查 / Temporary checks only (true) or regular lines only (false) */
  temporary?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 计划事项（调整或临时抽查时提交） / A plan line, as given to an adjustment or a temporary check */
export type PlanItemInput = {
  /** 地区抽查比重：{ 镇/街道: 非负数 } / Weights by area: { town or street: non-negative number } */
  areaWeights?: InputMaybe<Scalars['JSON']['input']>;
  /** 抽查事项 / Checklist item */
  checkItemId?: InputMaybe<Scalars['ID']['input']>;
  /** 市局抽查分配比例（默认 0） / City share (default 0) */
  cityShare?: InputMaybe<Scalars['Float']['input']>;
  /** 区级抽查分配比例（默认 1；三者之和为 1） / District share (default 1; the three sum to 1) */
  districtShare?: InputMaybe<Scalars['Float']['input']>;
  /** 预估抽查数量（≥0） / Estimated number of targets (≥0) */
  estimatedCount?: InputMaybe<Scalars['Int']['input']>;
  /** 已有计划事项的编号（保留原事项）；新增时留空 / Id of an existing line to keep; empty for a new line */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** 省级统一抽查分配比例（默认 0） / Provincial share (default 0) */
  provincialShare?: InputMaybe<Scalars['Float']['input']>;
  /** 抽查比例（0–1，一般事项不超过上限） / Ratio in (0, 1]; capped for GENERAL items (rule 2) */
  ratio?: InputMaybe<Scalars['Float']['input']>;
  /** 抽查范围 / Scope */
  scope?: InputMaybe<Scalars['String']['input']>;
  /** 临时抽查 / Temporary (ad hoc) check */
  temporary?: InputMaybe<Scalars['Boolean']['input']>;
  /** 时间安排：开始（计划年度内） / Window from, within the plan year */
  windowFrom?: InputMaybe<Scalars['Date']['input']>;
  /** 时间安排：结束（计划年度内） / Window to, within the plan year */
  windowTo?: InputMaybe<Scalars['Date']['input']>;
};

/** 计划状态 / Plan status */
export type PlanStatus =
  /** 草稿（未备案，可直接编辑） / Draft, not yet filed */
  | 'DRAFT'
  /** 已备案（变更须经计划调整） / Filed; changes go through an adjustment */
  | 'FILED';

/** 检查表单一个检查要点的检查情况 / The finding on one check point of the form */
export type PointFinding = {
  __typename?: 'PointFinding';
  /** 检查要点名称 / Check point */
  label: Scalars['String']['output'];
  /** 情况说明 / Note */
  note: Maybe<Scalars['String']['output']>;
  /** 检查要点 / Check point key */
  pointKey: Scalars['String']['output'];
  /** 结论 / Verdict */
  verdict: Maybe<PointVerdict>;
};

/** 一个检查要点的检查情况 / The finding on one check point */
export type PointFindingInput = {
  /** 情况说明 / Note */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 检查要点 / Check point key */
  pointKey: Scalars['String']['input'];
  /** 结论 / Verdict */
  verdict?: InputMaybe<PointVerdict>;
};

/** 检查要点的结论 / The verdict on one check point */
export type PointVerdict =
  /** 符合 / Compliant */
  | 'COMPLIANT'
  /** 不符合 / Non-compliant */
  | 'NON_COMPLIANT'
  /** 不涉及 / Not applicable */
  | 'NOT_APPLICABLE';

/** 预查比对（现场检查前） / The pre-check before the visit (rule 19, G26.1) */
export type PreCheck = {
  __typename?: 'PreCheck';
  /** 比对人 / Checked by */
  checkedByName: Scalars['String']['output'];
  /** 比对日期 / Checked on */
  checkedOn: Scalars['Date']['output'];
  /** 比对发现 / What was found */
  findings: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 比对内容 / What was compared */
  sources: Array<PreCheckSource>;
  /** 任务检查对象 / Task target */
  taskTargetId: Scalars['ID']['output'];
  /** 修改时间 / Updated at */
  updatedAt: Scalars['DateTime']['output'];
};

/** 预查比对内容 / What a pre-check compared */
export type PreCheckSource =
  /** 档案资料及其他业务系统 / Archives and other systems */
  | 'ARCHIVES'
  /** 投诉举报 / Complaints */
  | 'COMPLAINTS'
  /** 许可证照 / Licence */
  | 'LICENCE'
  /** 以往检查结果 / Previous results */
  | 'PREVIOUS_RESULTS'
  /** 登记信息 / Registration */
  | 'REGISTRATION';

/** 公开的抽查事项（简要） / A checklist item, in brief (public) */
export type PublicCheckItem = {
  __typename?: 'PublicCheckItem';
  /** 事项类别 / Category */
  category: CheckCategory;
  /** 事项编码 / Code */
  code: Scalars['String']['output'];
  /** 编号 / Id */
  id: Scalars['ID']['output'];
  /** 检查依据 / Legal basis */
  legalBasis: Scalars['String']['output'];
  /** 抽查事项 / Item */
  name: Scalars['String']['output'];
  /** 检查对象 / Object type */
  objectType: Scalars['String']['output'];
};

/** 已签批公示的更正（与原结果并列显示，原结果不变） / A signed, published correction, shown beside the unchanged original (rule 21) */
export type PublicCorrection = {
  __typename?: 'PublicCorrection';
  /** 更正后的后续处置（未更正则为空） / Corrected follow-up action; null if unchanged */
  followUpAction: Maybe<FollowUpAction>;
  /** 更正后的后续处置（文字） / Corrected follow-up action, in words */
  followUpActionText: Maybe<Scalars['String']['output']>;
  /** 编号 / Id */
  id: Scalars['ID']['output'];
  /** 更正后的检查结果（未更正则为空） / Corrected outcome; null if unchanged */
  outcome: Maybe<ResultOutcome>;
  /** 更正后的检查结果（文字） / Corrected outcome, in words */
  outcomeText: Maybe<Scalars['String']['output']>;
  /** 公示时间 / Published at */
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  /** 更正理由 / Why it was corrected */
  reason: Scalars['String']['output'];
  /** 负责人签批时间 / Signed by the principal at */
  signedAt: Scalars['DateTime']['output'];
};

/** 公开的摇号记录（公开任务已锁定或已作废的摇号，无需登录） / A published draw: locked or superseded draws of public tasks, no sign-in needed */
export type PublicDraw = {
  __typename?: 'PublicDraw';
  /** 摇号算法版本 / Algorithm version */
  algorithm: Scalars['String']['output'];
  /** 摇号公告：摇号前公布的承诺值、候选名单哈希和参数哈希 / The announcement: commitment, list hash and parameters hash published before the draw */
  announcement: Scalars['JSON']['output'];
  /** 候选对象数 / Candidates */
  candidateCount: Scalars['Int']['output'];
  /** 冻结候选名单的 SHA-256 / Candidate list hash */
  candidateListHash: Scalars['String']['output'];
  /** 冻结的候选名单（对象编号与抽取所用的类型、规模、行业、地区、名录库、风险、信用、登记状态、本年度抽中次数、豁免情形；不含名称、信用代码和个人信息），用于复核 / The frozen candidate list, for re-running the draw: opaque ids and the drawing fields only — no names, credit codes or personal data */
  candidates: Scalars['JSON']['output'];
  /** 摇号时间 / Drawn at */
  drawnAt: Scalars['DateTime']['output'];
  /** 抽中对象数 / Targets drawn */
  drawnTargetCount: Scalars['Int']['output'];
  /** 编号 / Id */
  id: Scalars['ID']['output'];
  /** 锁定时间 / Locked at */
  lockedAt: Maybe<Scalars['DateTime']['output']>;
  /** 抽取参数的 SHA-256 / Parameters hash */
  parametersHash: Scalars['String']['output'];
  /** 重新摇号的理由 / Why it was a re-draw */
  reason: Maybe<Scalars['String']['output']>;
  /** 摇号回执 / Receipt */
  receipt: Scalars['JSON']['output'];
  /** 随机种子 / Seed */
  seed: Scalars['String']['output'];
  /** 摇号前公布的承诺值 / Commitment published before the draw */
  seedCommitment: Scalars['String']['output'];
  /** 第几次摇号 / Sequence */
  sequence: Scalars['Int']['output'];
  /** 状态 / Status */
  status: DrawStatus;
  /** 被重新摇号取代的时间 / When a re-draw superseded it */
  supersededAt: Maybe<Scalars['DateTime']['output']>;
  /** 重新摇号的理由（本次摇号因此作废） / Why it was superseded by a re-draw */
  supersededReason: Maybe<Scalars['String']['output']>;
  /** 任务编号 / Task code */
  taskCode: Scalars['String']['output'];
  /** 任务名称 / Task name */
  taskName: Scalars['String']['output'];
  /** 见证人提供的随机数 / Witness entropy */
  witnessEntropy: Maybe<Scalars['String']['output']>;
};

/** 摇号前公示的承诺值（规则 17） / A seed commitment published before the draw (rule 17) */
export type PublicDrawCommitment = {
  __typename?: 'PublicDrawCommitment';
  /** 该审计事件的哈希 / The audit event's hash */
  auditHash: Scalars['String']['output'];
  /** 审计链序号 / Position in the audit chain */
  auditSeq: Scalars['Int']['output'];
  /** 公示时间 / Published at */
  committedAt: Scalars['DateTime']['output'];
  /** 是否为重新摇号的承诺值 / Published for a re-draw */
  redraw: Scalars['Boolean']['output'];
  /** 服务器密钥的承诺值 sha256 / Commitment to the server secret */
  seedCommitment: Scalars['String']['output'];
  /** 取消理由 / Why the task was cancelled */
  taskCancelReason: Maybe<Scalars['String']['output']>;
  /** 任务在摇号前取消的时间（该承诺值不会再用于摇号） / When the task was cancelled before its draw (the commitment will not be drawn) */
  taskCancelledAt: Maybe<Scalars['DateTime']['output']>;
  /** 任务编号 / Task code */
  taskCode: Scalars['String']['output'];
};

/** 公开的年度抽查工作计划（已备案） / A filed annual sampling plan (public, G6) */
export type PublicPlan = {
  __typename?: 'PublicPlan';
  /** 历次备案版本（最新在前） / Filed versions, newest first */
  adjustments: Array<PublicPlanAdjustment>;
  /** 初次备案时间 / First filed at */
  filedAt: Maybe<Scalars['DateTime']['output']>;
  /** 备案机关 / Filed with */
  filedWith: Maybe<Scalars['String']['output']>;
  /** 编号 / Id */
  id: Scalars['ID']['output'];
  /** 计划事项 / Plan lines */
  items: Array<PublicPlanItem>;
  /** 计划名称 / Title */
  title: Scalars['String']['output'];
  /** 制定单位 / Planning unit */
  unitName: Scalars['String']['output'];
  /** 备案版本 / Filed version */
  version: Scalars['Int']['output'];
  /** 年度 / Year */
  year: Scalars['Int']['output'];
};

/** 年度计划的一个备案版本（初次备案、调整或临时抽查） / One filed version of a plan (public) */
export type PublicPlanAdjustment = {
  __typename?: 'PublicPlanAdjustment';
  /** 备案时间 / Filed at */
  filedAt: Scalars['DateTime']['output'];
  /** 编号 / Id */
  id: Scalars['ID']['output'];
  /** 备案类型：初次备案、计划调整、临时抽查 / Kind, in words: first filing, adjustment, temporary check */
  kind: Scalars['String']['output'];
  /** 调整说明 / Reason */
  reason: Scalars['String']['output'];
  /** 版本 / Version */
  version: Scalars['Int']['output'];
};

/** 公开的年度计划事项 / A line of a filed annual plan (public) */
export type PublicPlanItem = {
  __typename?: 'PublicPlanItem';
  /** 抽查事项 / Checklist item */
  checkItem: PublicCheckItem;
  /** 预计抽查数量 / Estimated number of targets */
  estimatedCount: Scalars['Int']['output'];
  /** 编号 / Id */
  id: Scalars['ID']['output'];
  /** 抽查比例 / Sampling ratio */
  ratio: Scalars['Float']['output'];
  /** 抽查范围 / Scope */
  scope: Scalars['String']['output'];
  /** 临时抽查 / A temporary check (rule 10) */
  temporary: Scalars['Boolean']['output'];
  /** 计划开始日期 / Window start */
  windowFrom: Scalars['Date']['output'];
  /** 计划结束日期 / Window end */
  windowTo: Scalars['Date']['output'];
};

/** 公示的检查结果（更正并列显示） / A published inspection result, with its signed corrections beside it (rules 21, 26) */
export type PublicResult = {
  __typename?: 'PublicResult';
  /** 抽查事项 / Checklist items */
  checkItems: Array<PublicCheckItem>;
  /** 已签批的更正（最早在前） / Signed corrections, earliest first */
  corrections: Array<PublicCorrection>;
  /** 统一社会信用代码 / Unified social credit code */
  creditCode: Scalars['String']['output'];
  /** 后续处置 / Follow-up action */
  followUpAction: FollowUpAction;
  /** 后续处置（文字） / Follow-up action, in words */
  followUpActionText: Scalars['String']['output'];
  /** 编号 / Id */
  id: Scalars['ID']['output'];
  /** 检查日期 / Inspected on */
  inspectedOn: Maybe<Scalars['Date']['output']>;
  /** 检查方式 / Method */
  method: Maybe<CheckMethod>;
  /** 检查方式（文字） / Method, in words */
  methodText: Maybe<Scalars['String']['output']>;
  /** 检查结果（原公示） / Outcome, as originally published */
  outcome: Maybe<ResultOutcome>;
  /** 检查结果（文字） / Outcome, in words */
  outcomeText: Maybe<Scalars['String']['output']>;
  /** 公示时间 / Published at */
  publishedAt: Scalars['DateTime']['output'];
  /** 检查对象名称 / Target name */
  targetName: Scalars['String']['output'];
  /** 任务编号 / Task code */
  taskCode: Scalars['String']['output'];
  /** 抽查任务 / Task */
  taskId: Scalars['ID']['output'];
  /** 任务名称 / Task name */
  taskName: Scalars['String']['output'];
  /** 检查单位（任务执行单位；迁移移交后为新住所地单位） / Inspecting unit: the executing unit, or the unit a moved target was transferred to */
  unitName: Scalars['String']['output'];
};

/** 抽查任务公告（名单锁定下发时发布） / A task announcement, published when its draw is locked (G17) */
export type PublicTask = {
  __typename?: 'PublicTask';
  /** 公告发布时间 / Announced at */
  announcedAt: Scalars['DateTime']['output'];
  /** 部署依据 / The order's reference */
  campaignBasis: Maybe<Scalars['String']['output']>;
  /** 专项行动或上级部门部署的定向检查 / Ordered by a special campaign or higher authority */
  campaignOrdered: Scalars['Boolean']['output'];
  /** 抽查事项 / Checklist items */
  checkItems: Array<PublicCheckItem>;
  /** 任务编号 / Task code */
  code: Scalars['String']['output'];
  /** 完成日期 / Completed on */
  completedOn: Maybe<Scalars['Date']['output']>;
  /** 已锁定的摇号及被有理由的重新摇号取代的摇号（最新在前），可下载回执并复核 / The locked draw and any superseded ones, newest first: receipt and verification (rule 17) */
  draws: Array<PublicDraw>;
  /** 任务执行单位 / Executing unit */
  executingUnitName: Scalars['String']['output'];
  /** 编号 / Id */
  id: Scalars['ID']['output'];
  /** 任务名称 / Name */
  name: Scalars['String']['output'];
  /** 任务设置单位 / Unit that set up the task */
  ownerUnitName: Scalars['String']['output'];
  /** 所属年度抽查工作计划 / The plan it runs */
  planTitle: Scalars['String']['output'];
  /** 已公示的检查结果数 / Number of published results */
  publishedResultCount: Scalars['Int']['output'];
  /** 状态 / Status */
  status: TaskStatus;
  /** 抽中检查对象数 / Number of targets drawn */
  targetCount: Scalars['Int']['output'];
  /** 抽中的检查对象（按名称） / The targets drawn, by name */
  targets: Array<PublicTaskTarget>;
  /** 临时性抽查 / A temporary check (rule 10) */
  temporary: Scalars['Boolean']['output'];
  /** 执行开始日期 / Window start */
  windowFrom: Scalars['Date']['output'];
  /** 执行结束日期 / Window end */
  windowTo: Scalars['Date']['output'];
  /** 计划年度 / Plan year */
  year: Scalars['Int']['output'];
};

/** 任务公告中的抽中检查对象（名称和统一社会信用代码） / A drawn target of an announced task: name and credit code only */
export type PublicTaskTarget = {
  __typename?: 'PublicTaskTarget';
  /** 统一社会信用代码 / Unified social credit code */
  creditCode: Scalars['String']['output'];
  /** 检查对象名称 / Name */
  name: Scalars['String']['output'];
};

/** 推送记录 / One delivery attempt */
export type PublicationDeliveryAttempt = {
  __typename?: 'PublicationDeliveryAttempt';
  at: Scalars['DateTime']['output'];
  documentId: Scalars['String']['output'];
  documentSeq: Scalars['String']['output'];
  durationMs: Scalars['Int']['output'];
  error: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  ok: Scalars['Boolean']['output'];
  receiverName: Scalars['String']['output'];
  statusCode: Maybe<Scalars['Int']['output']>;
};

/** 文档对一个接收方的推送状态 / Where a document stands for one receiver */
export type PublicationDeliveryState = {
  __typename?: 'PublicationDeliveryState';
  receiverId: Scalars['ID']['output'];
  receiverName: Scalars['String']['output'];
  /** DELIVERED / PENDING / FAILING / NOT_SUBSCRIBED */
  state: Scalars['String']['output'];
};

/** 公示文档（发件箱中的一条） / One document of the publication outbox */
export type PublicationDocument = {
  __typename?: 'PublicationDocument';
  deliveries: Array<PublicationDeliveryState>;
  document: Scalars['JSON']['output'];
  entity: Scalars['String']['output'];
  entityId: Scalars['String']['output'];
  /** 编号，也是推送的幂等键 / Id, also the idempotency key of its deliveries */
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  occurredAt: Scalars['DateTime']['output'];
  schemaVersion: Scalars['Int']['output'];
  /** 序号（提交顺序） / Sequence number (commit order) */
  seq: Scalars['String']['output'];
  /** 统一社会信用代码 / Unified social credit code */
  subjectKey: Scalars['String']['output'];
};

/** 一页公示文档及总数 / One page of outbox documents with the total */
export type PublicationDocumentPage = {
  __typename?: 'PublicationDocumentPage';
  documents: Array<PublicationDocument>;
  total: Scalars['Int']['output'];
};

/** 公示文档接收方 / A system the outbox delivers to */
export type PublicationReceiver = {
  __typename?: 'PublicationReceiver';
  /** 启用 / Active */
  active: Scalars['Boolean']['output'];
  /** 认证请求头名称 / Auth header name */
  authHeaderName: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** 已按序送达至此序号 / Delivered in order up to this sequence number */
  deliveredSeq: Scalars['String']['output'];
  /** 当前文档连续失败次数 / Consecutive failures at the next document */
  failures: Scalars['Int']['output'];
  /** 已设置认证请求头的值（值不回显） / An auth header value is set (never shown) */
  hasAuthHeader: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** 接收的文档类型 / Document kinds it takes */
  kinds: Array<Scalars['String']['output']>;
  /** 最近一次错误 / Last error */
  lastError: Maybe<Scalars['String']['output']>;
  /** 名称 / Name */
  name: Scalars['String']['output'];
  /** 下次重试时间 / Next retry */
  nextAttemptAt: Maybe<Scalars['DateTime']['output']>;
  /** 待推送文档数 / Documents waiting */
  pending: Scalars['Int']['output'];
  /** 接收地址 / URL */
  url: Scalars['String']['output'];
};

/** 查询 / Queries */
export type Query = {
  __typename?: 'Query';
  /** 留痕记录详情 / One audit event */
  AuditEvent: Maybe<AuditEvent>;
  /** 节假日安排详情 / One calendar entry */
  CalendarEntry: Maybe<CalendarEntry>;
  /** 抽查事项详情 / One checklist item */
  CheckItem: Maybe<CheckItem>;
  /** 回避登记详情 / One conflict of interest */
  ConflictOfInterest: Maybe<ConflictOfInterest>;
  /** 更正详情 / One correction */
  Correction: Maybe<Correction>;
  /** 名录库确认记录详情 / One directory confirmation */
  DirectoryConfirmation: Maybe<DirectoryConfirmation>;
  /** 摇号记录详情 / One draw */
  Draw: Maybe<Draw>;
  /** 专家详情 / One expert */
  Expert: Maybe<Expert>;
  /** 后续处置详情 / One follow-up */
  FollowUp: Maybe<FollowUp>;
  /** 检查表单详情 / One form */
  Form: Maybe<Form>;
  /** 执法检查人员详情 / One inspector */
  Inspector: Maybe<Inspector>;
  /** 映射方案详情 / One mapping profile */
  MappingProfile: Maybe<MappingProfile>;
  /** 年度抽查工作计划详情 / One annual plan */
  Plan: Maybe<Plan>;
  /** 计划事项详情 / One plan line */
  PlanItem: Maybe<PlanItem>;
  /** 检查结果详情 / One result */
  Result: Maybe<Result>;
  /** 异议复查详情 / One objection review */
  Review: Maybe<Review>;
  /** 检查对象详情 / One target */
  Target: Maybe<Target>;
  /** 检查对象名录库详情 / One target library */
  TargetLibrary: Maybe<TargetLibrary>;
  /** 抽查任务详情 / One task */
  Task: Maybe<Task>;
  /** 抽取类别详情 / One draw class */
  TaskClass: Maybe<TaskClass>;
  /** 移交申请详情 / One transfer */
  Transfer: Maybe<Transfer>;
  /** 单位详情 / One unit */
  Unit: Maybe<Unit>;
  /** 用户详情 / One user */
  User: Maybe<User>;
  /** 留痕记录数量 / Count audit events */
  _allAuditEventsMeta: ListMetadata;
  /** 节假日安排数量 / Count calendar entries */
  _allCalendarEntriesMeta: ListMetadata;
  /** 抽查事项数量 / Count checklist items */
  _allCheckItemsMeta: ListMetadata;
  /** 回避登记数量 / Count conflict of interests */
  _allConflictOfInterestsMeta: ListMetadata;
  /** 更正数量 / Count corrections */
  _allCorrectionsMeta: ListMetadata;
  /** 名录库确认记录数量 / Count directory confirmations */
  _allDirectoryConfirmationsMeta: ListMetadata;
  /** 摇号记录数量 / Count draws */
  _allDrawsMeta: ListMetadata;
  /** 专家数量 / Count experts */
  _allExpertsMeta: ListMetadata;
  /** 后续处置数量 / Count follow-ups */
  _allFollowUpsMeta: ListMetadata;
  /** 检查表单数量 / Count forms */
  _allFormsMeta: ListMetadata;
  /** 执法检查人员数量 / Count inspectors */
  _allInspectorsMeta: ListMetadata;
  /** 映射方案数量 / Count mapping profiles */
  _allMappingProfilesMeta: ListMetadata;
  /** 计划事项数量 / Count plan lines */
  _allPlanItemsMeta: ListMetadata;
  /** 年度抽查工作计划数量 / Count annual plans */
  _allPlansMeta: ListMetadata;
  /** 检查结果数量 / Count results */
  _allResultsMeta: ListMetadata;
  /** 异议复查数量 / Count objection reviews */
  _allReviewsMeta: ListMetadata;
  /** 检查对象名录库数量 / Count target librarys */
  _allTargetLibrariesMeta: ListMetadata;
  /** 检查对象数量 / Count targets */
  _allTargetsMeta: ListMetadata;
  /** 抽取类别数量 / Count draw classs */
  _allTaskClassesMeta: ListMetadata;
  /** 抽查任务数量 / Count tasks */
  _allTasksMeta: ListMetadata;
  /** 移交申请数量 / Count transfers */
  _allTransfersMeta: ListMetadata;
  /** 单位数量 / Count units */
  _allUnitsMeta: ListMetadata;
  /** 用户数量 / Count users */
  _allUsersMeta: ListMetadata;
  /** 公示的检查结果数量 / Number of published results */
  _publicResultsMeta: ListMetadata;
  /** 抽查任务公告数量 / Number of task announcements */
  _publicTasksMeta: ListMetadata;
  /** 某日之后第 n 个工作日（当日不计） / The n-th working day after a date (the date itself not counted) */
  addWorkingDays: Scalars['Date']['output'];
  /** 留痕记录列表 / List audit events */
  allAuditEvents: Array<AuditEvent>;
  /** 节假日安排列表 / List calendar entries */
  allCalendarEntries: Array<CalendarEntry>;
  /** 抽查事项列表（公开） / List checklist items (public) */
  allCheckItems: Array<CheckItem>;
  /** 回避登记列表 / List conflict of interests */
  allConflictOfInterests: Array<ConflictOfInterest>;
  /** 更正列表 / List corrections */
  allCorrections: Array<Correction>;
  /** 名录库确认记录列表 / List directory confirmations */
  allDirectoryConfirmations: Array<DirectoryConfirmation>;
  /** 摇号记录列表 / List draws */
  allDraws: Array<Draw>;
  /** 专家列表 / List experts */
  allExperts: Array<Expert>;
  /** 后续处置列表 / List follow-ups */
  allFollowUps: Array<FollowUp>;
  /** 检查表单列表 / List forms */
  allForms: Array<Form>;
  /** 执法检查人员列表 / List inspectors */
  allInspectors: Array<Inspector>;
  /** 映射方案列表 / List mapping profiles */
  allMappingProfiles: Array<MappingProfile>;
  /** 计划事项列表 / List plan lines */
  allPlanItems: Array<PlanItem>;
  /** 年度抽查工作计划列表 / List annual plans */
  allPlans: Array<Plan>;
  /** 检查结果列表 / List results */
  allResults: Array<Result>;
  /** 异议复查列表 / List objection reviews */
  allReviews: Array<Review>;
  /** 检查对象名录库列表 / List target librarys */
  allTargetLibraries: Array<TargetLibrary>;
  /** 检查对象列表 / List targets */
  allTargets: Array<Target>;
  /** 抽取类别列表 / List draw classs */
  allTaskClasses: Array<TaskClass>;
  /** 抽查任务列表 / List tasks */
  allTasks: Array<Task>;
  /** 移交申请列表 / List transfers */
  allTransfers: Array<Transfer>;
  /** 单位列表（公开） / List units (public) */
  allUnits: Array<Unit>;
  /** 用户列表 / List users */
  allUsers: Array<User>;
  /** 考核指标：按年度、季度或月份，各单位及全局（数据库汇总） / Assessment figures for a year, quarter or month, per unit and overall (rule 25) */
  assessment: Assessment;
  /** 上一期间的考核指标（上一年、季度或月份），用于环比 / The figures of the period before, for comparison */
  assessmentPrevious: Assessment;
  /** 逐月考核指标（趋势） / The figures of each month of a year, for trend lines */
  assessmentTrend: Array<Assessment>;
  /** 校验审计链：逐条重算哈希（管理员、局领导） / Verify the audit hash chain (ADMIN, LEADER). expectedHead: a head written down earlier, "<seq>:<hash>" */
  auditChainStatus: AuditChainStatus;
  /** 声明年度工作日历前预览将重新计算的暂定截止日（管理员） / Which provisional due dates declaring the year would move (administrators) */
  calendarDeclarationPreview: CalendarDeclarationPreview;
  /** 某年度的放假日和调休上班日（年度视图；未声明年度为暂定） / A year's days off and make-up working days (provisional for an undeclared year) */
  calendarYearDays: Array<DayInfo>;
  /** 各年度节假日数据状态（数据包年份、本局录入年份及其后一年） / Holiday data status per year */
  calendarYears: Array<CalendarYearStatus>;
  /** 清单调整公告（公开，最新在前） / Published checklist adjustment notices, newest first */
  checkItemAdjustments: Array<CheckItemVersion>;
  /** 试算随机匹配，判断能否直接委派检查组（人员不足时，或牵头科室人员说明理由） / Dry-runs matching to tell whether direct assignment is allowed (rule 15, G19) */
  directAssignmentOutlook: DirectAssignmentOutlook;
  /** 下载摇号公告：摇号前公布的承诺值、候选名单哈希和参数哈希（未登录只能下载公开的摇号） / Download a draw's announcement (signed out: published draws only) */
  drawAnnouncement: Maybe<Scalars['JSON']['output']>;
  /** 摇号前查看候选名单：按当前名录库将被冻结的候选对象（分页，可按名称或统一社会信用代码搜索） / Before the draw: the candidates the draw would freeze now, paged and searchable by name or credit code */
  drawCandidateList: DrawCandidatePage;
  /** 下载摇号冻结的候选名单（未登录只能下载公开的摇号） / Download a draw's frozen candidate list (signed out: published draws only) */
  drawCandidates: Maybe<Scalars['JSON']['output']>;
  /** 摇号前预览：按当前名录库冻结的候选对象数、名单哈希、参数哈希和承诺值 / Before the draw: frozen candidate count, list hash, parameters hash and commitment */
  drawCandidatesPreview: DrawPreview;
  /** 抽查任务正在进行的摇号预览、摇号或锁定到了哪一步（任一 API 实例均可查询；没有进行中的步骤时为空） / The step a running preview, draw or lock of the task is at (any replica answers; null when none runs) */
  drawProgress: Maybe<DrawProgress>;
  /** 下载摇号回执（未登录只能下载公开的摇号） / Download a draw's receipt (signed out: published draws only) */
  drawReceipt: Maybe<Scalars['JSON']['output']>;
  /** 摇号设置（未设置时为默认值） / The draw settings (defaults where none is set) */
  drawSettings: DrawSettings;
  /** 各考核指标的口径及依据（与 assessment 计算一致） / Each assessment figure’s definition and rule, as assessment computes it */
  figureDefinitions: Array<FigureDefinition>;
  /** 可计算工作日的年度 / Years whose working days are known */
  knownCalendarYears: Array<Scalars['Int']['output']>;
  /** 映射方案可用的字段（字段与本系统列名）；公示文档类型的名录返回空表（任意 JSON 路径） / The fields a profile of the list may use, with our headers; empty for a publication list (any JSON path) */
  mappingProfileFields: Array<MappingColumn>;
  /** 当前用户；未登录为空 / The signed-in user, null when signed out */
  me: Maybe<Me>;
  /** 我的 API 令牌 / My API tokens */
  myApiTokens: Array<ApiToken>;
  /** 我的通知（最新的在前） / The signed-in user’s notifications, newest first */
  myNotifications: Array<Notification>;
  /** 我的待办（截止日最近的在前，逾期的最前） / What waits for the signed-in user, soonest due first */
  myTodos: Array<TodoItem>;
  /** 我的未读通知数 / How many of the signed-in user’s notifications are unread */
  myUnreadNotificationCount: Scalars['Int']['output'];
  /** 单位的提醒外发渠道（牵头单位管理员、本单位负责人可见） / A unit’s reminder channels (lead unit, or the unit’s principal) */
  notificationChannels: Array<NotificationChannel>;
  /** 每日提醒的发送时间（北京时间 HH:MM，默认 08:30，仅工作日） / The daily digest’s Beijing time (default 08:30, working days) */
  notificationDigestTime: Scalars['String']['output'];
  /** 公开的摇号记录（公开任务已锁定或已作废的摇号，无需登录） / A published draw (locked or superseded, of a public task; no sign-in) */
  publicDraw: Maybe<PublicDraw>;
  /** 摇号前公示的承诺值，最新的在前（公开任务，无需登录；可按任务编号筛选） / Seed commitments published before the draws of public tasks, newest first (no sign-in) */
  publicDrawCommitments: Array<PublicDrawCommitment>;
  /** 年度抽查工作计划公示（已备案的计划，公开，无需登录） / Filed annual plans (public, no sign-in) */
  publicPlans: Array<PublicPlan>;
  /** 一条公示的检查结果（未公示或依法不公开的为空） / One published result; null when not published or withheld */
  publicResult: Maybe<PublicResult>;
  /** 检查结果公示（公开，无需登录；按检查对象名称或统一社会信用代码查询） / Published results (public); search by target name or credit code */
  publicResults: Array<PublicResult>;
  /** 一个抽查任务公告（未公告或依法不公开的任务为空） / One task announcement; null when not announced or withheld */
  publicTask: Maybe<PublicTask>;
  /** 抽查任务公告列表（公开，无需登录；依法不公开的任务除外） / Task announcements (public; withheld tasks excluded) */
  publicTasks: Array<PublicTask>;
  /** 推送记录，新的在前（管理员） / The delivery log, newest first (administrators) */
  publicationDeliveryLog: Array<PublicationDeliveryAttempt>;
  /** 发件箱中的公示文档，新的在前，含各接收方的推送状态（管理员） / Outbox documents, newest first, with their state per receiver */
  publicationDocuments: PublicationDocumentPage;
  /** 公示文档类型 / The document kinds */
  publicationKinds: Array<Scalars['String']['output']>;
  /** 公示文档接收方（管理员） / Receivers of the outbox (administrators) */
  publicationReceivers: Array<PublicationReceiver>;
  /** 抽查任务各检查对象的检查组 / The teams of a task's visits */
  teamsOfTask: Array<Team>;
  /** 本局今天的日期（北京时间；演示和测试中可固定） / The bureau's today (Beijing; pinned in demos and tests) */
  today: Scalars['Date']['output'];
  /** 复核摇号（公开，无需登录；公开任务的摇号任何人可复核） / Re-run a draw from its receipt and frozen list (public for public tasks, rule 17) */
  verifyDraw: DrawVerification;
  /** 某日是否为工作日 / Whether a date is a working day */
  workingDay: DayInfo;
  /** 两日之间的工作日数（不含起始日，含截止日） / Working days after `from` up to and including `to` */
  workingDaysBetween: Scalars['Int']['output'];
};


/** 查询 / Queries */
export type QueryAuditEventArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryCalendarEntryArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryCheckItemArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryConflictOfInterestArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryCorrectionArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryDirectoryConfirmationArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryDrawArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryExpertArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryFollowUpArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryFormArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryInspectorArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryMappingProfileArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryPlanArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryPlanItemArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryResultArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryReviewArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryTargetArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryTargetLibraryArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryTaskArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryTaskClassArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryTransferArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryUnitArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type Query_AllAuditEventsMetaArgs = {
  filter?: InputMaybe<AuditEventFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type Query_AllCalendarEntriesMetaArgs = {
  filter?: InputMaybe<CalendarEntryFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type Query_AllCheckItemsMetaArgs = {
  filter?: InputMaybe<CheckItemFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type Query_AllConflictOfInterestsMetaArgs = {
  filter?: InputMaybe<ConflictOfInterestFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type Query_AllCorrectionsMetaArgs = {
  filter?: InputMaybe<CorrectionFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type Query_AllDirectoryConfirmationsMetaArgs = {
  filter?: InputMaybe<DirectoryConfirmationFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type Query_AllDrawsMetaArgs = {
  filter?: InputMaybe<DrawFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type Query_AllExpertsMetaArgs = {
  filter?: InputMaybe<ExpertFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type Query_AllFollowUpsMetaArgs = {
  filter?: InputMaybe<FollowUpFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type Query_AllFormsMetaArgs = {
  filter?: InputMaybe<FormFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type Query_AllInspectorsMetaArgs = {
  filter?: InputMaybe<InspectorFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type Query_AllMappingProfilesMetaArgs = {
  filter?: InputMaybe<MappingProfileFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type Query_AllPlanItemsMetaArgs = {
  filter?: InputMaybe<PlanItemFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type Query_AllPlansMetaArgs = {
  filter?: InputMaybe<PlanFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type Query_AllResultsMetaArgs = {
  filter?: InputMaybe<ResultFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type Query_AllReviewsMetaArgs = {
  filter?: InputMaybe<ReviewFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type Query_AllTargetLibrariesMetaArgs = {
  filter?: InputMaybe<TargetLibraryFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type Query_AllTargetsMetaArgs = {
  filter?: InputMaybe<TargetFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type Query_AllTaskClassesMetaArgs = {
  filter?: InputMaybe<TaskClassFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type Query_AllTasksMetaArgs = {
  filter?: InputMaybe<TaskFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type Query_AllTransfersMetaArgs = {
  filter?: InputMaybe<TransferFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type Query_AllUnitsMetaArgs = {
  filter?: InputMaybe<UnitFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type Query_AllUsersMetaArgs = {
  filter?: InputMaybe<UserFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type Query_PublicResultsMetaArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  q?: InputMaybe<Scalars['String']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
  taskId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** 查询 / Queries */
export type Query_PublicTasksMetaArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  q?: InputMaybe<Scalars['String']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** 查询 / Queries */
export type QueryAddWorkingDaysArgs = {
  date: Scalars['Date']['input'];
  days: Scalars['Int']['input'];
};


/** 查询 / Queries */
export type QueryAllAuditEventsArgs = {
  filter?: InputMaybe<AuditEventFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type QueryAllCalendarEntriesArgs = {
  filter?: InputMaybe<CalendarEntryFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type QueryAllCheckItemsArgs = {
  filter?: InputMaybe<CheckItemFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type QueryAllConflictOfInterestsArgs = {
  filter?: InputMaybe<ConflictOfInterestFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type QueryAllCorrectionsArgs = {
  filter?: InputMaybe<CorrectionFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type QueryAllDirectoryConfirmationsArgs = {
  filter?: InputMaybe<DirectoryConfirmationFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type QueryAllDrawsArgs = {
  filter?: InputMaybe<DrawFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type QueryAllExpertsArgs = {
  filter?: InputMaybe<ExpertFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type QueryAllFollowUpsArgs = {
  filter?: InputMaybe<FollowUpFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type QueryAllFormsArgs = {
  filter?: InputMaybe<FormFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type QueryAllInspectorsArgs = {
  filter?: InputMaybe<InspectorFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type QueryAllMappingProfilesArgs = {
  filter?: InputMaybe<MappingProfileFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type QueryAllPlanItemsArgs = {
  filter?: InputMaybe<PlanItemFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type QueryAllPlansArgs = {
  filter?: InputMaybe<PlanFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type QueryAllResultsArgs = {
  filter?: InputMaybe<ResultFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type QueryAllReviewsArgs = {
  filter?: InputMaybe<ReviewFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type QueryAllTargetLibrariesArgs = {
  filter?: InputMaybe<TargetLibraryFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type QueryAllTargetsArgs = {
  filter?: InputMaybe<TargetFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type QueryAllTaskClassesArgs = {
  filter?: InputMaybe<TaskClassFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type QueryAllTasksArgs = {
  filter?: InputMaybe<TaskFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type QueryAllTransfersArgs = {
  filter?: InputMaybe<TransferFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type QueryAllUnitsArgs = {
  filter?: InputMaybe<UnitFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type QueryAllUsersArgs = {
  filter?: InputMaybe<UserFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type QueryAssessmentArgs = {
  month?: InputMaybe<Scalars['Int']['input']>;
  quarter?: InputMaybe<Scalars['Int']['input']>;
  unitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  year: Scalars['Int']['input'];
};


/** 查询 / Queries */
export type QueryAssessmentPreviousArgs = {
  month?: InputMaybe<Scalars['Int']['input']>;
  quarter?: InputMaybe<Scalars['Int']['input']>;
  unitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  year: Scalars['Int']['input'];
};


/** 查询 / Queries */
export type QueryAssessmentTrendArgs = {
  unitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  year: Scalars['Int']['input'];
};


/** 查询 / Queries */
export type QueryAuditChainStatusArgs = {
  expectedHead?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type QueryCalendarDeclarationPreviewArgs = {
  year: Scalars['Int']['input'];
};


/** 查询 / Queries */
export type QueryCalendarYearDaysArgs = {
  year: Scalars['Int']['input'];
};


/** 查询 / Queries */
export type QueryCheckItemAdjustmentsArgs = {
  take?: InputMaybe<Scalars['Int']['input']>;
};


/** 查询 / Queries */
export type QueryDirectAssignmentOutlookArgs = {
  taskId: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryDrawAnnouncementArgs = {
  drawId: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryDrawCandidateListArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  q?: InputMaybe<Scalars['String']['input']>;
  taskId: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryDrawCandidatesArgs = {
  drawId: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryDrawCandidatesPreviewArgs = {
  taskId: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryDrawProgressArgs = {
  taskId: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryDrawReceiptArgs = {
  drawId: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryMappingProfileFieldsArgs = {
  direction: MappingDirection;
  list: Scalars['String']['input'];
};


/** 查询 / Queries */
export type QueryMyNotificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** 查询 / Queries */
export type QueryNotificationChannelsArgs = {
  unitId: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryPublicDrawArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryPublicDrawCommitmentsArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  taskCode?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type QueryPublicPlansArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** 查询 / Queries */
export type QueryPublicResultArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryPublicResultsArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  q?: InputMaybe<Scalars['String']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
  taskId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** 查询 / Queries */
export type QueryPublicTaskArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryPublicTasksArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  q?: InputMaybe<Scalars['String']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** 查询 / Queries */
export type QueryPublicationDeliveryLogArgs = {
  documentId?: InputMaybe<Scalars['ID']['input']>;
  receiverId?: InputMaybe<Scalars['ID']['input']>;
  take?: InputMaybe<Scalars['Int']['input']>;
};


/** 查询 / Queries */
export type QueryPublicationDocumentsArgs = {
  kind?: InputMaybe<Scalars['String']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  subjectKey?: InputMaybe<Scalars['String']['input']>;
};


/** 查询 / Queries */
export type QueryTeamsOfTaskArgs = {
  taskId: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryVerifyDrawArgs = {
  drawId: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryWorkingDayArgs = {
  date: Scalars['Date']['input'];
};


/** 查询 / Queries */
export type QueryWorkingDaysBetweenArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};

/** 登记状态 / Registration status */
export type RegistrationStatus =
  /** 存续 / Active */
  | 'ACTIVE'
  /** 注销 / Deregistered */
  | 'DEREGISTERED'
  /** 吊销 / Revoked */
  | 'REVOKED'
  /** 登记住所无法联系 / Unreachable */
  | 'UNREACHABLE';

/** 更换执法检查人员的理由（规则16） / Why a member was replaced (rule 16) */
export type ReplacementReason =
  /** 身体原因 / Health */
  | 'HEALTH'
  /** 岗位变动 / Post change */
  | 'POST_CHANGE'
  /** 回避（有利害关系） / Recusal (conflict of interest) */
  | 'RECUSAL'
  /** 工作冲突 / Work conflict */
  | 'WORK_CONFLICT';

/** 更换或回避申请：由指定的批准人批准或驳回，批准后检查组才更换 / A request to replace a member or for a recusal, decided by the named approver (rule 16) */
export type ReplacementRequest = {
  __typename?: 'ReplacementRequest';
  /** 指定的批准人 / Named approver */
  approver: User;
  /** 指定的批准人 / Named approver */
  approverId: Scalars['ID']['output'];
  /** 当前用户能否批准或驳回（仅指定的批准人，且不是申请人） / Whether the signed-in user may decide it */
  canDecide: Scalars['Boolean']['output'];
  /** 申请时间 / Requested at */
  createdAt: Scalars['DateTime']['output'];
  /** 批准或驳回时间 / Decided at */
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** 批准意见或驳回理由 / Comment or reason of refusal */
  decisionNote: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 被更换（回避）的成员 / The member who would leave */
  member: TeamMember;
  /** 被更换（回避）的成员 / The member who would leave */
  memberId: Scalars['ID']['output'];
  /** 批准后递补的成员 / The member who stepped in */
  newMemberId: Maybe<Scalars['ID']['output']>;
  /** 说明 / Note */
  note: Scalars['String']['output'];
  /** 建议的替换人员 / Proposed replacement */
  proposedInspector: Maybe<Inspector>;
  /** 建议的替换人员（为空则由排序中的下一位递补） / Proposed replacement; null = next in the ranking */
  proposedInspectorId: Maybe<Scalars['ID']['output']>;
  /** 理由 / Reason */
  reason: ReplacementReason;
  /** 申请人 / Requester */
  requestedBy: User;
  /** 申请人 / Requester */
  requestedById: Scalars['ID']['output'];
  /** 状态 / Status */
  status: ReplacementRequestStatus;
  /** 抽查任务 / Task */
  task: Task;
  /** 抽查任务 / Task */
  taskId: Scalars['ID']['output'];
  /** 检查组 / Team */
  team: Team;
  /** 检查组 / Team */
  teamId: Scalars['ID']['output'];
};

/** 更换/回避申请状态 / Status of a replacement request */
export type ReplacementRequestStatus =
  /** 已批准 / Approved */
  | 'APPROVED'
  /** 待批准 / Pending */
  | 'PENDING'
  /** 已驳回 / Refused */
  | 'REFUSED';

/** 当事人签字情况 / Whether the representative signed */
export type RepresentativeSignature =
  /** 拒绝签字 / Refused to sign */
  | 'REFUSED'
  /** 当事人签字（盖章） / Signed */
  | 'SIGNED';

/** 检查结果（一个任务中一个检查对象） / What was found for one target in one task (rules 18–24) */
export type Result = {
  __typename?: 'Result';
  /** 审核通过时间 / Approved at */
  approvedAt: Maybe<Scalars['DateTime']['output']>;
  /** 审核通过人 / Approved by */
  approvedById: Maybe<Scalars['ID']['output']>;
  /** 检查组成员的签字确认（含已作废的） / Confirmations by the team, withdrawn ones included (G26.3) */
  confirmations: Array<ResultConfirmation>;
  /** 当前用户是否已确认当前版本 / Whether the signed-in user confirmed the current version */
  confirmedByMe: Scalars['Boolean']['output'];
  /** 更正（原结果保留） / Corrections; the original stays (rule 21) */
  corrections: Array<Correction>;
  /** 创建时间 / Created at */
  createdAt: Scalars['DateTime']['output'];
  /** 录入公示期限及倒计时（任务完成前为空） / The entry deadline and its countdown; null before the task is completed */
  deadline: Maybe<Deadline>;
  /** 录入公示截止日（任务完成后第 20 个工作日） / Due: the 20th working day after task completion (rule 20) */
  dueOn: Maybe<Scalars['Date']['output']>;
  /** 当前用户可否录入（检查组的执法检查人员，未录入或退回） / Whether the current user may enter it now: an inspector of the team (rule 19) */
  editable: Scalars['Boolean']['output'];
  /** 录入并提交人 / Submitted by */
  enteredById: Maybe<Scalars['ID']['output']>;
  /** 证据材料（按检查对象归档） / Evidence, archived per target (G30) */
  evidence: Array<Evidence>;
  /** 各抽查事项的检查情况 / Findings per checklist item */
  findings: Array<ResultFinding>;
  /** 后续处置 / Follow-up (rule 24) */
  followUp: Maybe<FollowUp>;
  /** 后续处置 / Follow-up action */
  followUpAction: FollowUpAction;
  /** 移交的日常监管单位 / Follow-up unit */
  followUpUnit: Maybe<Unit>;
  /** 移交的日常监管单位（默认检查对象所属单位） / Unit the violation is handed to (default: the target's unit) */
  followUpUnitId: Maybe<Scalars['ID']['output']>;
  /** 检查表单（一对象一表单） / The form (rule 18) */
  form: Maybe<Form>;
  /** 检查表单 / Form */
  formId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** 检查日期 / Inspected on */
  inspectedOn: Maybe<Scalars['Date']['output']>;
  /** 检查方式 / Method */
  method: Maybe<CheckMethod>;
  /** 现场检查笔录 / On-site record (rule 19, G26.2) */
  onSiteRecord: Maybe<OnSiteRecord>;
  /** 按检查方式和结果须记录的现场检查程序 / What rule 19 requires for the current method and outcome */
  onSiteRequirements: OnSiteRequirements;
  /** 当前用户是否为该检查组的执法检查人员 / Whether the signed-in user is an inspector of the team */
  onTeam: Scalars['Boolean']['output'];
  /** 检查结果 / Outcome */
  outcome: Maybe<ResultOutcome>;
  /** 预查比对 / Pre-check (rule 19, G26.1) */
  preCheck: Maybe<PreCheck>;
  /** 当前用户可否公示（本单位、已通过） / Whether the current user may publish it */
  publishable: Scalars['Boolean']['output'];
  /** 公示时间 / Published at */
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  /** 备注（签字或拒签及见证人、送达检查通知书等） / Remarks: signature or refusal with witness, notice handed over (rule 19) */
  remarks: Maybe<Scalars['String']['output']>;
  /** 负责录入的单位（任务执行单位，迁移移交后为新住所地单位） / The unit that enters it: the executing unit, or the unit a moved target was transferred to (rule 23) */
  responsibleUnitId: Scalars['ID']['output'];
  /** 退回理由 / Why it was returned */
  returnReason: Maybe<Scalars['String']['output']>;
  /** 当前用户可否审核（本单位或牵头科室、待审核、非本人提交） / Whether the current user may return or approve it */
  reviewable: Scalars['Boolean']['output'];
  /** 异议复查 / Objection reviews (rule 22) */
  reviews: Array<Review>;
  /** 状态 / Status */
  status: ResultStatus;
  /** 提交审核前尚缺的内容（含未确认的成员） / What still stops submission, unconfirmed members included */
  submissionProblems: Array<SubmissionProblem>;
  /** 提交审核时间 / Submitted at */
  submittedAt: Maybe<Scalars['DateTime']['output']>;
  /** 检查对象 / Target */
  target: Target;
  /** 抽查任务 / Task */
  task: Task;
  /** 任务检查对象 / The task target */
  taskTarget: TaskTarget;
  /** 任务检查对象 / The task target */
  taskTargetId: Scalars['ID']['output'];
  /** 检查组 / The team of the visit */
  team: Maybe<Team>;
  /** 修改时间 / Updated at */
  updatedAt: Scalars['DateTime']['output'];
  /** 版本（每次修改加一；保存时须注明从哪一版开始填写） / Version: rises with every change; a save names the one it started from */
  version: Scalars['Int']['output'];
  /** 是否为须移交后续处置的违法违规行为 / Whether it is a violation to hand over (rule 24) */
  violation: Scalars['Boolean']['output'];
};

/** 检查组成员对检查结果的签字确认（修改后作废） / A team member confirming the result; withdrawn by a later edit (G26.3) */
export type ResultConfirmation = {
  __typename?: 'ResultConfirmation';
  /** 确认时间 / Confirmed at */
  confirmedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** 检查组成员 / Team member */
  teamMemberId: Scalars['ID']['output'];
  /** 确认人 / Confirmed by */
  userName: Scalars['String']['output'];
  /** 因修改作废的时间 / Withdrawn at (edited after) */
  withdrawnAt: Maybe<Scalars['DateTime']['output']>;
};

/** 检查结果筛选 / Result filter */
export type ResultFilter = {
  /** 截止日不晚于 / Due on or before */
  dueBefore?: InputMaybe<Scalars['Date']['input']>;
  /** 考核指标背后的记录（图表下钻） / The records behind an assessment figure (chart drill-down) */
  figure?: InputMaybe<AssessmentFigureFilter>;
  /** 编号列表 / Ids */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 检查结果 / Outcome */
  outcome?: InputMaybe<ResultOutcome>;
  /** 已过截止日仍未公示 / Past the due date and not published */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** 关键词：检查对象名称、统一社会信用代码 / Keyword: target name or credit code */
  q?: InputMaybe<Scalars['String']['input']>;
  /** 状态 / Status */
  status?: InputMaybe<ResultStatus>;
  /** 状态之一 / Any of these statuses */
  statuses?: InputMaybe<Array<ResultStatus>>;
  /** 抽查任务 / Task */
  taskId?: InputMaybe<Scalars['ID']['input']>;
  /** 负责单位（执行单位或移交后的单位） / Responsible unit */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  /** 计划年度 / Plan year */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** 一个抽查事项的检查情况 / The finding for one checklist item */
export type ResultFinding = {
  __typename?: 'ResultFinding';
  /** 抽查事项 / Checklist item */
  checkItemId: Scalars['ID']['output'];
  /** 是否符合（空为未填） / Compliant; null = not yet decided */
  compliant: Maybe<Scalars['Boolean']['output']>;
  /** 检查情况说明 / What was found */
  finding: Maybe<Scalars['String']['output']>;
};

/** 一个抽查事项的检查情况 / The finding for one checklist item */
export type ResultFindingInput = {
  /** 抽查事项 / Checklist item */
  checkItemId: Scalars['ID']['input'];
  /** 是否符合 / Compliant */
  compliant?: InputMaybe<Scalars['Boolean']['input']>;
  /** 检查情况说明 / What was found */
  finding?: InputMaybe<Scalars['String']['input']>;
};

/** 检查结果（全国双随机抽查标准结果代码） / Outcome, the standard codes of the national practice (rule 22) */
export type ResultOutcome =
  /** 发现问题经责令已改正 / Problem found, corrected on order */
  | 'CORRECTED_ON_ORDER'
  /** 弄虚作假 / Falsification */
  | 'FALSIFICATION'
  /** 发现问题待后续处理 / Problem found, follow-up pending */
  | 'FOLLOW_UP_PENDING'
  /** 未发现问题 / No problem found */
  | 'NO_PROBLEM'
  /** 未发现开展本次抽查涉及的经营活动 / No activity of this kind found */
  | 'NO_RELEVANT_ACTIVITY'
  /** 不配合检查情节严重 / Serious refusal to cooperate */
  | 'SERIOUS_REFUSAL'
  /** 无法联系 / Cannot be contacted */
  | 'UNREACHABLE';

/** 检查结果状态（未录入 → 待审核 → 退回 / 通过 → 已公示） / Result status (rule 22) */
export type ResultStatus =
  /** 通过（待公示） / Approved, to be published */
  | 'APPROVED'
  /** 未录入 / Not entered */
  | 'NOT_ENTERED'
  /** 待审核 / Pending review */
  | 'PENDING_REVIEW'
  /** 已公示 / Published */
  | 'PUBLISHED'
  /** 退回 / Returned for correction */
  | 'RETURNED';

/** 异议复查（受理后 20 个工作日内复查，结论作出后 15 个工作日内反馈） / An objection and its review (rule 22) */
export type Review = {
  __typename?: 'Review';
  /** 异议内容 / The objection */
  content: Scalars['String']['output'];
  /** 由此产生的更正 / Corrections it led to */
  corrections: Array<Correction>;
  /** 登记时间 / Recorded at */
  createdAt: Scalars['DateTime']['output'];
  /** 结论作出日期 / Decided on */
  decidedOn: Maybe<Scalars['Date']['output']>;
  /** 复查结论 / Decision */
  decision: Maybe<ReviewDecision>;
  /** 复查意见 / Reasons */
  decisionNote: Maybe<Scalars['String']['output']>;
  /** 当前用户可否办理（负责单位，未反馈） / Whether the current user may decide or record feedback */
  editable: Scalars['Boolean']['output'];
  /** 反馈日期 / Fed back on */
  fedBackOn: Maybe<Scalars['Date']['output']>;
  /** 反馈期限及倒计时（作出结论后） / Feedback deadline and countdown, once decided */
  feedbackDeadline: Maybe<Deadline>;
  /** 反馈截止日（结论后第 15 个工作日） / Feedback due: 15 working days after the decision */
  feedbackDueOn: Maybe<Scalars['Date']['output']>;
  /** 反馈方式及情况 / How it was fed back */
  feedbackNote: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 异议人（检查对象或其代理人） / Who objected */
  raisedBy: Scalars['String']['output'];
  /** 受理日期 / Received on */
  receivedOn: Scalars['Date']['output'];
  /** 检查结果 / Result */
  result: Result;
  /** 检查结果 / Result */
  resultId: Scalars['ID']['output'];
  /** 复查期限及倒计时 / Review deadline and countdown */
  reviewDeadline: Deadline;
  /** 复查截止日（受理后第 20 个工作日） / Review due: 20 working days after receipt */
  reviewDueOn: Scalars['Date']['output'];
  /** 状态 / Status */
  status: ReviewStatus;
};

/** 复查结论 / Review decision */
export type ReviewDecision =
  /** 异议成立，予以更正 / The objection holds: correct the result */
  | 'CORRECTED'
  /** 维持原检查结果 / The result stands */
  | 'UPHELD';

/** 异议复查筛选 / Review filter */
export type ReviewFilter = {
  /** 编号列表 / Ids */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 复查或反馈已逾期 / Review or feedback overdue */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** 检查结果 / Result */
  resultId?: InputMaybe<Scalars['ID']['input']>;
  /** 状态 / Status */
  status?: InputMaybe<ReviewStatus>;
  /** 负责单位 / Responsible unit */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** 异议复查状态 / Objection review status */
export type ReviewStatus =
  /** 已作出复查结论，待反馈 / Decided, to be fed back */
  | 'DECIDED'
  /** 已反馈 / Fed back to the target */
  | 'FED_BACK'
  /** 已受理，待复查 / Received, under review */
  | 'RECEIVED';

/** 风险等级 / Risk level */
export type RiskLevel =
  /** 高风险 / High */
  | 'HIGH'
  /** 低风险 / Low */
  | 'LOW'
  /** 一般风险 / Medium */
  | 'MEDIUM';

/** 角色 / Role */
export type Role =
  /** 管理员（行政许可科） / Administrator */
  | 'ADMIN'
  /** 数据分析（只读） / Analyst (read-only) */
  | 'ANALYST'
  /** 领导（只读） / Leader (read-only) */
  | 'LEADER'
  /** 单位工作人员 / Unit staff */
  | 'UNIT_STAFF';

/** 留样 / A sample taken (G32) */
export type Sample = {
  __typename?: 'Sample';
  /** 存放地点 / Where kept */
  keptAt: Scalars['String']['output'];
  /** 数量 / How many */
  quantity: Scalars['Int']['output'];
  /** 样品名称 / What */
  what: Scalars['String']['output'];
};

/** 留样 / A sample taken */
export type SampleInput = {
  /** 存放地点 / Where kept */
  keptAt: Scalars['String']['input'];
  /** 数量 / How many */
  quantity: Scalars['Int']['input'];
  /** 样品名称 / What */
  what: Scalars['String']['input'];
};

/** 登录方式 / Session kind */
export type SessionKind =
  /** API 令牌 / API token */
  | 'API_TOKEN'
  /** 浏览器登录 / Sign-in session */
  | 'SESSION';

/** 提交审核前尚缺的内容 / What still stops the result from being submitted */
export type SubmissionProblem = {
  __typename?: 'SubmissionProblem';
  /** 错误代码 / Stable code */
  code: Scalars['String']['output'];
  /** 字段 / Field */
  field: Scalars['String']['output'];
};

/** 检查对象（检查对象名录库中的市场主体或项目） / An inspection object in a target library */
export type Target = {
  __typename?: 'Target';
  /** 登记住所 / Registered address */
  address: Scalars['String']['output'];
  /** 所在镇（街道） / Town or street */
  area: Scalars['String']['output'];
  /** 联系电话 / Contact phone */
  contactPhone: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** 统一社会信用代码 / Unified social credit code (GB 32100-2015) */
  creditCode: Scalars['String']['output'];
  /** 信用状况 / Credit status (rules 8, 9) */
  creditStatus: CreditStatus;
  /** 当前用户可否修改（本单位记录） / Whether the current user may edit it (own unit) */
  editable: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** 行业 / Industry */
  industry: Scalars['String']['output'];
  /** 重点行业（不受年度抽查次数限制） / Key industry, exempt from the yearly cap (rule 9) */
  keyIndustry: Scalars['Boolean']['output'];
  /** 法定代表人 / Legal representative */
  legalRepresentative: Maybe<Scalars['String']['output']>;
  library: TargetLibrary;
  /** 所属名录库 / Library */
  libraryId: Scalars['ID']['output'];
  /** 名称 / Name */
  name: Scalars['String']['output'];
  /** 备注 / Notes */
  notes: Maybe<Scalars['String']['output']>;
  /** 对象类型 / Object type */
  objectType: Scalars['String']['output'];
  /** 登记状态 / Registration status */
  registrationStatus: RegistrationStatus;
  /** 投诉举报多（不受次数限制） / Repeated complaints, exempt (rule 9) */
  repeatedComplaints: Scalars['Boolean']['output'];
  /** 停用时间 / Retired at */
  retiredAt: Maybe<Scalars['DateTime']['output']>;
  /** 风险等级 / Risk level (rule 8) */
  riskLevel: RiskLevel;
  /** 经营规模 / Business scale */
  scale: BusinessScale;
  /** 有严重违法违规记录（不受次数限制） / Serious violations, exempt (rule 9) */
  seriousViolation: Scalars['Boolean']['output'];
  unit: Unit;
  /** 维护单位（谁管辖、谁维护） / Maintaining unit */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** 检查对象名录库规模和更新情况 / Target directory size and freshness (G7) */
export type TargetDirectoryFigure = {
  __typename?: 'TargetDirectoryFigure';
  /** 距最近确认的天数 / Days since the last confirmation */
  daysSinceConfirmation: Maybe<Scalars['Int']['output']>;
  /** 最近确认日期 / Last confirmed on */
  lastConfirmedOn: Maybe<Scalars['Date']['output']>;
  /** 各名录库 / Libraries */
  libraries: Array<LibrarySize>;
  /** 检查对象总数 / Targets */
  size: Scalars['Int']['output'];
};

/** 检查对象筛选 / Target filter */
export type TargetFilter = {
  area?: InputMaybe<Scalars['String']['input']>;
  creditStatus?: InputMaybe<CreditStatus>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 包含已停用 / Include retired records */
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
  industry?: InputMaybe<Scalars['String']['input']>;
  libraryId?: InputMaybe<Scalars['ID']['input']>;
  objectType?: InputMaybe<Scalars['String']['input']>;
  /** 关键词：名称、信用代码、地址 / Keyword: name, credit code, address */
  q?: InputMaybe<Scalars['String']['input']>;
  registrationStatus?: InputMaybe<RegistrationStatus>;
  riskLevel?: InputMaybe<RiskLevel>;
  scale?: InputMaybe<BusinessScale>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** 检查对象名录库 / A library of inspection objects */
export type TargetLibrary = {
  __typename?: 'TargetLibrary';
  /** 建库标准 / Build standard */
  buildStandard: Scalars['String']['output'];
  /** 编码 / Code */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 分类指标 / Classification indicators */
  indicators: Array<Scalars['String']['output']>;
  kind: LibraryKind;
  /** 名称 / Name */
  name: Scalars['String']['output'];
  /** 对象类型 / Object type held */
  objectType: Maybe<Scalars['String']['output']>;
  retiredAt: Maybe<Scalars['DateTime']['output']>;
  /** 监管要求 / Supervision requirements */
  supervisionRequirements: Scalars['String']['output'];
  /** 检查对象数（综合库为全部在册对象） / Active targets (all of them for the comprehensive library) */
  targetCount: Scalars['Int']['output'];
  unit: Unit;
  /** 维护单位 / Maintaining unit */
  unitId: Scalars['ID']['output'];
};

/** 名录库筛选 / Target library filter */
export type TargetLibraryFilter = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<LibraryKind>;
  q?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** 抽查任务（执行年度抽查工作计划，摇号前设置） / An inspection task: a run of a filed plan, set up before the draw (G15) */
export type Task = {
  __typename?: 'Task';
  /** 任务公告发布时间（名单锁定时） / When the task announcement was published (on lock, G17) */
  announcedAt: Maybe<Scalars['DateTime']['output']>;
  /** 批准依据文件日期 / Date of that document */
  campaignApprovalDocDate: Maybe<Scalars['Date']['output']>;
  /** 批准依据文号 / Document number of the approval's basis */
  campaignApprovalDocNo: Maybe<Scalars['String']['output']>;
  /** 牵头科室批准专项豁免的时间；批准前比例和频次限制照常适用（规则9） / When the lead unit approved the campaign exemption; until then the caps apply (rule 9) */
  campaignApprovedAt: Maybe<Scalars['DateTime']['output']>;
  /** 批准人 / Approved by */
  campaignApprovedById: Maybe<Scalars['ID']['output']>;
  /** 批准人姓名 / Name of the approver */
  campaignApprovedByName: Maybe<Scalars['String']['output']>;
  /** 部署依据（文件文号或专项行动名称） / The order's reference: document number or campaign name */
  campaignBasis: Maybe<Scalars['String']['output']>;
  /** 专项豁免是否已生效（已标记且经牵头科室批准；仅适用于定向抽取类别） / Whether the campaign exemption is in force (marked and approved; directed classes only) */
  campaignExemptionInForce: Scalars['Boolean']['output'];
  /** 专项行动或上级部门部署的定向检查：经牵头科室批准后，其定向抽取类别不受每年抽中次数限制，也不受一般事项比例上限限制（规则9） / A directed check ordered by a special campaign or higher authority: once the lead unit approves, its directed classes are exempt from the yearly draw cap and the GENERAL-item ratio cap (rule 9, G13) */
  campaignOrdered: Scalars['Boolean']['output'];
  /** 当前用户可否批准专项豁免（牵头科室管理员，摇号前，尚未批准） / Whether the current user may approve the campaign exemption now */
  canApproveCampaign: Scalars['Boolean']['output'];
  /** 取消理由 / Why it was cancelled */
  cancelReason: Maybe<Scalars['String']['output']>;
  /** 当前用户可否取消（本单位任务且尚未摇号） / Whether the current user may cancel it (own unit, before the draw) */
  cancellable: Scalars['Boolean']['output'];
  /** 取消时间 / When the task was cancelled */
  cancelledAt: Maybe<Scalars['DateTime']['output']>;
  /** 取消人 / Who cancelled it */
  cancelledByName: Maybe<Scalars['String']['output']>;
  /** 本任务的抽查事项编号（修改任务时提交的形式） / The ids of its checklist items, as updateTask takes them */
  checkItemIds: Array<Scalars['ID']['output']>;
  /** 本任务的抽查事项 / The checklist items this task checks */
  checkItems: Array<CheckItem>;
  /** 抽取类别（各自比例，分别抽取、合并下达） / Classes of targets, each at its own ratio (rule 12) */
  classes: Array<TaskClass>;
  /** 任务编号（如 RW-2026-0001） / Task code, e.g. RW-2026-0001 */
  code: Scalars['String']['output'];
  /** 完成日期 / Completed on */
  completedOn: Maybe<Scalars['Date']['output']>;
  /** 创建时间 / Created at */
  createdAt: Scalars['DateTime']['output'];
  /** 设置人 / Set up by */
  createdById: Maybe<Scalars['ID']['output']>;
  /** 历次摇号（最新在前，作废的仍保留） / Draws, newest first; superseded ones stay (rule 17) */
  draws: Array<Draw>;
  /** 当前用户可否修改（本单位任务且尚未摇号） / Whether the current user may change it (own unit, not yet drawn) */
  editable: Scalars['Boolean']['output'];
  /** 任务执行单位 / Executing unit */
  executingUnit: Unit;
  /** 任务执行单位（可委托下级单位） / Executing unit, possibly delegated (G14) */
  executingUnitId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** 结果是否公示（依法不公开的除外） / Whether results are published (rule 26) */
  isPublic: Scalars['Boolean']['output'];
  /** 任务名称 / Name */
  name: Scalars['String']['output'];
  /** 任务设置单位 / Owner unit */
  ownerUnit: Unit;
  /** 任务设置单位（制定计划的单位） / The unit that made the plan and set up the task (G15) */
  ownerUnitId: Scalars['ID']['output'];
  /** 已申请重新摇号、尚未再次摇号时的理由（摇号时记入新的摇号记录） / The reason of a requested re-draw, until the next draw records it (rule 17) */
  pendingRedrawReason: Maybe<Scalars['String']['output']>;
  /** 所属年度抽查工作计划 / The plan */
  plan: Plan;
  /** 所属年度抽查工作计划 / The plan this task runs */
  planId: Scalars['ID']['output'];
  /** 对应的计划事项 / The plan item */
  planItem: Maybe<PlanItem>;
  /** 对应的计划事项 / The plan item it runs, if one */
  planItemId: Maybe<Scalars['ID']['output']>;
  /** 随机种子承诺值 sha256(服务器密钥)，摇号前公布 / Commitment to the server secret, published before the draw (rule 17) */
  seedCommitment: Maybe<Scalars['String']['output']>;
  /** 状态 / Status */
  status: TaskStatus;
  /** 锁定下发的检查对象数 / Number of dispatched targets */
  targetCount: Scalars['Int']['output'];
  /** 锁定下发的检查对象 / The locked, dispatched targets (rule 13) */
  targets: Array<TaskTarget>;
  /** 每个检查对象的检查组人数（≥2） / Inspectors per target (≥2, rule 15) */
  teamSize: Scalars['Int']['output'];
  /** 临时性抽查（规则10） / A temporary (ad hoc) check (rule 10) */
  temporary: Scalars['Boolean']['output'];
  /** 修改时间 / Updated at */
  updatedAt: Scalars['DateTime']['output'];
  /** 执行开始日期 / Window start */
  windowFrom: Scalars['Date']['output'];
  /** 执行结束日期 / Window end */
  windowTo: Scalars['Date']['output'];
  /** 登记不予公示的时间 / When the withholding was recorded */
  withheldAt: Maybe<Scalars['DateTime']['output']>;
  /** 不予公示的法律依据（条款、文件） / Legal basis: the article or document (staff only, rule 26) */
  withheldBasis: Maybe<Scalars['String']['output']>;
  /** 登记不予公示的人 / Who recorded the withholding */
  withheldByName: Maybe<Scalars['String']['output']>;
  /** 不予公示的情形（依法不公开，仅工作人员可见） / Legal ground for withholding (staff only, rule 26) */
  withheldCategory: Maybe<WithholdingCategory>;
};

/** 抽取类别：一类检查对象及其抽查比例或数量（规则11、12） / A class of targets drawn at its own ratio or count (rules 11, 12) */
export type TaskClass = {
  __typename?: 'TaskClass';
  /** 定向条件：地理区域（镇、街道） / Directed: area */
  area: Maybe<Scalars['String']['output']>;
  /** 本类别为之抽取对象的抽查事项（未指定时为任务的全部事项），其中一般事项的比例上限适用于本类别（规则2） / The task's check items this class draws for (all of them unless chosen); their GENERAL caps apply (rule 2) */
  checkItemIds: Array<Scalars['ID']['output']>;
  /** 本类别为之抽取对象的抽查事项 / The check items this class draws for */
  checkItems: Array<CheckItem>;
  /** 抽取数量（与比例二选一） / Number to draw, or else a ratio */
  count: Maybe<Scalars['Int']['output']>;
  /** 是否定向抽取（按主体类型、规模、行业、区域） / Whether the draw is directed (by type, scale, industry, area; rule 11) */
  directed: Scalars['Boolean']['output'];
  /** 当前用户可否修改（本单位任务且尚未摇号） / Whether the current user may change it */
  editable: Scalars['Boolean']['output'];
  /** 是否为任务的全部抽查事项抽取（未单独指定事项；任务增加事项时也适用） / Whether the class draws for every check item of the task (none chosen; follows the task's items) */
  forAllCheckItems: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** 定向条件：行业 / Directed: industry */
  industry: Maybe<Scalars['String']['output']>;
  /** 类别标识（任务内唯一，不含冒号） / Class key, unique in the task, no colon */
  key: Scalars['String']['output'];
  /** 类别名称 / Label */
  label: Scalars['String']['output'];
  /** 名录库 / Library */
  library: Maybe<TargetLibrary>;
  /** 名录库（综合库或空 = 全部对象） / Library (comprehensive or none = every target) */
  libraryId: Maybe<Scalars['ID']['output']>;
  /** 定向条件：主体类型 / Directed: object type */
  objectType: Maybe<Scalars['String']['output']>;
  /** 抽查比例（0–1，与数量二选一） / Sampling ratio in (0, 1], or else a count */
  ratio: Maybe<Scalars['Float']['output']>;
  /** 定向条件：经营规模 / Directed: business scale */
  scale: Maybe<BusinessScale>;
  /** 抽查任务 / Task */
  task: Task;
  /** 抽查任务 / Task */
  taskId: Scalars['ID']['output'];
};

/** 抽取类别筛选 / Task class filter */
export type TaskClassFilter = {
  /** 编号列表 / Ids */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 抽查任务 / Task */
  taskId?: InputMaybe<Scalars['ID']['input']>;
};

/** 任务完成情况：本单位执行、执行期在本期结束的任务（撤销的除外）：已完成数，以及在执行期内完成的任务数。完成日期为标记完成之日，提前填写须说明理由并留痕。（规则 20、25（指引（七）、（三十三））） / Task completion: Tasks the unit executes whose window ends in the period (not cancelled): completed, and completed within the window. The completion day is the day the task is marked complete; an earlier day needs a reason and is audited. —— 检查对象完成率：执行期在本期结束的任务中由本单位负责的检查对象（含迁入的，不含迁出的）：只有结果已录入并按期公示的才算完成；逾期公示、逾期未公示分别列出，均视为未完成（指引（三十三））。完成率 = 按期公示 ÷ 抽取数。（规则 23、25（指引（二十八）、（三十三））） / Targets done: Targets the unit answers for (transferred in included, transferred out excluded) of tasks whose window ends in the period: a target is done only when its result is entered and published on time; late and missing are shown apart and count as not done (G33). Share = published on time ÷ drawn. */
export type TaskCompletionFigure = {
  __typename?: 'TaskCompletionFigure';
  /** 完成率：按期公示 ÷ 负责的检查对象数 / Done ÷ targets drawn */
  share: Maybe<Scalars['Float']['output']>;
  /** 其中无法联系、已注销办结的 / Of which closed without inspection */
  targetsClosed: Scalars['Int']['output'];
  /** 已检查或无法联系、已注销办结（迁入的已录入结果） / Inspected or closed (rule 23); a transferred one once entered */
  targetsCompleted: Scalars['Int']['output'];
  /** 完成：结果已录入并按期公示 / Done: entered and published on time (G33) */
  targetsDone: Scalars['Int']['output'];
  /** 本单位负责的检查对象数（含迁入，不含迁出） / Targets the unit answers for: transferred in included, out excluded */
  targetsDrawn: Scalars['Int']['output'];
  /** 逾期公示（视为未完成） / Published late: not done */
  targetsLate: Scalars['Int']['output'];
  /** 逾期未公示（视为未完成） / Missing past the due date: not done */
  targetsMissing: Scalars['Int']['output'];
  /** 迁移移交其他单位的（计入迁入单位） / Transferred to another unit (counted there) */
  targetsTransferred: Scalars['Int']['output'];
  /** 从其他单位迁入的 / Transferred in from another unit’s task */
  targetsTransferredIn: Scalars['Int']['output'];
  /** 任务数 / Tasks */
  tasks: Scalars['Int']['output'];
  /** 已完成任务数 / Tasks completed */
  tasksCompleted: Scalars['Int']['output'];
  /** 在执行期内完成的任务数 / Tasks completed within their window */
  tasksCompletedOnTime: Scalars['Int']['output'];
};

/** 抽查任务筛选 / Task filter */
export type TaskFilter = {
  /** 任务执行单位 / Executing unit */
  executingUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** 编号列表 / Ids */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 任务设置单位 / Owner unit */
  ownerUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** 计划 / Plan */
  planId?: InputMaybe<Scalars['ID']['input']>;
  /** 关键词：名称、任务编号 / Keyword: name, code */
  q?: InputMaybe<Scalars['String']['input']>;
  /** 状态 / Status */
  status?: InputMaybe<TaskStatus>;
  /** 本单位设置或执行的任务（规则 11） / Tasks the unit set up or executes (rule 11) */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  /** 计划年度 / Plan year */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** 抽查任务状态 / Task status */
export type TaskStatus =
  /** 已取消 / Cancelled */
  | 'CANCELLED'
  /** 已完成 / Completed */
  | 'COMPLETED'
  /** 名单已锁定并下发，任务公告已发布 / List locked and dispatched, announcement published */
  | 'DISPATCHED'
  /** 设置中 / Being set up */
  | 'DRAFT'
  /** 已摇号，待确认锁定 / Drawn, not yet locked */
  | 'DRAWN'
  /** 已公布随机种子承诺值，待摇号 / Seed committed, waiting for the draw */
  | 'READY';

/** 任务的检查对象（锁定下发后成为执行单位的工作） / A target of a locked draw, as the executing unit's work */
export type TaskTarget = {
  __typename?: 'TaskTarget';
  /** 未检查而办结的原因 / Why it was closed without inspection (G28) */
  closedReason: Maybe<Scalars['String']['output']>;
  /** 下发时间 / Dispatched at */
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** 结果录入公示截止日（任务完成后第 20 个工作日） / Result due date: the 20th working day after the task was completed (rule 20) */
  resultDueOn: Maybe<Scalars['Date']['output']>;
  /** 结果截止日为暂定（按尚未声明的年度推算） / The result due date is provisional: counted through an undeclared year (rule 20) */
  resultDueProvisional: Scalars['Boolean']['output'];
  /** 状态 / Status */
  status: TaskTargetStatus;
  /** 检查对象 / Target */
  target: Target;
  /** 检查对象 / Target */
  targetId: Scalars['ID']['output'];
  /** 抽查任务 / Task */
  task: Task;
  /** 抽查任务 / Task */
  taskId: Scalars['ID']['output'];
  /** 移交迁入地单位的书面通知文号 / Reference of the written transfer notice (G28) */
  transferNoticeRef: Maybe<Scalars['String']['output']>;
  /** 移交申请（最新的在前） / Transfer requests, newest first */
  transfers: Array<Transfer>;
  /** 所属检查 / The visit */
  visit: Maybe<Visit>;
  /** 所属检查（合并时与其他任务共用） / The visit, shared with other tasks when merged (rule 14) */
  visitId: Maybe<Scalars['ID']['output']>;
};

/** 任务中检查对象的状态 / Status of a target in a task */
export type TaskTargetStatus =
  /** 已注销或吊销，视为完成 / Deregistered or revoked, counts as completed (G28) */
  | 'CLOSED_DEREGISTERED'
  /** 登记住所无法联系，视为完成 / Unreachable, counts as completed (G28) */
  | 'CLOSED_UNREACHABLE'
  /** 已检查 / Inspected */
  | 'INSPECTED'
  /** 待检查 / Pending */
  | 'PENDING'
  /** 已迁移并移交新住所地单位 / Moved, transferred to the new location's unit (G28) */
  | 'TRANSFERRED';

/** 检查组（每个检查对象≥2名执法检查人员，1名组长） / The inspection team of one visit: ≥2 inspectors, exactly one leader (rule 15) */
export type Team = {
  __typename?: 'Team';
  /** 确认时间 / Confirmed at */
  confirmedAt: Maybe<Scalars['DateTime']['output']>;
  /** 组建时间 / Formed at */
  createdAt: Scalars['DateTime']['output'];
  /** 随机匹配所用的摇号（种子） / The draw whose seed ranked the inspectors */
  drawId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** 联合匹配的相邻单位 / Joint unit */
  jointUnit: Maybe<Unit>;
  /** 联合匹配的相邻单位 / The neighbouring unit of a joint matching */
  jointUnitId: Maybe<Scalars['ID']['output']>;
  /** 成员（含已被更换的，标记为非在岗） / Members, including replaced ones (inactive) (rule 16) */
  members: Array<TeamMember>;
  /** 产生方式 / How the team was formed */
  mode: TeamMode;
  /** 更换及回避申请（含已处理的） / Replacement and recusal requests, decided ones included (rule 16) */
  replacementRequests: Array<ReplacementRequest>;
  /** 检查 / The visit this team carries out */
  visit: Visit;
  /** 检查 / Visit */
  visitId: Scalars['ID']['output'];
};

/** 检查组成员；被更换的成员保留理由和批准人 / A team member; a replaced one stays with reason and approver (rule 16) */
export type TeamMember = {
  __typename?: 'TeamMember';
  /** 是否在岗（被更换后为否） / Still in the team (false once replaced) */
  active: Scalars['Boolean']['output'];
  /** 批准更换的用户 / The user who approved the replacement */
  approvedById: Maybe<Scalars['ID']['output']>;
  /** 直接委派专家的理由 / Why an expert was assigned directly (G19) */
  assignmentReason: Maybe<Scalars['String']['output']>;
  /** 加入时间 / Joined at */
  createdAt: Scalars['DateTime']['output'];
  /** 专家 / Expert */
  expert: Maybe<Expert>;
  /** 专家 / Expert */
  expertId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** 执法检查人员 / Inspector */
  inspector: Maybe<Inspector>;
  /** 执法检查人员 / Inspector */
  inspectorId: Maybe<Scalars['ID']['output']>;
  /** 在随机排序中的位次（直接委派或指定替换的为空） / Position in the ranking; null when assigned or named directly */
  rank: Maybe<Scalars['Int']['output']>;
  /** 被更换时间 / Replaced at */
  replacedAt: Maybe<Scalars['DateTime']['output']>;
  /** 更换说明 / Replacement note */
  replacementNote: Maybe<Scalars['String']['output']>;
  /** 更换理由 / Why replaced */
  replacementReason: Maybe<ReplacementReason>;
  /** 递补的是哪位成员 / The member this one replaced */
  replacesId: Maybe<Scalars['ID']['output']>;
  /** 角色 / Role */
  role: TeamRole;
  /** 检查组 / Team */
  teamId: Scalars['ID']['output'];
};

/** 检查组产生方式 / How a team was formed */
export type TeamMode =
  /** 直接委派 / Assigned directly (G19) */
  | 'DIRECT'
  /** 随机匹配 / Drawn at random (rule 15) */
  | 'DRAWN'
  /** 与相邻单位联合随机匹配 / Drawn jointly with a neighbouring unit (G19) */
  | 'JOINT';

/** 检查组成员角色 / Role in a team */
export type TeamRole =
  /** 专家 / Expert */
  | 'EXPERT'
  /** 组长 / Leader */
  | 'LEADER'
  /** 组员 / Member */
  | 'MEMBER';

/** 结果录入公示及时率：计时起点在本期的任务中由本单位负责的检查对象。计时起点为任务完成日与执行期末日中较早者；执行期已结束仍未标记完成的任务，自执行期末日起计。截止日为起点后第 20 个工作日（按法定节假日和调休）。截止日前公示为按期，之后为逾期，截止日已过仍未公示为逾期未公示；及时率 = 按期 ÷（按期 + 逾期 + 逾期未公示）。迁移移交的检查对象计入迁入单位。（规则 20、25（方案五、指引（二十六）4、（三十三））） / Timely entry: Targets the unit answers for, of tasks whose clock starts in the period. The clock starts on the earlier of the completion day and the window’s last day; a task whose window has ended without being marked complete starts it on the window’s last day. Results are due on the 20th working day after (official holidays and make-up days). Published by then: on time; after: late; unpublished past it: missing. Share = on time ÷ (on time + late + missing). A transferred target counts for the receiving unit. */
export type TimelyEntryFigure = {
  __typename?: 'TimelyEntryFigure';
  /** 截止日未能计算（节假日安排未录入） / Due date unknown */
  deadlineUnknown: Scalars['Int']['output'];
  /** 逾期公示 / Published late */
  late: Scalars['Int']['output'];
  /** 逾期未公示 / Missing past the due date */
  missingPastDue: Scalars['Int']['output'];
  /** 20 个工作日内公示 / Published on time */
  onTime: Scalars['Int']['output'];
  /** 未到期未公示 / Not yet due */
  pending: Scalars['Int']['output'];
  /** 及时率：按期 /（按期 + 逾期 + 逾期未公示） / On time ÷ (on time + late + missing) */
  share: Maybe<Scalars['Float']['output']>;
};

/** 一项待办 / One to-do item */
export type TodoItem = {
  __typename?: 'TodoItem';
  /** 件数 / How many records */
  count: Scalars['Int']['output'];
  /** 期限及倒计时 / Deadline and countdown */
  deadline: Maybe<Deadline>;
  /** 截止日 / Due on */
  dueOn: Maybe<Scalars['Date']['output']>;
  /** 列表筛选条件 / List filter */
  filter: Maybe<Scalars['JSON']['output']>;
  /** 类型 / Kind */
  kind: TodoKind;
  /** 打开的记录（为空则打开筛选后的列表） / The record to open; null = the filtered list */
  recordId: Maybe<Scalars['ID']['output']>;
  /** 打开的资源（管理端） / The resource to open */
  resource: Scalars['String']['output'];
  /** 标题 / Title */
  title: Scalars['String']['output'];
  /** 单位 / Unit */
  unitName: Scalars['String']['output'];
};

/** 待办类型 / To-do kind */
export type TodoKind =
  /** 下一年度工作日历待录入并声明（管理员） / Next year's working-day calendar to declare (administrators) */
  | 'CALENDAR_TO_DECLARE'
  /** 更正待签批 / Correction to sign */
  | 'CORRECTION_TO_SIGN'
  /** 摇号结果待确认锁定 / Draw to confirm and lock */
  | 'DRAW_TO_LOCK'
  /** 后续处置待办理 / Follow-up to handle */
  | 'FOLLOW_UP_OPEN'
  /** 年度计划待备案 / Plan to file */
  | 'PLAN_TO_FILE'
  /** 检查组成员更换或回避申请待批准 / Replacement or recusal request to decide (rule 16) */
  | 'REPLACEMENT_TO_DECIDE'
  /** 检查结果被退回待修改 / Results returned for correction */
  | 'RESULTS_RETURNED'
  /** 检查结果待录入 / Results to enter */
  | 'RESULTS_TO_ENTER'
  /** 检查结果待公示 / Results to publish */
  | 'RESULTS_TO_PUBLISH'
  /** 检查结果待审核 / Results to review */
  | 'RESULTS_TO_REVIEW'
  /** 异议待复查 / Objection to review */
  | 'REVIEW_TO_DECIDE'
  /** 复查结论待反馈 / Review outcome to feed back */
  | 'REVIEW_TO_FEED_BACK'
  /** 任务执行期已过，待登记完成 / Window over: record completion */
  | 'TASK_TO_COMPLETE'
  /** 任务待摇号 / Task to draw */
  | 'TASK_TO_DRAW'
  /** 检查组待匹配或确认 / Teams to match or confirm */
  | 'TEAMS_TO_MATCH'
  /** 迁移移交申请待批准（迁出单位负责人、牵头科室） / Transfer request to approve or refuse (rule 23) */
  | 'TRANSFER_TO_DECIDE';

/** 迁移移交申请（书面通知迁入地单位，经批准后变更检查单位） / A moved target's transfer request, carried out once approved (rule 23, G28) */
export type Transfer = {
  __typename?: 'Transfer';
  /** 当前用户可否批准或不予批准（迁出单位负责人或牵头科室管理员，非申请人） / Whether the current user may decide it */
  decidable: Scalars['Boolean']['output'];
  /** 批准时间 / Decided at */
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** 批准（或不予批准）人 / Decided by */
  decidedById: Maybe<Scalars['ID']['output']>;
  /** 批准人姓名 / Decider's name */
  decidedByName: Maybe<Scalars['String']['output']>;
  /** 迁出地单位 / The giving unit */
  fromUnit: Unit;
  /** 迁出地单位（申请时负责的单位） / The giving unit */
  fromUnitId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** 书面通知迁入地单位的文号 / Reference of the written notice (G28) */
  noticeRef: Scalars['String']['output'];
  /** 情况说明（新住所等） / Details, e.g. the new address */
  reason: Scalars['String']['output'];
  /** 不予批准的理由 / Why refused */
  refusalReason: Maybe<Scalars['String']['output']>;
  /** 申请时间 / Requested at */
  requestedAt: Scalars['DateTime']['output'];
  /** 申请人 / Requested by */
  requestedById: Scalars['ID']['output'];
  /** 申请人姓名 / Requester's name */
  requestedByName: Scalars['String']['output'];
  /** 状态 / Status */
  status: TransferStatus;
  /** 任务检查对象 / Task target */
  taskTarget: TaskTarget;
  /** 任务检查对象 / Task target */
  taskTargetId: Scalars['ID']['output'];
  /** 迁入地单位 / The receiving unit */
  toUnit: Unit;
  /** 迁入地单位 / The receiving unit */
  toUnitId: Scalars['ID']['output'];
};

/** 移交申请筛选 / Transfer filter */
export type TransferFilter = {
  /** 编号列表 / Ids */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 状态 / Status */
  status?: InputMaybe<TransferStatus>;
  /** 任务检查对象 / Task target */
  taskTargetId?: InputMaybe<Scalars['ID']['input']>;
  /** 迁出或迁入单位 / Giving or receiving unit */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** 移交申请状态 / Transfer request status (rule 23) */
export type TransferStatus =
  /** 已批准并移交 / Approved and transferred */
  | 'APPROVED'
  /** 待批准 / Waiting for approval */
  | 'PENDING'
  /** 不予批准 / Refused */
  | 'REFUSED';

/** 单位（科室、国土所） / An organisational unit of the bureau */
export type Unit = {
  __typename?: 'Unit';
  /** 服务的镇（街道） / Town or street served */
  area: Maybe<Scalars['String']['output']>;
  /** 单位编码 / Unit code */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 执法检查人员数 / Number of active inspectors */
  inspectorCount: Scalars['Int']['output'];
  /** 是否牵头科室（行政许可科；即单位类型为牵头科室） / Whether this is the lead unit (its kind is LEAD) */
  isLead: Scalars['Boolean']['output'];
  kind: UnitKind;
  /** 最近一次名录库确认 / The latest directory confirmation (rule 4) */
  lastConfirmation: Maybe<DirectoryConfirmation>;
  /** 单位名称 / Name */
  name: Scalars['String']['output'];
  /** 相邻单位编码（联合匹配检查人员） / Neighbouring units for joint matching (rule 15) */
  neighbourCodes: Array<Scalars['String']['output']>;
  retiredAt: Maybe<Scalars['DateTime']['output']>;
  /** 检查对象数 / Number of active targets */
  targetCount: Scalars['Int']['output'];
};

/** 一个单位（或全局）的考核指标 / The assessment figures of one unit, or of the whole bureau (rule 25) */
export type UnitAssessment = {
  __typename?: 'UnitAssessment';
  /** 名录库情况 / Directories */
  directories: DirectoriesFigure;
  /** 违法线索移交处置 / Follow-up handling */
  followUp: FollowUpFigure;
  /** 计划覆盖率 / Plan coverage */
  planCoverage: PlanCoverageFigure;
  /** 计划执行情况 / Plan execution: completed vs planned */
  planExecution: PlanExecutionFigure;
  /** 任务完成情况 / Task completion */
  taskCompletion: TaskCompletionFigure;
  /** 结果录入公示及时率 / Timely entry */
  timelyEntry: TimelyEntryFigure;
  /** 单位 / Unit */
  unit: Maybe<Unit>;
  /** 单位（为空表示全局合计） / Unit; null = the whole bureau */
  unitId: Maybe<Scalars['ID']['output']>;
};

/** 单位筛选 / Unit filter */
export type UnitFilter = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<UnitKind>;
  /** 关键词：名称、编码 / Keyword: name, code */
  q?: InputMaybe<Scalars['String']['input']>;
};

/** 单位类型 / Unit kind */
export type UnitKind =
  /** 牵头科室（行政许可科） / Lead unit */
  | 'LEAD'
  /** 业务科室 / Business section */
  | 'SECTION'
  /** 国土所 / Land station */
  | 'STATION';

/** 用户 / A user account */
export type User = {
  __typename?: 'User';
  /** 启用 / Active */
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** 所属执法检查人员（规则19） / The inspector this account belongs to (rule 19) */
  inspectorId: Maybe<Scalars['ID']['output']>;
  /** 单位负责人（签批更正） / Unit principal (signs off corrections) */
  isPrincipal: Scalars['Boolean']['output'];
  /** 最近登录（仅管理员可见） / Last sign-in (administrators only) */
  lastLoginAt: Maybe<Scalars['DateTime']['output']>;
  /** 姓名 / Name */
  name: Scalars['String']['output'];
  /** 角色 / Role */
  role: Role;
  /** 登录锁定至（仅管理员可见） / Sign-in locked until (administrators only) */
  signInLockedUntil: Maybe<Scalars['DateTime']['output']>;
  unit: Unit;
  /** 所属单位 / Unit */
  unitId: Scalars['ID']['output'];
  /** 用户名 / Username */
  username: Scalars['String']['output'];
};

/** 用户筛选 / User filter */
export type UserFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 关键词：用户名、姓名 / Keyword: username, name */
  q?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** 一次入户检查（不同计划的任务抽中同一对象时合并，"进一次门、查多项事"） / One visit to a target serving one or more tasks (rule 14) */
export type Visit = {
  __typename?: 'Visit';
  /** 创建时间 / Created at */
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** 是否合并了多个任务 / Whether it serves several tasks */
  merged: Scalars['Boolean']['output'];
  /** 检查对象 / Target */
  target: Target;
  /** 检查对象 / Target */
  targetId: Scalars['ID']['output'];
  /** 本次检查服务的任务对象 / The task targets this visit serves */
  taskTargets: Array<TaskTarget>;
  /** 可检查的开始日期（各任务时间段的交集） / First day serving every task (intersection of windows) */
  windowFrom: Scalars['Date']['output'];
  /** 可检查的结束日期 / Last day serving every task */
  windowTo: Scalars['Date']['output'];
};

/** 依法不公开的情形 / Legal ground for withholding from publication (rule 26) */
export type WithholdingCategory =
  /** 涉及商业秘密 / Commercial secret */
  | 'COMMERCIAL_SECRET'
  /** 法律、行政法规禁止公开的其他情形 / Other ground in a law or administrative regulation */
  | 'OTHER_LAW'
  /** 涉及个人隐私 / Personal privacy */
  | 'PERSONAL_PRIVACY'
  /** 危及国家安全、公共安全、经济安全或社会稳定 / Endangers national, public or economic security or social stability */
  | 'PUBLIC_SECURITY'
  /** 涉及国家秘密 / State secret */
  | 'STATE_SECRET';
