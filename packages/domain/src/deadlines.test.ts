import { describe, expect, it } from 'vitest';
import {
  checkCompletionDate,
  deadlineStatus,
  feedbackDueDate,
  resultClockStart,
  resultDueDate,
  reviewDueDate,
  settledDeadline,
  statutoryDeadline,
} from './deadlines.ts';
import { DomainError } from './errors.ts';

describe('deadlines (rules 20–22)', () => {
  // Task completed Tue 2026-09-15. Working days after it (by hand): 9-16,17,18, 9-20 (make-up Sunday),
  // 21,22,23,24, [中秋 9-25…27], 28,29,30, [国庆 10-1…7], 10-8, 10-9, 10-10 (make-up Saturday),
  // 12,13,14,15,16 (19th), 10-19 (20th), 10-20 (21st).
  const completed = '2026-09-15';

  it('puts the result deadline on the 20th working day, across 中秋 and 国庆', () => {
    expect(resultDueDate(completed)).toBe('2026-10-19');
  });

  it('counts publication on the 20th working day as on time and on the 21st as late', () => {
    const due = resultDueDate(completed);
    expect(deadlineStatus(due, '2026-12-01', '2026-10-19')).toEqual({ state: 'ON_TIME', workingDaysLeft: 0 });
    expect(deadlineStatus(due, '2026-12-01', '2026-10-20')).toEqual({ state: 'LATE', workingDaysLeft: -1 });
    expect(deadlineStatus(due, '2026-12-01', '2026-10-16')).toEqual({ state: 'ON_TIME', workingDaysLeft: 1 });
  });

  it('is pending up to the end of the due day and overdue from the next day', () => {
    const due = resultDueDate(completed);
    expect(deadlineStatus(due, '2026-09-30')).toEqual({ state: 'PENDING', workingDaysLeft: 9 }); // 10-8, 9, 10, 12–16, 19
    expect(deadlineStatus(due, '2026-10-19')).toEqual({ state: 'PENDING', workingDaysLeft: 0 });
    expect(deadlineStatus(due, '2026-10-20')).toEqual({ state: 'OVERDUE', workingDaysLeft: -1 });
    expect(deadlineStatus(due, '2026-10-20', null)).toEqual({ state: 'OVERDUE', workingDaysLeft: -1 });
  });

  it('gives 20 working days for an objection review and 15 for the feedback', () => {
    expect(reviewDueDate(completed)).toBe('2026-10-19');
    // From Fri 2026-09-25 (中秋): 28,29,30, 10-8, 9, 10, 12–16, 19–22 → 15th is 10-22.
    expect(feedbackDueDate('2026-09-25')).toBe('2026-10-22');
  });

  it('refuses a malformed date', () => {
    expect(() => deadlineStatus('2026-10-19', '2026/10/19')).toThrow(DomainError);
  });
});

describe('provisional deadlines settled when the year is declared (rule 20)', () => {
  it('marks a deadline counted into an undeclared year, and only that', () => {
    expect(statutoryDeadline('RESULT_ENTRY', '2026-09-15')).toEqual({ dueOn: '2026-10-19', provisional: false });
    expect(statutoryDeadline('OBJECTION_REVIEW', '2026-12-28').provisional).toBe(true);
    expect(statutoryDeadline('REVIEW_FEEDBACK', '2026-12-28').provisional).toBe(true);
  });

  it('moves open work to the final date, earlier or later', () => {
    expect(settledDeadline('2027-01-18', '2027-01-15', null)).toBe('2027-01-15');
    expect(settledDeadline('2027-01-18', '2027-01-20', null)).toBe('2027-01-20');
  });

  it('keeps work done on time against the provisional date on time, whatever the final date', () => {
    // Done on the provisional due day; the final date is three days earlier: it keeps the date it was shown.
    expect(settledDeadline('2027-01-18', '2027-01-15', '2027-01-18')).toBe('2027-01-18');
    // Done before the final date anyway: the final date applies (still on time).
    expect(settledDeadline('2027-01-18', '2027-01-15', '2027-01-14')).toBe('2027-01-15');
  });

  it('lets late work become on time when the final date is later, and stay late otherwise', () => {
    expect(settledDeadline('2027-01-18', '2027-01-21', '2027-01-20')).toBe('2027-01-21');
    expect(settledDeadline('2027-01-18', '2027-01-15', '2027-01-20')).toBe('2027-01-15');
  });
});

describe('the result clock and the completion day (rule 20, G33)', () => {
  it('starts the clock at the earlier of completion and the window’s end; at the window’s end once it passed unmarked', () => {
    expect(resultClockStart({ completedOn: '2026-09-15', windowTo: '2026-09-30' }, '2026-12-04')).toBe('2026-09-15');
    expect(resultClockStart({ completedOn: '2026-11-20', windowTo: '2026-09-30' }, '2026-12-04')).toBe('2026-09-30');
    expect(resultClockStart({ completedOn: null, windowTo: '2026-09-30' }, '2026-12-04')).toBe('2026-09-30');
    expect(resultClockStart({ completedOn: null, windowTo: '2026-12-04' }, '2026-12-04')).toBeNull();
  });

  it('takes the day it is marked; an earlier day needs a reason, a later one or one before the window is refused', () => {
    const base = { today: '2026-12-04', windowFrom: '2026-09-01' };
    expect(checkCompletionDate({ ...base, completedOn: '2026-12-04' })).toEqual({ ok: true, backdated: false });
    expect(checkCompletionDate({ ...base, completedOn: '2026-12-03' })).toEqual({ ok: false, code: 'TASK.COMPLETION_BACKDATE_REASON_REQUIRED' });
    expect(checkCompletionDate({ ...base, completedOn: '2026-12-03', reason: '  ' })).toEqual({ ok: false, code: 'TASK.COMPLETION_BACKDATE_REASON_REQUIRED' });
    expect(checkCompletionDate({ ...base, completedOn: '2026-12-03', reason: '补记' })).toEqual({ ok: true, backdated: true });
    expect(checkCompletionDate({ ...base, completedOn: '2026-12-05', reason: '补记' })).toEqual({ ok: false, code: 'TASK.COMPLETION_IN_FUTURE' });
    expect(checkCompletionDate({ ...base, completedOn: '2026-08-31', reason: '补记' })).toEqual({ ok: false, code: 'TASK.COMPLETION_BEFORE_WINDOW' });
  });
});
