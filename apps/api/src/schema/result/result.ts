import type { Prisma } from '@ssj/db/client';
import type { ResultStatus } from '@ssj/db/client';
import { isViolation, resultTransition, teamMemberFor, type TeamMemberRef } from '@ssj/domain';
import { builder, DateScalar } from '../../builder.ts';
import type { CurrentUser } from '../../context.ts';
import { CheckMethodEnum } from '../enums.ts';
import { canWriteUnit } from '../unit.ts';
import { TaskRef } from '../task.ts';
import { TargetRef } from '../target.ts';
import { ResultStatusEnum, ResultOutcomeEnum, FollowUpActionEnum } from './resultEnums.ts';
import { DeadlineRef, deadlineOf } from './deadline.ts';
import { responsibleSelect, responsibleUnitId } from './responsible.ts';
import { FindingRef, findingsOf } from './finding.ts';

/** Rule 19 (G26.3): the result is entered by an inspector of the visit's team, while 未录入 or 退回. */
export function canEnter(user: CurrentUser | null, r: { status: ResultStatus; taskTarget: { visit: { teams: { members: TeamMemberRef[] }[] } | null } }) {
  return !!user && teamMemberFor(r.taskTarget.visit?.teams[0]?.members ?? null, user.inspectorId ?? null).ok && resultTransition(r.status, 'EDIT').ok;
}
const teamSelect = {
  visit: {
    select: { teams: { select: { members: { select: { id: true, inspectorId: true, role: true, active: true } } }, orderBy: { createdAt: 'desc' }, take: 1 } },
  },
} satisfies Prisma.TaskTargetSelect;

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
    version: t.exposeInt('version', {
      description: '版本（每次修改加一；保存时须注明从哪一版开始填写） / Version: rises with every change; a save names the one it started from',
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
      description: '当前用户可否录入（检查组的执法检查人员，未录入或退回） / Whether the current user may enter it now: an inspector of the team (rule 19)',
      select: { status: true, taskTarget: { select: teamSelect } },
      resolve: (r, _a, ctx) => canEnter(ctx.user, r),
    }),
    reviewable: t.boolean({
      description: '当前用户可否审核（本单位或牵头科室、待审核、非本人提交） / Whether the current user may return or approve it',
      select: { status: true, enteredById: true, taskTarget: { select: responsibleSelect } },
      resolve: (r, _a, ctx) =>
        resultTransition(r.status, 'APPROVE').ok && !!ctx.user && r.enteredById !== ctx.user.id && canWriteUnit(ctx.user, responsibleUnitId(r.taskTarget)),
    }),
    publishable: t.boolean({
      description: '当前用户可否公示（本单位、已通过） / Whether the current user may publish it',
      select: { status: true, taskTarget: { select: responsibleSelect } },
      resolve: (r, _a, ctx) => resultTransition(r.status, 'PUBLISH').ok && canWriteUnit(ctx.user, responsibleUnitId(r.taskTarget)),
    }),
  }),
});
