// Verifiable target draws (摇号): commit–reveal seed, directory confirmation, receipts anyone can re-run,
// logged re-draws, lock with the yearly cap and merged visits (rules 4, 9, 13, 14, 17).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRAW_ALGORITHM, makeCommitment, verifyDraw, type DrawReceipt } from '@ssj/domain';
import { loadDrawCandidates } from '../src/drawCandidates.ts';
import { codeOf, createTestApp, type TestApp } from './helpers.ts';
import { TEST_DATABASE_URL } from './testEnv.ts';

let t: TestApp;
let kg: string; // kuangguan: 矿产资源管理科 (KGK)
let admin: string;
let kgk: string;
let dhk: string;
let kgPlan: string;
let dhPlan: string;
const item: Record<string, string> = {};
const lib: Record<string, string> = {};

const DRAW_FIELDS = `id sequence status reason candidateCount candidateListHash parametersHash algorithm seedCommitment witnessName witnessEntropy seed
  confirmationId drawnTargetCount receipt lockedAt drawnTargets { targetId rank classKeys } exclusions { targetId code detail message }`;

async function filedPlan(unitId: string, codes: string[]) {
  // The demo may already hold the unit's filed 2026 plan (one per unit and year); it covers the unit's remit.
  const demo = await t.prisma.plan.findUnique({ where: { unitId_year: { unitId, year: 2026 } }, include: { items: { include: { checkItem: true } } } });
  if (demo) {
    expect(demo.status).toBe('FILED');
    expect(demo.items.map((i) => i.checkItem.code)).toEqual(expect.arrayContaining(codes));
    return demo.id;
  }
  const p = await t.prisma.plan.create({
    data: {
      unitId,
      year: 2026,
      title: '2026 年度抽查工作计划',
      status: 'FILED',
      version: 1,
      filedAt: new Date(),
      items: {
        create: codes.map((code) => ({
          checkItemId: item[code]!,
          scope: '全区',
          windowFrom: new Date('2026-03-01'),
          windowTo: new Date('2026-12-31'),
          estimatedCount: 10,
          ratio: 0.2,
        })),
      },
    },
  });
  return p.id;
}

let libSerial = 0;
/** A small special library of 采矿权人 kept by KGK, so a test controls exactly who can be drawn. */
async function smallLibrary(n: number, overrides: Record<number, Record<string, unknown>> = {}) {
  const code = `LIB-T${++libSerial}`;
  const l = await t.prisma.targetLibrary.create({
    data: {
      code,
      name: `测试名录库${libSerial}`,
      kind: 'SPECIAL',
      objectType: '采矿权人',
      unitId: kgk,
      buildStandard: '测试',
      supervisionRequirements: '测试',
    },
  });
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const target = await t.prisma.target.create({
      data: {
        creditCode: `TEST${libSerial}X${String(i).padStart(4, '0')}`,
        name: `测试矿业${libSerial}-${i}有限公司`,
        libraryId: l.id,
        unitId: kgk,
        objectType: '采矿权人',
        scale: 'SMALL',
        industry: '石灰岩开采',
        area: '金岭回族镇',
        address: '临淄区金岭回族镇',
        creditStatus: 'NORMAL',
        registrationStatus: 'ACTIVE',
        keyIndustry: false,
        repeatedComplaints: false,
        seriousViolation: false,
        ...overrides[i],
      },
    });
    ids.push(target.id);
  }
  return { libraryId: l.id, ids };
}

async function setUpTask(o: {
  token?: string;
  planId?: string;
  items?: string[];
  libraryId: string;
  ratio?: number;
  count?: number;
  from?: string;
  to?: string;
  announce?: boolean;
  campaignBasis?: string;
  /** The lead unit approves the campaign exemption (rule 9) before the class is set up. */
  approve?: boolean;
  /** A directed class (G16): by object type. */
  objectType?: string;
}) {
  const token = o.token ?? kg;
  const task = await t.gql(
    `mutation($planId: ID, $from: Date, $to: Date, $items: [ID!], $c: Boolean, $b: String) {
      createTask(planId: $planId, name: "摇号测试任务", windowFrom: $from, windowTo: $to, checkItemIds: $items, campaignOrdered: $c, campaignBasis: $b) { id code }
    }`,
    {
      planId: o.planId ?? kgPlan,
      from: o.from ?? '2026-12-01',
      to: o.to ?? '2026-12-31',
      items: o.items ?? [item['LZZR-03']],
      c: o.campaignBasis !== undefined,
      b: o.campaignBasis ?? null,
    },
    token,
  );
  expect(task.errors).toBeUndefined();
  const taskId = task.data!.createTask.id as string;
  if (o.approve) {
    const a = await approveCampaign(taskId);
    expect(a.errors).toBeUndefined();
  }
  const cls = await t.gql(
    `mutation($taskId: ID, $libraryId: ID, $ratio: Float, $count: Int, $o: String) { createTaskClass(taskId: $taskId, key: "ck", label: "采矿权人", libraryId: $libraryId, ratio: $ratio, count: $count, objectType: $o) { id } }`,
    { taskId, libraryId: o.libraryId, ratio: o.ratio ?? null, count: o.count ?? null, o: o.objectType ?? null },
    token,
  );
  expect(cls.errors).toBeUndefined();
  if (o.announce !== false) {
    const a = await t.gql('mutation($id: ID) { announceDraw(taskId: $id) { status seedCommitment } }', { id: taskId }, token);
    expect(a.errors).toBeUndefined();
  }
  return taskId;
}

