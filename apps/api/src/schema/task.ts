// Task (抽查任务): a run of a filed plan, set up by the unit that made the plan before the draw (rule 11, G15),
// executed by that unit or, by delegation, another one (G14). Its classes are in taskClass.ts, its draws in
// draw.ts and commands/. Also the TaskTarget (a drawn target as the executing unit's work) and Visit
// ("进一次门、查多项事", rule 14) objects the locked draw creates.
import type { Prisma } from '@ssj/db/client';
import { TaskStatus, TaskTargetStatus, WithholdingCategory } from '@ssj/db/client';
import {
  mayActOnTask,
  mayApproveCampaign,
  planTransition,
  TASK_STATUS,
  TASK_TARGET_STATUS,
  taskDeletion,
  taskTransition,
  withholding,
  WITHHOLDING_CATEGORY,
} from '@ssj/domain';
import { labelled } from './enums.ts';
import { builder, DateScalar } from '../builder.ts';
import { CheckItemRef } from './checkItem.ts';
import { audit } from '../audit.ts';
import { publishWithholding } from '../publication/outbox.ts';
import type { CurrentUser } from '../context.ts';
import { allowed, notFound, userError } from '../errors.ts';
import { keywordWhere, listQueries } from '../listing.ts';
import { getDrawSettings } from '../settings.ts';
import { assertUnitWrite, refuseBlanking, requireFields } from '../validation.ts';
import { advisoryLock, assertDrawCaps, CAP_CHECK_TX, classRows, LOCK_CLASS, taskForDrawSelect, taskParameters } from '../drawInputs.ts';
import { canWriteUnit } from './unit.ts';
import { clock } from '../clock.ts';
import { fromDateColumn, toDateColumn } from '../dateColumn.ts';

export const TaskStatusEnum = labelled('TaskStatus', '抽查任务状态 / Task status', TaskStatus, TASK_STATUS);

export const TaskTargetStatusEnum = labelled('TaskTargetStatus', '任务中检查对象的状态 / Status of a target in a task', TaskTargetStatus, TASK_TARGET_STATUS);

/** G15: the plan's unit (or ADMIN) changes its task and the task's classes, and only before the draw. */
export function assertTaskEditable(user: CurrentUser | null, task: { ownerUnitId: string; status: TaskStatus }) {
  assertUnitWrite(user, task.ownerUnitId);
  allowed(taskTransition(task.status, 'EDIT'));
}

/** Rule 3 / G15: the plan's unit sets up its tasks; ADMIN any. */
export function canEditTask(user: CurrentUser | null, task: { ownerUnitId: string; status: TaskStatus }): boolean {
  return mayActOnTask(task.status, 'EDIT', { OWNER_UNIT: canWriteUnit(user, task.ownerUnitId) });
}

/** A task record for the audit trail: the server secret never leaves the tasks table before the draw. */
export function taskSnapshot<T extends { serverSecret?: string | null }>(task: T): Omit<T, 'serverSecret'> {
  const { serverSecret: _secret, ...rest } = task;
  return rest;
}

/** Rule 26: the legal grounds for keeping a task's results from the public (labels from the domain, one source). */
export const WithholdingCategoryEnum = labelled(
  'WithholdingCategory',
  '依法不公开的情形 / Legal ground for withholding from publication (rule 26)',
  WithholdingCategory,
  WITHHOLDING_CATEGORY,
);

/**
 * Rule 26: the withholding columns to store, or a typed refusal. `before` is the task as stored (update): a field
 * not given keeps its value while the task stays withheld.
 */
function withholdingFields(
  args: { isPublic?: boolean | null; withheldCategory?: WithholdingCategory | null; withheldBasis?: string | null },
  before: { isPublic: boolean; withheldCategory: WithholdingCategory | null; withheldBasis: string | null } | null,
  userId: string,
  now: Date,
) {
  const isPublic = args.isPublic ?? before?.isPublic ?? true;
  const keep = !isPublic && before && !before.isPublic;
  const category = args.withheldCategory !== undefined ? args.withheldCategory : keep ? before.withheldCategory : null;
  const basis = args.withheldBasis !== undefined ? args.withheldBasis : keep ? before.withheldBasis : null;
  const w = withholding(isPublic, category, basis);
  if (!w.ok) throw userError(w.code, undefined, { field: w.field });
  const changed =
    !before || before.isPublic !== w.value.isPublic || before.withheldCategory !== w.value.withheldCategory || before.withheldBasis !== w.value.withheldBasis;
  return { ...w.value, ...(changed ? { withheldAt: w.value.isPublic ? null : now, withheldById: w.value.isPublic ? null : userId } : {}) };
}

