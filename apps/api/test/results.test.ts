// Results (rules 18–24): entry on a form, 未录入 → 待审核 → 退回 / 通过 → 已公示, four eyes, violations handed over
// for follow-up, targets closed or transferred, evidence with limits, and published results frozen by the
// database itself. Each transition and each refusal (role, unit, state) is checked, and a refusal saves nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock } from '../src/clock.ts';
import { codeOf, createTestApp, type TestApp } from './helpers.ts';
import { inspectorsOf, signOff, teamOf } from './fixtures.ts';

/** A real 1×1 PNG (evidence content is checked against its declared type). */
const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

let t: TestApp;
let kg: string; // kuangguan, principal of 矿产资源管理科 (KGK)
let admin: string; // 行政许可科 (lead unit)
let staff: string; // wenshao, 闻韶国土所 (GTS01)
let leader: string;
let kgk: string;
let gts01: string;
let items: { id: string; code: string }[];
let seq = 0;

/** A dispatched KGK task of `n` targets with its result records (as lockDraw makes them). */
async function dispatched(n = 2, opts: { completedOn?: string; status?: 'DISPATCHED' | 'COMPLETED' } = {}) {
  const plan =
    (await t.prisma.plan.findFirst({ where: { unitId: kgk, year: 2026, status: 'FILED' } })) ??
    (await t.prisma.plan.create({ data: { unitId: kgk, year: 2026, title: '2026 年度计划（结果测试）', status: 'FILED', version: 1, filedAt: new Date() } }));
  seq += 1;
  const picked = await t.prisma.target.findMany({
    where: { unitId: kgk, registrationStatus: 'ACTIVE' },
    take: n,
    skip: seq * n,
    orderBy: { creditCode: 'asc' },
  });
  const task = await t.prisma.task.create({
    data: {
      code: `RW-R-${seq}`,
      name: '结果测试任务',
      planId: plan.id,
      ownerUnitId: kgk,
      executingUnitId: kgk,
      status: opts.status ?? 'DISPATCHED',
      windowFrom: new Date('2026-09-01'),
      windowTo: new Date('2026-10-31'),
      completedOn: opts.completedOn ? new Date(opts.completedOn) : null,
      checkItems: { create: items.map((i) => ({ checkItemId: i.id })) },
      targets: { create: picked.map((p) => ({ targetId: p.id })) },
    },
    include: { targets: true },
  });
  const form = await t.prisma.form.findFirst({ where: { checkItemId: items[0]!.id } });
  for (const tt of task.targets) await t.prisma.result.create({ data: { taskTargetId: tt.id, formId: form?.id ?? null } });
  // Rule 19 (G26.3): the team kuangguan and kuangguan2 are inspectors of enters and confirms the results.
  await teamOf(
    t,
    task.targets.map((tt) => tt.id),
  );
  const results = await t.prisma.result.findMany({
    where: { taskTarget: { taskId: task.id } },
    include: { taskTarget: { include: { target: true } } },
    orderBy: { id: 'asc' },
  });
  return { task, results };
}

const FIELDS =
  'id status outcome followUpAction method inspectedOn formId returnReason editable reviewable publishable violation findings { checkItemId compliant finding }';
const update = (id: string, vars: Record<string, unknown>, token = kg) =>
  t.gql(
    `mutation($id: ID!, $formId: ID, $method: CheckMethod, $inspectedOn: Date, $findings: [ResultFindingInput!], $outcome: ResultOutcome, $followUpAction: FollowUpAction, $followUpUnitId: ID, $remarks: String) {
      updateResult(id: $id, formId: $formId, method: $method, inspectedOn: $inspectedOn, findings: $findings, outcome: $outcome, followUpAction: $followUpAction, followUpUnitId: $followUpUnitId, remarks: $remarks) { ${FIELDS} } }`,
    { id, ...vars },
    token,
  );
const act = (name: 'submitResult' | 'approveResult', id: string, token = kg) => t.gql(`mutation($id: ID!) { ${name}(id: $id) { ${FIELDS} } }`, { id }, token);
const giveBack = (id: string, reason: string | null, token = admin) =>
  t.gql(`mutation($id: ID!, $r: String) { returnResult(id: $id, reason: $r) { ${FIELDS} } }`, { id, r: reason }, token);
