// Annual plans (年度抽查工作计划), rules 6, 7 and 10: coverage of the unit's remit, filing (备案), adjustments
// kept as history, temporary checks, unit scope and the item rules (G12, rule 2).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
let admin: string;
let kuangguan: string; // 矿产资源管理科 KGK: remit LZZR-03 (KEY), LZZR-04, LZZR-11 (GENERAL)
let wenshao: string; // 闻韶国土资源所 GTS01: remit LZZR-01, LZZR-02, LZZR-09 (shared with every station and the section in charge)
let leader: string;
let analyst: string;
let kgk: string;
const item: Record<string, { id: string; name: string }> = {};
let planId: string;

const PLAN_FIELDS = `id unitId year title status version filedAt filedWith editable itemCount
  coverage { covered { code } missing { code } extra { code } share mayFile }`;

const ITEM_ARGS = `$planId: ID, $checkItemId: ID, $scope: String, $windowFrom: Date, $windowTo: Date, $estimatedCount: Int, $ratio: Float,
  $provincialShare: Float, $cityShare: Float, $districtShare: Float, $areaWeights: JSON, $temporary: Boolean`;
const ITEM_PASS = `planId: $planId, checkItemId: $checkItemId, scope: $scope, windowFrom: $windowFrom, windowTo: $windowTo,
  estimatedCount: $estimatedCount, ratio: $ratio, provincialShare: $provincialShare, cityShare: $cityShare,
  districtShare: $districtShare, areaWeights: $areaWeights, temporary: $temporary`;
const CREATE_ITEM = `mutation(${ITEM_ARGS}) { createPlanItem(${ITEM_PASS}) { id checkItem { code } ratio provincialShare cityShare districtShare windowFrom windowTo areaWeights temporary editable } }`;

/** A valid line for a checklist item of KGK's remit, in 2026. */
const line = (code: string, over: Record<string, unknown> = {}) => ({
  checkItemId: item[code]!.id,
  scope: '全区持证矿业权人',
  windowFrom: '2026-04-01',
  windowTo: '2026-10-31',
  estimatedCount: 6,
  ratio: code === 'LZZR-03' ? 0.3 : 0.05,
  provincialShare: 0.2,
  cityShare: 0.3,
  districtShare: 0.5,
  areaWeights: { 闻韶街道: 0.4, 稷下街道: 0.6 },
  ...over,
});

const addItem = (code: string, over: Record<string, unknown> = {}, token = kuangguan, plan = planId) =>
  t.gql(CREATE_ITEM, { planId: plan, ...line(code, over) }, token);

const showPlan = async (id = planId, token = kuangguan) =>
  (
    await t.gql(
      `query($id: ID!) { Plan(id: $id) { ${PLAN_FIELDS}
    items { id checkItemId temporary estimatedCount }
    adjustments { version kind reason snapshot filedAt filedById } } }`,
      { id },
      token,
    )
  ).data!.Plan;

const codes = (xs: { code: string }[]) => xs.map((x) => x.code);

async function state(id = planId) {
  const plan = await t.prisma.plan.findUniqueOrThrow({
    where: { id },
    include: { items: { orderBy: { id: 'asc' } }, adjustments: { orderBy: { version: 'asc' } } },
  });
  return { plan, audit: await t.prisma.auditEvent.count() };
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  kuangguan = await t.login('kuangguan');
  wenshao = await t.login('wenshao');
  leader = await t.login('leader');
  analyst = await t.login('analyst');
  kgk = (await t.prisma.unit.findUniqueOrThrow({ where: { code: 'KGK' } })).id;
  for (const i of await t.prisma.checkItem.findMany({ select: { id: true, code: true, name: true } })) item[i.code] = i;
});
afterAll(() => t.close());

describe('creating a plan', () => {
  it("creates the unit's own plan as a draft with nothing covered yet, and audits it", async () => {
    const r = await t.gql(`mutation { createPlan(year: 2026, title: "矿产资源管理科 2026 年度抽查工作计划") { ${PLAN_FIELDS} } }`, {}, kuangguan);
    expect(r.errors).toBeUndefined();
    const plan = r.data!.createPlan;
    planId = plan.id;
    expect(plan).toMatchObject({ unitId: kgk, year: 2026, status: 'DRAFT', version: 0, filedAt: null, editable: true, itemCount: 0 });
    expect(plan.coverage).toEqual({
      covered: [],
      missing: [{ code: 'LZZR-03' }, { code: 'LZZR-04' }, { code: 'LZZR-11' }],
      extra: [],
      share: 0,
      mayFile: false,
    });
    expect(await t.prisma.auditEvent.count({ where: { action: 'createPlan', entityId: planId } })).toBe(1);
  });

  it('refuses a second plan for the same unit and year, saving nothing', async () => {
    const before = await t.prisma.plan.count();
    const r = await t.gql('mutation($u: ID) { createPlan(unitId: $u, year: 2026, title: "重复") { id } }', { u: kgk }, admin);
    expect(codeOf(r)).toBe('PLAN.DUPLICATE');
    expect(r.errors?.[0]?.message).toContain('矿产资源管理科 2026 年');
    expect(await t.prisma.plan.count()).toBe(before);
  });

  it('refuses a missing title with a typed Chinese error', async () => {
    const r = await t.gql('mutation { createPlan(year: 2027) { id } }', {}, kuangguan);
    expect(codeOf(r)).toBe('VALIDATION.REQUIRED');
    expect(r.errors?.[0]?.message).toContain('计划名称');
  });
});

