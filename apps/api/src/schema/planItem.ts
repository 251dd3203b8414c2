// PlanItem (年度抽查工作计划的一项): a checklist item with its scope, time window, estimated count, ratio,
// provincial / city / district shares and weights by area (rule 7, G12). Lines are edited directly only
// while the plan is a draft; a filed plan changes through an adjustment (计划调整) or a temporary check
// (临时抽查), both filed as a new version (rules 7, 10; P3, G10).
import { Prisma } from '@ssj/db/client';
import { builder, DateScalar } from '../builder.ts';
import { audit } from '../audit.ts';
import { allowed, notFound, userError } from '../errors.ts';
import { mayActOnPlan, planTransition } from '@ssj/domain';
import { listQueries } from '../listing.ts';
import { getGeneralRatioCap } from '../settings.ts';
import { assertUnitWrite } from '../validation.ts';
import { canWriteUnit } from './unit.ts';
import { fromDateColumn, toDateColumn } from '../dateColumn.ts';

type Tx = Prisma.TransactionClient;

// ───────────────────────────── the type ─────────────────────────────

export const PlanItemRef = builder.prismaObject('PlanItem', {
  description: '年度抽查工作计划的一项（抽查事项、范围、时间、数量、比例） / One line of an annual plan (rule 7, G12)',
  authScopes: { signedIn: true },
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    planId: t.exposeID('planId', { description: '所属计划 / Plan' }),
    plan: t.relation('plan', { description: '所属计划 / Plan' }),
    checkItemId: t.exposeID('checkItemId', { description: '抽查事项 / Checklist item' }),
    checkItem: t.relation('checkItem', { description: '抽查事项 / Checklist item' }),
    scope: t.exposeString('scope', { description: '抽查范围 / Scope' }),
    windowFrom: t.field({ type: DateScalar, select: { windowFrom: true }, resolve: (i) => i.windowFrom, description: '时间安排：开始 / Window from' }),
    windowTo: t.field({ type: DateScalar, select: { windowTo: true }, resolve: (i) => i.windowTo, description: '时间安排：结束 / Window to' }),
    estimatedCount: t.exposeInt('estimatedCount', { description: '预估抽查数量 / Estimated number of targets' }),
    ratio: t.float({ select: { ratio: true }, resolve: (i) => Number(i.ratio), description: '抽查比例 / Sampling ratio' }),
    provincialShare: t.float({
      select: { provincialShare: true },
      resolve: (i) => Number(i.provincialShare),
      description: '省级统一抽查分配比例 / Share of provincial sampling (G12)',
    }),
    cityShare: t.float({ select: { cityShare: true }, resolve: (i) => Number(i.cityShare), description: '市局抽查分配比例 / Share of city sampling (G12)' }),
    districtShare: t.float({
      select: { districtShare: true },
      resolve: (i) => Number(i.districtShare),
      description: '区级抽查分配比例 / Share of district sampling (G12)',
    }),
    areaWeights: t.expose('areaWeights', {
      type: 'JSON',
      nullable: true,
      description: '不同地区的抽查比重（镇/街道 → 权重） / Weights by area, town or street → weight (G12)',
    }),
    temporary: t.exposeBoolean('temporary', { description: '临时抽查 / Temporary (ad hoc) check (rule 10)' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '创建时间 / Created at' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: '修改时间 / Updated at' }),
    editable: t.boolean({
      description: '当前用户可否直接修改（本单位、计划未备案） / Whether the current user may edit it directly (own unit, plan still a draft)',
      select: { plan: { select: { unitId: true, status: true } } },
      resolve: (i, _args, ctx) => mayActOnPlan(i.plan.status, 'EDIT_LINES', { OWNER_UNIT: canWriteUnit(ctx.user, i.plan.unitId) }),
    }),
  }),
});

const PlanItemFilter = builder.inputType('PlanItemFilter', {
  description: '计划事项筛选 / Plan item filter',
  fields: (t) => ({
    ids: t.idList({ required: false, description: '按编号 / By ids' }),
    planId: t.id({ required: false, description: '所属计划 / Plan' }),
    checkItemId: t.id({ required: false, description: '抽查事项 / Checklist item' }),
    temporary: t.boolean({ required: false, description: '是否临时抽查 / Temporary checks only (true) or regular lines only (false)' }),
  }),
});

