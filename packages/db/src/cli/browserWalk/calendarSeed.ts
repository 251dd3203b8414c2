// Prepares the database of the calendar walk before the API starts (run with tsx by
// apps/admin/test/browser/calendar.test.ts; here because the admin, tests included, imports no db module): the demo,
// then a KGK task completed on 2026-12-20 — before the State Council's 2027 schedule is entered — whose results
// are due on a provisional 2027 date, as completeTask leaves them (apps/api/test/yearBoundary.test.ts).
// Usage: tsx calendarSeed.ts <dataDir>
import { openDatabase } from '../../index.ts';
import { loadDemoData } from '../../seed/index.ts';
import { statutoryDeadline } from '@ssj/domain';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: calendarSeed.ts <dataDir>');
const db = await openDatabase({ dataDir });
const { prisma } = db;
await loadDemoData(prisma);

const COMPLETED_ON = '2026-12-20';
const due = statutoryDeadline('RESULT_ENTRY', COMPLETED_ON); // 2027-01-18, provisional: 2027 is not declared
if (!due.provisional) throw new Error(`expected a provisional due date, got ${JSON.stringify(due)}`);

const kgk = await prisma.unit.findUniqueOrThrow({ where: { code: 'KGK' } });
const item = await prisma.checkItem.findUniqueOrThrow({ where: { code: 'LZZR-03' } });
const plan =
  (await prisma.plan.findFirst({ where: { unitId: kgk.id, year: 2026, status: 'FILED' } })) ??
  (await prisma.plan.create({
    data: { unitId: kgk.id, year: 2026, title: '2026 年度矿产资源监管抽查计划', status: 'FILED', version: 1, filedAt: new Date('2026-02-20T09:00:00+08:00') },
  }));
const picked = await prisma.target.findMany({ where: { unitId: kgk.id, registrationStatus: 'ACTIVE' }, take: 2, skip: 60, orderBy: { creditCode: 'asc' } });
const task = await prisma.task.create({
  data: {
    code: 'RW-2026-KGK-Y',
    name: '2026年12月采矿权人抽查（跨年截止日演示）',
    planId: plan.id,
    ownerUnitId: kgk.id,
    executingUnitId: kgk.id,
    status: 'COMPLETED',
    windowFrom: new Date('2026-12-01'),
    windowTo: new Date('2026-12-31'),
    completedOn: new Date(COMPLETED_ON),
    checkItems: { create: [{ checkItemId: item.id }] },
    targets: { create: picked.map((p) => ({ targetId: p.id })) },
  },
  include: { targets: { orderBy: { targetId: 'asc' } } },
});
const results = [];
for (const tt of task.targets) {
  results.push(await prisma.result.create({ data: { taskTargetId: tt.id, dueOn: new Date(`${due.dueOn}T00:00:00Z`), dueProvisional: true } }));
}
console.log(JSON.stringify({ taskId: task.id, resultIds: results.map((r) => r.id), dueOn: due.dueOn }));
await db.close();