describe('who may change a plan', () => {
  it("refuses another unit's staff (wenshao on KGK's plan) with FORBIDDEN and changes nothing", async () => {
    const before = await state();
    const attempts = [
      t.gql('mutation($u: ID) { createPlan(unitId: $u, year: 2030, title: "越权") { id } }', { u: kgk }, wenshao),
      t.gql('mutation($id: ID!) { updatePlan(id: $id, title: "越权") { id } }', { id: planId }, wenshao),
      t.gql('mutation($id: ID!) { deletePlan(id: $id) { id } }', { id: planId }, wenshao),
      t.gql('mutation($id: ID!) { filePlan(id: $id, filedWith: "市局") { id } }', { id: planId }, wenshao),
      addItem('LZZR-03', {}, wenshao),
    ];
    for (const r of await Promise.all(attempts)) {
      expect(codeOf(r)).toBe('FORBIDDEN');
      expect(r.errors?.[0]?.extensions?.reason).toBe('OTHER_UNIT');
    }
    expect(await state()).toEqual(before);
    expect((await showPlan(planId, wenshao)).editable).toBe(false);
  });

  it('refuses LEADER and ANALYST any plan mutation', async () => {
    for (const token of [leader, analyst]) {
      expect(codeOf(await t.gql('mutation { createPlan(year: 2026, title: "只读") { id } }', {}, token))).toBe('FORBIDDEN');
      expect(codeOf(await addItem('LZZR-03', {}, token))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql('mutation($id: ID!) { filePlan(id: $id, filedWith: "市局") { id } }', { id: planId }, token))).toBe('FORBIDDEN');
      expect((await showPlan(planId, token)).editable).toBe(false);
    }
    expect(await t.prisma.planItem.count({ where: { planId } })).toBe(0);
  });

  it('lets every signed-in user read plans but not an anonymous caller', async () => {
    expect((await t.gql(`{ allPlans(filter: { unitId: "${kgk}", year: 2026 }) { id } }`, {}, analyst)).data?.allPlans).toEqual([{ id: planId }]);
    expect(codeOf(await t.gql('{ allPlans { id } }'))).toBe('UNAUTHENTICATED');
  });
});

