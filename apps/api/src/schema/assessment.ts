// Assessment (考核, rule 25): the figures leadership and analysts read, by unit and period, computed by the
// database (assessment/figures.ts). `assessment` answers one period per unit and in total (the bureau's, or with
// `unitIds` that of those units, so a dashboard filtered to a unit shows that unit's figures everywhere) and, for
// the cards' "change against the previous period", the same figures of the period before; `assessmentTrend`
// answers each month of a year for the trend lines.
import { builder, DateScalar } from '../builder.ts';
import { UnitRef } from './unit.ts';
import { CheckItemRef } from './checkItem.ts';
import { TargetLibraryRef } from './targetLibrary.ts';
import { clock } from '../clock.ts';
import { userError } from '../errors.ts';
import { FIGURE_DEFINITIONS, figureDescription, type FigureDefinition } from '@ssj/domain';
import { assessmentFiguresOfPeriods, periodOf, previousPeriod, type Period, type UnitFigures } from '../assessment/figures.ts';

type F = UnitFigures;

const PlanCoverageRef = builder.objectRef<F['planCoverage']>('PlanCoverageFigure').implement({
  description: figureDescription('PLAN_COVERAGE'),
  fields: (t) => ({
    covered: t.exposeInt('covered', { description: '已覆盖事项数 / Items covered' }),
    total: t.exposeInt('total', { description: '职责范围内事项数 / Items in the remit' }),
    share: t.exposeFloat('share', { nullable: true, description: '覆盖率（无职责事项时为空） / Share covered; null when the remit is empty' }),
    missingIds: t.idList({ description: '未覆盖的事项编号 / Ids of the items not covered', resolve: (c) => c.missing }),
    missing: t.field({
      type: [CheckItemRef],
      description: '未覆盖的事项 / Items not covered',
      resolve: (c, _a, ctx) => (c.missing.length === 0 ? [] : ctx.prisma.checkItem.findMany({ where: { id: { in: c.missing } }, orderBy: { code: 'asc' } })),
    }),
  }),
});

const PlanExecutionRef = builder.objectRef<F['planExecution']>('PlanExecutionFigure').implement({
  description: figureDescription('PLAN_EXECUTION'),
  fields: (t) => ({
    lines: t.exposeInt('lines', { description: '实施期在本期结束的计划事项数 / Plan lines whose window ends in the period' }),
    linesWithoutTask: t.exposeInt('linesWithoutTask', { description: '其中未建任务的 / Of which with no task' }),
    planned: t.exposeInt('planned', { description: '计划检查数（预估数之和） / Planned: the sum of the estimated counts' }),
    drawn: t.exposeInt('drawn', { description: '已抽取的检查对象数 / Targets drawn for those lines' }),
    completed: t.exposeInt('completed', { description: '已检查或办结的 / Inspected or closed' }),
    done: t.exposeInt('done', { description: '已按期公示的 / Published on time' }),
    share: t.exposeFloat('share', { nullable: true, description: '执行率：按期公示 ÷ 计划数 / Published on time ÷ planned' }),
  }),
});

