// Pure helpers of the 工作日历 page: the weeks of a month (Monday first, as Chinese calendars print them), the
// kind of each day from the server's year view, and the history lines of the calendar's audit events.

export type DayKind = 'WORKDAY' | 'WEEKEND' | 'HOLIDAY' | 'MAKEUP_WORKDAY';
export type SpecialDay = { date: string; kind: string; name: string | null; provisional: boolean };

const pad = (n: number) => String(n).padStart(2, '0');

/** 1 = Monday … 7 = Sunday, for a YYYY-MM-DD (counted in UTC: a calendar day has no time zone). */
export const isoWeekday = (day: string): number => {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
};

/** The weeks of a month, Monday first; days outside the month are null. */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells: (string | null)[] = Array.from({ length: isoWeekday(`${year}-${pad(month)}-01`) - 1 }, () => null);
  for (let d = 1; d <= days; d++) cells.push(`${year}-${pad(month)}-${pad(d)}`);
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
}

/** What a day is: a listed holiday or make-up working day (calendarYearDays), else a weekend or a working day. */
export function kindOf(day: string, special: ReadonlyMap<string, SpecialDay>): DayKind {
  const s = special.get(day);
  if (s?.kind === 'HOLIDAY' || s?.kind === 'MAKEUP_WORKDAY') return s.kind;
  return isoWeekday(day) >= 6 ? 'WEEKEND' : 'WORKDAY';
}

export type AuditLike = { id: string; at: string; actorName: string; action: string; entity: string; entityId: string | null; before: unknown; after: unknown };

/** The calendar's audit events that concern one year (entries are keyed by their date, declarations by the year). */
export function historyOfYear<T extends AuditLike>(events: readonly T[], year: number): T[] {
  const y = String(year);
  return events
    .filter((e) => (e.entity === 'CalendarYear' ? e.entityId === y : (e.entityId ?? '').startsWith(`${y}-`)))
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** The entry (kind and name) an audit event's before or after holds. */
export function entryOf(v: unknown): { kind: string | null; name: string | null } {
  const o = obj(v);
  return { kind: typeof o.kind === 'string' ? o.kind : null, name: typeof o.name === 'string' ? o.name : null };
}

/** A declaration's note and how many provisional due dates it settled and moved. */
export function declarationOf(v: unknown): { note: string | null; settled: number; moved: number } {
  const o = obj(v);
  return {
    note: typeof o.note === 'string' && o.note ? o.note : null,
    settled: typeof o.provisionalDueDatesSettled === 'number' ? o.provisionalDueDatesSettled : 0,
    moved: typeof o.moved === 'number' ? o.moved : 0,
  };
}

/**
 * The year view of a year not declared yet: the server answers its days provisionally from the statutory
 * holidays (the bureau's entries count only once the year is declared), so the days entered so far are laid
 * over them, as they will count — solid, not provisional — and the statutory days not entered yet stay dashed.
 */
export function withEntries(days: readonly SpecialDay[], entries: readonly { date: string; kind: string; name: string | null }[]): SpecialDay[] {
  const out = new Map(days.map((d) => [d.date, d]));
  for (const e of entries) {
    const weekend = isoWeekday(e.date) >= 6;
    if (e.kind === 'HOLIDAY') out.set(e.date, { date: e.date, kind: 'HOLIDAY', name: e.name, provisional: false });
    else if (weekend) out.set(e.date, { date: e.date, kind: 'MAKEUP_WORKDAY', name: e.name, provisional: false });
    else out.delete(e.date); // a working day entered on a weekday is an ordinary working day
  }
  return [...out.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}
