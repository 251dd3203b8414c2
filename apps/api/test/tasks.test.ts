// Tasks (抽查任务) and their classes (抽取类别): set up from a filed plan by the plan's unit (G15, rule 11),
// team size (rule 15), classes at a ratio xor a count (rule 12), GENERAL ratio cap at set-up (rule 2).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
let kg: string; // kuangguan: 矿产资源管理科 (KGK)
let ws: string; // wenshao: 闻韶国土资源所 (GTS01)
let admin: string;
let kgk: string;
let gts01: string;
let filedPlan: string;
let draftPlan: string;
const item: Record<string, string> = {};
const lib: Record<string, string> = {};

const CREATE_TASK = `mutation($planId: ID, $name: String, $from: Date, $to: Date, $items: [ID!], $teamSize: Int, $exec: ID, $campaign: Boolean, $basis: String) {
  createTask(planId: $planId, name: $name, windowFrom: $from, windowTo: $to, checkItemIds: $items, teamSize: $teamSize, executingUnitId: $exec, campaignOrdered: $campaign, campaignBasis: $basis) {
    id code status teamSize isPublic temporary windowFrom windowTo ownerUnitId executingUnitId editable seedCommitment campaignOrdered campaignBasis
    checkItems { code } plan { id year }
  }
}`;
const CREATE_CLASS = `mutation($taskId: ID, $key: String, $label: String, $libraryId: ID, $ratio: Float, $count: Int, $objectType: String) {
  createTaskClass(taskId: $taskId, key: $key, label: $label, libraryId: $libraryId, ratio: $ratio, count: $count, objectType: $objectType) {
    id key label ratio count directed editable library { code }
  }
}`;

const CLASS_WITH_ITEMS = `mutation($taskId: ID, $key: String, $label: String, $libraryId: ID, $ratio: Float, $count: Int, $items: [ID!]) {
  createTaskClass(taskId: $taskId, key: $key, label: $label, libraryId: $libraryId, ratio: $ratio, count: $count, checkItemIds: $items) {
    id key checkItemIds checkItems { code } forAllCheckItems
  }
}`;

async function plan(unitId: string, year: number, codes: string[], status: 'FILED' | 'DRAFT') {
  const p = await t.prisma.plan.create({
    data: {
      unitId,
      year,
      title: `${year} 年度抽查工作计划`,
      status,
      version: status === 'FILED' ? 1 : 0,
      filedAt: status === 'FILED' ? new Date() : null,
      items: {
        create: codes.map((code) => ({
          checkItemId: item[code]!,
          scope: '全区',
          windowFrom: new Date(`${year}-03-01`),
          windowTo: new Date(`${year}-12-31`),
          estimatedCount: 10,
          ratio: 0.05,
        })),
      },
    },
  });
  return p.id;
}

async function newTask(vars: Record<string, unknown> = {}, token = kg) {
  return t.gql(
    CREATE_TASK,
    { planId: filedPlan, name: '2026 年采矿权人双随机检查', from: '2026-12-01', to: '2026-12-31', items: [item['LZZR-03']], ...vars },
    token,
  );
}

/** The n-th task code this file creates in 2026: the demo numbered its own 2026 tasks first (RW-<year>-<serial>). */
let demoSerial = 0;
const code2026 = (n: number) => `RW-2026-${String(demoSerial + n).padStart(4, '0')}`;

const counts = async () => ({ tasks: await t.prisma.task.count(), classes: await t.prisma.taskClass.count(), audit: await t.prisma.auditEvent.count() });

beforeAll(async () => {
  t = await createTestApp();
  [kg, ws, admin] = await Promise.all([t.login('kuangguan'), t.login('wenshao'), t.login('admin')]);
  kgk = (await t.prisma.unit.findUniqueOrThrow({ where: { code: 'KGK' } })).id;
  gts01 = (await t.prisma.unit.findUniqueOrThrow({ where: { code: 'GTS01' } })).id;
  for (const i of await t.prisma.checkItem.findMany()) item[i.code] = i.id;
  for (const l of await t.prisma.targetLibrary.findMany()) lib[l.code] = l.id;
  const last = await t.prisma.task.findFirst({ where: { code: { startsWith: 'RW-2026-' } }, orderBy: { code: 'desc' }, select: { code: true } });
  demoSerial = last ? Number(last.code.slice('RW-2026-'.length)) : 0;
  filedPlan = await plan(kgk, 2026, ['LZZR-03', 'LZZR-04', 'LZZR-11'], 'FILED');
  draftPlan = await plan(kgk, 2027, ['LZZR-03'], 'DRAFT');
});
afterAll(() => t.close());