const TaskCompletionRef = builder.objectRef<F['taskCompletion']>('TaskCompletionFigure').implement({
  description: `${figureDescription('TASK_COMPLETION')} —— ${figureDescription('TARGET_COMPLETION')}`,
  fields: (t) => ({
    tasks: t.exposeInt('tasks', { description: '任务数 / Tasks' }),
    tasksCompleted: t.exposeInt('tasksCompleted', { description: '已完成任务数 / Tasks completed' }),
    tasksCompletedOnTime: t.exposeInt('tasksCompletedOnTime', { description: '在执行期内完成的任务数 / Tasks completed within their window' }),
    targetsDrawn: t.exposeInt('targetsDrawn', {
      description: '本单位负责的检查对象数（含迁入，不含迁出） / Targets the unit answers for: transferred in included, out excluded',
    }),
    targetsCompleted: t.exposeInt('targetsCompleted', {
      description: '已检查或无法联系、已注销办结（迁入的已录入结果） / Inspected or closed (rule 23); a transferred one once entered',
    }),
    targetsClosed: t.exposeInt('targetsClosed', { description: '其中无法联系、已注销办结的 / Of which closed without inspection' }),
    targetsTransferred: t.exposeInt('targetsTransferred', { description: '迁移移交其他单位的（计入迁入单位） / Transferred to another unit (counted there)' }),
    targetsTransferredIn: t.exposeInt('targetsTransferredIn', { description: '从其他单位迁入的 / Transferred in from another unit’s task' }),
    targetsDone: t.exposeInt('targetsDone', { description: '完成：结果已录入并按期公示 / Done: entered and published on time (G33)' }),
    targetsLate: t.exposeInt('targetsLate', { description: '逾期公示（视为未完成） / Published late: not done' }),
    targetsMissing: t.exposeInt('targetsMissing', { description: '逾期未公示（视为未完成） / Missing past the due date: not done' }),
    share: t.exposeFloat('share', { nullable: true, description: '完成率：按期公示 ÷ 负责的检查对象数 / Done ÷ targets drawn' }),
  }),
});

const TimelyEntryRef = builder.objectRef<F['timelyEntry']>('TimelyEntryFigure').implement({
  description: figureDescription('TIMELY_ENTRY'),
  fields: (t) => ({
    onTime: t.exposeInt('onTime', { description: '20 个工作日内公示 / Published on time' }),
    late: t.exposeInt('late', { description: '逾期公示 / Published late' }),
    missingPastDue: t.exposeInt('missingPastDue', { description: '逾期未公示 / Missing past the due date' }),
    pending: t.exposeInt('pending', { description: '未到期未公示 / Not yet due' }),
    deadlineUnknown: t.exposeInt('deadlineUnknown', { description: '截止日未能计算（节假日安排未录入） / Due date unknown' }),
    share: t.exposeFloat('share', { nullable: true, description: '及时率：按期 /（按期 + 逾期 + 逾期未公示） / On time ÷ (on time + late + missing)' }),
  }),
});

const FollowUpFigureRef = builder.objectRef<F['followUp']>('FollowUpFigure').implement({
  description: figureDescription('FOLLOW_UP'),
  fields: (t) => ({
    found: t.exposeInt('found', { description: '发现数 / Found' }),
    handedOver: t.exposeInt('handedOver', { description: '已移交数 / Handed over' }),
    closed: t.exposeInt('closed', { description: '已办结数 / Closed' }),
    medianDaysToHandOver: t.exposeFloat('medianDaysToHandOver', {
      nullable: true,
      description: '发现到移交的天数中位数 / Median days from finding to hand-over',
    }),
    medianDaysToClose: t.exposeFloat('medianDaysToClose', { nullable: true, description: '移交到办结的天数中位数 / Median days from hand-over to closing' }),
  }),
});

type LibrarySize = { libraryId: string; size: number };
const LibrarySizeRef = builder.objectRef<LibrarySize>('LibrarySize').implement({
  description: '名录库规模 / The size of a target library',
  fields: (t) => ({
    libraryId: t.exposeID('libraryId', { description: '名录库 / Library' }),
    library: t.field({
      type: TargetLibraryRef,
      description: '名录库 / Library',
      resolve: (l, _a, ctx) => ctx.prisma.targetLibrary.findUniqueOrThrow({ where: { id: l.libraryId } }),
    }),
    size: t.exposeInt('size', { description: '检查对象数 / Targets' }),
  }),
});

