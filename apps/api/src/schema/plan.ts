// Plan (年度抽查工作计划): a unit's annual sampling plan (rules 6–10; P3, G10–G13). The plan shows which
// checklist items of the unit's remit it covers and which are missing, and cannot be filed (备案) while any is
// missing (rule 6). Filing and every later adjustment (计划调整) or temporary check (临时抽查) are filed as a
// new version with a snapshot; earlier versions are never overwritten (rule 7, rule 10).
import type { ObjectRef, SchemaTypes } from '@pothos/core';
import { PlanStatus, Prisma } from '@ssj/db/client';
import { checkPlanCreation, checkPlanFiling, PLAN_ADJUSTMENT_KIND, PLAN_STATUS, planCoverage, planDeletion, planTransition } from '@ssj/domain';
import { domainEnum, labelled } from './enums.ts';
import { builder } from '../builder.ts';
import { audit } from '../audit.ts';
import { publishPlanVersion } from '../publication/outbox.ts';
import type { Context } from '../context.ts';
import { allowed, notFound, userError } from '../errors.ts';
import { keywordWhere, listQueries } from '../listing.ts';
import { assertUnitWrite, refuseBlanking, requireFields } from '../validation.ts';
import { canWriteUnit } from './unit.ts';
import { clock } from '../clock.ts';
import { lockRow } from '../locking.ts';
import {
  assertLinesUnused,
  checkAgainstChecklist,
  checkNoDuplicates,
  itemData,
  normalizeItem,
  PlanItemInput,
  valuesOf,
  type PlanItemArgs,
  type PlanItemValues,
} from './planItem.ts';

type Tx = Prisma.TransactionClient;
type SchemaTypesOf<B> = B extends PothosSchemaTypes.SchemaBuilder<infer T extends SchemaTypes> ? T : never;

export const PlanStatusEnum = labelled('PlanStatus', '计划状态 / Plan status', PlanStatus, PLAN_STATUS);

type AdjustmentKind = 'INITIAL' | 'ADJUSTMENT' | 'TEMPORARY_CHECK';
const PlanAdjustmentKindEnum = domainEnum('PlanAdjustmentKind', '备案类型 / Kind of filed version', PLAN_ADJUSTMENT_KIND);

export const PlanAdjustmentRef = builder.prismaObject('PlanAdjustment', {
  description: '计划的一个备案版本（初次备案、调整或临时抽查；只增不改） / One filed version of a plan; never overwritten (rule 7)',
  authScopes: { signedIn: true },
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    planId: t.exposeID('planId', { description: '所属计划 / Plan' }),
    version: t.exposeInt('version', { description: '版本 / Version' }),
    kind: t.field({
      type: PlanAdjustmentKindEnum,
      description: '备案类型 / Kind of filed version',
      select: { snapshot: true, version: true },
      resolve: (a) => (a.snapshot as { kind?: AdjustmentKind } | null)?.kind ?? (a.version === 1 ? 'INITIAL' : 'ADJUSTMENT'),
    }),
    reason: t.exposeString('reason', { description: '调整理由 / Reason' }),
    snapshot: t.expose('snapshot', { type: 'JSON', description: '该版本的计划及其全部事项 / The plan and its lines as filed in this version' }),
    filedAt: t.expose('filedAt', { type: 'DateTime', description: '备案时间 / Filed at' }),
    filedById: t.exposeID('filedById', { nullable: true, description: '备案人 / Filed by (user id)' }),
  }),
});

// ───────────────────────────── coverage (rule 6) ─────────────────────────────

type CoverageItem = { id: string; code: string; retiredAt: Date | null };
type CoverageShape = { covered: CoverageItem[]; missing: CoverageItem[]; extra: CoverageItem[]; share: number; mayFile: boolean };

// CheckItem is defined (and not exported) in checkItem.ts; Pothos resolves a type named by string at build time.
const CheckItemByName = 'CheckItem' as unknown as ObjectRef<SchemaTypesOf<typeof builder>, CoverageItem>;

