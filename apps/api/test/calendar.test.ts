import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
let admin: string;
let staff: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  staff = await t.login('wenshao');
});
afterAll(() => t.close());

const add = (date: string, days: number, token = staff) =>
  t.gql('query($d: Date!, $n: Int!) { addWorkingDays(date: $d, days: $n) }', { d: date, n: days }, token);

describe('working-day calendar in the API (rule 20)', () => {
  it('counts from the day after, across 国庆 and its make-up Saturday', async () => {
    expect((await add('2026-09-30', 1)).data?.addWorkingDays).toBe('2026-10-08');
    const r = await t.gql('{ workingDay(date: "2026-10-10") { working kind name source } }', {}, staff);
    expect(r.data?.workingDay).toMatchObject({ working: true, kind: 'MAKEUP_WORKDAY', source: 'PACKAGE' });
  });

  it('refuses a year with no schedule instead of counting weekends only', async () => {
    const r = await add('2027-03-01', 5);
    expect(codeOf(r)).toBe('CALENDAR.YEAR_UNKNOWN');
    expect(r.errors?.[0]?.message).toContain('节假日安排尚未录入');
  });

  it('lets only the lead unit enter a schedule', async () => {
    const r = await t.gql('mutation { createCalendarEntry(date: "2027-01-01", kind: HOLIDAY, name: "元旦") { id } }', {}, staff);
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(await t.prisma.calendarEntry.count()).toBe(0);
  });

  it('refuses declaring a year complete before any day off is entered', async () => {
    expect(codeOf(await t.gql('mutation { declareCalendarYear(year: 2027) { year } }', {}, admin))).toBe('CALENDAR.INVALID_ENTRY');
  });

  it('computes deadlines in a year the lead unit entered and declared, with its make-up Sunday', async () => {
    const days: [string, 'HOLIDAY' | 'WORKDAY', string][] = [
      ['2027-01-01', 'HOLIDAY', '元旦'],
      ['2027-02-07', 'WORKDAY', '春节调休'],
      ...['08', '09', '10', '11', '12'].map((d) => [`2027-02-${d}`, 'HOLIDAY', '春节'] as [string, 'HOLIDAY', string]),
    ];
    for (const [date, kind, name] of days) {
      const r = await t.gql('mutation($d: Date, $k: CalendarDayKind, $n: String) { createCalendarEntry(date: $d, kind: $k, name: $n) { id } }', { d: date, k: kind, n: name }, admin);
      expect(r.errors).toBeUndefined();
    }
    // Entered but not yet declared: still unknown, so a half-entered schedule never yields a deadline.
    expect(codeOf(await add('2027-02-05', 1))).toBe('CALENDAR.YEAR_UNKNOWN');
    const decl = await t.gql('mutation { declareCalendarYear(year: 2027, note: "国办发明电〔2026〕X号") { year } }', {}, admin);
    expect(decl.data?.declareCalendarYear.year).toBe(2027);
    expect((await add('2027-02-05', 1)).data?.addWorkingDays).toBe('2027-02-07');
    expect((await add('2027-02-07', 1)).data?.addWorkingDays).toBe('2027-02-15');
    const years = await t.gql('{ calendarYears { year known fromPackage declared entries } }', {}, staff);
    expect(years.data?.calendarYears).toContainEqual({ year: 2027, known: true, fromPackage: false, declared: true, entries: 7 });
    expect(years.data?.calendarYears).toContainEqual({ year: 2028, known: false, fromPackage: false, declared: false, entries: 0 });
  });

  it('refuses a second entry for the same date', async () => {
    const r = await t.gql('mutation { createCalendarEntry(date: "2027-01-01", kind: HOLIDAY) { id } }', {}, admin);
    expect(codeOf(r)).toBe('CALENDAR.ENTRY_DUPLICATE');
  });

  it('refuses a malformed date with a Chinese message', async () => {
    const r = await add('2027-13-01', 1);
    expect(r.errors?.[0]?.message).toMatch(/日期格式应为 YYYY-MM-DD|日期/);
  });
});
