// Typed GraphQL errors: a stable code in extensions.code and a message in Chinese (the user's language).
// Domain codes come with their Chinese message from @ssj/domain.
import { GraphQLError } from 'graphql';
import {
  type CampaignApprovalRefusal,
  type DomainErrorCode,
  DIRECTORY_CONFIRMATION_HOURS,
  isDomainError,
  messages as domainMessages,
  type PlanRefusal,
  type TaskRefusal,
  type TaskTargetRefusal,
  type TeamRefusal,
  type DrawRefusalCode,
} from '@ssj/domain';

export const apiMessages = {
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '没有权限执行此操作',
  READ_ONLY_TOKEN: 'API 令牌为只读，不能修改数据',
  NOT_FOUND: '记录不存在',
  BAD_CREDENTIALS: '用户名或密码错误',
  USER_INACTIVE: '该账号已停用',
  'AUTH.TOO_MANY_ATTEMPTS': '登录失败次数过多，已暂时锁定',
  'AUTH.NOT_LOCKED': '该账号没有被锁定',
  'VALIDATION.REQUIRED': '必填字段不能为空',
  'VALIDATION.INVALID': '字段取值无效',
  'VALIDATION.TOO_LONG': '内容过长',
  'CONFLICT.DUPLICATE': '记录已存在（与已有记录的唯一字段重复）',
  'TARGET.CREDIT_CODE_DUPLICATE': '该统一社会信用代码已存在于名录库中',
  'INSPECTOR.ID_NUMBER_DUPLICATE': '该身份证号已存在于执法检查人员名录库中',
  'EXPERT.ID_NUMBER_DUPLICATE': '该身份证号已存在于专家库中',
  'INSPECTOR.DRAWABLE_NOT_QUALIFIED': '不具备执法资格的人员不能设为可参与抽取',
  'CHECK_ITEM.CODE_DUPLICATE': '事项编码已存在',
  'CHECK_ITEM.NOTICE_REQUIRED': '调整抽查事项须填写调整说明',
  'CHECK_ITEM.RATIO_ABOVE_CAP': '一般事项的抽查比例不得超过上限',
  'CHECK_ITEM.REMIT_EMPTY': '抽查事项至少要有一个实施单位（列入其职责范围、须纳入其年度计划的单位）',
  'CHECK_ITEM.REMIT_UNIT_INVALID': '实施单位不存在或已停用',
  'UNIT.DUPLICATE': '单位名称或编码已存在',
  'USER.USERNAME_DUPLICATE': '用户名已存在',
  'USER.INSPECTOR_LINKED': '该执法检查人员已关联其他账号（一名执法检查人员只能关联一个账号），请先解除原关联',
  'USER.PASSWORD_TOO_SHORT': '密码至少需要 8 位',
  'USER.PASSWORD_WEAK': '密码强度不足',
  'LIBRARY.DUPLICATE': '名录库名称或编码已存在',
  'CALENDAR.ENTRY_DUPLICATE': '该日期已录入节假日安排',
  'CALENDAR.YEAR_DECLARED': '该年度已声明录入完成',
  'PUBLICATION.RECEIVER_URL_INVALID': '接收方地址须为 http:// 或 https:// 开头的完整网址',
  'PUBLICATION.RECEIVER_KINDS_INVALID': '请至少选择一种公示文档类型，且只能选择已有的类型',
  'PUBLICATION.RECEIVER_NAME_DUPLICATE': '接收方名称已存在',
  'PUBLICATION.NOT_SUBSCRIBED': '该接收方未订阅此类文档，不能重新推送',
  'PUBLICATION.BUNDLE_DAY_INVALID': '每日公示包的日期应为 YYYY-MM-DD 格式的有效日期',
  'PUBLICATION.BUNDLE_PROFILE_INVALID': '所选映射方案不存在，或不是该类公示文档的导出方案',
  // import and export of the lists (apps/api/src/importing)
  'IMPORT.FORMAT_UNSUPPORTED': '只能导入 .xlsx 或 .csv 文件',
  'IMPORT.FILE_TOO_LARGE': '文件过大',
  'IMPORT.FILE_UNREADABLE': '文件无法读取，不是有效的 Excel（.xlsx）或 CSV 文件',
  'IMPORT.EMPTY_FILE': '文件中没有表头或数据',
  'IMPORT.MAPPING_INVALID': '列与字段的对应关系无效',
  'IMPORT.BUSY': '该文件正在处理中，请稍候',
  'IMPORT.NOT_ANALYSED': '请先试导入，确认每一行的处理结果后再提交',
  'IMPORT.REFUSED_ROWS': '文件中仍有被拒绝的行，不能提交；请按错误报告修改文件后重新导入',
  'IMPORT.CHANGED_SINCE_DRY_RUN': '试导入后名录已有变化（有行被拒绝，或记录已由他人导入或修改），未导入任何记录；请查看新的试导入结果后重新导入',
  'IMPORT.ALREADY_COMMITTED': '该文件已导入',
  'IMPORT.FILTER_INVALID': '导出的筛选条件无效',
  'EXPORT.CHANGED_SINCE_INVALID': '“变更起始日”应为 YYYY-MM-DD 格式的日期，且只适用于检查对象名录和执法检查人员名录',
  // mapping profiles for the exchange with other systems (apps/api/src/importing/profiles.ts)
  'MAPPING_PROFILE.NOT_FOUND': '映射方案不存在',
  'MAPPING_PROFILE.WRONG_LIST': '该映射方案不适用于此名录或方向',
  'MAPPING_PROFILE.UNKNOWN_LIST': '映射方案的名录无效（应为 targets、inspectors、experts、checkItems 或 publication.<公示文档类型>）',
  'MAPPING_PROFILE.UNKNOWN_FIELD': '映射方案中有该名录没有的字段',
  'MAPPING_PROFILE.DUPLICATE_FIELD': '同一字段在映射方案中出现多次',
  'MAPPING_PROFILE.DUPLICATE_HEADER': '同一列名在映射方案中出现多次',
  'MAPPING_PROFILE.DUPLICATE_VALUE': '同一字段的同一个值有多条对照',
  'MAPPING_PROFILE.NAME_REQUIRED': '请填写映射方案名称',
  'MAPPING_PROFILE.NAME_TAKEN': '同一名录、同一方向下已有同名的映射方案',
  'MAPPING_PROFILE.HEADER_REQUIRED': '请填写每一列的列名',
  'MAPPING_PROFILE.VALUE_REQUIRED': '值对照的原值不能为空',
  'MAPPING_PROFILE.NO_COLUMNS': '映射方案至少需要一列',
  'MAPPING_PROFILE.TOO_MANY': '映射方案的列或值对照过多',
  'MAPPING_PROFILE.TOO_LONG': '映射方案中的文字过长',
  // printable documents (apps/api/src/documents)
  'DOCUMENT.NOT_AVAILABLE': '该文书暂不能生成',
  // plans
  'PLAN.DUPLICATE': '该单位该年度已有年度抽查工作计划',
  'PLAN.ALREADY_FILED': '计划已备案，不能直接修改或删除；变更请通过计划调整备案',
  'PLAN.NOT_FILED': '计划尚未备案：请直接编辑计划事项，备案后再调整',
  'PLAN.FILED_USE_ADJUSTMENT': '计划已备案，不能直接增删改计划事项；请通过“计划调整”或“临时抽查”提交并说明理由',
  'PLAN.ADJUSTMENT_REASON_REQUIRED': '计划调整和临时抽查须填写理由',
  'PLAN.EMPTY': '计划中没有任何抽查事项，不能备案',
  'PLAN.IN_USE': '计划已有抽查任务，不能删除',
  'PLAN_ITEM.DUPLICATE': '该抽查事项已列入本计划（临时抽查除外，每个事项只列一次）',
  'PLAN_ITEM.CHECK_ITEM_INVALID': '抽查事项不存在或已停用',
  'PLAN_ITEM.RATIO_ABOVE_CAP': '一般事项的计划抽查比例不得超过上限',
  'PLAN_ITEM.SHARES_NOT_ONE': '省级、市局、区级抽查分配比例之和应为 1',
  'PLAN_ITEM.WINDOW_OUTSIDE_YEAR': '时间安排应在计划年度内',
  'PLAN_ITEM.WINDOW_REVERSED': '时间安排的开始日期不能晚于结束日期',
  'PLAN_ITEM.AREA_WEIGHTS_INVALID': '地区抽查比重应为“镇（街道）→ 非负数”的对应关系',
  'PLAN_ITEM.IN_USE': '该计划事项已有抽查任务，不能移除',
  // tasks and draws
  'TASK.PLAN_NOT_FILED': '抽查工作计划尚未备案，不能设置抽查任务',
  'TASK.WINDOW_OUTSIDE_PLAN_YEAR': '任务执行时间应在计划年度内',
  'TASK.TEAM_SIZE_TOO_SMALL': '每个检查对象的检查组不得少于 2 名执法检查人员',
  'TASK.CHECK_ITEM_NOT_IN_PLAN': '抽查事项不在该年度抽查工作计划中',
  'TASK.NOT_EDITABLE': '任务已摇号或已下发，不能再修改',
  'TASK.ALREADY_DRAWN': '任务已摇号，摇号记录须保留，不能删除',
  'TASK.NOT_CANCELLABLE': '只有摇号前的任务可以取消；已摇号的任务请说明理由重新摇号，或锁定下发后执行',
  'TASK.CANCEL_REASON_REQUIRED': '已发布摇号公告的任务，取消时须说明理由（理由随任务公开）',
  'TASK.CAMPAIGN_BASIS_REQUIRED': '专项行动或上级部门部署的定向检查须填写部署依据（文件文号或专项行动名称）',
  'TASK.CAMPAIGN_BASIS_WITHOUT_ORDER': '未标记为专项行动或上级部门部署的定向检查，不应填写部署依据',
  'TASK.CAMPAIGN_APPROVER_NOT_LEAD': '专项或上级交办任务不受比例和频次限制，须由牵头科室（行政许可科）管理员批准',
  'TASK.NOT_CAMPAIGN_ORDERED': '该任务未标记为专项行动或上级部门部署的定向检查，无须批准豁免',
  'TASK.CAMPAIGN_ALREADY_APPROVED': '该任务的专项豁免已经批准',
  'TASK.CAMPAIGN_APPROVAL_TOO_LATE': '专项豁免须在摇号前批准（批准内容是抽取参数的一部分）',
  'TASK_TARGET.TRANSFER_NOTICE_REQUIRED': '移交迁入地单位须填写书面通知的文号（指引第二十八条）',
  'TASK.CHECK_ITEM_IN_USE_BY_CLASS': '该抽查事项是抽取类别唯一的抽查事项，不能从任务中移除；请先修改或删除该类别',
  'TASK.CHECK_ITEM_WITHOUT_CLASS': '任务的每个抽查事项须至少有一个抽取类别为其抽取检查对象',
  'TASK_CLASS.CHECK_ITEM_NOT_IN_TASK': '抽取类别只能为本任务的抽查事项抽取检查对象',
  'TASK_CLASS.RATIO_XOR_COUNT': '抽取类别应在抽查比例和抽取数量中二选一',
  'TASK_CLASS.KEY_DUPLICATE': '该任务中已有相同标识的抽取类别',
  'DRAW.NO_CLASSES': '至少设置一类检查对象后才能发布摇号公告',
  'DRAW.ALREADY_ANNOUNCED': '已发布摇号公告（承诺值），不能重复发布',
  'DRAW.NOT_ANNOUNCED': '尚未发布摇号公告（公布随机种子承诺值），不能摇号',
  'DRAW.ALREADY_DRAWN': '本任务已摇号；如需重新摇号，请说明理由申请重新摇号',
  'DRAW.DIRECTORIES_NOT_CONFIRMED': `摇号前 ${DIRECTORY_CONFIRMATION_HOURS} 小时内须确认本单位检查对象名录库和执法检查人员名录库为最新`,
  'DRAW.CANDIDATES_CHANGED': '名录库在向见证人展示后发生了变化，候选名单与展示的不一致，请重新预览后摇号',
  'DRAW.PARAMETERS_CHANGED': '抽取参数在向见证人展示后发生了变化，请重新预览后摇号',
  'DRAW.REDRAW_REASON_REQUIRED': '重新摇号须说明理由',
  'DRAW.NOTHING_TO_REDRAW': '本任务尚未摇号，无需重新摇号',
  'DRAW.LOCKED_NO_REDRAW': '只有尚未锁定的摇号结果可以重新摇号；已锁定下发的名单不能重新摇号',
  'DRAW.NOT_LOCKABLE': '只有最新一次、尚未锁定的摇号结果可以确认锁定',
  'DRAW.NOT_PUBLISHED': '该摇号结果尚未确认锁定，暂不公开；锁定下发后公布摇号公告、候选名单和回执，任何人可复核',
  'DRAW.YEARLY_CAP_REACHED': '锁定后有检查对象本年度被抽中将超过 2 次（其他任务已先锁定），请说明理由重新摇号',
  // teams
  'TEAM.TASK_NOT_DISPATCHED': '抽查任务的检查对象名单尚未锁定下发，不能匹配或调整检查组',
  'TEAM.ALREADY_MATCHED': '检查组已组建，不能重复匹配；如需调整请更换成员',
  'TEAM.JOINT_UNIT_NOT_NEIGHBOUR': '联合随机匹配只能与执行单位的相邻单位进行',
  'CONFLICT.ALREADY_REGISTERED': '该执法检查人员与该检查对象的利害关系已登记',
  'TEAM.REQUEST_ALREADY_PENDING': '该成员已有待批准的更换或回避申请，请等待批准人处理',
  'TEAM.MEMBER_INACTIVE': '该成员已被更换，不在检查组中',
  'TEAM.NOT_AN_INSPECTOR': '只能更换执法检查人员（专家请另行委派）',
  'TEAM.VISITS_WITHOUT_TEAM': '尚有检查对象未组建检查组，请先随机匹配、联合匹配或直接委派，再确认检查组',
  'TEAM.ALREADY_CONFIRMED': '检查组已确认',
  // settings
  'SETTINGS.NOTHING_TO_UPDATE': '请至少修改一项设置',
  'SETTINGS.GENERAL_RATIO_CAP_INVALID': '一般检查事项抽查比例上限无效',
  'SETTINGS.RISK_CREDIT_FACTORS_INVALID': '风险、信用调整系数无效',
  'TASK.NOT_DISPATCHED': '任务尚未锁定下发，不能办理此操作',
  'TASK.COMPLETION_IN_FUTURE': '完成日期不能晚于今天',
  'TASK.COMPLETION_BEFORE_WINDOW': '完成日期不能早于任务开始日期',
  'TASK.COMPLETION_BACKDATE_REASON_REQUIRED': '完成日期为标记完成之日；填写更早的日期须说明理由（记入操作日志）',
  'TASK.TEAMS_NOT_CONFIRMED': '检查组未确认，不能完成任务：每个待检查的检查对象须有经执行单位确认的检查组（不少于 2 名执法检查人员，1 名组长）',
  // results, corrections, reviews (rules 18–24)
  'FORM.CODE_DUPLICATE': '表单编号已存在',
  'RESULT.SELF_REVIEW': '检查结果须由录入人以外的人员审核',
  'TASK_TARGET.NOT_PENDING': '该检查对象已检查、办结或移交，不能再办理',
  'TASK_TARGET.TRANSFER_SAME_UNIT': '移交单位应为检查对象新住所地的其他单位',
  'EVIDENCE.TYPE_NOT_ALLOWED': '不支持的证据材料类型（可上传图片、PDF、音视频、Word、Excel 或文本文件）',
  'EVIDENCE.TOO_LARGE': '证据材料文件过大（单个文件不超过 20 MB）',
  'EVIDENCE.TOO_MANY': '每个检查结果最多上传 30 个证据材料',
  'EVIDENCE.CONTENT_MISMATCH': '文件内容与声明的类型不符',
  'EVIDENCE.ACTIVE_CONTENT': '不接受网页、脚本、SVG 等可执行的内容',
  'CORRECTION.RESULT_NOT_PUBLISHED': '只有已公示的检查结果需要更正；未公示的结果请退回修改',
  'CORRECTION.PENDING_EXISTS': '该检查结果已有待签批的更正，请先签批或处理',
  'CORRECTION.NOTHING_CHANGED': '更正至少应修改检查结果、后续处置、检查情况或备注中的一项',
  'CORRECTION.NOT_PENDING': '该更正已签批或已被否决，不能再办理',
  'CORRECTION.PRINCIPAL_REQUIRED': '更正须由负责该检查结果单位的负责人签批',
  'REVIEW.RESULT_NOT_PUBLISHED': '只能对已公示的检查结果提出异议',
  'RECORD.IN_USE': '记录已被引用，已改为停用而未删除',
  // reminders' outbound channels (docs/notifications.md)
  'NOTIFICATION.CHANNEL_NAME_REQUIRED': '请填写渠道名称',
  'NOTIFICATION.CHANNEL_URL_INVALID': '机器人 Webhook 地址须为 http:// 或 https:// 开头的完整网址',
  'NOTIFICATION.CHANNEL_INCOMPLETE': '外发渠道缺少必填项',
  'NOTIFICATION.EMAIL_INVALID': '邮箱地址格式不正确',
  'NOTIFICATION.QUIET_HOURS_INVALID': '免打扰时段须为 HH:MM 格式的北京时间（如 20:00）',
  'NOTIFICATION.TIME_INVALID': '时间须为 HH:MM 格式的北京时间（如 08:30）',
  // limits on one GraphQL document (limits.ts)
  'QUERY.TOO_DEEP': '查询嵌套层级过多，请减少嵌套或分多次查询',
  'QUERY.TOO_COSTLY': '查询过于复杂（字段过多或嵌套过深），请减少字段或分多次查询',
  'QUERY.TOO_MANY_ALIASES': '查询中的别名过多，请分多次查询',
  'QUERY.TOO_MANY_DIRECTIVES': '查询中的指令过多',
  'QUERY.TOO_MANY_TOKENS': '查询语句过长，请分多次查询',
  'REQUEST.TOO_LARGE': '请求内容过大（不超过 30 MB），证据材料请逐个上传',
} as const;

