// Transfers and closures (rule 23, G28) and withholding from publication (rule 26), through the API:
// a moved target is transferred only once someone other than the requester — the giving unit's principal or
// the lead unit — approves the request naming the written notice; the list of closed, unreachable and
// transferred targets exports for the city/provincial report; a task withheld from the public names its legal
// ground and basis, which staff see and the public never does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApp, type GqlResult, type TestApp } from './helpers.ts';
import { csvRows, fileRoutes } from './importHelpers.ts';
import { TEST_DATABASE_URL } from './testEnv.ts';

let t: TestApp;
let kg: string; // kuangguan, principal of 矿产资源管理科 (KGK)
let kgStaff: string; // a KGK staff member, not principal
let admin: string; // 行政许可科 (lead unit)
let staff: string; // wenshao, 闻韶国土所 (GTS01)
let kgk: string;
let gts01: string;
let items: { id: string }[];
let seq = 0;

/** A dispatched KGK task of `n` targets with its result records (as lockDraw makes them). */
async function dispatched(n = 1, isPublic = true) {
  const plan =
    (await t.prisma.plan.findFirst({ where: { unitId: kgk, year: 2026, status: 'FILED' } })) ??
    (await t.prisma.plan.create({ data: { unitId: kgk, year: 2026, title: '2026 年度计划（移交测试）', status: 'FILED', version: 1, filedAt: new Date() } }));
  seq += 1;
  const picked = await t.prisma.target.findMany({
    where: { unitId: kgk, registrationStatus: 'ACTIVE' },
    take: n,
    skip: 40 + seq * n,
    orderBy: { creditCode: 'asc' },
  });
  const task = await t.prisma.task.create({
    data: {
      code: `RW-T-${seq}`,
      name: '移交测试任务',
      planId: plan.id,
      ownerUnitId: kgk,
      executingUnitId: kgk,
      status: 'DISPATCHED',
      isPublic,
      ...(isPublic ? {} : { withheldCategory: 'COMMERCIAL_SECRET' as const, withheldBasis: '《政府信息公开条例》第十五条' }),
      windowFrom: new Date('2026-09-01'),
      windowTo: new Date('2026-12-31'),
      checkItems: { create: items.map((i) => ({ checkItemId: i.id })) },
      targets: { create: picked.map((p) => ({ targetId: p.id })) },
    },
    include: { targets: true },
  });
  for (const tt of task.targets) await t.prisma.result.create({ data: { taskTargetId: tt.id } });
  const results = await t.prisma.result.findMany({ where: { taskTarget: { taskId: task.id } }, include: { taskTarget: true }, orderBy: { id: 'asc' } });
  return { task, results };
}

const T_FIELDS = 'id status noticeRef fromUnitId toUnitId decidable refusalReason requestedByName decidedByName';
const request = (taskTargetId: string, token = kgStaff, over: Record<string, unknown> = {}) =>
  t.gql(
    `mutation($id: ID!, $to: ID, $r: String, $n: String) { requestTransfer(taskTargetId: $id, toUnitId: $to, reason: $r, noticeRef: $n) { ${T_FIELDS} } }`,
    { id: taskTargetId, to: gts01, r: '已迁至闻韶街道，新住所：闻韶路 18 号', n: '矿管函〔2026〕17号', ...over },
    token,
  );
const approve = (id: string, token = kg) => t.gql(`mutation($id: ID!) { approveTransfer(id: $id) { ${T_FIELDS} } }`, { id }, token);
const refuse = (id: string, reason: string | null, token = kg) =>
  t.gql(`mutation($id: ID!, $r: String) { refuseTransfer(id: $id, reason: $r) { ${T_FIELDS} } }`, { id, r: reason }, token);
const taskTarget = (id: string) => t.prisma.taskTarget.findUniqueOrThrow({ where: { id }, include: { target: true } });
const todos = async (token: string) =>
  (await t.gql('{ myTodos { kind recordId title } }', {}, token)).data?.myTodos as { kind: string; recordId: string; title: string }[];