describe('plan lines (rule 7, G12) and the coverage panel (rule 6)', () => {
  it('lists covered and missing items live as lines are added', async () => {
    const r = await addItem('LZZR-03', { ratio: 1 }); // KEY: no upper limit (rule 2)
    expect(r.errors).toBeUndefined();
    expect(r.data!.createPlanItem).toMatchObject({
      checkItem: { code: 'LZZR-03' },
      ratio: 1,
      provincialShare: 0.2,
      cityShare: 0.3,
      districtShare: 0.5,
      windowFrom: '2026-04-01',
      windowTo: '2026-10-31',
      areaWeights: { 闻韶街道: 0.4, 稷下街道: 0.6 },
      temporary: false,
      editable: true,
    });
    let c = (await showPlan()).coverage;
    expect(codes(c.covered)).toEqual(['LZZR-03']);
    expect(codes(c.missing)).toEqual(['LZZR-04', 'LZZR-11']);
    expect(c.share).toBeCloseTo(1 / 3);
    expect(c.mayFile).toBe(false);

    expect((await addItem('LZZR-04')).errors).toBeUndefined();
    c = (await showPlan()).coverage;
    expect(codes(c.covered)).toEqual(['LZZR-03', 'LZZR-04']);
    expect(codes(c.missing)).toEqual(['LZZR-11']);
  });

  it('shows a line outside the remit as extra, not as covered', async () => {
    const r = await addItem('LZZR-01', { ratio: 0.05 });
    expect(r.errors).toBeUndefined();
    const c = (await showPlan()).coverage;
    expect(codes(c.extra)).toEqual(['LZZR-01']);
    expect(codes(c.covered)).toEqual(['LZZR-03', 'LZZR-04']);
    const del = await t.gql('mutation($id: ID!) { deletePlanItem(id: $id) { id } }', { id: r.data!.createPlanItem.id }, kuangguan);
    expect(del.errors).toBeUndefined();
    expect((await showPlan()).coverage.extra).toEqual([]);
  });

  it('does not count a temporary line as coverage', async () => {
    const r = await addItem('LZZR-11', { temporary: true, ratio: 0.03 });
    expect(r.data?.createPlanItem.temporary).toBe(true);
    expect(codes((await showPlan()).coverage.missing)).toEqual(['LZZR-11']);
    await t.gql('mutation($id: ID!) { deletePlanItem(id: $id) { id } }', { id: r.data!.createPlanItem.id }, kuangguan);
  });

  it('refuses a GENERAL item above the ratio cap and saves nothing; the cap itself is allowed', async () => {
    const before = await state();
    const r = await addItem('LZZR-11', { ratio: 0.06 });
    expect(codeOf(r)).toBe('PLAN_ITEM.RATIO_ABOVE_CAP');
    expect(r.errors?.[0]?.extensions?.cap).toBe(0.05);
    expect(r.errors?.[0]?.message).toContain('LZZR-11');
    expect(await state()).toEqual(before);
  });

  it('refuses shares that do not sum to 1 (G12)', async () => {
    const before = await state();
    const r = await addItem('LZZR-11', { provincialShare: 0.5, cityShare: 0.3, districtShare: 0.3 });
    expect(codeOf(r)).toBe('PLAN_ITEM.SHARES_NOT_ONE');
    expect(r.errors?.[0]?.message).toContain('1.1');
    expect(codeOf(await addItem('LZZR-11', { provincialShare: -0.1, cityShare: 0.1, districtShare: 1 }))).toBe('VALIDATION.INVALID');
    expect(await state()).toEqual(before);
  });

  it('refuses a window outside the plan year, or running backwards', async () => {
    const before = await state();
    expect(codeOf(await addItem('LZZR-11', { windowFrom: '2025-12-01', windowTo: '2026-03-31' }))).toBe('PLAN_ITEM.WINDOW_OUTSIDE_YEAR');
    expect(codeOf(await addItem('LZZR-11', { windowFrom: '2026-11-01', windowTo: '2027-01-15' }))).toBe('PLAN_ITEM.WINDOW_OUTSIDE_YEAR');
    expect(codeOf(await addItem('LZZR-11', { windowFrom: '2026-09-01', windowTo: '2026-03-01' }))).toBe('PLAN_ITEM.WINDOW_REVERSED');
    expect(await state()).toEqual(before);
  });

  it('refuses missing fields, a negative estimate, bad area weights, a retired item and a repeated item', async () => {
    const before = await state();
    const missing = await addItem('LZZR-11', { scope: null });
    expect(codeOf(missing)).toBe('VALIDATION.REQUIRED');
    expect(missing.errors?.[0]?.extensions?.field).toBe('scope');
    expect(missing.errors?.[0]?.message).toContain('抽查范围');
    expect(codeOf(await addItem('LZZR-11', { estimatedCount: -1 }))).toBe('VALIDATION.INVALID');
    expect(codeOf(await addItem('LZZR-11', { ratio: 0 }))).toBe('VALIDATION.INVALID');
    expect(codeOf(await addItem('LZZR-11', { areaWeights: { 闻韶街道: -1 } }))).toBe('PLAN_ITEM.AREA_WEIGHTS_INVALID');
    expect(codeOf(await addItem('LZZR-11', { areaWeights: [1, 2] }))).toBe('PLAN_ITEM.AREA_WEIGHTS_INVALID');
    const dup = await addItem('LZZR-03');
    expect(codeOf(dup)).toBe('PLAN_ITEM.DUPLICATE');
    expect(dup.errors?.[0]?.message).toContain('LZZR-03');
    expect(await state()).toEqual(before);

    const retired = await t.prisma.checkItem.create({
      data: {
        code: 'T-RETIRED',
        name: '已停用事项',
        objectType: '采矿权人',
        category: 'KEY',
        methods: ['ON_SITE'],
        unitId: kgk,
        remitUnits: { connect: { id: kgk } },
        legalBasis: '测试',
        defaultRatio: 0.1,
        retiredAt: new Date(),
      },
    });
    item['T-RETIRED'] = retired;
    expect(codeOf(await addItem('T-RETIRED'))).toBe('PLAN_ITEM.CHECK_ITEM_INVALID');
    expect((await showPlan()).coverage.missing).toEqual([{ code: 'LZZR-11' }]); // retired items need no coverage
  });

  it('updates a draft line, re-checking the merged values', async () => {
    const id = (await t.prisma.planItem.findFirstOrThrow({ where: { planId, checkItemId: item['LZZR-04']!.id } })).id;
    const ok = await t.gql(
      'mutation($id: ID!) { updatePlanItem(id: $id, estimatedCount: 8, areaWeights: null) { estimatedCount areaWeights ratio } }',
      { id },
      kuangguan,
    );
    expect(ok.data?.updatePlanItem).toEqual({ estimatedCount: 8, areaWeights: null, ratio: 0.05 });
    expect(codeOf(await t.gql('mutation($id: ID!) { updatePlanItem(id: $id, ratio: 0.2) { id } }', { id }, kuangguan))).toBe('PLAN_ITEM.RATIO_ABOVE_CAP');
    expect(codeOf(await t.gql('mutation($id: ID!) { updatePlanItem(id: $id, scope: "") { id } }', { id }, kuangguan))).toBe('VALIDATION.REQUIRED');
    expect((await t.prisma.planItem.findUniqueOrThrow({ where: { id } })).estimatedCount).toBe(8);
  });
});