describe('setting up a task (G15)', () => {
  it("creates a task of a filed plan with a generated code, owned and executed by the plan's unit, and audits it", async () => {
    const r = await newTask();
    expect(r.errors).toBeUndefined();
    const task = r.data!.createTask;
    expect(task).toMatchObject({
      code: code2026(1),
      status: 'DRAFT',
      teamSize: 2,
      isPublic: true,
      temporary: false,
      windowFrom: '2026-12-01',
      windowTo: '2026-12-31',
      ownerUnitId: kgk,
      executingUnitId: kgk,
      editable: true,
      seedCommitment: null,
      checkItems: [{ code: 'LZZR-03' }],
      plan: { id: filedPlan, year: 2026 },
    });
    const ev = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'createTask', entityId: task.id } });
    expect(ev.unitId).toBe(kgk);
    expect((ev.after as { checkItemIds: string[] }).checkItemIds).toEqual([item['LZZR-03']]);
    expect(Object.keys(ev.after as object)).not.toContain('serverSecret');

    const next = await newTask({ exec: gts01 });
    expect(next.errors).toBeUndefined();
    // G14: execution delegated to a land station; the owner stays the plan's unit.
    expect(next.data!.createTask).toMatchObject({ code: code2026(2), ownerUnitId: kgk, executingUnitId: gts01 });
  });

  it('refuses a task on a plan that is not filed, and saves nothing', async () => {
    const before = await counts();
    const r = await newTask({ planId: draftPlan, from: '2027-03-01', to: '2027-03-31' });
    expect(codeOf(r)).toBe('TASK.PLAN_NOT_FILED');
    expect(r.errors?.[0]?.message).toContain('备案');
    expect(await counts()).toEqual(before);
  });

  it("refuses another unit's staff setting up a task of the plan (FORBIDDEN), but lets the admin", async () => {
    const before = await counts();
    const r = await newTask({}, ws);
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
    const byAdmin = await newTask({}, admin);
    expect(byAdmin.errors).toBeUndefined();
    expect(byAdmin.data!.createTask.ownerUnitId).toBe(kgk);
  });

  it('refuses a team size below 2 (rule 15)', async () => {
    const before = await counts();
    const r = await newTask({ teamSize: 1 });
    expect(codeOf(r)).toBe('TASK.TEAM_SIZE_TOO_SMALL');
    expect(r.errors?.[0]?.extensions?.field).toBe('teamSize');
    expect(await counts()).toEqual(before);
    expect((await newTask({ teamSize: 3 })).data?.createTask.teamSize).toBe(3);
  });

  it('refuses a window outside the plan year, check items not in the plan, and missing fields', async () => {
    expect(codeOf(await newTask({ to: '2027-01-05' }))).toBe('TASK.WINDOW_OUTSIDE_PLAN_YEAR');
    expect(codeOf(await newTask({ from: '2026-12-31', to: '2026-12-01' }))).toBe('VALIDATION.INVALID');
    const notInPlan = await newTask({ items: [item['LZZR-05']] });
    expect(codeOf(notInPlan)).toBe('TASK.CHECK_ITEM_NOT_IN_PLAN');
    expect(notInPlan.errors?.[0]?.message).toContain('LZZR-05');
    const blank = await newTask({ name: '  ' });
    expect(codeOf(blank)).toBe('VALIDATION.REQUIRED');
    expect(blank.errors?.[0]?.message).toBe('必填字段不能为空：任务名称');
  });

  it('marks a directed check ordered by a special campaign or higher authority, with the order it follows (rule 9)', async () => {
    const before = await counts();
    const noBasis = await newTask({ campaign: true });
    expect(codeOf(noBasis)).toBe('TASK.CAMPAIGN_BASIS_REQUIRED');
    expect(noBasis.errors?.[0]?.message).toContain('部署依据');
    expect(noBasis.errors?.[0]?.extensions?.field).toBe('campaignBasis');
    expect(codeOf(await newTask({ campaign: true, basis: '   ' }))).toBe('TASK.CAMPAIGN_BASIS_REQUIRED');
    expect(codeOf(await newTask({ basis: '淄自然资字〔2026〕12号' }))).toBe('TASK.CAMPAIGN_BASIS_WITHOUT_ORDER');
    expect(await counts()).toEqual(before);

    const r = await newTask({ campaign: true, basis: ' 淄自然资字〔2026〕12号 ' });
    expect(r.errors).toBeUndefined();
    const task = r.data!.createTask;
    expect(task).toMatchObject({ campaignOrdered: true, campaignBasis: '淄自然资字〔2026〕12号' });
    const ev = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'createTask', entityId: task.id } });
    expect(ev.after).toMatchObject({ campaignOrdered: true, campaignBasis: '淄自然资字〔2026〕12号' });
    expect((await newTask()).data!.createTask).toMatchObject({ campaignOrdered: false, campaignBasis: null });

    const UPDATE =
      'mutation($id: ID!, $c: Boolean, $b: String) { updateTask(id: $id, campaignOrdered: $c, campaignBasis: $b) { campaignOrdered campaignBasis } }';
    expect((await t.gql(UPDATE, { id: task.id, b: '鲁自然资发〔2026〕3号' }, kg)).data?.updateTask).toEqual({
      campaignOrdered: true,
      campaignBasis: '鲁自然资发〔2026〕3号',
    });
    expect(codeOf(await t.gql(UPDATE, { id: task.id, b: '' }, kg))).toBe('TASK.CAMPAIGN_BASIS_REQUIRED');
    // Turning the flag off drops the basis.
    expect((await t.gql(UPDATE, { id: task.id, c: false }, kg)).data?.updateTask).toEqual({ campaignOrdered: false, campaignBasis: null });
    expect(codeOf(await t.gql(UPDATE, { id: task.id, c: true }, kg))).toBe('TASK.CAMPAIGN_BASIS_REQUIRED');
    const upd = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'updateTask', entityId: task.id }, orderBy: { id: 'desc' } });
    expect(upd.before).toMatchObject({ campaignOrdered: true });
    expect(upd.after).toMatchObject({ campaignOrdered: false, campaignBasis: null });
  });

  it('lists and counts tasks in the react-admin shape, filtered by year and unit', async () => {
    const r = await t.gql(
      `query($f: TaskFilter) { allTasks(filter: $f, sortField: "code", sortOrder: "ASC", perPage: 2) { code editable } _allTasksMeta(filter: $f) { count } }`,
      { f: { year: 2026, ownerUnitId: kgk } },
      ws,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.allTasks.map((x: { code: string }) => x.code)).toEqual([code2026(1), code2026(2)]);
    // Read by everyone signed in, editable only by the owner unit.
    expect(r.data!.allTasks.every((x: { editable: boolean }) => x.editable === false)).toBe(true);
    expect(r.data!._allTasksMeta.count).toBe(await t.prisma.task.count({ where: { ownerUnitId: kgk, plan: { year: 2026 } } }));
    expect(codeOf(await t.gql('{ allTasks { id } }'))).toBe('UNAUTHENTICATED');
  });
});

