// GraphQL enums mirror the Prisma enums; each value's description ("中文 / English") comes from the domain's
// labels (packages/domain/src/labels.ts), the one source the admin, the public pages and the spreadsheets share.
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
import {
  BUSINESS_SCALE,
  CHECK_CATEGORY,
  CHECK_METHOD,
  CREDIT_STATUS,
  LIBRARY_KIND,
  type LabelledEnum,
  REGISTRATION_STATUS,
  RISK_LEVEL,
  ROLE,
  SESSION_KIND,
  UNIT_KIND,
} from '@ssj/domain';
import { builder } from '../builder.ts';

/**
 * A GraphQL enum mirroring a Prisma enum, each value described by the domain's "中文 / English" label. The
 * domain's values must be exactly the Prisma enum's (a value missing on either side does not type-check).
 */
export function labelled<E extends Record<string, string>>(name: string, description: string, e: E, labels: LabelledEnum<E[keyof E]>) {
  const values = Object.fromEntries(Object.entries(e).map(([k, v]) => [k, { value: v, description: labels.doc[v as E[keyof E]] }])) as {
    [K in keyof E & string]: { value: E[K]; description: string };
  };
  return builder.enumType(name, { description, values });
}

export const UnitKindEnum = labelled('UnitKind', '单位类型 / Unit kind', UnitKind, UNIT_KIND);
export const RoleEnum = labelled('Role', '角色 / Role', Role, ROLE);
export const SessionKindEnum = labelled('SessionKind', '登录方式 / Session kind', SessionKind, SESSION_KIND);
export const CheckCategoryEnum = labelled('CheckCategory', '事项类别 / Item category', CheckCategory, CHECK_CATEGORY);
export const CheckMethodEnum = labelled('CheckMethod', '检查方式 / Check method', CheckMethod, CHECK_METHOD);
export const LibraryKindEnum = labelled('LibraryKind', '名录库类型 / Library kind', LibraryKind, LIBRARY_KIND);
export const BusinessScaleEnum = labelled('BusinessScale', '经营规模 / Business scale', BusinessScale, BUSINESS_SCALE);
export const RiskLevelEnum = labelled('RiskLevel', '风险等级 / Risk level', RiskLevel, RISK_LEVEL);
export const CreditStatusEnum = labelled('CreditStatus', '信用状况 / Credit status', CreditStatus, CREDIT_STATUS);
export const RegistrationStatusEnum = labelled('RegistrationStatus', '登记状态 / Registration status', RegistrationStatus, REGISTRATION_STATUS);

/** A GraphQL enum of the API's own (no Prisma enum behind it), its values and descriptions from the domain's labels. */
export function domainEnum<V extends string>(name: string, description: string, labels: LabelledEnum<V>) {
  const values = Object.fromEntries(labels.values.map((v) => [v, { value: v, description: labels.doc[v] }])) as { [K in V]: { value: K; description: string } };
  return builder.enumType(name, { description, values });
}