const publish = (ids: string[], token = kg) => t.gql('mutation($ids: [ID!]!) { publishResults(ids: $ids) { id status publishedAt } }', { ids }, token);

async function fillIn(id: string, over: Record<string, unknown> = {}) {
  const form = await t.prisma.form.findFirst({});
  const r = await update(id, {
    formId: form?.id,
    method: 'ON_SITE',
    inspectedOn: '2026-09-15',
    outcome: 'NO_PROBLEM',
    followUpAction: 'NONE',
    findings: items.map((i) => ({ checkItemId: i.id, compliant: true, finding: '符合要求' })),
    remarks: '已出示执法证件，送达检查通知书，负责人签字确认',
    ...over,
  });
  expect(r.errors).toBeUndefined();
  // Rule 19: once the entry itself is complete, the team records the on-site procedure and confirms it.
  const left = await t.gql<{ Result: { submissionProblems: { code: string }[] } }>(
    'query($id: ID!) { Result(id: $id) { submissionProblems { code } } }',
    { id },
    kg,
  );
  if (left.data?.Result.submissionProblems.every((p) => p.code.startsWith('ONSITE.') || p.code === 'RESULT.UNCONFIRMED')) await signOff(t, id);
  return r;
}

beforeAll(async () => {
  t = await createTestApp();
  [kg, admin, staff, leader] = await Promise.all([t.login('kuangguan'), t.login('admin'), t.login('wenshao'), t.login('leader')]);
  kgk = (await t.prisma.unit.findUniqueOrThrow({ where: { code: 'KGK' } })).id;
  gts01 = (await t.prisma.unit.findUniqueOrThrow({ where: { code: 'GTS01' } })).id;
  items = await t.prisma.checkItem.findMany({ where: { code: { in: ['LZZR-03', 'LZZR-04'] } }, select: { id: true, code: true }, orderBy: { code: 'asc' } });
  if ((await t.prisma.form.count()) === 0) {
    await t.prisma.form.create({ data: { code: 'BD-T-1', name: '测试表单', checkItemId: items[0]!.id, fields: [{ key: 'a', label: '是否持证开采' }] } });
  }
});
afterAll(() => t.close());