describe("a land station's tasks (rules 6, 11)", () => {
  it('lists the tasks a unit set up or executes under one filter: 闻韶所 sees what it was delegated, 辛店所 also its own', async () => {
    const unit = async (code: string) => (await t.prisma.unit.findUniqueOrThrow({ where: { code } })).id;
    const [gts01, gts03] = await Promise.all([unit('GTS01'), unit('GTS03')]);
    const Q =
      'query($f: TaskFilter) { allTasks(filter: $f, sortField: "code", sortOrder: "ASC", perPage: 100) { code ownerUnitId executingUnitId } _allTasksMeta(filter: $f) { count } }';
    const wenshao = await t.gql(Q, { f: { unitId: gts01 } }, ws);
    expect(wenshao.errors).toBeUndefined();
    // RW-2026-0008 is YDK's task delegated to 闻韶所 (owner YDK): the unit's staff must see it by default.
    expect(wenshao.data!.allTasks.map((x: { code: string }) => x.code)).toContain('RW-2026-0008');
    expect(wenshao.data!.allTasks.every((x: { ownerUnitId: string; executingUnitId: string }) => x.ownerUnitId === gts01 || x.executingUnitId === gts01)).toBe(
      true,
    );
    expect(wenshao.data!._allTasksMeta.count).toBe(await t.prisma.task.count({ where: { OR: [{ ownerUnitId: gts01 }, { executingUnitId: gts01 }] } }));
    // 辛店所 runs tasks YDK delegated to it, and one it set up from its own filed plan.
    const xindian = (await t.gql(Q, { f: { unitId: gts03 } }, ws)).data!.allTasks as { code: string; ownerUnitId: string; executingUnitId: string }[];
    expect(xindian.some((x) => x.ownerUnitId === gts03 && x.executingUnitId === gts03)).toBe(true);
    expect(xindian.some((x) => x.ownerUnitId !== gts03 && x.executingUnitId === gts03)).toBe(true);
    const own = await t.prisma.task.findFirstOrThrow({ where: { ownerUnitId: gts03 }, include: { plan: true } });
    expect(own.plan).toMatchObject({ unitId: gts03, status: 'FILED' });
  });
});