export const TaskRef = builder.prismaObject('Task', {
  description: '抽查任务（执行年度抽查工作计划，摇号前设置） / An inspection task: a run of a filed plan, set up before the draw (G15)',
  authScopes: { signedIn: true },
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code', { description: '任务编号（如 RW-2026-0001） / Task code, e.g. RW-2026-0001' }),
    name: t.exposeString('name', { description: '任务名称 / Name' }),
    planId: t.exposeID('planId', { description: '所属年度抽查工作计划 / The plan this task runs' }),
    planItemId: t.exposeID('planItemId', { nullable: true, description: '对应的计划事项 / The plan item it runs, if one' }),
    plan: t.relation('plan', { description: '所属年度抽查工作计划 / The plan' }),
    planItem: t.relation('planItem', { nullable: true, description: '对应的计划事项 / The plan item' }),
    ownerUnitId: t.exposeID('ownerUnitId', { description: '任务设置单位（制定计划的单位） / The unit that made the plan and set up the task (G15)' }),
    ownerUnit: t.relation('ownerUnit', { description: '任务设置单位 / Owner unit' }),
    executingUnitId: t.exposeID('executingUnitId', { description: '任务执行单位（可委托下级单位） / Executing unit, possibly delegated (G14)' }),
    executingUnit: t.relation('executingUnit', { description: '任务执行单位 / Executing unit' }),
    windowFrom: t.expose('windowFrom', { type: DateScalar, description: '执行开始日期 / Window start' }),
    windowTo: t.expose('windowTo', { type: DateScalar, description: '执行结束日期 / Window end' }),
    status: t.expose('status', { type: TaskStatusEnum, description: '状态 / Status' }),
    temporary: t.exposeBoolean('temporary', { description: '临时性抽查（规则10） / A temporary (ad hoc) check (rule 10)' }),
    campaignOrdered: t.exposeBoolean('campaignOrdered', {
      description:
        '专项行动或上级部门部署的定向检查：经牵头科室批准后，其定向抽取类别不受每年抽中次数限制，也不受一般事项比例上限限制（规则9） / A directed check ordered by a special campaign or higher authority: once the lead unit approves, its directed classes are exempt from the yearly draw cap and the GENERAL-item ratio cap (rule 9, G13)',
    }),
    campaignBasis: t.exposeString('campaignBasis', {
      nullable: true,
      description: "部署依据（文件文号或专项行动名称） / The order's reference: document number or campaign name",
    }),
    campaignApprovedAt: t.expose('campaignApprovedAt', {
      type: 'DateTime',
      nullable: true,
      description:
        '牵头科室批准专项豁免的时间；批准前比例和频次限制照常适用（规则9） / When the lead unit approved the campaign exemption; until then the caps apply (rule 9)',
    }),
    campaignApprovedById: t.exposeID('campaignApprovedById', { nullable: true, description: '批准人 / Approved by' }),
    campaignApprovedByName: t.string({
      nullable: true,
      description: '批准人姓名 / Name of the approver',
      select: { campaignApprovedBy: { select: { name: true } } },
      resolve: (task) => task.campaignApprovedBy?.name ?? null,
    }),
    campaignApprovalDocNo: t.exposeString('campaignApprovalDocNo', { nullable: true, description: "批准依据文号 / Document number of the approval's basis" }),
    campaignApprovalDocDate: t.expose('campaignApprovalDocDate', { type: DateScalar, nullable: true, description: '批准依据文件日期 / Date of that document' }),
    campaignExemptionInForce: t.boolean({
      description:
        '专项豁免是否已生效（已标记且经牵头科室批准；仅适用于定向抽取类别） / Whether the campaign exemption is in force (marked and approved; directed classes only)',
      select: { campaignOrdered: true, campaignApprovedAt: true },
      resolve: (task) => task.campaignOrdered && task.campaignApprovedAt !== null,
    }),
    canApproveCampaign: t.boolean({
      description: '当前用户可否批准专项豁免（牵头科室管理员，摇号前，尚未批准） / Whether the current user may approve the campaign exemption now',
      select: { campaignOrdered: true, campaignApprovedAt: true, status: true },
      resolve: (task, _args, ctx) =>
        mayApproveCampaign(
          { status: task.status, campaignOrdered: task.campaignOrdered, campaignApproved: task.campaignApprovedAt !== null },
          { LEAD_ADMIN: ctx.user?.role === 'ADMIN' && ctx.user.sessionKind === 'SESSION' },
        ),
    }),
    isPublic: t.exposeBoolean('isPublic', { description: '结果是否公示（依法不公开的除外） / Whether results are published (rule 26)' }),
    withheldCategory: t.expose('withheldCategory', {
      type: WithholdingCategoryEnum,
      nullable: true,
      description: '不予公示的情形（依法不公开，仅工作人员可见） / Legal ground for withholding (staff only, rule 26)',
    }),
    withheldBasis: t.exposeString('withheldBasis', {
      nullable: true,
      description: '不予公示的法律依据（条款、文件） / Legal basis: the article or document (staff only, rule 26)',
    }),
    withheldAt: t.expose('withheldAt', { type: 'DateTime', nullable: true, description: '登记不予公示的时间 / When the withholding was recorded' }),
    withheldByName: t.string({
      nullable: true,
      description: '登记不予公示的人 / Who recorded the withholding',
      select: { withheldBy: { select: { name: true } } },
      resolve: (task) => task.withheldBy?.name ?? null,
    }),
    teamSize: t.exposeInt('teamSize', { description: '每个检查对象的检查组人数（≥2） / Inspectors per target (≥2, rule 15)' }),
    seedCommitment: t.exposeString('seedCommitment', {
      nullable: true,
      description: '随机种子承诺值 sha256(服务器密钥)，摇号前公布 / Commitment to the server secret, published before the draw (rule 17)',
    }),
    pendingRedrawReason: t.exposeString('pendingRedrawReason', {
      nullable: true,
      description:
        '已申请重新摇号、尚未再次摇号时的理由（摇号时记入新的摇号记录） / The reason of a requested re-draw, until the next draw records it (rule 17)',
    }),
    announcedAt: t.expose('announcedAt', {
      type: 'DateTime',
      nullable: true,
      description: '任务公告发布时间（名单锁定时） / When the task announcement was published (on lock, G17)',
    }),
    completedOn: t.expose('completedOn', { type: DateScalar, nullable: true, description: '完成日期 / Completed on' }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true, description: '取消时间 / When the task was cancelled' }),
    cancelledByName: t.string({
      nullable: true,
      description: '取消人 / Who cancelled it',
      select: { cancelledBy: { select: { name: true } } },
      resolve: (task) => task.cancelledBy?.name ?? null,
    }),
    cancelReason: t.exposeString('cancelReason', { nullable: true, description: '取消理由 / Why it was cancelled' }),
    cancellable: t.boolean({
      description: '当前用户可否取消（本单位任务且尚未摇号） / Whether the current user may cancel it (own unit, before the draw)',
      select: { ownerUnitId: true, status: true },
      resolve: (task, _args, ctx) => mayActOnTask(task.status, 'CANCEL', { OWNER_UNIT: canWriteUnit(ctx.user, task.ownerUnitId) }),
    }),
    createdById: t.exposeID('createdById', { nullable: true, description: '设置人 / Set up by' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '创建时间 / Created at' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: '修改时间 / Updated at' }),
    checkItems: t.field({
      type: [CheckItemRef],
      description: '本任务的抽查事项 / The checklist items this task checks',
      select: (_args, _ctx, nested) => ({ checkItems: { orderBy: { checkItemId: 'asc' as const }, select: { checkItem: nested(true) } } }),
      resolve: (task) => task.checkItems.map((c) => c.checkItem),
    }),
    checkItemIds: t.idList({
      description: '本任务的抽查事项编号（修改任务时提交的形式） / The ids of its checklist items, as updateTask takes them',
      select: { checkItems: { select: { checkItemId: true }, orderBy: { checkItemId: 'asc' as const } } },
      resolve: (task) => task.checkItems.map((c) => c.checkItemId),
    }),
    classes: t.relation('classes', {
      description: '抽取类别（各自比例，分别抽取、合并下达） / Classes of targets, each at its own ratio (rule 12)',
      query: { orderBy: { key: 'asc' } },
    }),
    draws: t.relation('draws', {
      description: '历次摇号（最新在前，作废的仍保留） / Draws, newest first; superseded ones stay (rule 17)',
      query: { orderBy: [{ drawnAt: 'desc' }, { sequence: 'desc' }] },
    }),
    targets: t.relation('targets', { description: '锁定下发的检查对象 / The locked, dispatched targets (rule 13)', query: { orderBy: { createdAt: 'asc' } } }),
    targetCount: t.relationCount('targets', { description: '锁定下发的检查对象数 / Number of dispatched targets' }),
    editable: t.boolean({
      description: '当前用户可否修改（本单位任务且尚未摇号） / Whether the current user may change it (own unit, not yet drawn)',
      select: { ownerUnitId: true, status: true },
      resolve: (task, _args, ctx) => canEditTask(ctx.user, task),
    }),
  }),
});

