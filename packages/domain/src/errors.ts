// Every stable code the domain can produce, with the Chinese message the API shows (via
// GraphQLError extensions.code). Codes are part of the API contract: never rename one, add new ones.
import { DIRECTORY_CONFIRMATION_HOURS } from './directories.ts';

export type DomainErrorCode =
  // GB 32100 credit codes
  | 'CREDIT_CODE.LENGTH'
  | 'CREDIT_CODE.CHARSET'
  | 'CREDIT_CODE.CHECK_DIGIT'
  // GB 11643 resident ID numbers
  | 'ID_NUMBER.INVALID'
  // rule 20: working-day calendar
  | 'CALENDAR.YEAR_UNKNOWN'
  | 'CALENDAR.INVALID_DATE'
  | 'CALENDAR.INVALID_ENTRY'
  // rules 2, 8, 9, 11–13, 17: target draws
  | 'DRAW.INVALID_PARAMETERS'
  | 'DRAW.INVALID_CANDIDATE'
  | 'DRAW.DUPLICATE_CANDIDATE'
  | 'DRAW.GENERAL_RATIO_ABOVE_CAP'
  | 'DRAW.GENERAL_ITEM_ABOVE_CAP'
  | 'DRAW.INVALID_SEED_INPUT'
  | 'DRAW.COMMITMENT_MISMATCH'
  | 'DRAW.EXCLUDED_NOT_ACTIVE'
  | 'DRAW.EXCLUDED_YEARLY_CAP'
  | 'DRAW.UNKNOWN_CLASS'
  | 'DRAW.RANKING_EXHAUSTED'
  | 'DRAW.VERIFICATION_FAILED'
  // rules 5, 15, 16: inspector teams
  | 'TEAM.INVALID_PARAMETERS'
  | 'TEAM.TOO_FEW_INSPECTORS'
  | 'TEAM.NO_EXPERT_AVAILABLE'
  | 'TEAM.TOO_SMALL'
  | 'TEAM.NO_LEADER'
  | 'TEAM.MULTIPLE_LEADERS'
  | 'TEAM.UNQUALIFIED'
  | 'TEAM.DUPLICATE_MEMBER'
  | 'TEAM.CONFLICT_OF_INTEREST'
  | 'TEAM.NOT_A_MEMBER'
  | 'TEAM.REPLACEMENT_NOT_APPROVED'
  | 'TEAM.NO_REPLACEMENT_AVAILABLE'
  | 'TEAM.REPLACEMENT_NOT_IN_POOL'
  | 'TEAM.REPLACEMENT_CANNOT_LEAD'
  | 'TEAM.REPLACEMENT_LOAD_LIMIT'
  | 'TEAM.SELF_APPROVAL'
  | 'TEAM.NOT_THE_APPROVER'
  | 'TEAM.APPROVER_NOT_ALLOWED'
  | 'TEAM.REQUEST_NOT_PENDING'
  | 'TEAM.DECISION_NEEDS_REASON'
  | 'TEAM.DIRECT_ASSIGNMENT_NOT_NEEDED'
  | 'TEAM.EXPERT_FIELD_MISMATCH'
  | 'TEAM.DIRECTORY_NOT_CONFIRMED'
  | 'TEAM.EXPERT_NOT_NEEDED'
  | 'TEAM.EXPERT_REASON_REQUIRED'
  // rule 6: plan coverage
  | 'PLAN.COVERAGE_INCOMPLETE'
  | 'PLAN.NO_REMIT'
  // rules 18–24: results, reviews, follow-ups
  | 'RESULT.WRONG_STATE'
  | 'RESULT.INCOMPLETE'
  | 'RESULT.FOLLOW_UP_REQUIRED'
  | 'RESULT.FOLLOW_UP_NOT_ALLOWED'
  | 'RESULT.STALE'
  | 'RESULT.WRITE_KEY_REUSED'
  // rule 19 (G26, G32): the on-site procedure and the team's confirmation
  | 'RESULT.NO_TEAM'
  | 'RESULT.NOT_ON_TEAM'
  | 'RESULT.ALREADY_CONFIRMED'
  | 'RESULT.NOT_READY_TO_CONFIRM'
  | 'RESULT.UNCONFIRMED'
  | 'ONSITE.INCOMPLETE'
  | 'ONSITE.TOO_FEW_CERTIFICATES'
  | 'ONSITE.CERTIFICATE_NOT_ON_TEAM'
  | 'ONSITE.WITNESS_REQUIRED'
  | 'ONSITE.PRE_CHECK_AFTER_VISIT'
  | 'ONSITE.NOTICE_AFTER_VISIT'
  | 'ONSITE.POINTS_CONTRADICT_OUTCOME'
  | 'REVIEW.WRONG_STATE'
  | 'FOLLOW_UP.INVALID_TRANSITION'
  // rule 23 (G28): transfers of moved targets
  | 'TRANSFER.NOTICE_REQUIRED'
  | 'TRANSFER.SAME_UNIT'
  | 'TRANSFER.TARGET_NOT_PENDING'
  | 'TRANSFER.PENDING_EXISTS'
  | 'TRANSFER.NOT_PENDING'
  | 'TRANSFER.SELF_APPROVAL'
  | 'TRANSFER.APPROVER_REQUIRED'
  // rule 26: withholding from publication
  | 'PUBLICATION.WITHHOLDING_CATEGORY_REQUIRED'
  | 'PUBLICATION.WITHHOLDING_BASIS_REQUIRED'
  | 'PUBLICATION.BASIS_WITHOUT_WITHHOLDING';