describe('task classes (rules 2, 11, 12)', () => {
  it("refuses a GENERAL item's class above the cap (0.06 > 0.05), naming the item and cap; accepts the cap itself", async () => {
    const task = (await newTask({ items: [item['LZZR-04']], name: '探矿权人检查' })).data!.createTask;
    const before = await counts();
    const r = await t.gql(CREATE_CLASS, { taskId: task.id, key: 'tk', label: '探矿权人', libraryId: lib['LIB-TK'], ratio: 0.06 }, kg);
    expect(codeOf(r)).toBe('DRAW.GENERAL_ITEM_ABOVE_CAP');
    // The message names the item, its population, the cap and the total asked.
    const population = await t.prisma.target.count({
      where: {
        libraryId: lib['LIB-TK'],
        retiredAt: null,
        registrationStatus: 'ACTIVE',
        creditStatus: 'NORMAL',
        keyIndustry: false,
        repeatedComplaints: false,
        seriousViolation: false,
      },
    });
    expect(r.errors?.[0]?.message).toContain('LZZR-04');
    expect(r.errors?.[0]?.message).toContain(`共${population}个`);
    expect(r.errors?.[0]?.message).toContain('上限5%');
    expect(r.errors?.[0]?.message).toContain(`最多可抽${Math.floor(population * 0.05)}个`);
    expect(r.errors?.[0]?.extensions?.items).toMatchObject([{ checkItemCode: 'LZZR-04', population, cap: 0.05, allowed: Math.floor(population * 0.05) }]);
    expect(await counts()).toEqual(before);
    const ok = await t.gql(CREATE_CLASS, { taskId: task.id, key: 'tk', label: '探矿权人', libraryId: lib['LIB-TK'], ratio: 0.05 }, kg);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createTaskClass).toMatchObject({ key: 'tk', ratio: 0.05, count: null, directed: false, editable: true, library: { code: 'LIB-TK' } });
    // The cap holds for the item across the task: a second class at 5 % over the same targets (directed or not, ratio
    // or count) would take the item above it — refused, naming the total asked.
    const allowed = Math.floor(population * 0.05);
    const again = await t.gql(
      CREATE_CLASS,
      { taskId: task.id, key: 'tk2', label: '探矿权人（小型）', libraryId: lib['LIB-TK'], ratio: 0.05, objectType: '探矿权人' },
      kg,
    );
    expect(codeOf(again)).toBe('DRAW.GENERAL_ITEM_ABOVE_CAP');
    expect(again.errors?.[0]?.message).toContain(`合计要求抽取${allowed * 2}个`);
    const count = await t.gql(CREATE_CLASS, { taskId: task.id, key: 'tk2', label: '探矿权人（小型）', libraryId: lib['LIB-TK'], count: 1 }, kg);
    expect(codeOf(count)).toBe('DRAW.GENERAL_ITEM_ABOVE_CAP');
    expect((await counts()).classes).toBe(before.classes + 1);
  });

  it("lets an approved campaign-ordered task's directed GENERAL class exceed the cap (rule 9, G13), not an ordinary or unapproved one; clearing the flag re-checks", async () => {
    const above = { key: 'tk', label: '探矿权人', libraryId: lib['LIB-TK'], ratio: 0.3, objectType: '探矿权人' };
    const ordinary = (await newTask({ items: [item['LZZR-04']], name: '探矿权人检查' })).data!.createTask;
    const before = await counts();
    const refused = await t.gql(CREATE_CLASS, { taskId: ordinary.id, ...above }, kg);
    expect(codeOf(refused)).toBe('DRAW.GENERAL_ITEM_ABOVE_CAP');
    expect(refused.errors?.[0]?.message).toContain('LZZR-04');
    expect(await counts()).toEqual(before);

    const campaign = (await newTask({ items: [item['LZZR-04']], name: '专项整治探矿权人检查', campaign: true, basis: '淄自然资字〔2026〕21号' })).data!
      .createTask;
    // The flag alone lifts nothing until the lead unit approves.
    expect(codeOf(await t.gql(CREATE_CLASS, { taskId: campaign.id, ...above }, kg))).toBe('DRAW.GENERAL_ITEM_ABOVE_CAP');
    const APPROVE =
      'mutation($id: ID, $n: String, $d: Date) { approveCampaignExemption(taskId: $id, documentNumber: $n, documentDate: $d) { campaignExemptionInForce campaignApprovalDocNo campaignApprovalDocDate campaignApprovedByName canApproveCampaign } }';
    const approve = (token: string, n: string | null = '淄自然资字〔2026〕21号', d: string | null = '2026-07-10', id = campaign.id) =>
      t.gql(APPROVE, { id, n, d }, token);
    expect(codeOf(await approve(kg))).toBe('TASK.CAMPAIGN_APPROVER_NOT_LEAD');
    expect(codeOf(await approve(admin, null))).toBe('VALIDATION.REQUIRED');
    expect(codeOf(await approve(admin, '文号', null))).toBe('VALIDATION.REQUIRED');
    expect(codeOf(await approve(admin, '文号', '2999-01-01'))).toBe('VALIDATION.INVALID');
    expect(codeOf(await approve(admin, '文号', '2026-07-10', ordinary.id))).toBe('TASK.NOT_CAMPAIGN_ORDERED');
    expect(await t.prisma.task.findUniqueOrThrow({ where: { id: campaign.id }, select: { campaignApprovedAt: true } })).toEqual({ campaignApprovedAt: null });
    const approved = await approve(admin);
    expect(approved.errors).toBeUndefined();
    expect(approved.data?.approveCampaignExemption).toMatchObject({
      campaignExemptionInForce: true,
      campaignApprovalDocNo: '淄自然资字〔2026〕21号',
      campaignApprovalDocDate: '2026-07-10',
      canApproveCampaign: false,
    });
    expect(approved.data?.approveCampaignExemption.campaignApprovedByName).toBeTruthy();
    expect(codeOf(await approve(admin))).toBe('TASK.CAMPAIGN_ALREADY_APPROVED');
    const ev = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'approveCampaignExemption', entityId: campaign.id } });
    expect(ev.after).toMatchObject({ campaignApprovalDocNo: '淄自然资字〔2026〕21号', campaignApprovalDocDate: '2026-07-10' });
    // Approved: an undirected class is still capped, a directed one is not.
    expect(codeOf(await t.gql(CREATE_CLASS, { taskId: campaign.id, ...above, objectType: undefined }, kg))).toBe('DRAW.GENERAL_ITEM_ABOVE_CAP');
    const ok = await t.gql(CREATE_CLASS, { taskId: campaign.id, ...above }, kg);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createTaskClass).toMatchObject({ key: 'tk', ratio: 0.3 });
    const raised = await t.gql('mutation($id: ID!) { updateTaskClass(id: $id, ratio: 0.8) { ratio } }', { id: ok.data!.createTaskClass.id }, kg);
    expect(raised.data?.updateTaskClass).toEqual({ ratio: 0.8 });

    // Clearing the flag would leave the class above the cap: refused with the same typed error, nothing changes.
    const UPDATE = 'mutation($id: ID!, $c: Boolean) { updateTask(id: $id, campaignOrdered: $c) { campaignOrdered } }';
    const off = await t.gql(UPDATE, { id: campaign.id, c: false }, kg);
    expect(codeOf(off)).toBe('DRAW.GENERAL_ITEM_ABOVE_CAP');
    expect(off.errors?.[0]?.message).toContain('LZZR-04');
    expect(
      await t.prisma.task.findUniqueOrThrow({
        where: { id: campaign.id },
        select: { campaignOrdered: true, campaignBasis: true, campaignApprovalDocNo: true },
      }),
    ).toEqual({ campaignOrdered: true, campaignBasis: '淄自然资字〔2026〕21号', campaignApprovalDocNo: '淄自然资字〔2026〕21号' });
    // A changed basis is another order: the approval is dropped, and the class above the cap refuses the change.
    const rebased = await t.gql('mutation($id: ID!) { updateTask(id: $id, campaignBasis: "鲁自然资发〔2026〕3号") { id } }', { id: campaign.id }, kg);
    expect(codeOf(rebased)).toBe('DRAW.GENERAL_ITEM_ABOVE_CAP');
    // Within the cap, it may be cleared, and the approval goes with it.
    await t.gql('mutation($id: ID!) { updateTaskClass(id: $id, ratio: 0.05) { ratio } }', { id: ok.data!.createTaskClass.id }, kg);
    expect((await t.gql(UPDATE, { id: campaign.id, c: false }, kg)).data?.updateTask).toEqual({ campaignOrdered: false });
    expect(await t.prisma.task.findUniqueOrThrow({ where: { id: campaign.id }, select: { campaignApprovedAt: true, campaignApprovalDocNo: true } })).toEqual({
      campaignApprovedAt: null,
      campaignApprovalDocNo: null,
    });
  });

  it("allows a KEY item's class at ratio 1 (no upper limit)", async () => {
    const task = (await newTask()).data!.createTask;
    const r = await t.gql(CREATE_CLASS, { taskId: task.id, key: 'ck', label: '采矿权人（全部）', libraryId: lib['LIB-CK'], ratio: 1 }, kg);
    expect(r.errors).toBeUndefined();
    expect(r.data!.createTaskClass.ratio).toBe(1);
  });

  it('caps a class by the GENERAL items it draws for (checkItemIds), by default every item of the task', async () => {
    const task = (await newTask({ items: [item['LZZR-03'], item['LZZR-04']] })).data!.createTask;
    const before = await counts();
    // No items named: the class draws for LZZR-03 (KEY) and LZZR-04 (GENERAL, 5 %), whatever object type it draws.
    const all = await t.gql(CREATE_CLASS, { taskId: task.id, key: 'ck', label: '采矿权人', libraryId: lib['LIB-CK'], ratio: 0.3 }, kg);
    expect(codeOf(all)).toBe('DRAW.GENERAL_ITEM_ABOVE_CAP');
    expect(all.errors?.[0]?.message).toContain('LZZR-04');
    // Named: a class drawing for the KEY item only has no upper limit — directed or not.
    const ck = await t.gql(
      CLASS_WITH_ITEMS,
      { taskId: task.id, key: 'ck', label: '采矿权人', libraryId: lib['LIB-CK'], ratio: 0.3, items: [item['LZZR-03']] },
      kg,
    );
    expect(ck.errors).toBeUndefined();
    expect(ck.data!.createTaskClass).toMatchObject({ checkItemIds: [item['LZZR-03']], checkItems: [{ code: 'LZZR-03' }], forAllCheckItems: false });
    const undirected = await t.gql(CLASS_WITH_ITEMS, { taskId: task.id, key: 'any', label: '全部对象', ratio: 0.3, items: [item['LZZR-03']] }, kg);
    expect(undirected.errors).toBeUndefined();
    // Only the task's own items may be named.
    const foreign = await t.gql(CLASS_WITH_ITEMS, { taskId: task.id, key: 'dh', label: '地环', ratio: 0.3, items: [item['LZZR-05']] }, kg);
    expect(codeOf(foreign)).toBe('TASK_CLASS.CHECK_ITEM_NOT_IN_TASK');
    expect(foreign.errors?.[0]?.message).toContain('本任务的抽查事项');
    expect(foreign.errors?.[0]?.extensions?.field).toBe('checkItemIds');
    expect((await counts()).classes).toBe(before.classes + 2);

    // Back to every item (empty list): capped again; drawing for the GENERAL item within its cap is fine.
    const id = ck.data!.createTaskClass.id;
    expect(codeOf(await t.gql('mutation($id: ID!, $items: [ID!]) { updateTaskClass(id: $id, checkItemIds: $items) { id } }', { id, items: [] }, kg))).toBe(
      'DRAW.GENERAL_ITEM_ABOVE_CAP',
    );
    const gen = await t.gql(
      'mutation($id: ID!, $items: [ID!]) { updateTaskClass(id: $id, checkItemIds: $items, ratio: 0.05) { checkItems { code } forAllCheckItems } }',
      { id, items: [item['LZZR-04']] },
      kg,
    );
    expect(gen.data?.updateTaskClass).toEqual({ checkItems: [{ code: 'LZZR-04' }], forAllCheckItems: false });
    const ev = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'updateTaskClass', entityId: id }, orderBy: { id: 'desc' } });
    expect((ev.after as { checkItemIds: string[] }).checkItemIds).toEqual([item['LZZR-04']]);
  });

  it("a class drawing for every item follows the task's items; one naming its items keeps them", async () => {
    const keyOnly = (await newTask({ items: [item['LZZR-03']] })).data!.createTask;
    const all = await t.gql(CLASS_WITH_ITEMS, { taskId: keyOnly.id, key: 'all', label: '全部对象', ratio: 0.3 }, kg);
    expect(all.data?.createTaskClass).toMatchObject({ checkItemIds: [item['LZZR-03']], forAllCheckItems: true });
    const widen = await t.gql(
      'mutation($id: ID!, $items: [ID!]) { updateTask(id: $id, checkItemIds: $items) { id } }',
      { id: keyOnly.id, items: [item['LZZR-03'], item['LZZR-11']] },
      kg,
    );
    expect(codeOf(widen)).toBe('DRAW.GENERAL_ITEM_ABOVE_CAP');
    expect(widen.errors?.[0]?.message).toContain('LZZR-11');
    expect(await t.prisma.taskCheckItem.count({ where: { taskId: keyOnly.id } })).toBe(1);

    // Naming the KEY item: adding the GENERAL item no longer caps it — but the draw needs a class for that item.
    await t.gql(
      'mutation($id: ID!, $items: [ID!]) { updateTaskClass(id: $id, checkItemIds: $items) { id } }',
      { id: all.data!.createTaskClass.id, items: [item['LZZR-03']] },
      kg,
    );
    expect(
      (
        await t.gql(
          'mutation($id: ID!, $items: [ID!]) { updateTask(id: $id, checkItemIds: $items) { id } }',
          { id: keyOnly.id, items: [item['LZZR-03'], item['LZZR-11']] },
          kg,
        )
      ).errors,
    ).toBeUndefined();
    const announce = await t.gql('mutation($id: ID) { announceDraw(taskId: $id) { status } }', { id: keyOnly.id }, kg);
    expect(codeOf(announce)).toBe('TASK.CHECK_ITEM_WITHOUT_CLASS');
    expect(announce.errors?.[0]?.message).toContain('LZZR-11');
    const tk = await t.gql(
      CLASS_WITH_ITEMS,
      { taskId: keyOnly.id, key: 'tk', label: '探矿权人', libraryId: lib['LIB-TK'], ratio: 0.03, items: [item['LZZR-11']] },
      kg,
    );
    expect(tk.errors).toBeUndefined();

    // Removing an item from the task removes it from the classes naming it, but never leaves a class with none.
    const both = await t.gql(CLASS_WITH_ITEMS, { taskId: keyOnly.id, key: 'both', label: '两项', count: 1, items: [item['LZZR-03'], item['LZZR-11']] }, kg);
    expect(both.errors).toBeUndefined();
    const narrow = await t.gql(
      'mutation($id: ID!, $items: [ID!]) { updateTask(id: $id, checkItemIds: $items) { id } }',
      { id: keyOnly.id, items: [item['LZZR-03']] },
      kg,
    );
    expect(codeOf(narrow)).toBe('TASK.CHECK_ITEM_IN_USE_BY_CLASS');
    expect(narrow.errors?.[0]?.message).toContain('“tk”');
    expect(await t.prisma.taskCheckItem.count({ where: { taskId: keyOnly.id } })).toBe(2);
    await t.gql('mutation($id: ID!) { deleteTaskClass(id: $id) { id } }', { id: tk.data!.createTaskClass.id }, kg);
    expect(
      (await t.gql('mutation($id: ID!, $items: [ID!]) { updateTask(id: $id, checkItemIds: $items) { id } }', { id: keyOnly.id, items: [item['LZZR-03']] }, kg))
        .errors,
    ).toBeUndefined();
    const shown = await t.gql('query($id: ID!) { TaskClass(id: $id) { checkItemIds } }', { id: both.data!.createTaskClass.id }, kg);
    expect(shown.data?.TaskClass.checkItemIds).toEqual([item['LZZR-03']]);
    const ev = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'updateTask', entityId: keyOnly.id }, orderBy: { id: 'desc' } });
    expect(ev.after).toMatchObject({ classCheckItemIds: { both: [item['LZZR-03']] } });
    expect(ev.before).toMatchObject({ classCheckItemIds: { both: [item['LZZR-03'], item['LZZR-11']].sort() } });
  });

  it('needs exactly one of ratio and count', async () => {
    const task = (await newTask()).data!.createTask;
    const before = await counts();
    const both = await t.gql(CREATE_CLASS, { taskId: task.id, key: 'a', label: '甲', ratio: 0.2, count: 5 }, kg);
    expect(codeOf(both)).toBe('TASK_CLASS.RATIO_XOR_COUNT');
    const neither = await t.gql(CREATE_CLASS, { taskId: task.id, key: 'a', label: '甲' }, kg);
    expect(codeOf(neither)).toBe('TASK_CLASS.RATIO_XOR_COUNT');
    expect(neither.errors?.[0]?.message).toContain('二选一');
    expect(codeOf(await t.gql(CREATE_CLASS, { taskId: task.id, key: 'a', label: '甲', ratio: 0 }, kg))).toBe('VALIDATION.INVALID');
    expect(codeOf(await t.gql(CREATE_CLASS, { taskId: task.id, key: 'a', label: '甲', count: 0 }, kg))).toBe('VALIDATION.INVALID');
    expect(await counts()).toEqual(before);

    const byCount = await t.gql(CREATE_CLASS, { taskId: task.id, key: 'a', label: '甲', count: 5, libraryId: lib['LIB-CK'], objectType: '采矿权人' }, kg);
    expect(byCount.data?.createTaskClass).toMatchObject({ count: 5, ratio: null, directed: true });
    expect(codeOf(await t.gql(CREATE_CLASS, { taskId: task.id, key: 'a', label: '乙', count: 2 }, kg))).toBe('TASK_CLASS.KEY_DUPLICATE');
    expect(codeOf(await t.gql(CREATE_CLASS, { taskId: task.id, key: 'b:c', label: '乙', count: 2 }, kg))).toBe('DRAW.INVALID_PARAMETERS');
    // Switching the class to a ratio drops its count.
    const sw = await t.gql('mutation($id: ID!) { updateTaskClass(id: $id, ratio: 0.5) { ratio count } }', { id: byCount.data!.createTaskClass.id }, kg);
    expect(sw.data?.updateTaskClass).toEqual({ ratio: 0.5, count: null });
    expect(codeOf(await t.gql(CREATE_CLASS, { taskId: task.id, key: 'w', label: '他单位', count: 1 }, ws))).toBe('FORBIDDEN');
  });
});