export const TaskTargetRef = builder.prismaObject('TaskTarget', {
  description: "任务的检查对象（锁定下发后成为执行单位的工作） / A target of a locked draw, as the executing unit's work",
  authScopes: { signedIn: true },
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    taskId: t.exposeID('taskId', { description: '抽查任务 / Task' }),
    task: t.relation('task', { description: '抽查任务 / Task' }),
    targetId: t.exposeID('targetId', { description: '检查对象 / Target' }),
    target: t.relation('target', { description: '检查对象 / Target' }),
    visitId: t.exposeID('visitId', {
      nullable: true,
      description: '所属检查（合并时与其他任务共用） / The visit, shared with other tasks when merged (rule 14)',
    }),
    visit: t.relation('visit', { nullable: true, description: '所属检查 / The visit' }),
    status: t.expose('status', { type: TaskTargetStatusEnum, description: '状态 / Status' }),
    closedReason: t.exposeString('closedReason', { nullable: true, description: '未检查而办结的原因 / Why it was closed without inspection (G28)' }),
    transferNoticeRef: t.exposeString('transferNoticeRef', {
      nullable: true,
      description: '移交迁入地单位的书面通知文号 / Reference of the written transfer notice (G28)',
    }),
    resultDueOn: t.field({
      type: DateScalar,
      nullable: true,
      description: '结果录入公示截止日（任务完成后第 20 个工作日） / Result due date: the 20th working day after the task was completed (rule 20)',
      select: { result: { select: { dueOn: true } } },
      resolve: (tt) => tt.result?.dueOn ?? null,
    }),
    resultDueProvisional: t.boolean({
      description: '结果截止日为暂定（按尚未声明的年度推算） / The result due date is provisional: counted through an undeclared year (rule 20)',
      select: { result: { select: { dueProvisional: true } } },
      resolve: (tt) => tt.result?.dueProvisional ?? false,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '下发时间 / Dispatched at' }),
  }),
});