describe('filing (备案, rules 6 and 7)', () => {
  it('refuses filing while a remit item is missing, naming it, and changes nothing', async () => {
    const before = await state();
    const r = await t.gql('mutation($id: ID!) { filePlan(id: $id, filedWith: "淄博市自然资源和规划局") { id } }', { id: planId }, kuangguan);
    expect(codeOf(r)).toBe('PLAN.COVERAGE_INCOMPLETE');
    expect(r.errors?.[0]?.message).toContain('年度抽查工作计划未覆盖');
    expect(r.errors?.[0]?.message).toContain(`LZZR-11 ${item['LZZR-11']!.name}`);
    expect(r.errors?.[0]?.message).not.toContain('LZZR-03');
    expect(r.errors?.[0]?.extensions?.missing).toEqual([item['LZZR-11']!.id]);
    expect(await state()).toEqual(before);
    expect(before.plan).toMatchObject({ status: 'DRAFT', version: 0, filedAt: null });
  });

  it('files once coverage is complete: FILED, version 1, and version 1 recorded with its snapshot', async () => {
    expect((await addItem('LZZR-11', { ratio: 0.03 })).errors).toBeUndefined();
    expect((await showPlan()).coverage).toMatchObject({ missing: [], share: 1, mayFile: true });
    const r = await t.gql(`mutation($id: ID!) { filePlan(id: $id, filedWith: "淄博市自然资源和规划局") { ${PLAN_FIELDS} } }`, { id: planId }, kuangguan);
    expect(r.errors).toBeUndefined();
    expect(r.data!.filePlan).toMatchObject({ status: 'FILED', version: 1, filedWith: '淄博市自然资源和规划局' });
    expect(r.data!.filePlan.filedAt).not.toBeNull();
    const plan = await showPlan();
    expect(plan.adjustments).toHaveLength(1);
    const [v1] = plan.adjustments;
    expect(v1).toMatchObject({ version: 1, kind: 'INITIAL', reason: '初次备案' });
    expect(v1.filedById).toBe((await t.prisma.user.findUniqueOrThrow({ where: { username: 'kuangguan' } })).id);
    expect(v1.snapshot.plan).toMatchObject({ id: planId, year: 2026, status: 'FILED', version: 1 });
    expect(v1.snapshot.items.map((i: { checkItemCode: string }) => i.checkItemCode)).toEqual(['LZZR-03', 'LZZR-04', 'LZZR-11']);
    expect(v1.snapshot.items.find((i: { checkItemCode: string }) => i.checkItemCode === 'LZZR-04')).toMatchObject({
      estimatedCount: 8,
      ratio: 0.05,
      windowFrom: '2026-04-01',
    });
    const ev = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'filePlan', entityId: planId } });
    expect((ev.before as { status: string }).status).toBe('DRAFT');
    expect((ev.after as { status: string }).status).toBe('FILED');
  });

  it('refuses direct line edits of a filed plan, pointing to an adjustment', async () => {
    const before = await state();
    const lineId = before.plan.items[0]!.id;
    const attempts = [
      await addItem('LZZR-03', { temporary: true }),
      await t.gql('mutation($id: ID!) { updatePlanItem(id: $id, estimatedCount: 99) { id } }', { id: lineId }, kuangguan),
      await t.gql('mutation($id: ID!) { deletePlanItem(id: $id) { id } }', { id: lineId }, admin),
    ];
    for (const r of attempts) {
      expect(codeOf(r)).toBe('PLAN.FILED_USE_ADJUSTMENT');
      expect(r.errors?.[0]?.message).toContain('计划调整');
    }
    expect(codeOf(await t.gql('mutation($id: ID!) { updatePlan(id: $id, title: "改名") { id } }', { id: planId }, kuangguan))).toBe('PLAN.ALREADY_FILED');
    expect(codeOf(await t.gql('mutation($id: ID!) { deletePlan(id: $id) { id } }', { id: planId }, admin))).toBe('PLAN.ALREADY_FILED');
    expect(codeOf(await t.gql('mutation($id: ID!) { filePlan(id: $id, filedWith: "市局") { id } }', { id: planId }, kuangguan))).toBe('PLAN.ALREADY_FILED');
    expect(await state()).toEqual(before);
  });
});

const ADJUST = `mutation($id: ID!, $reason: String, $items: [PlanItemInput!]!) {
  adjustPlan(id: $id, reason: $reason, items: $items) { version status items { id checkItem { code } estimatedCount temporary } adjustments { version kind reason snapshot } }
}`;