function planItemWhere(f: typeof PlanItemFilter.$inferInput | null | undefined): Prisma.PlanItemWhereInput {
  return {
    ...(f?.ids ? { id: { in: f.ids.map(String) } } : {}),
    ...(f?.planId ? { planId: String(f.planId) } : {}),
    ...(f?.checkItemId ? { checkItemId: String(f.checkItemId) } : {}),
    ...(typeof f?.temporary === 'boolean' ? { temporary: f.temporary } : {}),
  };
}

const sortable = {
  createdAt: (dir: 'asc' | 'desc') => ({ createdAt: dir }),
  windowFrom: (dir: 'asc' | 'desc') => ({ windowFrom: dir }),
  windowTo: (dir: 'asc' | 'desc') => ({ windowTo: dir }),
  estimatedCount: (dir: 'asc' | 'desc') => ({ estimatedCount: dir }),
  ratio: (dir: 'asc' | 'desc') => ({ ratio: dir }),
  temporary: (dir: 'asc' | 'desc') => ({ temporary: dir }),
  checkItemId: (dir: 'asc' | 'desc') => ({ checkItem: { code: dir } }),
  checkItem: (dir: 'asc' | 'desc') => ({ checkItem: { code: dir } }),
} satisfies Record<string, (d: 'asc' | 'desc') => Prisma.PlanItemOrderByWithRelationInput>;

builder.queryFields((t) => ({
  ...listQueries(t, {
    model: 'PlanItem',
    plural: 'PlanItems',
    label: ['计划事项', 'plan line'],
    filter: PlanItemFilter,
    where: planItemWhere,
    sortable: sortable,
    fallback: { field: 'createdAt', dir: 'asc' },
  }),
}));

// ───────────────────────────── validation shared with filing and adjustments ─────────────────────────────

/** A plan line as entered: every field nullable so that a missing one gets a Chinese typed error. */
export type PlanItemArgs = {
  id?: string | number | null;
  checkItemId?: string | number | null;
  scope?: string | null;
  windowFrom?: string | null;
  windowTo?: string | null;
  estimatedCount?: number | null;
  ratio?: number | null;
  provincialShare?: number | null;
  cityShare?: number | null;
  districtShare?: number | null;
  areaWeights?: unknown;
  temporary?: boolean | null;
};

/** A plan line after validation, ready to be written. */
export type PlanItemValues = {
  checkItemId: string;
  scope: string;
  windowFrom: string;
  windowTo: string;
  estimatedCount: number;
  ratio: number;
  provincialShare: number;
  cityShare: number;
  districtShare: number;
  areaWeights: Record<string, number> | null;
  temporary: boolean;
};

export const ITEM_LABELS = {
  checkItemId: '抽查事项',
  scope: '抽查范围',
  windowFrom: '时间安排（开始）',
  windowTo: '时间安排（结束）',
  estimatedCount: '预估数量',
  ratio: '抽查比例',
} as const;

const SHARE_LABELS = { provincialShare: '省级抽查分配比例', cityShare: '市局抽查分配比例', districtShare: '区级抽查分配比例' } as const;