beforeAll(async () => {
  t = await createTestApp({ today: '2026-11-02' });
  [kg, admin, staff] = await Promise.all([t.login('kuangguan'), t.login('admin'), t.login('wenshao')]);
  kgk = (await t.prisma.unit.findUniqueOrThrow({ where: { code: 'KGK' } })).id;
  gts01 = (await t.prisma.unit.findUniqueOrThrow({ where: { code: 'GTS01' } })).id;
  items = await t.prisma.checkItem.findMany({ where: { code: { in: ['LZZR-03'] } }, select: { id: true } });
  const made = await t.gql(
    'mutation($u: ID) { createUser(username: "kgstaff", name: "矿管科科员", role: UNIT_STAFF, unitId: $u, password: "Tr1cky-Otter-42") { id } }',
    { u: kgk },
    admin,
  );
  expect(made.errors).toBeUndefined();
  kgStaff = await t.login('kgstaff', 'Tr1cky-Otter-42');
});
afterAll(() => t?.close());

describe('transfer requests and approval (rule 23, G28)', () => {
  it('moves nothing on request; the principal approves, the receiving unit then answers for the result for good', async () => {
    const { results } = await dispatched();
    const r0 = results[0]!;
    const before = await taskTarget(r0.taskTargetId);
    const asked = await request(r0.taskTargetId);
    expect(asked.errors).toBeUndefined();
    expect(asked.data?.requestTransfer).toMatchObject({
      status: 'PENDING',
      noticeRef: '矿管函〔2026〕17号',
      fromUnitId: kgk,
      toUnitId: gts01,
      decidable: false,
      requestedByName: '矿管科科员',
    });
    const id = asked.data?.requestTransfer.id as string;
    // Nothing moved yet: the task target, its result and the directory record stay with KGK.
    expect(await taskTarget(r0.taskTargetId)).toMatchObject({ status: 'PENDING', transferredToUnitId: null, target: { unitId: before.target.unitId } });
    // One request at a time.
    expect(codeOf(await request(r0.taskTargetId))).toBe('TRANSFER.PENDING_EXISTS');
    // The principal's to-do list carries it; the requester's does not.
    expect((await todos(kg)).filter((x) => x.kind === 'TRANSFER_TO_DECIDE').map((x) => x.recordId)).toContain(id);
    expect((await todos(kgStaff)).some((x) => x.kind === 'TRANSFER_TO_DECIDE')).toBe(false);
    // The requester cannot approve; neither can the receiving unit.
    expect(codeOf(await approve(id, kgStaff))).toBe('TRANSFER.APPROVER_REQUIRED');
    expect(codeOf(await approve(id, staff))).toBe('FORBIDDEN');
    const ok = await approve(id, kg);
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.approveTransfer).toMatchObject({ status: 'APPROVED', decidedByName: expect.any(String), decidable: false });
    const after = await taskTarget(r0.taskTargetId);
    expect(after).toMatchObject({ status: 'TRANSFERRED', transferredToUnitId: gts01, transferNoticeRef: '矿管函〔2026〕17号', target: { unitId: gts01 } });
    expect(after.closedAt).not.toBeNull();
    const resp = await t.gql('query($id: ID!) { Result(id: $id) { responsibleUnitId taskTarget { transfers { status noticeRef } } } }', { id: r0.id }, staff);
    expect(resp.errors).toBeUndefined();
    expect(resp.data?.Result).toEqual({ responsibleUnitId: gts01, taskTarget: { transfers: [{ status: 'APPROVED', noticeRef: '矿管函〔2026〕17号' }] } });
    expect(codeOf(await approve(id, kg))).toBe('TRANSFER.NOT_PENDING');
    expect(codeOf(await refuse(id, '晚了', kg))).toBe('TRANSFER.NOT_PENDING');
    const events = await t.prisma.auditEvent.findMany({ where: { entity: 'Transfer', entityId: id }, orderBy: { at: 'asc' }, select: { action: true } });
    expect(events.map((e) => e.action)).toEqual(['requestTransfer', 'approveTransfer']);
  });

  it('never lets the requester decide, even when the requester is the principal; the lead unit may', async () => {
    const { results } = await dispatched();
    const asked = await request(results[0]!.taskTargetId, kg);
    expect(asked.errors).toBeUndefined();
    const id = asked.data?.requestTransfer.id as string;
    expect(asked.data?.requestTransfer.decidable).toBe(false);
    expect(codeOf(await approve(id, kg))).toBe('TRANSFER.SELF_APPROVAL');
    expect(codeOf(await refuse(id, '不同意', kg))).toBe('TRANSFER.SELF_APPROVAL');
    expect((await todos(admin)).some((x) => x.kind === 'TRANSFER_TO_DECIDE' && x.recordId === id)).toBe(true);
    expect((await approve(id, admin)).data?.approveTransfer.status).toBe('APPROVED');
  });

  it('refuses with a reason: the target stays with its unit, and a new request can be made', async () => {
    const { results } = await dispatched();
    const r0 = results[0]!;
    const id = (await request(r0.taskTargetId)).data?.requestTransfer.id as string;
    expect(codeOf(await refuse(id, null))).toBe('VALIDATION.REQUIRED');
    const no = await refuse(id, '新住所仍在本科室监管范围，继续检查');
    expect(no.data?.refuseTransfer).toMatchObject({ status: 'REFUSED', refusalReason: '新住所仍在本科室监管范围，继续检查' });
    expect(await taskTarget(r0.taskTargetId)).toMatchObject({ status: 'PENDING', transferredToUnitId: null });
    expect((await request(r0.taskTargetId)).errors).toBeUndefined();
  });

  it('checks the request: notice, another unit, a target still to inspect, the giving unit', async () => {
    const { results } = await dispatched(2);
    const [a, b] = results;
    expect(codeOf(await request(a!.taskTargetId, kgStaff, { n: null }))).toBe('TRANSFER.NOTICE_REQUIRED');
    const blank = await request(a!.taskTargetId, kgStaff, { n: '  ' });
    expect(codeOf(blank)).toBe('TRANSFER.NOTICE_REQUIRED');
    expect(blank.errors?.[0]?.message).toContain('书面通知');
    expect(codeOf(await request(a!.taskTargetId, kgStaff, { to: kgk }))).toBe('TRANSFER.SAME_UNIT');
    expect(codeOf(await request(a!.taskTargetId, kgStaff, { to: null }))).toBe('VALIDATION.REQUIRED');
    expect(codeOf(await request(a!.taskTargetId, staff))).toBe('FORBIDDEN');
    // Closed first: no transfer. Transfer pending, then closed: the approval is refused and nothing moves.
    await t.gql(
      'mutation($id: ID!) { closeTaskTarget(taskTargetId: $id, kind: "CLOSED_DEREGISTERED", reason: "已注销") { id } }',
      { id: a!.taskTargetId },
      kgStaff,
    );
    expect(codeOf(await request(a!.taskTargetId))).toBe('TRANSFER.TARGET_NOT_PENDING');
    const id = (await request(b!.taskTargetId)).data?.requestTransfer.id as string;
    await t.gql(
      'mutation($id: ID!) { closeTaskTarget(taskTargetId: $id, kind: "CLOSED_UNREACHABLE", reason: "无人") { id } }',
      { id: b!.taskTargetId },
      kgStaff,
    );
    expect(codeOf(await approve(id))).toBe('TRANSFER.TARGET_NOT_PENDING');
    expect(await taskTarget(b!.taskTargetId)).toMatchObject({ status: 'CLOSED_UNREACHABLE', transferredToUnitId: null });
    // The old one-step mutation is gone: a transfer cannot bypass the approval.
    expect(codeOf(await t.gql('mutation { transferTaskTarget(taskTargetId: "x", toUnitId: "y", reason: "r", noticeRef: "n") { id } }', {}, kg))).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
  });
});