describe('entering and reviewing a result (rules 18, 22)', () => {
  it('walks 未录入 → 待审核 → 退回 → 待审核 → 通过 → 已公示, every step audited', async () => {
    const { results } = await dispatched(1);
    const id = results[0]!.id;
    expect((await t.gql(`query($id: ID!) { Result(id: $id) { ${FIELDS} } }`, { id }, kg)).data?.Result).toMatchObject({
      status: 'NOT_ENTERED',
      editable: true,
      reviewable: false,
    });
    await fillIn(id);
    const submitted = await act('submitResult', id);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data?.submitResult).toMatchObject({ status: 'PENDING_REVIEW', editable: false });
    expect((await t.prisma.taskTarget.findUniqueOrThrow({ where: { id: results[0]!.taskTargetId } })).status).toBe('INSPECTED');

    expect(codeOf(await giveBack(id, '  '))).toBe('VALIDATION.REQUIRED');
    const returned = await giveBack(id, '检查情况说明过于简单，请补充现场核查的面积数据');
    expect(returned.data?.returnResult).toMatchObject({ status: 'RETURNED', returnReason: '检查情况说明过于简单，请补充现场核查的面积数据' });
    expect((await t.gql(`query($id: ID!) { Result(id: $id) { editable } }`, { id }, kg)).data?.Result.editable).toBe(true);
    await fillIn(id, { findings: items.map((i) => ({ checkItemId: i.id, compliant: true, finding: '开采范围与许可一致，面积 2.3 公顷' })) });
    await act('submitResult', id);
    const approved = await act('approveResult', id, admin);
    expect(approved.errors).toBeUndefined();
    expect(approved.data?.approveResult).toMatchObject({ status: 'APPROVED', violation: false, editable: false, reviewable: false });
    expect((await t.gql(`query($id: ID!) { Result(id: $id) { publishable } }`, { id }, kg)).data?.Result.publishable).toBe(true);
    expect((await t.gql(`query($id: ID!) { Result(id: $id) { publishable } }`, { id }, staff)).data?.Result.publishable).toBe(false);
    const published = await publish([id]);
    expect(published.errors).toBeUndefined();
    expect(published.data?.publishResults[0]).toMatchObject({ status: 'PUBLISHED' });

    const actions = (await t.prisma.auditEvent.findMany({ where: { entityId: id }, orderBy: { id: 'asc' }, select: { action: true } })).map((a) => a.action);
    // Rule 19: each round the team records the pre-check and the on-site record and both inspectors confirm.
    const entry = ['updateResult', 'recordPreCheck', 'recordOnSite', 'confirmResult', 'confirmResult', 'submitResult'];
    expect(actions).toEqual([...entry, 'returnResult', ...entry, 'approveResult', 'publishResult']);
    // No follow-up for a result with nothing found.
    expect(await t.prisma.followUp.count({ where: { resultId: id } })).toBe(0);
  });

  it('refuses to submit an incomplete result, naming what is missing, and changes nothing', async () => {
    const { results } = await dispatched(1);
    const id = results[0]!.id;
    await update(id, { method: 'WRITTEN', findings: [{ checkItemId: items[0]!.id, compliant: false, finding: '未按期提交年度报告' }] });
    const r = await act('submitResult', id);
    expect(codeOf(r)).toBe('RESULT.INCOMPLETE');
    expect(r.errors?.[0]?.message).toContain('检查日期');
    expect(r.errors?.[0]?.message).toContain('各抽查事项的检查情况');
    expect(r.errors?.[0]?.message).toContain('检查结果');
    expect((await t.prisma.result.findUniqueOrThrow({ where: { id } })).status).toBe('NOT_ENTERED');
  });

  it('requires a follow-up action for a violation outcome and refuses one where nothing was found', async () => {
    const { results } = await dispatched(1);
    const id = results[0]!.id;
    await fillIn(id, { outcome: 'FOLLOW_UP_PENDING', followUpAction: 'NONE' });
    expect(codeOf(await act('submitResult', id))).toBe('RESULT.FOLLOW_UP_REQUIRED');
    await fillIn(id, { outcome: 'NO_PROBLEM', followUpAction: 'REFER_CASE' });
    expect(codeOf(await act('submitResult', id))).toBe('RESULT.FOLLOW_UP_NOT_ALLOWED');
  });

  it('refuses findings for check items outside the task and an inspection date before the window or in the future', async () => {
    const { results } = await dispatched(1);
    const other = await t.prisma.checkItem.findUniqueOrThrow({ where: { code: 'LZZR-01' } });
    expect(codeOf(await update(results[0]!.id, { findings: [{ checkItemId: other.id, compliant: true }] }))).toBe('VALIDATION.INVALID');
    expect(codeOf(await update(results[0]!.id, { inspectedOn: '2026-08-31' }))).toBe('VALIDATION.INVALID');
    expect(codeOf(await update(results[0]!.id, { inspectedOn: '2099-01-01' }))).toBe('VALIDATION.INVALID');
    // Not a day of the calendar (inside the window, before today), as a variable or as a literal: refused as a date.
    const notADay = await update(results[0]!.id, { inspectedOn: '2026-09-31' });
    expect(codeOf(notADay)).toBe('VALIDATION.INVALID');
    expect(notADay.errors?.[0]?.message).toContain('日期格式应为 YYYY-MM-DD');
    const literal = await t.gql(`mutation { updateResult(id: "${results[0]!.id}", inspectedOn: "2026-10-32") { id } }`, {}, kg);
    expect(codeOf(literal)).toBe('VALIDATION.INVALID');
    expect(literal.errors?.[0]?.message).toContain('日期格式应为 YYYY-MM-DD');
    expect((await t.prisma.result.findUniqueOrThrow({ where: { id: results[0]!.id } })).inspectedOn).toBeNull();
  });

  it('lets nobody review their own submission (four eyes)', async () => {
    const { results } = await dispatched(1);
    const id = results[0]!.id;
    await fillIn(id);
    await act('submitResult', id);
    expect((await t.gql(`query($id: ID!) { Result(id: $id) { reviewable } }`, { id }, kg)).data?.Result.reviewable).toBe(false);
    expect(codeOf(await act('approveResult', id, kg))).toBe('RESULT.SELF_REVIEW');
    expect(codeOf(await giveBack(id, '自己退回', kg))).toBe('RESULT.SELF_REVIEW');
    expect((await t.prisma.result.findUniqueOrThrow({ where: { id } })).status).toBe('PENDING_REVIEW');
  });

  it('refuses the wrong role, the wrong unit and the wrong state', async () => {
    const { results } = await dispatched(2);
    const [a, b] = results.map((r) => r.id) as [string, string];
    expect(codeOf(await update(a, { method: 'ON_SITE' }, staff))).toBe('FORBIDDEN');
    expect(codeOf(await update(a, { method: 'ON_SITE' }, leader))).toBe('FORBIDDEN');
    const session = await t.login('analyst');
    const token = (await t.gql<{ createApiToken: { token: string } }>('mutation { createApiToken(name: "结果", days: 1) { token } }', {}, session)).data!
      .createApiToken.token;
    expect(codeOf(await update(a, { method: 'ON_SITE' }, token))).toBe('READ_ONLY_TOKEN');
    expect(codeOf(await publish([a]))).toBe('RESULT.WRONG_STATE');
    expect(codeOf(await act('approveResult', a, admin))).toBe('RESULT.WRONG_STATE');
    // Publishing several at once is all or nothing: one not approved → none published.
    await fillIn(b);
    await act('submitResult', b);
    await act('approveResult', b, admin);
    const both = await publish([b, a]);
    expect(codeOf(both)).toBe('RESULT.WRONG_STATE');
    expect((await t.prisma.result.findUniqueOrThrow({ where: { id: b } })).status).toBe('APPROVED');
  });

  it('refuses entry before the list is dispatched', async () => {
    const { task, results } = await dispatched(1);
    await t.prisma.task.update({ where: { id: task.id }, data: { status: 'DRAWN' } });
    expect(codeOf(await update(results[0]!.id, { method: 'ON_SITE' }))).toBe('TASK.NOT_DISPATCHED');
  });
});

