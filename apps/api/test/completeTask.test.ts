// Completing a task starts the 20-working-day clock for its results (rule 20).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
let kg: string; // kuangguan, 矿产资源管理科 (KGK)
let staff: string; // wenshao, another unit
let kgk: string;

async function dispatchedTask(targets = 3, status: 'DISPATCHED' | 'READY' = 'DISPATCHED') {
  const item = await t.prisma.checkItem.findUniqueOrThrow({ where: { code: 'LZZR-03' } });
  const plan =
    (await t.prisma.plan.findFirst({ where: { unitId: kgk, year: 2026 } })) ??
    (await t.prisma.plan.create({ data: { unitId: kgk, year: 2026, title: '2026 年度计划', status: 'FILED', version: 1, filedAt: new Date() } }));
  const n = await t.prisma.task.count();
  const picked = await t.prisma.target.findMany({ where: { unitId: kgk }, take: targets, orderBy: { creditCode: 'asc' }, skip: n * targets });
  const task = await t.prisma.task.create({
    data: {
      code: `RW-T-${n}`, name: '完成测试任务', planId: plan.id, ownerUnitId: kgk, executingUnitId: kgk, status,
      windowFrom: new Date('2026-09-01'), windowTo: new Date('2026-10-31'),
      checkItems: { create: [{ checkItemId: item.id }] },
      targets: { create: picked.map((p) => ({ targetId: p.id })) },
    },
  });
  return task.id;
}

const complete = (taskId: string, completedOn: string, token = kg) =>
  t.gql('mutation($id: ID!, $d: Date!) { completeTask(taskId: $id, completedOn: $d) { status completedOn targets { resultDueOn } } }', { id: taskId, d: completedOn }, token);

beforeAll(async () => {
  t = await createTestApp();
  [kg, staff] = await Promise.all([t.login('kuangguan'), t.login('wenshao')]);
  kgk = (await t.prisma.unit.findUniqueOrThrow({ where: { code: 'KGK' } })).id;
});
afterAll(() => t.close());

describe('completing a task (rule 20)', () => {
  it('sets every result due on the 20th working day after completion, across 国庆 and its make-up Saturday', async () => {
    const id = await dispatchedTask();
    const r = await complete(id, '2026-09-30');
    expect(r.errors).toBeUndefined();
    expect(r.data?.completeTask.status).toBe('COMPLETED');
    expect(r.data?.completeTask.completedOn).toBe('2026-09-30');
    // Oct 1–7 are off, Sat Oct 10 is worked: the 20th working day after Sep 30 is Tue Nov 3.
    expect(r.data?.completeTask.targets.map((x: { resultDueOn: string }) => x.resultDueOn)).toEqual(['2026-11-03', '2026-11-03', '2026-11-03']);
    expect(await t.prisma.result.count({ where: { taskTarget: { taskId: id }, status: 'NOT_ENTERED' } })).toBe(3);
    expect(await t.prisma.auditEvent.count({ where: { action: 'completeTask', entityId: id } })).toBe(1);
  });

  it('refuses a task that was not dispatched, and a second completion', async () => {
    const ready = await dispatchedTask(1, 'READY');
    expect(codeOf(await complete(ready, '2026-09-30'))).toBe('TASK.NOT_DISPATCHED');
    const id = await dispatchedTask(1);
    await complete(id, '2026-10-09');
    expect(codeOf(await complete(id, '2026-10-12'))).toBe('TASK.NOT_DISPATCHED');
  });

  it('refuses a completion day before the window or in the future, saving nothing', async () => {
    const id = await dispatchedTask(1);
    expect(codeOf(await complete(id, '2026-08-31'))).toBe('VALIDATION.INVALID');
    expect(codeOf(await complete(id, '2099-01-04'))).toBe('VALIDATION.INVALID');
    expect((await t.prisma.task.findUniqueOrThrow({ where: { id } })).status).toBe('DISPATCHED');
    expect(await t.prisma.result.count({ where: { taskTarget: { taskId: id } } })).toBe(0);
  });

  it('refuses another unit completing the task', async () => {
    const id = await dispatchedTask(1);
    expect(codeOf(await complete(id, '2026-09-30', staff))).toBe('FORBIDDEN');
  });
});