const approveCampaign = (taskId: string, token = admin, documentNumber: string | null = '淄自然资字〔2026〕21号', documentDate: string | null = '2026-07-10') =>
  t.gql(
    `mutation($id: ID, $n: String, $d: Date) { approveCampaignExemption(taskId: $id, documentNumber: $n, documentDate: $d) {
      campaignApprovedAt campaignApprovedById campaignApprovedByName campaignApprovalDocNo campaignApprovalDocDate campaignExemptionInForce } }`,
    { id: taskId, n: documentNumber, d: documentDate },
    token,
  );

async function draw(taskId: string, token = kg, entropy = '见证人掷骰 3-6-1-4') {
  return t.gql(
    `mutation($id: ID, $e: String) { drawTargets(taskId: $id, witnessName: "赵见证", witnessEntropy: $e) { ${DRAW_FIELDS} } }`,
    { id: taskId, e: entropy },
    token,
  );
}
const lock = (drawId: string, token = kg) => t.gql(`mutation($id: ID) { lockDraw(drawId: $id) { ${DRAW_FIELDS} } }`, { id: drawId }, token);
const verify = (drawId: string, token?: string) => t.gql('query($id: ID!) { verifyDraw(drawId: $id) { ok diff } }', { id: drawId }, token);
const confirm = (token = kg, unitId?: string) => t.gql('mutation($u: ID) { confirmDirectories(unitId: $u) { id confirmedAt } }', { u: unitId ?? null }, token);

/** Two earlier locked draws of the year that selected these targets (another task of the plan). */
async function lockedDrawsFor(targetIds: string[], times: number) {
  const other = await t.prisma.task.create({
    data: {
      code: `OLD-2026-${String(++libSerial).padStart(4, '0')}`,
      name: '往期任务',
      planId: kgPlan,
      ownerUnitId: kgk,
      executingUnitId: kgk,
      windowFrom: new Date('2026-04-01'),
      windowTo: new Date('2026-04-30'),
      status: 'DISPATCHED',
    },
  });
  for (let s = 1; s <= times; s++) {
    await t.prisma.draw.create({
      data: {
        taskId: other.id,
        kind: 'TARGETS',
        sequence: s,
        status: 'LOCKED',
        candidateCount: 0,
        candidateListHash: 'x',
        seedCommitment: 'x',
        seed: 'x',
        // Drawn and locked in the plan's year (the yearly cap counts by it), whatever day the suite runs on.
        receipt: {},
        drawnAt: new Date('2026-04-20T09:00:00+08:00'),
        lockedAt: new Date('2026-04-20T09:30:00+08:00'),
        drawn: { create: targetIds.map((targetId) => ({ targetId, rank: 1, classKeys: ['ck'] })) },
      },
    });
  }
}

beforeAll(async () => {
  t = await createTestApp();
  [kg, admin] = await Promise.all([t.login('kuangguan'), t.login('admin')]);
  kgk = (await t.prisma.unit.findUniqueOrThrow({ where: { code: 'KGK' } })).id;
  dhk = (await t.prisma.unit.findUniqueOrThrow({ where: { code: 'DHK' } })).id;
  for (const i of await t.prisma.checkItem.findMany()) item[i.code] = i.id;
  for (const l of await t.prisma.targetLibrary.findMany()) lib[l.code] = l.id;
  kgPlan = await filedPlan(kgk, ['LZZR-03', 'LZZR-04', 'LZZR-11']);
  // 地质环境与地质灾害防治科's plan: LZZR-05 also checks 采矿权人 (rule 14 merges visits across plans).
  dhPlan = await filedPlan(dhk, ['LZZR-05']);
});
afterAll(() => t.close());