describe('violations are handed over for follow-up (rule 24)', () => {
  it('creates a follow-up on approval, handed to the chosen unit, and walks its states with dates', async () => {
    const { results } = await dispatched(1);
    const id = results[0]!.id;
    await fillIn(id, {
      outcome: 'FOLLOW_UP_PENDING',
      followUpAction: 'REFER_CASE',
      followUpUnitId: gts01,
      findings: items.map((i) => ({ checkItemId: i.id, compliant: false, finding: '超越批准的矿区范围开采' })),
    });
    await act('submitResult', id);
    const approved = await act('approveResult', id, admin);
    expect(approved.data?.approveResult.violation).toBe(true);
    const f = await t.prisma.followUp.findUniqueOrThrow({ where: { resultId: id } });
    expect(f).toMatchObject({ handedToUnitId: gts01, status: 'HANDED_OVER' });
    expect(await t.prisma.auditEvent.count({ where: { action: 'handOverFollowUp', entityId: f.id } })).toBe(1);

    const advance = (vars: Record<string, unknown>, token = staff) =>
      t.gql(
        'mutation($id: ID!, $s: FollowUpStatus, $on: Date, $c: String, $n: String) { advanceFollowUp(id: $id, status: $s, on: $on, caseNumber: $c, notes: $n) { status acceptedAt caseNumber caseFiledAt closedAt notes nextStatuses editable daysOpen } }',
        { id: f.id, ...vars },
        token,
      );
    const today = clock.today();
    expect(codeOf(await advance({ s: 'CASE_FILED', on: today, c: '临自然资罚〔2026〕1号' }))).toBe('FOLLOW_UP.INVALID_TRANSITION');
    expect(codeOf(await advance({ s: 'ACCEPTED', on: today }, kg))).toBe('FORBIDDEN');
    const accepted = await advance({ s: 'ACCEPTED', on: today, n: '已接收' });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.advanceFollowUp.nextStatuses).toEqual(['CASE_FILED', 'RECTIFIED', 'SENT_TO_JUDICIAL', 'CLOSED']);
    expect(codeOf(await advance({ s: 'CASE_FILED', on: today }))).toBe('VALIDATION.REQUIRED');
    expect(codeOf(await advance({ s: 'CASE_FILED', on: '2099-01-01', c: 'x' }))).toBe('VALIDATION.INVALID');
    const filed = await advance({ s: 'CASE_FILED', on: today, c: '临自然资罚〔2026〕1号' });
    expect(filed.data?.advanceFollowUp).toMatchObject({ status: 'CASE_FILED', caseNumber: '临自然资罚〔2026〕1号' });
    const closed = await advance({ s: 'CLOSED', on: today, n: '已罚款并责令退还' });
    // Handed over and closed the same (China) day: 0 days open, never negative.
    expect(closed.data?.advanceFollowUp).toMatchObject({ status: 'CLOSED', editable: false, nextStatuses: [], daysOpen: 0 });
    expect(closed.data?.advanceFollowUp.notes).toContain('已接收');
    expect(codeOf(await advance({ s: 'ACCEPTED', on: today }))).toBe('FOLLOW_UP.INVALID_TRANSITION');
  });

  it("hands a violation to the target's own unit when no unit was chosen", async () => {
    const { results } = await dispatched(1);
    const id = results[0]!.id;
    await fillIn(id, { outcome: 'CORRECTED_ON_ORDER', followUpAction: 'NOTIFY_DEPARTMENT' });
    await act('submitResult', id);
    await act('approveResult', id, admin);
    expect((await t.prisma.followUp.findUniqueOrThrow({ where: { resultId: id } })).handedToUnitId).toBe(results[0]!.taskTarget.target.unitId);
  });
});