export type ApiErrorCode = keyof typeof apiMessages;

/**
 * A refusal the user can act on. `detail` is appended to the message (e.g. the field's Chinese label) and also sent
 * alone as `extensions.detail`, so a client that shows the code's message in another language keeps it (the admin's
 * English UI: apps/admin/src/i18n/serverErrors.ts).
 */
export function userError(code: ApiErrorCode | string, detail?: string, extra: Record<string, unknown> = {}): GraphQLError {
  const base = (apiMessages as Record<string, string>)[code] ?? (domainMessages as Record<string, string>)[code] ?? code;
  return new GraphQLError(detail ? `${base}：${detail}` : base, { extensions: { code, ...(detail ? { detail } : {}), ...extra } });
}

export const unauthenticated = () => userError('UNAUTHENTICATED');
export const forbidden = () => userError('FORBIDDEN');
/** Rule 3 (G9: 谁管辖、谁维护): unit staff write only their own unit's records. */
export const forbiddenOtherUnit = () => userError('FORBIDDEN', '只能维护本单位的记录（谁管辖、谁维护）', { reason: 'OTHER_UNIT' });
export const notFound = (what?: string) => userError('NOT_FOUND', what);

/** Runs domain code and turns a DomainError (e.g. CALENDAR.YEAR_UNKNOWN) into a typed GraphQL error. */
export function domainCall<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (isDomainError(e)) throw userError(e.code, undefined, { ...e.details });
    throw e;
  }
}

