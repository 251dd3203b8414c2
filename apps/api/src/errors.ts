// Typed GraphQL errors: a stable code in extensions.code and a message in Chinese (the user's language).
// Domain codes come with their Chinese message from @ssj/domain.
import { GraphQLError } from 'graphql';
import { isDomainError, messages as domainMessages } from '@ssj/domain';

const apiMessages = {
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '没有权限执行此操作',
  READ_ONLY_TOKEN: '分析令牌为只读，不能修改数据',
  NOT_FOUND: '记录不存在',
  BAD_CREDENTIALS: '用户名或密码错误',
  USER_INACTIVE: '该账号已停用',
  'VALIDATION.REQUIRED': '必填字段不能为空',
  'VALIDATION.INVALID': '字段取值无效',
  'TARGET.CREDIT_CODE_DUPLICATE': '该统一社会信用代码已存在于名录库中',
  'INSPECTOR.ID_NUMBER_DUPLICATE': '该身份证号已存在于执法检查人员名录库中',
  'EXPERT.ID_NUMBER_DUPLICATE': '该身份证号已存在于专家库中',
  'INSPECTOR.DRAWABLE_NOT_QUALIFIED': '不具备执法资格的人员不能设为可参与抽取',
  'CHECK_ITEM.CODE_DUPLICATE': '事项编码已存在',
  'CHECK_ITEM.NOTICE_REQUIRED': '调整抽查事项须填写调整说明',
  'CHECK_ITEM.RATIO_ABOVE_CAP': '一般事项的抽查比例不得超过上限',
  'UNIT.DUPLICATE': '单位名称或编码已存在',
  'USER.USERNAME_DUPLICATE': '用户名已存在',
  'USER.PASSWORD_TOO_SHORT': '密码至少需要 8 位',
  'LIBRARY.DUPLICATE': '名录库名称或编码已存在',
  'CALENDAR.ENTRY_DUPLICATE': '该日期已录入节假日安排',
  'CALENDAR.YEAR_DECLARED': '该年度已声明录入完成',
  'RECORD.IN_USE': '记录已被引用，已改为停用而未删除',
} as const;

export type ApiErrorCode = keyof typeof apiMessages;

/** A refusal the user can act on. `detail` is appended to the message (e.g. the field's Chinese label). */
export function userError(code: ApiErrorCode | string, detail?: string, extra: Record<string, unknown> = {}): GraphQLError {
  const base =
    (apiMessages as Record<string, string>)[code] ?? (domainMessages as Record<string, string>)[code] ?? code;
  return new GraphQLError(detail ? `${base}：${detail}` : base, { extensions: { code, ...extra } });
}

export const unauthenticated = () => userError('UNAUTHENTICATED');
export const forbidden = () => userError('FORBIDDEN');
/** Rule 3 (G9: 谁管辖、谁维护): unit staff write only their own unit's records. */
export const forbiddenOtherUnit = () =>
  userError('FORBIDDEN', '只能维护本单位的记录（谁管辖、谁维护）', { reason: 'OTHER_UNIT' });
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
