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

  it('counts an undeclared year provisionally (weekends and statutory holidays) instead of stopping work', async () => {
    // 2027-04-05 is 清明 (Monday): from Friday 04-02, the next working day is Tuesday 04-06.
    expect((await add('2027-04-02', 1)).data?.addWorkingDays).toBe('2027-04-06');
    const r = await t.gql('{ workingDay(date: "2027-04-05") { working kind name source provisional } }', {}, staff);
    expect(r.data?.workingDay).toEqual({ working: false, kind: 'HOLIDAY', name: '清明节', source: 'PROVISIONAL', provisional: true });
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
      const r = await t.gql(
        'mutation($d: Date, $k: CalendarDayKind, $n: String) { createCalendarEntry(date: $d, kind: $k, name: $n) { id } }',
        { d: date, k: kind, n: name },
        admin,
      );
      expect(r.errors).toBeUndefined();
    }
    // Entered but not yet declared: still provisional, so a half-entered schedule never decides a deadline
    // (the provisional rules have 春节 on 2-5 … 2-10, so the next working day after 2-5 is 2-11).
    expect((await add('2027-02-05', 1)).data?.addWorkingDays).toBe('2027-02-11');
    const decl = await t.gql('mutation { declareCalendarYear(year: 2027, note: "国办发明电〔2026〕X号") { year } }', {}, admin);
    expect(decl.data?.declareCalendarYear.year).toBe(2027);
    expect((await add('2027-02-05', 1)).data?.addWorkingDays).toBe('2027-02-07');
    expect((await add('2027-02-07', 1)).data?.addWorkingDays).toBe('2027-02-15');
    const years = await t.gql('{ calendarYears { year known fromPackage declared entries provisional } }', {}, staff);
    expect(years.data?.calendarYears).toContainEqual({ year: 2027, known: true, fromPackage: false, declared: true, entries: 7, provisional: false });
    expect(years.data?.calendarYears).toContainEqual({ year: 2028, known: false, fromPackage: false, declared: false, entries: 0, provisional: true });
    const view = await t.gql('{ calendarYearDays(year: 2027) { date kind source } }', {}, staff);
    expect(view.data?.calendarYearDays).toContainEqual({ date: '2027-02-07', kind: 'MAKEUP_WORKDAY', source: 'CALENDAR' });
    expect(view.data?.calendarYearDays.filter((d: { kind: string }) => d.kind === 'HOLIDAY')).toHaveLength(6);
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