describe('the draw of a task (rules 4, 13, 17)', () => {
  it('announces, previews, refuses without a fresh confirmation, draws, verifies, detects tampering, and locks', async () => {
    const taskId = await setUpTask({ libraryId: lib['LIB-CK']!, ratio: 0.3, announce: false });

    // Announce: a fresh secret stays on the task; only its commitment is published.
    const announced = await t.gql('mutation($id: ID) { announceDraw(taskId: $id) { status seedCommitment } }', { id: taskId }, kg);
    expect(announced.errors).toBeUndefined();
    const commitment = announced.data!.announceDraw.seedCommitment as string;
    expect(announced.data!.announceDraw.status).toBe('READY');
    expect(commitment).toMatch(/^[0-9a-f]{64}$/);
    const secret = (await t.prisma.task.findUniqueOrThrow({ where: { id: taskId } })).serverSecret!;
    expect(makeCommitment(secret)).toBe(commitment);
    expect(codeOf(await t.gql('query($id: ID!) { Task(id: $id) { serverSecret } }', { id: taskId }, kg))).toBe('GRAPHQL_VALIDATION_FAILED');
    const trail = await t.prisma.auditEvent.findMany({ where: { entityId: taskId } });
    expect(trail.map((e) => e.action)).toContain('announceDraw');
    expect(JSON.stringify(trail.map((e) => [e.before, e.after]))).not.toContain(secret);
    expect(codeOf(await t.gql('mutation($id: ID) { announceDraw(taskId: $id) { id } }', { id: taskId }, kg))).toBe('DRAW.ALREADY_ANNOUNCED');

    // Preview, shown to the witness before the draw.
    const preview = await t.gql(
      'query($id: ID!) { drawCandidatesPreview(taskId: $id) { candidateCount candidateListHash parametersHash seedCommitment directoriesFresh } }',
      { id: taskId },
      kg,
    );
    expect(preview.errors).toBeUndefined();
    const p = preview.data!.drawCandidatesPreview;
    expect(p.candidateCount).toBe(await t.prisma.target.count({ where: { libraryId: lib['LIB-CK'], retiredAt: null } }));
    expect(p.candidateCount).toBeGreaterThan(100);
    expect(p.candidateListHash).toMatch(/^[0-9a-f]{64}$/);
    expect(p.seedCommitment).toBe(commitment);
    expect(p.directoriesFresh).toBe(false); // the demo's confirmation is weeks old

    // The list itself, before the draw: paged, searchable, the same candidates the preview counts (issue 15).
    const LIST =
      'query($id: ID!, $q: String, $page: Int, $perPage: Int) { drawCandidateList(taskId: $id, q: $q, page: $page, perPage: $perPage) { total rows { targetId name creditCode exemptions } } }';
    const page0 = (await t.gql(LIST, { id: taskId, perPage: 50 }, kg)).data!.drawCandidateList;
    expect(page0.total).toBe(p.candidateCount);
    expect(page0.rows).toHaveLength(50);
    const codes = page0.rows.map((r: { creditCode: string }) => r.creditCode);
    expect([...codes].sort()).toEqual(codes);
    const page1 = (await t.gql(LIST, { id: taskId, page: 1, perPage: 50 }, kg)).data!.drawCandidateList;
    expect(page1.rows[0].creditCode > codes[49]).toBe(true);
    const one = page0.rows[7];
    const found = (await t.gql(LIST, { id: taskId, q: one.creditCode.slice(-8) }, kg)).data!.drawCandidateList;
    expect(found.rows.map((r: { targetId: string }) => r.targetId)).toContain(one.targetId);
    expect(found.total).toBeLessThan(p.candidateCount);
    // A `%` is searched for, not a wildcard; out-of-range paging is a typed refusal.
    expect((await t.gql(LIST, { id: taskId, q: '%' }, kg)).data!.drawCandidateList.total).toBe(0);
    expect(codeOf(await t.gql(LIST, { id: taskId, perPage: 201 }, kg))).toBe('VALIDATION.INVALID');
    // The whole list downloads as CSV, one line per candidate under a Chinese header, through the exports' writer:
    // a name that would be a spreadsheet formula is written as text.
    const renamed = await t.prisma.target.update({ where: { id: one.targetId }, data: { name: '=HYPERLINK("http://x")' } });
    const csv = await t.app.fetch(new Request(`http://test/export/draw-candidates/${taskId}.csv`, { headers: { authorization: `Bearer ${kg}` } }));
    expect(csv.status).toBe(200);
    expect(decodeURIComponent(csv.headers.get('content-disposition') ?? '')).toContain('候选名单-');
    const lines = (await csv.text()).trim().split('\n');
    expect(lines[0]).toContain('统一社会信用代码');
    expect(lines).toHaveLength(p.candidateCount + 1);
    expect(lines.find((l) => l.includes(one.creditCode))).toContain(`"'=HYPERLINK(""http://x"")"`);
    await t.prisma.target.update({ where: { id: renamed.id }, data: { name: one.name } });
    expect((await t.app.fetch(new Request(`http://test/export/draw-candidates/${taskId}.csv`))).status).toBe(401);

    // Rule 4: no draw without a confirmation of the directories in the last 24 hours.
    const refused = await draw(taskId);
    expect(codeOf(refused)).toBe('DRAW.DIRECTORIES_NOT_CONFIRMED');
    expect(refused.errors?.[0]?.message).toContain('24 小时');
    expect(await t.prisma.draw.count({ where: { taskId } })).toBe(0);
    expect((await t.prisma.task.findUniqueOrThrow({ where: { id: taskId } })).status).toBe('READY');

    const confirmed = await confirm();
    expect(confirmed.errors).toBeUndefined();
    const entropy = '  见证人口述：7 3 9 1  ';
    const drawn = await t.gql(
      `mutation($id: ID, $e: String, $h: String, $ph: String) { drawTargets(taskId: $id, witnessName: "赵见证", witnessEntropy: $e, candidateListHash: $h, parametersHash: $ph) { ${DRAW_FIELDS} } }`,
      { id: taskId, e: entropy, h: p.candidateListHash, ph: p.parametersHash },
      kg,
    );
    expect(drawn.errors).toBeUndefined();
    const d = drawn.data!.drawTargets;
    expect(d).toMatchObject({
      sequence: 1,
      status: 'DRAWN',
      reason: null,
      candidateCount: p.candidateCount,
      candidateListHash: p.candidateListHash,
      parametersHash: p.parametersHash,
      algorithm: DRAW_ALGORITHM,
      seedCommitment: commitment,
      witnessName: '赵见证',
      witnessEntropy: entropy,
      confirmationId: confirmed.data!.confirmDirectories.id,
      lockedAt: null,
    });
    const receipt = d.receipt as DrawReceipt;
    // The receipt reveals the committed secret and the witness's entropy exactly as given.
    expect(receipt.seedInputs).toEqual({ source: 'COMMIT_REVEAL', commitment, serverSecret: secret, witnessEntropy: entropy });
    expect(d.seed).toBe(receipt.seed);
    expect(d.drawnTargetCount).toBe(receipt.result.length);
    expect(d.drawnTargetCount).toBeGreaterThan(0);
    expect(d.drawnTargets.map((x: { targetId: string }) => x.targetId).sort()).toEqual(receipt.result.map((r) => r.targetId).sort());
    // Deregistered, revoked and unreachable targets are in the frozen list and excluded with their reason.
    const inactive = await t.prisma.target.count({ where: { libraryId: lib['LIB-CK'], retiredAt: null, registrationStatus: { not: 'ACTIVE' } } });
    expect(d.exclusions.filter((e: { code: string }) => e.code === 'DRAW.EXCLUDED_NOT_ACTIVE')).toHaveLength(inactive);
    const task = await t.prisma.task.findUniqueOrThrow({ where: { id: taskId } });
    expect(task.status).toBe('DRAWN');
    expect(task.serverSecret).toBeNull();

    // The unit re-runs it through the API, and the domain's verifier agrees on the stored data; the public may
    // once it is locked (not yet: DRAW.NOT_PUBLISHED).
    expect((await verify(d.id, kg)).data?.verifyDraw).toEqual({ ok: true, diff: [] });
    expect(codeOf(await verify(d.id))).toBe('DRAW.NOT_PUBLISHED');
    const stored = await t.prisma.draw.findUniqueOrThrow({ where: { id: d.id } });
    expect(verifyDraw(stored.receipt as unknown as DrawReceipt, await loadDrawCandidates(t.prisma, d.id), { commitment })).toEqual({ ok: true, diff: [] });
    // Not yet locked: not public.
    expect((await t.gql('query($id: ID!) { publicDraw(id: $id) { id } }', { id: d.id })).data?.publicDraw).toBeNull();
    expect(codeOf(await t.gql('query($id: ID!) { drawReceipt(drawId: $id) }', { id: d.id }))).toBe('DRAW.NOT_PUBLISHED');

    // Tampering with the frozen list is found.
    const first = await t.prisma.drawCandidateChunk.findUniqueOrThrow({ where: { drawId_chunkNo: { drawId: d.id, chunkNo: 0 } } });
    const group = { drawId_groupNo: { drawId: d.id, groupNo: first.groupNos[0]! } };
    const original = await t.prisma.drawCandidateGroup.findUniqueOrThrow({ where: group });
    await t.prisma.drawCandidateGroup.update({ where: group, data: { riskLevel: original.riskLevel === 'HIGH' ? 'LOW' : 'HIGH' } });
    const bad = (await verify(d.id, kg)).data!.verifyDraw;
    expect(bad.ok).toBe(false);
    expect(bad.diff.join('\n')).toContain('候选名单哈希不一致');
    expect(codeOf(await lock(d.id))).toBe('DRAW.VERIFICATION_FAILED');
    await t.prisma.drawCandidateGroup.update({ where: group, data: { riskLevel: original.riskLevel } });
    expect((await verify(d.id, kg)).data?.verifyDraw.ok).toBe(true);

    // Lock (rule 13): dispatched, announced, one TaskTarget per drawn target, each in a visit of its own.
    const locked = await lock(d.id);
    expect(locked.errors).toBeUndefined();
    expect(locked.data!.lockDraw.status).toBe('LOCKED');
    expect(locked.data!.lockDraw.lockedAt).toBeTruthy();
    // Who drew and who locked, as users (G4, G5: every step has a responsible person).
    const who = await t.gql('query($id: ID!) { Draw(id: $id) { drawnBy { username name } drawnByName lockedBy { username } lockedByName } }', { id: d.id }, kg);
    expect(who.data?.Draw).toEqual({
      drawnBy: { username: 'kuangguan', name: '王强' },
      drawnByName: '王强',
      lockedBy: { username: 'kuangguan' },
      lockedByName: '王强',
    });
    const after = await t.gql(
      'query($id: ID!) { Task(id: $id) { status announcedAt targetCount targets { targetId visit { merged } } draws { id status } } }',
      { id: taskId },
      kg,
    );
    const shown = after.data!.Task;
    expect(shown.status).toBe('DISPATCHED');
    expect(shown.announcedAt).toBeTruthy();
    expect(shown.targetCount).toBe(d.drawnTargetCount);
    expect(shown.targets.map((x: { targetId: string }) => x.targetId).sort()).toEqual(receipt.result.map((r) => r.targetId).sort());
    expect(shown.targets.every((x: { visit: { merged: boolean } }) => x.visit.merged === false)).toBe(true);
    expect(shown.draws).toEqual([{ id: d.id, status: 'LOCKED' }]);
    // Every dispatched target has its result record, not yet entered, on a form of the task's items (rule 18).
    const results = await t.gql(
      'query($id: ID) { allResults(filter: { taskId: $id }, perPage: 500) { status dueOn form { checkItemId } } }',
      { id: taskId },
      kg,
    );
    expect(results.data!.allResults).toHaveLength(d.drawnTargetCount);
    expect(results.data!.allResults.every((r: { status: string; dueOn: string | null }) => r.status === 'NOT_ENTERED' && r.dueOn === null)).toBe(true);
    // Locked draws of public tasks are public.
    const pub = await t.gql(
      'query($id: ID!) { publicDraw(id: $id) { sequence status seed seedCommitment candidateListHash drawnTargetCount } drawReceipt(drawId: $id) }',
      { id: d.id },
    );
    expect(pub.errors).toBeUndefined();
    expect(pub.data!.publicDraw).toEqual({
      sequence: 1,
      status: 'LOCKED',
      seed: d.seed,
      seedCommitment: commitment,
      candidateListHash: p.candidateListHash,
      drawnTargetCount: d.drawnTargetCount,
    });
    expect((pub.data!.drawReceipt as DrawReceipt).seed).toBe(d.seed);
    expect(codeOf(await t.gql('query($id: ID!) { Draw(id: $id) { id } }', { id: d.id }))).toBe('UNAUTHENTICATED');

    expect(codeOf(await lock(d.id))).toBe('DRAW.NOT_LOCKABLE');
    expect(codeOf(await t.gql('mutation($id: ID) { redrawTargets(taskId: $id, reason: "想换") { id } }', { id: taskId }, kg))).toBe('DRAW.LOCKED_NO_REDRAW');
    const actions = (await t.prisma.auditEvent.findMany({ where: { OR: [{ entityId: taskId }, { entityId: d.id }] }, orderBy: { id: 'asc' } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual(['createTask', 'announceDraw', 'drawTargets', 'lockDraw']);
  });

  it('turns a refusal of the domain into a typed error and saves nothing', async () => {
    // The GENERAL cap is judged again at the draw, on the population as it is then: 2 of 40 (5 %) was allowed at
    // set-up; 30 deregistered since leave 10, of which 5 % is less than one (rule 2, ssj-draw/3).
    await confirm();
    const { libraryId, ids } = await smallLibrary(40);
    const taskId = await setUpTask({ items: [item['LZZR-04']!], libraryId, count: 2 });
    await t.prisma.target.updateMany({ where: { id: { in: ids.slice(10) } }, data: { registrationStatus: 'DEREGISTERED' } });
    const before = await t.prisma.auditEvent.count();
    const r = await draw(taskId);
    expect(codeOf(r)).toBe('DRAW.GENERAL_ITEM_ABOVE_CAP');
    expect(r.errors?.[0]?.message).toContain('LZZR-04');
    expect(r.errors?.[0]?.message).toContain('共10个');
    expect(r.errors?.[0]?.message).toContain('上限5%');
    expect(r.errors?.[0]?.message).toContain('合计要求抽取2个');
    expect(await t.prisma.draw.count({ where: { taskId } })).toBe(0);
    expect(await t.prisma.auditEvent.count()).toBe(before);
    const task = await t.prisma.task.findUniqueOrThrow({ where: { id: taskId } });
    expect(task.status).toBe('READY');
    expect(task.serverSecret).not.toBeNull();
  });

  it('refuses announcing a task without classes, and drawing before the announcement', async () => {
    const r = await t.gql(
      `mutation { createTask(planId: "${kgPlan}", name: "无类别任务", windowFrom: "2026-12-01", windowTo: "2026-12-31", checkItemIds: ["${item['LZZR-03']}"]) { id } }`,
      {},
      kg,
    );
    const id = r.data!.createTask.id;
    expect(codeOf(await draw(id))).toBe('DRAW.NOT_ANNOUNCED');
    expect(codeOf(await t.gql('mutation($id: ID) { announceDraw(taskId: $id) { id } }', { id }, kg))).toBe('DRAW.NO_CLASSES');
  });
});

describe('re-draws (rule 17: never silently redone)', () => {
  beforeAll(async () => {
    await confirm();
    await confirm(admin, dhk);
  });
  it('needs a reason, keeps the first draw visible as SUPERSEDED, and draws again as sequence 2 under a new commitment', async () => {
    const { libraryId } = await smallLibrary(12);
    const taskId = await setUpTask({ libraryId, count: 3 });
    const first = (await draw(taskId)).data!.drawTargets;
    const firstCommitment = first.seedCommitment;

    for (const reason of [undefined, '   ']) {
      const r = await t.gql('mutation($id: ID, $r: String) { redrawTargets(taskId: $id, reason: $r) { id } }', { id: taskId, r: reason ?? null }, kg);
      expect(codeOf(r)).toBe('DRAW.REDRAW_REASON_REQUIRED');
    }
    expect((await t.prisma.draw.findUniqueOrThrow({ where: { id: first.id } })).status).toBe('DRAWN');

    const redo = await t.gql(
      'mutation($id: ID) { redrawTargets(taskId: $id, reason: "见证人未按时到场，经科室负责人同意重新摇号") { status seedCommitment pendingRedrawReason } }',
      { id: taskId },
      kg,
    );
    expect(redo.errors).toBeUndefined();
    expect(redo.data!.redrawTargets.status).toBe('READY');
    // The reason waits on the task for the next draw; the superseded draw records when and why.
    expect(redo.data!.redrawTargets.pendingRedrawReason).toBe('见证人未按时到场，经科室负责人同意重新摇号');
    const old = await t.gql('query($id: ID!) { Draw(id: $id) { status supersededAt supersededReason } }', { id: first.id }, kg);
    expect(old.data?.Draw).toMatchObject({ status: 'SUPERSEDED', supersededReason: '见证人未按时到场，经科室负责人同意重新摇号' });
    expect(old.data?.Draw.supersededAt).toBeTruthy();
    expect(redo.data!.redrawTargets.seedCommitment).not.toBe(firstCommitment);
    expect(codeOf(await lock(first.id))).toBe('DRAW.NOT_LOCKABLE');
    const newSecret = (await t.prisma.task.findUniqueOrThrow({ where: { id: taskId } })).serverSecret!;
    expect(makeCommitment(newSecret)).toBe(redo.data!.redrawTargets.seedCommitment);
    const trail = await t.prisma.auditEvent.findMany({ where: { entityId: taskId } });
    expect(JSON.stringify(trail.map((e) => [e.before, e.after]))).not.toContain(newSecret);

    const second = (await draw(taskId, kg, '第二次见证 5 5 2')).data!.drawTargets;
    expect(second).toMatchObject({
      sequence: 2,
      status: 'DRAWN',
      reason: '见证人未按时到场，经科室负责人同意重新摇号',
      seedCommitment: redo.data!.redrawTargets.seedCommitment,
    });
    expect(second.receipt.seedInputs.serverSecret).not.toBe(first.receipt.seedInputs.serverSecret);
    expect((await t.prisma.task.findUniqueOrThrow({ where: { id: taskId } })).pendingRedrawReason).toBeNull();
    const secondRow = await t.prisma.draw.findUniqueOrThrow({ where: { id: second.id } });
    expect([secondRow.supersededAt, secondRow.supersededReason]).toEqual([null, null]);

    const r = await t.gql('query($id: ID!) { Task(id: $id) { draws { id sequence status receipt } } }', { id: taskId }, kg);
    const draws = r.data!.Task.draws;
    expect(draws.map((x: { sequence: number; status: string }) => [x.sequence, x.status])).toEqual([
      [2, 'DRAWN'],
      [1, 'SUPERSEDED'],
    ]);
    expect(draws[1].receipt).toEqual(first.receipt);
    expect((await verify(first.id)).data?.verifyDraw.ok).toBe(true);
    expect((await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'redrawTargets', entityId: taskId } })).after).toMatchObject({
      supersededDrawId: first.id,
    });

    expect((await lock(second.id)).errors).toBeUndefined();
    // The superseded draw is public too, with its receipt (the redo is visible to everyone).
    const pub = await t.gql('query($id: ID!) { publicDraw(id: $id) { sequence status receipt supersededReason } }', { id: first.id });
    expect(pub.data!.publicDraw).toMatchObject({ sequence: 1, status: 'SUPERSEDED', supersededReason: '见证人未按时到场，经科室负责人同意重新摇号' });
    expect(pub.data!.publicDraw.receipt.seed).toBe(first.seed);
  });
});

