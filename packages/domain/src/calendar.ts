// Rule 20 (P5, G26.4) and rule 22 (G27): deadlines are counted in working days of the official
// Chinese holiday calendar, including the make-up working weekends (调休). The schedule for year N is
// published by the State Council only in November of N−1, so the holiday package always ends
// somewhere; the lead unit can enter further years (and corrections) as a `HolidayCalendar`, and a
// date in a year nobody has a schedule for throws CALENDAR.YEAR_UNKNOWN instead of silently falling
// back to "Monday–Friday".

import packageData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { isIsoDate, isoWeekday, fromEpochDay, toEpochDay, yearOf } from './dates.ts';
import { DomainError } from './errors.ts';

export type HolidayKind = 'HOLIDAY' | 'WORKDAY';

export interface HolidayCalendarEntry {
  /** `YYYY-MM-DD` */
  date: string;
  /** HOLIDAY = a day off (also on a weekday); WORKDAY = a working day (also a 调休 weekend). */
  kind: HolidayKind;
  name?: string | null;
}

/**
 * Holiday schedule entered by the lead unit. `years` are the years it declares complete: for those,
 * every day not listed in `entries` follows the Monday–Friday rule. `entries` override the package
 * for any date in a known year (so an entry can also correct a package day). Entries for a year that
 * is neither in the package nor declared in `years` are not enough on their own: that year stays
 * unknown until the lead unit declares it complete, so a half-entered schedule never yields deadlines.
 */
export interface HolidayCalendar {
  years: readonly number[];
  entries: readonly HolidayCalendarEntry[];
}

export type DayKind = 'WORKDAY' | 'WEEKEND' | 'HOLIDAY' | 'MAKEUP_WORKDAY';

export interface DayInfo {
  date: string;
  working: boolean;
  kind: DayKind;
  /** Holiday name (Chinese) when the day is a holiday or a make-up working day. */
  name: string | null;
  /** Where the answer came from. */
  source: 'PACKAGE' | 'CALENDAR' | 'WEEKDAY_RULE';
}

interface PackageData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}
const pkg = packageData as unknown as PackageData;

/** chinese-days labels a day "English name,中文名,n"; we show the Chinese name. */
function packageName(label: string): string {
  return label.split(',')[1] ?? label;
}

// Derive the package's years from its data rather than a hard-coded list, so upgrading chinese-days
// extends the range automatically. A year counts as covered only when its own Spring Festival and
// National Day holidays are present: a stray date from the neighbouring year's arrangement (e.g. a
// make-up day in early January) must not make a year look known.
const PACKAGE_YEARS: ReadonlySet<number> = (() => {
  const seen = new Map<number, Set<string>>();
  for (const [date, label] of Object.entries(pkg.holidays)) {
    const y = Number(date.slice(0, 4));
    const names = seen.get(y) ?? new Set<string>();
    names.add(packageName(label));
    seen.set(y, names);
  }
  const years = new Set<number>();
  for (const [y, names] of seen) if (names.has('春节') && names.has('国庆节')) years.add(y);
  return years;
})();

interface CompiledCalendar {
  years: ReadonlySet<number>;
  entries: ReadonlyMap<string, HolidayCalendarEntry>;
}

const EMPTY: CompiledCalendar = { years: PACKAGE_YEARS, entries: new Map() };
const compiled = new WeakMap<HolidayCalendar, CompiledCalendar>();

function compile(calendar: HolidayCalendar | undefined | null): CompiledCalendar {
  if (!calendar) return EMPTY;
  const hit = compiled.get(calendar);
  if (hit) return hit;
  const years = new Set(PACKAGE_YEARS);
  for (const y of calendar.years) {
    if (!Number.isInteger(y)) throw new DomainError('CALENDAR.INVALID_ENTRY', { year: y });
    years.add(y);
  }
  const entries = new Map<string, HolidayCalendarEntry>();
  for (const e of calendar.entries) {
    if (!isIsoDate(e.date) || (e.kind !== 'HOLIDAY' && e.kind !== 'WORKDAY')) {
      throw new DomainError('CALENDAR.INVALID_ENTRY', { entry: e });
    }
    const prev = entries.get(e.date);
    if (prev && prev.kind !== e.kind) throw new DomainError('CALENDAR.INVALID_ENTRY', { date: e.date });
    entries.set(e.date, e);
  }
  const c = { years, entries };
  compiled.set(calendar, c);
  return c;
}

