// The public disclosure (一公开, rule 26; G6, G17, G26.4): what citizens see without signing in — filed annual
// plans, task announcements (a task is announced when its draw is locked, G17) and published results with
// their signed corrections beside them (rule 21). The checklist and its adjustment notices are public in
// checkItem.ts; published draws, their receipts and verification in draw.ts.
//
// Why a separate surface of plain object refs rather than the internal prisma objects with relaxed scopes:
// every type here is closed — it has no relation to an internal object (Unit, User, Inspector, Target,
// Evidence, AuditEvent …), so no query path leads from a public field to internal data, and each field is
// chosen here deliberately. Nothing of a task with `isPublic = false` (withheld by law) is served: not the
// task, not its draws, not its results. Results that are not PUBLISHED, corrections not signed, evidence,
// findings and remarks (they can name witnesses and people present), inspectors and teams are never served.
import type { Prisma } from '@ssj/db/client';
import {
  CHECK_METHOD,
  drawIsPublic,
  FOLLOW_UP_ACTION,
  PLAN_ADJUSTMENT_KIND,
  PUBLIC_PLANS,
  PUBLISHED_DRAWS,
  PUBLISHED_RESULTS,
  RESULT_OUTCOME,
} from '@ssj/domain';
import { builder, DateScalar } from '../builder.ts';
import type { Context } from '../context.ts';
import { keywordWhere, ListMetadata, pageArgs, paging } from '../listing.ts';
import { statusWhere } from '../statusWhere.ts';
import { publicDrawSelect, PublicDrawRef } from './draw.ts';
import { CheckCategoryEnum, CheckMethodEnum } from './enums.ts';
import { FollowUpActionEnum, ResultOutcomeEnum } from './result.ts';
import { TaskStatusEnum } from './task.ts';

// ——— words for the codes (the page and third parties read the same Chinese) ———————————————————————

const OUTCOME_TEXT: Readonly<Record<string, string>> = RESULT_OUTCOME.zh;
const FOLLOW_UP_TEXT: Readonly<Record<string, string>> = FOLLOW_UP_ACTION.zh;
const METHOD_TEXT: Readonly<Record<string, string>> = CHECK_METHOD.zh;

// ——— what may be published, as Prisma conditions (one place) ——————————————————————————————

/** A task's announcement is public once its draw is locked (G17), unless the task is withheld (rule 26). */
export const ANNOUNCED_TASK: Prisma.TaskWhereInput = { isPublic: true, announcedAt: { not: null } };

/** A result is public when published (the domain's PUBLISHED_RESULTS), of a public task. */
export const PUBLISHED_RESULT: Prisma.ResultWhereInput = {
  ...statusWhere<Prisma.ResultWhereInput>(PUBLISHED_RESULTS),
  taskTarget: { task: { isPublic: true } },
};

/** Only corrections signed by the principal are published (rule 21). */
export const SIGNED_CORRECTION: Prisma.CorrectionWhereInput = { signedAt: { not: null } };

// ——— check items (a closed copy of the public checklist fields) ——————————————————————————————

const checkItemSelect = { id: true, code: true, name: true, category: true, objectType: true, legalBasis: true } satisfies Prisma.CheckItemSelect;
type CheckItemRow = Prisma.CheckItemGetPayload<{ select: typeof checkItemSelect }>;

const PublicCheckItemRef = builder.objectRef<CheckItemRow>('PublicCheckItem').implement({
  description: '公开的抽查事项（简要） / A checklist item, in brief (public)',
  fields: (t) => ({
    id: t.exposeID('id', { description: '编号 / Id' }),
    code: t.exposeString('code', { description: '事项编码 / Code' }),
    name: t.exposeString('name', { description: '抽查事项 / Item' }),
    category: t.field({ type: CheckCategoryEnum, description: '事项类别 / Category', resolve: (i) => i.category }),
    objectType: t.exposeString('objectType', { description: '检查对象 / Object type' }),
    legalBasis: t.exposeString('legalBasis', { description: '检查依据 / Legal basis' }),
  }),
});

// ——— annual plans (filed only) ———————————————————————————————————————————————————