describe('the yearly cap (rule 9)', () => {
  beforeAll(async () => {
    await confirm();
    await confirm(admin, dhk);
  });
  it('excludes a target already drawn twice this year, but not a dishonest one', async () => {
    const { libraryId, ids } = await smallLibrary(3, { 1: { creditStatus: 'DISHONEST' } });
    const [twice, dishonest, fresh] = ids as [string, string, string];
    await lockedDrawsFor([twice, dishonest], 2);
    const taskId = await setUpTask({ libraryId, count: 3 });
    const d = (await draw(taskId)).data!.drawTargets;
    expect(d.exclusions).toEqual([{ targetId: twice, code: 'DRAW.EXCLUDED_YEARLY_CAP', detail: 'drawsThisYear=2', message: expect.stringContaining('2次') }]);
    expect(d.drawnTargets.map((x: { targetId: string }) => x.targetId).sort()).toEqual([dishonest, fresh].sort());
    const frozen = await loadDrawCandidates(t.prisma, d.id);
    expect(frozen.find((c) => c.id === dishonest)).toMatchObject({ drawsThisYear: 2, exemptions: ['DISHONEST'] });
    expect(frozen.find((c) => c.id === fresh)).toMatchObject({ drawsThisYear: 0, exemptions: [] });
  });

  it('lifts the cap for a directed check ordered by a special campaign once approved, at the draw and at the lock (G13)', async () => {
    const { libraryId, ids } = await smallLibrary(2);
    await lockedDrawsFor(ids, 2);
    // Flagged but not approved by the lead unit: the yearly cap holds.
    const unapproved = await setUpTask({ libraryId, count: 2, campaignBasis: '淄自然资字〔2026〕12号', objectType: '采矿权人' });
    const u = (await draw(unapproved)).data!.drawTargets;
    expect(u.exclusions.map((e: { code: string }) => e.code)).toEqual(['DRAW.EXCLUDED_YEARLY_CAP', 'DRAW.EXCLUDED_YEARLY_CAP']);
    expect((u.receipt as DrawReceipt).parameters).not.toHaveProperty('campaignApproval');
    // Approved, but the class is not directed: the yearly cap holds too.
    const undirected = await setUpTask({ libraryId, count: 2, campaignBasis: '淄自然资字〔2026〕12号', approve: true });
    expect((await draw(undirected)).data!.drawTargets.exclusions).toHaveLength(2);

    const taskId = await setUpTask({ libraryId, count: 2, campaignBasis: '淄自然资字〔2026〕12号', approve: true, objectType: '采矿权人' });
    const d = (await draw(taskId)).data!.drawTargets;
    expect(d.exclusions).toEqual([]);
    expect(d.drawnTargets.map((x: { targetId: string }) => x.targetId).sort()).toEqual([...ids].sort());
    expect((d.receipt as DrawReceipt).parameters.campaignOrdered).toBe(true);
    // The approval, its basis and who gave it are on the receipt (hashed with the parameters).
    const adminId = (await t.prisma.user.findUniqueOrThrow({ where: { username: 'admin' } })).id;
    expect((d.receipt as DrawReceipt).parameters.campaignApproval).toEqual({
      documentNumber: '淄自然资字〔2026〕21号',
      documentDate: '2026-07-10',
      approvedBy: adminId,
    });
    expect((await verify(d.id, kg)).data?.verifyDraw.ok).toBe(true);
    // The lock re-checks the cap with the receipt's own parameters: still exempt.
    expect((await lock(d.id)).errors).toBeUndefined();
    expect(await t.prisma.drawnTarget.count({ where: { targetId: ids[0], draw: { status: 'LOCKED' } } })).toBe(3);

    // The same targets in an ordinary task are excluded now (3 locked draws).
    const plain = await setUpTask({ libraryId, count: 2 });
    const p = (await draw(plain)).data!.drawTargets;
    expect(p.exclusions.map((e: { code: string }) => e.code)).toEqual(['DRAW.EXCLUDED_YEARLY_CAP', 'DRAW.EXCLUDED_YEARLY_CAP']);
  });

  it('refuses a lock that would give a target a third draw because another task locked first, asking for a re-draw', async () => {
    const { libraryId, ids } = await smallLibrary(1);
    await lockedDrawsFor(ids, 1);
    const a = await setUpTask({ libraryId, count: 1 });
    const b = await setUpTask({ libraryId, count: 1 });
    const da = (await draw(a)).data!.drawTargets;
    const db = (await draw(b)).data!.drawTargets;
    expect(da.drawnTargetCount).toBe(1);
    expect(db.drawnTargetCount).toBe(1);
    expect((await lock(da.id)).errors).toBeUndefined();
    const r = await lock(db.id);
    expect(codeOf(r)).toBe('DRAW.YEARLY_CAP_REACHED');
    expect(r.errors?.[0]?.message).toContain('重新摇号');
    expect((await t.prisma.draw.findUniqueOrThrow({ where: { id: db.id } })).status).toBe('DRAWN');
    expect(await t.prisma.taskTarget.count({ where: { taskId: b } })).toBe(0);
  });
});

