import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findWorkday } from 'chinese-days';
import {
  addWorkingDays,
  dayInfo,
  isWorkingDay,
  knownYears,
  workingDaysBetween,
  type HolidayCalendar,
} from './calendar.ts';
import { addCalendarDays, fromEpochDay, isoWeekday, toEpochDay } from './dates.ts';
import { DomainError } from './errors.ts';

function thrownCode(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof DomainError ? e.code : 'NOT_A_DOMAIN_ERROR';
  }
  return undefined;
}

// A made-up schedule for a year no package will ever cover, so the test does not change meaning when
// chinese-days gains real years: 2099-01-01 is a Thursday; holiday Thu–Sat, make-up working Sunday.
const calendar2099: HolidayCalendar = {
  years: [2099],
  entries: [
    { date: '2099-01-01', kind: 'HOLIDAY', name: '元旦' },
    { date: '2099-01-02', kind: 'HOLIDAY', name: '元旦' },
    { date: '2099-01-03', kind: 'HOLIDAY', name: '元旦' },
    { date: '2099-01-04', kind: 'WORKDAY', name: '元旦' },
  ],
};

describe('dates', () => {
  it('round-trips epoch days and knows weekdays', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(fromEpochDay(toEpochDay('2024-02-29'))).toBe('2024-02-29');
    expect(isoWeekday('2026-09-30')).toBe(3); // Wednesday
    expect(addCalendarDays('2025-12-31', 1)).toBe('2026-01-01');
  });

  it('refuses malformed dates', () => {
    expect(thrownCode(() => isWorkingDay('2026-02-30'))).toBe('CALENDAR.INVALID_DATE');
    expect(thrownCode(() => isWorkingDay('2026-9-1'))).toBe('CALENDAR.INVALID_DATE');
  });
});

describe('working days (rule 20)', () => {
  it('does not count the start day, whether or not it is a working day', () => {
    expect(addWorkingDays('2026-03-02', 1)).toBe('2026-03-03'); // Monday → Tuesday
    expect(addWorkingDays('2026-03-07', 1)).toBe('2026-03-09'); // Saturday → Monday
    expect(addWorkingDays('2026-03-02', 0)).toBe('2026-03-02');
  });

  it('skips 国庆 2026 and counts its make-up Sunday 9-20 and Saturday 10-10', () => {
    expect(addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(addWorkingDays('2026-09-18', 1)).toBe('2026-09-20'); // Friday → make-up Sunday
    expect(addWorkingDays('2026-10-08', 2)).toBe('2026-10-10'); // → make-up Saturday
    expect(addWorkingDays('2026-10-08', 3)).toBe('2026-10-12');
    expect(dayInfo('2026-10-10')).toMatchObject({ working: true, kind: 'MAKEUP_WORKDAY', name: '国庆节' });
  });

  it('skips 国庆 2025 (10-1 … 10-8) and counts the make-up days 9-28 and 10-11', () => {
    expect(addWorkingDays('2025-09-26', 1)).toBe('2025-09-28');
    expect(addWorkingDays('2025-09-30', 1)).toBe('2025-10-09');
    expect(addWorkingDays('2025-09-30', 3)).toBe('2025-10-11');
    expect(addWorkingDays('2025-09-30', 4)).toBe('2025-10-13');
    expect(isWorkingDay('2025-10-08')).toBe(false); // a Wednesday inside the holiday
  });

  it('skips 春节 2026 (2-15 … 2-23) and counts the make-up Saturdays 2-14 and 2-28', () => {
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
    expect(addWorkingDays('2026-02-13', 6)).toBe('2026-02-28');
    expect(addWorkingDays('2026-02-13', 7)).toBe('2026-03-02');
    expect(workingDaysBetween('2026-02-13', '2026-03-02')).toBe(7);
  });

  it('finds the 20th working day after a date before 国庆 2026 (counted by hand)', () => {
    // 9-16,17,18, 9-20 (make-up), 21–24, [中秋 9-25…27], 28–30, [国庆 10-1…7], 10-8, 9, 10-10 (make-up), 12–16, 19
    expect(addWorkingDays('2026-09-15', 20)).toBe('2026-10-19');
    expect(workingDaysBetween('2026-09-15', '2026-10-19')).toBe(20);
    expect(workingDaysBetween('2026-09-15', '2026-10-16')).toBe(19);
  });

  it('agrees with chinese-days findWorkday on random dates of covered years', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toEpochDay('2005-01-01'), max: toEpochDay('2025-10-31') }),
        fc.integer({ min: 1, max: 40 }),
        (day, n) => {
          const d = fromEpochDay(day);
          expect(addWorkingDays(d, n)).toBe(findWorkday(n, d));
          expect(addWorkingDays(d, -n)).toBe(findWorkday(-n, d));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is consistent: between(d, add(d, n)) = n for n ≥ 0', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toEpochDay('2010-01-01'), max: toEpochDay('2025-12-01') }),
        fc.integer({ min: 0, max: 30 }),
        (day, n) => {
          const d = fromEpochDay(day);
          expect(workingDaysBetween(d, addWorkingDays(d, n))).toBe(n);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is antisymmetric: between(a, b) = −between(b, a)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toEpochDay('2010-01-01'), max: toEpochDay('2025-12-01') }),
        fc.integer({ min: -60, max: 60 }),
        (day, delta) => {
          const a = fromEpochDay(day);
          const b = fromEpochDay(day + delta);
          expect(workingDaysBetween(a, b)).toBe(0 - workingDaysBetween(b, a)); // 0 - x: never -0
          expect(workingDaysBetween(a, b) * delta).toBeGreaterThanOrEqual(0); // sign follows the direction
        },
      ),
      { numRuns: 200 },
    );
  });

  it('returns a negative count when `to` is before `from`, and 0 for the same day', () => {
    expect(workingDaysBetween('2026-10-19', '2026-09-15')).toBe(-20);
    expect(workingDaysBetween('2026-10-19', '2026-10-19')).toBe(0);
    expect(workingDaysBetween('2026-10-03', '2026-10-04')).toBe(0); // holiday to holiday
  });
});