export const VisitRef = builder.prismaObject('Visit', {
  description: '一次入户检查（不同计划的任务抽中同一对象时合并，"进一次门、查多项事"） / One visit to a target serving one or more tasks (rule 14)',
  authScopes: { signedIn: true },
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    targetId: t.exposeID('targetId', { description: '检查对象 / Target' }),
    target: t.relation('target', { description: '检查对象 / Target' }),
    windowFrom: t.expose('windowFrom', {
      type: DateScalar,
      description: '可检查的开始日期（各任务时间段的交集） / First day serving every task (intersection of windows)',
    }),
    windowTo: t.expose('windowTo', { type: DateScalar, description: '可检查的结束日期 / Last day serving every task' }),
    merged: t.exposeBoolean('merged', { description: '是否合并了多个任务 / Whether it serves several tasks' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '创建时间 / Created at' }),
    taskTargets: t.relation('taskTargets', {
      description: '本次检查服务的任务对象 / The task targets this visit serves',
      query: { orderBy: { createdAt: 'asc' } },
    }),
  }),
});

const TaskFilter = builder.inputType('TaskFilter', {
  description: '抽查任务筛选 / Task filter',
  fields: (t) => ({
    ids: t.idList({ required: false, description: '编号列表 / Ids' }),
    q: t.string({ required: false, description: '关键词：名称、任务编号 / Keyword: name, code' }),
    planId: t.id({ required: false, description: '计划 / Plan' }),
    unitId: t.id({ required: false, description: '本单位设置或执行的任务（规则 11） / Tasks the unit set up or executes (rule 11)' }),
    ownerUnitId: t.id({ required: false, description: '任务设置单位 / Owner unit' }),
    executingUnitId: t.id({ required: false, description: '任务执行单位 / Executing unit' }),
    status: t.field({ type: TaskStatusEnum, required: false, description: '状态 / Status' }),
    year: t.int({ required: false, description: '计划年度 / Plan year' }),
  }),
});

function taskWhere(f: typeof TaskFilter.$inferInput | null | undefined): Prisma.TaskWhereInput {
  return {
    ...(f?.ids ? { id: { in: f.ids.map(String) } } : {}),
    ...(f?.planId ? { planId: String(f.planId) } : {}),
    ...(f?.unitId ? { OR: [{ ownerUnitId: String(f.unitId) }, { executingUnitId: String(f.unitId) }] } : {}),
    ...(f?.ownerUnitId ? { ownerUnitId: String(f.ownerUnitId) } : {}),
    ...(f?.executingUnitId ? { executingUnitId: String(f.executingUnitId) } : {}),
    ...(f?.status ? { status: f.status } : {}),
    ...(typeof f?.year === 'number' ? { plan: { year: f.year } } : {}),
    AND: keywordWhere<Prisma.TaskWhereInput>(f?.q, ['name', 'code']),
  };
}