const planSelect = {
  id: true,
  year: true,
  title: true,
  version: true,
  filedAt: true,
  filedWith: true,
  unit: { select: { name: true } },
  items: {
    orderBy: [{ temporary: 'asc' }, { checkItem: { code: 'asc' } }, { id: 'asc' }],
    select: {
      id: true,
      scope: true,
      windowFrom: true,
      windowTo: true,
      estimatedCount: true,
      ratio: true,
      temporary: true,
      checkItem: { select: checkItemSelect },
    },
  },
  adjustments: { orderBy: { version: 'desc' }, select: { id: true, version: true, reason: true, filedAt: true, snapshot: true } },
} satisfies Prisma.PlanSelect;
type PlanRow = Prisma.PlanGetPayload<{ select: typeof planSelect }>;
type PlanItemRow = PlanRow['items'][number];
type PlanAdjustmentRow = PlanRow['adjustments'][number];

const ADJUSTMENT_KIND_TEXT: Readonly<Record<string, string>> = PLAN_ADJUSTMENT_KIND.zh;

const PublicPlanItemRef = builder.objectRef<PlanItemRow>('PublicPlanItem').implement({
  description: '公开的年度计划事项 / A line of a filed annual plan (public)',
  fields: (t) => ({
    id: t.exposeID('id', { description: '编号 / Id' }),
    checkItem: t.field({ type: PublicCheckItemRef, description: '抽查事项 / Checklist item', resolve: (i) => i.checkItem }),
    scope: t.exposeString('scope', { description: '抽查范围 / Scope' }),
    windowFrom: t.field({ type: DateScalar, description: '计划开始日期 / Window start', resolve: (i) => i.windowFrom }),
    windowTo: t.field({ type: DateScalar, description: '计划结束日期 / Window end', resolve: (i) => i.windowTo }),
    estimatedCount: t.exposeInt('estimatedCount', { description: '预计抽查数量 / Estimated number of targets' }),
    ratio: t.float({ description: '抽查比例 / Sampling ratio', resolve: (i) => Number(i.ratio) }),
    temporary: t.exposeBoolean('temporary', { description: '临时抽查 / A temporary check (rule 10)' }),
  }),
});

const PublicPlanAdjustmentRef = builder.objectRef<PlanAdjustmentRow>('PublicPlanAdjustment').implement({
  description: '年度计划的一个备案版本（初次备案、调整或临时抽查） / One filed version of a plan (public)',
  fields: (t) => ({
    id: t.exposeID('id', { description: '编号 / Id' }),
    version: t.exposeInt('version', { description: '版本 / Version' }),
    kind: t.string({
      description: '备案类型：初次备案、计划调整、临时抽查 / Kind, in words: first filing, adjustment, temporary check',
      resolve: (a) => ADJUSTMENT_KIND_TEXT[(a.snapshot as { kind?: string } | null)?.kind ?? (a.version === 1 ? 'INITIAL' : 'ADJUSTMENT')] ?? '计划调整',
    }),
    reason: t.exposeString('reason', { description: '调整说明 / Reason' }),
    filedAt: t.field({ type: 'DateTime', description: '备案时间 / Filed at', resolve: (a) => a.filedAt }),
  }),
});

const PublicPlanRef = builder.objectRef<PlanRow>('PublicPlan').implement({
  description: '公开的年度抽查工作计划（已备案） / A filed annual sampling plan (public, G6)',
  fields: (t) => ({
    id: t.exposeID('id', { description: '编号 / Id' }),
    year: t.exposeInt('year', { description: '年度 / Year' }),
    title: t.exposeString('title', { description: '计划名称 / Title' }),
    unitName: t.string({ description: '制定单位 / Planning unit', resolve: (p) => p.unit.name }),
    version: t.exposeInt('version', { description: '备案版本 / Filed version' }),
    filedAt: t.field({ type: 'DateTime', nullable: true, description: '初次备案时间 / First filed at', resolve: (p) => p.filedAt }),
    filedWith: t.exposeString('filedWith', { nullable: true, description: '备案机关 / Filed with' }),
    items: t.field({ type: [PublicPlanItemRef], description: '计划事项 / Plan lines', resolve: (p) => p.items }),
    adjustments: t.field({
      type: [PublicPlanAdjustmentRef],
      description: '历次备案版本（最新在前） / Filed versions, newest first',
      resolve: (p) => p.adjustments,
    }),
  }),
});