/**
 * A lifecycle verdict of @ssj/domain (src/lifecycles): passes on ok, throws the refusal's code as a typed error
 * otherwise (`extra` goes to the extensions, as before the decision moved to the domain).
 */
export function allowed<V extends { ok: boolean }>(verdict: V, extra: Record<string, unknown> = {}): asserts verdict is Extract<V, { ok: true }> {
  if (!verdict.ok) throw userError((verdict as unknown as { code: string }).code, undefined, extra);
}

// The lifecycles return the API's existing codes (their messages live above): a code without a message fails here.
type LifecycleCode =
  | PlanRefusal
  | TaskRefusal
  | CampaignApprovalRefusal
  | DrawRefusalCode
  | TeamRefusal
  | TaskTargetRefusal
  | 'TASK.ALREADY_DRAWN'
  | 'TASK.TEAMS_NOT_CONFIRMED'
  | 'TASK.CANCEL_REASON_REQUIRED'
  | 'DRAW.NO_CLASSES'
  | 'DRAW.NOTHING_TO_REDRAW'
  | 'TEAM.MEMBER_INACTIVE'
  | 'TEAM.REQUEST_ALREADY_PENDING'
  | 'CORRECTION.NOT_PENDING'
  | 'CORRECTION.PRINCIPAL_REQUIRED'
  | 'CORRECTION.RESULT_NOT_PUBLISHED'
  | 'CORRECTION.PENDING_EXISTS';
export const everyLifecycleCodeHasAMessage: [LifecycleCode] extends [ApiErrorCode | DomainErrorCode] ? true : false = true;
