// Result (检查结果): what was found for one target in one task (rules 18–24, G23–G30). Every dispatched target
// has one from the lock on (未录入); the executing unit enters it on its form, submits it (待审核), a second
// person of the unit or the lead unit returns it (退回) or approves it (通过), and it is published (已公示).
// Approval hands a violation over for follow-up (rule 24). A published result is frozen — by the database as
// well — and is changed only by a correction (correction.ts); objections are in review.ts.
//
// Decisions:
// - The unit responsible for a result is the task's executing unit, or the unit a moved target was
//   transferred to (rule 23): that unit enters it.
// - Four eyes: whoever submitted a result cannot also return or approve it (RESULT.SELF_REVIEW).
// - Evidence files are stored in the database (G30: archived per target) with a size and count limit; they
//   travel as base64 in GraphQL so uploads get the same typed errors as every other input.
import { getRefFromModel, type PrismaObjectRef } from '@pothos/plugin-prisma';
import type { Prisma } from '@ssj/db/client';
import type PrismaTypes from '@ssj/db/pothos-types';
import { FollowUpAction, ResultOutcome, ResultStatus } from '@ssj/db/client';
import { createHash } from 'node:crypto';
import {
  DEADLINE_STATE,
  deadlineStatus,
  entryProblems,
  FOLLOW_UP_ACTION,
  isDomainError,
  isViolation,
  RESULT_OUTCOME,
  RESULT_STATUS,
  resultTransition,
  type EntryProblem,
  type ResultAction,
} from '@ssj/domain';
import { builder, DateScalar } from '../builder.ts';
import { audit } from '../audit.ts';
import { chinaDay, clock } from '../clock.ts';
import type { Context, CurrentUser } from '../context.ts';
import { notFound, userError } from '../errors.ts';
import { requestCalendar } from '../holidayCalendar.ts';
import { keywordWhere, listQueries } from '../listing.ts';
import { figureResultIds, periodOf } from '../assessment/figures.ts';
import { assertUnitWrite, requireFields } from '../validation.ts';
import { CheckMethodEnum, domainEnum, labelled } from './enums.ts';
import { canWriteUnit } from './unit.ts';
import { checkEvidence } from '../evidence.ts';
import { lockRow, lockRows } from '../locking.ts';

type Tx = Prisma.TransactionClient;
// The Task and Target objects registered by task.ts and target.ts, looked up by model.
type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
const TaskRef = getRefFromModel('Task', builder) as PrismaObjectRef<Types, PrismaTypes['Task']>;
const TargetRef = getRefFromModel('Target', builder) as PrismaObjectRef<Types, PrismaTypes['Target']>;

export const RESULT_LABELS: Record<string, string> = {
  method: '检查方式',
  inspectedOn: '检查日期',
  formId: '检查表单',
  outcome: '检查结果',
  findings: '各抽查事项的检查情况',
  followUpAction: '后续处置',
};

export const ResultStatusEnum = labelled(
  'ResultStatus',
  '检查结果状态（未录入 → 待审核 → 退回 / 通过 → 已公示） / Result status (rule 22)',
  ResultStatus,
  RESULT_STATUS,
);

export const ResultOutcomeEnum = labelled(
  'ResultOutcome',
  '检查结果（全国双随机抽查标准结果代码） / Outcome, the standard codes of the national practice (rule 22)',
  ResultOutcome,
  RESULT_OUTCOME,
);

export const FollowUpActionEnum = labelled('FollowUpAction', '后续处置方式 / Follow-up action (rule 24)', FollowUpAction, FOLLOW_UP_ACTION);

const DeadlineStateEnum = domainEnum('DeadlineState', '期限状态 / Where a deadline stands', DEADLINE_STATE);

export type Deadline = { dueOn: string; provisional: boolean; state: 'ON_TIME' | 'LATE' | 'PENDING' | 'OVERDUE'; workingDaysLeft: number | null };

export const DeadlineRef = builder.objectRef<Deadline>('Deadline').implement({
  description: '法定期限及倒计时（工作日） / A statutory deadline and its countdown in working days',
  fields: (t) => ({
    dueOn: t.field({ type: DateScalar, description: '截止日（当日下班前） / Due by the end of this day', resolve: (d) => d.dueOn }),
    provisional: t.boolean({
      description:
        '暂定：按尚未公布节假日安排的年份推算（周末及法定节假日），该年度工作日历声明后重新计算 / Provisional: counted through a year whose schedule is not declared yet; recomputed when it is (rule 20)',
      resolve: (d) => d.provisional,
    }),
    state: t.field({ type: DeadlineStateEnum, description: '状态 / State', resolve: (d) => d.state }),
    workingDaysLeft: t.int({
      nullable: true,
      description:
        '剩余工作日（负数为已逾期的工作日数；节假日安排未录入的年份为空） / Working days left; negative = overdue; null when the year has no holiday schedule',
      resolve: (d) => d.workingDaysLeft,
    }),
  }),
});

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Rules 20, 22: where a deadline stands today, with its working-day countdown (provisional through a year
 * not declared yet; null only outside the years the calendar can count at all).
 */