// ——— task announcements (G17) ———————————————————————————————————————————————————

const taskSelect = {
  id: true,
  code: true,
  name: true,
  status: true,
  windowFrom: true,
  windowTo: true,
  temporary: true,
  campaignOrdered: true,
  campaignBasis: true,
  announcedAt: true,
  completedOn: true,
  plan: { select: { year: true, title: true } },
  ownerUnit: { select: { name: true } },
  executingUnit: { select: { name: true } },
  checkItems: { orderBy: { checkItemId: 'asc' }, select: { checkItem: { select: checkItemSelect } } },
  _count: { select: { targets: true } },
} satisfies Prisma.TaskSelect;
type TaskRow = Prisma.TaskGetPayload<{ select: typeof taskSelect }> & { batch: TaskBatch };
type PublicDrawRow = Prisma.DrawGetPayload<{ select: typeof publicDrawSelect }> & { taskId: string };

/**
 * The lists under the tasks of one answer (drawn targets, published draws, published-result counts), each loaded
 * for all of its tasks in one SQL statement when first asked for: a page of announcements is a fixed number of
 * statements, whatever fields an anonymous caller asks for.
 */
class TaskBatch {
  private cache = new Map<string, Promise<Map<string, unknown>>>();
  constructor(private readonly ids: string[]) {}

  private load<T>(key: string, fn: (ids: string[]) => Promise<Map<string, T>>, id: string, empty: T): Promise<T> {
    if (!this.cache.has(key)) this.cache.set(key, fn(this.ids) as Promise<Map<string, unknown>>);
    return this.cache.get(key)!.then((m) => (m.get(id) as T | undefined) ?? empty);
  }

  targets(ctx: Context, id: string) {
    return this.load(
      'targets',
      async (ids) => {
        const rows = await ctx.prisma.taskTarget.findMany({
          where: { taskId: { in: ids } },
          select: { taskId: true, target: { select: { name: true, creditCode: true } } },
          orderBy: [{ target: { name: 'asc' } }, { id: 'asc' }],
        });
        return groupBy(
          rows,
          (r) => r.taskId,
          (r) => r.target,
        );
      },
      id,
      [] as TargetRow[],
    );
  }

  draws(ctx: Context, id: string) {
    return this.load(
      'draws',
      async (ids) => {
        const rows = await ctx.prisma.draw.findMany({
          where: { taskId: { in: ids }, kind: 'TARGETS', ...statusWhere<Prisma.DrawWhereInput>(PUBLISHED_DRAWS) },
          select: { ...publicDrawSelect, taskId: true },
          orderBy: [{ sequence: 'desc' }, { id: 'asc' }],
        });
        return groupBy(
          rows.filter(drawIsPublic),
          (r) => r.taskId,
          (r) => r,
        );
      },
      id,
      [] as PublicDrawRow[],
    );
  }

  publishedResultCount(ctx: Context, id: string) {
    return this.load(
      'published',
      async (ids) => {
        const rows = await ctx.prisma.taskTarget.groupBy({
          by: ['taskId'],
          where: { taskId: { in: ids }, result: statusWhere<Prisma.ResultWhereInput>(PUBLISHED_RESULTS), task: { isPublic: true } },
          _count: { _all: true },
        });
        return new Map(rows.map((r) => [r.taskId, r._count._all]));
      },
      id,
      0,
    );
  }
}

function groupBy<R, V>(rows: R[], key: (r: R) => string, value: (r: R) => V): Map<string, V[]> {
  const m = new Map<string, V[]>();
  for (const r of rows) {
    const k = key(r);
    if (!m.has(k)) m.set(k, []);
    m.get(k)!.push(value(r));
  }
  return m;
}

