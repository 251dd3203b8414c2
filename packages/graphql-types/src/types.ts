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
  /** 对象类型 / Entity */
  entity: Scalars['String']['output'];
  entityId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
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
  year: Scalars['Int']['output'];
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
  /** 停用时间 / Retired at */
  retiredAt: Maybe<Scalars['DateTime']['output']>;
  unit: Unit;
  /** 检查主体 / Responsible unit */
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
  /** PACKAGE（国务院安排数据包）/ CALENDAR（本局录入）/ WEEKDAY_RULE（周一至周五规则） */
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

/** 名录库确认记录（抽取前确认名录库为最新） / Confirmation that a unit's directories are up to date (rule 4) */
export type DirectoryConfirmation = {
  __typename?: 'DirectoryConfirmation';
  /** 确认时间 / Confirmed at */
  confirmedAt: Scalars['DateTime']['output'];
  confirmedBy: User;
  confirmedById: Scalars['ID']['output'];
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
  /** 电话 / Phone */
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

/** 当前登录用户 / The signed-in user */
export type Me = {
  __typename?: 'Me';
  id: Scalars['ID']['output'];
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
  /** 修改本人密码 / Change my password */
  changePassword: Scalars['Boolean']['output'];
  /** 确认本单位检查对象名录库和执法检查人员名录库为最新 / Confirm a unit's directories are up to date (rule 4) */
  confirmDirectories: DirectoryConfirmation;
  /** 创建只读 API 令牌（分析人员、管理员） / Create a read-only API token (analysts, administrators) */
  createApiToken: NewApiToken;
  /** 录入一天的节假日安排（管理员） / Enter one day of the holiday schedule (administrators) */
  createCalendarEntry: CalendarEntry;
  /** 新增抽查事项 / Add a checklist item */
  createCheckItem: CheckItem;
  createExpert: Expert;
  /** 新增执法检查人员 / Create an inspector */
  createInspector: Inspector;
  /** 新增检查对象 / Create a target */
  createTarget: Target;
  createTargetLibrary: TargetLibrary;
  /** 新增单位 / Create a unit */
  createUnit: Unit;
  createUser: User;
  /** 声明某年度节假日安排已录入完成，此后按其计算工作日（管理员） / Declare a year's schedule complete (administrators) */
  declareCalendarYear: CalendarYear;
  deleteCalendarEntry: CalendarEntry;
  /** 停用抽查事项（保留历史版本） / Retire a checklist item (versions are kept) */
  deleteCheckItem: CheckItem;
  deleteExpert: Expert;
  /** 删除执法检查人员；参加过检查的改为停用 / Delete an inspector; one with history is retired */
  deleteInspector: Inspector;
  /** 删除检查对象；已被抽取或检查过的改为停用 / Delete a target; one with history is retired instead */
  deleteTarget: Target;
  /** 停用名录库（其中的检查对象保留） / Retire a library (its targets stay) */
  deleteTargetLibrary: TargetLibrary;
  /** 停用单位（保留历史） / Retire a unit (history is kept) */
  deleteUnit: Unit;
  /** 停用账号（保留留痕） / Deactivate an account (its audit trail stays) */
  deleteUser: User;
  /** 登录 / Sign in */
  login: LoginPayload;
  /** 退出登录 / Sign out */
  logout: Scalars['Boolean']['output'];
  /** 吊销 API 令牌 / Revoke an API token */
  revokeApiToken: ApiToken;
  updateCalendarEntry: CalendarEntry;
  /** 调整抽查事项（保留原版本并公示调整说明） / Adjust a checklist item (keeps the previous version, publishes the notice) */
  updateCheckItem: CheckItem;
  updateExpert: Expert;
  /** 修改执法检查人员 / Update an inspector */
  updateInspector: Inspector;
  /** 修改检查对象 / Update a target */
  updateTarget: Target;
  updateTargetLibrary: TargetLibrary;
  /** 修改单位 / Update a unit */
  updateUnit: Unit;
  updateUser: User;
};


/** 变更 / Mutations */
export type MutationChangePasswordArgs = {
  newPassword: Scalars['String']['input'];
  oldPassword: Scalars['String']['input'];
};


/** 变更 / Mutations */
export type MutationConfirmDirectoriesArgs = {
  note?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
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
  legalBasis?: InputMaybe<Scalars['String']['input']>;
  methods?: InputMaybe<Array<CheckMethod>>;
  name?: InputMaybe<Scalars['String']['input']>;
  needsExpert?: InputMaybe<Scalars['Boolean']['input']>;
  notice?: InputMaybe<Scalars['String']['input']>;
  objectType?: InputMaybe<Scalars['String']['input']>;
  ratioCap?: InputMaybe<Scalars['Float']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
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
  isPrincipal?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
  username?: InputMaybe<Scalars['String']['input']>;
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
export type MutationDeleteExpertArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 / Mutations */
export type MutationDeleteInspectorArgs = {
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
export type MutationDeleteUnitArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 / Mutations */
export type MutationDeleteUserArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 / Mutations */
export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


/** 变更 / Mutations */
export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
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
  id: Scalars['ID']['input'];
  legalBasis?: InputMaybe<Scalars['String']['input']>;
  methods?: InputMaybe<Array<CheckMethod>>;
  name?: InputMaybe<Scalars['String']['input']>;
  needsExpert?: InputMaybe<Scalars['Boolean']['input']>;
  notice?: InputMaybe<Scalars['String']['input']>;
  objectType?: InputMaybe<Scalars['String']['input']>;
  ratioCap?: InputMaybe<Scalars['Float']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
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

/** 查询 / Queries */
export type Query = {
  __typename?: 'Query';
  AuditEvent: Maybe<AuditEvent>;
  CalendarEntry: Maybe<CalendarEntry>;
  CheckItem: Maybe<CheckItem>;
  DirectoryConfirmation: Maybe<DirectoryConfirmation>;
  Expert: Maybe<Expert>;
  Inspector: Maybe<Inspector>;
  /** 一个检查对象 / One target */
  Target: Maybe<Target>;
  TargetLibrary: Maybe<TargetLibrary>;
  Unit: Maybe<Unit>;
  User: Maybe<User>;
  _allAuditEventsMeta: ListMetadata;
  _allCalendarEntriesMeta: ListMetadata;
  _allCheckItemsMeta: ListMetadata;
  _allDirectoryConfirmationsMeta: ListMetadata;
  _allExpertsMeta: ListMetadata;
  _allInspectorsMeta: ListMetadata;
  _allTargetLibrariesMeta: ListMetadata;
  /** 检查对象数量 / Count targets */
  _allTargetsMeta: ListMetadata;
  _allUnitsMeta: ListMetadata;
  _allUsersMeta: ListMetadata;
  /** 某日之后第 n 个工作日（当日不计） / The n-th working day after a date (the date itself not counted) */
  addWorkingDays: Scalars['Date']['output'];
  allAuditEvents: Array<AuditEvent>;
  allCalendarEntries: Array<CalendarEntry>;
  /** 抽查事项清单（公开） / The checklist (public) */
  allCheckItems: Array<CheckItem>;
  allDirectoryConfirmations: Array<DirectoryConfirmation>;
  allExperts: Array<Expert>;
  allInspectors: Array<Inspector>;
  allTargetLibraries: Array<TargetLibrary>;
  /** 检查对象列表 / List targets */
  allTargets: Array<Target>;
  /** 单位列表（公开） / List units (public) */
  allUnits: Array<Unit>;
  allUsers: Array<User>;
  /** 各年度节假日数据状态（数据包年份、本局录入年份及其后一年） / Holiday data status per year */
  calendarYears: Array<CalendarYearStatus>;
  /** 清单调整公告（公开，最新在前） / Published checklist adjustment notices, newest first */
  checkItemAdjustments: Array<CheckItemVersion>;
  /** 可计算工作日的年度 / Years whose working days are known */
  knownCalendarYears: Array<Scalars['Int']['output']>;
  /** 当前用户；未登录为空 / The signed-in user, null when signed out */
  me: Maybe<Me>;
  /** 我的 API 令牌 / My API tokens */
  myApiTokens: Array<ApiToken>;
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
export type QueryDirectoryConfirmationArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryExpertArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 / Queries */
export type QueryInspectorArgs = {
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
};


/** 查询 / Queries */
export type Query_AllCalendarEntriesMetaArgs = {
  filter?: InputMaybe<CalendarEntryFilter>;
};


/** 查询 / Queries */
export type Query_AllCheckItemsMetaArgs = {
  filter?: InputMaybe<CheckItemFilter>;
};


/** 查询 / Queries */
export type Query_AllDirectoryConfirmationsMetaArgs = {
  filter?: InputMaybe<DirectoryConfirmationFilter>;
};


/** 查询 / Queries */
export type Query_AllExpertsMetaArgs = {
  filter?: InputMaybe<ExpertFilter>;
};


/** 查询 / Queries */
export type Query_AllInspectorsMetaArgs = {
  filter?: InputMaybe<InspectorFilter>;
};


/** 查询 / Queries */
export type Query_AllTargetLibrariesMetaArgs = {
  filter?: InputMaybe<TargetLibraryFilter>;
};


/** 查询 / Queries */
export type Query_AllTargetsMetaArgs = {
  filter?: InputMaybe<TargetFilter>;
};


/** 查询 / Queries */
export type Query_AllUnitsMetaArgs = {
  filter?: InputMaybe<UnitFilter>;
};


/** 查询 / Queries */
export type Query_AllUsersMetaArgs = {
  filter?: InputMaybe<UserFilter>;
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
export type QueryAllDirectoryConfirmationsArgs = {
  filter?: InputMaybe<DirectoryConfirmationFilter>;
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
export type QueryAllInspectorsArgs = {
  filter?: InputMaybe<InspectorFilter>;
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
export type QueryCheckItemAdjustmentsArgs = {
  take?: InputMaybe<Scalars['Int']['input']>;
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

/** 登录方式 / Session kind */
export type SessionKind =
  /** API 令牌 / API token */
  | 'API_TOKEN'
  /** 浏览器登录 / Sign-in session */
  | 'SESSION';

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
  /** 检查对象数 / Active targets */
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
  /** 是否牵头科室（行政许可科） / Whether this is the lead unit */
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
  /** 单位负责人（签批更正） / Unit principal (signs off corrections) */
  isPrincipal: Scalars['Boolean']['output'];
  lastLoginAt: Maybe<Scalars['DateTime']['output']>;
  /** 姓名 / Name */
  name: Scalars['String']['output'];
  /** 角色 / Role */
  role: Role;
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
