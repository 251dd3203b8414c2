// Prepares the database of the results walks before the API starts (run with tsx by apps/admin/test/browser/harness.ts
// for the server they share, sharedApiServer('results'); here because the admin, tests included, imports no db
// module): the demo, then — while the demo has no tasks with results yet — for each walk named, a completed KGK task
// of its own (code RW-2026-KGK-W1, -W2, … in the order named, three targets of its own) whose results are due in
// the coming weeks (one already overdue), as lockDraw and completeTask leave them (apps/api/test/results.test.ts).
// Prints one JSON line: each walk's task id and its targets' names.
// Usage: tsx resultsSeed.ts <dataDir> <walk>...
import { openDatabase } from '../../index.ts';
import { loadDemoData } from '../../seed/index.ts';

const [dataDir, ...walks] = process.argv.slice(2);
if (!dataDir || walks.length === 0) throw new Error('usage: resultsSeed.ts <dataDir> <walk>...');
const db = await openDatabase({ dataDir });
const { prisma } = db;
await loadDemoData(prisma);

const kgk = await prisma.unit.findUniqueOrThrow({ where: { code: 'KGK' } });
const items = await prisma.checkItem.findMany({ where: { code: { in: ['LZZR-03', 'LZZR-04'] } }, orderBy: { code: 'asc' } });
const plan =
  (await prisma.plan.findFirst({ where: { unitId: kgk.id, year: 2026, status: 'FILED' } })) ??
  (await prisma.plan.create({
    data: { unitId: kgk.id, year: 2026, title: '2026 年度矿产资源监管抽查计划', status: 'FILED', version: 1, filedAt: new Date('2026-02-20T09:00:00+08:00') },
  }));
for (const [n, item] of items.entries()) {
  if (!(await prisma.form.findFirst({ where: { checkItemId: item.id, retiredAt: null } }))) {
    await prisma.form.create({
      data: {
        code: `JCB-W-${n + 1}`,
        name: `${item.name}检查表`,
        checkItemId: item.id,
        fields: [
          { key: 'licence', label: '是否持有效许可证，许可范围与实际开采（勘查）范围是否一致', basis: '《矿产资源法》第三条' },
          { key: 'report', label: '是否按规定公示年度信息、报送储量年报', basis: '《矿产资源开采登记管理办法》' },
          { key: 'restore', label: '是否履行矿山地质环境保护与土地复垦义务', basis: '《矿山地质环境保护规定》' },
        ],
      },
    });
  }
}
const form = await prisma.form.findFirst({ where: { checkItemId: items[0]!.id, retiredAt: null } });
// Rule 19 (G26): each target's team is the two inspectors kuangguan and kuangguan2 sign in as (kuangguan2 with the
// same password as kuangguan here, to confirm on his own device); the pre-check and the on-site record of a visit
// that found a problem (the first check point not compliant, a witnessed refusal to sign) are already recorded.
const [leadUser, memberUser] = await Promise.all(['kuangguan', 'kuangguan2'].map((username) => prisma.user.findUniqueOrThrow({ where: { username } })));
await prisma.user.update({ where: { id: memberUser!.id }, data: { passwordHash: leadUser!.passwordHash } });
const inspectors = await prisma.inspector.findMany({ where: { id: { in: [leadUser!.inspectorId!, memberUser!.inspectorId!] } } });
const points = Array.isArray(form?.fields) ? (form.fields as { key: string; label: string }[]) : [];
// Due 20 working days after completion; the last one is shown overdue (its task was completed earlier).
const dues = ['2026-12-18', '2026-12-18', '2026-11-24'];
const tasks: Record<string, { taskId: string; targets: string[] }> = {};
for (const [w, walk] of walks.entries()) {
  const picked = await prisma.target.findMany({
    where: { unitId: kgk.id, registrationStatus: 'ACTIVE' },
    take: 3,
    skip: 40 + 3 * w,
    orderBy: { creditCode: 'asc' },
  });
  const task = await prisma.task.create({
    data: {
      code: `RW-2026-KGK-W${w + 1}`,
      name: '2026年采矿权人履行法定义务情况抽查（结果录入演示）',
      planId: plan.id,
      ownerUnitId: kgk.id,
      executingUnitId: kgk.id,
      status: 'COMPLETED',
      windowFrom: new Date('2026-10-12'),
      windowTo: new Date('2026-11-20'),
      completedOn: new Date('2026-11-20'),
      checkItems: { create: items.map((i) => ({ checkItemId: i.id })) },
      targets: { create: picked.map((p) => ({ targetId: p.id })) },
    },
    include: { targets: { orderBy: { targetId: 'asc' } } },
  });
  for (const [i, tt] of task.targets.entries()) {
    const visit = await prisma.visit.create({ data: { targetId: tt.targetId, windowFrom: task.windowFrom, windowTo: task.windowTo } });
    await prisma.taskTarget.update({ where: { id: tt.id }, data: { visitId: visit.id } });
    await prisma.team.create({
      data: {
        visitId: visit.id,
        mode: 'DRAWN',
        confirmedAt: new Date('2026-10-12T09:00:00+08:00'),
        members: {
          create: [
            { inspectorId: leadUser!.inspectorId!, role: 'LEADER' },
            { inspectorId: memberUser!.inspectorId!, role: 'MEMBER' },
          ],
        },
      },
    });
    await prisma.preCheck.create({
      data: {
        taskTargetId: tt.id,
        sources: ['REGISTRATION', 'LICENCE', 'PREVIOUS_RESULTS'],
        findings: '采矿许可证在有效期内，登记信息与名录库一致；2025 年抽查未发现问题。',
        checkedOn: new Date('2026-11-16'),
        checkedById: leadUser!.id,
      },
    });
    const result = await prisma.result.create({ data: { taskTargetId: tt.id, formId: form?.id ?? null, dueOn: new Date(dues[i] ?? '2026-12-18') } });
    await prisma.onSiteRecord.create({
      data: {
        resultId: result.id,
        certificates: inspectors.map((x) => ({ inspectorId: x.id, name: x.name, certificateNumber: x.certificateNumber ?? '' })),
        noticeServedAt: new Date('2026-11-18T09:20:00+08:00'),
        noticeServedTo: '刘某（矿长）',
        pointFindings: points.map((p, n) => ({
          pointKey: p.key,
          label: p.label,
          verdict: n === 0 ? 'NON_COMPLIANT' : 'COMPLIANT',
          note: n === 0 ? '越界开采约 0.3 公顷' : null,
        })),
        representativeName: '刘某',
        signature: 'REFUSED',
        refusalNote: '当事人对越界面积有异议，拒绝在笔录上签字。',
        witnessName: '王某（村委会主任）',
        videoRecorded: true,
        updatedById: leadUser!.id,
      },
    });
  }
  tasks[walk] = { taskId: task.id, targets: picked.map((p) => p.name) };
}
console.log(JSON.stringify(tasks));
await db.close();