const TargetDirectoryRef = builder.objectRef<F['directories']['targets']>('TargetDirectoryFigure').implement({
  description: '检查对象名录库规模和更新情况 / Target directory size and freshness (G7)',
  fields: (t) => ({
    libraries: t.field({ type: [LibrarySizeRef], description: '各名录库 / Libraries', resolve: (d) => d.libraries }),
    size: t.exposeInt('size', { description: '检查对象总数 / Targets' }),
    lastConfirmedOn: t.field({ type: DateScalar, nullable: true, description: '最近确认日期 / Last confirmed on', resolve: (d) => d.lastConfirmedOn }),
    daysSinceConfirmation: t.exposeInt('daysSinceConfirmation', { nullable: true, description: '距最近确认的天数 / Days since the last confirmation' }),
  }),
});

const InspectorDirectoryRef = builder.objectRef<F['directories']['inspectors']>('InspectorDirectoryFigure').implement({
  description: '执法检查人员名录库规模和更新情况 / Inspector directory size and freshness (G7)',
  fields: (t) => ({
    size: t.exposeInt('size', { description: '人员数 / Inspectors' }),
    qualified: t.exposeInt('qualified', { description: '具备执法资格的 / With enforcement qualification' }),
    lastConfirmedOn: t.field({ type: DateScalar, nullable: true, description: '最近确认日期 / Last confirmed on', resolve: (d) => d.lastConfirmedOn }),
    daysSinceConfirmation: t.exposeInt('daysSinceConfirmation', { nullable: true, description: '距最近确认的天数 / Days since the last confirmation' }),
  }),
});

const DirectoriesRef = builder.objectRef<F['directories']>('DirectoriesFigure').implement({
  description: figureDescription('DIRECTORIES'),
  fields: (t) => ({
    targets: t.field({ type: TargetDirectoryRef, description: '检查对象名录库 / Targets', resolve: (d) => d.targets }),
    inspectors: t.field({ type: InspectorDirectoryRef, description: '执法检查人员名录库 / Inspectors', resolve: (d) => d.inspectors }),
  }),
});

const UnitAssessmentRef = builder.objectRef<F>('UnitAssessment').implement({
  description: '一个单位（或全局）的考核指标 / The assessment figures of one unit, or of the whole bureau (rule 25)',
  fields: (t) => ({
    unitId: t.exposeID('unitId', { nullable: true, description: '单位（为空表示全局合计） / Unit; null = the whole bureau' }),
    unit: t.field({
      type: UnitRef,
      nullable: true,
      description: '单位 / Unit',
      resolve: (f, _a, ctx) => (f.unitId ? ctx.prisma.unit.findUnique({ where: { id: f.unitId } }) : null),
    }),
    planCoverage: t.field({ type: PlanCoverageRef, description: '计划覆盖率 / Plan coverage', resolve: (f) => f.planCoverage }),
    planExecution: t.field({ type: PlanExecutionRef, description: '计划执行情况 / Plan execution: completed vs planned', resolve: (f) => f.planExecution }),
    taskCompletion: t.field({ type: TaskCompletionRef, description: '任务完成情况 / Task completion', resolve: (f) => f.taskCompletion }),
    timelyEntry: t.field({ type: TimelyEntryRef, description: '结果录入公示及时率 / Timely entry', resolve: (f) => f.timelyEntry }),
    followUp: t.field({ type: FollowUpFigureRef, description: '违法线索移交处置 / Follow-up handling', resolve: (f) => f.followUp }),
    directories: t.field({ type: DirectoriesRef, description: '名录库情况 / Directories', resolve: (f) => f.directories }),
  }),
});

type PeriodShape = Period & { year: number; quarter: number | null; month: number | null };
const PeriodRef = builder.objectRef<PeriodShape>('AssessmentPeriod').implement({
  description: '考核期间 / An assessment period',
  fields: (t) => ({
    year: t.exposeInt('year', { description: '年度 / Year' }),
    quarter: t.exposeInt('quarter', { nullable: true, description: '季度 / Quarter' }),
    month: t.exposeInt('month', { nullable: true, description: '月份 / Month' }),
    from: t.field({ type: DateScalar, description: '起 / From', resolve: (p) => p.from }),
    to: t.field({ type: DateScalar, description: '止 / To', resolve: (p) => p.to }),
  }),
});