describe('changing and deleting tasks', () => {
  it('changes and deletes a task only before it is drawn', async () => {
    const task = (await newTask()).data!.createTask;
    const cls = (await t.gql(CREATE_CLASS, { taskId: task.id, key: 'ck', label: '采矿权人', libraryId: lib['LIB-CK'], count: 3 }, kg)).data!.createTaskClass;
    const upd = await t.gql('mutation($id: ID!) { updateTask(id: $id, name: "改名后的任务", teamSize: 4) { name teamSize } }', { id: task.id }, kg);
    expect(upd.data?.updateTask).toEqual({ name: '改名后的任务', teamSize: 4 });
    expect(codeOf(await t.gql('mutation($id: ID!) { updateTask(id: $id, name: "他人修改") { id } }', { id: task.id }, ws))).toBe('FORBIDDEN');

    await t.prisma.task.update({ where: { id: task.id }, data: { status: 'DISPATCHED' } });
    expect(codeOf(await t.gql('mutation($id: ID!) { updateTask(id: $id, name: "锁定后修改") { id } }', { id: task.id }, kg))).toBe('TASK.NOT_EDITABLE');
    expect(codeOf(await t.gql('mutation($id: ID!) { updateTaskClass(id: $id, count: 5) { id } }', { id: cls.id }, kg))).toBe('TASK.NOT_EDITABLE');
    expect(codeOf(await t.gql('mutation($id: ID!) { deleteTaskClass(id: $id) { id } }', { id: cls.id }, kg))).toBe('TASK.NOT_EDITABLE');
    expect(codeOf(await t.gql('mutation($id: ID!) { deleteTask(id: $id) { id } }', { id: task.id }, kg))).toBe('TASK.NOT_EDITABLE');
    const r = await t.gql('query($id: ID!) { Task(id: $id) { editable classes { editable } } }', { id: task.id }, kg);
    expect(r.data?.Task).toEqual({ editable: false, classes: [{ editable: false }] });

    const fresh = (await newTask()).data!.createTask;
    await t.gql(CREATE_CLASS, { taskId: fresh.id, key: 'ck', label: '采矿权人', libraryId: lib['LIB-CK'], count: 3 }, kg);
    const del = await t.gql('mutation($id: ID!) { deleteTask(id: $id) { id code } }', { id: fresh.id }, kg);
    expect(del.data?.deleteTask).toEqual({ id: fresh.id, code: fresh.code });
    expect(await t.prisma.task.findUnique({ where: { id: fresh.id } })).toBeNull();
    expect(await t.prisma.taskClass.count({ where: { taskId: fresh.id } })).toBe(0);
    expect(await t.prisma.auditEvent.count({ where: { action: 'deleteTask', entityId: fresh.id } })).toBe(1);
  });

  it('never deletes a task that was drawn', async () => {
    const task = (await newTask()).data!.createTask;
    await t.prisma.draw.create({
      data: {
        taskId: task.id,
        kind: 'TARGETS',
        sequence: 1,
        status: 'SUPERSEDED',
        candidateCount: 0,
        candidateListHash: 'x',
        seedCommitment: 'x',
        seed: 'x',
        receipt: {},
      },
    });
    await t.prisma.task.update({ where: { id: task.id }, data: { status: 'READY' } });
    expect(codeOf(await t.gql('mutation($id: ID!) { deleteTask(id: $id) { id } }', { id: task.id }, kg))).toBe('TASK.ALREADY_DRAWN');
    expect(await t.prisma.task.findUnique({ where: { id: task.id } })).not.toBeNull();
  });
});

