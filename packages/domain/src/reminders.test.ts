import { describe, expect, it } from 'vitest';
import { beijingInstant, digestDayDue, inDigest, isQuiet, nextDigestAt, sendableAt } from './reminders.ts';

// 2026: 1–3 October are National Day holidays (chinese-days); 2026-11-06 is a Friday.
describe('the digest window (3 working days)', () => {
  it('includes exactly 3 working days ahead over a weekend, not 4', () => {
    // Thu 2026-11-05 → Fri 6 (1), Mon 9 (2), Tue 10 (3), Wed 11 (4)
    expect(inDigest('2026-11-10', '2026-11-05')).toBe(true);
    expect(inDigest('2026-11-11', '2026-11-05')).toBe(false);
    expect(inDigest('2026-11-05', '2026-11-05')).toBe(true);
    expect(inDigest('2026-10-01', '2026-11-05')).toBe(true); // overdue
  });
  it('skips holidays and counts make-up working days: from 30 September over the National Day week', () => {
    // 1–7 October holidays; Thu 8 (1), Fri 9 (2), Sat 10 is a make-up working day (3), Mon 12 (4)
    expect(inDigest('2026-10-10', '2026-09-30')).toBe(true);
    expect(inDigest('2026-10-11', '2026-09-30')).toBe(true); // a Sunday before the 4th working day
    expect(inDigest('2026-10-12', '2026-09-30')).toBe(false);
  });
});

describe('quiet hours', () => {
  it('wrap past midnight', () => {
    expect(isQuiet(23 * 60, '20:00', '08:00')).toBe(true);
    expect(isQuiet(7 * 60 + 59, '20:00', '08:00')).toBe(true);
    expect(isQuiet(8 * 60, '20:00', '08:00')).toBe(false);
    expect(isQuiet(12 * 60, '12:00', '13:30')).toBe(true);
    expect(isQuiet(12 * 60, '08:00', '08:00')).toBe(false);
  });
  it('defer to the end of the quiet period', () => {
    const late = beijingInstant('2026-11-05', 21 * 60);
    expect(sendableAt(late, '20:00', '08:00').toISOString()).toBe(beijingInstant('2026-11-06', 8 * 60).toISOString());
    const early = beijingInstant('2026-11-06', 6 * 60);
    expect(sendableAt(early, '20:00', '08:00').toISOString()).toBe(beijingInstant('2026-11-06', 8 * 60).toISOString());
    const day = beijingInstant('2026-11-06', 10 * 60);
    expect(sendableAt(day, '20:00', '08:00')).toBe(day);
  });
});

describe('the digest time', () => {
  it('is due on working days from the digest time on', () => {
    expect(digestDayDue(beijingInstant('2026-11-06', 8 * 60 + 29), '08:30')).toBeNull();
    expect(digestDayDue(beijingInstant('2026-11-06', 8 * 60 + 30), '08:30')).toBe('2026-11-06');
    expect(digestDayDue(beijingInstant('2026-11-07', 9 * 60), '08:30')).toBeNull(); // Saturday
  });
  it('next falls on the next working day', () => {
    expect(nextDigestAt(beijingInstant('2026-11-06', 9 * 60), '08:30').toISOString()).toBe(beijingInstant('2026-11-09', 8 * 60 + 30).toISOString());
    expect(nextDigestAt(beijingInstant('2026-11-06', 7 * 60), '08:30').toISOString()).toBe(beijingInstant('2026-11-06', 8 * 60 + 30).toISOString());
    expect(nextDigestAt(beijingInstant('2026-09-30', 9 * 60), '08:30').toISOString()).toBe(beijingInstant('2026-10-08', 8 * 60 + 30).toISOString());
  });
});
