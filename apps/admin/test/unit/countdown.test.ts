// The countdown chip's label and colour for each deadline state (rules 20, 22).
import { describe, expect, it } from 'vitest';
import { countdownLabel } from '../../src/common/countdown';
import { enApp } from '../../src/i18n/en';
import { zhApp } from '../../src/i18n/zh';

describe('countdownLabel', () => {
  it('counts the working days left, warns when few remain and says 今日截止 on the day', () => {
    expect(countdownLabel({ dueOn: '2026-12-10', state: 'PENDING', workingDaysLeft: 11 })).toMatchObject({ key: 'countdown.left', args: { smart_count: 11 }, color: 'info', done: false });
    expect(countdownLabel({ dueOn: '2026-12-01', state: 'PENDING', workingDaysLeft: 3 })).toMatchObject({ key: 'countdown.left', color: 'warning' });
    expect(countdownLabel({ dueOn: '2026-11-25', state: 'PENDING', workingDaysLeft: 0 })).toMatchObject({ key: 'countdown.due_today', color: 'error' });
  });

  it('is red with the working days overdue, and grey once published on time or late', () => {
    expect(countdownLabel({ dueOn: '2026-11-20', state: 'OVERDUE', workingDaysLeft: -3 })).toMatchObject({ key: 'countdown.overdue', args: { smart_count: 3 }, color: 'error' });
    expect(countdownLabel({ dueOn: '2026-11-20', state: 'OVERDUE', workingDaysLeft: null })).toMatchObject({ key: 'countdown.overdue_unknown', color: 'error' });
    expect(countdownLabel({ dueOn: '2026-11-20', state: 'ON_TIME', workingDaysLeft: 2 })).toMatchObject({ key: 'countdown.on_time', color: 'default', done: true });
    expect(countdownLabel({ dueOn: '2026-11-20', state: 'LATE', workingDaysLeft: -1 })).toMatchObject({ key: 'countdown.late', color: 'default', done: true });
    expect(countdownLabel({ dueOn: '2027-02-01', state: 'PENDING', workingDaysLeft: null })).toMatchObject({ key: 'countdown.no_calendar' });
  });

  it('has its labels in both languages', () => {
    for (const key of ['left', 'due_today', 'overdue', 'overdue_unknown', 'on_time', 'late', 'no_calendar', 'due_on'] as const) {
      expect(zhApp.countdown[key]).toBeTruthy();
      expect(enApp.countdown[key]).toBeTruthy();
    }
    expect(zhApp.countdown.left).toContain('工作日');
  });
});
