// Records a test puts straight into the database to start from a given point of the workflow.
import type { TestApp } from './helpers.ts';

/**
 * A task of the unit `unitCode` over `targets` fresh targets of its directory, dispatched (or READY), each target
 * with a visit and a team of two of the unit's inspectors (rule 15: completion needs confirmed teams). The plan is
 * the unit's 2026 plan, created filed when the demo has none.
 */
export async function dispatchedTask(
  t: TestApp,
  o: {
    unitCode?: string;
    targets?: number;
    status?: 'DISPATCHED' | 'READY';
    teams?: 'confirmed' | 'unconfirmed';
    from?: string;
    to?: string;
    name?: string;
  } = {},
): Promise<string> {
  const unit = await t.prisma.unit.findUniqueOrThrow({ where: { code: o.unitCode ?? 'KGK' } });
  const targets = o.targets ?? 3;
  const item = await t.prisma.checkItem.findUniqueOrThrow({ where: { code: 'LZZR-03' } });
  const plan =
    (await t.prisma.plan.findFirst({ where: { unitId: unit.id, year: 2026 } })) ??
    (await t.prisma.plan.create({
      data: { unitId: unit.id, year: 2026, title: '2026 年度计划', status: 'FILED', version: 1, filedAt: new Date('2026-01-10T09:00:00+08:00') },
    }));
  const n = await t.prisma.task.count();
  // Targets no earlier fixture task took: each task skips the ones before it.
  const taken = await t.prisma.taskTarget.findMany({ where: { task: { code: { startsWith: 'RW-T-' } } }, select: { targetId: true } });
  const picked = await t.prisma.target.findMany({
    where: { unitId: unit.id, id: { notIn: taken.map((x) => x.targetId) } },
    take: targets,
    orderBy: { creditCode: 'asc' },
  });
  const task = await t.prisma.task.create({
    data: {
      code: `RW-T-${n}`,
      name: o.name ?? '测试任务',
      planId: plan.id,
      ownerUnitId: unit.id,
      executingUnitId: unit.id,
      status: o.status ?? 'DISPATCHED',
      windowFrom: new Date(o.from ?? '2026-09-01'),
      windowTo: new Date(o.to ?? '2026-10-31'),
      checkItems: { create: [{ checkItemId: item.id }] },
      targets: { create: picked.map((p) => ({ targetId: p.id })) },
    },
    include: { targets: true },
  });
  const [leader, member] = await t.prisma.inspector.findMany({ where: { unitId: unit.id, qualified: true, canLead: true }, take: 2, orderBy: { id: 'asc' } });
  for (const tt of task.targets) {
    const visit = await t.prisma.visit.create({ data: { targetId: tt.targetId, windowFrom: task.windowFrom, windowTo: task.windowTo } });
    await t.prisma.taskTarget.update({ where: { id: tt.id }, data: { visitId: visit.id } });
    await t.prisma.team.create({
      data: {
        visitId: visit.id,
        mode: 'DIRECT',
        confirmedAt: (o.teams ?? 'confirmed') === 'confirmed' ? new Date(`${o.from ?? '2026-09-01'}T09:00:00+08:00`) : null,
        members: {
          create: [
            { inspectorId: leader!.id, role: 'LEADER' },
            { inspectorId: member!.id, role: 'MEMBER' },
          ],
        },
      },
    });
  }
  return task.id;
}