describe('the closure list for the city/provincial report (G28)', () => {
  it('exports closed, unreachable and transferred targets per period and unit, with reason, date and notice', async () => {
    const f = fileRoutes(t);
    t.setToday('2026-11-20');
    const { results } = await dispatched(3);
    const [a, b, c] = results;
    await t.gql(
      'mutation($id: ID!) { closeTaskTarget(taskTargetId: $id, kind: "CLOSED_UNREACHABLE", reason: "=HYPERLINK(\\"x\\") 登记住所无人") { id } }',
      { id: a!.taskTargetId },
      kgStaff,
    );
    await t.gql(
      'mutation($id: ID!) { closeTaskTarget(taskTargetId: $id, kind: "CLOSED_DEREGISTERED", reason: "已于 2026-10-08 注销") { id } }',
      { id: b!.taskTargetId },
      kgStaff,
    );
    const id = (await request(c!.taskTargetId, kgStaff, { n: '矿管函〔2026〕21号' })).data?.requestTransfer.id as string;
    expect((await approve(id)).errors).toBeUndefined();
    const q = (filter: Record<string, unknown>) => `?filter=${encodeURIComponent(JSON.stringify(filter))}`;
    const names = new Map((await t.prisma.target.findMany({ where: { id: { in: results.map((r) => r.taskTarget.targetId) } } })).map((x) => [x.id, x.name]));
    const got = await f.download(`/export/Closure.csv${q({ from: '2026-11-20', to: '2026-11-20', unitId: kgk })}`, kg);
    expect(got.status).toBe(200);
    const rows = csvRows(got.body);
    expect(rows[0]).toEqual([
      '任务编号',
      '抽查任务',
      '执行单位',
      '检查对象',
      '统一社会信用代码',
      '情形',
      '原因',
      '日期',
      '迁入单位',
      '书面通知文号',
      '批准人',
      '现负责单位',
    ]);
    const body = rows.slice(1);
    expect(body).toHaveLength(3);
    const byName = (tid: string) => body.find((r) => r[3] === names.get(tid))!;
    expect(byName(a!.taskTarget.targetId).slice(5, 8)).toEqual(['无法联系', '\'=HYPERLINK("x") 登记住所无人', '2026-11-20']);
    expect(byName(b!.taskTarget.targetId)[5]).toBe('已注销、被撤销或吊销');
    expect(byName(c!.taskTarget.targetId).slice(5)).toEqual([
      '迁移移交',
      '已迁至闻韶街道，新住所：闻韶路 18 号',
      '2026-11-20',
      '闻韶国土资源所',
      '矿管函〔2026〕21号',
      expect.any(String),
      '闻韶国土资源所',
    ]);
    // The receiving unit's list holds the transfer; another period holds none of them.
    expect(csvRows((await f.download(`/export/Closure.csv${q({ from: '2026-11-20', to: '2026-11-20', unitId: gts01 })}`, staff)).body).slice(1)).toHaveLength(
      1,
    );
    expect(csvRows((await f.download(`/export/Closure.csv${q({ from: '2026-11-21' })}`, kg)).body).slice(1)).toHaveLength(0);
    const xlsx = await f.download(`/export/Closure.xlsx${q({ from: '2026-11-20' })}`, kg);
    expect(xlsx.status).toBe(200);
    expect((await f.download(`/export/Closure.csv${q({ from: '20.11.2026' })}`, kg)).status).toBe(400);
    expect((await f.download('/export/Closure.csv')).status).toBe(401);
    t.setToday('2026-11-02');
  });
});

