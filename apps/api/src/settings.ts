// System settings kept in the Setting table, with their defaults and their validation.
import type { Prisma } from '@ssj/db/client';
import { CREDIT_STATUSES, DEFAULT_FACTORS, RISK_LEVELS, type RiskCreditFactors } from '@ssj/domain';

type SettingReader = Pick<Prisma.TransactionClient, 'setting'>;

/** Rule 2 (G8): the upper sampling ratio of GENERAL items, unless an item sets its own lower cap. */
export const GENERAL_RATIO_CAP = 'generalRatioCap';
export const DEFAULT_GENERAL_RATIO_CAP = 0.05;

/** Rule 8 (G13): the multipliers of a class ratio by risk level and credit status (the domain's RiskCreditFactors). */
export const RISK_CREDIT_FACTORS = 'riskCreditFactors';

/** The draw parameters the settings give every task (rules 2, 8). */
export interface DrawSettings {
  generalRatioCap: number;
  riskCreditFactors: RiskCreditFactors;
}

/** At most 4 decimals: the domain computes ratios and factors exactly in units of 1/10 000. */
const fourDecimals = (x: number) => Math.abs(x * 10_000 - Math.round(x * 10_000)) < 1e-6;

/** Problems (Chinese) of a general ratio cap: a number in (0, 1] with at most 4 decimals. */
export function generalRatioCapProblems(value: unknown): string[] {
  if (typeof value !== 'number' || !Number.isFinite(value) || !(value > 0 && value <= 1)) return ['一般检查事项抽查比例上限应大于 0 且不超过 1'];
  if (!fourDecimals(value)) return ['一般检查事项抽查比例上限最多 4 位小数'];
  return [];
}

const RISK_LABELS = { LOW: '低风险', MEDIUM: '中风险', HIGH: '高风险' } as const;
const CREDIT_LABELS = { NORMAL: '信用正常', ABNORMAL: '列入经营异常名录', DISHONEST: '失信' } as const;

/**
 * Problems (Chinese) of risk/credit factors: exactly `{ risk: { LOW, MEDIUM, HIGH }, credit: { NORMAL, ABNORMAL,
 * DISHONEST } }`, each a positive number (at most 100, at most 4 decimals — what the domain's draw accepts).
 */
export function riskCreditFactorsProblems(value: unknown): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return ['风险信用调整系数应为 { risk: {LOW, MEDIUM, HIGH}, credit: {NORMAL, ABNORMAL, DISHONEST} }'];
  const v = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(v)) if (key !== 'risk' && key !== 'credit') problems.push(`未知的调整系数分组“${key}”（只能是 risk、credit）`);
  const group = <K extends string>(name: 'risk' | 'credit', keys: readonly K[], labels: Record<K, string>) => {
    const g = v[name];
    if (!g || typeof g !== 'object' || Array.isArray(g)) {
      problems.push(`缺少${name === 'risk' ? '风险等级' : '信用状况'}调整系数 ${name}`);
      return;
    }
    const o = g as Record<string, unknown>;
    for (const key of Object.keys(o)) if (!(keys as readonly string[]).includes(key)) problems.push(`未知的${name}调整系数“${key}”`);
    for (const key of keys) {
      const f = o[key];
      if (typeof f !== 'number' || !Number.isFinite(f) || f <= 0) problems.push(`${labels[key]}（${name}.${key}）的调整系数应为正数`);
      else if (f > 100 || !fourDecimals(f)) problems.push(`${labels[key]}（${name}.${key}）的调整系数应不超过 100，最多 4 位小数`);
    }
  };
  group('risk', RISK_LEVELS, RISK_LABELS);
  group('credit', CREDIT_STATUSES, CREDIT_LABELS);
  return problems;
}

/** The factors as stored, reduced to exactly the domain's shape (so no stray key reaches a receipt). */
export function normalizeFactors(f: RiskCreditFactors): RiskCreditFactors {
  return {
    risk: { LOW: f.risk.LOW, MEDIUM: f.risk.MEDIUM, HIGH: f.risk.HIGH },
    credit: { NORMAL: f.credit.NORMAL, ABNORMAL: f.credit.ABNORMAL, DISHONEST: f.credit.DISHONEST },
  };
}

export async function getGeneralRatioCap(tx: SettingReader): Promise<number> {
  const s = await tx.setting.findUnique({ where: { key: GENERAL_RATIO_CAP } });
  return typeof s?.value === 'number' ? s.value : DEFAULT_GENERAL_RATIO_CAP;
}

/** Both settings a draw needs, read in one statement; rule 8 falls back to the domain's DEFAULT_FACTORS. */
export async function getDrawSettings(tx: SettingReader): Promise<DrawSettings> {
  const rows = await tx.setting.findMany({ where: { key: { in: [GENERAL_RATIO_CAP, RISK_CREDIT_FACTORS] } } });
  const cap = rows.find((r) => r.key === GENERAL_RATIO_CAP)?.value;
  const factors = rows.find((r) => r.key === RISK_CREDIT_FACTORS)?.value;
  return {
    generalRatioCap: typeof cap === 'number' ? cap : DEFAULT_GENERAL_RATIO_CAP,
    riskCreditFactors: normalizeFactors(
      factors !== undefined && riskCreditFactorsProblems(factors).length === 0 ? (factors as unknown as RiskCreditFactors) : DEFAULT_FACTORS,
    ),
  };
}