describe('cancelling a task (before its draw)', () => {
  const CANCEL =
    'mutation($id: ID!, $reason: String) { cancelTask(id: $id, reason: $reason) { id status cancelReason cancelledByName cancelledAt editable cancellable } }';
  const cancelled = (id: string) => t.prisma.auditEvent.count({ where: { action: 'cancelTask', entityId: id } });

  it('calls a draft off without a reason, once: audited, no longer editable, a second call refused', async () => {
    const task = (await newTask()).data!.createTask;
    const shown = await t.gql('query($id: ID!) { Task(id: $id) { cancellable } }', { id: task.id }, kg);
    expect(shown.data?.Task.cancellable).toBe(true);
    const r = await t.gql(CANCEL, { id: task.id }, kg);
    expect(r.errors).toBeUndefined();
    expect(r.data!.cancelTask).toMatchObject({
      status: 'CANCELLED',
      cancelReason: null,
      cancelledByName: expect.any(String),
      editable: false,
      cancellable: false,
    });
    expect(r.data!.cancelTask.cancelledAt).toBeTruthy();
    const ev = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'cancelTask', entityId: task.id } });
    expect(ev.before).toEqual({ status: 'DRAFT' });
    expect(ev.after).toEqual({ status: 'CANCELLED', reason: null });
    const again = await t.gql(CANCEL, { id: task.id, reason: '再次取消' }, kg);
    expect(codeOf(again)).toBe('TASK.NOT_CANCELLABLE');
    expect(await cancelled(task.id)).toBe(1);
    expect(codeOf(await t.gql('mutation($id: ID!) { updateTask(id: $id, name: "取消后修改") { id } }', { id: task.id }, kg))).toBe('TASK.NOT_EDITABLE');
    expect(codeOf(await t.gql('mutation($id: ID) { announceDraw(taskId: $id) { status } }', { id: task.id }, kg))).toBe('TASK.NOT_EDITABLE');
  });

  it('needs a reason once the draw was announced, and shows it beside the published commitment', async () => {
    const task = (await newTask()).data!.createTask;
    await t.gql(CREATE_CLASS, { taskId: task.id, key: 'ck', label: '采矿权人', libraryId: lib['LIB-CK'], count: 3 }, kg);
    const announced = await t.gql('mutation($id: ID) { announceDraw(taskId: $id) { status } }', { id: task.id }, kg);
    expect(announced.errors).toBeUndefined();
    expect(announced.data?.announceDraw.status).toBe('READY');
    const before = await t.fingerprint();
    for (const reason of [undefined, '', '   ']) {
      const r = await t.gql(CANCEL, { id: task.id, reason }, kg);
      expect(codeOf(r)).toBe('TASK.CANCEL_REASON_REQUIRED');
      expect(r.errors?.[0]?.extensions?.field).toBe('reason');
      expect(r.errors?.[0]?.message).toContain('理由');
    }
    // A NUL byte and a reason over its 2,000 characters are refused as typed input errors, changing nothing.
    expect(codeOf(await t.gql(CANCEL, { id: task.id, reason: '理由\u0000' }, kg))).toBe('VALIDATION.INVALID');
    expect(codeOf(await t.gql(CANCEL, { id: task.id, reason: '长'.repeat(2001) }, kg))).toBe('VALIDATION.TOO_LONG');
    expect(codeOf(await t.gql(CANCEL, { id: task.id, reason: '长'.repeat(1_000_000) }, kg))).toBe('VALIDATION.TOO_LONG');
    expect(await t.fingerprint()).toEqual(before);
    const r = await t.gql(CANCEL, { id: task.id, reason: '  已纳入省厅专项核查，避免重复检查 ' }, kg);
    expect(r.data?.cancelTask).toMatchObject({ status: 'CANCELLED', cancelReason: '已纳入省厅专项核查，避免重复检查' });
    const pub = await t.gql<{ publicDrawCommitments: { taskCode: string; taskCancelledAt: string | null; taskCancelReason: string | null }[] }>(
      'query($c: String) { publicDrawCommitments(taskCode: $c) { taskCode taskCancelledAt taskCancelReason } }',
      { c: task.code },
    );
    expect(pub.data?.publicDrawCommitments).toEqual([
      { taskCode: task.code, taskCancelledAt: expect.any(String), taskCancelReason: '已纳入省厅专项核查，避免重复检查' },
    ]);
    const file = await t.app.fetch(new Request(`http://localhost/public/draw-commitments.json?task=${task.code}`));
    expect((await file.json())[0]).toMatchObject({ taskCode: task.code, taskCancelReason: '已纳入省厅专项核查，避免重复检查' });
  });

  it("refuses once the targets are drawn, another unit's staff, and a task that does not exist", async () => {
    const task = (await newTask()).data!.createTask;
    expect(codeOf(await t.gql(CANCEL, { id: task.id, reason: '别的单位' }, ws))).toBe('FORBIDDEN');
    for (const status of ['DRAWN', 'DISPATCHED', 'COMPLETED'] as const) {
      await t.prisma.task.update({ where: { id: task.id }, data: { status } });
      const r = await t.gql(CANCEL, { id: task.id, reason: '抽中的对象不合适' }, kg);
      expect(codeOf(r)).toBe('TASK.NOT_CANCELLABLE');
      expect(r.errors?.[0]?.message).toContain('重新摇号');
    }
    expect(await cancelled(task.id)).toBe(0);
    expect(codeOf(await t.gql(CANCEL, { id: 'c0000000000000000000000000', reason: 'x' }, kg))).toBe('NOT_FOUND');
  });

  it('has one effect when the same cancellation arrives twice at once', async () => {
    const task = (await newTask()).data!.createTask;
    const [a, b] = await Promise.all([t.gql(CANCEL, { id: task.id }, kg), t.gql(CANCEL, { id: task.id }, kg)]);
    expect([a, b].filter((r) => !r.errors).length).toBe(1);
    expect([codeOf(a), codeOf(b)].filter(Boolean)).toEqual(['TASK.NOT_CANCELLABLE']);
    expect(await cancelled(task.id)).toBe(1);
  });
});

