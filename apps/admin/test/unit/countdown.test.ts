// The countdown chip's label and colour for each deadline state (rules 20, 22).
import { describe, expect, it } from 'vitest';
import { countdownLabel, type Deadline } from '../../src/common/countdown';
import { enApp } from '../../src/i18n/en';
import { zhApp } from '../../src/i18n/zh';

/** A deadline counted on a declared calendar, unless said otherwise. */
const d = (x: Omit<Deadline, 'provisional'> & { provisional?: boolean }): Deadline => ({ provisional: false, ...x });

describe('countdownLabel', () => {
  it('counts the working days left, warns when few remain and says 今日截止 on the day', () => {
    expect(countdownLabel(d({ dueOn: '2026-12-10', state: 'PENDING', workingDaysLeft: 11 }))).toMatchObject({
      key: 'countdown.left',
      args: { smart_count: 11 },
      color: 'info',
      done: false,
    });
    expect(countdownLabel(d({ dueOn: '2026-12-01', state: 'PENDING', workingDaysLeft: 3 }))).toMatchObject({ key: 'countdown.left', color: 'warning' });
    expect(countdownLabel(d({ dueOn: '2026-11-25', state: 'PENDING', workingDaysLeft: 0 }))).toMatchObject({ key: 'countdown.due_today', color: 'error' });
  });

  it('is red with the working days overdue, and grey once published on time or late', () => {
    expect(countdownLabel(d({ dueOn: '2026-11-20', state: 'OVERDUE', workingDaysLeft: -3 }))).toMatchObject({
      key: 'countdown.overdue',
      args: { smart_count: 3 },
      color: 'error',
    });
    expect(countdownLabel(d({ dueOn: '2026-11-20', state: 'OVERDUE', workingDaysLeft: null }))).toMatchObject({
      key: 'countdown.overdue_unknown',
      color: 'error',
    });
    expect(countdownLabel(d({ dueOn: '2026-11-20', state: 'ON_TIME', workingDaysLeft: 2 }))).toMatchObject({
      key: 'countdown.on_time',
      color: 'default',
      done: true,
    });
    expect(countdownLabel(d({ dueOn: '2026-11-20', state: 'LATE', workingDaysLeft: -1 }))).toMatchObject({
      key: 'countdown.late',
      color: 'default',
      done: true,
    });
    expect(countdownLabel(d({ dueOn: '2027-02-01', state: 'PENDING', workingDaysLeft: null }))).toMatchObject({ key: 'countdown.no_calendar' });
  });

  it('marks a due date counted through an undeclared year 暂定, whatever its state (rule 20)', () => {
    expect(countdownLabel(d({ dueOn: '2027-01-18', state: 'PENDING', workingDaysLeft: 20, provisional: true }))).toMatchObject({
      key: 'countdown.left',
      provisional: true,
    });
    expect(countdownLabel(d({ dueOn: '2027-01-18', state: 'OVERDUE', workingDaysLeft: -2, provisional: true }))).toMatchObject({
      key: 'countdown.overdue',
      color: 'error',
      provisional: true,
    });
    expect(countdownLabel(d({ dueOn: '2027-01-18', state: 'ON_TIME', workingDaysLeft: 3, provisional: true }))).toMatchObject({
      key: 'countdown.on_time',
      done: true,
      provisional: true,
    });
    // Declared: the same date without the mark.
    expect(countdownLabel(d({ dueOn: '2027-01-15', state: 'PENDING', workingDaysLeft: 14 }))).toMatchObject({ provisional: false });
    expect(zhApp.countdown.provisional).toBe('暂定');
    expect(zhApp.countdown.provisional_hint).toBe('按尚未公布节假日安排的年份推算，该年度工作日历声明后可能变化');
  });

  it('has its labels in both languages', () => {
    for (const key of [
      'left',
      'due_today',
      'overdue',
      'overdue_unknown',
      'on_time',
      'late',
      'no_calendar',
      'due_on',
      'provisional',
      'provisional_hint',
    ] as const) {
      expect(zhApp.countdown[key]).toBeTruthy();
      expect(enApp.countdown[key]).toBeTruthy();
    }
    expect(zhApp.countdown.left).toContain('工作日');
  });
});