/** Years for which working days can be computed: the package's years plus those the calendar declares. */
export function knownYears(calendar?: HolidayCalendar | null): number[] {
  return [...compile(calendar).years].sort((a, b) => a - b);
}

/** The years the bundled chinese-days data covers. */
export function packageYears(): number[] {
  return knownYears();
}

export function isKnownYear(year: number, calendar?: HolidayCalendar | null): boolean {
  return compile(calendar).years.has(year);
}

function info(date: string, c: CompiledCalendar): DayInfo {
  const year = yearOf(date); // also validates the format
  if (!c.years.has(year)) throw new DomainError('CALENDAR.YEAR_UNKNOWN', { year, date });
  const entry = c.entries.get(date);
  const weekend = isoWeekday(date) >= 6;
  if (entry) {
    const name = entry.name ?? null;
    if (entry.kind === 'WORKDAY') {
      return { date, working: true, kind: weekend ? 'MAKEUP_WORKDAY' : 'WORKDAY', name, source: 'CALENDAR' };
    }
    return { date, working: false, kind: 'HOLIDAY', name, source: 'CALENDAR' };
  }
  const makeUp = pkg.workdays[date];
  if (makeUp !== undefined) {
    return { date, working: true, kind: weekend ? 'MAKEUP_WORKDAY' : 'WORKDAY', name: packageName(makeUp), source: 'PACKAGE' };
  }
  const holiday = pkg.holidays[date];
  if (holiday !== undefined) {
    return { date, working: false, kind: 'HOLIDAY', name: packageName(holiday), source: 'PACKAGE' };
  }
  return { date, working: !weekend, kind: weekend ? 'WEEKEND' : 'WORKDAY', name: null, source: 'WEEKDAY_RULE' };
}

/** What kind of day `date` is; throws CALENDAR.YEAR_UNKNOWN for a year without a schedule. */
export function dayInfo(date: string, calendar?: HolidayCalendar | null): DayInfo {
  return info(date, compile(calendar));
}

/** Rule 20: whether `date` is a working day (调休 weekends included, holidays excluded). */
export function isWorkingDay(date: string, calendar?: HolidayCalendar | null): boolean {
  return info(date, compile(calendar)).working;
}

/**
 * Rule 20: the n-th working day after `date`; the start day itself is never counted (as in Chinese
 * administrative law, counting starts the next day), whether or not it is a working day.
 * n = 0 returns `date` unchanged; negative n counts backwards (the |n|-th working day before `date`).
 */
export function addWorkingDays(date: string, n: number, calendar?: HolidayCalendar | null): string {
  if (!Number.isInteger(n)) throw new RangeError('n must be an integer');
  const c = compile(calendar);
  let day = toEpochDay(date);
  const step = n >= 0 ? 1 : -1;
  let left = Math.abs(n);
  while (left > 0) {
    day += step;
    if (info(fromEpochDay(day), c).working) left--;
  }
  return fromEpochDay(day);
}

/**
 * Working days after `from` up to and including `to` (the count addWorkingDays would need to reach
 * `to` from `from`). When `to` is before `from` the result is the negative of
 * workingDaysBetween(to, from), so the function is antisymmetric; and
 * workingDaysBetween(d, addWorkingDays(d, n)) === n for every n ≥ 0. Same day → 0.
 */
export function workingDaysBetween(from: string, to: string, calendar?: HolidayCalendar | null): number {
  const c = compile(calendar);
  const a = toEpochDay(from);
  const b = toEpochDay(to);
  const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  let count = 0;
  for (let d = lo + 1; d <= hi; d++) if (info(fromEpochDay(d), c).working) count++;
  return count === 0 ? 0 : sign * count;
}