export async function deadlineOf(ctx: Context, dueOn: Date | null, doneAt: Date | string | null, provisional = false): Promise<Deadline | null> {
  if (!dueOn) return null;
  const due = isoDay(dueOn);
  const today = clock.today();
  const done = doneAt === null ? null : typeof doneAt === 'string' ? doneAt : chinaDay(doneAt);
  try {
    const s = deadlineStatus(due, today, done, await requestCalendar(ctx));
    return { dueOn: due, provisional, state: s.state, workingDaysLeft: s.workingDaysLeft };
  } catch (e) {
    if (!isDomainError(e)) throw e;
    const state = done ? (done <= due ? 'ON_TIME' : 'LATE') : today <= due ? 'PENDING' : 'OVERDUE';
    return { dueOn: due, provisional, state, workingDaysLeft: null };
  }
}

/**
 * Rule 23 (G28): the executing unit, or the unit a moved target was transferred to — for good: closing a transferred
 * target afterwards (unreachable, deregistered) changes its status, not whose result it is.
 */
export function responsibleUnitId(tt: { status: string; transferredToUnitId: string | null; task: { executingUnitId: string } }): string {
  return tt.transferredToUnitId ?? tt.task.executingUnitId;
}

/** The same rule as a filter: the task targets a unit answers for (its own, and those transferred to it). */
export function responsibleWhere(unitId: string): Prisma.TaskTargetWhereInput {
  return { OR: [{ transferredToUnitId: unitId }, { transferredToUnitId: null, task: { executingUnitId: unitId } }] };
}

export const responsibleSelect = {
  status: true,
  transferredToUnitId: true,
  task: { select: { executingUnitId: true } },
} satisfies Prisma.TaskTargetSelect;

export type Finding = { checkItemId: string; compliant: boolean | null; finding: string | null };

const FindingRef = builder.objectRef<Finding>('ResultFinding').implement({
  description: '一个抽查事项的检查情况 / The finding for one checklist item',
  fields: (t) => ({
    checkItemId: t.exposeID('checkItemId', { description: '抽查事项 / Checklist item' }),
    compliant: t.boolean({ nullable: true, description: '是否符合（空为未填） / Compliant; null = not yet decided', resolve: (f) => f.compliant }),
    finding: t.string({ nullable: true, description: '检查情况说明 / What was found', resolve: (f) => f.finding }),
  }),
});

const findingsOf = (r: { findings: unknown }): Finding[] => (Array.isArray(r.findings) ? (r.findings as Finding[]) : []);

function canEnter(user: CurrentUser | null, r: { status: ResultStatus; taskTarget: Prisma.TaskTargetGetPayload<{ select: typeof responsibleSelect }> }) {
  return canWriteUnit(user, responsibleUnitId(r.taskTarget)) && resultTransition(r.status, 'EDIT').ok;
}