const sortable = {
  code: (dir: 'asc' | 'desc') => ({ code: dir }),
  name: (dir: 'asc' | 'desc') => ({ name: dir }),
  status: (dir: 'asc' | 'desc') => ({ status: dir }),
  windowFrom: (dir: 'asc' | 'desc') => ({ windowFrom: dir }),
  windowTo: (dir: 'asc' | 'desc') => ({ windowTo: dir }),
  createdAt: (dir: 'asc' | 'desc') => ({ createdAt: dir }),
  updatedAt: (dir: 'asc' | 'desc') => ({ updatedAt: dir }),
} satisfies Record<string, (d: 'asc' | 'desc') => Prisma.TaskOrderByWithRelationInput>;

builder.queryFields((t) => ({
  ...listQueries(t, {
    model: 'Task',
    plural: 'Tasks',
    label: ['抽查任务', 'task'],
    filter: TaskFilter,
    where: taskWhere,
    sortable: sortable,
    fallback: { field: 'createdAt', dir: 'desc' },
  }),
}));

const LABELS = { planId: '抽查工作计划', name: '任务名称', windowFrom: '执行开始日期', windowTo: '执行结束日期' };
const UPDATE_LABELS = { name: '任务名称', windowFrom: '执行开始日期', windowTo: '执行结束日期', executingUnitId: '任务执行单位' };

const taskArgs = builder.args((t) => ({
  name: t.string({ required: false, description: '任务名称 / Name' }),
  planItemId: t.id({ required: false, description: '对应的计划事项（可选） / The plan item it runs (optional)' }),
  executingUnitId: t.id({
    required: false,
    description: '任务执行单位，默认任务设置单位；可委托其他单位 / Executing unit; defaults to the owner, may be delegated (G14)',
  }),
  windowFrom: t.field({ type: DateScalar, required: false, description: '执行开始日期（计划年度内） / Window start, within the plan year' }),
  windowTo: t.field({ type: DateScalar, required: false, description: '执行结束日期（计划年度内） / Window end, within the plan year' }),
  checkItemIds: t.idList({
    required: false,
    description: "抽查事项（须在计划中）；给出计划事项时默认为其事项 / Checklist items, all in the plan; default: the plan item's",
  }),
  teamSize: t.int({ required: false, description: '每个检查对象的检查组人数，至少 2 人（默认 2） / Inspectors per target, at least 2 (default 2)' }),
  isPublic: t.boolean({
    required: false,
    description:
      '结果是否公示（默认是；否则须填写不公开情形和依据） / Whether results are published (default true; otherwise give the ground and basis, rule 26)',
  }),
  withheldCategory: t.field({
    type: WithholdingCategoryEnum,
    required: false,
    description: '不予公示的情形（不公示时必填） / Legal ground, required when not published',
  }),
  withheldBasis: t.string({
    required: false,
    description: '不予公示的法律依据：条款或文件名称、文号（不公示时必填） / Legal basis: article or document, required when not published',
  }),
  temporary: t.boolean({ required: false, description: "临时性抽查（默认取计划事项的设置） / A temporary check (default: the plan item's)" }),
  campaignOrdered: t.boolean({
    required: false,
    description:
      '专项行动或上级部门部署的定向检查（默认否；是则须填写部署依据） / Ordered by a special campaign or higher authority (default false; needs campaignBasis)',
  }),
  campaignBasis: t.string({ required: false, description: "部署依据：文件文号或专项行动名称 / The order's reference: document number or campaign name" }),
}));

type PlanForTask = { id: string; unitId: string; year: number; status: string; items: { id: string; checkItemId: string; temporary: boolean }[] };

/** A YYYY-MM-DD date as stored in a @db.Date column, and back. */

function assertTeamSize(teamSize: number | null | undefined) {
  if (teamSize === null || teamSize === undefined) return;
  // Rule 15 (G19): at least two inspectors per target.
  if (!Number.isInteger(teamSize) || teamSize < 2) throw userError('TASK.TEAM_SIZE_TOO_SMALL', `${teamSize}`, { field: 'teamSize' });
}

function assertWindow(from: string, to: string, year: number) {
  if (from > to) throw userError('VALIDATION.INVALID', '执行开始日期不能晚于结束日期', { field: 'windowTo' });
  if (from < `${year}-01-01` || to > `${year}-12-31`) {
    throw userError('TASK.WINDOW_OUTSIDE_PLAN_YEAR', `${from} 至 ${to} 不在 ${year} 年度内`, {
      field: from < `${year}-01-01` ? 'windowFrom' : 'windowTo',
      year,
    });
  }
}

/**
 * Rule 9 (G13): a campaign-ordered check names the order it follows; a basis without the flag is refused. Returns
 * the columns to store (the basis is cleared when the flag is off).
 */
