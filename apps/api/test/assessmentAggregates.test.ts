// The assessment aggregates (migration …_assessment_aggregates) equal the full recomputation from the facts after a
// realistic sequence of writes on the demo data: tasks dispatched and completed through the API, results entered,
// published late and on time, follow-ups handed over and closed, a target transferred, a task moved to another unit
// and another window end, a target moved between tasks, bulk updates, cancellations, deletions and a rolled-back
// transaction. After every step the figures read from the aggregates (what the API answers) are compared with the
// recomputation from the facts (assessmentFiguresFromFactsOfPeriods, itself checked once against
// assessmentFiguresFromFacts period by period) for several periods, "today"s and unit filters and the trend's
// months, and the repair command's check (rebuildAssessmentAggregates without apply) finds no difference.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildAssessmentAggregates } from '../src/assessment/aggregates.ts';
import {
  assessmentFigures,
  assessmentFiguresFromFacts,
  assessmentFiguresFromFactsOfPeriods,
  assessmentFiguresOfPeriods,
  isWholeMonths,
  periodOf,
  type Period,
  type UnitFigures,
  weightedMedian,
  windowEndDues,
  windowEndDuesFromFacts,
} from '../src/assessment/figures.ts';
import { dispatchedTask } from './fixtures.ts';
import { createTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
let kg: string; // kuangguan, 矿产资源管理科 (KGK)

// Before, on and after the due dates the writes below produce (2026-11-30 is one): late / missing / pending move with "today".
const TODAYS = ['2026-10-20', '2026-11-30', '2027-03-01'];

async function expectAggregatesEqualFacts(step: string, { againstEachPeriod = false } = {}) {
  const units = await t.prisma.unit.findMany({ where: { code: { in: ['KGK', 'GHK'] } }, select: { id: true }, orderBy: { code: 'asc' } });
  const cases = TODAYS.flatMap((today) => [
    { today, period: periodOf(2026), only: undefined },
    { today, period: periodOf(2026, null, 10), only: undefined },
    { today, period: periodOf(2026, 4), only: units.map((u) => u.id).slice(0, 1) },
  ]);
  cases.push({ today: '2026-12-04', period: periodOf(2025), only: undefined }, { today: '2026-12-04', period: periodOf(2026, null, 12), only: [] });
  // The window ends' due dates of each "today": the figures the API answers compute them once per calendar and check
  // them in their own statement (assessmentFiguresOfPeriods without `dues`); the recomputation reads them once per
  // step from the tasks (windowEndDuesFromFacts), and the trend below from the aggregates (windowEndDues); every
  // comparison of the step is sent at once (on PostgreSQL they run side by side).
  const days = [...new Set([...cases.map((c) => c.today), '2026-11-30'])];
  const dues = new Map(days.map((d) => [d, windowEndDuesFromFacts(t.prisma, d)]));
  const factsDuesOf = (today: string) => dues.get(today)!;
  const months = Array.from({ length: 12 }, (_, m) => periodOf(2026, null, m + 1));
  // The cases of one "today" and unit filter are read together, as the API reads a period and the one before
  // (assessmentFiguresOfPeriods, without `dues`: the due dates this process keeps per calendar, checked in the
  // statement), and recomputed from the facts together (assessmentFiguresFromFactsOfPeriods, one statement); the
  // trend's months are recomputed with the other periods of 30 November.
  type Group = { today: string; only: string[] | undefined; periods: Period[]; cases: number; figures?: UnitFigures[][]; facts?: UnitFigures[][] };
  const groups = new Map<string, Group>();
  const slotOf = (today: string, only: string[] | undefined, period: Period, isCase: boolean) => {
    const key = JSON.stringify([today, only ?? null]);
    const g = groups.get(key) ?? groups.set(key, { today, only, periods: [], cases: 0 }).get(key)!;
    if (isCase) g.cases++;
    return { g, i: g.periods.push(period) - 1 };
  };
  const caseSlots = cases.map(({ today, period, only }) => slotOf(today, only, period, true));
  const monthSlots = months.map((m) => slotOf('2026-11-30', undefined, m, false));
  const [trend, single] = await Promise.all([
    // The trend: the twelve months read in one set of queries, with the due dates read from the aggregates.
    assessmentFiguresOfPeriods(t.prisma, months, '2026-11-30', undefined, windowEndDues(t.prisma, '2026-11-30')),
    // Once, the recomputation of many periods in one pass against each period recomputed on its own.
    againstEachPeriod
      ? Promise.all(
          [...cases, ...months.map((period) => ({ today: '2026-11-30', period, only: undefined }))].map(({ today, period, only }) =>
            assessmentFiguresFromFacts(t.prisma, period, today, only, factsDuesOf(today)),
          ),
        )
      : undefined,
    ...[...groups.values()].map(async (g) => {
      // Cases are pushed before the trend's months, so a group's cases are its first periods.
      [g.figures, g.facts] = await Promise.all([
        assessmentFiguresOfPeriods(t.prisma, g.periods.slice(0, g.cases), g.today, g.only),
        assessmentFiguresFromFactsOfPeriods(t.prisma, g.periods, g.today, g.only, factsDuesOf(g.today)),
      ]);
    }),
  ]);
  const fromFacts = ({ g, i }: { g: Group; i: number }) => g.facts![i]!;
  cases.forEach(({ today, period, only }, i) => {
    const what = `${step}: ${period.from}…${period.to}, today ${today}${only ? `, ${only.length} unit(s)` : ''}`;
    const { g, i: at } = caseSlots[i]!;
    expect(g.figures![at], what).toEqual(fromFacts(caseSlots[i]!));
    if (single) expect(fromFacts(caseSlots[i]!), `${what}, one period alone`).toEqual(single[i]);
  });
  expect(trend, `${step}: the 2026 trend`).toEqual(monthSlots.map(fromFacts));
  if (single) expect(monthSlots.map(fromFacts), `${step}: the 2026 trend, each month alone`).toEqual(single.slice(cases.length));
  const check = await rebuildAssessmentAggregates(t.prisma, { apply: false });
  expect(check.differences, `${step}: ${JSON.stringify(check.tables)}`).toBe(0);
}

const complete = (taskId: string, completedOn: string) =>
  t.gql(
    'mutation($id: ID!, $d: Date, $why: String) { completeTask(taskId: $id, completedOn: $d, reason: $why) { status } }',
    { id: taskId, d: completedOn, why: '检查工作已于该日结束，补记完成' },
    kg,
  );
const at = (s: string) => new Date(`${s}T10:00:00+08:00`);

beforeAll(async () => {
  t = await createTestApp({ today: '2026-12-04' });
  kg = await t.login('kuangguan');
});
afterAll(() => t.close());

describe('assessment aggregates', () => {
  it('equal the full recomputation after every step of a realistic sequence of writes', { timeout: 240_000 }, async () => {
    await expectAggregatesEqualFacts('the demo data');

    // Two tasks dispatched (targets drawn), one completed through the API (due dates set on its results).
    const a = await dispatchedTask(t, { targets: 4, from: '2026-09-01', to: '2026-10-31', name: '汇总测试 A' });
    const b = await dispatchedTask(t, { targets: 3, from: '2026-10-01', to: '2026-11-15', name: '汇总测试 B' });
    expect((await complete(a, '2026-10-09')).errors).toBeUndefined();
    await expectAggregatesEqualFacts('dispatched and completed');

    // Results entered and published: on time, late, one with a follow-up action, one of the running task.
    const targetsOf = (task: string) => t.prisma.taskTarget.findMany({ where: { taskId: task }, orderBy: { id: 'asc' }, include: { result: true } });
    const [a1, a2, a3, a4] = await targetsOf(a);
    const publish = async (tt: { id: string }, inspected: string, published: string | null, followUp = false) => {
      const data = {
        status: published ? ('PUBLISHED' as const) : ('PENDING_REVIEW' as const),
        method: 'ON_SITE' as const,
        inspectedOn: new Date(inspected),
        outcome: 'NO_PROBLEM' as const,
        followUpAction: followUp ? ('REFER_CASE' as const) : ('NONE' as const),
        findings: [],
        submittedAt: at(inspected),
        publishedAt: published ? at(published) : null,
      };
      await t.prisma.taskTarget.update({ where: { id: tt.id }, data: { status: 'INSPECTED' } });
      return t.prisma.result.upsert({ where: { taskTargetId: tt.id }, update: data, create: { taskTargetId: tt.id, ...data } });
    };
    await publish(a1!, '2026-10-05', '2026-10-20');
    await publish(a2!, '2026-10-06', '2026-11-30');
    const r3 = await publish(a3!, '2026-10-07', null, true);
    const [b1, b2, b3] = await targetsOf(b);
    await publish(b1!, '2026-10-12', '2026-10-25');
    await expectAggregatesEqualFacts('results entered and published');

    // A violation handed over, then closed; a correction moves the inspection day (another day's row).
    const f = await t.prisma.followUp.create({
      data: { resultId: r3.id, handedToUnitId: (await t.prisma.task.findUniqueOrThrow({ where: { id: a } })).executingUnitId, handedOverAt: at('2026-10-12') },
    });
    await t.prisma.result.update({ where: { id: r3.id }, data: { inspectedOn: new Date('2026-10-08') } });
    await t.prisma.followUp.update({ where: { id: f.id }, data: { status: 'CLOSED', closedAt: at('2026-11-20') } });
    await expectAggregatesEqualFacts('a follow-up handed over and closed');

    // G28: a target transferred to another unit, its result entered there; a closed one.
    const other = await t.prisma.unit.findUniqueOrThrow({ where: { code: 'GHK' } });
    await t.prisma.taskTarget.update({
      where: { id: b2!.id },
      data: { status: 'TRANSFERRED', transferredToUnitId: other.id, transferNoticeRef: '测试〔2026〕1号' },
    });
    await publish(b2!, '2026-11-02', null);
    await t.prisma.taskTarget.update({ where: { id: b2!.id }, data: { status: 'TRANSFERRED' } });
    await t.prisma.taskTarget.update({ where: { id: b3!.id }, data: { status: 'CLOSED_UNREACHABLE', closedReason: '无法联系' } });
    await expectAggregatesEqualFacts('a target transferred, one closed');

    // The task moved to another unit and another window end (its rows move between keys), then back in part.
    await t.prisma.task.update({ where: { id: b }, data: { executingUnitId: other.id, windowTo: new Date('2026-12-20') } });
    await expectAggregatesEqualFacts('a task moved to another unit and day');
    await t.prisma.task.update({ where: { id: a }, data: { windowTo: new Date('2026-10-05'), completedOn: new Date('2026-10-05') } });
    await expectAggregatesEqualFacts('a completion day corrected');

    // A target moved from one task to another; a statement touching many tasks at once.
    await t.prisma.taskTarget.update({ where: { id: a4!.id }, data: { taskId: b } });
    await t.prisma.result.updateMany({ where: { status: 'PENDING_REVIEW' }, data: { dueOn: new Date('2026-11-30') } });
    await t.prisma.task.updateMany({
      where: { status: { not: 'CANCELLED' }, completedOn: null, windowTo: { lt: new Date('2026-06-01') } },
      data: { completedOn: new Date('2026-05-29') },
    });
    await expectAggregatesEqualFacts('a target moved between tasks, bulk updates', { againstEachPeriod: true });

    // A rolled-back transaction leaves the aggregates as they were.
    await expect(
      t.prisma.$transaction(async (tx) => {
        await tx.task.update({ where: { id: a }, data: { executingUnitId: other.id } });
        await tx.taskTarget.update({ where: { id: a4!.id }, data: { status: 'CLOSED_DEREGISTERED' } });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await expectAggregatesEqualFacts('a rolled-back transaction');

    // Deletions and a cancellation: follow-up, result, task target, a whole task; directories change too.
    await t.prisma.followUp.delete({ where: { id: f.id } });
    await t.prisma.result.delete({ where: { taskTargetId: a3!.id } });
    await t.prisma.taskTarget.delete({ where: { id: a3!.id } });
    await t.prisma.task.update({ where: { id: b }, data: { status: 'CANCELLED' } });
    const c = await dispatchedTask(t, { targets: 2, name: '汇总测试 C' });
    await t.prisma.taskCheckItem.deleteMany({ where: { taskId: c } });
    await t.prisma.taskTarget.deleteMany({ where: { taskId: c } });
    await t.prisma.task.delete({ where: { id: c } });
    const target = await t.prisma.target.findFirstOrThrow({ where: { retiredAt: null }, orderBy: { creditCode: 'asc' } });
    const library = await t.prisma.targetLibrary.findFirstOrThrow({ where: { id: { not: target.libraryId }, retiredAt: null } });
    await t.prisma.target.update({ where: { id: target.id }, data: { libraryId: library.id } });
    await t.prisma.target.updateMany({ where: { libraryId: library.id, id: { not: target.id } }, data: { retiredAt: at('2026-11-01') } });
    await expectAggregatesEqualFacts('deletions, a cancellation, directories');

    // The holiday calendar changed: every weekday from October 2026 to February 2027 declared a day off moves the
    // running tasks' due dates (20 working days after 16 October: 13 November, then late January), so on 30 November
    // their unentered results are pending, no longer missing; the due dates computed for the
    // calendar before must not be used.
    await dispatchedTask(t, { targets: 2, from: '2026-10-01', to: '2026-10-16', name: '汇总测试 D' });
    const before = await assessmentFigures(t.prisma, periodOf(2026), '2026-11-30');
    const days: Date[] = [];
    for (let d = new Date('2026-10-01'); d < new Date('2027-03-01'); d = new Date(d.getTime() + 86_400_000)) if (d.getUTCDay() % 6 !== 0) days.push(d);
    await t.prisma.calendarEntry.createMany({ data: days.map((date) => ({ date, kind: 'HOLIDAY' as const, name: '测试假日' })), skipDuplicates: true });
    const after = await assessmentFigures(t.prisma, periodOf(2026), '2026-11-30');
    expect(after.at(-1)!.timelyEntry.pending).toBeGreaterThan(before.at(-1)!.timelyEntry.pending);
    await expectAggregatesEqualFacts('the holiday calendar changed');
  });

  it('notices aggregates that drifted from the facts, and the rebuild repairs them', async () => {
    const row = await t.prisma.$queryRaw<{ id: string }[]>`SELECT "id" FROM "AssessmentUnitMonth" WHERE "targets" > 0 ORDER BY "id" LIMIT 1`;
    await t.prisma.$executeRaw`UPDATE "AssessmentUnitMonth" SET "targets" = "targets" + 1 WHERE "id" = ${row[0]!.id}`;
    await t.prisma.$executeRaw`DELETE FROM "AssessmentFollowUpMonth" WHERE "id" = (SELECT min("id") FROM "AssessmentFollowUpMonth")`;
    const check = await rebuildAssessmentAggregates(t.prisma, { apply: false });
    expect(check.tables.find((x) => x.table === 'AssessmentUnitMonth')).toMatchObject({ wrong: 1, missing: 1 });
    expect(check.tables.find((x) => x.table === 'AssessmentFollowUpMonth')).toMatchObject({ wrong: 0, missing: 1 });
    expect((await rebuildAssessmentAggregates(t.prisma, { apply: false })).differences).toBe(3); // the check changed nothing
    expect((await rebuildAssessmentAggregates(t.prisma, { apply: true })).differences).toBe(3);
    expect((await rebuildAssessmentAggregates(t.prisma, { apply: false })).differences).toBe(0);
  });

  it('reads whole-month periods from the aggregates, any other period from the facts', async () => {
    expect([periodOf(2026), periodOf(2026, 2), periodOf(2024, null, 2), periodOf(2026, null, 12)].every(isWholeMonths)).toBe(true);
    expect(isWholeMonths({ from: '2026-10-05', to: '2026-10-31' })).toBe(false);
    expect(isWholeMonths({ from: '2026-10-01', to: '2026-11-20' })).toBe(false);
    const odd = { from: '2026-09-15', to: '2026-11-20' };
    expect(await assessmentFigures(t.prisma, odd, '2026-11-30')).toEqual(await assessmentFiguresFromFacts(t.prisma, odd, '2026-11-30'));
  });

  it('takes the median of counted values as PostgreSQL’s percentile_cont(0.5)', () => {
    expect(weightedMedian([])).toBeNull();
    expect(weightedMedian([{ days: 5, n: 1 }])).toBe(5);
    expect(
      weightedMedian([
        { days: 4, n: 1 },
        { days: 1, n: 1 },
      ]),
    ).toBe(2.5);
    expect(
      weightedMedian([
        { days: 3, n: 2 },
        { days: 9, n: 1 },
        { days: 1, n: 1 },
      ]),
    ).toBe(3);
    expect(
      weightedMedian([
        { days: 3, n: 2 },
        { days: 10, n: 2 },
        { days: 0, n: 0 },
      ]),
    ).toBe(6.5);
  });
});
