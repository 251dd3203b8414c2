import type { Prisma } from '@ssj/db/client';
import { overdueResults } from '@ssj/domain';
import { builder, DateScalar } from '../../builder.ts';
import { clock } from '../../clock.ts';
import type { Context } from '../../context.ts';
import { keywordWhere, listQueries } from '../../listing.ts';
import { figureResultIds, periodOf } from '../../assessment/figures.ts';
import { ResultStatusEnum, ResultOutcomeEnum } from './resultEnums.ts';
import { responsibleWhere } from './responsible.ts';
import { statusWhere } from '../../statusWhere.ts';
import { toDateColumn } from '../../dateColumn.ts';

// ——— lists ————————————————————————————————————————————————————————————————————————————————

const FigureKindEnum = builder.enumType('AssessmentFigureKind', {
  description: '可下钻的考核指标 / An assessment figure whose records can be listed',
  values: {
    TARGETS_DRAWN: { description: '抽中的检查对象 / Targets drawn' },
    TARGETS_COMPLETED: { description: '已完成的检查对象 / Targets completed' },
    TARGETS_PENDING: { description: '未完成的检查对象 / Targets not completed' },
    TARGETS_DONE: { description: '按期公示的检查对象（完成） / Targets done: published on time' },
    TARGETS_LATE: { description: '逾期公示的检查对象 / Targets published late' },
    TARGETS_MISSING: { description: '逾期未公示的检查对象 / Targets missing past due' },
    ENTRY_ON_TIME: { description: '按期公示 / Published on time' },
    ENTRY_LATE: { description: '逾期公示 / Published late' },
    ENTRY_MISSING: { description: '逾期未公示 / Missing past due' },
    ENTRY_PENDING: { description: '未到期未公示 / Not yet due' },
    VIOLATIONS_FOUND: { description: '发现的违法违规行为 / Violations found' },
    VIOLATIONS_HANDED_OVER: { description: '已移交 / Handed over' },
    VIOLATIONS_CLOSED: { description: '已办结 / Closed' },
    VIOLATIONS_NOT_HANDED_OVER: { description: '未移交 / Not handed over' },
  } as const,
});

const FigureFilter = builder.inputType('AssessmentFigureFilter', {
  description: '考核指标下钻条件（与 assessment 查询口径一致） / Drill-down: the records counted by one figure, as the assessment query counts them',
  fields: (t) => ({
    kind: t.field({ type: FigureKindEnum, required: true, description: '指标 / Figure' }),
    year: t.int({ required: true, description: '年度 / Year' }),
    quarter: t.int({ required: false, description: '季度 / Quarter' }),
    month: t.int({ required: false, description: '月份 / Month' }),
    unitId: t.id({ required: false, description: '单位（为空为全局） / Unit; empty = the whole bureau' }),
  }),
});

const ResultFilter = builder.inputType('ResultFilter', {
  description: '检查结果筛选 / Result filter',
  fields: (t) => ({
    ids: t.idList({ required: false, description: '编号列表 / Ids' }),
    q: t.string({ required: false, description: '关键词：检查对象名称、统一社会信用代码 / Keyword: target name or credit code' }),
    taskId: t.id({ required: false, description: '抽查任务 / Task' }),
    status: t.field({ type: ResultStatusEnum, required: false, description: '状态 / Status' }),
    statuses: t.field({ type: [ResultStatusEnum], required: false, description: '状态之一 / Any of these statuses' }),
    unitId: t.id({ required: false, description: '负责单位（执行单位或移交后的单位） / Responsible unit' }),
    outcome: t.field({ type: ResultOutcomeEnum, required: false, description: '检查结果 / Outcome' }),
    overdue: t.boolean({ required: false, description: '已过截止日仍未公示 / Past the due date and not published' }),
    dueBefore: t.field({ type: DateScalar, required: false, description: '截止日不晚于 / Due on or before' }),
    year: t.int({ required: false, description: '计划年度 / Plan year' }),
    figure: t.field({
      type: FigureFilter,
      required: false,
      description: '考核指标背后的记录（图表下钻） / The records behind an assessment figure (chart drill-down)',
    }),
  }),
});

function resultWhere(f: typeof ResultFilter.$inferInput | null | undefined): Prisma.ResultWhereInput {
  const and: Prisma.ResultWhereInput[] = keywordWhere<Prisma.TargetWhereInput>(f?.q, ['name', 'creditCode']).map((w) => ({ taskTarget: { target: w } }));
  if (f?.unitId) and.push({ taskTarget: responsibleWhere(String(f.unitId)) });
  if (f?.overdue) and.push(statusWhere<Prisma.ResultWhereInput>(overdueResults(clock.today())));
  return {
    ...(f?.ids ? { id: { in: f.ids.map(String) } } : {}),
    ...(f?.taskId ? { taskTarget: { taskId: String(f.taskId) } } : {}),
    ...(f?.status ? { status: f.status } : f?.statuses ? { status: { in: f.statuses } } : {}),
    ...(f?.outcome ? { outcome: f.outcome } : {}),
    ...(f?.dueBefore ? { dueOn: { lte: toDateColumn(f.dueBefore) } } : {}),
    ...(typeof f?.year === 'number' ? { taskTarget: { ...(f?.taskId ? { taskId: String(f.taskId) } : {}), task: { plan: { year: f.year } } } } : {}),
    AND: and,
  };
}

/** The drill-down condition is the assessment's own SQL (assessment/figures.ts): its ids join the filter. */
async function resultWhereWithFigure(f: typeof ResultFilter.$inferInput | null | undefined, ctx: Context): Promise<Prisma.ResultWhereInput> {
  const where = resultWhere(f);
  const fig = f?.figure;
  if (!fig) return where;
  const ids = await figureResultIds(ctx.prisma, fig.kind, periodOf(fig.year, fig.quarter, fig.month), clock.today(), fig.unitId ? String(fig.unitId) : null);
  return { AND: [where, { id: { in: ids } }] };
}

const sortable = {
  dueOn: (dir: 'asc' | 'desc') => ({ dueOn: { sort: dir, nulls: 'last' as const } }),
  status: (dir: 'asc' | 'desc') => ({ status: dir }),
  outcome: (dir: 'asc' | 'desc') => ({ outcome: { sort: dir, nulls: 'last' as const } }),
  inspectedOn: (dir: 'asc' | 'desc') => ({ inspectedOn: { sort: dir, nulls: 'last' as const } }),
  publishedAt: (dir: 'asc' | 'desc') => ({ publishedAt: { sort: dir, nulls: 'last' as const } }),
  updatedAt: (dir: 'asc' | 'desc') => ({ updatedAt: dir }),
  createdAt: (dir: 'asc' | 'desc') => ({ createdAt: dir }),
} satisfies Record<string, (d: 'asc' | 'desc') => Prisma.ResultOrderByWithRelationInput>;

builder.queryFields((t) =>
  listQueries(t, {
    model: 'Result',
    plural: 'Results',
    label: ['检查结果', 'result'],
    filter: ResultFilter,
    where: resultWhereWithFigure,
    sortable,
    fallback: { field: 'dueOn', dir: 'asc' },
  }),
);
