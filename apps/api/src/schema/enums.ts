// GraphQL enums mirror the Prisma enums; each value carries its Chinese (and English) label.
import {
  BusinessScale,
  CheckCategory,
  CheckMethod,
  CreditStatus,
  LibraryKind,
  RegistrationStatus,
  RiskLevel,
  Role,
  SessionKind,
  UnitKind,
} from '@ssj/db/client';
import { builder } from '../builder.ts';

/** A GraphQL enum mirroring a Prisma enum, each value with its "中文 / English" label. */
export function labelled<E extends Record<string, string>>(name: string, description: string, e: E, labels: { [K in keyof E]: string }) {
  const values = Object.fromEntries(Object.entries(e).map(([k, v]) => [k, { value: v, description: labels[k as keyof E] }])) as {
    [K in keyof E & string]: { value: E[K]; description: string };
  };
  return builder.enumType(name, { description, values });
}

export const UnitKindEnum = labelled('UnitKind', '单位类型 / Unit kind', UnitKind, {
  LEAD: '牵头科室（行政许可科） / Lead unit',
  SECTION: '业务科室 / Business section',
  STATION: '国土所 / Land station',
});
export const RoleEnum = labelled('Role', '角色 / Role', Role, {
  ADMIN: '管理员（行政许可科） / Administrator',
  UNIT_STAFF: '单位工作人员 / Unit staff',
  LEADER: '领导（只读） / Leader (read-only)',
  ANALYST: '数据分析（只读） / Analyst (read-only)',
});
export const SessionKindEnum = labelled('SessionKind', '登录方式 / Session kind', SessionKind, {
  SESSION: '浏览器登录 / Sign-in session',
  API_TOKEN: 'API 令牌 / API token',
});
export const CheckCategoryEnum = labelled('CheckCategory', '事项类别 / Item category', CheckCategory, {
  GENERAL: '一般检查事项（比例有上限） / General (ratio capped)',
  KEY: '重点检查事项（比例不设上限） / Key (no ratio cap)',
});
export const CheckMethodEnum = labelled('CheckMethod', '检查方式 / Check method', CheckMethod, {
  WRITTEN: '书面检查 / Written check',
  ON_SITE: '实地核查 / On-site check',
  ONLINE_MONITORING: '网络监测 / Online monitoring',
  SAMPLE_TESTING: '抽样检测 / Sample testing',
  THIRD_PARTY: '委托第三方核查 / Third-party verification',
});
export const LibraryKindEnum = labelled('LibraryKind', '名录库类型 / Library kind', LibraryKind, {
  COMPREHENSIVE: '综合主体名录库 / Comprehensive library',
  SPECIAL: '分类专项名录库 / Special library',
});
export const BusinessScaleEnum = labelled('BusinessScale', '经营规模 / Business scale', BusinessScale, {
  LARGE: '大型 / Large',
  MEDIUM: '中型 / Medium',
  SMALL: '小型 / Small',
  MICRO: '微型 / Micro',
});
export const RiskLevelEnum = labelled('RiskLevel', '风险等级 / Risk level', RiskLevel, {
  LOW: '低风险 / Low',
  MEDIUM: '一般风险 / Medium',
  HIGH: '高风险 / High',
});
export const CreditStatusEnum = labelled('CreditStatus', '信用状况 / Credit status', CreditStatus, {
  NORMAL: '正常 / Normal',
  DISHONEST: '失信 / Dishonest',
  ABNORMAL: '列入经营异常名录 / On the abnormal-operation list',
});
export const RegistrationStatusEnum = labelled('RegistrationStatus', '登记状态 / Registration status', RegistrationStatus, {
  ACTIVE: '存续 / Active',
  DEREGISTERED: '注销 / Deregistered',
  REVOKED: '吊销 / Revoked',
  UNREACHABLE: '登记住所无法联系 / Unreachable',
});
