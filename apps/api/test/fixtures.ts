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

/** The inspectors the demo links to `usernames`' accounts (User.inspectorId), in that order. */
export async function inspectorsOf(t: TestApp, usernames: readonly string[]) {
  const users = await t.prisma.user.findMany({ where: { username: { in: [...usernames] } }, select: { username: true, inspectorId: true } });
  return usernames.map((u) => {
    const id = users.find((x) => x.username === u)?.inspectorId;
    if (!id) throw new Error(`fixture: ${u} is linked to no inspector`);
    return id;
  });
}

/**
 * Rule 19 (G26.3): gives each task target without a visit a visit and a team of the inspectors linked to `usernames`
 * (the first leads), so those accounts may enter and confirm its result.
 */
export async function teamOf(t: TestApp, taskTargetIds: readonly string[], usernames: readonly string[] = ['kuangguan', 'kuangguan2']) {
  const inspectorIds = await inspectorsOf(t, usernames);
  for (const id of taskTargetIds) {
    const tt = await t.prisma.taskTarget.findUniqueOrThrow({ where: { id }, include: { task: true } });
    if (tt.visitId) continue;
    const visit = await t.prisma.visit.create({ data: { targetId: tt.targetId, windowFrom: tt.task.windowFrom, windowTo: tt.task.windowTo } });
    await t.prisma.taskTarget.update({ where: { id }, data: { visitId: visit.id } });
    await t.prisma.team.create({
      data: {
        visitId: visit.id,
        mode: 'DIRECT',
        confirmedAt: tt.task.windowFrom,
        members: { create: inspectorIds.map((inspectorId, i) => ({ inspectorId, role: i === 0 ? ('LEADER' as const) : ('MEMBER' as const) })) },
      },
    });
  }
}

/**
 * Rule 19 (G26, G32), as the team does it through the API: the pre-check, an on-site record that satisfies every
 * method and outcome (certificates, notice, each check point consistent with the outcome, signature, video, a
 * sample), then every member's confirmation. The result's entry (form, method, date, outcome) comes first.
 */
export async function signOff(t: TestApp, resultId: string, usernames: readonly string[] = ['kuangguan', 'kuangguan2']) {
  const r = await t.prisma.result.findUniqueOrThrow({ where: { id: resultId }, include: { form: true } });
  const tokens = await Promise.all(usernames.map((u) => t.login(u)));
  const inspectorIds = await inspectorsOf(t, usernames);
  const day = r.inspectedOn ? r.inspectedOn.toISOString().slice(0, 10) : '2026-09-15';
  const ok = (res: { errors?: unknown }) => {
    if (res.errors) throw new Error(`signOff: ${JSON.stringify(res.errors)}`);
  };
  ok(
    await t.gql(
      'mutation($tt: ID!, $on: Date!) { recordPreCheck(taskTargetId: $tt, sources: [REGISTRATION, LICENCE], findings: "登记信息一致，许可证在有效期内", checkedOn: $on) { id } }',
      { tt: r.taskTargetId, on: day },
      tokens[0],
    ),
  );
  const problem = r.outcome === 'CORRECTED_ON_ORDER' || r.outcome === 'FOLLOW_UP_PENDING' || r.outcome === 'FALSIFICATION';
  const points = (Array.isArray(r.form?.fields) ? (r.form.fields as { key: string }[]) : []).map((f, i) => ({
    pointKey: f.key,
    verdict: problem && i === 0 ? 'NON_COMPLIANT' : 'COMPLIANT',
  }));
  ok(
    await t.gql(
      `mutation($id: ID!, $c: [CertificateShownInput!], $at: DateTime, $p: [PointFindingInput!]) {
        recordOnSite(resultId: $id, certificates: $c, noticeServedAt: $at, noticeServedTo: "张某（矿长）", pointFindings: $p,
          representativeName: "张某", signature: SIGNED, videoRecorded: true, samples: [{ what: "矿石样品", quantity: 1, keptAt: "证物室" }]) { id } }`,
      {
        id: resultId,
        c: inspectorIds.map((inspectorId) => ({ inspectorId, certificateNumber: `ZF-${inspectorId.slice(-4)}` })),
        at: `${day}T01:30:00Z`,
        p: points,
      },
      tokens[0],
    ),
  );
  for (const token of tokens) ok(await t.gql('mutation($id: ID!) { confirmResult(id: $id) { id } }', { id: resultId }, token));
}

/**
 * Rule 19: links `usernames`' accounts to the active inspectors of a result's team (a drawn team's inspectors
 * belong to accounts the tests do not sign in as), so those accounts enter, record and confirm it.
 */
export async function linkTeam(t: TestApp, resultId: string, usernames: readonly string[] = ['kuangguan', 'kuangguan2']) {
  const r = await t.prisma.result.findUniqueOrThrow({
    where: { id: resultId },
    select: { taskTarget: { select: { visit: { select: { teams: { select: { members: true }, orderBy: { createdAt: 'desc' }, take: 1 } } } } } },
  });
  const members = (r.taskTarget.visit?.teams[0]?.members ?? []).filter((m) => m.active && m.inspectorId && m.role !== 'EXPERT');
  for (const [i, username] of usernames.entries()) {
    const inspectorId = members[i]?.inspectorId;
    if (!inspectorId) throw new Error(`linkTeam: the team has no inspector for ${username}`);
    await t.prisma.user.updateMany({ where: { inspectorId }, data: { inspectorId: null } });
    await t.prisma.user.update({ where: { username }, data: { inspectorId } });
  }
}