/** The plan's current lines as adjustment input, keeping their ids. */
async function currentLines() {
  const items = await t.prisma.planItem.findMany({ where: { planId }, orderBy: { id: 'asc' } });
  return items.map((i) => ({
    id: i.id,
    checkItemId: i.checkItemId,
    scope: i.scope,
    windowFrom: i.windowFrom.toISOString().slice(0, 10),
    windowTo: i.windowTo.toISOString().slice(0, 10),
    estimatedCount: i.estimatedCount,
    ratio: Number(i.ratio),
    provincialShare: Number(i.provincialShare),
    cityShare: Number(i.cityShare),
    districtShare: Number(i.districtShare),
    areaWeights: i.areaWeights,
    temporary: i.temporary,
  }));
}

describe('adjusting a filed plan (计划调整, rule 7)', () => {
  it('requires a reason, and refuses an adjustment that drops a remit item or breaks an item rule', async () => {
    const before = await state();
    const lines = await currentLines();
    expect(codeOf(await t.gql(ADJUST, { id: planId, reason: ' ', items: lines }, kuangguan))).toBe('PLAN.ADJUSTMENT_REASON_REQUIRED');
    const dropped = lines.filter((l) => l.checkItemId !== item['LZZR-11']!.id);
    const r = await t.gql(ADJUST, { id: planId, reason: '取消地质资料汇交检查', items: dropped }, kuangguan);
    expect(codeOf(r)).toBe('PLAN.COVERAGE_INCOMPLETE');
    expect(r.errors?.[0]?.extensions?.missing).toEqual([item['LZZR-11']!.id]);
    const tooHigh = lines.map((l) => (l.checkItemId === item['LZZR-04']!.id ? { ...l, ratio: 0.5 } : l));
    const capped = await t.gql(ADJUST, { id: planId, reason: '提高比例', items: tooHigh }, kuangguan);
    expect(codeOf(capped)).toBe('PLAN_ITEM.RATIO_ABOVE_CAP');
    expect(capped.errors?.[0]?.extensions?.index).toBe(tooHigh.findIndex((l) => l.ratio === 0.5));
    const twice = [...lines, { ...lines[0]!, id: undefined, temporary: false }];
    expect(codeOf(await t.gql(ADJUST, { id: planId, reason: '重复', items: twice }, kuangguan))).toBe('PLAN_ITEM.DUPLICATE');
    expect(codeOf(await t.gql(ADJUST, { id: planId, reason: '越权', items: lines }, wenshao))).toBe('FORBIDDEN');
    expect(await state()).toEqual(before);
  });

  it("files version 2 with its reason and keeps version 1's snapshot untouched", async () => {
    const v1Before = (await t.prisma.planAdjustment.findUniqueOrThrow({ where: { planId_version: { planId, version: 1 } } })).snapshot;
    const lines = (await currentLines()).map((l) => (l.checkItemId === item['LZZR-04']!.id ? { ...l, estimatedCount: 12 } : l));
    const r = await t.gql(ADJUST, { id: planId, reason: '根据省厅部署增加探矿权人抽查数量', items: lines }, kuangguan);
    expect(r.errors).toBeUndefined();
    const plan = r.data!.adjustPlan;
    expect(plan).toMatchObject({ version: 2, status: 'FILED' });
    expect(plan.items.map((i: { id: string }) => i.id).sort()).toEqual(lines.map((l) => l.id).sort()); // lines kept, not recreated
    expect(plan.adjustments.map((a: { version: number }) => a.version)).toEqual([2, 1]);
    const [v2, v1] = plan.adjustments;
    expect(v2).toMatchObject({ kind: 'ADJUSTMENT', reason: '根据省厅部署增加探矿权人抽查数量' });
    const count = (s: { items: { checkItemCode: string; estimatedCount: number }[] }) => s.items.find((i) => i.checkItemCode === 'LZZR-04')!.estimatedCount;
    expect(count(v2.snapshot)).toBe(12);
    expect(count(v1.snapshot)).toBe(8);
    expect(v1.reason).toBe('初次备案');
    expect(v1.snapshot).toEqual(v1Before);
    expect(await t.prisma.auditEvent.count({ where: { action: 'adjustPlan', entityId: planId } })).toBe(1);
  });

  it('refuses an adjustment of a draft plan', async () => {
    const r = await t.gql('mutation { createPlan(year: 2027, title: "2027 年度计划") { id } }', {}, kuangguan);
    const draftId = r.data!.createPlan.id;
    expect(codeOf(await t.gql(ADJUST, { id: draftId, reason: '调整', items: [] }, kuangguan))).toBe('PLAN.NOT_FILED');
    expect(
      codeOf(
        await t.gql(
          'mutation($id: ID!, $item: PlanItemInput!) { addTemporaryCheck(planId: $id, reason: "临时", item: $item) { id } }',
          { id: draftId, item: line('LZZR-03', { windowFrom: '2027-05-01', windowTo: '2027-05-31' }) },
          kuangguan,
        ),
      ),
    ).toBe('PLAN.NOT_FILED');
  });
});

