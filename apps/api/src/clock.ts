// The one clock the server reads. Deadlines count in the bureau's calendar day (China Standard Time,
// whatever zone the server runs in). "Today" can be pinned — SSJ_TODAY for demos and tests, or the
// demo database's own day — so that nothing depends on the wall clock when it must not: a pinned day
// keeps the real time of day, so events of one day still follow each other in order.
import { isIsoDate } from '@ssj/domain';

const CHINA = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
const CHINA_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

/** The Beijing calendar day of an instant, as YYYY-MM-DD. */
export const chinaDay = (at: Date): string => CHINA.format(at);

let pinnedDay: string | null = null;
/** A pinned instant (tests of timed work: reminders at 08:30, quiet hours): now() returns it, today() its day. */
let pinnedInstant: Date | null = null;

/** Now: the real instant, or the pinned day at the real Beijing time of day, or the pinned instant. */
export function now(): Date {
  if (pinnedInstant) return new Date(pinnedInstant.getTime());
  const real = new Date();
  if (!pinnedDay) return real;
  const ms = String(real.getUTCMilliseconds()).padStart(3, '0');
  return new Date(`${pinnedDay}T${CHINA_TIME.format(real)}.${ms}+08:00`);
}

/** Today in China, as YYYY-MM-DD (the pinned day when there is one). */
export const today = (): string => (pinnedInstant ? chinaDay(pinnedInstant) : (pinnedDay ?? chinaDay(new Date())));

/** Pins "today" (YYYY-MM-DD), or follows the real clock again with null; either way no instant stays pinned. */
export function pinToday(day: string | null): void {
  if (day !== null && !isIsoDate(day)) throw new Error(`SSJ_TODAY must be a date YYYY-MM-DD, got ${JSON.stringify(day)}`);
  pinnedDay = day;
  pinnedInstant = null;
}

/**
 * Pins the instant itself (tests only: the clock stands still until pinned again), or lets go of it with null
 * (back to the pinned day, or the real clock). Today is the instant's Beijing day.
 */
export function pinNow(at: Date | null): void {
  if (at !== null && Number.isNaN(at.getTime())) throw new Error('pinNow needs a valid instant');
  pinnedInstant = at ? new Date(at.getTime()) : null;
}

/** The pinned day, or null when the server follows the real clock. */
export const pinnedToday = (): string | null => (pinnedInstant ? chinaDay(pinnedInstant) : pinnedDay);

/** The clock as one object, for `clock.now()` beside a local `now`. */
export const clock = { now, today, pin: pinToday, pinNow, pinned: pinnedToday };