const PlanCoverageRef = builder.objectRef<CoverageShape>('PlanCoverage').implement({
  description: "计划对本单位职责范围内抽查事项的覆盖情况 / How the plan covers the checklist items of the unit's remit (rule 6)",
  fields: (t) => ({
    covered: t.field({ type: [CheckItemByName], description: '已覆盖的事项 / Remit items the plan covers', resolve: (c) => c.covered }),
    missing: t.field({
      type: [CheckItemByName],
      description: '未覆盖的事项（须补齐方可备案） / Remit items still missing; filing is refused until none is',
      resolve: (c) => c.missing,
    }),
    extra: t.field({
      type: [CheckItemByName],
      description: '职责范围外或已停用的事项（列示，不计入覆盖） / Lines outside the remit or on retired items: shown, not counted',
      resolve: (c) => c.extra,
    }),
    share: t.exposeFloat('share', { description: '覆盖率（职责范围为空时为 1） / Covered share, 1 when the remit is empty' }),
    mayFile: t.exposeBoolean('mayFile', { description: '覆盖完整且计划非空，可以备案 / Coverage complete and the plan not empty: it may be filed' }),
  }),
});

type Sel = boolean | { select?: Record<string, unknown>; include?: Record<string, unknown>; [k: string]: unknown };

/** Union of two Prisma selections of the same model (the CheckItem fields asked for under two paths). */
function mergeSelections(a: Sel, b: Sel): Sel {
  if (typeof a !== 'object' || a === null) return typeof b === 'object' && b !== null ? b : a || b;
  if (typeof b !== 'object' || b === null) return a;
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = k in out ? mergeSelections(out[k] as Sel, v as Sel) : v;
  return out as Sel;
}

/** The columns coverage itself needs, whatever the client asked for. */
function withCoverageColumns(sel: Sel): { select: Record<string, unknown> } | { include: Record<string, unknown> } {
  if (typeof sel === 'object' && sel?.include) return { include: sel.include };
  const nested = typeof sel === 'object' && sel?.select ? sel.select : {};
  return { select: { ...nested, id: true, code: true, retiredAt: true } };
}

/**
 * Rule 6 on loaded rows: `remit` are the active items in the plan's unit's remit (an item may be in the remit
 * of several units, each covering it in its own plan); a line on any other item is extra. Temporary checks
 * (rule 10) are ad hoc and neither cover nor count as extra.
 */
function coverageFrom(plan: {
  unitId: string;
  items: { temporary: boolean; checkItemId: string; checkItem: CoverageItem }[];
  remit: CoverageItem[];
}): CoverageShape {
  const regular = plan.items.filter((i) => !i.temporary);
  const inRemit = new Set(plan.remit.map((i) => i.id));
  const byId = new Map<string, CoverageItem>(plan.remit.map((i) => [i.id, i]));
  // A line's item carries the fields asked for under covered / extra; a remit item without a line, those of missing.
  for (const line of regular) byId.set(line.checkItemId, line.checkItem);
  const c = planCoverage({
    unitId: plan.unitId,
    checklist: [...byId.values()].map((i) => ({ id: i.id, unitId: inRemit.has(i.id) ? [plan.unitId] : [], retired: !!i.retiredAt })),
    planItems: regular,
  });
  const pick = (ids: string[]) => ids.map((id) => byId.get(id)!).sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));
  return { covered: pick(c.covered), missing: pick(c.missing), extra: pick(c.extra), share: c.share, mayFile: c.mayFile && plan.items.length > 0 };
}

/** Coverage inside a transaction, for filing and adjustments (one query). */
async function coverageInTx(tx: Tx, unitId: string, lines: { checkItemId: string; temporary: boolean }[]) {
  const ids = [...new Set(lines.filter((l) => !l.temporary).map((l) => l.checkItemId))];
  const checklist = await tx.checkItem.findMany({
    where: { OR: [{ remitUnits: { some: { id: unitId } }, retiredAt: null }, { id: { in: ids } }] },
    select: { id: true, code: true, name: true, retiredAt: true, remitUnits: { where: { id: unitId }, select: { id: true } } },
  });
  const byId = new Map(checklist.map((i) => [i.id, i]));
  const input = {
    unitId,
    checklist: checklist.map((i) => ({ id: i.id, unitId: i.remitUnits.map((u) => u.id), retired: !!i.retiredAt })),
    planItems: lines.filter((l) => !l.temporary),
  };
  return { coverage: planCoverage(input), filing: checkPlanFiling(input), byId };
}