// biome-ignore lint/suspicious/noExplicitAny: shared by an argument list and an input type, whose schema types differ
const itemArgFields = (t: PothosSchemaTypes.InputFieldBuilder<any, 'Arg' | 'InputObject'>) => ({
  checkItemId: t.id({ required: false, description: '抽查事项 / Checklist item' }),
  scope: t.string({ required: false, description: '抽查范围 / Scope' }),
  windowFrom: t.field({ type: DateScalar, required: false, description: '时间安排：开始（计划年度内） / Window from, within the plan year' }),
  windowTo: t.field({ type: DateScalar, required: false, description: '时间安排：结束（计划年度内） / Window to, within the plan year' }),
  estimatedCount: t.int({ required: false, description: '预估抽查数量（≥0） / Estimated number of targets (≥0)' }),
  ratio: t.float({ required: false, description: '抽查比例（0–1，一般事项不超过上限） / Ratio in (0, 1]; capped for GENERAL items (rule 2)' }),
  provincialShare: t.float({ required: false, description: '省级统一抽查分配比例（默认 0） / Provincial share (default 0)' }),
  cityShare: t.float({ required: false, description: '市局抽查分配比例（默认 0） / City share (default 0)' }),
  districtShare: t.float({ required: false, description: '区级抽查分配比例（默认 1；三者之和为 1） / District share (default 1; the three sum to 1)' }),
  areaWeights: t.field({
    type: 'JSON',
    required: false,
    description: '地区抽查比重：{ 镇/街道: 非负数 } / Weights by area: { town or street: non-negative number }',
  }),
  temporary: t.boolean({ required: false, description: '临时抽查 / Temporary (ad hoc) check' }),
});

/** One line of an adjustment: an existing line keeps its id (tasks stay linked to it), a new line has none. */
export const PlanItemInput = builder.inputType('PlanItemInput', {
  description: '计划事项（调整或临时抽查时提交） / A plan line, as given to an adjustment or a temporary check',
  fields: (t) => ({
    id: t.id({ required: false, description: '已有计划事项的编号（保留原事项）；新增时留空 / Id of an existing line to keep; empty for a new line' }),
    ...itemArgFields(t),
  }),
});

/** Where the line sits in a list (adjustments), so that the message says which line is wrong. */
type At = { index?: number };
const prefix = (at: At) => (at.index === undefined ? '' : `第 ${at.index + 1} 项：`);
const itemError = (code: string, at: At, detail: string | undefined, extra: Record<string, unknown> = {}) =>
  userError(code, detail === undefined ? (at.index === undefined ? undefined : prefix(at).slice(0, -1)) : `${prefix(at)}${detail}`, {
    ...extra,
    ...(at.index === undefined ? {} : { index: at.index }),
  });

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const PERMYRIAD = 10_000;
const permyriad = (x: number) => Math.round(x * PERMYRIAD);
const fourDecimals = (x: number) => Math.abs(x * PERMYRIAD - permyriad(x)) < 1e-6;
const pct = (x: number) => `${(x * 100).toFixed(2).replace(/\.?0+$/, '')}%`;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The values of a stored line, for merging an update and for snapshots. */
export function valuesOf(i: {
  checkItemId: string;
  scope: string;
  windowFrom: Date;
  windowTo: Date;
  estimatedCount: number;
  ratio: unknown;
  provincialShare: unknown;
  cityShare: unknown;
  districtShare: unknown;
  areaWeights: unknown;
  temporary: boolean;
}): PlanItemValues {
  return {
    checkItemId: i.checkItemId,
    scope: i.scope,
    windowFrom: fromDateColumn(i.windowFrom),
    windowTo: fromDateColumn(i.windowTo),
    estimatedCount: i.estimatedCount,
    ratio: Number(i.ratio),
    provincialShare: Number(i.provincialShare),
    cityShare: Number(i.cityShare),
    districtShare: Number(i.districtShare),
    areaWeights: (i.areaWeights ?? null) as Record<string, number> | null,
    temporary: i.temporary,
  };
}

/**
 * The field rules of one line that need no database: required fields, window in the plan year, count,
 * ratio, shares (G12), area weights. `base` holds the current values on update (a field left out keeps its
 * value; a required field given as null is refused).
 */