describe('years without a schedule', () => {
  it('derives the covered years from the package data (2025 and 2026 included, contiguous)', () => {
    const years = knownYears();
    expect(years).toContain(2025);
    expect(years).toContain(2026);
    expect(years.at(-1)! - years[0]! + 1).toBe(years.length);
    expect(years).not.toContain(2099);
  });

  it('throws CALENDAR.YEAR_UNKNOWN instead of guessing from weekends', () => {
    expect(thrownCode(() => isWorkingDay('2099-03-02'))).toBe('CALENDAR.YEAR_UNKNOWN');
    const last = knownYears().at(-1)!;
    // A deadline that runs past the last covered year is flagged, not computed on weekends alone.
    expect(thrownCode(() => addWorkingDays(`${last}-12-30`, 5))).toBe('CALENDAR.YEAR_UNKNOWN');
    expect(thrownCode(() => workingDaysBetween(`${last}-12-01`, `${last + 1}-01-05`))).toBe('CALENDAR.YEAR_UNKNOWN');
  });

  it('uses a year the lead unit entered and declared complete', () => {
    expect(knownYears(calendar2099)).toContain(2099);
    expect(isWorkingDay('2099-01-02', calendar2099)).toBe(false);
    expect(addWorkingDays('2099-01-01', 1, calendar2099)).toBe('2099-01-04'); // make-up Sunday
    expect(addWorkingDays('2099-01-01', 2, calendar2099)).toBe('2099-01-05');
    expect(isWorkingDay('2099-01-10', calendar2099)).toBe(false); // undeclared day: weekday rule (Saturday)
    expect(isWorkingDay('2099-01-12', calendar2099)).toBe(true);
  });

  it('does not treat entries of an undeclared year as a complete schedule', () => {
    const partial: HolidayCalendar = { years: [], entries: calendar2099.entries };
    expect(thrownCode(() => isWorkingDay('2099-01-02', partial))).toBe('CALENDAR.YEAR_UNKNOWN');
  });

  it('lets an entry override (correct) a package day', () => {
    const correction: HolidayCalendar = {
      years: [],
      entries: [
        { date: '2026-10-08', kind: 'HOLIDAY', name: '更正' },
        { date: '2026-10-03', kind: 'WORKDAY' },
      ],
    };
    expect(isWorkingDay('2026-10-08')).toBe(true);
    expect(isWorkingDay('2026-10-08', correction)).toBe(false);
    expect(addWorkingDays('2026-09-30', 1, correction)).toBe('2026-10-03');
    expect(dayInfo('2026-10-08', correction)).toMatchObject({ source: 'CALENDAR', name: '更正' });
  });

  it('refuses contradictory entries for the same date', () => {
    const bad: HolidayCalendar = {
      years: [],
      entries: [
        { date: '2026-10-08', kind: 'HOLIDAY' },
        { date: '2026-10-08', kind: 'WORKDAY' },
      ],
    };
    expect(thrownCode(() => isWorkingDay('2026-10-08', bad))).toBe('CALENDAR.INVALID_ENTRY');
  });
});
