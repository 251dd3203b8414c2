// Assessment (考核, rule 25): the figures leadership and analysts read, by unit and period, computed by the
// database (assessment/figures.ts). `assessment` answers one period per unit and in total (the bureau's, or with
// `unitIds` that of those units, so a dashboard filtered to a unit shows that unit's figures everywhere) and, for
// the cards' "change against the previous period", the same figures of the period before; `assessmentTrend`
// answers each month of a year for the trend lines.
import { getRefFromModel, type PrismaObjectRef } from '@pothos/plugin-prisma';
import type PrismaTypes from '@ssj/db/pothos-types';
import { builder, DateScalar } from '../builder.ts';
import { clock } from '../clock.ts';
import { userError } from '../errors.ts';
import { assessmentFigures, periodOf, previousPeriod, type Period, type UnitFigures } from '../assessment/figures.ts';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
const UnitRef = getRefFromModel('Unit', builder) as PrismaObjectRef<Types, PrismaTypes['Unit']>;
const CheckItemRef = getRefFromModel('CheckItem', builder) as PrismaObjectRef<Types, PrismaTypes['CheckItem']>;
const TargetLibraryRef = getRefFromModel('TargetLibrary', builder) as PrismaObjectRef<Types, PrismaTypes['TargetLibrary']>;

type F = UnitFigures;

const PlanCoverageRef = builder.objectRef<F['planCoverage']>('PlanCoverageFigure').implement({
  description: '计划覆盖率：已备案计划覆盖的职责范围内抽查事项 / Plan coverage: remit checklist items covered by filed plans (rule 6)',
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

const TaskCompletionRef = builder.objectRef<F['taskCompletion']>('TaskCompletionFigure').implement({
  description: '任务完成情况：执行期在本期结束的任务及其检查对象 / Task completion: tasks whose window ends in the period, and their targets',
  fields: (t) => ({
    tasks: t.exposeInt('tasks', { description: '任务数 / Tasks' }),
    tasksCompleted: t.exposeInt('tasksCompleted', { description: '已完成任务数 / Tasks completed' }),
    tasksCompletedOnTime: t.exposeInt('tasksCompletedOnTime', { description: '在执行期内完成的任务数 / Tasks completed within their window' }),
    targetsDrawn: t.exposeInt('targetsDrawn', { description: '抽中的检查对象数（不含迁移移交的） / Targets drawn, transferred ones excluded' }),
    targetsCompleted: t.exposeInt('targetsCompleted', { description: '已完成（已检查或无法联系、已注销办结） / Inspected or closed (rule 23)' }),
    targetsClosed: t.exposeInt('targetsClosed', { description: '其中无法联系、已注销办结的 / Of which closed without inspection' }),
    targetsTransferred: t.exposeInt('targetsTransferred', { description: '迁移移交其他单位的 / Transferred to another unit' }),
    share: t.exposeFloat('share', { nullable: true, description: '完成率 / Share completed' }),
  }),
});

const TimelyEntryRef = builder.objectRef<F['timelyEntry']>('TimelyEntryFigure').implement({
  description: '结果录入公示及时率：本期完成的任务的检查对象（规则20） / Timely entry of the targets of tasks completed in the period (rule 20)',
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
  description: '违法线索移交处置：本期发现的违法违规行为（规则24） / Violations found in the period and their follow-up (rule 24)',
  fields: (t) => ({
    found: t.exposeInt('found', { description: '发现数 / Found' }),
    handedOver: t.exposeInt('handedOver', { description: '已移交数 / Handed over' }),
    closed: t.exposeInt('closed', { description: '已办结数 / Closed' }),
    medianDaysToHandOver: t.exposeFloat('medianDaysToHandOver', { nullable: true, description: '发现到移交的天数中位数 / Median days from finding to hand-over' }),
    medianDaysToClose: t.exposeFloat('medianDaysToClose', { nullable: true, description: '移交到办结的天数中位数 / Median days from hand-over to closing' }),
  }),
});

type LibrarySize = { libraryId: string; size: number };
const LibrarySizeRef = builder.objectRef<LibrarySize>('LibrarySize').implement({
  description: '名录库规模 / The size of a target library',
  fields: (t) => ({
    libraryId: t.exposeID('libraryId', { description: '名录库 / Library' }),
    library: t.field({ type: TargetLibraryRef, description: '名录库 / Library', resolve: (l, _a, ctx) => ctx.prisma.targetLibrary.findUniqueOrThrow({ where: { id: l.libraryId } }) }),
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
  description: '名录库情况 / Directories (G7)',
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
    total: t.field({ type: UnitAssessmentRef, description: '合计：全局，或 unitIds 所列单位的合计 / The total: of the whole bureau, or of the units asked for (unitIds)', resolve: (a) => a.total }),
  }),
});

type TrendPoint = AssessmentShape;

function checkPeriod(year: number, quarter?: number | null, month?: number | null) {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw userError('VALIDATION.INVALID', '年度', { field: 'year' });
  if (quarter != null && (quarter < 1 || quarter > 4)) throw userError('VALIDATION.INVALID', '季度应为 1–4', { field: 'quarter' });
  if (month != null && (month < 1 || month > 12)) throw userError('VALIDATION.INVALID', '月份应为 1–12', { field: 'month' });
  if (quarter != null && month != null) throw userError('VALIDATION.INVALID', '季度和月份只能选一个', { field: 'month' });
}

async function assess(ctx: { prisma: Parameters<typeof assessmentFigures>[0] }, year: number, quarter: number | null, month: number | null, unitIds?: string[]): Promise<AssessmentShape> {
  const period = { ...periodOf(year, quarter, month), year, quarter, month };
  const figures = await assessmentFigures(ctx.prisma, period, clock.today(), unitIds);
  return { period, units: figures.filter((f) => f.unitId !== null), total: figures.find((f) => f.unitId === null)! };
}

builder.queryFields((t) => ({
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
      return assess(ctx, a.year, a.quarter ?? null, a.month ?? null, a.unitIds?.map(String));
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
      return assess(ctx, p.year, p.quarter, p.month, a.unitIds?.map(String));
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
      const points: TrendPoint[] = [];
      // Months one after another: the same SQL per month, each a handful of aggregate queries.
      for (let m = 1; m <= 12; m++) points.push(await assess(ctx, a.year, null, m, a.unitIds?.map(String)));
      return points;
    },
  }),
}));