describe('the GENERAL ratio cap and campaign-ordered tasks (rules 2, 9)', () => {
  beforeAll(async () => {
    await confirm();
  });

  it("draws an approved campaign-ordered task's directed GENERAL class above the cap with ssj-draw/3, and the receipt verifies", async () => {
    const { libraryId } = await smallLibrary(10, { 0: { riskLevel: 'HIGH' }, 1: { riskLevel: 'HIGH' } });
    // LZZR-04 is a GENERAL item under the system cap of 5 %; the class asks for 30 %.
    // Unapproved, the flag lifts nothing: the class is refused at set-up.
    const flagged = await t.gql(
      'mutation($p: ID, $i: [ID!]) { createTask(planId: $p, name: "专项任务", windowFrom: "2026-12-01", windowTo: "2026-12-31", checkItemIds: $i, campaignOrdered: true, campaignBasis: "淄自然资字〔2026〕21号") { id } }',
      { p: kgPlan, i: [item['LZZR-04']] },
      kg,
    );
    const CLASS =
      'mutation($t: ID, $l: ID, $o: String) { createTaskClass(taskId: $t, key: "ck", label: "采矿权人", libraryId: $l, ratio: 0.3, objectType: $o) { id } }';
    const unapprovedClass = await t.gql(CLASS, { t: flagged.data!.createTask.id, l: libraryId, o: '采矿权人' }, kg);
    expect(codeOf(unapprovedClass)).toBe('DRAW.GENERAL_ITEM_ABOVE_CAP');
    expect(unapprovedClass.errors?.[0]?.message).toContain('合计要求抽取3个');
    // Approved, an undirected class is still capped.
    expect((await approveCampaign(flagged.data!.createTask.id)).errors).toBeUndefined();
    expect(codeOf(await t.gql(CLASS, { t: flagged.data!.createTask.id, l: libraryId, o: null }, kg))).toBe('DRAW.GENERAL_ITEM_ABOVE_CAP');

    const taskId = await setUpTask({
      items: [item['LZZR-04']!],
      libraryId,
      ratio: 0.3,
      campaignBasis: '淄自然资字〔2026〕21号',
      approve: true,
      objectType: '采矿权人',
    });
    const d = (await draw(taskId)).data!.drawTargets;
    const receipt = d.receipt as DrawReceipt;
    expect(receipt.algorithm).toBe('ssj-draw/3');
    expect(receipt.parameters).toMatchObject({ campaignOrdered: true, caps: { generalRatioCap: 0.05 } });
    // No stratum held at the cap: HIGH/NORMAL 0.3 × 1.5, MEDIUM/NORMAL 0.3; K = ceil(0.9 + 2.4) = 4.
    expect(receipt.perClass[0]!.strata).toEqual([
      { stratum: 'HIGH/NORMAL', eligible: 2, ratio: '0.45', quota: '0.9', selected: 1 },
      { stratum: 'MEDIUM/NORMAL', eligible: 8, ratio: '0.3', quota: '2.4', selected: 3 },
    ]);
    expect(d.drawnTargetCount).toBe(4);
    expect((await verify(d.id, kg)).data?.verifyDraw).toEqual({ ok: true, diff: [] });
    expect((await lock(d.id)).errors).toBeUndefined();

    // The same class on an ordinary task is refused at set-up, with the typed error.
    const plain = await t.gql(
      'mutation($p: ID, $i: [ID!]) { createTask(planId: $p, name: "普通任务", windowFrom: "2026-12-01", windowTo: "2026-12-31", checkItemIds: $i) { id } }',
      { p: kgPlan, i: [item['LZZR-04']] },
      kg,
    );
    const cls = await t.gql(
      'mutation($t: ID, $l: ID) { createTaskClass(taskId: $t, key: "ck", label: "采矿权人", libraryId: $l, ratio: 0.3) { id } }',
      { t: plain.data!.createTask.id, l: libraryId },
      kg,
    );
    expect(codeOf(cls)).toBe('DRAW.GENERAL_ITEM_ABOVE_CAP');
    expect(cls.errors?.[0]?.message).toContain('LZZR-04');
  });

  it("still verifies an ssj-draw/1 receipt of a campaign-ordered task (the demo's) by its own version", async () => {
    const draws = await t.prisma.draw.findMany({
      where: { kind: 'TARGETS', task: { campaignOrdered: true } },
      select: { id: true, receipt: true },
    });
    const v1 = draws.filter((d) => (d.receipt as unknown as DrawReceipt).algorithm === 'ssj-draw/1');
    expect(v1.length).toBeGreaterThan(0);
    for (const d of v1) {
      expect((d.receipt as unknown as DrawReceipt).parameters.campaignOrdered).toBe(true);
      expect((await verify(d.id, admin)).data?.verifyDraw).toEqual({ ok: true, diff: [] });
      expect(verifyDraw(d.receipt as unknown as DrawReceipt, await loadDrawCandidates(t.prisma, d.id))).toEqual({ ok: true, diff: [] });
    }
  });
});