describe('withholding from publication (rule 26)', () => {
  const CREATE = `mutation($plan: ID, $pub: Boolean, $cat: WithholdingCategory, $basis: String) {
    createTask(planId: $plan, name: "涉密矿区检查", windowFrom: "2026-11-10", windowTo: "2026-12-20", checkItemIds: $items, isPublic: $pub, withheldCategory: $cat, withheldBasis: $basis) {
      id isPublic withheldCategory withheldBasis withheldByName withheldAt } }`;
  let plan: string;
  let planItems: string[];
  const create = (vars: Record<string, unknown>) =>
    t.gql(CREATE.replace('$basis: String)', '$basis: String, $items: [ID!])'), { plan, items: planItems, ...vars }, kg);

  beforeAll(async () => {
    // The plan dispatched() filed for KGK, given the item the task runs.
    plan = (await t.prisma.plan.findFirstOrThrow({ where: { unitId: kgk, year: 2026, status: 'FILED' } })).id;
    await t.prisma.planItem.create({
      data: {
        planId: plan,
        checkItemId: items[0]!.id,
        scope: '全区采矿权人',
        windowFrom: new Date('2026-01-01'),
        windowTo: new Date('2026-12-31'),
        estimatedCount: 5,
        ratio: 0.05,
      },
    });
    planItems = [items[0]!.id];
  });

  it('refuses to withhold without a legal ground and basis, and records who and why', async () => {
    const noCat = await create({ pub: false, basis: '《保守国家秘密法》第十三条' });
    expect(codeOf(noCat)).toBe('PUBLICATION.WITHHOLDING_CATEGORY_REQUIRED');
    expect(noCat.errors?.[0]?.message).toContain('不公开');
    expect(codeOf(await create({ pub: false, cat: 'STATE_SECRET', basis: ' ' }))).toBe('PUBLICATION.WITHHOLDING_BASIS_REQUIRED');
    expect(codeOf(await create({ pub: true, cat: 'STATE_SECRET', basis: 'x' }))).toBe('PUBLICATION.BASIS_WITHOUT_WITHHOLDING');
    const ok: GqlResult = await create({ pub: false, cat: 'STATE_SECRET', basis: '《保守国家秘密法》第十三条' });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.createTask).toMatchObject({
      isPublic: false,
      withheldCategory: 'STATE_SECRET',
      withheldBasis: '《保守国家秘密法》第十三条',
      withheldByName: expect.any(String),
    });
    const taskId = ok.data?.createTask.id as string;
    const ev = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'createTask', entityId: taskId } });
    expect(ev.after).toMatchObject({ isPublic: false, withheldCategory: 'STATE_SECRET', withheldBasis: '《保守国家秘密法》第十三条' });
    // Publishing it again clears the basis; withholding again needs one.
    const upd = (vars: Record<string, unknown>) =>
      t.gql(
        'mutation($id: ID!, $pub: Boolean, $cat: WithholdingCategory, $basis: String) { updateTask(id: $id, isPublic: $pub, withheldCategory: $cat, withheldBasis: $basis) { isPublic withheldCategory withheldBasis } }',
        { id: taskId, ...vars },
        kg,
      );
    expect((await upd({ basis: '《保守国家秘密法》第十四条' })).data?.updateTask).toEqual({
      isPublic: false,
      withheldCategory: 'STATE_SECRET',
      withheldBasis: '《保守国家秘密法》第十四条',
    });
    expect((await upd({ pub: true })).data?.updateTask).toEqual({ isPublic: true, withheldCategory: null, withheldBasis: null });
    expect(codeOf(await upd({ pub: false }))).toBe('PUBLICATION.WITHHOLDING_CATEGORY_REQUIRED');
  });

  it('shows the basis to staff and nothing of the withheld task to the public', async () => {
    const { task, results } = await dispatched(1, false);
    await t.prisma.$executeRawUnsafe(
      `UPDATE "Result" SET "status" = 'PUBLISHED', "publishedAt" = now(), "outcome" = 'NO_PROBLEM' WHERE "id" = $1`,
      results[0]!.id,
    );
    const staffView = await t.gql('query($id: ID!) { Result(id: $id) { task { isPublic withheldCategory withheldBasis } } }', { id: results[0]!.id }, staff);
    expect(staffView.errors).toBeUndefined();
    expect(staffView.data?.Result.task).toEqual({ isPublic: false, withheldCategory: 'COMMERCIAL_SECRET', withheldBasis: '《政府信息公开条例》第十五条' });
    const pub = await t.gql('query($id: ID!) { publicResult(id: $id) { id } publicTask(id: $t) { id } }'.replace('$id: ID!)', '$id: ID!, $t: ID!)'), {
      id: results[0]!.id,
      t: task.id,
    });
    expect(pub.errors).toBeUndefined();
    expect(pub.data).toEqual({ publicResult: null, publicTask: null });
    // Signed out, the basis is not readable at all.
    expect(codeOf(await t.gql('query($id: ID!) { Task(id: $id) { withheldBasis } }', { id: task.id }))).toBe('UNAUTHENTICATED');
  });
});

// Twenty identical approvals at once have one effect (PostgreSQL only: PGlite runs one transaction at a time).
describe.runIf(!!TEST_DATABASE_URL)('parallel decisions (PostgreSQL)', () => {
  it('approves a transfer once when 20 approvals race', async () => {
    const { results } = await dispatched();
    const id = (await request(results[0]!.taskTargetId)).data?.requestTransfer.id as string;
    const answers = await Promise.all(Array.from({ length: 20 }, () => approve(id)));
    const codes = answers.flatMap((a) => (a.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE'));
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    expect(new Set(codes)).toEqual(new Set(['TRANSFER.NOT_PENDING']));
    expect(await t.prisma.auditEvent.count({ where: { action: 'approveTransfer', entityId: id } })).toBe(1);
  });

  it('takes one request per target when 20 requests race', async () => {
    const { results } = await dispatched();
    const answers = await Promise.all(Array.from({ length: 20 }, () => request(results[0]!.taskTargetId)));
    const codes = answers.flatMap((a) => (a.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE'));
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    expect(new Set(codes)).toEqual(new Set(['TRANSFER.PENDING_EXISTS']));
    expect(await t.prisma.transfer.count({ where: { taskTargetId: results[0]!.taskTargetId } })).toBe(1);
  });
});
