// Draw settings (rules 2, 8): the GENERAL-item ratio cap and the risk/credit factors every task's draw takes from
// the Setting table; read by everyone signed in, changed by administrators with validation and an audit event.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FACTORS, type DrawReceipt } from '@ssj/domain';
import { codeOf, createTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
let admin: string;
let kg: string;
let kgPlan: string;
const item: Record<string, string> = {};
const lib: Record<string, string> = {};

const QUERY = '{ drawSettings { generalRatioCap riskCreditFactors } }';
const UPDATE = `mutation($cap: Float, $f: JSON) { updateDrawSettings(generalRatioCap: $cap, riskCreditFactors: $f) { generalRatioCap riskCreditFactors } }`;
const FACTORS = { risk: { LOW: 0.8, MEDIUM: 1, HIGH: 2.5 }, credit: { NORMAL: 1, ABNORMAL: 1.2, DISHONEST: 3 } };

const state = async () => ({ settings: await t.prisma.setting.findMany({ orderBy: { key: 'asc' } }), audit: await t.prisma.auditEvent.count() });

beforeAll(async () => {
  t = await createTestApp();
  [admin, kg] = await Promise.all([t.login('admin'), t.login('kuangguan')]);
  const kgk = (await t.prisma.unit.findUniqueOrThrow({ where: { code: 'KGK' } })).id;
  for (const i of await t.prisma.checkItem.findMany()) item[i.code] = i.id;
  for (const l of await t.prisma.targetLibrary.findMany()) lib[l.code] = l.id;
  const p = await t.prisma.plan.create({
    data: {
      unitId: kgk,
      year: 2026,
      title: '2026 年度抽查工作计划',
      status: 'FILED',
      version: 1,
      filedAt: new Date(),
      items: {
        create: ['LZZR-03', 'LZZR-04'].map((code) => ({
          checkItemId: item[code]!,
          scope: '全区',
          windowFrom: new Date('2026-03-01'),
          windowTo: new Date('2026-12-31'),
          estimatedCount: 10,
          ratio: 0.05,
        })),
      },
    },
  });
  kgPlan = p.id;
});
afterAll(() => t.close());

async function task(itemCode: string, libraryCode: string, ratio: number) {
  const r = await t.gql(
    `mutation($planId: ID, $items: [ID!]) { createTask(planId: $planId, name: "设置测试任务", windowFrom: "2026-12-01", windowTo: "2026-12-31", checkItemIds: $items) { id } }`,
    { planId: kgPlan, items: [item[itemCode]] },
    kg,
  );
  const taskId = r.data!.createTask.id as string;
  const cls = await t.gql(
    'mutation($id: ID, $lib: ID, $ratio: Float) { createTaskClass(taskId: $id, key: "c", label: "类别", libraryId: $lib, ratio: $ratio) { id } }',
    { id: taskId, lib: lib[libraryCode], ratio },
    kg,
  );
  return { taskId, cls };
}

describe('draw settings (rules 2, 8)', () => {
  it("shows the defaults to everyone signed in: the seeded 5 % cap and the domain's factors", async () => {
    const r = await t.gql(QUERY, {}, kg);
    expect(r.errors).toBeUndefined();
    expect(r.data!.drawSettings).toEqual({ generalRatioCap: 0.05, riskCreditFactors: DEFAULT_FACTORS });
    expect(codeOf(await t.gql(QUERY))).toBe('UNAUTHENTICATED');
  });

  it('lets only administrators change them, validates them in Chinese, and saves nothing when refused', async () => {
    const before = await state();
    expect(codeOf(await t.gql(UPDATE, { cap: 0.1 }, kg))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(UPDATE, {}, admin))).toBe('SETTINGS.NOTHING_TO_UPDATE');
    for (const cap of [0, -0.1, 1.5, 0.12345]) {
      const r = await t.gql(UPDATE, { cap }, admin);
      expect(codeOf(r)).toBe('SETTINGS.GENERAL_RATIO_CAP_INVALID');
      expect(r.errors?.[0]?.extensions?.field).toBe('generalRatioCap');
    }
    const bad = [
      { risk: FACTORS.risk },
      { ...FACTORS, risk: { ...FACTORS.risk, HIGH: -1 } },
      { ...FACTORS, credit: { ...FACTORS.credit, DISHONEST: '2' } },
      { ...FACTORS, credit: { ...FACTORS.credit, NORMAL: 0 } },
      { ...FACTORS, risk: { ...FACTORS.risk, EXTREME: 4 } },
      [1, 2],
      5,
    ];
    for (const f of bad) expect(codeOf(await t.gql(UPDATE, { f }, admin))).toBe('SETTINGS.RISK_CREDIT_FACTORS_INVALID');
    const negative = await t.gql(UPDATE, { f: { ...FACTORS, risk: { ...FACTORS.risk, HIGH: -1 } } }, admin);
    expect(negative.errors?.[0]?.message).toContain('高风险（risk.HIGH）的调整系数应为正数');
    expect(await state()).toEqual(before);
  });

  it('changes them with an audit event, and the next task set-up and draw use them', async () => {
    const r = await t.gql(UPDATE, { cap: 0.1, f: FACTORS }, admin);
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateDrawSettings).toEqual({ generalRatioCap: 0.1, riskCreditFactors: FACTORS });
    expect((await t.gql(QUERY, {}, kg)).data!.drawSettings).toEqual({ generalRatioCap: 0.1, riskCreditFactors: FACTORS });
    const adminId = (await t.prisma.user.findUniqueOrThrow({ where: { username: 'admin' } })).id;
    expect(await t.prisma.setting.findUniqueOrThrow({ where: { key: 'riskCreditFactors' } })).toMatchObject({ value: FACTORS, updatedById: adminId });
    const ev = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'updateDrawSettings' }, orderBy: { id: 'desc' } });
    expect(ev).toMatchObject({ actorId: adminId, entity: 'Setting' });
    expect(ev.before).toEqual({ generalRatioCap: 0.05, riskCreditFactors: DEFAULT_FACTORS });
    expect(ev.after).toEqual({ generalRatioCap: 0.1, riskCreditFactors: FACTORS });

    // Rule 2: a GENERAL item's class at 8 % is now within the cap.
    const { taskId, cls } = await task('LZZR-04', 'LIB-TK', 0.08);
    expect(cls.errors).toBeUndefined();
    // Rule 8: the parameters shown to the witness and recorded in the receipt carry the configured factors.
    const preview = await t.gql('query($id: ID!) { drawCandidatesPreview(taskId: $id) { parameters } }', { id: taskId }, kg);
    expect(preview.data!.drawCandidatesPreview.parameters).toMatchObject({ factors: FACTORS, caps: { generalRatioCap: 0.1 } });
    expect((await t.gql('mutation { confirmDirectories { id } }', {}, kg)).errors).toBeUndefined();
    expect((await t.gql('mutation($id: ID) { announceDraw(taskId: $id) { status } }', { id: taskId }, kg)).errors).toBeUndefined();
    const d = await t.gql('mutation($id: ID) { drawTargets(taskId: $id, witnessName: "见证人", witnessEntropy: "7 7 1") { receipt } }', { id: taskId }, kg);
    expect(d.errors).toBeUndefined();
    const receipt = d.data!.drawTargets.receipt as DrawReceipt;
    expect(receipt.parameters.factors).toEqual(FACTORS);
    // A low-risk stratum is sampled at 8 % × 0.8; a dishonest one at 8 % × 3 (exempt from the cap, G13).
    for (const s of receipt.perClass[0]!.strata) {
      if (s.stratum === 'LOW/NORMAL') expect(s.ratio).toBe('0.064');
      if (s.stratum === 'MEDIUM/DISHONEST') expect(s.ratio).toBe('0.24');
    }
  });

  it('goes back to the defaults when a setting is cleared', async () => {
    const r = await t.gql(UPDATE, { cap: null, f: null }, admin);
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateDrawSettings).toEqual({ generalRatioCap: 0.05, riskCreditFactors: DEFAULT_FACTORS });
    expect(await t.prisma.setting.count({ where: { key: { in: ['generalRatioCap', 'riskCreditFactors'] } } })).toBe(0);
    const { cls } = await task('LZZR-04', 'LIB-TK', 0.08);
    expect(codeOf(cls)).toBe('DRAW.GENERAL_ITEM_ABOVE_CAP');
  });
});
