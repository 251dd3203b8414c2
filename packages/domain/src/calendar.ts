// Rule 20 (P5, G26.4) and rule 22 (G27): deadlines are counted in working days of the official
// Chinese holiday calendar, including the make-up working weekends (调休). The schedule for year N is
// published by the State Council only in November of N−1, so the holiday package always ends
// somewhere; the lead unit enters further years (and corrections) as a `HolidayCalendar` and declares
// each complete. Work must not stop at the year boundary while it has not: a day in a year nobody has
// declared is answered *provisionally* (source PROVISIONAL) from what the national holiday measures
// (全国年节及纪念日放假办法, as revised in 2024) fix in advance — weekends, the 13 statutory days off
// (lunar dates and 清明 computed), and a day off in lieu when one of them falls on a weekend (its
// article 6) — and every deadline computed through such a day is marked provisional. The make-up
// working weekends (调休) are only known once the schedule is published, so a provisional deadline may
// move when the year is declared. Only a date outside the range the lunar tables cover throws
// CALENDAR.YEAR_UNKNOWN.

import packageData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import chineseDays from 'chinese-days';
import { addCalendarDays, isIsoDate, isoWeekday, fromEpochDay, toEpochDay, yearOf } from './dates.ts';
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
  /** Where the answer came from; PROVISIONAL = a year not declared yet, from the national holiday measures. */
  source: 'PACKAGE' | 'CALENDAR' | 'WEEKDAY_RULE' | 'PROVISIONAL';
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

/** Years the lunar tables (and so the provisional rules) cover. */
export const PROVISIONAL_YEARS = { from: 1901, to: 2099 } as const;

const provisionalCache = new Map<number, ReadonlyMap<string, string>>();

/**
 * The days off a year is sure to have before its schedule is published (全国年节及纪念日放假办法, 2024
 * revision, articles 2 and 6): 元旦 1-1; 春节 除夕 and 正月初一 to 初三; 清明 (the solar term's day);
 * 劳动节 5-1 and 5-2; 端午 (五月初五); 中秋 (八月十五); 国庆 10-1 to 10-3; and, for each of these
 * that falls on a Saturday or Sunday, the next working day off in lieu (补假). Date → holiday name.
 */
export function provisionalHolidays(year: number): ReadonlyMap<string, string> {
  const hit = provisionalCache.get(year);
  if (hit) return hit;
  if (!Number.isInteger(year) || year < PROVISIONAL_YEARS.from || year > PROVISIONAL_YEARS.to) {
    throw new DomainError('CALENDAR.YEAR_UNKNOWN', { year });
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  const lunar = (m: number, d: number) => chineseDays.getSolarDateFromLunar(`${year}-${pad(m)}-${pad(d)}`).date;
  const springFestival = lunar(1, 1);
  const qingming = chineseDays.getSolarTerms(`${year}-04-01`, `${year}-04-10`).find((t) => t.name === '清明')?.date;
  const statutory: [string, string][] = [
    [`${year}-01-01`, '元旦'],
    [addCalendarDays(springFestival, -1), '春节'],
    [springFestival, '春节'],
    [addCalendarDays(springFestival, 1), '春节'],
    [addCalendarDays(springFestival, 2), '春节'],
    ...(qingming ? [[qingming, '清明节'] as [string, string]] : []),
    [`${year}-05-01`, '劳动节'],
    [`${year}-05-02`, '劳动节'],
    [lunar(5, 5), '端午节'],
    [lunar(8, 15), '中秋节'],
    [`${year}-10-01`, '国庆节'],
    [`${year}-10-02`, '国庆节'],
    [`${year}-10-03`, '国庆节'],
  ];
  const days = new Map<string, string>();
  // 除夕 of a Spring Festival on 1 January would fall in the year before; keep each day in its own year.
  // Two festivals on one day (中秋 on 10-01 … 10-03) give one day off, named after both.
  for (const [d, name] of statutory) if (yearOf(d) === year) days.set(d, days.has(d) ? `${days.get(d)}、${name}` : name);
  // Article 6: a statutory day off on a weekend is made up on a working day — the first weekday after it
  // that is not itself off (so 国庆 on Thu–Sat gives Monday, and two weekend days give Monday and Tuesday).
  for (const [d, name] of [...days].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (isoWeekday(d) < 6) continue;
    let lieu = addCalendarDays(d, 1);
    while (isoWeekday(lieu) >= 6 || days.has(lieu)) lieu = addCalendarDays(lieu, 1);
    if (yearOf(lieu) === year) days.set(lieu, name);
  }
  provisionalCache.set(year, days);
  return days;
}

function provisionalInfo(date: string, year: number): DayInfo {
  const holiday = provisionalHolidays(year).get(date);
  if (holiday !== undefined) return { date, working: false, kind: 'HOLIDAY', name: holiday, source: 'PROVISIONAL' };
  const weekend = isoWeekday(date) >= 6;
  return { date, working: !weekend, kind: weekend ? 'WEEKEND' : 'WORKDAY', name: null, source: 'PROVISIONAL' };
}

function info(date: string, c: CompiledCalendar): DayInfo {
  const year = yearOf(date); // also validates the format
  if (!c.years.has(year)) return provisionalInfo(date, year);
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

/** What kind of day `date` is (provisional for a year not declared yet). */
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

/**
 * Whether a count of working days from `from` (exclusive) to `to` (inclusive) went through a year that
 * is not declared yet, so that the answer may still move when it is.
 */
export function isProvisionalSpan(from: string, to: string, calendar?: HolidayCalendar | null): boolean {
  const c = compile(calendar);
  const [a, b] = from <= to ? [addCalendarDays(from, 1), to] : [addCalendarDays(to, 1), from];
  if (a > b) return false;
  for (let y = yearOf(a); y <= yearOf(b); y++) if (!c.years.has(y)) return true;
  return false;
}

/** A deadline's day, and whether it was counted through a year not declared yet (暂定). */
export interface WorkingDayDeadline {
  dueOn: string;
  provisional: boolean;
}

/** Rule 20: the n-th working day after `date`, marked provisional when the count crossed an undeclared year. */
export function workingDayDeadline(date: string, n: number, calendar?: HolidayCalendar | null): WorkingDayDeadline {
  const dueOn = addWorkingDays(date, n, calendar);
  return { dueOn, provisional: isProvisionalSpan(date, dueOn, calendar) };
}

/** From this day of the year on, the lead unit is reminded to declare next year's schedule (published in November). */
export const CALENDAR_REMINDER_FROM = '11-01';

/**
 * Rule 20: the years whose schedule the lead unit should declare now, each due by the last day of the year
 * before it: next year from 1 November on, and the current year whenever it is still undeclared.
 */
export function calendarYearsToDeclare(today: string, calendar?: HolidayCalendar | null): { year: number; dueOn: string }[] {
  const year = yearOf(today);
  const candidates = today.slice(5) >= CALENDAR_REMINDER_FROM ? [year, year + 1] : [year];
  return candidates.filter((y) => !isKnownYear(y, calendar)).map((y) => ({ year: y, dueOn: `${y - 1}-12-31` }));
}