const withBatch = (rows: Prisma.TaskGetPayload<{ select: typeof taskSelect }>[]): TaskRow[] => {
  const batch = new TaskBatch(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, batch }));
};

type TargetRow = { name: string; creditCode: string };
const PublicTaskTargetRef = builder.objectRef<TargetRow>('PublicTaskTarget').implement({
  description: '任务公告中的抽中检查对象（名称和统一社会信用代码） / A drawn target of an announced task: name and credit code only',
  fields: (t) => ({
    name: t.exposeString('name', { description: '检查对象名称 / Name' }),
    creditCode: t.exposeString('creditCode', { description: '统一社会信用代码 / Unified social credit code' }),
  }),
});

const PublicTaskRef = builder.objectRef<TaskRow>('PublicTask').implement({
  description: '抽查任务公告（名单锁定下发时发布） / A task announcement, published when its draw is locked (G17)',
  fields: (t) => ({
    id: t.exposeID('id', { description: '编号 / Id' }),
    code: t.exposeString('code', { description: '任务编号 / Task code' }),
    name: t.exposeString('name', { description: '任务名称 / Name' }),
    year: t.int({ description: '计划年度 / Plan year', resolve: (task) => task.plan.year }),
    planTitle: t.string({ description: '所属年度抽查工作计划 / The plan it runs', resolve: (task) => task.plan.title }),
    ownerUnitName: t.string({ description: '任务设置单位 / Unit that set up the task', resolve: (task) => task.ownerUnit.name }),
    executingUnitName: t.string({ description: '任务执行单位 / Executing unit', resolve: (task) => task.executingUnit.name }),
    windowFrom: t.field({ type: DateScalar, description: '执行开始日期 / Window start', resolve: (task) => task.windowFrom }),
    windowTo: t.field({ type: DateScalar, description: '执行结束日期 / Window end', resolve: (task) => task.windowTo }),
    status: t.field({ type: TaskStatusEnum, description: '状态 / Status', resolve: (task) => task.status }),
    temporary: t.exposeBoolean('temporary', { description: '临时性抽查 / A temporary check (rule 10)' }),
    campaignOrdered: t.exposeBoolean('campaignOrdered', {
      description: '专项行动或上级部门部署的定向检查 / Ordered by a special campaign or higher authority',
    }),
    campaignBasis: t.exposeString('campaignBasis', { nullable: true, description: "部署依据 / The order's reference" }),
    announcedAt: t.field({ type: 'DateTime', description: '公告发布时间 / Announced at', resolve: (task) => task.announcedAt! }),
    completedOn: t.field({ type: DateScalar, nullable: true, description: '完成日期 / Completed on', resolve: (task) => task.completedOn }),
    checkItems: t.field({ type: [PublicCheckItemRef], description: '抽查事项 / Checklist items', resolve: (task) => task.checkItems.map((c) => c.checkItem) }),
    targetCount: t.int({ description: '抽中检查对象数 / Number of targets drawn', resolve: (task) => task._count.targets }),
    targets: t.field({
      type: [PublicTaskTargetRef],
      description: '抽中的检查对象（按名称） / The targets drawn, by name',
      resolve: (task, _a, ctx) => task.batch.targets(ctx, task.id),
    }),
    draws: t.field({
      type: [PublicDrawRef],
      description:
        '已锁定的摇号及被有理由的重新摇号取代的摇号（最新在前），可下载回执并复核 / The locked draw and any superseded ones, newest first: receipt and verification (rule 17)',
      resolve: (task, _a, ctx) => task.batch.draws(ctx, task.id),
    }),
    publishedResultCount: t.int({
      description: '已公示的检查结果数 / Number of published results',
      resolve: (task, _a, ctx) => task.batch.publishedResultCount(ctx, task.id),
    }),
  }),
});

// ——— published results and their signed corrections (rules 21, 26) ——————————————————————————

const correctionSelect = { id: true, reason: true, changes: true, signedAt: true, publishedAt: true } satisfies Prisma.CorrectionSelect;
type CorrectionRow = Prisma.CorrectionGetPayload<{ select: typeof correctionSelect }>;
type CorrectionChanges = { outcome?: string; followUpAction?: string };
const changesOf = (c: CorrectionRow) => (c.changes ?? {}) as CorrectionChanges;