export function normalizeItem(args: PlanItemArgs, year: number, at: At = {}, base?: PlanItemValues): PlanItemValues {
  for (const [field, label] of Object.entries(ITEM_LABELS)) {
    const v = (args as Record<string, unknown>)[field];
    if (base ? v !== undefined && blank(v) : blank(v)) throw itemError('VALIDATION.REQUIRED', at, label, { field });
  }
  for (const [field, label] of Object.entries(SHARE_LABELS)) {
    if ((args as Record<string, unknown>)[field] === null && base) throw itemError('VALIDATION.REQUIRED', at, label, { field });
  }
  const pick = <K extends keyof PlanItemValues>(k: K, fallback: PlanItemValues[K]): PlanItemValues[K] => {
    const v = (args as Record<string, unknown>)[k];
    return (v === undefined || v === null ? (base ? base[k] : fallback) : v) as PlanItemValues[K];
  };
  const v: PlanItemValues = {
    checkItemId: String(pick('checkItemId', '')),
    scope: String(pick('scope', '')).trim(),
    windowFrom: pick('windowFrom', ''),
    windowTo: pick('windowTo', ''),
    estimatedCount: pick('estimatedCount', 0),
    ratio: pick('ratio', 0),
    // G12: without a split, the whole plan is district sampling (the model's defaults 0 / 0 / 1).
    provincialShare: pick('provincialShare', 0),
    cityShare: pick('cityShare', 0),
    districtShare: pick('districtShare', 1),
    areaWeights: args.areaWeights === undefined ? (base?.areaWeights ?? null) : (args.areaWeights as Record<string, number> | null),
    temporary: pick('temporary', false),
  };

  // Rule 7 (G12): the time window lies inside the plan's year and runs forwards.
  for (const field of ['windowFrom', 'windowTo'] as const) {
    const d = v[field];
    if (!ISO.test(d) || fromDateColumn(toDateColumn(d)) !== d) throw itemError('VALIDATION.INVALID', at, `${ITEM_LABELS[field]}不是有效日期：${d}`, { field });
  }
  if (v.windowFrom < `${year}-01-01` || v.windowTo > `${year}-12-31` || v.windowFrom > `${year}-12-31` || v.windowTo < `${year}-01-01`) {
    throw itemError('PLAN_ITEM.WINDOW_OUTSIDE_YEAR', at, `${v.windowFrom} 至 ${v.windowTo} 不在 ${year} 年内`, {
      field: v.windowFrom < `${year}-01-01` ? 'windowFrom' : 'windowTo',
      year,
    });
  }
  if (v.windowFrom > v.windowTo) throw itemError('PLAN_ITEM.WINDOW_REVERSED', at, `${v.windowFrom} 晚于 ${v.windowTo}`, { field: 'windowTo' });

  if (!Number.isInteger(v.estimatedCount) || v.estimatedCount < 0) {
    throw itemError('VALIDATION.INVALID', at, '预估数量应为不小于 0 的整数', { field: 'estimatedCount' });
  }
  if (!(v.ratio > 0 && v.ratio <= 1) || !fourDecimals(v.ratio)) {
    throw itemError('VALIDATION.INVALID', at, '抽查比例应在 0 到 1 之间（不含 0，最多 4 位小数）', { field: 'ratio' });
  }
  for (const [field, label] of Object.entries(SHARE_LABELS) as [keyof typeof SHARE_LABELS, string][]) {
    const s = v[field];
    if (!(s >= 0 && s <= 1) || !fourDecimals(s)) throw itemError('VALIDATION.INVALID', at, `${label}应在 0 到 1 之间（最多 4 位小数）`, { field });
  }
  // G12: the provincial, city and district shares split the whole plan line. Compared in integers (permyriad).
  const sum = permyriad(v.provincialShare) + permyriad(v.cityShare) + permyriad(v.districtShare);
  if (sum !== PERMYRIAD) {
    throw itemError('PLAN_ITEM.SHARES_NOT_ONE', at, `当前合计 ${sum / PERMYRIAD}`, { field: 'districtShare', sum: sum / PERMYRIAD });
  }
  v.areaWeights = normalizeAreaWeights(v.areaWeights, at);
  return v;
}

// G12: 不同地区的抽查比重 — an object of town/street → non-negative weight.
function normalizeAreaWeights(w: unknown, at: At): Record<string, number> | null {
  if (w === null || w === undefined) return null;
  if (typeof w !== 'object' || Array.isArray(w)) throw itemError('PLAN_ITEM.AREA_WEIGHTS_INVALID', at, undefined, { field: 'areaWeights' });
  const out: Record<string, number> = {};
  for (const [area, weight] of Object.entries(w as Record<string, unknown>)) {
    if (!area.trim()) throw itemError('PLAN_ITEM.AREA_WEIGHTS_INVALID', at, '地区名称不能为空', { field: 'areaWeights' });
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      throw itemError('PLAN_ITEM.AREA_WEIGHTS_INVALID', at, `${area}：${JSON.stringify(weight)}`, { field: 'areaWeights' });
    }
    out[area.trim()] = weight;
  }
  return Object.keys(out).length ? out : null;
}

