import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findWorkday } from 'chinese-days';
import {
  addWorkingDays,
  calendarYearsToDeclare,
  dayInfo,
  isProvisionalSpan,
  provisionalHolidays,
  workingDayDeadline,
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
      fc.property(fc.integer({ min: toEpochDay('2005-01-01'), max: toEpochDay('2025-10-31') }), fc.integer({ min: 1, max: 40 }), (day, n) => {
        const d = fromEpochDay(day);
        expect(addWorkingDays(d, n)).toBe(findWorkday(n, d));
        expect(addWorkingDays(d, -n)).toBe(findWorkday(-n, d));
      }),
      { numRuns: 200 },
    );
  });

  it('is consistent: between(d, add(d, n)) = n for n ≥ 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: toEpochDay('2010-01-01'), max: toEpochDay('2025-12-01') }), fc.integer({ min: 0, max: 30 }), (day, n) => {
        const d = fromEpochDay(day);
        expect(workingDaysBetween(d, addWorkingDays(d, n))).toBe(n);
      }),
      { numRuns: 200 },
    );
  });

  it('is antisymmetric: between(a, b) = −between(b, a)', () => {
    fc.assert(
      fc.property(fc.integer({ min: toEpochDay('2010-01-01'), max: toEpochDay('2025-12-01') }), fc.integer({ min: -60, max: 60 }), (day, delta) => {
        const a = fromEpochDay(day);
        const b = fromEpochDay(day + delta);
        expect(workingDaysBetween(a, b)).toBe(0 - workingDaysBetween(b, a)); // 0 - x: never -0
        expect(workingDaysBetween(a, b) * delta).toBeGreaterThanOrEqual(0); // sign follows the direction
      }),
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

  it('answers an undeclared year provisionally instead of stopping work (rule 20)', () => {
    expect(dayInfo('2099-03-02')).toMatchObject({ working: true, source: 'PROVISIONAL' });
    const last = knownYears().at(-1)!;
    // A deadline that runs past the last covered year is computed, and marked provisional.
    expect(() => addWorkingDays(`${last}-12-30`, 5)).not.toThrow();
    expect(workingDayDeadline(`${last}-12-30`, 5)).toMatchObject({ provisional: true });
    expect(workingDayDeadline(`${last}-12-01`, 5)).toMatchObject({ provisional: false });
    expect(isProvisionalSpan(`${last}-12-01`, `${last + 1}-01-05`)).toBe(true);
    // The count never includes its start day: a deadline from 31 December counts only next year's days.
    expect(isProvisionalSpan(`${last}-12-30`, `${last}-12-31`)).toBe(false);
  });

  it('refuses a year outside the lunar tables with CALENDAR.YEAR_UNKNOWN', () => {
    expect(thrownCode(() => isWorkingDay('2100-03-02'))).toBe('CALENDAR.YEAR_UNKNOWN');
    expect(thrownCode(() => isWorkingDay('1899-03-02'))).toBe('CALENDAR.YEAR_UNKNOWN');
  });

  it('uses a year the lead unit entered and declared complete', () => {
    expect(knownYears(calendar2099)).toContain(2099);
    expect(isWorkingDay('2099-01-02', calendar2099)).toBe(false);
    expect(addWorkingDays('2099-01-01', 1, calendar2099)).toBe('2099-01-04'); // make-up Sunday
    expect(addWorkingDays('2099-01-01', 2, calendar2099)).toBe('2099-01-05');
    expect(isWorkingDay('2099-01-10', calendar2099)).toBe(false); // undeclared day: weekday rule (Saturday)
    expect(isWorkingDay('2099-01-12', calendar2099)).toBe(true);
  });

  it('does not treat entries of an undeclared year as a complete schedule: it stays provisional', () => {
    const partial: HolidayCalendar = { years: [], entries: calendar2099.entries };
    // 2099-01-02 is an entered holiday (Friday) but the year is not declared: the provisional rules answer.
    expect(dayInfo('2099-01-02', partial)).toMatchObject({ working: true, source: 'PROVISIONAL' });
    expect(dayInfo('2099-01-02', calendar2099)).toMatchObject({ working: false, source: 'CALENDAR' });
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

describe('provisional years (rule 20, 全国年节及纪念日放假办法)', () => {
  it('fixes the 13 statutory days off of 2027, lunar dates and 清明 computed', () => {
    const days = provisionalHolidays(2027);
    const off = (d: string) => days.get(d);
    expect(off('2027-01-01')).toBe('元旦');
    // 春节: 除夕 (2-5) and 正月初一 to 初三 (2-6 … 2-8); 2-6 and 2-7 are a weekend, so 2-9 and 2-10 are off in lieu.
    expect(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10'].map(off)).toEqual(Array(6).fill('春节'));
    expect(off('2027-02-11')).toBeUndefined();
    expect(off('2027-04-05')).toBe('清明节');
    // 劳动节 5-1 and 5-2 fall on a weekend: 5-3 and 5-4 are off in lieu.
    expect(['2027-05-01', '2027-05-02', '2027-05-03', '2027-05-04'].map(off)).toEqual(Array(4).fill('劳动节'));
    expect(off('2027-06-09')).toBe('端午节');
    expect(off('2027-09-15')).toBe('中秋节');
    // 国庆 10-1 (Friday) to 10-3 (Sunday): 10-4 and 10-5 in lieu.
    expect(['2027-10-01', '2027-10-02', '2027-10-03', '2027-10-04', '2027-10-05'].map(off)).toEqual(Array(5).fill('国庆节'));
    expect(off('2027-10-06')).toBeUndefined();
  });

  it('names one day after both festivals when 中秋 falls in 国庆 (2028-10-03)', () => {
    expect(provisionalHolidays(2028).get('2028-10-03')).toBe('中秋节、国庆节');
  });

  it('agrees with the published schedule on the statutory days themselves (2026, from the package)', () => {
    for (const d of provisionalHolidays(2026).keys()) {
      // Every provisional day off of 2026 is a day off in the published 2026 schedule too, or a day in lieu
      // the published schedule replaced with a longer holiday (all of them are holidays there).
      expect(dayInfo(d).working, d).toBe(false);
    }
  });

  it('counts a deadline from 2026-12-20 into 2027 on the provisional days, and declaring 2027 with a make-up day moves it', () => {
    const provisional = workingDayDeadline('2026-12-20', 20);
    expect(provisional).toEqual({ dueOn: '2027-01-18', provisional: true });
    // Declared: 元旦 1-1 off, Saturday 1-9 a make-up working day → one working day earlier.
    const declared: HolidayCalendar = {
      years: [2027],
      entries: [
        { date: '2027-01-01', kind: 'HOLIDAY', name: '元旦' },
        { date: '2027-01-09', kind: 'WORKDAY', name: '元旦' },
      ],
    };
    expect(workingDayDeadline('2026-12-20', 20, declared)).toEqual({ dueOn: '2027-01-15', provisional: false });
  });

  it('reminds to declare next year from 1 November, and the current year whenever it is undeclared', () => {
    const last = knownYears().at(-1)!;
    expect(calendarYearsToDeclare(`${last}-10-31`)).toEqual([]);
    expect(calendarYearsToDeclare(`${last}-11-01`)).toEqual([{ year: last + 1, dueOn: `${last}-12-31` }]);
    expect(calendarYearsToDeclare(`${last + 1}-03-01`)).toEqual([{ year: last + 1, dueOn: `${last}-12-31` }]);
    expect(calendarYearsToDeclare(`${last}-11-01`, { years: [last + 1], entries: [] })).toEqual([]);
  });
});