const PublicCorrectionRef = builder.objectRef<CorrectionRow>('PublicCorrection').implement({
  description: '已签批公示的更正（与原结果并列显示，原结果不变） / A signed, published correction, shown beside the unchanged original (rule 21)',
  fields: (t) => ({
    id: t.exposeID('id', { description: '编号 / Id' }),
    reason: t.exposeString('reason', { description: '更正理由 / Why it was corrected' }),
    outcome: t.field({
      type: ResultOutcomeEnum,
      nullable: true,
      description: '更正后的检查结果（未更正则为空） / Corrected outcome; null if unchanged',
      resolve: (c) => (changesOf(c).outcome as never) ?? null,
    }),
    outcomeText: t.string({
      nullable: true,
      description: '更正后的检查结果（文字） / Corrected outcome, in words',
      resolve: (c) => OUTCOME_TEXT[changesOf(c).outcome ?? ''] ?? null,
    }),
    followUpAction: t.field({
      type: FollowUpActionEnum,
      nullable: true,
      description: '更正后的后续处置（未更正则为空） / Corrected follow-up action; null if unchanged',
      resolve: (c) => (changesOf(c).followUpAction as never) ?? null,
    }),
    followUpActionText: t.string({
      nullable: true,
      description: '更正后的后续处置（文字） / Corrected follow-up action, in words',
      resolve: (c) => FOLLOW_UP_TEXT[changesOf(c).followUpAction ?? ''] ?? null,
    }),
    signedAt: t.field({ type: 'DateTime', description: '负责人签批时间 / Signed by the principal at', resolve: (c) => c.signedAt! }),
    publishedAt: t.field({ type: 'DateTime', nullable: true, description: '公示时间 / Published at', resolve: (c) => c.publishedAt }),
  }),
});

const resultSelect = {
  id: true,
  method: true,
  inspectedOn: true,
  outcome: true,
  followUpAction: true,
  publishedAt: true,
  taskTarget: {
    select: {
      status: true,
      transferredToUnit: { select: { name: true } },
      target: { select: { name: true, creditCode: true } },
      task: {
        select: {
          id: true,
          code: true,
          name: true,
          isPublic: true,
          executingUnit: { select: { name: true } },
          checkItems: { orderBy: { checkItemId: 'asc' }, select: { checkItem: { select: checkItemSelect } } },
        },
      },
    },
  },
  corrections: { where: SIGNED_CORRECTION, orderBy: [{ signedAt: 'asc' }, { id: 'asc' }], select: correctionSelect },
} satisfies Prisma.ResultSelect;
type ResultRow = Prisma.ResultGetPayload<{ select: typeof resultSelect }>;