type CheckItemRow = { id: string; code: string; name: string; category: 'GENERAL' | 'KEY'; ratioCap: unknown; retiredAt: Date | null };

/**
 * The rules that need the checklist: the item exists and is not retired; a GENERAL item's ratio is within
 * its cap or the system cap, a KEY item has none (rule 2, G8). One query for all lines, one for the setting.
 */
export async function checkAgainstChecklist(tx: Tx, lines: { values: PlanItemValues; at: At }[]): Promise<Map<string, CheckItemRow>> {
  const ids = [...new Set(lines.map((l) => l.values.checkItemId))];
  const rows = await tx.checkItem.findMany({
    where: { id: { in: ids } },
    select: { id: true, code: true, name: true, category: true, ratioCap: true, retiredAt: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r as CheckItemRow]));
  let systemCap: number | undefined;
  for (const { values, at } of lines) {
    const item = byId.get(values.checkItemId);
    if (!item || item.retiredAt) {
      throw itemError('PLAN_ITEM.CHECK_ITEM_INVALID', at, item ? `${item.code} ${item.name}` : values.checkItemId, { field: 'checkItemId' });
    }
    if (item.category === 'KEY') continue;
    if (item.ratioCap === null) systemCap ??= await getGeneralRatioCap(tx);
    const cap = item.ratioCap === null ? systemCap! : Number(item.ratioCap);
    if (permyriad(values.ratio) > permyriad(cap)) {
      throw itemError('PLAN_ITEM.RATIO_ABOVE_CAP', at, `${item.code} ${item.name}：${pct(values.ratio)} > ${pct(cap)}`, { field: 'ratio', cap });
    }
  }
  return byId;
}

/** A checklist item appears at most once among a plan's regular lines; temporary checks may repeat it. */
export function checkNoDuplicates(lines: { values: PlanItemValues; at: At }[], names: Map<string, CheckItemRow>) {
  const seen = new Set<string>();
  for (const { values, at } of lines) {
    if (values.temporary) continue;
    if (seen.has(values.checkItemId)) {
      const i = names.get(values.checkItemId);
      throw itemError('PLAN_ITEM.DUPLICATE', at, i ? `${i.code} ${i.name}` : values.checkItemId, { field: 'checkItemId' });
    }
    seen.add(values.checkItemId);
  }
}

export function itemData(v: PlanItemValues) {
  return {
    checkItemId: v.checkItemId,
    scope: v.scope,
    windowFrom: toDateColumn(v.windowFrom),
    windowTo: toDateColumn(v.windowTo),
    estimatedCount: v.estimatedCount,
    ratio: v.ratio,
    provincialShare: v.provincialShare,
    cityShare: v.cityShare,
    districtShare: v.districtShare,
    areaWeights: v.areaWeights ?? undefined,
    temporary: v.temporary,
  };
}

/** A line still used by a task cannot be removed (the task would lose its plan line). */
export async function assertLinesUnused(tx: Tx, ids: string[]) {
  if (!ids.length) return;
  const used = await tx.task.findFirst({ where: { planItemId: { in: ids } }, select: { code: true, planItemId: true } });
  if (used) throw userError('PLAN_ITEM.IN_USE', used.code, { planItemId: used.planItemId });
}

/** Direct edits of lines: only the plan's own unit (or ADMIN), only while the plan is a draft (rule 7). */
async function draftPlanForWrite(tx: Tx, ctx: { user: Parameters<typeof assertUnitWrite>[0] }, planId: string) {
  const plan = await tx.plan.findUnique({ where: { id: planId }, select: { id: true, unitId: true, year: true, status: true } });
  if (!plan) throw notFound('年度抽查工作计划');
  assertUnitWrite(ctx.user, plan.unitId);
  allowed(planTransition(plan.status, 'EDIT_LINES'));
  return plan;
}