/** Rule 6 (P3, G11): refuse filing while a remit item is missing, naming the items; refuse an empty plan. */
function assertMayFile(c: Awaited<ReturnType<typeof coverageInTx>>, lineCount: number) {
  if (!c.filing.ok) {
    const missing = c.filing.missing.map((id) => c.byId.get(id)!).sort((a, b) => (a.code < b.code ? -1 : 1));
    throw userError('PLAN.COVERAGE_INCOMPLETE', `未覆盖 ${missing.map((i) => `${i.code} ${i.name}`).join('；')}`, {
      missing: missing.map((i) => i.id),
      missingCodes: missing.map((i) => i.code),
      covered: c.filing.covered,
    });
  }
  // A unit without checklist items has nothing to plan (G10: units "有检查任务的"); an empty filing would
  // only inflate the coverage figure (rule 25).
  if (lineCount === 0) throw userError('PLAN.EMPTY');
}

// ───────────────────────────── the type ─────────────────────────────

/** Regular lines before temporary checks, then by checklist code. */
const ITEM_ORDER: Prisma.PlanItemOrderByWithRelationInput[] = [{ temporary: 'asc' }, { checkItem: { code: 'asc' } }, { id: 'asc' }];

export const PlanRef = builder.prismaObject('Plan', {
  description: "年度抽查工作计划 / A unit's annual sampling plan (rules 6–10)",
  authScopes: { signedIn: true },
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    unitId: t.exposeID('unitId', { description: '制定单位 / Planning unit' }),
    unit: t.relation('unit', { description: '制定单位 / Planning unit' }),
    year: t.exposeInt('year', { description: '年度 / Year' }),
    title: t.exposeString('title', { description: '计划名称 / Title' }),
    status: t.expose('status', { type: PlanStatusEnum, description: '状态 / Status' }),
    version: t.exposeInt('version', { description: '备案版本（未备案为 0） / Filed version, 0 before filing' }),
    filedAt: t.expose('filedAt', { type: 'DateTime', nullable: true, description: '初次备案时间 / First filed at' }),
    filedById: t.exposeID('filedById', { nullable: true, description: '初次备案人 / First filed by (user id)' }),
    filedWith: t.exposeString('filedWith', { nullable: true, description: '备案机关（上一级部门） / Filed with (the level above)' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '创建时间 / Created at' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: '修改时间 / Updated at' }),
    items: t.relation('items', {
      description: '计划事项（常规事项在前，按事项编码） / Plan lines, regular before temporary, by item code',
      query: { orderBy: ITEM_ORDER },
    }),
    itemCount: t.relationCount('items', { description: '计划事项数 / Number of lines' }),
    adjustments: t.relation('adjustments', {
      description: '历次备案版本（最新在前） / Filed versions, newest first',
      query: { orderBy: { version: 'desc' } },
    }),
    editable: t.boolean({
      description:
        '当前用户可否修改或调整（本单位或管理员，浏览器登录） / Whether the current user may change or adjust it (own unit or ADMIN, sign-in session)',
      select: { unitId: true },
      resolve: (plan, _args, ctx) => canWriteUnit(ctx.user, plan.unitId),
    }),
    coverage: t.field({
      type: PlanCoverageRef,
      description: '覆盖情况（按当前抽查事项清单计算） / Coverage against the current checklist (rule 6)',
      // Loaded with the plan itself, so a page of plans stays a fixed number of SQL statements: the plan's
      // lines with their items (covered / extra) and the unit's active items (missing), each selecting the
      // CheckItem fields the client asked for under that path.
      select: (_args, _ctx, nested) =>
        ({
          unitId: true,
          // Same arguments as the `items` relation, so a query asking for both loads the lines once.
          items: {
            orderBy: ITEM_ORDER,
            select: {
              checkItemId: true,
              temporary: true,
              checkItem: withCoverageColumns(mergeSelections(nested(true, ['covered']) as Sel, nested(true, ['extra']) as Sel)),
            },
          },
          unit: { select: { remitItems: { where: { retiredAt: null }, ...withCoverageColumns(nested(true, ['missing']) as Sel) } } },
        }) as unknown as Prisma.PlanSelect,
      resolve: (plan) => {
        const p = plan as unknown as {
          unitId: string;
          items: { temporary: boolean; checkItemId: string; checkItem: CoverageItem }[];
          unit: { remitItems: CoverageItem[] };
        };
        return coverageFrom({ unitId: p.unitId, items: p.items, remit: p.unit.remitItems });
      },
    }),
  }),
});