export const messages: Record<DomainErrorCode, string> = {
  'CREDIT_CODE.LENGTH': '统一社会信用代码应为18位',
  'CREDIT_CODE.CHARSET': '统一社会信用代码含有不允许的字符（不使用字母I、O、Z、S、V）',
  'CREDIT_CODE.CHECK_DIGIT': '统一社会信用代码校验位错误',
  'ID_NUMBER.INVALID': '公民身份号码格式或校验位错误',

  'CALENDAR.YEAR_UNKNOWN': '该年度不在可推算工作日的范围（1901–2099 年）内，且未声明节假日安排，无法计算工作日',
  'CALENDAR.INVALID_DATE': '日期格式错误，应为YYYY-MM-DD格式的有效日期',
  'CALENDAR.INVALID_ENTRY': '节假日安排录入有误（日期或类型不正确，或同一日期重复录入）',

  'DRAW.INVALID_PARAMETERS': '抽取参数设置有误，请检查抽取类别、比例或数量',
  'DRAW.INVALID_CANDIDATE': '检查对象名录中有不完整或不合规的记录，无法抽取',
  'DRAW.DUPLICATE_CANDIDATE': '检查对象名录中存在重复的检查对象',
  'DRAW.GENERAL_RATIO_ABOVE_CAP': '一般检查事项的抽查比例超过规定上限，不能抽取',
  'DRAW.GENERAL_ITEM_ABOVE_CAP': '同一一般检查事项各类别合计抽取的对象数超过按比例上限可抽取的数量，不能抽取',
  'DRAW.INVALID_SEED_INPUT': '随机种子来源不完整或格式错误，不能抽取',
  'DRAW.COMMITMENT_MISMATCH': '服务器密钥与摇号前公布的承诺值不一致，不能抽取',
  'DRAW.EXCLUDED_NOT_ACTIVE': '该检查对象已注销、被撤销（吊销）或无法联系，不参与抽取',
  'DRAW.EXCLUDED_YEARLY_CAP': '该市场主体本年度已被抽中2次，不再参与抽取',
  'DRAW.UNKNOWN_CLASS': '抽取回执中没有该类检查对象',
  'DRAW.RANKING_EXHAUSTED': '该类检查对象已无可递补的对象',
  'DRAW.VERIFICATION_FAILED': '摇号结果复核不一致，抽取记录可能被改动',

  'TEAM.INVALID_PARAMETERS': '检查组设置有误：每组至少2名执法检查人员，每人承担检查对象数量上限至少为1',
  'TEAM.TOO_FEW_INSPECTORS': '符合条件的执法检查人员不足，可采取直接委派或与相邻区域联合随机匹配',
  'TEAM.NO_EXPERT_AVAILABLE': '专家库中没有符合条件的专家，可直接委派专家',
  'TEAM.TOO_SMALL': '每个检查对象的检查组不得少于2名执法检查人员',
  'TEAM.NO_LEADER': '检查组未确定组长',
  'TEAM.MULTIPLE_LEADERS': '检查组只能有1名组长',
  'TEAM.UNQUALIFIED': '检查组中有不具备执法资格的人员',
  'TEAM.DUPLICATE_MEMBER': '同一执法检查人员在检查组中重复出现',
  'TEAM.CONFLICT_OF_INTEREST': '执法检查人员与检查对象有利害关系，应当回避',
  'TEAM.NOT_A_MEMBER': '该执法检查人员不在此检查组中',
  'TEAM.REPLACEMENT_NOT_APPROVED': '更换执法检查人员须经牵头科室或任务执行单位同意，并说明理由',
  'TEAM.NO_REPLACEMENT_AVAILABLE': '随机排序中已没有可递补的执法检查人员（更换组长时须可任组长），可指定替换人员（经批准后由指定的执法检查人员替换）',
  'TEAM.REPLACEMENT_NOT_IN_POOL': '指定的替换人员须是本任务执行单位（联合匹配时含相邻单位）在岗、具备执法资格且参与抽取的执法检查人员',
  'TEAM.REPLACEMENT_CANNOT_LEAD': '被更换的是组长，指定的替换人员未标记为可任组长；请指定可任组长的执法检查人员',
  'TEAM.REPLACEMENT_LOAD_LIMIT': '指定的替换人员在本任务中承担的检查对象已达上限',
  'TEAM.SELF_APPROVAL': '更换或回避申请不能由申请人本人批准，请另选批准人',
  'TEAM.NOT_THE_APPROVER': '只有申请中指定的批准人才能批准或驳回该申请',
  'TEAM.APPROVER_NOT_ALLOWED': '更换或回避须经牵头科室的在岗人员或任务执行单位负责人批准',
  'TEAM.REQUEST_NOT_PENDING': '该申请已处理，不能重复批准或驳回',
  'TEAM.DECISION_NEEDS_REASON': '驳回申请须说明理由',
  'TEAM.DIRECT_ASSIGNMENT_NOT_NEEDED': '随机匹配可以组建检查组，不得直接委派；执法检查人员不足时，或经牵头科室同意并说明理由，方可直接委派',
  'TEAM.EXPERT_FIELD_MISMATCH': '专家的专业领域与检查事项要求的领域不符',
  'TEAM.EXPERT_NOT_NEEDED': '只有任务中需要专家参与的检查事项才能委派专家',
  'TEAM.EXPERT_REASON_REQUIRED': '直接委派专家须说明理由',
  'TEAM.DIRECTORY_NOT_CONFIRMED': `委托执行的任务，执行单位须在匹配检查组前 ${DIRECTORY_CONFIRMATION_HOURS} 小时内确认本单位执法检查人员名录库为最新`,

  'PLAN.COVERAGE_INCOMPLETE': '年度抽查工作计划未覆盖本单位职责范围内的全部抽查事项，不能报备',
  'PLAN.NO_REMIT': '本单位职责范围内没有抽查事项，无需制定年度抽查计划。如本单位承担某项检查，请联系行政许可科在抽查事项清单中将本单位列为该事项的实施单位',

  'RESULT.WRONG_STATE': '检查结果当前状态下不能办理此操作',
  'RESULT.INCOMPLETE': '检查结果尚未填写完整，不能提交审核',
  'RESULT.FOLLOW_UP_REQUIRED': '发现问题待后续处理、不配合检查情节严重或弄虚作假的，须选择后续处置方式（移送办案机构或抄告相关部门）',
  'RESULT.FOLLOW_UP_NOT_ALLOWED': '未发现问题、未发现开展相关经营活动或无法联系的，不应选择后续处置',
  'RESULT.STALE': '该检查结果在您开始填写后已被修改，本次保存未生效；请重新加载查看最新内容（本机草稿仍保留）',
  'RESULT.WRITE_KEY_REUSED': '保存请求的标识已用于其他检查结果或其他用户，未保存',
  'RESULT.NO_TEAM': '该检查对象尚未组建检查组，不能录入检查结果（指引第二十六条）',
  'RESULT.NOT_ON_TEAM': '只有本检查对象检查组的执法检查人员才能录入和确认检查结果（指引第二十六条、第三十二条）',
  'RESULT.ALREADY_CONFIRMED': '您已确认当前版本的检查结果',
  'RESULT.NOT_READY_TO_CONFIRM': '检查结果和现场检查记录尚未填写完整，不能签字确认',
  'RESULT.UNCONFIRMED': '检查组成员尚未全部签字确认检查结果，不能提交审核（指引第二十六条）',
  'ONSITE.INCOMPLETE': '现场检查程序记录不完整，不能确认或提交（指引第二十六条）',
  'ONSITE.TOO_FEW_CERTIFICATES': '现场检查人员不得少于两人，并应出示执法证件（指引第二十六条）',
  'ONSITE.CERTIFICATE_NOT_ON_TEAM': '出示执法证件的人员不是本检查组成员',
  'ONSITE.WITNESS_REQUIRED': '检查对象拒绝签字的，须填写见证人姓名（指引第二十六条）',
  'ONSITE.PRE_CHECK_AFTER_VISIT': '预查比对应在现场检查之前（或当日）完成（指引第二十六条）',
  'ONSITE.NOTICE_AFTER_VISIT': '检查告知书应在现场检查时（或之前）送达',
  'ONSITE.POINTS_CONTRADICT_OUTCOME': '检查要点的结论与检查结果不一致：未发现问题的不应有不符合项，发现问题的应至少有一项不符合',
  'REVIEW.WRONG_STATE': '复查当前状态下不能办理此操作',
  'FOLLOW_UP.INVALID_TRANSITION': '后续处置状态不能这样变更',

  'TRANSFER.NOTICE_REQUIRED': '移交迁入地单位须填写书面通知的文号（指引第二十八条）',
  'TRANSFER.SAME_UNIT': '移交单位应为检查对象新住所地的其他单位',
  'TRANSFER.TARGET_NOT_PENDING': '该检查对象已检查、办结、移交或结果已提交，或任务已完成，不能移交',
  'TRANSFER.PENDING_EXISTS': '该检查对象已有待批准的移交申请，请先批准或不予批准',
  'TRANSFER.NOT_PENDING': '该移交申请已批准或不予批准，不能再办理',
  'TRANSFER.SELF_APPROVAL': '移交申请须由申请人以外的人批准，申请人不能批准自己的申请',
  'TRANSFER.APPROVER_REQUIRED': '移交申请须由迁出单位负责人或牵头科室管理员批准（指引第二十八条：按程序批准）',

  'PUBLICATION.WITHHOLDING_CATEGORY_REQUIRED': '不予公示须选择依法不公开的情形（涉及国家秘密、商业秘密、个人隐私等）',
  'PUBLICATION.WITHHOLDING_BASIS_REQUIRED': '不予公示须填写法律依据（条款或文件名称、文号）',
  'PUBLICATION.BASIS_WITHOUT_WITHHOLDING': '结果公示的任务不应填写不公开情形和依据',
};

export function messageFor(code: DomainErrorCode): string {
  return messages[code];
}

/**
 * Thrown only where a function has no sensible result value (e.g. a working-day count in a year
 * whose holiday schedule nobody has entered). Business refusals are returned, not thrown.
 */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: DomainErrorCode, details: Record<string, unknown> = {}) {
    super(`${messages[code]} (${code})`);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}