describe('merging (rule 14: one visit for tasks of different plans)', () => {
  beforeAll(async () => {
    await confirm();
    await confirm(admin, dhk);
  });
  it('gives two tasks of different plans with overlapping windows one merged visit per shared target', async () => {
    const { libraryId, ids } = await smallLibrary(2);
    const a = await setUpTask({ libraryId, count: 2, from: '2026-12-01', to: '2026-12-20' });
    const b = await setUpTask({ token: admin, planId: dhPlan, items: [item['LZZR-05']!], libraryId, count: 2, from: '2026-12-10', to: '2026-12-31' });
    expect((await confirm(admin, dhk)).errors).toBeUndefined();
    expect((await lock((await draw(a)).data!.drawTargets.id)).errors).toBeUndefined();
    expect((await lock((await draw(b, admin)).data!.drawTargets.id, admin)).errors).toBeUndefined();

    const q = 'query($id: ID!) { Task(id: $id) { targets { targetId visitId visit { merged windowFrom windowTo taskTargets { taskId } } } } }';
    const ta = (await t.gql(q, { id: a }, kg)).data!.Task.targets as {
      targetId: string;
      visitId: string;
      visit: { merged: boolean; windowFrom: string; windowTo: string; taskTargets: { taskId: string }[] };
    }[];
    const tb = (await t.gql(q, { id: b }, kg)).data!.Task.targets as typeof ta;
    expect(ta.map((x) => x.targetId).sort()).toEqual([...ids].sort());
    for (const x of ta) {
      const y = tb.find((z) => z.targetId === x.targetId)!;
      expect(y.visitId).toBe(x.visitId);
      expect(x.visit.merged).toBe(true);
      expect(x.visit).toMatchObject({ windowFrom: '2026-12-10', windowTo: '2026-12-20' });
      expect(x.visit.taskTargets.map((tt) => tt.taskId).sort()).toEqual([a, b].sort());
    }
  });

  it('does not merge when the windows do not overlap', async () => {
    const { libraryId } = await smallLibrary(1);
    const a = await setUpTask({ libraryId, count: 1, from: '2026-11-01', to: '2026-11-15' });
    const b = await setUpTask({ token: admin, planId: dhPlan, items: [item['LZZR-05']!], libraryId, count: 1, from: '2026-12-01', to: '2026-12-31' });
    await lock((await draw(a)).data!.drawTargets.id);
    await lock((await draw(b, admin)).data!.drawTargets.id, admin);
    const va = await t.prisma.taskTarget.findFirstOrThrow({ where: { taskId: a }, include: { visit: true } });
    const vb = await t.prisma.taskTarget.findFirstOrThrow({ where: { taskId: b }, include: { visit: true } });
    expect(va.visitId).not.toBe(vb.visitId);
    expect(va.visit?.merged).toBe(false);
  });
});

describe('concurrent locks (rule 9 under an advisory lock)', () => {
  beforeAll(async () => {
    await confirm();
    await confirm(admin, dhk);
  });
  it.skipIf(!TEST_DATABASE_URL)(
    'lets exactly one of two racing locks give a target its second draw of the year (PostgreSQL only: embedded PGlite runs one transaction at a time)',
    async () => {
      const { libraryId, ids } = await smallLibrary(1);
      await lockedDrawsFor(ids, 1);
      const a = await setUpTask({ libraryId, count: 1 });
      const b = await setUpTask({ token: admin, planId: dhPlan, items: [item['LZZR-05']!], libraryId, count: 1 });
      const da = (await draw(a)).data!.drawTargets;
      const db = (await draw(b, admin)).data!.drawTargets;
      const results = await Promise.all([lock(da.id), lock(db.id, admin)]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.map(codeOf).filter(Boolean)).toEqual(['DRAW.YEARLY_CAP_REACHED']);
      expect(await t.prisma.drawnTarget.count({ where: { targetId: ids[0], draw: { status: 'LOCKED' } } })).toBe(2);
    },
  );
});