type AssessmentShape = { period: PeriodShape; units: F[]; total: F };
const AssessmentRef = builder.objectRef<AssessmentShape>('Assessment').implement({
  description: '一个期间的考核指标 / The assessment figures of one period',
  fields: (t) => ({
    period: t.field({ type: PeriodRef, description: '期间 / Period', resolve: (a) => a.period }),
    units: t.field({ type: [UnitAssessmentRef], description: '各单位 / Per unit', resolve: (a) => a.units }),
    total: t.field({
      type: UnitAssessmentRef,
      description: '合计：全局，或 unitIds 所列单位的合计 / The total: of the whole bureau, or of the units asked for (unitIds)',
      resolve: (a) => a.total,
    }),
  }),
});

type TrendPoint = AssessmentShape;

function checkPeriod(year: number, quarter?: number | null, month?: number | null) {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw userError('VALIDATION.INVALID', '年度', { field: 'year' });
  if (quarter != null && (quarter < 1 || quarter > 4)) throw userError('VALIDATION.INVALID', '季度应为 1–4', { field: 'quarter' });
  if (month != null && (month < 1 || month > 12)) throw userError('VALIDATION.INVALID', '月份应为 1–12', { field: 'month' });
  if (quarter != null && month != null) throw userError('VALIDATION.INVALID', '季度和月份只能选一个', { field: 'month' });
}

type Ctx = { prisma: Parameters<typeof assessmentFiguresOfPeriods>[0] };
type PeriodOf = { year: number; quarter: number | null; month: number | null };

/** The figures of several periods, each query reading the aggregates once for all of them (the trend's months). */
async function assess(ctx: Ctx, asked: PeriodOf[], unitIds?: string[]): Promise<AssessmentShape[]> {
  const periods = asked.map(({ year, quarter, month }) => ({ ...periodOf(year, quarter, month), year, quarter, month }));
  const today = clock.today();
  // The window-end due dates come from the figures' own statement (cached per calendar, checked in its snapshot).
  const figures = await assessmentFiguresOfPeriods(ctx.prisma, periods, today, unitIds);
  return periods.map((period, i) => ({
    period,
    units: figures[i]!.filter((f) => f.unitId !== null),
    total: figures[i]!.find((f) => f.unitId === null)!,
  }));
}

type Waiting = { period: PeriodOf; resolve: (a: AssessmentShape) => void; reject: (e: unknown) => void };
const waitingOfRequest = new WeakMap<object, Map<string, Waiting[]>>();
/**
 * One period's figures. The periods a request asks for together (the dashboard's `assessment` and
 * `assessmentPrevious`) are collected until the resolvers of the operation have run, then read in one set of queries.
 */
function assessOne(ctx: Ctx, period: PeriodOf, unitIds?: string[]): Promise<AssessmentShape> {
  let byUnits = waitingOfRequest.get(ctx);
  if (!byUnits) {
    byUnits = new Map();
    waitingOfRequest.set(ctx, byUnits);
  }
  const key = JSON.stringify(unitIds ?? null);
  let waiting = byUnits.get(key);
  if (!waiting) {
    const batch: Waiting[] = [];
    waiting = batch;
    byUnits.set(key, batch);
    setImmediate(() => {
      byUnits.delete(key);
      assess(
        ctx,
        batch.map((w) => w.period),
        unitIds,
      ).then(
        (shapes) => {
          for (const [i, w] of batch.entries()) w.resolve(shapes[i]!);
        },
        (e: unknown) => {
          for (const w of batch) w.reject(e);
        },
      );
    });
  }
  return new Promise((resolve, reject) => waiting.push({ period, resolve, reject }));
}

