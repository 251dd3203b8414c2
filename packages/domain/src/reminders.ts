// Reminders that reach people (issue 16, docs/notifications.md): which to-do items the daily digest lists, when
// the digest goes out (working days only, at a set Beijing time) and when nothing may be sent (a unit's quiet
// hours). Pure: the caller passes the instant, the day and the holiday calendar.
import { addCalendarDays } from './dates.ts';
import { type HolidayCalendar, isWorkingDay, workingDaysBetween } from './calendar.ts';

/** The digest lists what is overdue or falls due within this many working days. */
export const DIGEST_WORKING_DAYS = 3;
/** Defaults: the digest at 08:30 Beijing time; quiet from 20:00 to 08:00. */
export const DEFAULT_DIGEST_TIME = '08:30';
export const DEFAULT_QUIET_HOURS = { from: '20:00', to: '08:00' } as const;

/** Whether an item due on `dueOn` belongs in the digest of `today`: overdue, or due within 3 working days. */
export function inDigest(dueOn: string, today: string, calendar?: HolidayCalendar | null): boolean {
  if (dueOn < today) return true;
  return workingDaysBetween(today, dueOn, calendar) <= DIGEST_WORKING_DAYS;
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "HH:MM" → minutes after midnight, or null when it is not a time of day. */
export function minutesOf(hhmm: string): number | null {
  const m = HH_MM.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

const BEIJING_OFFSET_MS = 8 * 3_600_000; // China has had no daylight-saving time since 1991

/** The Beijing day (YYYY-MM-DD) and minute of the day of an instant. */
export function beijingWallTime(at: Date): { day: string; minute: number } {
  const local = new Date(at.getTime() + BEIJING_OFFSET_MS);
  return { day: local.toISOString().slice(0, 10), minute: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

/** The instant of a Beijing day at minute `minute`. */
export function beijingInstant(day: string, minute: number): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - BEIJING_OFFSET_MS + minute * 60_000);
}

/**
 * Whether `minute` (of the Beijing day) is inside quiet hours from `from` to `to` ("HH:MM"; from > to wraps past
 * midnight: 20:00–08:00 is quiet at 23:00 and at 07:59, not at 08:00). Equal bounds mean no quiet hours.
 */
export function isQuiet(minute: number, from: string, to: string): boolean {
  const f = minutesOf(from);
  const t = minutesOf(to);
  if (f === null || t === null || f === t) return false;
  return f < t ? minute >= f && minute < t : minute >= f || minute < t;
}

/** The earliest instant at or after `at` that is outside quiet hours: `at` itself, or the end of the quiet period. */
export function sendableAt(at: Date, from: string, to: string): Date {
  const { day, minute } = beijingWallTime(at);
  if (!isQuiet(minute, from, to)) return at;
  const t = minutesOf(to)!;
  return beijingInstant(minute < t ? day : addCalendarDays(day, 1), t);
}

/** Whether the digest of `at`'s Beijing day is due: a working day, at or after the digest time. Null when not. */
export function digestDayDue(at: Date, digestTime: string, calendar?: HolidayCalendar | null): string | null {
  const { day, minute } = beijingWallTime(at);
  const m = minutesOf(digestTime) ?? minutesOf(DEFAULT_DIGEST_TIME)!;
  return minute >= m && isWorkingDay(day, calendar) ? day : null;
}

/** The next digest after `at`: the first working day whose digest time is later than `at`. */
export function nextDigestAt(at: Date, digestTime: string, calendar?: HolidayCalendar | null): Date {
  const m = minutesOf(digestTime) ?? minutesOf(DEFAULT_DIGEST_TIME)!;
  let { day } = beijingWallTime(at);
  for (let i = 0; i < 400; i++, day = addCalendarDays(day, 1)) {
    const when = beijingInstant(day, m);
    if (when > at && isWorkingDay(day, calendar)) return when;
  }
  return beijingInstant(day, m);
}