describe('published results are frozen (rule 21)', () => {
  it('refuses API edits and direct SQL UPDATE / DELETE of a published result and its evidence', async () => {
    const { results } = await dispatched(1);
    const id = results[0]!.id;
    await fillIn(id);
    const ev = await t.gql(
      'mutation($r: ID!, $c: String) { addEvidence(resultId: $r, filename: "现场照片.png", mimeType: "image/png", contentBase64: $c) { id size sha256 } }',
      { r: id, c: PNG_1PX },
      kg,
    );
    expect(ev.errors).toBeUndefined();
    await act('submitResult', id);
    await act('approveResult', id, admin);
    await publish([id]);
    expect(codeOf(await update(id, { remarks: '改' }))).toBe('RESULT.WRONG_STATE');
    await expect(t.prisma.$executeRawUnsafe(`UPDATE "Result" SET "outcome" = 'FALSIFICATION' WHERE "id" = $1`, id)).rejects.toThrow(/published/);
    await expect(t.prisma.$executeRawUnsafe(`DELETE FROM "Result" WHERE "id" = $1`, id)).rejects.toThrow(/published/);
    await expect(t.prisma.$executeRawUnsafe(`DELETE FROM "Evidence" WHERE "resultId" = $1`, id)).rejects.toThrow(/published/);
    await expect(
      t.prisma.evidence.create({ data: { resultId: id, filename: 'x', mimeType: 'text/plain', size: 1, sha256: 'x', data: Buffer.from('x') } }),
    ).rejects.toThrow();
    const row = await t.prisma.result.findUniqueOrThrow({ where: { id } });
    expect(row.outcome).toBe('NO_PROBLEM');
    expect(await t.prisma.evidence.count({ where: { resultId: id } })).toBe(1);
  });
});