const PlanFilter = builder.inputType('PlanFilter', {
  description: '年度抽查工作计划筛选 / Plan filter',
  fields: (t) => ({
    ids: t.idList({ required: false, description: '按编号 / By ids' }),
    q: t.string({ required: false, description: '关键词：计划名称、备案机关 / Keyword: title, filed with' }),
    unitId: t.id({ required: false, description: '制定单位 / Planning unit' }),
    year: t.int({ required: false, description: '年度 / Year' }),
    status: t.field({ type: PlanStatusEnum, required: false, description: '状态 / Status' }),
  }),
});

function planWhere(f: typeof PlanFilter.$inferInput | null | undefined): Prisma.PlanWhereInput {
  return {
    ...(f?.ids ? { id: { in: f.ids.map(String) } } : {}),
    ...(f?.unitId ? { unitId: String(f.unitId) } : {}),
    ...(typeof f?.year === 'number' ? { year: f.year } : {}),
    ...(f?.status ? { status: f.status } : {}),
    AND: keywordWhere<Prisma.PlanWhereInput>(f?.q, ['title', 'filedWith']),
  };
}

const sortable = {
  year: (dir: 'asc' | 'desc') => ({ year: dir }),
  title: (dir: 'asc' | 'desc') => ({ title: dir }),
  status: (dir: 'asc' | 'desc') => ({ status: dir }),
  version: (dir: 'asc' | 'desc') => ({ version: dir }),
  filedAt: (dir: 'asc' | 'desc') => ({ filedAt: dir }),
  unitId: (dir: 'asc' | 'desc') => ({ unit: { code: dir } }),
  createdAt: (dir: 'asc' | 'desc') => ({ createdAt: dir }),
  updatedAt: (dir: 'asc' | 'desc') => ({ updatedAt: dir }),
} satisfies Record<string, (d: 'asc' | 'desc') => Prisma.PlanOrderByWithRelationInput>;

builder.queryFields((t) => ({
  ...listQueries(t, {
    model: 'Plan',
    plural: 'Plans',
    label: ['年度抽查工作计划', 'annual plan'],
    filter: PlanFilter,
    where: planWhere,
    sortable: sortable,
    fallback: { field: 'year', dir: 'desc' },
  }),
}));

// ───────────────────────────── filing helpers ─────────────────────────────

const PLAN_LABELS = { year: '年度', title: '计划名称' };

async function planForWrite(tx: Tx, ctx: Context, id: string) {
  await lockRow(tx, 'Plan', id);
  const plan = await tx.plan.findUnique({ where: { id }, include: { items: true } });
  if (!plan) throw notFound('年度抽查工作计划');
  assertUnitWrite(ctx.user, plan.unitId);
  return plan;
}

/**
 * What a filed version records (rule 7): the plan and every line with its checklist item's code and name as
 * they were, so the history reads the same after the checklist changes.
 */
async function snapshotOf(tx: Tx, planId: string, kind: AdjustmentKind, reason: string, coverage: { covered: string[]; extra: string[]; share: number }) {
  const plan = await tx.plan.findUniqueOrThrow({
    where: { id: planId },
    include: {
      unit: { select: { code: true, name: true } },
      items: { include: { checkItem: { select: { code: true, name: true, category: true } } }, orderBy: ITEM_ORDER },
    },
  });
  return {
    kind,
    reason,
    plan: {
      id: plan.id,
      unitId: plan.unitId,
      unitCode: plan.unit.code,
      unitName: plan.unit.name,
      year: plan.year,
      title: plan.title,
      status: plan.status,
      version: plan.version,
      filedWith: plan.filedWith,
    },
    items: plan.items.map((i) => ({
      id: i.id,
      checkItemCode: i.checkItem.code,
      checkItemName: i.checkItem.name,
      category: i.checkItem.category,
      ...valuesOf(i),
    })),
    coverage: { covered: coverage.covered, extra: coverage.extra, share: coverage.share },
  };
}