builder.prismaObject('Result', {
  description: '检查结果（一个任务中一个检查对象） / What was found for one target in one task (rules 18–24)',
  authScopes: { signedIn: true },
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    taskTargetId: t.exposeID('taskTargetId', { description: '任务检查对象 / The task target' }),
    taskTarget: t.relation('taskTarget', { description: '任务检查对象 / The task target' }),
    task: t.field({
      type: TaskRef,
      description: '抽查任务 / Task',
      select: (_a, _c, nested) => ({ taskTarget: { select: { task: nested() } } }),
      resolve: (r) => r.taskTarget.task,
    }),
    target: t.field({
      type: TargetRef,
      description: '检查对象 / Target',
      select: (_a, _c, nested) => ({ taskTarget: { select: { target: nested() } } }),
      resolve: (r) => r.taskTarget.target,
    }),
    responsibleUnitId: t.id({
      description:
        '负责录入的单位（任务执行单位，迁移移交后为新住所地单位） / The unit that enters it: the executing unit, or the unit a moved target was transferred to (rule 23)',
      select: { taskTarget: { select: responsibleSelect } },
      resolve: (r) => responsibleUnitId(r.taskTarget),
    }),
    formId: t.exposeID('formId', { nullable: true, description: '检查表单 / Form' }),
    form: t.relation('form', { nullable: true, description: '检查表单（一对象一表单） / The form (rule 18)' }),
    method: t.expose('method', { type: CheckMethodEnum, nullable: true, description: '检查方式 / Method' }),
    inspectedOn: t.expose('inspectedOn', { type: DateScalar, nullable: true, description: '检查日期 / Inspected on' }),
    findings: t.field({
      type: [FindingRef],
      description: '各抽查事项的检查情况 / Findings per checklist item',
      select: { findings: true },
      resolve: findingsOf,
    }),
    outcome: t.expose('outcome', { type: ResultOutcomeEnum, nullable: true, description: '检查结果 / Outcome' }),
    followUpAction: t.expose('followUpAction', { type: FollowUpActionEnum, description: '后续处置 / Follow-up action' }),
    followUpUnitId: t.exposeID('followUpUnitId', {
      nullable: true,
      description: "移交的日常监管单位（默认检查对象所属单位） / Unit the violation is handed to (default: the target's unit)",
    }),
    followUpUnit: t.relation('followUpUnit', { nullable: true, description: '移交的日常监管单位 / Follow-up unit' }),
    remarks: t.exposeString('remarks', {
      nullable: true,
      description: '备注（签字或拒签及见证人、送达检查通知书等） / Remarks: signature or refusal with witness, notice handed over (rule 19)',
    }),
    violation: t.boolean({
      description: '是否为须移交后续处置的违法违规行为 / Whether it is a violation to hand over (rule 24)',
      select: { followUpAction: true },
      resolve: (r) => isViolation(r),
    }),
    status: t.expose('status', { type: ResultStatusEnum, description: '状态 / Status' }),
    dueOn: t.expose('dueOn', {
      type: DateScalar,
      nullable: true,
      description: '录入公示截止日（任务完成后第 20 个工作日） / Due: the 20th working day after task completion (rule 20)',
    }),
    deadline: t.field({
      type: DeadlineRef,
      nullable: true,
      description: '录入公示期限及倒计时（任务完成前为空） / The entry deadline and its countdown; null before the task is completed',
      select: { dueOn: true, dueProvisional: true, publishedAt: true },
      resolve: (r, _a, ctx) => deadlineOf(ctx, r.dueOn, r.publishedAt, r.dueProvisional),
    }),
    returnReason: t.exposeString('returnReason', { nullable: true, description: '退回理由 / Why it was returned' }),
    enteredById: t.exposeID('enteredById', { nullable: true, description: '录入并提交人 / Submitted by' }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true, description: '提交审核时间 / Submitted at' }),
    approvedById: t.exposeID('approvedById', { nullable: true, description: '审核通过人 / Approved by' }),
    approvedAt: t.expose('approvedAt', { type: 'DateTime', nullable: true, description: '审核通过时间 / Approved at' }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true, description: '公示时间 / Published at' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '创建时间 / Created at' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: '修改时间 / Updated at' }),
    evidence: t.relation('evidence', {
      description: '证据材料（按检查对象归档） / Evidence, archived per target (G30)',
      query: { orderBy: { uploadedAt: 'asc' } },
    }),
    corrections: t.relation('corrections', {
      description: '更正（原结果保留） / Corrections; the original stays (rule 21)',
      query: { orderBy: { proposedAt: 'asc' } },
    }),
    reviews: t.relation('reviews', { description: '异议复查 / Objection reviews (rule 22)', query: { orderBy: { receivedOn: 'asc' } } }),
    followUp: t.relation('followUp', { nullable: true, description: '后续处置 / Follow-up (rule 24)' }),
    editable: t.boolean({
      description: '当前用户可否录入（本单位且为未录入或退回） / Whether the current user may enter it now',
      select: { status: true, taskTarget: { select: responsibleSelect } },
      resolve: (r, _a, ctx) => canEnter(ctx.user, r),
    }),
    reviewable: t.boolean({
      description: '当前用户可否审核（本单位或牵头科室、待审核、非本人提交） / Whether the current user may return or approve it',
      select: { status: true, enteredById: true, taskTarget: { select: responsibleSelect } },
      resolve: (r, _a, ctx) =>
        r.status === 'PENDING_REVIEW' && !!ctx.user && r.enteredById !== ctx.user.id && canWriteUnit(ctx.user, responsibleUnitId(r.taskTarget)),
    }),
    publishable: t.boolean({
      description: '当前用户可否公示（本单位、已通过） / Whether the current user may publish it',
      select: { status: true, taskTarget: { select: responsibleSelect } },
      resolve: (r, _a, ctx) => r.status === 'APPROVED' && canWriteUnit(ctx.user, responsibleUnitId(r.taskTarget)),
    }),
  }),
});