function campaignFields(ordered: boolean, basis: string | null | undefined): { campaignOrdered: boolean; campaignBasis: string | null } {
  const b = basis?.trim() || null;
  if (ordered && !b) throw userError('TASK.CAMPAIGN_BASIS_REQUIRED', undefined, { field: 'campaignBasis' });
  if (!ordered && b) throw userError('TASK.CAMPAIGN_BASIS_WITHOUT_ORDER', undefined, { field: 'campaignBasis' });
  return { campaignOrdered: ordered, campaignBasis: ordered ? b : null };
}

/** The columns of a campaign approval, cleared. */
const NO_CAMPAIGN_APPROVAL = { campaignApprovedAt: null, campaignApprovedById: null, campaignApprovalDocNo: null, campaignApprovalDocDate: null } as const;

/** The items must be in the plan (a task runs the plan, G15) and still on the checklist. */
async function assertCheckItems(tx: Prisma.TransactionClient, plan: PlanForTask, ids: string[]) {
  if (ids.length === 0) throw userError('VALIDATION.REQUIRED', '抽查事项', { field: 'checkItemIds' });
  const inPlan = new Set(plan.items.map((i) => i.checkItemId));
  const items = await tx.checkItem.findMany({ where: { id: { in: ids } }, select: { id: true, code: true, name: true, retiredAt: true } });
  const found = new Map(items.map((i) => [i.id, i]));
  for (const id of ids) {
    const item = found.get(id);
    if (!item) throw userError('VALIDATION.INVALID', '抽查事项不存在', { field: 'checkItemIds' });
    if (item.retiredAt) throw userError('VALIDATION.INVALID', `抽查事项 ${item.code} 已停用`, { field: 'checkItemIds' });
    if (!inPlan.has(id)) throw userError('TASK.CHECK_ITEM_NOT_IN_PLAN', `${item.code}“${item.name}”`, { field: 'checkItemIds' });
  }
}

async function assertUnit(tx: Prisma.TransactionClient, unitId: string) {
  const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { retiredAt: true } });
  if (!unit || unit.retiredAt) throw userError('VALIDATION.INVALID', '任务执行单位不存在或已停用', { field: 'executingUnitId' });
}