describe('evidence (G30)', () => {
  it('stores a file with its hash, serves it back, and refuses wrong types, disguised content, bad encoding and oversize files', async () => {
    const { results } = await dispatched(1);
    const id = results[0]!.id;
    const content = Buffer.from('%PDF-1.4 检查笔录');
    const add = (vars: Record<string, unknown>) =>
      t.gql(
        'mutation($r: ID!, $f: String, $m: String, $c: String) { addEvidence(resultId: $r, filename: $f, mimeType: $m, contentBase64: $c) { id size sha256 contentBase64 } }',
        { r: id, ...vars },
        kg,
      );
    const ok = await add({ f: '检查笔录.pdf', m: 'application/pdf', c: content.toString('base64') });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.addEvidence.size).toBe(content.length);
    expect(Buffer.from(ok.data?.addEvidence.contentBase64, 'base64').equals(content)).toBe(true);
    expect(codeOf(await add({ f: 'a.exe', m: 'application/x-msdownload', c: 'AAAA' }))).toBe('EVIDENCE.TYPE_NOT_ALLOWED');
    // Uploads are what they claim (G30): the content's real type, the extension and the declared type agree.
    const html = Buffer.from('<html><script>alert(document.cookie)</script></html>').toString('base64');
    expect(codeOf(await add({ f: 'photo.jpg', m: 'image/jpeg', c: html }))).toBe('EVIDENCE.CONTENT_MISMATCH');
    expect(codeOf(await add({ f: 'evil.html', m: 'text/plain', c: html }))).toBe('EVIDENCE.TYPE_NOT_ALLOWED');
    expect(codeOf(await add({ f: 'notes.txt', m: 'text/plain', c: html }))).toBe('EVIDENCE.ACTIVE_CONTENT');
    expect(
      codeOf(await add({ f: 'map.txt', m: 'text/plain', c: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>').toString('base64') })),
    ).toBe('EVIDENCE.ACTIVE_CONTENT');
    expect(codeOf(await add({ f: 'scan.pdf', m: 'image/png', c: content.toString('base64') }))).toBe('EVIDENCE.TYPE_NOT_ALLOWED');
    expect(codeOf(await add({ f: 'photo.png', m: 'image/png', c: content.toString('base64') }))).toBe('EVIDENCE.CONTENT_MISMATCH');
    // A right-to-left override cannot disguise a name ("现场‮gpj.exe照片.png"): refused, nothing stored.
    const named = await add({ f: '现场\u202egpj.exe照片.png', m: 'image/png', c: PNG_1PX });
    expect(codeOf(named)).toBe('VALIDATION.INVALID');
    expect(named.errors?.[0]?.extensions?.field).toBe('filename');
    // A path in the name is dropped: the stored name is a plain file name.
    const pathed = await add({ f: '../../etc/现场照片.png', m: 'image/png', c: PNG_1PX });
    expect(pathed.errors).toBeUndefined();
    expect((await t.prisma.evidence.findUniqueOrThrow({ where: { id: pathed.data?.addEvidence.id } })).filename).toBe('etc现场照片.png');
    await t.gql('mutation($id: ID!) { removeEvidence(id: $id) { id } }', { id: pathed.data?.addEvidence.id }, kg);
    expect(codeOf(await add({ f: 'a.png', m: 'image/png', c: '不是base64' }))).toBe('VALIDATION.INVALID');
    expect(codeOf(await add({ f: 'a.png', m: 'image/png', c: Buffer.alloc(20 * 1024 * 1024 + 1).toString('base64') }))).toBe('EVIDENCE.TOO_LARGE');
    expect(
      codeOf(
        await t.gql(
          'mutation($r: ID!) { addEvidence(resultId: $r, filename: "a.png", mimeType: "image/png", contentBase64: "AAAA") { id } }',
          { r: id },
          staff,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(await t.prisma.evidence.count({ where: { resultId: id } })).toBe(1);
    const removed = await t.gql('mutation($id: ID!) { removeEvidence(id: $id) { id } }', { id: ok.data?.addEvidence.id }, kg);
    expect(removed.errors).toBeUndefined();
    expect(await t.prisma.evidence.count({ where: { resultId: id } })).toBe(0);
  });
});

describe('targets closed without inspection or transferred (rule 23)', () => {
  it('closes an unreachable target as completed with its reason and marks the directory', async () => {
    const { results } = await dispatched(1);
    const r0 = results[0]!;
    const close = (kind: string, reason: string | null, token = kg) =>
      t.gql(
        'mutation($id: ID!, $k: String!, $r: String) { closeTaskTarget(taskTargetId: $id, kind: $k, reason: $r) { status outcome remarks } }',
        { id: r0.taskTargetId, k: kind, r: reason },
        token,
      );
    expect(codeOf(await close('CLOSED_UNREACHABLE', null))).toBe('VALIDATION.REQUIRED');
    expect(codeOf(await close('INSPECTED', '无'))).toBe('VALIDATION.INVALID');
    expect(codeOf(await close('CLOSED_UNREACHABLE', '登记住所无人', staff))).toBe('FORBIDDEN');
    const closed = await close('CLOSED_UNREACHABLE', '2026-09-18 至登记住所核查，无人办公，电话无法接通');
    expect(closed.errors).toBeUndefined();
    expect(closed.data?.closeTaskTarget).toMatchObject({ status: 'PENDING_REVIEW', outcome: 'UNREACHABLE' });
    expect((await t.prisma.taskTarget.findUniqueOrThrow({ where: { id: r0.taskTargetId } })).status).toBe('CLOSED_UNREACHABLE');
    expect((await t.prisma.target.findUniqueOrThrow({ where: { id: r0.taskTarget.targetId } })).registrationStatus).toBe('UNREACHABLE');
    expect(codeOf(await close('CLOSED_DEREGISTERED', '再次办结'))).toBe('TASK_TARGET.NOT_PENDING');
    // Closed without inspection, it still goes through review and publication.
    expect((await act('approveResult', r0.id, admin)).data?.approveResult.status).toBe('APPROVED');
  });

  it('transfers a moved target to the unit of its new location, which then enters the result', async () => {
    const { results } = await dispatched(1);
    const r0 = results[0]!;
    const move = (to: string | null, token = kg, n: string | null = '矿管函〔2026〕7号') =>
      t.gql(
        'mutation($id: ID!, $to: ID, $r: String, $n: String) { requestTransfer(taskTargetId: $id, toUnitId: $to, reason: $r, noticeRef: $n) { id status } }',
        { id: r0.taskTargetId, to, r: '已迁至闻韶街道，新住所：闻韶路 18 号', n },
        token,
      );
    expect(codeOf(await move(null))).toBe('VALIDATION.REQUIRED');
    expect(codeOf(await move(kgk))).toBe('TRANSFER.SAME_UNIT');
    // G28: the written notice to the receiving unit is named, or nothing changes.
    for (const n of [null, '  ']) {
      const r = await move(gts01, kg, n);
      expect(codeOf(r)).toBe('TRANSFER.NOTICE_REQUIRED');
      expect(r.errors?.[0]?.message).toContain('书面通知');
    }
    expect((await t.prisma.taskTarget.findUniqueOrThrow({ where: { id: r0.taskTargetId } })).status).toBe('PENDING');
    const asked = await move(gts01);
    expect(asked.errors).toBeUndefined();
    // G28 (按程序批准): the transfer happens once approved (here by the lead unit; transfers.test.ts has the rest).
    const moved = await t.gql(
      'mutation($id: ID!) { approveTransfer(id: $id) { status taskTarget { status transferNoticeRef } } }',
      { id: asked.data?.requestTransfer.id },
      admin,
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.approveTransfer.taskTarget).toEqual({ status: 'TRANSFERRED', transferNoticeRef: '矿管函〔2026〕7号' });
    expect((await t.prisma.target.findUniqueOrThrow({ where: { id: r0.taskTarget.targetId } })).unitId).toBe(gts01);
    expect(codeOf(await update(r0.id, { method: 'ON_SITE' }, kg))).toBe('FORBIDDEN');
    // Rule 19: the receiving unit enters it once its own team for the visit is formed.
    expect(codeOf(await update(r0.id, { method: 'ON_SITE' }, staff))).toBe('RESULT.NOT_ON_TEAM');
    const tt = await t.prisma.taskTarget.findUniqueOrThrow({ where: { id: r0.taskTargetId } });
    const [a, b] = await inspectorsOf(t, ['wenshao', 'wenshaosz']);
    await t.prisma.team.create({
      data: {
        visitId: tt.visitId!,
        mode: 'DIRECT',
        createdAt: new Date(Date.now() + 1000),
        members: {
          create: [
            { inspectorId: a!, role: 'LEADER' },
            { inspectorId: b!, role: 'MEMBER' },
          ],
        },
      },
    });
    expect((await update(r0.id, { method: 'ON_SITE' }, staff)).errors).toBeUndefined();
    const list = await t.gql('query($u: ID) { allResults(filter: { unitId: $u }) { id } }', { u: gts01 }, staff);
    expect(list.data?.allResults.map((x: { id: string }) => x.id)).toContain(r0.id);
  });

  it("keeps a transferred target the receiving unit's for good, also once it closes it (rule 23)", async () => {
    const { results, task } = await dispatched(1);
    const r0 = results[0]!;
    const asked = await t.gql(
      'mutation($id: ID!, $to: ID) { requestTransfer(taskTargetId: $id, toUnitId: $to, reason: "已迁至闻韶街道", noticeRef: "矿管函〔2026〕8号") { id } }',
      { id: r0.taskTargetId, to: gts01 },
      kg,
    );
    expect(asked.errors).toBeUndefined();
    const moved = await t.gql('mutation($id: ID!) { approveTransfer(id: $id) { id } }', { id: asked.data?.requestTransfer.id }, admin);
    expect(moved.errors).toBeUndefined();
    // The original unit can no longer close it; the receiving unit closes it as unreachable.
    const close = (token: string) =>
      t.gql(
        'mutation($id: ID!) { closeTaskTarget(taskTargetId: $id, kind: "CLOSED_UNREACHABLE", reason: "新住所无人办公") { id status responsibleUnitId } }',
        { id: r0.taskTargetId },
        token,
      );
    expect(codeOf(await close(kg))).toBe('FORBIDDEN');
    const closed = await close(staff);
    expect(closed.errors).toBeUndefined();
    expect(closed.data?.closeTaskTarget).toMatchObject({ status: 'PENDING_REVIEW', responsibleUnitId: gts01 });
    // Closing did not hand it back: the original unit cannot act on it, the receiving unit lists it and reviews it.
    const tt = await t.prisma.taskTarget.findUniqueOrThrow({ where: { id: r0.taskTargetId } });
    expect(tt).toMatchObject({ status: 'CLOSED_UNREACHABLE', transferredToUnitId: gts01, transferNoticeRef: '矿管函〔2026〕8号' });
    const mine = async (u: string, token: string) =>
      (await t.gql('query($u: ID, $task: ID) { allResults(filter: { unitId: $u, taskId: $task }) { id } }', { u, task: task.id }, token)).data?.allResults.map(
        (x: { id: string }) => x.id,
      );
    expect(await mine(gts01, staff)).toContain(r0.id);
    expect(await mine(kgk, kg)).not.toContain(r0.id);
    expect(codeOf(await t.gql('mutation($id: ID!) { approveResult(id: $id) { id } }', { id: r0.id }, kg))).toBe('FORBIDDEN');
  });
});

describe('lists and countdowns (rule 20)', () => {
  it('lists results soonest due first with their deadline state, and filters overdue ones', async () => {
    const { task } = await dispatched(2, { status: 'COMPLETED', completedOn: '2026-09-30' });
    await t.prisma.result.updateMany({ where: { taskTarget: { taskId: task.id } }, data: { dueOn: new Date('2026-11-03') } });
    const r = await t.gql(
      'query($task: ID) { allResults(filter: { taskId: $task }) { id dueOn deadline { dueOn state workingDaysLeft } } _allResultsMeta(filter: { taskId: $task }) { count } }',
      { task: task.id },
      kg,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?._allResultsMeta.count).toBe(2);
    const today = clock.today();
    const expected = today > '2026-11-03' ? 'OVERDUE' : 'PENDING';
    expect(r.data?.allResults[0].deadline).toMatchObject({ dueOn: '2026-11-03', state: expected });
    const overdue = await t.gql('query($task: ID) { _allResultsMeta(filter: { taskId: $task, overdue: true }) { count } }', { task: task.id }, kg);
    expect(overdue.data?._allResultsMeta.count).toBe(expected === 'OVERDUE' ? 2 : 0);
  });

  it('reads a page of results with task, target and form in a fixed number of SQL statements', async () => {
    const q =
      '{ allResults(perPage: 50) { id status task { code } target { name creditCode } form { name } deadline { state } evidence { id } followUp { status } } }';
    const small = await t.countQueries(() => t.gql(q.replace('perPage: 50', 'perPage: 2'), {}, kg));
    const large = await t.countQueries(() => t.gql(q, {}, kg));
    expect(large.count).toBe(small.count);
  });
});