const FigureKeyEnum = builder.enumType('AssessmentFigureKey', {
  description: '考核指标 / An assessment figure',
  values: Object.fromEntries(FIGURE_DEFINITIONS.map((d) => [d.key, { description: `${d.name} / ${d.nameEn}` }])) as Record<
    FigureDefinition['key'],
    { description: string }
  >,
});

const FigureDefinitionRef = builder.objectRef<FigureDefinition>('FigureDefinition').implement({
  description: '考核指标的口径及其依据 / What an assessment figure counts, and the rule it comes from',
  fields: (t) => ({
    key: t.field({ type: FigureKeyEnum, description: '指标 / Figure', resolve: (d) => d.key }),
    name: t.exposeString('name', { description: '名称 / Name' }),
    nameEn: t.exposeString('nameEn', { description: '英文名称 / Name in English' }),
    definition: t.exposeString('definition', { description: '口径 / Definition' }),
    definitionEn: t.exposeString('definitionEn', { description: '英文口径 / Definition in English' }),
    rule: t.exposeString('rule', { description: '依据（规则与原文条款） / The rule and clauses of the original text' }),
  }),
});

builder.queryFields((t) => ({
  figureDefinitions: t.field({
    type: [FigureDefinitionRef],
    description: '各考核指标的口径及依据（与 assessment 计算一致） / Each assessment figure’s definition and rule, as assessment computes it',
    authScopes: { signedIn: true },
    resolve: () => [...FIGURE_DEFINITIONS],
  }),
  assessment: t.field({
    type: AssessmentRef,
    description: '考核指标：按年度、季度或月份，各单位及全局（数据库汇总） / Assessment figures for a year, quarter or month, per unit and overall (rule 25)',
    authScopes: { signedIn: true },
    args: {
      year: t.arg.int({ required: true, description: '年度 / Year' }),
      quarter: t.arg.int({ required: false, description: '季度 1–4（可选） / Quarter 1–4' }),
      month: t.arg.int({ required: false, description: '月份 1–12（可选） / Month 1–12' }),
      unitIds: t.arg.idList({ required: false, description: '只看这些单位 / Only these units' }),
    },
    resolve: (_r, a, ctx) => {
      checkPeriod(a.year, a.quarter, a.month);
      return assessOne(ctx, { year: a.year, quarter: a.quarter ?? null, month: a.month ?? null }, a.unitIds?.map(String));
    },
  }),
  assessmentPrevious: t.field({
    type: AssessmentRef,
    description: '上一期间的考核指标（上一年、季度或月份），用于环比 / The figures of the period before, for comparison',
    authScopes: { signedIn: true },
    args: {
      year: t.arg.int({ required: true, description: '年度 / Year' }),
      quarter: t.arg.int({ required: false, description: '季度 1–4（可选） / Quarter 1–4' }),
      month: t.arg.int({ required: false, description: '月份 1–12（可选） / Month 1–12' }),
      unitIds: t.arg.idList({ required: false, description: '只看这些单位 / Only these units' }),
    },
    resolve: (_r, a, ctx) => {
      checkPeriod(a.year, a.quarter, a.month);
      const p = previousPeriod(a.year, a.quarter, a.month);
      return assessOne(ctx, p, a.unitIds?.map(String));
    },
  }),
  assessmentTrend: t.field({
    type: [AssessmentRef],
    description: '逐月考核指标（趋势） / The figures of each month of a year, for trend lines',
    authScopes: { signedIn: true },
    args: {
      year: t.arg.int({ required: true, description: '年度 / Year' }),
      unitIds: t.arg.idList({ required: false, description: '只看这些单位 / Only these units' }),
    },
    resolve: async (_r, a, ctx) => {
      checkPeriod(a.year);
      // The twelve months in one set of queries, each grouped by month.
      const months = Array.from({ length: 12 }, (_, m) => ({ year: a.year, quarter: null, month: m + 1 }));
      const points: TrendPoint[] = await assess(ctx, months, a.unitIds?.map(String));
      return points;
    },
  }),
}));
