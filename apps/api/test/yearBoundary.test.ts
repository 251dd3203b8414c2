// Rule 20 at the year boundary: work never stops because next year's holiday schedule is not entered yet.
// A due date counted into an undeclared year is provisional (暂定); declaring the year counts it again in one
// transaction, audited, and what was done on time against the provisional date stays on time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchedTask } from './fixtures.ts';
import { codeOf, createTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
let kg: string; // kuangguan, 矿产资源管理科 (KGK), unit principal
let admin: string;

/** A dispatched December task of KGK over `n` fresh targets, every visit with a confirmed team of two. */
const decemberTask = (n: number) => dispatchedTask(t, { targets: n, from: '2026-12-01', to: '2026-12-31', name: '跨年测试任务' });

const complete = (taskId: string, completedOn: string) =>
  t.gql(
    'mutation($id: ID!, $d: Date!) { completeTask(taskId: $id, completedOn: $d, reason: "检查工作已于该日结束") { status targets { resultDueOn resultDueProvisional } } }',
    { id: taskId, d: completedOn },
    kg,
  );

const resultsOf = (taskId: string) =>
  t.gql<{ allResults: { id: string; dueOn: string; deadline: { dueOn: string; provisional: boolean; state: string; workingDaysLeft: number } }[] }>(
    'query($f: ResultFilter) { allResults(filter: $f, perPage: 50) { id dueOn deadline { dueOn provisional state workingDaysLeft } } }',
    { f: { taskId } },
    kg,
  );

let openTask: string;
let doneTask: string;
let publishedId: string;
let onDueDayId: string;
let reviewId: string;

/** Marks the one result of a single-target task published at `at` (entered outside the API). */
async function publish(taskId: string, at: string) {
  const r = await t.prisma.result.findFirstOrThrow({ where: { taskTarget: { taskId } } });
  await t.prisma.result.update({
    where: { id: r.id },
    data: {
      status: 'PUBLISHED',
      method: 'ON_SITE',
      inspectedOn: new Date('2026-12-18'),
      outcome: 'NO_PROBLEM',
      followUpAction: 'NONE',
      findings: [],
      publishedAt: new Date(at),
    },
  });
  return r.id;
}

beforeAll(async () => {
  t = await createTestApp({ today: '2026-12-20' });
  [kg, admin] = await Promise.all([t.login('kuangguan'), t.login('admin')]);
});
afterAll(() => t.close());

describe('a task completed on 2026-12-20, before 2027 is declared (rule 20)', () => {
  it('is completed, with a provisional 2027 due date counted on weekends and the statutory 元旦', async () => {
    openTask = await decemberTask(2);
    const r = await complete(openTask, '2026-12-20');
    expect(r.errors).toBeUndefined();
    // Dec 21–31: 9 working days; 2027-01-01 元旦 off; Jan 4–8 and 11–15: 10; Mon Jan 18 is the 20th.
    expect(r.data?.completeTask.targets.map((x: { resultDueOn: string }) => x.resultDueOn)).toEqual(['2027-01-18', '2027-01-18']);
    expect(r.data?.completeTask.targets.map((x: { resultDueProvisional: boolean }) => x.resultDueProvisional)).toEqual([true, true]);
    const results = (await resultsOf(openTask)).data!.allResults;
    expect(results.map((x) => x.deadline)).toEqual(Array(2).fill({ dueOn: '2027-01-18', provisional: true, state: 'PENDING', workingDaysLeft: 20 }));
    const audit = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'completeTask', entityId: openTask } });
    expect(audit.after).toMatchObject({ resultsDueOn: '2027-01-18', provisional: true });
  });

  it('reminds the lead unit to declare 2027, due by 2026-12-31', async () => {
    const r = await t.gql('{ myTodos { kind title recordId deadline { dueOn } } }', {}, admin);
    expect(r.data?.myTodos).toContainEqual({
      kind: 'CALENDAR_TO_DECLARE',
      title: '2027 年工作日历（节假日安排）待录入并声明',
      recordId: '2027',
      deadline: { dueOn: '2026-12-31' },
    });
    // Unit staff are not reminded: the calendar is the lead unit's.
    const staff = await t.gql('{ myTodos { kind } }', {}, kg);
    expect(staff.data?.myTodos.map((x: { kind: string }) => x.kind)).not.toContain('CALENDAR_TO_DECLARE');
  });

  it('records an objection received on 2026-12-28 with a provisional review deadline', async () => {
    doneTask = await decemberTask(1);
    expect((await complete(doneTask, '2026-12-20')).errors).toBeUndefined();
    publishedId = await publish(doneTask, '2026-12-21T09:00:00+08:00');
    // Another one published on its provisional due day, 2027-01-18 (as it will have been by then).
    const lastDayTask = await decemberTask(1);
    expect((await complete(lastDayTask, '2026-12-20')).errors).toBeUndefined();
    onDueDayId = await publish(lastDayTask, '2027-01-18T16:00:00+08:00');
    t.setToday('2026-12-28');
    const o = await t.gql(
      'mutation($r: ID!) { raiseObjection(resultId: $r, raisedBy: "某企业", content: "对结论有异议", receivedOn: "2026-12-28") { id reviewDueOn reviewDeadline { dueOn provisional } } }',
      { r: publishedId },
      kg,
    );
    expect(o.errors).toBeUndefined();
    // Dec 29–31: 3; 元旦 off; Jan 4–22: 15; Jan 25 and 26: the 19th and 20th.
    expect(o.data?.raiseObjection.reviewDeadline).toEqual({ dueOn: '2027-01-26', provisional: true });
    reviewId = o.data?.raiseObjection.id;
  });

  it('shows the lead unit what declaring 2027 will change before it does', async () => {
    for (const [date, kind] of [
      ['2027-01-01', 'HOLIDAY'],
      ['2027-01-09', 'WORKDAY'],
      ['2027-02-11', 'HOLIDAY'],
    ] as const) {
      const e = await t.gql(
        'mutation($d: Date, $k: CalendarDayKind) { createCalendarEntry(date: $d, kind: $k, name: "测试") { id } }',
        { d: date, k: kind },
        admin,
      );
      expect(e.errors).toBeUndefined();
    }
    const p = await t.gql('{ calendarDeclarationPreview(year: 2027) { provisionalDueDates moving changes { entity field from to provisional } } }', {}, admin);
    expect(p.errors).toBeUndefined();
    // Two open results, the result published early and the review move; the one published on its provisional
    // due day keeps that date (see below).
    expect(p.data?.calendarDeclarationPreview).toMatchObject({ provisionalDueDates: 5, moving: 4 });
    expect(p.data?.calendarDeclarationPreview.changes).toContainEqual({
      entity: 'Result',
      field: 'Result.dueOn',
      from: '2027-01-18',
      to: '2027-01-15',
      provisional: false,
    });
    expect(p.data?.calendarDeclarationPreview.changes).toContainEqual({
      entity: 'Review',
      field: 'Review.reviewDueOn',
      from: '2027-01-26',
      to: '2027-01-25',
      provisional: false,
    });
    // Nothing written by the preview.
    expect(await t.prisma.result.count({ where: { dueProvisional: true } })).toBe(4);
    expect(codeOf(await t.gql('{ calendarDeclarationPreview(year: 2027) { moving } }', {}, kg))).toBe('FORBIDDEN');
  });

  it('declaring 2027 with a make-up Saturday moves every provisional due date, in one audited transaction', async () => {
    const d = await t.gql('mutation { declareCalendarYear(year: 2027, note: "国办发明电〔2026〕测试号") { year } }', {}, admin);
    expect(d.errors).toBeUndefined();
    const results = (await resultsOf(openTask)).data!.allResults;
    // Sat Jan 9 is worked: the 20th working day is now Fri Jan 15, no longer provisional.
    expect(results.map((x) => x.deadline)).toEqual(Array(2).fill({ dueOn: '2027-01-15', provisional: false, state: 'PENDING', workingDaysLeft: 14 }));
    const task = await t.gql('query($id: ID!) { Task(id: $id) { targets { resultDueOn resultDueProvisional } } }', { id: openTask }, kg);
    expect(task.data?.Task.targets).toEqual(Array(2).fill({ resultDueOn: '2027-01-15', resultDueProvisional: false }));
    const review = await t.gql('query($id: ID!) { Review(id: $id) { reviewDeadline { dueOn provisional } } }', { id: reviewId }, kg);
    expect(review.data?.Review.reviewDeadline).toEqual({ dueOn: '2027-01-25', provisional: false });
    expect(await t.prisma.result.count({ where: { dueProvisional: true } })).toBe(0);
    expect(await t.prisma.auditEvent.count({ where: { action: 'settleProvisionalDueDate' } })).toBe(5);
    const decl = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'declareCalendarYear', entityId: '2027' } });
    expect(decl.after).toMatchObject({ provisionalDueDatesSettled: 5, moved: 4 });
    // The reminder is gone.
    const todos = await t.gql('{ myTodos { kind } }', {}, admin);
    expect(todos.data?.myTodos.map((x: { kind: string }) => x.kind)).not.toContain('CALENDAR_TO_DECLARE');
  });

  it('keeps a result published on time against its provisional date on time, and settles the published ones', async () => {
    // Published 2026-12-21: on time either way, moved to the final 2027-01-15 (the database lets exactly this through).
    const early = await t.prisma.result.findUniqueOrThrow({ where: { id: publishedId } });
    expect({ due: early.dueOn?.toISOString().slice(0, 10), provisional: early.dueProvisional }).toEqual({ due: '2027-01-15', provisional: false });
    // Published on 2027-01-18, its provisional due day: the final date (1-15) would make it late; it keeps 1-18.
    const onDueDay = await t.prisma.result.findUniqueOrThrow({ where: { id: onDueDayId } });
    expect({ due: onDueDay.dueOn?.toISOString().slice(0, 10), provisional: onDueDay.dueProvisional }).toEqual({ due: '2027-01-18', provisional: false });
    const r = await t.gql('query($id: ID!) { Result(id: $id) { deadline { state } } }', { id: onDueDayId }, kg);
    expect(r.data?.Result.deadline.state).toBe('ON_TIME');
    // Any other change of a published result is still refused by the database.
    await expect(t.prisma.result.update({ where: { id: onDueDayId }, data: { dueOn: new Date('2027-02-01'), dueProvisional: false } })).rejects.toThrow();
  });

  it('answers a day in an undeclared year provisionally, and a year outside the lunar tables with a typed refusal', async () => {
    const r = await t.gql('{ workingDay(date: "2028-01-03") { working kind name source provisional } }', {}, kg);
    expect(r.data?.workingDay).toEqual({ working: false, kind: 'HOLIDAY', name: '元旦', source: 'PROVISIONAL', provisional: true });
    expect(codeOf(await t.gql('{ addWorkingDays(date: "2100-03-01", days: 3) }', {}, kg))).toBe('CALENDAR.YEAR_UNKNOWN');
    const today = await t.gql('{ today }');
    expect(today.data?.today).toBe('2026-12-28');
  });
});