// ───────────────────────────── mutations on a draft plan ─────────────────────────────

const itemArgs = builder.args((t) => itemArgFields(t));

builder.mutationFields((t) => ({
  createPlanItem: t.prismaField({
    type: 'PlanItem',
    description: '新增计划事项（计划未备案时） / Add a line to a draft plan',
    authScopes: { writer: true },
    args: { planId: t.arg.id({ required: false, description: '所属计划 / Plan' }), ...itemArgs },
    resolve: async (query, _r, args, ctx) => {
      if (blank(args.planId)) throw userError('VALIDATION.REQUIRED', '所属计划', { field: 'planId' });
      return ctx.prisma.$transaction(async (tx) => {
        const plan = await draftPlanForWrite(tx, ctx, String(args.planId));
        const values = normalizeItem(args, plan.year);
        const names = await checkAgainstChecklist(tx, [{ values, at: {} }]);
        await assertNotDuplicateInPlan(tx, plan.id, values, names);
        const created = await tx.planItem.create({ data: { planId: plan.id, ...itemData(values) } });
        await audit(tx, ctx, { action: 'createPlanItem', entity: 'PlanItem', entityId: created.id, unitId: plan.unitId, after: created });
        return tx.planItem.findUniqueOrThrow({ ...query, where: { id: created.id } });
      });
    },
  }),
  updatePlanItem: t.prismaField({
    type: 'PlanItem',
    description: '修改计划事项（计划未备案时） / Change a line of a draft plan',
    authScopes: { writer: true },
    args: { id: t.arg.id({ required: true }), ...itemArgs },
    resolve: async (query, _r, args, ctx) => {
      const id = String(args.id);
      return ctx.prisma.$transaction(async (tx) => {
        const before = await tx.planItem.findUnique({ where: { id } });
        if (!before) throw notFound('计划事项');
        const plan = await draftPlanForWrite(tx, ctx, before.planId);
        const values = normalizeItem(args, plan.year, {}, valuesOf(before));
        const names = await checkAgainstChecklist(tx, [{ values, at: {} }]);
        await assertNotDuplicateInPlan(tx, plan.id, values, names, id);
        const after = await tx.planItem.update({ where: { id }, data: { ...itemData(values), areaWeights: values.areaWeights ?? Prisma.DbNull } });
        await audit(tx, ctx, { action: 'updatePlanItem', entity: 'PlanItem', entityId: id, unitId: plan.unitId, before, after });
        return tx.planItem.findUniqueOrThrow({ ...query, where: { id } });
      });
    },
  }),
  deletePlanItem: t.prismaField({
    type: 'PlanItem',
    description: '删除计划事项（计划未备案时） / Remove a line from a draft plan',
    authScopes: { writer: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _r, args, ctx) => {
      const id = String(args.id);
      return ctx.prisma.$transaction(async (tx) => {
        const before = await tx.planItem.findUnique({ where: { id } });
        if (!before) throw notFound('计划事项');
        const plan = await draftPlanForWrite(tx, ctx, before.planId);
        await assertLinesUnused(tx, [id]);
        const shown = await tx.planItem.findUniqueOrThrow({ ...query, where: { id } });
        await tx.planItem.delete({ where: { id } });
        await audit(tx, ctx, { action: 'deletePlanItem', entity: 'PlanItem', entityId: id, unitId: plan.unitId, before });
        return shown;
      });
    },
  }),
}));

async function assertNotDuplicateInPlan(tx: Tx, planId: string, v: PlanItemValues, names: Map<string, CheckItemRow>, exceptId?: string) {
  if (v.temporary) return;
  const clash = await tx.planItem.findFirst({
    where: { planId, checkItemId: v.checkItemId, temporary: false, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) {
    const i = names.get(v.checkItemId);
    throw userError('PLAN_ITEM.DUPLICATE', i ? `${i.code} ${i.name}` : v.checkItemId, { field: 'checkItemId', planItemId: clash.id });
  }
}