/** RW-<year>-<serial>, serialised by an advisory lock so two tasks never get one code. */
async function nextTaskCode(tx: Prisma.TransactionClient, year: number): Promise<string> {
  await advisoryLock(tx, LOCK_CLASS.taskCode, year);
  const prefix = `RW-${year}-`;
  const last = await tx.task.findFirst({ where: { code: { startsWith: prefix } }, orderBy: { code: 'desc' }, select: { code: true } });
  const serial = last ? Number(last.code.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(serial).padStart(4, '0')}`;
}

const uniqueIds = (ids: readonly (string | number)[]) => [...new Set(ids.map(String))];

builder.mutationFields((t) => ({
  createTask: t.prismaField({
    type: 'Task',
    description: "设置抽查任务（计划须已备案；由制定计划的单位设置） / Set up a task of a filed plan (by the plan's unit, G15)",
    authScopes: { writer: true },
    args: { planId: t.arg.id({ required: false, description: '抽查工作计划（须已备案） / The plan (must be filed)' }), ...taskArgs },
    resolve: async (query, _root, args, ctx) => {
      requireFields(args, LABELS);
      if (!args.planItemId && !args.checkItemIds?.length) throw userError('VALIDATION.REQUIRED', '抽查事项', { field: 'checkItemIds' });
      assertTeamSize(args.teamSize);
      const campaign = campaignFields(args.campaignOrdered ?? false, args.campaignBasis);
      const withheld = withholdingFields(args, null, ctx.user!.id, clock.now());
      return ctx.prisma.$transaction(async (tx) => {
        const plan = await tx.plan.findUnique({
          where: { id: String(args.planId) },
          select: { id: true, unitId: true, year: true, status: true, items: { select: { id: true, checkItemId: true, temporary: true } } },
        });
        if (!plan) throw notFound('抽查工作计划');
        assertUnitWrite(ctx.user, plan.unitId);
        allowed(planTransition(plan.status, 'SET_UP_TASK'), { field: 'planId' });
        const planItem = args.planItemId ? plan.items.find((i) => i.id === String(args.planItemId)) : undefined;
        if (args.planItemId && !planItem) throw userError('VALIDATION.INVALID', '计划事项不属于该计划', { field: 'planItemId' });
        assertWindow(args.windowFrom!, args.windowTo!, plan.year);
        const checkItemIds = args.checkItemIds?.length ? uniqueIds(args.checkItemIds) : [planItem!.checkItemId];
        await assertCheckItems(tx, plan, checkItemIds);
        const executingUnitId = args.executingUnitId ? String(args.executingUnitId) : plan.unitId;
        if (executingUnitId !== plan.unitId) await assertUnit(tx, executingUnitId);
        const code = await nextTaskCode(tx, plan.year);
        const created = await tx.task.create({
          data: {
            code,
            name: args.name!.trim(),
            planId: plan.id,
            planItemId: planItem?.id ?? null,
            ownerUnitId: plan.unitId,
            executingUnitId,
            windowFrom: toDateColumn(args.windowFrom!),
            windowTo: toDateColumn(args.windowTo!),
            teamSize: args.teamSize ?? 2,
            ...withheld,
            temporary: args.temporary ?? planItem?.temporary ?? false,
            ...campaign,
            createdById: ctx.user!.id,
            checkItems: { create: checkItemIds.map((checkItemId) => ({ checkItemId })) },
          },
        });
        if (!created.isPublic) await publishWithholding(tx, ctx, created.id, clock.now());
        await audit(tx, ctx, {
          action: 'createTask',
          entity: 'Task',
          entityId: created.id,
          unitId: plan.unitId,
          after: { ...taskSnapshot(created), checkItemIds },
        });
        return tx.task.findUniqueOrThrow({ ...query, where: { id: created.id } });
      });
    },
  }),
  updateTask: t.prismaField({
    type: 'Task',
    description: '修改抽查任务（仅摇号前） / Change a task (only before the draw)',
    authScopes: { writer: true },
    args: { id: t.arg.id({ required: true, description: '编号 / Id' }), ...taskArgs },
    resolve: async (query, _root, args, ctx) => {
      const id = String(args.id);
      refuseBlanking(args, UPDATE_LABELS);
      if (args.checkItemIds && args.checkItemIds.length === 0) throw userError('VALIDATION.REQUIRED', '抽查事项', { field: 'checkItemIds' });
      assertTeamSize(args.teamSize);
      return ctx.prisma.$transaction(async (tx) => {
        const before = await tx.task.findUnique({
          where: { id },
          include: {
            checkItems: { select: { checkItemId: true } },
            plan: { select: { id: true, unitId: true, year: true, status: true, items: { select: { id: true, checkItemId: true, temporary: true } } } },
          },
        });
        if (!before) throw notFound('抽查任务');
        assertTaskEditable(ctx.user, before);
        const { plan, checkItems: beforeItems, ...beforeTask } = before;
        let planItemId = before.planItemId;
        if (args.planItemId !== undefined) {
          planItemId = args.planItemId === null ? null : String(args.planItemId);
          if (planItemId && !plan.items.some((i) => i.id === planItemId))
            throw userError('VALIDATION.INVALID', '计划事项不属于该计划', { field: 'planItemId' });
        }
        const windowFrom = args.windowFrom ?? fromDateColumn(before.windowFrom);
        const windowTo = args.windowTo ?? fromDateColumn(before.windowTo);
        assertWindow(windowFrom, windowTo, plan.year);
        const executingUnitId = args.executingUnitId ? String(args.executingUnitId) : before.executingUnitId;
        if (executingUnitId !== before.executingUnitId) await assertUnit(tx, executingUnitId);
        // Turning the flag off drops the basis; turning it on (or keeping it) needs one.
        const campaignOrdered = args.campaignOrdered ?? before.campaignOrdered;
        const campaign = campaignFields(campaignOrdered, args.campaignBasis !== undefined ? args.campaignBasis : campaignOrdered ? before.campaignBasis : null);
        const campaignChanged = campaign.campaignOrdered !== before.campaignOrdered || campaign.campaignBasis !== before.campaignBasis;
        const beforeItemIds = beforeItems.map((i) => i.checkItemId).sort();
        const checkItemIds = args.checkItemIds ? uniqueIds(args.checkItemIds).sort() : beforeItemIds;
        const itemsChanged = checkItemIds.join() !== beforeItemIds.join();
        const classItemChanges: { classId: string; key: string; before: string[]; after: string[] }[] = [];
        if (itemsChanged) {
          await assertCheckItems(tx, plan, checkItemIds);
          // A class that names a removed item keeps its other items; one left with none is refused (rule 2: the
          // class would silently fall back to every item of the task).
          const removed = new Set(beforeItemIds.filter((c) => !checkItemIds.includes(c)));
          if (removed.size > 0) {
            for (const c of await tx.taskClass.findMany({
              where: { taskId: id },
              select: { id: true, key: true, checkItemIds: true },
              orderBy: { key: 'asc' },
            })) {
              if (!c.checkItemIds.some((i) => removed.has(i))) continue;
              const kept = c.checkItemIds.filter((i) => !removed.has(i));
              if (kept.length === 0) throw userError('TASK.CHECK_ITEM_IN_USE_BY_CLASS', `抽取类别“${c.key}”`, { field: 'checkItemIds', classKey: c.key });
              classItemChanges.push({ classId: c.id, key: c.key, before: c.checkItemIds, after: kept });
            }
            for (const ch of classItemChanges) await tx.taskClass.update({ where: { id: ch.classId }, data: { checkItemIds: ch.after } });
          }
          await tx.taskCheckItem.deleteMany({ where: { taskId: id, checkItemId: { notIn: checkItemIds } } });
          await tx.taskCheckItem.createMany({
            data: checkItemIds.filter((c) => !beforeItemIds.includes(c)).map((checkItemId) => ({ taskId: id, checkItemId })),
            skipDuplicates: true,
          });
        }
        const after = await tx.task.update({
          where: { id },
          data: {
            name: args.name?.trim() ?? undefined,
            planItemId,
            executingUnitId,
            windowFrom: toDateColumn(windowFrom),
            windowTo: toDateColumn(windowTo),
            teamSize: args.teamSize ?? undefined,
            ...withholdingFields(args, before, ctx.user!.id, clock.now()),
            temporary: args.temporary ?? undefined,
            ...campaign,
            // Rule 9: an approval is of one order; a changed order (or none) needs the lead unit's approval again.
            ...(campaignChanged ? NO_CAMPAIGN_APPROVAL : {}),
          },
        });
        if (itemsChanged || campaignChanged) {
          // Rule 2: a GENERAL item added to the task caps the classes drawing for all of its items; and a task whose
          // campaign order changed has lost its approval and is capped again (rule 9), so a class above a cap is refused.
          const task = await tx.task.findUniqueOrThrow({ where: { id }, select: taskForDrawSelect });
          if (task.classes.length > 0) {
            const { parameters, items } = taskParameters(task, await getDrawSettings(tx));
            await assertDrawCaps(tx, parameters, classRows(task), items, clock.now());
          }
        }
        const classes = (pick: 'before' | 'after') =>
          classItemChanges.length > 0 ? { classCheckItemIds: Object.fromEntries(classItemChanges.map((c) => [c.key, c[pick]])) } : {};
        // Rule 26: a withholding decided, changed or lifted is published (its ground, not what is withheld).
        if (
          after.isPublic !== beforeTask.isPublic ||
          after.withheldCategory !== beforeTask.withheldCategory ||
          after.withheldBasis !== beforeTask.withheldBasis
        ) {
          await publishWithholding(tx, ctx, id, clock.now());
        }
        await audit(tx, ctx, {
          action: 'updateTask',
          entity: 'Task',
          entityId: id,
          unitId: before.ownerUnitId,
          before: { ...taskSnapshot(beforeTask), checkItemIds: beforeItemIds, ...classes('before') },
          after: { ...taskSnapshot(after), checkItemIds, ...classes('after') },
        });
        return tx.task.findUniqueOrThrow({ ...query, where: { id } });
      }, CAP_CHECK_TX);
    },
  }),
  deleteTask: t.prismaField({
    type: 'Task',
    description: '删除从未摇号的抽查任务 / Delete a task that was never drawn',
    authScopes: { writer: true },
    args: { id: t.arg.id({ required: true, description: '编号 / Id' }) },
    resolve: async (query, _root, args, ctx) => {
      const id = String(args.id);
      return ctx.prisma.$transaction(async (tx) => {
        const before = await tx.task.findUnique({
          where: { id },
          include: { checkItems: { select: { checkItemId: true } }, classes: true, _count: { select: { draws: true } } },
        });
        if (!before) throw notFound('抽查任务');
        assertUnitWrite(ctx.user, before.ownerUnitId);
        // Rule 17: a drawn task keeps its draws; it is never deleted.
        allowed(taskDeletion({ status: before.status, hasDraws: before._count.draws > 0 }));
        const shown = await tx.task.findUniqueOrThrow({ ...query, where: { id } });
        await tx.taskCheckItem.deleteMany({ where: { taskId: id } });
        await tx.taskClass.deleteMany({ where: { taskId: id } });
        await tx.task.delete({ where: { id } });
        const { _count, checkItems, ...record } = before;
        await audit(tx, ctx, {
          action: 'deleteTask',
          entity: 'Task',
          entityId: id,
          unitId: before.ownerUnitId,
          before: { ...taskSnapshot(record), checkItemIds: checkItems.map((c) => c.checkItemId) },
        });
        return shown;
      });
    },
  }),
}));