const PublicResultRef = builder.objectRef<ResultRow>('PublicResult').implement({
  description: '公示的检查结果（更正并列显示） / A published inspection result, with its signed corrections beside it (rules 21, 26)',
  fields: (t) => ({
    id: t.exposeID('id', { description: '编号 / Id' }),
    taskId: t.id({ description: '抽查任务 / Task', resolve: (r) => r.taskTarget.task.id }),
    taskCode: t.string({ description: '任务编号 / Task code', resolve: (r) => r.taskTarget.task.code }),
    taskName: t.string({ description: '任务名称 / Task name', resolve: (r) => r.taskTarget.task.name }),
    targetName: t.string({ description: '检查对象名称 / Target name', resolve: (r) => r.taskTarget.target.name }),
    creditCode: t.string({ description: '统一社会信用代码 / Unified social credit code', resolve: (r) => r.taskTarget.target.creditCode }),
    unitName: t.string({
      description: '检查单位（任务执行单位；迁移移交后为新住所地单位） / Inspecting unit: the executing unit, or the unit a moved target was transferred to',
      // Rule 23: a transferred target's result stays the receiving unit's, also once closed there.
      resolve: (r) => (r.taskTarget.transferredToUnit ? r.taskTarget.transferredToUnit.name : r.taskTarget.task.executingUnit.name),
    }),
    checkItems: t.field({
      type: [PublicCheckItemRef],
      description: '抽查事项 / Checklist items',
      resolve: (r) => r.taskTarget.task.checkItems.map((c) => c.checkItem),
    }),
    method: t.field({ type: CheckMethodEnum, nullable: true, description: '检查方式 / Method', resolve: (r) => r.method }),
    methodText: t.string({
      nullable: true,
      description: '检查方式（文字） / Method, in words',
      resolve: (r) => (r.method ? (METHOD_TEXT[r.method] ?? null) : null),
    }),
    inspectedOn: t.field({ type: DateScalar, nullable: true, description: '检查日期 / Inspected on', resolve: (r) => r.inspectedOn }),
    outcome: t.field({
      type: ResultOutcomeEnum,
      nullable: true,
      description: '检查结果（原公示） / Outcome, as originally published',
      resolve: (r) => r.outcome,
    }),
    outcomeText: t.string({
      nullable: true,
      description: '检查结果（文字） / Outcome, in words',
      resolve: (r) => (r.outcome ? (OUTCOME_TEXT[r.outcome] ?? null) : null),
    }),
    followUpAction: t.field({ type: FollowUpActionEnum, description: '后续处置 / Follow-up action', resolve: (r) => r.followUpAction }),
    followUpActionText: t.string({
      description: '后续处置（文字） / Follow-up action, in words',
      resolve: (r) => FOLLOW_UP_TEXT[r.followUpAction] ?? r.followUpAction,
    }),
    publishedAt: t.field({ type: 'DateTime', description: '公示时间 / Published at', resolve: (r) => r.publishedAt! }),
    corrections: t.field({
      type: [PublicCorrectionRef],
      description: '已签批的更正（最早在前） / Signed corrections, earliest first',
      resolve: (r) => r.corrections,
    }),
  }),
});

// ——— queries ———————————————————————————————————————————————————————————————

function taskWhere(args: { q?: string | null; year?: number | null }): Prisma.TaskWhereInput {
  return {
    ...ANNOUNCED_TASK,
    ...(args.year ? { plan: { year: args.year } } : {}),
    AND: keywordWhere<Prisma.TaskWhereInput>(args.q, ['code', 'name']),
  };
}

/** Search by the target's name (every word) or its credit code (a part of it, case-insensitive). */
function resultWhere(args: { q?: string | null; taskId?: string | number | null; year?: number | null }): Prisma.ResultWhereInput {
  const words = (args.q ?? '').trim().split(/\s+/).filter(Boolean);
  const targetMatch: Prisma.TargetWhereInput[] = words.map((w) => ({
    OR: [{ name: { contains: w, mode: 'insensitive' } }, { creditCode: { contains: w.toUpperCase() } }],
  }));
  return {
    ...PUBLISHED_RESULT,
    taskTarget: {
      task: { isPublic: true, ...(args.year ? { plan: { year: args.year } } : {}) },
      ...(args.taskId ? { taskId: String(args.taskId) } : {}),
      ...(targetMatch.length ? { target: { AND: targetMatch } } : {}),
    },
  };
}

const resultSortable = {
  publishedAt: (dir: 'asc' | 'desc') => ({ publishedAt: dir }),
  inspectedOn: (dir: 'asc' | 'desc') => ({ inspectedOn: dir }),
} satisfies Record<string, (d: 'asc' | 'desc') => Prisma.ResultOrderByWithRelationInput>;
const taskSortable = {
  announcedAt: (dir: 'asc' | 'desc') => ({ announcedAt: dir }),
  code: (dir: 'asc' | 'desc') => ({ code: dir }),
} satisfies Record<string, (d: 'asc' | 'desc') => Prisma.TaskOrderByWithRelationInput>;

const findResults = (ctx: Context, where: Prisma.ResultWhereInput, page: ReturnType<typeof paging<Prisma.ResultOrderByWithRelationInput>>) =>
  ctx.prisma.result.findMany({ where, select: resultSelect, ...page });