describe('temporary checks (临时抽查, rule 10)', () => {
  const TEMP = `mutation($id: ID!, $reason: String, $item: PlanItemInput!) {
    addTemporaryCheck(planId: $id, reason: $reason, item: $item) { version items { checkItem { code } temporary } adjustments { version kind reason snapshot }
      coverage { covered { code } missing { code } } }
  }`;

  it('requires a reason and valid line, saving nothing otherwise', async () => {
    const before = await state();
    expect(codeOf(await t.gql(TEMP, { id: planId, item: line('LZZR-03') }, kuangguan))).toBe('PLAN.ADJUSTMENT_REASON_REQUIRED');
    expect(codeOf(await t.gql(TEMP, { id: planId, reason: '投诉', item: line('LZZR-04', { ratio: 0.2 }) }, kuangguan))).toBe('PLAN_ITEM.RATIO_ABOVE_CAP');
    expect(await state()).toEqual(before);
  });

  it('records the temporary line as a new filed version with its reason', async () => {
    const r = await t.gql(
      TEMP,
      {
        id: planId,
        reason: '群众举报某采矿权人越界开采，开展临时抽查',
        item: line('LZZR-03', { scope: '被举报采矿权人', windowFrom: '2026-06-01', windowTo: '2026-06-30', estimatedCount: 1, ratio: 1 }),
      },
      kuangguan,
    );
    expect(r.errors).toBeUndefined();
    const plan = r.data!.addTemporaryCheck;
    expect(plan.version).toBe(3);
    expect(plan.items.filter((i: { temporary: boolean }) => i.temporary)).toEqual([{ checkItem: { code: 'LZZR-03' }, temporary: true }]);
    expect(plan.adjustments.map((a: { version: number }) => a.version)).toEqual([3, 2, 1]);
    expect(plan.adjustments[0]).toMatchObject({ kind: 'TEMPORARY_CHECK', reason: '群众举报某采矿权人越界开采，开展临时抽查' });
    expect(plan.adjustments[0].snapshot.items.filter((i: { temporary: boolean }) => i.temporary)).toHaveLength(1);
    expect(plan.adjustments[1].snapshot.items.filter((i: { temporary: boolean }) => i.temporary)).toHaveLength(0);
    expect(codes(plan.coverage.covered)).toEqual(['LZZR-03', 'LZZR-04', 'LZZR-11']);
    expect(await t.prisma.auditEvent.count({ where: { action: 'addTemporaryCheck', entityId: planId } })).toBe(1);
  });

  it('keeps a temporary line through a later adjustment that lists it', async () => {
    const lines = await currentLines();
    const r = await t.gql(ADJUST, { id: planId, reason: '调整时间安排', items: lines.map((l) => ({ ...l, windowTo: '2026-11-30' })) }, kuangguan);
    expect(r.errors).toBeUndefined();
    expect(r.data!.adjustPlan.version).toBe(4);
    expect(r.data!.adjustPlan.items.filter((i: { temporary: boolean }) => i.temporary)).toHaveLength(1);
  });
});

describe('deleting a draft plan', () => {
  it('deletes a never-filed draft with its lines, and audits it', async () => {
    const draft = await t.prisma.plan.findUniqueOrThrow({ where: { unitId_year: { unitId: kgk, year: 2027 } } });
    expect((await addItem('LZZR-03', { windowFrom: '2027-03-01', windowTo: '2027-04-30' }, kuangguan, draft.id)).errors).toBeUndefined();
    const r = await t.gql('mutation($id: ID!) { deletePlan(id: $id) { id year } }', { id: draft.id }, kuangguan);
    expect(r.data?.deletePlan).toEqual({ id: draft.id, year: 2027 });
    expect(await t.prisma.plan.findUnique({ where: { id: draft.id } })).toBeNull();
    expect(await t.prisma.planItem.count({ where: { planId: draft.id } })).toBe(0);
    expect(await t.prisma.auditEvent.count({ where: { action: 'deletePlan', entityId: draft.id } })).toBe(1);
  });
});