builder.prismaObject('Evidence', {
  description: '证据材料（照片、执法记录、笔录等，按检查对象归档） / An evidence file, archived per target (G30)',
  authScopes: { signedIn: true },
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    resultId: t.exposeID('resultId', { description: '检查结果 / Result' }),
    filename: t.exposeString('filename', { description: '文件名 / File name' }),
    mimeType: t.exposeString('mimeType', { description: '文件类型 / MIME type' }),
    size: t.exposeInt('size', { description: '大小（字节） / Size in bytes' }),
    sha256: t.exposeString('sha256', { description: 'SHA-256 摘要 / SHA-256 of the content' }),
    uploadedById: t.exposeID('uploadedById', { nullable: true, description: '上传人 / Uploaded by' }),
    uploadedAt: t.expose('uploadedAt', { type: 'DateTime', description: '上传时间 / Uploaded at' }),
    contentBase64: t.string({
      description: '文件内容（Base64，仅在需要下载时查询） / The file, base64 — ask for it only to download',
      select: { data: true },
      resolve: (e) => Buffer.from(e.data).toString('base64'),
    }),
  }),
});

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
  if (f?.overdue) and.push({ status: { not: 'PUBLISHED' }, dueOn: { lt: new Date(`${clock.today()}T00:00:00Z`) } });
  return {
    ...(f?.ids ? { id: { in: f.ids.map(String) } } : {}),
    ...(f?.taskId ? { taskTarget: { taskId: String(f.taskId) } } : {}),
    ...(f?.status ? { status: f.status } : f?.statuses ? { status: { in: f.statuses } } : {}),
    ...(f?.outcome ? { outcome: f.outcome } : {}),
    ...(f?.dueBefore ? { dueOn: { lte: new Date(`${f.dueBefore}T00:00:00Z`) } } : {}),
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

// ——— entry and review ————————————————————————————————————————————————————————————————————

const resultForWriteSelect = {
  id: true,
  status: true,
  formId: true,
  method: true,
  inspectedOn: true,
  findings: true,
  outcome: true,
  followUpAction: true,
  followUpUnitId: true,
  remarks: true,
  enteredById: true,
  dueOn: true,
  approvedAt: true,
  returnReason: true,
  taskTarget: {
    select: {
      id: true,
      status: true,
      transferredToUnitId: true,
      targetId: true,
      closedReason: true,
      target: { select: { unitId: true, name: true } },
      task: {
        select: {
          id: true,
          status: true,
          executingUnitId: true,
          windowFrom: true,
          checkItems: { select: { checkItemId: true }, orderBy: { checkItemId: 'asc' } },
        },
      },
    },
  },
} satisfies Prisma.ResultSelect;
type ResultForWrite = Prisma.ResultGetPayload<{ select: typeof resultForWriteSelect }>;

async function loadResult(tx: Tx, id: string): Promise<ResultForWrite> {
  await lockRow(tx, 'Result', id);
  const r = await tx.result.findUnique({ where: { id }, select: resultForWriteSelect });
  if (!r) throw notFound('检查结果');
  return r;
}

function assertTransition(r: { status: ResultStatus }, action: ResultAction): ResultStatus {
  const t = resultTransition(r.status, action);
  if (!t.ok) throw userError(t.code, undefined, { status: t.status, allowedFrom: t.allowedFrom });
  return t.status;
}

/**
 * The common start of a review-flow step: the result, the unit that answers for it (whose staff or ADMIN may act),
 * the status the action leads to; a reviewer's step (return, approve) refuses the person who submitted it.
 */
async function startStep(tx: Tx, ctx: Context, id: string, action: Exclude<ResultAction, 'EDIT'>) {
  const r = await loadResult(tx, id);
  const unitId = responsibleUnitId(r.taskTarget);
  assertUnitWrite(ctx.user, unitId);
  if (action === 'SUBMIT') assertTaskRunning(r);
  const next = assertTransition(r, action);
  if ((action === 'RETURN' || action === 'APPROVE') && r.enteredById === ctx.user!.id) throw userError('RESULT.SELF_REVIEW');
  return { r, unitId, next };
}

/** Results are entered once the list is dispatched (the inspections happen in the task's window). */
function assertTaskRunning(r: ResultForWrite) {
  const s = r.taskTarget.task.status;
  if (s !== 'DISPATCHED' && s !== 'COMPLETED') throw userError('TASK.NOT_DISPATCHED', undefined, { status: s });
}

function problemError(problems: EntryProblem[]): never {
  const first = problems[0]!;
  if (first.code === 'RESULT.INCOMPLETE') {
    const fields = [...new Set(problems.filter((p) => p.code === 'RESULT.INCOMPLETE').map((p) => RESULT_LABELS[p.field] ?? p.field))];
    throw userError('RESULT.INCOMPLETE', `请填写${fields.join('、')}`, { field: first.field, problems });
  }
  throw userError(first.code, undefined, { field: first.field, problems });
}

/** Rule 24: a violation approved (or corrected into one) is handed over to the unit of daily supervision. */
export async function handOverIfViolation(
  tx: Tx,
  ctx: Context,
  r: { id: string; followUpAction: FollowUpAction; followUpUnitId: string | null; targetUnitId: string; unitId: string },
  at: Date,
) {
  if (!isViolation(r)) return null;
  const existing = await tx.followUp.findUnique({ where: { resultId: r.id }, select: { id: true } });
  if (existing) return null;
  const f = await tx.followUp.create({
    data: { resultId: r.id, handedToUnitId: r.followUpUnitId ?? r.targetUnitId, handedOverAt: at, handedOverById: ctx.user?.id ?? null },
  });
  await audit(tx, ctx, { action: 'handOverFollowUp', entity: 'FollowUp', entityId: f.id, unitId: r.unitId, after: f });
  return f;
}

export const FindingInput = builder.inputType('ResultFindingInput', {
  description: '一个抽查事项的检查情况 / The finding for one checklist item',
  fields: (t) => ({
    checkItemId: t.id({ required: true, description: '抽查事项 / Checklist item' }),
    compliant: t.boolean({ required: false, description: '是否符合 / Compliant' }),
    finding: t.string({ required: false, description: '检查情况说明 / What was found' }),
  }),
});

/**
 * Findings as entered (an entry or a correction): only the task's check items, each at most once, text trimmed.
 * A typed refusal naming the field otherwise.
 */
export function findingsFor(
  input: readonly { checkItemId: string | number; compliant?: boolean | null; finding?: string | null }[],
  taskCheckItemIds: readonly string[],
): Finding[] {
  const items = new Set(taskCheckItemIds);
  const seen = new Set<string>();
  return input.map((f) => {
    const checkItemId = String(f.checkItemId);
    if (!items.has(checkItemId)) throw userError('VALIDATION.INVALID', '检查情况只能填写本任务的抽查事项', { field: 'findings' });
    if (seen.has(checkItemId)) throw userError('VALIDATION.INVALID', '同一抽查事项的检查情况重复', { field: 'findings' });
    seen.add(checkItemId);
    return { checkItemId, compliant: f.compliant ?? null, finding: f.finding?.trim() || null };
  });
}

export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;
export const EVIDENCE_MAX_FILES = 30;
/** Photos, scans, recordings of the visit (全过程执法记录) and office documents. */
const EVIDENCE_TYPES =
  /^(image\/(jpeg|png|gif|webp|heic|tiff)|application\/pdf|video\/(mp4|quicktime|webm)|audio\/(mpeg|mp4|wav|x-m4a|aac)|application\/(msword|vnd\.openxmlformats-officedocument\.(wordprocessingml\.document|spreadsheetml\.sheet))|application\/vnd\.ms-excel|text\/plain)$/;

builder.mutationFields((t) => ({
  updateResult: t.prismaField({
    type: 'Result',
    description: '录入或修改检查结果（未录入或退回时） / Enter or change a result while not entered or returned (rules 18, 22)',
    authScopes: { writer: true },
    args: {
      id: t.arg.id({ required: true, description: '编号 / Id' }),
      formId: t.arg.id({ required: false, description: '检查表单 / Form' }),
      method: t.arg({ type: CheckMethodEnum, required: false, description: '检查方式 / Method' }),
      inspectedOn: t.arg({ type: DateScalar, required: false, description: '检查日期 / Inspected on' }),
      findings: t.arg({ type: [FindingInput], required: false, description: '各抽查事项的检查情况 / Findings per checklist item' }),
      outcome: t.arg({ type: ResultOutcomeEnum, required: false, description: '检查结果 / Outcome' }),
      followUpAction: t.arg({ type: FollowUpActionEnum, required: false, description: '后续处置 / Follow-up action' }),
      followUpUnitId: t.arg.id({ required: false, description: '移交的日常监管单位 / Follow-up unit' }),
      remarks: t.arg.string({ required: false, description: '备注 / Remarks' }),
    },
    resolve: async (query, _r, args, ctx) => {
      const id = String(args.id);
      return ctx.prisma.$transaction(async (tx) => {
        const r = await loadResult(tx, id);
        assertUnitWrite(ctx.user, responsibleUnitId(r.taskTarget));
        assertTaskRunning(r);
        assertTransition(r, 'EDIT');
        const data: Prisma.ResultUncheckedUpdateInput = {};
        if (args.formId !== undefined) {
          if (args.formId === null) data.formId = null;
          else {
            const form = await tx.form.findUnique({ where: { id: String(args.formId) }, select: { id: true, retiredAt: true } });
            if (!form || form.retiredAt) throw userError('VALIDATION.INVALID', '检查表单不存在或已停用', { field: 'formId' });
            data.formId = form.id;
          }
        }
        if (args.method !== undefined) data.method = args.method;
        if (args.inspectedOn !== undefined) {
          if (args.inspectedOn !== null) {
            const from = isoDay(r.taskTarget.task.windowFrom);
            if (args.inspectedOn < from) throw userError('VALIDATION.INVALID', `检查日期不能早于任务开始日期 ${from}`, { field: 'inspectedOn' });
            if (args.inspectedOn > clock.today()) throw userError('VALIDATION.INVALID', '检查日期不能晚于今天', { field: 'inspectedOn' });
          }
          data.inspectedOn = args.inspectedOn === null ? null : new Date(`${args.inspectedOn}T00:00:00Z`);
        }
        if (args.findings !== undefined)
          data.findings = findingsFor(
            args.findings ?? [],
            r.taskTarget.task.checkItems.map((c) => c.checkItemId),
          );
        if (args.outcome !== undefined) data.outcome = args.outcome;
        if (args.followUpAction !== undefined) data.followUpAction = args.followUpAction ?? 'NONE';
        if (args.followUpUnitId !== undefined) {
          if (args.followUpUnitId !== null && !(await tx.unit.findUnique({ where: { id: String(args.followUpUnitId) }, select: { id: true } }))) {
            throw userError('VALIDATION.INVALID', '移交单位不存在', { field: 'followUpUnitId' });
          }
          data.followUpUnitId = args.followUpUnitId === null ? null : String(args.followUpUnitId);
        }
        if (args.remarks !== undefined) data.remarks = args.remarks?.trim() || null;
        const { taskTarget: _tt, ...before } = r;
        const after = await tx.result.update({ where: { id }, data });
        await audit(tx, ctx, { action: 'updateResult', entity: 'Result', entityId: id, unitId: responsibleUnitId(r.taskTarget), before, after });
        return tx.result.findUniqueOrThrow({ ...query, where: { id } });
      });
    },
  }),

  submitResult: t.prismaField({
    type: 'Result',
    description: '提交审核（须填写完整） / Submit a complete result for review (rule 22)',
    authScopes: { writer: true },
    args: { id: t.arg.id({ required: true, description: '编号 / Id' }) },
    resolve: async (query, _r, args, ctx) => {
      const id = String(args.id);
      return ctx.prisma.$transaction(async (tx) => {
        const { r, unitId, next } = await startStep(tx, ctx, id, 'SUBMIT');
        const closed = r.taskTarget.status === 'CLOSED_UNREACHABLE' || r.taskTarget.status === 'CLOSED_DEREGISTERED';
        const problems = entryProblems({
          closedWithoutInspection: closed,
          method: r.method,
          inspectedOn: r.inspectedOn ? isoDay(r.inspectedOn) : null,
          formId: r.formId,
          outcome: r.outcome,
          followUpAction: r.followUpAction,
          findings: findingsOf(r),
          checkItemIds: r.taskTarget.task.checkItems.map((c) => c.checkItemId),
        });
        if (problems.length > 0) problemError(problems);
        const now = clock.now();
        await tx.result.update({ where: { id }, data: { status: next, enteredById: ctx.user!.id, submittedAt: now, returnReason: null } });
        if (r.taskTarget.status === 'PENDING') await tx.taskTarget.update({ where: { id: r.taskTarget.id }, data: { status: 'INSPECTED' } });
        await audit(tx, ctx, {
          action: 'submitResult',
          entity: 'Result',
          entityId: id,
          unitId,
          before: { status: r.status },
          after: { status: next, submittedAt: now },
        });
        return tx.result.findUniqueOrThrow({ ...query, where: { id } });
      });
    },
  }),

  returnResult: t.prismaField({
    type: 'Result',
    description: '审核退回（须说明理由） / Return a result for correction, with a reason (rule 22)',
    authScopes: { writer: true },
    args: {
      id: t.arg.id({ required: true, description: '编号 / Id' }),
      reason: t.arg.string({ required: false, description: '退回理由 / Why' }),
    },
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, { reason: '退回理由' });
      const id = String(args.id);
      return ctx.prisma.$transaction(async (tx) => {
        const { r, unitId, next } = await startStep(tx, ctx, id, 'RETURN');
        await tx.result.update({ where: { id }, data: { status: next, returnReason: args.reason!.trim() } });
        await audit(tx, ctx, {
          action: 'returnResult',
          entity: 'Result',
          entityId: id,
          unitId,
          before: { status: r.status },
          after: { status: next, returnReason: args.reason!.trim() },
        });
        return tx.result.findUniqueOrThrow({ ...query, where: { id } });
      });
    },
  }),

  approveResult: t.prismaField({
    type: 'Result',
    description: '审核通过；发现违法违规的自动移交后续处置 / Approve a result; a violation is handed over for follow-up (rules 22, 24)',
    authScopes: { writer: true },
    args: { id: t.arg.id({ required: true, description: '编号 / Id' }) },
    resolve: async (query, _r, args, ctx) => {
      const id = String(args.id);
      return ctx.prisma.$transaction(async (tx) => {
        const { r, unitId, next } = await startStep(tx, ctx, id, 'APPROVE');
        const now = clock.now();
        await tx.result.update({ where: { id }, data: { status: next, approvedById: ctx.user!.id, approvedAt: now } });
        await audit(tx, ctx, {
          action: 'approveResult',
          entity: 'Result',
          entityId: id,
          unitId,
          before: { status: r.status },
          after: { status: next, approvedAt: now },
        });
        await handOverIfViolation(
          tx,
          ctx,
          { id, followUpAction: r.followUpAction, followUpUnitId: r.followUpUnitId, targetUnitId: r.taskTarget.target.unitId, unitId },
          now,
        );
        return tx.result.findUniqueOrThrow({ ...query, where: { id } });
      });
    },
  }),

  publishResults: t.prismaField({
    type: ['Result'],
    description: '公示已审核通过的检查结果（全部成功或全部不公示） / Publish approved results, all or none (rules 20, 26)',
    authScopes: { writer: true },
    args: { ids: t.arg.idList({ required: true, description: '检查结果编号 / Result ids' }) },
    resolve: async (query, _r, args, ctx) => {
      const ids = [...new Set(args.ids.map(String))];
      if (ids.length === 0) throw userError('VALIDATION.REQUIRED', '检查结果', { field: 'ids' });
      return ctx.prisma.$transaction(async (tx) => {
        await lockRows(tx, 'Result', ids);
        const now = clock.now();
        for (const id of ids) {
          const r = await loadResult(tx, id);
          const unitId = responsibleUnitId(r.taskTarget);
          assertUnitWrite(ctx.user, unitId);
          let next: ResultStatus;
          try {
            next = assertTransition(r, 'PUBLISH');
          } catch (e) {
            throw ids.length > 1 ? userError('RESULT.WRONG_STATE', r.taskTarget.target.name, { resultId: id, status: r.status }) : e;
          }
          await tx.result.update({ where: { id }, data: { status: next, publishedAt: now } });
          await audit(tx, ctx, {
            action: 'publishResult',
            entity: 'Result',
            entityId: id,
            unitId,
            before: { status: r.status },
            after: { status: next, publishedAt: now, dueOn: r.dueOn },
          });
        }
        return tx.result.findMany({ ...query, where: { id: { in: ids } }, orderBy: { id: 'asc' } });
      });
    },
  }),

  closeTaskTarget: t.prismaField({
    type: 'Result',
    description:
      '登记住所无法联系或已注销、吊销的检查对象：不检查，视为完成并记录原因，结果提交审核 / Close a target that cannot be reached or was deregistered: not inspected, counts as completed (rule 23)',
    authScopes: { writer: true },
    args: {
      taskTargetId: t.arg.id({ required: true, description: '任务检查对象 / Task target' }),
      kind: t.arg.string({ required: true, description: 'CLOSED_UNREACHABLE（无法联系）或 CLOSED_DEREGISTERED（已注销、吊销）' }),
      reason: t.arg.string({ required: false, description: '情况说明 / What was found' }),
    },
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, { reason: '情况说明' });
      if (args.kind !== 'CLOSED_UNREACHABLE' && args.kind !== 'CLOSED_DEREGISTERED') throw userError('VALIDATION.INVALID', '办结方式', { field: 'kind' });
      const kind = args.kind;
      return ctx.prisma.$transaction(async (tx) => {
        const tt = await tx.taskTarget.findUnique({ where: { id: String(args.taskTargetId) }, select: { id: true, result: { select: { id: true } } } });
        if (!tt?.result) throw notFound('任务检查对象');
        const r = await loadResult(tx, tt.result.id);
        const unitId = responsibleUnitId(r.taskTarget);
        assertUnitWrite(ctx.user, unitId);
        assertTaskRunning(r);
        if (r.taskTarget.status !== 'PENDING' && r.taskTarget.status !== 'TRANSFERRED')
          throw userError('TASK_TARGET.NOT_PENDING', undefined, { status: r.taskTarget.status });
        const next = assertTransition(r, 'SUBMIT');
        const now = clock.now();
        const reason = args.reason!.trim();
        await tx.taskTarget.update({ where: { id: tt.id }, data: { status: kind, closedReason: reason, closedAt: now } });
        // The directory learns it too, so later draws exclude the target (rule 23, G28).
        await tx.target.update({
          where: { id: r.taskTarget.targetId },
          data: { registrationStatus: kind === 'CLOSED_UNREACHABLE' ? 'UNREACHABLE' : 'DEREGISTERED' },
        });
        await tx.result.update({
          where: { id: r.id },
          data: {
            status: next,
            outcome: kind === 'CLOSED_UNREACHABLE' ? 'UNREACHABLE' : null,
            followUpAction: 'NONE',
            method: null,
            findings: [],
            remarks: reason,
            enteredById: ctx.user!.id,
            submittedAt: now,
            returnReason: null,
          },
        });
        await audit(tx, ctx, {
          action: 'closeTaskTarget',
          entity: 'TaskTarget',
          entityId: tt.id,
          unitId,
          before: { status: r.taskTarget.status, resultStatus: r.status },
          after: { status: kind, closedReason: reason, resultStatus: next },
        });
        return tx.result.findUniqueOrThrow({ ...query, where: { id: r.id } });
      });
    },
  }),

  addEvidence: t.prismaField({
    type: 'Evidence',
    description: `上传证据材料（单个文件不超过 ${EVIDENCE_MAX_BYTES / 1024 / 1024} MB，每个结果最多 ${EVIDENCE_MAX_FILES} 个） / Upload an evidence file (G30)`,
    authScopes: { writer: true },
    args: {
      resultId: t.arg.id({ required: true, description: '检查结果 / Result' }),
      filename: t.arg.string({ required: false, description: '文件名 / File name' }),
      mimeType: t.arg.string({ required: false, description: '文件类型 / MIME type' }),
      contentBase64: t.arg.string({ required: false, description: '文件内容（Base64） / Content, base64' }),
    },
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, { filename: '文件名', mimeType: '文件类型', contentBase64: '文件内容' });
      const mimeType = args.mimeType!.trim().toLowerCase();
      if (!EVIDENCE_TYPES.test(mimeType)) throw userError('EVIDENCE.TYPE_NOT_ALLOWED', mimeType, { field: 'mimeType' });
      const b64 = args.contentBase64!.replace(/\s/g, '');
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0)
        throw userError('VALIDATION.INVALID', '文件内容不是有效的 Base64 编码', { field: 'contentBase64' });
      const data = Buffer.from(b64, 'base64');
      if (data.length === 0) throw userError('VALIDATION.REQUIRED', '文件内容', { field: 'contentBase64' });
      if (data.length > EVIDENCE_MAX_BYTES)
        throw userError('EVIDENCE.TOO_LARGE', `${(data.length / 1024 / 1024).toFixed(1)} MB`, { size: data.length, max: EVIDENCE_MAX_BYTES });
      return ctx.prisma.$transaction(async (tx) => {
        const r = await loadResult(tx, String(args.resultId));
        const unitId = responsibleUnitId(r.taskTarget);
        assertUnitWrite(ctx.user, unitId);
        if (r.status === 'PUBLISHED' || r.status === 'APPROVED') throw userError('RESULT.WRONG_STATE', undefined, { status: r.status });
        if ((await tx.evidence.count({ where: { resultId: r.id } })) >= EVIDENCE_MAX_FILES)
          throw userError('EVIDENCE.TOO_MANY', undefined, { max: EVIDENCE_MAX_FILES });
        const file = await checkEvidence(args.filename!, mimeType, data);
        const e = await tx.evidence.create({
          data: {
            resultId: r.id,
            filename: file.filename,
            mimeType: file.mimeType,
            size: data.length,
            sha256: createHash('sha256').update(data).digest('hex'),
            data,
            uploadedAt: clock.now(),
            uploadedById: ctx.user!.id,
          },
        });
        await audit(tx, ctx, {
          action: 'addEvidence',
          entity: 'Result',
          entityId: r.id,
          unitId,
          after: { evidenceId: e.id, filename: e.filename, size: e.size, sha256: e.sha256 },
        });
        return tx.evidence.findUniqueOrThrow({ ...query, where: { id: e.id } });
      });
    },
  }),

  removeEvidence: t.prismaField({
    type: 'Evidence',
    description: '删除证据材料（结果审核通过前） / Remove an evidence file before the result is approved',
    authScopes: { writer: true },
    args: { id: t.arg.id({ required: true, description: '编号 / Id' }) },
    resolve: async (query, _r, args, ctx) => {
      return ctx.prisma.$transaction(async (tx) => {
        const e = await tx.evidence.findUnique({
          where: { id: String(args.id) },
          select: { id: true, resultId: true, filename: true, sha256: true, size: true },
        });
        if (!e) throw notFound('证据材料');
        const r = await loadResult(tx, e.resultId);
        const unitId = responsibleUnitId(r.taskTarget);
        assertUnitWrite(ctx.user, unitId);
        if (r.status === 'PUBLISHED' || r.status === 'APPROVED') throw userError('RESULT.WRONG_STATE', undefined, { status: r.status });
        const gone = await tx.evidence.findUniqueOrThrow({ ...query, where: { id: e.id } });
        await tx.evidence.delete({ where: { id: e.id } });
        await audit(tx, ctx, { action: 'removeEvidence', entity: 'Result', entityId: r.id, unitId, before: e });
        return gone;
      });
    },
  }),
}));