builder.queryFields((t) => {
  const yearArg = () => t.arg.int({ required: false, description: '年度 / Year' });
  return {
    publicPlans: t.field({
      type: [PublicPlanRef],
      description: '年度抽查工作计划公示（已备案的计划，公开，无需登录） / Filed annual plans (public, no sign-in)',
      args: { year: yearArg() },
      resolve: (_r, args, ctx) =>
        ctx.prisma.plan.findMany({
          where: { ...statusWhere<Prisma.PlanWhereInput>(PUBLIC_PLANS), ...(args.year ? { year: args.year } : {}) },
          select: planSelect,
          orderBy: [{ year: 'desc' }, { unit: { code: 'asc' } }, { id: 'asc' }],
        }),
    }),
    publicTasks: t.field({
      type: [PublicTaskRef],
      description: '抽查任务公告列表（公开，无需登录；依法不公开的任务除外） / Task announcements (public; withheld tasks excluded)',
      args: { ...pageArgs, q: t.arg.string({ required: false, description: '关键词：任务编号、名称 / Keyword: task code, name' }), year: yearArg() },
      resolve: async (_r, args, ctx) =>
        withBatch(
          await ctx.prisma.task.findMany({
            where: taskWhere(args),
            select: taskSelect,
            ...paging<Prisma.TaskOrderByWithRelationInput>(args, taskSortable, { field: 'announcedAt', dir: 'desc' }, { id: 'asc' }),
          }),
        ),
    }),
    _publicTasksMeta: t.field({
      type: ListMetadata,
      description: '抽查任务公告数量 / Number of task announcements',
      args: { ...pageArgs, q: t.arg.string({ required: false, description: '关键词：任务编号、名称 / Keyword: task code, name' }), year: yearArg() },
      resolve: async (_r, args, ctx) => ({ count: await ctx.prisma.task.count({ where: taskWhere(args) }) }),
    }),
    publicTask: t.field({
      type: PublicTaskRef,
      nullable: true,
      description: '一个抽查任务公告（未公告或依法不公开的任务为空） / One task announcement; null when not announced or withheld',
      args: { id: t.arg.id({ required: true, description: '编号 / Id' }) },
      resolve: async (_r, args, ctx) => {
        const task = await ctx.prisma.task.findFirst({ where: { id: String(args.id), ...ANNOUNCED_TASK }, select: taskSelect });
        return task ? withBatch([task])[0]! : null;
      },
    }),
    publicResults: t.field({
      type: [PublicResultRef],
      description: '检查结果公示（公开，无需登录；按检查对象名称或统一社会信用代码查询） / Published results (public); search by target name or credit code',
      args: {
        ...pageArgs,
        q: t.arg.string({ required: false, description: '检查对象名称或统一社会信用代码 / Target name or credit code' }),
        taskId: t.arg.id({ required: false, description: '抽查任务 / Task' }),
        year: yearArg(),
      },
      resolve: (_r, args, ctx) =>
        findResults(
          ctx,
          resultWhere(args),
          paging<Prisma.ResultOrderByWithRelationInput>(args, resultSortable, { field: 'publishedAt', dir: 'desc' }, { id: 'asc' }),
        ),
    }),
    _publicResultsMeta: t.field({
      type: ListMetadata,
      description: '公示的检查结果数量 / Number of published results',
      args: {
        ...pageArgs,
        q: t.arg.string({ required: false, description: '检查对象名称或统一社会信用代码 / Target name or credit code' }),
        taskId: t.arg.id({ required: false, description: '抽查任务 / Task' }),
        year: yearArg(),
      },
      resolve: async (_r, args, ctx) => ({ count: await ctx.prisma.result.count({ where: resultWhere(args) }) }),
    }),
    publicResult: t.field({
      type: PublicResultRef,
      nullable: true,
      description: '一条公示的检查结果（未公示或依法不公开的为空） / One published result; null when not published or withheld',
      args: { id: t.arg.id({ required: true, description: '编号 / Id' }) },
      resolve: (_r, args, ctx) => ctx.prisma.result.findFirst({ where: { id: String(args.id), ...PUBLISHED_RESULT }, select: resultSelect }),
    }),
  };
});