describe('a page of tasks', () => {
  it('costs a fixed number of SQL statements however many tasks it shows (no N+1)', async () => {
    const page = (n: number) => `{ allTasks(perPage: ${n}, sortField: "code") {
      code ownerUnit { name } executingUnit { name } plan { year } checkItems { code unit { name } } classes { key library { code } } draws { sequence } targetCount editable
    } }`;
    const counts: number[] = [];
    for (const n of [2, 6]) {
      const { count } = await t.countQueries(async () => {
        const r = await t.gql(page(n), {}, kg);
        expect(r.errors).toBeUndefined();
        expect(r.data!.allTasks).toHaveLength(n);
      });
      counts.push(count);
    }
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(12);
  });

  // The executor's response objects are built in fast mode (patches/@graphql-tools+executor+2.1.0.patch) with a
  // prototype that has none: a field aliased `__proto__` must stay an own field of the answer, as with
  // `Object.create(null)`, not set the object's prototype (and vanish from the JSON).
  it('answers fields aliased __proto__ or like Object.prototype’s members as any other', async () => {
    const r = await t.gql(
      `{ __proto__: allTasks(perPage: 1, sortField: "code") { __proto__: code toString: name constructor: executingUnit { hasOwnProperty: name } } }`,
      {},
      kg,
    );
    expect(r.errors).toBeUndefined();
    // Read as own properties (JSON.parse makes `__proto__` one), never through the accessor.
    const own = (o: unknown, k: string) => Object.getOwnPropertyDescriptor(o, k)?.value as unknown;
    expect(Object.keys(r.data!)).toEqual(['__proto__']);
    const [task] = own(r.data, '__proto__') as Record<string, unknown>[];
    expect(Object.keys(task!)).toEqual(['__proto__', 'toString', 'constructor']);
    expect(typeof own(task, '__proto__')).toBe('string');
    expect(typeof own(task, 'toString')).toBe('string');
    expect(typeof own(own(task, 'constructor'), 'hasOwnProperty')).toBe('string');
  });

  it('reads the list page (tasks, units, targets, their units) in one statement after the session and its user', async () => {
    const LIST = `{ allTasks(perPage: 50, sortField: "createdAt", sortOrder: "DESC") {
      id code status executingUnit { id name } targets { id status target { id name creditCode unit { id name } } } } }`;
    const { statements } = await t.countQueries(async () => {
      const r = await t.gql<{ allTasks: { targets: { target: { unit: { name: string } } }[] }[] }>(LIST, {}, kg);
      expect(r.errors).toBeUndefined();
      expect(r.data!.allTasks.flatMap((task) => task.targets).some((tt) => tt.target.unit.name)).toBe(true);
    });
    // A session used over a minute ago is touched (sessions.ts); that write is not part of reading the page.
    const reads = statements.filter((sql) => !/^\s*UPDATE "public"."Session"/i.test(sql));
    expect(reads).toHaveLength(2);
    expect(reads[0]).toMatch(/FROM "public"."Session"/);
    expect(reads[1]).toMatch(/FROM "public"."Task"/);
  });

  // Past the first page, one statement would build the relations of every skipped task as well (PostgreSQL applies
  // the OFFSET above the joins): listing.ts reads the page's keys first, then those tasks with their relations.
  it('reads a later page as its keys, then those tasks with their relations, in the order asked for', async () => {
    const LIST = (page: number, perPage: number) => `{ allTasks(page: ${page}, perPage: ${perPage}, sortField: "code", sortOrder: "DESC") {
      code executingUnit { name } targets { target { name } } } }`;
    type Page = { allTasks: { code: string; executingUnit: { name: string }; targets: { target: { name: string } }[] }[] };
    const first = await t.gql<Page>(LIST(0, 6), {}, kg);
    expect(first.errors).toBeUndefined();
    expect(first.data!.allTasks.length).toBe(6);
    const { statements } = await t.countQueries(async () => {
      const later = await t.gql<Page>(LIST(1, 3), {}, kg);
      expect(later.errors).toBeUndefined();
      // The second page of 3 is the fourth to sixth task of a page of 6, relations and all.
      expect(later.data!.allTasks).toEqual(first.data!.allTasks.slice(3, 6));
    });
    const reads = statements.filter((sql) => !/^\s*UPDATE "public"."Session"/i.test(sql));
    expect(reads).toHaveLength(3);
    expect(reads[1]).toMatch(/^SELECT "t0"."id" FROM "public"."Task" AS "t0" .*OFFSET/);
    expect(reads[2]).toMatch(/FROM "public"."Task" .*"t0"."id" IN/);
    expect(reads[2]).not.toMatch(/OFFSET/);
    // A page past the end reads only its (no) keys.
    const { statements: beyond } = await t.countQueries(async () => {
      const r = await t.gql<Page>(LIST(1000, 3), {}, kg);
      expect(r.data!.allTasks).toEqual([]);
    });
    expect(beyond.filter((sql) => /FROM "public"."Task"/.test(sql))).toHaveLength(1);
  });
});