describe('listing plans and plan lines', () => {
  it('filters plans by unit, year and status, and counts them', async () => {
    // The demo's plans of 2025 and 2026 are listed beside the two this file creates.
    const demoFiled = await t.prisma.plan.findMany({ where: { status: 'FILED', id: { not: planId } }, select: { id: true } });
    const demo2026 = await t.prisma.plan.count({ where: { year: 2026, id: { not: planId } } });
    await t.gql('mutation { createPlan(year: 2026, title: "闻韶国土资源所 2026 年度抽查工作计划") { id } }', {}, wenshao);
    const r = await t.gql(
      `{
      filed: allPlans(filter: { status: FILED }, perPage: 100) { id }
      byUnit: allPlans(filter: { unitId: "${kgk}", year: 2026 }) { id }
      keyword: allPlans(filter: { q: "闻韶", year: 2026 }) { title status coverage { share mayFile } }
      meta: _allPlansMeta(filter: { year: 2026 }) { count }
    }`,
      {},
      analyst,
    );
    expect(r.data?.filed.map((p: { id: string }) => p.id).sort()).toEqual([planId, ...demoFiled.map((p) => p.id)].sort());
    expect(r.data?.byUnit).toEqual([{ id: planId }]);
    // A land station's new plan misses its whole remit.
    expect(r.data?.keyword).toEqual([{ title: '闻韶国土资源所 2026 年度抽查工作计划', status: 'DRAFT', coverage: { share: 0, mayFile: false } }]);
    expect(r.data?.meta.count).toBe(demo2026 + 2);
  });

  it('refuses filing an empty plan even when the remit is empty', async () => {
    // A plan made before its unit's remit was emptied (createPlan refuses an empty remit: see below).
    const xkk = (await t.prisma.unit.findUniqueOrThrow({ where: { code: 'XKK' } })).id;
    const plan = await t.prisma.plan.create({ data: { unitId: xkk, year: 2027, title: '行政许可科 2027 年度计划' } });
    const r = await t.gql('mutation($id: ID!) { filePlan(id: $id, filedWith: "区局") { id } }', { id: plan.id }, admin);
    expect(codeOf(r)).toBe('PLAN.EMPTY');
    expect((await t.prisma.plan.findUniqueOrThrow({ where: { id: plan.id } })).status).toBe('DRAFT');
    await t.prisma.plan.delete({ where: { id: plan.id } });
  });

  it('lists plan lines by plan and by temporary flag, in the react-admin shape', async () => {
    const r = await t.gql(
      `query($p: ID) {
      all: allPlanItems(filter: { planId: $p }, sortField: "checkItem", sortOrder: "ASC") { id checkItem { code } temporary }
      temp: allPlanItems(filter: { planId: $p, temporary: true }) { id }
      meta: _allPlanItemsMeta(filter: { planId: $p }) { count }
    }`,
      { p: planId },
      leader,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.all.map((i: { checkItem: { code: string } }) => i.checkItem.code)).toEqual(['LZZR-03', 'LZZR-03', 'LZZR-04', 'LZZR-11']);
    expect(r.data!.temp).toHaveLength(1);
    expect(r.data!.meta.count).toBe(4);
    const one = await t.gql('query($id: ID!) { PlanItem(id: $id) { id plan { id status } editable } }', { id: r.data!.temp[0].id }, kuangguan);
    expect(one.data?.PlanItem).toEqual({ id: r.data!.temp[0].id, plan: { id: planId, status: 'FILED' }, editable: false });
  });

  it('keeps a page of plans with their coverage a fixed number of SQL statements', async () => {
    // One plan per section, each with a line, so every row has covered, missing and extra items to load (the demo's
    // 2026 plans, with their lines, stand for the sections that already have one).
    for (const code of ['GBK', 'DHK', 'CHK', 'YDK', 'GHK']) {
      const unitId = (await t.prisma.unit.findUniqueOrThrow({ where: { code } })).id;
      if (await t.prisma.plan.findUnique({ where: { unitId_year: { unitId, year: 2026 } } })) continue;
      const p = await t.gql('mutation($u: ID) { createPlan(unitId: $u, year: 2026, title: "计划") { id } }', { u: unitId }, admin);
      const first = await t.prisma.checkItem.findFirstOrThrow({ where: { unitId }, orderBy: { code: 'asc' } });
      expect(
        (await t.gql(CREATE_ITEM, { planId: p.data!.createPlan.id, ...line('LZZR-03'), checkItemId: first.id, ratio: 0.01 }, admin)).errors,
      ).toBeUndefined();
    }
    const q = (n: number) => `{ allPlans(perPage: ${n}, sortField: "unitId") { id title editable unit { name } itemCount
      items { checkItem { code name } }
      adjustments { version }
      coverage { covered { code name unit { name } } missing { code category } extra { code } share mayFile } } }`;
    await t.gql(q(1), {}, kuangguan);
    const counts: number[] = [];
    for (const n of [1, 3, 7]) {
      const { count } = await t.countQueries(async () => {
        const r = await t.gql(q(n), {}, kuangguan);
        expect(r.errors).toBeUndefined();
        expect(r.data!.allPlans).toHaveLength(n);
        for (const p of r.data!.allPlans) expect(p.coverage.covered.every((c: { name: string; unit: { name: string } }) => c.name && c.unit.name)).toBe(true);
      });
      counts.push(count);
    }
    expect(new Set(counts).size).toBe(1);
    // session + user, plans, units, lines, versions, remit items, line items, their units.
    expect(counts[0]).toBeLessThanOrEqual(9);
  });
});