async function recordVersion(
  tx: Tx,
  ctx: Context,
  planId: string,
  version: number,
  kind: AdjustmentKind,
  reason: string,
  coverage: { covered: string[]; extra: string[]; share: number },
) {
  const snapshot = await snapshotOf(tx, planId, kind, reason, coverage);
  await tx.planAdjustment.create({
    data: { planId, version, reason, snapshot: snapshot as Prisma.InputJsonValue, filedAt: clock.now(), filedById: ctx.user!.id },
  });
  return snapshot;
}

function requireReason(reason: string | null | undefined): string {
  const r = reason?.trim();
  if (!r) throw userError('PLAN.ADJUSTMENT_REASON_REQUIRED', undefined, { field: 'reason' });
  return r;
}

const itemArgsOf = (i: typeof PlanItemInput.$inferInput): PlanItemArgs => i as PlanItemArgs;

// ───────────────────────────── mutations ─────────────────────────────

builder.mutationFields((t) => ({
  createPlan: t.prismaField({
    type: 'Plan',
    description: "新建年度抽查工作计划（每单位每年一个） / Create a unit's annual plan (one per unit and year)",
    authScopes: { writer: true },
    args: {
      unitId: t.arg.id({ required: false, description: "制定单位；默认本单位 / Planning unit; defaults to one's own" }),
      year: t.arg.int({ required: false, description: '年度 / Year' }),
      title: t.arg.string({ required: false, description: '计划名称 / Title' }),
    },
    resolve: async (query, _r, args, ctx) => {
      // G10: each unit plans for itself; the lead unit's administrators may act for any unit.
      const unitId = args.unitId ? String(args.unitId) : ctx.user!.unitId;
      assertUnitWrite(ctx.user, unitId);
      requireFields(args, PLAN_LABELS);
      const year = args.year!;
      if (!Number.isInteger(year) || year < 2000 || year > 2100) throw userError('VALIDATION.INVALID', `年度：${year}`, { field: 'year' });
      return ctx.prisma.$transaction(async (tx) => {
        const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { name: true, retiredAt: true } });
        if (!unit || unit.retiredAt) throw userError('VALIDATION.INVALID', '制定单位不存在或已停用', { field: 'unitId' });
        const existing = await tx.plan.findUnique({ where: { unitId_year: { unitId, year } }, select: { id: true } });
        if (existing) throw userError('PLAN.DUPLICATE', `${unit.name} ${year} 年`, { field: 'year', planId: existing.id });
        // Rule 6 / G10: a unit with nothing in its remit is told so instead of getting a plan it can never file.
        const remit = await tx.checkItem.findMany({ where: { remitUnits: { some: { id: unitId } }, retiredAt: null }, select: { id: true } });
        const may = checkPlanCreation({ unitId, checklist: remit.map((i) => ({ id: i.id, unitId })) });
        if (!may.ok) throw userError(may.code, undefined, { field: 'unitId' });
        const created = await tx.plan.create({ data: { unitId, year, title: args.title!.trim() } });
        await audit(tx, ctx, { action: 'createPlan', entity: 'Plan', entityId: created.id, unitId, after: created });
        return tx.plan.findUniqueOrThrow({ ...query, where: { id: created.id } });
      });
    },
  }),
  updatePlan: t.prismaField({
    type: 'Plan',
    description: '修改计划名称、备案机关（未备案时） / Change the title or filing authority of a draft plan',
    authScopes: { writer: true },
    args: {
      id: t.arg.id({ required: true }),
      title: t.arg.string({ required: false, description: '计划名称 / Title' }),
      filedWith: t.arg.string({ required: false, description: '备案机关 / Filed with' }),
    },
    resolve: async (query, _r, args, ctx) => {
      refuseBlanking(args, { title: '计划名称' });
      const id = String(args.id);
      return ctx.prisma.$transaction(async (tx) => {
        const { items: _items, ...before } = await planForWrite(tx, ctx, id);
        allowed(planTransition(before.status, 'EDIT'));
        const after = await tx.plan.update({
          where: { id },
          data: {
            ...(args.title ? { title: args.title.trim() } : {}),
            ...(args.filedWith !== undefined ? { filedWith: args.filedWith?.trim() || null } : {}),
          },
        });
        await audit(tx, ctx, { action: 'updatePlan', entity: 'Plan', entityId: id, unitId: before.unitId, before, after });
        return tx.plan.findUniqueOrThrow({ ...query, where: { id } });
      });
    },
  }),
  deletePlan: t.prismaField({
    type: 'Plan',
    description: '删除从未备案的草稿计划（连同其事项） / Delete a draft plan that was never filed, with its lines',
    authScopes: { writer: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _r, args, ctx) => {
      const id = String(args.id);
      return ctx.prisma.$transaction(async (tx) => {
        const before = await planForWrite(tx, ctx, id);
        // Rule 7: a filed plan is history; only a never-filed draft may go.
        const recordedVersions = await tx.planAdjustment.count({ where: { planId: id } });
        const hasTasks = (await tx.task.findFirst({ where: { planId: id }, select: { id: true } })) !== null;
        allowed(planDeletion({ status: before.status, version: before.version, recordedVersions, hasTasks }));
        const shown = await tx.plan.findUniqueOrThrow({ ...query, where: { id } });
        await tx.planItem.deleteMany({ where: { planId: id } });
        await tx.plan.delete({ where: { id } });
        await audit(tx, ctx, { action: 'deletePlan', entity: 'Plan', entityId: id, unitId: before.unitId, before });
        return shown;
      });
    },
  }),
  filePlan: t.prismaField({
    type: 'Plan',
    description: '计划备案（报上一级部门；须覆盖职责范围内全部事项） / File the plan with the level above; refused while any remit item is missing (rule 6)',
    authScopes: { writer: true },
    args: {
      id: t.arg.id({ required: true }),
      filedWith: t.arg.string({ required: false, description: "备案机关（上一级部门）；可沿用计划中已填写的 / Filed with; defaults to the plan's" }),
    },
    resolve: async (query, _r, args, ctx) => {
      const id = String(args.id);
      return ctx.prisma.$transaction(async (tx) => {
        const before = await planForWrite(tx, ctx, id);
        const filing = planTransition(before.status, 'FILE');
        allowed(filing);
        const filedWith = args.filedWith?.trim() || before.filedWith?.trim();
        if (!filedWith) throw userError('VALIDATION.REQUIRED', '备案机关', { field: 'filedWith' });
        // The lines were checked when entered; the checklist or the cap may have changed since.
        const lines = before.items.map((i, index) => ({ values: valuesOf(i), at: { index } }));
        for (const l of lines) normalizeItem(l.values as PlanItemArgs, before.year, l.at);
        await checkAgainstChecklist(tx, lines);
        const c = await coverageInTx(tx, before.unitId, before.items);
        assertMayFile(c, before.items.length);
        const now = clock.now();
        const after = await tx.plan.update({ where: { id }, data: { status: filing.to, version: 1, filedAt: now, filedById: ctx.user!.id, filedWith } });
        const snapshot = await recordVersion(tx, ctx, id, 1, 'INITIAL', '初次备案', c.coverage);
        await publishPlanVersion(tx, ctx, id);
        await audit(tx, ctx, { action: 'filePlan', entity: 'Plan', entityId: id, unitId: before.unitId, before, after: { ...after, snapshot } });
        return tx.plan.findUniqueOrThrow({ ...query, where: { id } });
      });
    },
  }),
  adjustPlan: t.prismaField({
    type: 'Plan',
    description:
      '计划调整：以给定事项替换已备案计划的全部事项，重新校验覆盖和各项规则，并作为新版本备案（保留历次版本） / Adjust a filed plan: replace its lines, re-check coverage and every rule, file a new version (rule 7)',
    authScopes: { writer: true },
    args: {
      id: t.arg.id({ required: true }),
      reason: t.arg.string({ required: false, description: '调整理由（必填） / Reason (required)' }),
      items: t.arg({
        type: [PlanItemInput],
        required: true,
        description:
          '调整后的全部事项；保留的事项带原编号，未列出的事项将被移除 / All lines after the adjustment; kept lines carry their id, lines left out are removed',
      }),
    },
    resolve: async (query, _r, args, ctx) => {
      const id = String(args.id);
      return ctx.prisma.$transaction(async (tx) => {
        const before = await planForWrite(tx, ctx, id);
        allowed(planTransition(before.status, 'ADJUST'));
        const reason = requireReason(args.reason);
        const existing = new Map(before.items.map((i) => [i.id, i]));
        const lines = args.items.map((raw, index) => {
          const keepId = raw.id ? String(raw.id) : null;
          if (keepId && !existing.has(keepId)) throw userError('VALIDATION.INVALID', `第 ${index + 1} 项：计划事项不属于本计划`, { field: 'id', index });
          return { keepId, values: normalizeItem(itemArgsOf(raw), before.year, { index }), at: { index } };
        });
        const kept = new Set(lines.map((l) => l.keepId).filter((x): x is string => !!x));
        if (kept.size !== lines.filter((l) => l.keepId).length) throw userError('VALIDATION.INVALID', '同一计划事项不能列出两次', { field: 'items' });
        const names = await checkAgainstChecklist(tx, lines);
        checkNoDuplicates(lines, names);
        const c = await coverageInTx(
          tx,
          before.unitId,
          lines.map((l) => l.values),
        );
        assertMayFile(c, lines.length);

        // A line a task already runs may stay and change, but not vanish or turn into another item.
        const removed = before.items.filter((i) => !kept.has(i.id)).map((i) => i.id);
        const repointed = lines.filter((l) => l.keepId && existing.get(l.keepId)!.checkItemId !== l.values.checkItemId).map((l) => l.keepId!);
        await assertLinesUnused(tx, [...removed, ...repointed]);
        if (removed.length) await tx.planItem.deleteMany({ where: { id: { in: removed } } });
        for (const l of lines) {
          if (l.keepId)
            await tx.planItem.update({ where: { id: l.keepId }, data: { ...itemData(l.values), areaWeights: l.values.areaWeights ?? Prisma.DbNull } });
          else await tx.planItem.create({ data: { planId: id, ...itemData(l.values) } });
        }
        const version = before.version + 1;
        await tx.plan.update({ where: { id }, data: { version } });
        const snapshot = await recordVersion(tx, ctx, id, version, 'ADJUSTMENT', reason, c.coverage);
        await publishPlanVersion(tx, ctx, id);
        await audit(tx, ctx, { action: 'adjustPlan', entity: 'Plan', entityId: id, unitId: before.unitId, before, after: snapshot });
        return tx.plan.findUniqueOrThrow({ ...query, where: { id } });
      });
    },
  }),
  addTemporaryCheck: t.prismaField({
    type: 'Plan',
    description: '临时抽查：在已备案计划中增加一项临时抽查，并作为新版本备案 / Add a temporary check to a filed plan, filed as a new version (rule 10)',
    authScopes: { writer: true },
    args: {
      planId: t.arg.id({ required: true, description: '所属计划 / Plan' }),
      reason: t.arg.string({ required: false, description: '开展临时抽查的理由（必填） / Why the temporary check is made (required)' }),
      item: t.arg({ type: PlanItemInput, required: true, description: '临时抽查事项 / The temporary line' }),
    },
    resolve: async (query, _r, args, ctx) => {
      const id = String(args.planId);
      return ctx.prisma.$transaction(async (tx) => {
        const before = await planForWrite(tx, ctx, id);
        allowed(planTransition(before.status, 'ADD_TEMPORARY_CHECK'));
        const reason = requireReason(args.reason);
        if (args.item.id) throw userError('VALIDATION.INVALID', '临时抽查是新增事项，不能指定已有计划事项', { field: 'id' });
        // P3, G13: a temporary check follows the plan's procedure and is recorded; it never replaces a line.
        const values: PlanItemValues = { ...normalizeItem({ ...itemArgsOf(args.item), temporary: true }, before.year), temporary: true };
        await checkAgainstChecklist(tx, [{ values, at: {} }]);
        const created = await tx.planItem.create({ data: { planId: id, ...itemData(values) } });
        const version = before.version + 1;
        await tx.plan.update({ where: { id }, data: { version } });
        const c = await coverageInTx(tx, before.unitId, [...before.items, created]);
        const snapshot = await recordVersion(tx, ctx, id, version, 'TEMPORARY_CHECK', reason, c.coverage);
        await publishPlanVersion(tx, ctx, id);
        await audit(tx, ctx, { action: 'addTemporaryCheck', entity: 'Plan', entityId: id, unitId: before.unitId, before, after: snapshot });
        return tx.plan.findUniqueOrThrow({ ...query, where: { id } });
      });
    },
  }),
}));
