// Rules 20–22: statutory deadlines in working days. Each deadline is "the end of the n-th working day
// after the event"; the event's own day never counts (see calendar.ts).

import { addWorkingDays, workingDayDeadline, workingDaysBetween, type HolidayCalendar, type WorkingDayDeadline } from './calendar.ts';
import { isIsoDate } from './dates.ts';
import { DomainError } from './errors.ts';

/** Rule 20 (P5, G26.4): results entered and published within 20 working days of task completion. */
export const RESULT_ENTRY_WORKING_DAYS = 20;
/** Rule 22 (G27): an objection is reviewed within 20 working days of receipt. */
export const OBJECTION_REVIEW_WORKING_DAYS = 20;
/** Rule 22 (G27): the review outcome is fed back within 15 working days of the review decision. */
export const REVIEW_FEEDBACK_WORKING_DAYS = 15;

/** Rule 20: last day on which a task's results may be published. */
export function resultDueDate(taskCompletedOn: string, calendar?: HolidayCalendar | null): string {
  return addWorkingDays(taskCompletedOn, RESULT_ENTRY_WORKING_DAYS, calendar);
}

/** Rule 22: last day for the review of an objection. */
export function reviewDueDate(objectionReceivedOn: string, calendar?: HolidayCalendar | null): string {
  return addWorkingDays(objectionReceivedOn, OBJECTION_REVIEW_WORKING_DAYS, calendar);
}

/** Rule 22: last day for feeding the review outcome back to the target. */
export function feedbackDueDate(reviewDecidedOn: string, calendar?: HolidayCalendar | null): string {
  return addWorkingDays(reviewDecidedOn, REVIEW_FEEDBACK_WORKING_DAYS, calendar);
}

/** The statutory deadlines by name, each also telling whether it is provisional (an undeclared year). */
export const DEADLINE_WORKING_DAYS = {
  RESULT_ENTRY: RESULT_ENTRY_WORKING_DAYS,
  OBJECTION_REVIEW: OBJECTION_REVIEW_WORKING_DAYS,
  REVIEW_FEEDBACK: REVIEW_FEEDBACK_WORKING_DAYS,
} as const;
export type DeadlineKind = keyof typeof DEADLINE_WORKING_DAYS;

/** Rules 20, 22: the deadline of `kind` counted from the event's day, with its provisional mark. */
export function statutoryDeadline(kind: DeadlineKind, eventOn: string, calendar?: HolidayCalendar | null): WorkingDayDeadline {
  return workingDayDeadline(eventOn, DEADLINE_WORKING_DAYS[kind], calendar);
}

/**
 * What a provisional deadline becomes once its year is declared (rule 20). Work not done yet follows the
 * final date. Work already done on time against the provisional date stays on time: a unit that met the
 * deadline it was shown is not made late by a schedule published afterwards, so its date never moves
 * earlier than the work: it keeps the date it was shown. Work done late moves to the final date (it may
 * become on time).
 */
export function settledDeadline(provisionalDueOn: string, finalDueOn: string, doneOn?: string | null): string {
  if (doneOn && doneOn <= provisionalDueOn && finalDueOn < doneOn) return provisionalDueOn;
  return finalDueOn;
}

export type DeadlineState = 'ON_TIME' | 'LATE' | 'PENDING' | 'OVERDUE';

export interface DeadlineStatus {
  state: DeadlineState;
  /**
   * Working days from the reference day (doneOn when done, otherwise today) to `due`:
   * positive = days to spare, 0 = the due day itself (or a non-working day just after it),
   * negative = that many working days past the deadline.
   */
  workingDaysLeft: number;
}

/**
 * Where a deadline stands. Done on or before `due` → ON_TIME (the deadline is the *end* of the due
 * day, so the due day itself is on time); done after → LATE. Not done: PENDING up to and including
 * the due day, OVERDUE from the next calendar day on.
 */
export function deadlineStatus(due: string, today: string, doneOn?: string | null, calendar?: HolidayCalendar | null): DeadlineStatus {
  for (const d of [due, today, ...(doneOn ? [doneOn] : [])]) {
    if (!isIsoDate(d)) throw new DomainError('CALENDAR.INVALID_DATE', { value: d });
  }
  // ISO dates compare correctly as strings.
  if (doneOn) {
    return { state: doneOn <= due ? 'ON_TIME' : 'LATE', workingDaysLeft: workingDaysBetween(doneOn, due, calendar) };
  }
  return { state: today <= due ? 'PENDING' : 'OVERDUE', workingDaysLeft: workingDaysBetween(today, due, calendar) };
}

/**
 * Rule 20 (G33: not entered in time counts as not done): the day a task's result clock starts — the earlier of
 * its completion day and its window's last day. A task completed after its window, or never marked complete
 * once its window has passed, does not buy its results more time: the clock runs from the window's end.
 * Null while the window still runs and the task is not complete.
 */
export function resultClockStart(task: { completedOn: string | null; windowTo: string }, today: string): string | null {
  if (task.completedOn !== null) return task.completedOn < task.windowTo ? task.completedOn : task.windowTo;
  return task.windowTo < today ? task.windowTo : null;
}

/**
 * Rule 20: the completion day is the day the task is marked complete. An earlier day (the work ended before it
 * was recorded) needs a reason, which is audited; a later one, or one before the window opened, is refused.
 */
export function checkCompletionDate(input: {
  completedOn: string;
  today: string;
  windowFrom: string;
  reason?: string | null;
}):
  | { ok: true; backdated: boolean }
  | { ok: false; code: 'TASK.COMPLETION_IN_FUTURE' | 'TASK.COMPLETION_BEFORE_WINDOW' | 'TASK.COMPLETION_BACKDATE_REASON_REQUIRED' } {
  if (input.completedOn > input.today) return { ok: false, code: 'TASK.COMPLETION_IN_FUTURE' };
  if (input.completedOn < input.windowFrom) return { ok: false, code: 'TASK.COMPLETION_BEFORE_WINDOW' };
  const backdated = input.completedOn < input.today;
  if (backdated && !input.reason?.trim()) return { ok: false, code: 'TASK.COMPLETION_BACKDATE_REASON_REQUIRED' };
  return { ok: true, backdated };
}