describe('land stations plan their own remit (rule 6)', () => {
  const in2027 = { windowFrom: '2027-04-01', windowTo: '2027-10-31', scope: '闻韶街道', areaWeights: { 闻韶街道: 1 } };

  it('shows a station the land items it shares with the sections and the other stations, and files its plan once all are covered', async () => {
    const created = await t.gql(`mutation { createPlan(year: 2027, title: "闻韶国土资源所 2027 年度抽查工作计划") { ${PLAN_FIELDS} } }`, {}, wenshao);
    expect(created.errors).toBeUndefined();
    const plan = created.data!.createPlan;
    expect(plan.coverage).toEqual({
      covered: [],
      missing: [{ code: 'LZZR-01' }, { code: 'LZZR-02' }, { code: 'LZZR-09' }],
      extra: [],
      share: 0,
      mayFile: false,
    });
    for (const code of ['LZZR-01', 'LZZR-02']) expect((await addItem(code, in2027, wenshao, plan.id)).errors).toBeUndefined();
    // A section's item is outside the station's remit: shown, not counted.
    expect((await addItem('LZZR-04', in2027, wenshao, plan.id)).errors).toBeUndefined();
    const partial = await showPlan(plan.id, wenshao);
    expect(partial.coverage).toMatchObject({
      covered: [{ code: 'LZZR-01' }, { code: 'LZZR-02' }],
      missing: [{ code: 'LZZR-09' }],
      extra: [{ code: 'LZZR-04' }],
      mayFile: false,
    });
    const refused = await t.gql('mutation($id: ID!) { filePlan(id: $id, filedWith: "临淄区自然资源局") { id } }', { id: plan.id }, wenshao);
    expect(codeOf(refused)).toBe('PLAN.COVERAGE_INCOMPLETE');
    expect(refused.errors![0]!.message).toContain('LZZR-09');

    expect((await addItem('LZZR-09', { ...in2027, ratio: 0.2 }, wenshao, plan.id)).errors).toBeUndefined();
    const filed = await t.gql(`mutation($id: ID!) { filePlan(id: $id, filedWith: "临淄区自然资源局") { ${PLAN_FIELDS} } }`, { id: plan.id }, wenshao);
    expect(filed.errors).toBeUndefined();
    expect(filed.data!.filePlan).toMatchObject({ status: 'FILED', version: 1, coverage: { missing: [], share: 1, mayFile: true } });
    const snapshot = (await showPlan(plan.id, wenshao)).adjustments[0].snapshot;
    expect(snapshot.coverage.covered).toEqual([item['LZZR-01']!.id, item['LZZR-02']!.id, item['LZZR-09']!.id].sort());
  });

  it("counts coverage per unit: the station's lines cover nothing for the section in charge or another station", async () => {
    const ydk = (await t.prisma.unit.findUniqueOrThrow({ where: { code: 'YDK' } })).id;
    const xueGong = (await t.prisma.unit.findUniqueOrThrow({ where: { code: 'GTS02' } })).id;
    for (const unitId of [ydk, xueGong]) {
      const r = await t.gql(
        'mutation($u: ID) { createPlan(unitId: $u, year: 2027, title: "2027 年度计划") { coverage { covered { code } missing { code } } } }',
        { u: unitId },
        admin,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.createPlan.coverage.covered).toEqual([]);
    }
    const [ydkPlan, gts02Plan] = await Promise.all(
      [ydk, xueGong].map((unitId) => t.prisma.plan.findUniqueOrThrow({ where: { unitId_year: { unitId, year: 2027 } }, select: { id: true } })),
    );
    expect((await showPlan(ydkPlan!.id, admin)).coverage.missing).toEqual([{ code: 'LZZR-09' }]);
    expect((await showPlan(gts02Plan!.id, admin)).coverage.missing).toEqual([{ code: 'LZZR-01' }, { code: 'LZZR-02' }, { code: 'LZZR-09' }]);
  });

  it('refuses a plan for a unit with nothing in its remit, saying why in Chinese, and creates nothing', async () => {
    const xkk = (await t.prisma.unit.findUniqueOrThrow({ where: { code: 'XKK' } })).id;
    const before = { plans: await t.prisma.plan.count(), audit: await t.prisma.auditEvent.count() };
    const r = await t.gql('mutation($u: ID) { createPlan(unitId: $u, year: 2026, title: "行政许可科 2026 年度计划") { id } }', { u: xkk }, admin);
    expect(codeOf(r)).toBe('PLAN.NO_REMIT');
    expect(r.errors![0]!.message).toContain('职责范围内没有抽查事项');
    expect(r.errors![0]!.extensions).toMatchObject({ field: 'unitId' });
    expect({ plans: await t.prisma.plan.count(), audit: await t.prisma.auditEvent.count() }).toEqual(before);
  });
});
