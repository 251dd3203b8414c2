// Pure helpers of the leadership dashboard (rule 25): the period kept in the URL, how a share and its change
// against the previous period read, and where each number drills down to. No React, so unit tests cover them.

export type Period = { year: number; quarter: number | null; month: number | null };
export type Selection = Period & { unitId: string | null };

export type FigureKind =
  | 'TARGETS_DRAWN'
  | 'TARGETS_COMPLETED'
  | 'TARGETS_PENDING'
  | 'TARGETS_DONE'
  | 'TARGETS_LATE'
  | 'TARGETS_MISSING'
  | 'ENTRY_ON_TIME'
  | 'ENTRY_LATE'
  | 'ENTRY_MISSING'
  | 'ENTRY_PENDING'
  | 'VIOLATIONS_FOUND'
  | 'VIOLATIONS_HANDED_OVER'
  | 'VIOLATIONS_CLOSED'
  | 'VIOLATIONS_NOT_HANDED_OVER';

// ——— the period in the URL (?year=2026&quarter=3&unit=…) ———————————————————————————————————————

const intIn = (raw: string | null, lo: number, hi: number): number | null => {
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const n = Number(raw);
  return n >= lo && n <= hi ? n : null;
};

/** The selection a URL asks for; what is missing or invalid falls back to the whole of `defaultYear`, all units. */
export function selectionFromParams(params: URLSearchParams, defaultYear: number): Selection {
  const year = intIn(params.get('year'), 2000, 2100) ?? defaultYear;
  const month = intIn(params.get('month'), 1, 12);
  // A month wins over a quarter (the API accepts only one of them).
  const quarter = month === null ? intIn(params.get('quarter'), 1, 4) : null;
  const unitId = params.get('unit') || null;
  return { year, quarter, month, unitId };
}

/** The URL parameters of a selection: only what differs from "the whole year, all units". */
export function selectionToParams(s: Selection): Record<string, string> {
  const out: Record<string, string> = { year: String(s.year) };
  if (s.month !== null) out.month = String(s.month);
  else if (s.quarter !== null) out.quarter = String(s.quarter);
  if (s.unitId) out.unit = s.unitId;
  return out;
}

/** The year and month of the bureau's today (YYYY-MM-DD, the server's day: common/today.ts). */
export function chinaToday(day: string): { year: number; month: number } {
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)) };
}

/** The i18n key and arguments naming a period: 2026 年 / 2026 年第 3 季度 / 2026 年 9 月. */
export function periodLabel(p: Period): { key: string; args: Record<string, number> } {
  if (p.month !== null) return { key: 'assessment.period_month', args: { year: p.year, month: p.month } };
  if (p.quarter !== null) return { key: 'assessment.period_quarter', args: { year: p.year, quarter: p.quarter } };
  return { key: 'assessment.period_year', args: { year: p.year } };
}

// ——— shares and their change ——————————————————————————————————————————————————————————————

/** A share as a percentage with one decimal (0.8271 → "82.7%"); no share (nothing to count) → "—". */
export function formatPercent(share: number | null | undefined, digits = 1): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  return `${(share * 100).toFixed(digits)}%`;
}

/** n ÷ d, or null when there is nothing to divide by. */
export const ratio = (n: number, d: number): number | null => (d > 0 ? n / d : null);

export type Change = {
  /** Percentage points, rounded to one decimal; null when either period has no share. */
  points: number | null;
  direction: 'up' | 'down' | 'flat' | 'none';
  /** good / bad for colouring: a higher share is better for every figure on the dashboard. */
  tone: 'good' | 'bad' | 'neutral';
  /** "+3.2", "−1.5" (a real minus sign), "0.0". */
  text: string;
};

/** The change of a share against the previous period, in percentage points (82.7% after 79.5% → +3.2). */
export function shareChange(current: number | null | undefined, previous: number | null | undefined, higherIsBetter = true): Change {
  if (current === null || current === undefined || previous === null || previous === undefined) {
    return { points: null, direction: 'none', tone: 'neutral', text: '—' };
  }
  // Round the difference of the rounded percentages, so the change agrees with the two numbers shown.
  const points = Math.round(Math.round(current * 1000) - Math.round(previous * 1000)) / 10;
  if (points === 0) return { points: 0, direction: 'flat', tone: 'neutral', text: '0.0' };
  const up = points > 0;
  return {
    points,
    direction: up ? 'up' : 'down',
    tone: up === higherIsBetter ? 'good' : 'bad',
    text: `${up ? '+' : '\u2212'}${Math.abs(points).toFixed(1)}`,
  };
}

/** A traffic-light level for a share: ≥ 90% good, ≥ 70% fair, below that poor (the card's accent colour). */
export function shareLevel(share: number | null | undefined): 'good' | 'fair' | 'poor' | 'none' {
  if (share === null || share === undefined) return 'none';
  return share >= 0.9 ? 'good' : share >= 0.7 ? 'fair' : 'poor';
}

/** Median days as "3.5" or "12"; none → "—". */
export const formatDays = (d: number | null | undefined): string => (d === null || d === undefined ? '—' : Number.isInteger(d) ? String(d) : d.toFixed(1));

// ——— drill-down links (the records behind a number) ——————————————————————————————————————————

const listUrl = (resource: string, filter: Record<string, unknown>) => `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;

/** The results one figure counts: the Result list with `filter.figure`, which the API answers with the assessment's SQL. */
export function figureLink(kind: FigureKind, p: Period, unitId: string | null | undefined): string {
  const figure: Record<string, unknown> = { kind, year: p.year };
  if (p.month !== null) figure.month = p.month;
  else if (p.quarter !== null) figure.quarter = p.quarter;
  if (unitId) figure.unitId = unitId;
  return listUrl('Result', { figure });
}

/** Plan coverage drills to the year's plans (of the unit). */
export const planLink = (year: number, unitId: string | null | undefined) => listUrl('Plan', unitId ? { unitId, year } : { year });

/** Directory freshness drills to the confirmations (of the unit). */
export const confirmationLink = (unitId: string | null | undefined) => (unitId ? listUrl('DirectoryConfirmation', { unitId }) : '/DirectoryConfirmation');

/** The libraries (of the unit). */
export const libraryLink = (unitId: string | null | undefined) => (unitId ? listUrl('TargetLibrary', { unitId }) : '/TargetLibrary');

// ——— directory freshness ——————————————————————————————————————————————————————————————————

/**
 * The stalest unit's confirmation (G7): the one confirmed longest ago, a unit that never confirmed counting as
 * the stalest of all. Null when there are no units.
 */
export function oldestConfirmation<U extends { days: number | null }>(units: readonly U[]): { unit: U; never: number } | null {
  if (units.length === 0) return null;
  const never = units.filter((u) => u.days === null).length;
  const rank = (u: U) => (u.days === null ? Number.POSITIVE_INFINITY : u.days);
  const unit = units.reduce((a, b) => (rank(b) > rank(a) ? b : a));
  return { unit, never };
}

/** Freshness level of a directory: confirmed within 30 days good, 90 fair, else (or never) poor. */
export const freshnessLevel = (days: number | null | undefined): 'good' | 'fair' | 'poor' =>
  days === null || days === undefined ? 'poor' : days <= 30 ? 'good' : days <= 90 ? 'fair' : 'poor';
