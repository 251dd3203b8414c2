// Twenty identical clicks have exactly one effect (integrity under load): each workflow transition is fired 20
// times at once and must succeed once; the other 19 get a typed refusal (never INTERNAL_SERVER_ERROR), and the
// database and the audit trail show one effect. Only PostgreSQL runs transactions in parallel — PGlite has one
// connection — so the race runs there (CI runs the suite on both).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '@ssj/domain';
import { createTestApp, type GqlResult, type TestApp } from './helpers.ts';
import { fileRoutes } from './importHelpers.ts';
import { linkTeam, signOff } from './fixtures.ts';
import { TEST_DATABASE_URL } from './testEnv.ts';

const N = 20;
let t: TestApp;
let kg: string;
let admin: string;
let kgk: string;
let taskId: string;
let resultId: string;

/** Fires `n` identical calls at once; returns the successes and every error code. */
async function race(call: () => Promise<GqlResult>, n = N) {
  const answers = await Promise.all(Array.from({ length: n }, call));
  const ok = answers.filter((a) => !a.errors);
  const codes = answers.flatMap((a) => (a.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE'));
  return { ok, codes };
}

/** Exactly one success, and the refusals typed. */
function oneEffect(r: { ok: unknown[]; codes: unknown[] }) {
  expect(r.codes).not.toContain('INTERNAL_SERVER_ERROR');
  expect(r.codes).not.toContain('NO_CODE');
  expect(r.ok).toHaveLength(1);
}

const audits = (action: string, entityId?: string) => t.prisma.auditEvent.count({ where: { action, ...(entityId ? { entityId } : {}) } });

const run = !!TEST_DATABASE_URL;

beforeAll(async () => {
  if (!run) return;
  t = await createTestApp({ today: '2026-12-04' });
  [kg, admin] = await Promise.all([t.login('kuangguan'), t.login('admin')]);
  kgk = (await t.prisma.unit.findUniqueOrThrow({ where: { code: 'KGK' } })).id;
}, 240_000);
afterAll(() => t?.close());

describe.skipIf(!run)('twenty parallel identical calls have one effect (PostgreSQL)', () => {
  it('announces a draw once: one seed commitment', async () => {
    const item = await t.prisma.checkItem.findUniqueOrThrow({ where: { code: 'LZZR-03' } });
    const plan =
      (await t.prisma.plan.findUnique({ where: { unitId_year: { unitId: kgk, year: 2026 } } })) ??
      (await t.prisma.plan.create({
        data: {
          unitId: kgk,
          year: 2026,
          title: '2026 年度抽查工作计划',
          status: 'FILED',
          version: 1,
          filedAt: new Date('2026-02-01T09:00:00+08:00'),
          items: {
            create: [
              { checkItemId: item.id, scope: '全区', windowFrom: new Date('2026-03-01'), windowTo: new Date('2026-12-31'), estimatedCount: 10, ratio: 0.2 },
            ],
          },
        },
      }));
    const lib = await t.prisma.targetLibrary.create({
      data: {
        code: 'LIB-RACE',
        name: '并发测试名录库',
        kind: 'SPECIAL',
        objectType: '采矿权人',
        unitId: kgk,
        buildStandard: '测试',
        supervisionRequirements: '测试',
      },
    });
    for (let i = 0; i < 3; i++) {
      await t.prisma.target.create({
        data: {
          creditCode: `RACE${String(i).padStart(4, '0')}`,
          name: `并发矿业${i}有限公司`,
          libraryId: lib.id,
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
        },
      });
    }
    const task = await t.gql(
      'mutation($p: ID, $i: [ID!]) { createTask(planId: $p, name: "并发测试任务", windowFrom: "2026-12-01", windowTo: "2026-12-31", checkItemIds: $i) { id } }',
      { p: plan.id, i: [item.id] },
      kg,
    );
    expect(task.errors).toBeUndefined();
    taskId = task.data!.createTask.id;
    const cls = await t.gql(
      'mutation($t: ID, $l: ID) { createTaskClass(taskId: $t, key: "ck", label: "采矿权人", libraryId: $l, count: 3) { id } }',
      { t: taskId, l: lib.id },
      kg,
    );
    expect(cls.errors).toBeUndefined();
    expect((await t.gql('mutation { confirmDirectories { id } }', {}, kg)).errors).toBeUndefined();
    const r = await race(() => t.gql('mutation($id: ID) { announceDraw(taskId: $id) { seedCommitment } }', { id: taskId }, kg));
    oneEffect(r);
    expect(await audits('announceDraw', taskId)).toBe(1);
  });

  it('draws once, re-draws once, and locks once', async () => {
    const draw = () =>
      race(() => t.gql('mutation($id: ID) { drawTargets(taskId: $id, witnessName: "见证人", witnessEntropy: "3-6-1") { id } }', { id: taskId }, kg));
    oneEffect(await draw());
    expect(await t.prisma.draw.count({ where: { taskId } })).toBe(1);
    // Rule 17: a re-draw supersedes the draw once and commits to one fresh secret.
    oneEffect(await race(() => t.gql('mutation($id: ID) { redrawTargets(taskId: $id, reason: "见证人未到场") { id } }', { id: taskId }, kg)));
    expect(await audits('redrawTargets', taskId)).toBe(1);
    expect(await t.prisma.draw.count({ where: { taskId, status: 'SUPERSEDED' } })).toBe(1);
    const d = await draw();
    oneEffect(d);
    expect(await t.prisma.draw.count({ where: { taskId } })).toBe(2);
    expect(await t.prisma.auditEvent.count({ where: { action: 'drawTargets', after: { path: ['taskId'], equals: taskId } } })).toBe(2);
    expect(await t.prisma.draw.findMany({ where: { taskId }, select: { sequence: true, reason: true }, orderBy: { sequence: 'asc' } })).toEqual([
      { sequence: 1, reason: null },
      { sequence: 2, reason: '见证人未到场' },
    ]);
    const drawId = (d.ok[0] as GqlResult).data!.drawTargets.id as string;
    const l = await race(() => t.gql('mutation($id: ID) { lockDraw(drawId: $id) { id } }', { id: drawId }, kg));
    oneEffect(l);
    expect(await audits('lockDraw', drawId)).toBe(1);
    expect(await t.prisma.result.count({ where: { taskTarget: { taskId } } })).toBe(3);
  });

  it('matches the teams once, and confirms them once', async () => {
    oneEffect(await race(() => t.gql('mutation($id: ID) { matchTeams(taskId: $id) { id } }', { id: taskId }, kg)));
    expect(await t.prisma.team.count({ where: { visit: { taskTargets: { some: { taskId } } } } })).toBe(3);
    oneEffect(await race(() => t.gql('mutation($id: ID) { confirmTeams(taskId: $id) { id } }', { id: taskId }, kg)));
    expect(await audits('confirmTeams', taskId)).toBe(1);
  });

  it('completes the task once', async () => {
    oneEffect(await race(() => t.gql('mutation($id: ID!) { completeTask(taskId: $id, completedOn: "2026-12-04") { id } }', { id: taskId }, kg)));
    expect(await audits('completeTask', taskId)).toBe(1);
  });

  it('submits, approves and publishes a result once each', async () => {
    const result = await t.prisma.result.findFirstOrThrow({ where: { taskTarget: { taskId } }, orderBy: { id: 'asc' } });
    resultId = result.id;
    const items = await t.prisma.checkItem.findMany({ where: { code: 'LZZR-03' }, select: { id: true } });
    // Rule 19: the drawn team's inspectors enter and confirm it (kuangguan and kuangguan2 stand for them).
    await linkTeam(t, resultId);
    const filled = await t.gql(
      'mutation($id: ID!, $f: [ResultFindingInput!]) { updateResult(id: $id, method: ON_SITE, inspectedOn: "2026-12-03", findings: $f, outcome: NO_PROBLEM, followUpAction: NONE) { id } }',
      { id: resultId, f: items.map((i) => ({ checkItemId: i.id, compliant: true, finding: '符合要求' })) },
      kg,
    );
    expect(filled.errors).toBeUndefined();
    await signOff(t, resultId);
    const submit = () => race(() => t.gql('mutation($id: ID!) { submitResult(id: $id) { id } }', { id: resultId }, kg));
    oneEffect(await submit());
    oneEffect(await race(() => t.gql('mutation($id: ID!) { returnResult(id: $id, reason: "检查情况不完整") { id } }', { id: resultId }, admin)));
    expect(await audits('returnResult', resultId)).toBe(1);
    oneEffect(await submit());
    oneEffect(await race(() => t.gql('mutation($id: ID!) { approveResult(id: $id) { id } }', { id: resultId }, admin)));
    oneEffect(await race(() => t.gql('mutation($ids: [ID!]!) { publishResults(ids: $ids) { id } }', { ids: [resultId] }, admin)));
    expect(await audits('submitResult', resultId)).toBe(2);
    for (const action of ['approveResult', 'publishResult']) expect(await audits(action, resultId)).toBe(1);
  });

  it('decides a review once, and proposes and signs a correction once', async () => {
    const o = await t.gql(
      'mutation($r: ID!) { raiseObjection(resultId: $r, raisedBy: "某企业", content: "异议", receivedOn: "2026-12-04") { id } }',
      { r: resultId },
      kg,
    );
    expect(o.errors).toBeUndefined();
    const reviewId = o.data!.raiseObjection.id as string;
    oneEffect(
      await race(() =>
        t.gql('mutation($id: ID!) { decideReview(id: $id, decision: CORRECTED, note: "应更正", decidedOn: "2026-12-04") { id } }', { id: reviewId }, kg),
      ),
    );
    expect(await audits('decideReview', reviewId)).toBe(1);
    oneEffect(
      await race(() => t.gql('mutation($r: ID!) { proposeCorrection(resultId: $r, reason: "复查更正", remarks: "已复核") { id } }', { r: resultId }, kg)),
    );
    const corrections = await t.prisma.correction.findMany({ where: { resultId } });
    expect(corrections).toHaveLength(1);
    oneEffect(await race(() => t.gql('mutation($id: ID!) { signCorrection(id: $id) { id } }', { id: corrections[0]!.id }, kg)));
    expect(await audits('signCorrection', corrections[0]!.id)).toBe(1);
  });

  it('advances a follow-up once', async () => {
    const f = await t.prisma.followUp.findFirstOrThrow({ where: { status: 'HANDED_OVER' }, orderBy: { id: 'asc' } });
    oneEffect(await race(() => t.gql('mutation($id: ID!) { advanceFollowUp(id: $id, status: ACCEPTED, on: "2026-12-04") { id } }', { id: f.id }, admin)));
    expect(await audits('advanceFollowUp', f.id)).toBe(1);
  });

  it('creates one target for one credit code, refusing the others as duplicates', async () => {
    const body = '91370305MA3RACE0X';
    const code = body.slice(0, 17) + creditCodeCheckChar(body.slice(0, 17));
    const lib = await t.prisma.targetLibrary.findUniqueOrThrow({ where: { code: 'LIB-RACE' } });
    const r = await race(() =>
      t.gql(
        'mutation($c: String, $l: ID) { createTarget(creditCode: $c, name: "并发新建企业", libraryId: $l, objectType: "采矿权人", scale: SMALL, industry: "石灰岩开采", area: "金岭回族镇", address: "临淄区") { id } }',
        { c: code, l: lib.id },
        kg,
      ),
    );
    oneEffect(r);
    expect(new Set(r.codes)).toEqual(new Set(['TARGET.CREDIT_CODE_DUPLICATE']));
    expect(await t.prisma.target.count({ where: { creditCode: code } })).toBe(1);
  });

  it('commits one of several dry runs of the same file; the others are refused as out of date', async () => {
    const f = fileRoutes(t);
    const wenshao = await t.login('wenshao');
    const unit = await t.prisma.unit.findUniqueOrThrow({ where: { code: 'GTS01' } });
    const library = await t.prisma.targetLibrary.findFirstOrThrow({ where: { retiredAt: null }, orderBy: { code: 'asc' } });
    const codes = [0, 1, 2].map((i) => {
      const body = `91370305MA3RCT${i}0X`;
      return body + creditCodeCheckChar(body);
    });
    const csv = [
      '统一社会信用代码,名称,所属名录库,维护单位,对象类型,经营规模,行业,所在镇（街道）,登记住所,风险等级',
      ...codes.map((c, i) =>
        [c, `并发导入${i}有限公司`, library.name, unit.name, '采矿权人', '小型', '采矿业', '闻韶街道', '临淄区闻韶街道1号', '低风险'].join(','),
      ),
    ].join('\n');
    const jobs = await Promise.all(Array.from({ length: 5 }, () => f.prepare('Target', '名录.csv', csv, wenshao)));
    for (const j of jobs) expect(j.counts).toMatchObject({ CREATE: 3, REFUSED: 0 });
    const answers = await Promise.all(jobs.map((j) => f.commit(j.id, wenshao)));
    const ok = answers.filter((a) => a.job?.status === 'COMMITTED');
    const codesSeen = answers.flatMap((a) => (a.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE'));
    expect(ok).toHaveLength(1);
    expect(new Set(codesSeen)).toEqual(new Set(['IMPORT.CHANGED_SINCE_DRY_RUN']));
    expect(await t.prisma.target.count({ where: { creditCode: { in: codes } } })).toBe(3);
    expect(await t.prisma.auditEvent.count({ where: { action: 'importTargets', after: { path: ['fileName'], equals: '名录.csv' } } })).toBe(1);
  });
});
