// The on-site procedure as data (rule 19; G5, G26, G32) — read by the result entry page and by the printed
// 检查告知书 / 现场检查记录表. Three records:
// - PreCheck (预查比对, on the task target): sources compared, what was found, the day — before the visit.
// - OnSiteRecord (现场检查笔录, on the result): certificates shown (team inspector, number), the inspection notice
//   served (when, to whom), a verdict per check point of the result's form, the representative's signature or
//   refusal (with the note and a witness), the video, samples kept (留样).
// - ResultConfirmation (签字确认): one row per team member per version; an edit of the result, its pre-check or its
//   on-site record withdraws the live ones (withdrawnAt) so the history shows who signed what.
//
// Decisions (packages/domain/src/onSite.ts decides what is required per method and outcome):
// - Only an account linked to an active inspector of the visit's team (User.inspectorId) records the pre-check and
//   the on-site record and confirms the result (RESULT.NOT_ON_TEAM) — a joint team's neighbour inspector too;
//   entering the result's own fields and submitting it also needs the responsible unit (rule 3), as before.
//   The visit's team is its latest (a target transferred to another unit gets that unit's team). Reviewing
//   (return, approve) stays with the unit, four eyes.
// - Partial saves are allowed (an inspector fills the record on site in several steps); the requirements are
//   enforced when a member confirms and when the result is submitted — every active inspector must have confirmed.
// - Input shape is checked on save: certificates only of team inspectors, check points only of the form, samples
//   with what / how many (≥1) / where kept, dates not in the future.
import type { Prisma } from '@ssj/db/client';
import { PreCheckSource, RepresentativeSignature } from '@ssj/db/client';
import {
  POINT_VERDICTS,
  PRE_CHECK_SOURCE,
  REPRESENTATIVE_SIGNATURE,
  closedWithoutInspection,
  confirmTransition,
  confirmationState,
  entryProblems,
  onSiteProblems,
  onSiteRequirements,
  teamMemberFor,
  type OnSiteProblem,
  type PointVerdict,
  type EntryProblem,
} from '@ssj/domain';
import { audit } from '../../audit.ts';
import { builder, DateScalar } from '../../builder.ts';
import { chinaDay, clock } from '../../clock.ts';
import type { Context } from '../../context.ts';
import { notFound, userError } from '../../errors.ts';
import { labelled } from '../enums.ts';
import { TeamRef } from '../team.ts';
import { findingsOf } from './finding.ts';
import { assertTaskRunning, assertTransition, loadResult } from './write.ts';
import { fromDateColumn, toDateColumn } from '../../dateColumn.ts';

type Tx = Prisma.TransactionClient;

export const PreCheckSourceEnum = labelled('PreCheckSource', '预查比对内容 / What a pre-check compared', PreCheckSource, PRE_CHECK_SOURCE);
export const RepresentativeSignatureEnum = labelled(
  'RepresentativeSignature',
  '当事人签字情况 / Whether the representative signed',
  RepresentativeSignature,
  REPRESENTATIVE_SIGNATURE,
);
export const PointVerdictEnum = builder.enumType('PointVerdict', {
  description: '检查要点的结论 / The verdict on one check point',
  values: {
    COMPLIANT: { description: '符合 / Compliant' },
    NON_COMPLIANT: { description: '不符合 / Non-compliant' },
    NOT_APPLICABLE: { description: '不涉及 / Not applicable' },
  },
});

// ——— stored shapes (OnSiteRecord's JSON columns) ——————————————————————————————————————————————

export type CertificateShown = { inspectorId: string; name: string; certificateNumber: string };
export type PointFinding = { pointKey: string; label: string; verdict: PointVerdict | null; note: string | null };
export type Sample = { what: string; quantity: number; keptAt: string };
const list = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

const CertificateRef = builder.objectRef<CertificateShown>('CertificateShown').implement({
  description: '出示的执法证件 / An enforcement certificate shown on site (G26.2)',
  fields: (t) => ({
    inspectorId: t.exposeID('inspectorId', { description: '执法检查人员 / Inspector' }),
    name: t.exposeString('name', { description: '姓名 / Name' }),
    certificateNumber: t.exposeString('certificateNumber', { description: '执法证号 / Certificate number' }),
  }),
});
const PointFindingRef = builder.objectRef<PointFinding>('PointFinding').implement({
  description: '检查表单一个检查要点的检查情况 / The finding on one check point of the form',
  fields: (t) => ({
    pointKey: t.exposeString('pointKey', { description: '检查要点 / Check point key' }),
    label: t.exposeString('label', { description: '检查要点名称 / Check point' }),
    verdict: t.field({ type: PointVerdictEnum, nullable: true, description: '结论 / Verdict', resolve: (p) => p.verdict }),
    note: t.string({ nullable: true, description: '情况说明 / Note', resolve: (p) => p.note }),
  }),
});
const SampleRef = builder.objectRef<Sample>('Sample').implement({
  description: '留样 / A sample taken (G32)',
  fields: (t) => ({
    what: t.exposeString('what', { description: '样品名称 / What' }),
    quantity: t.exposeInt('quantity', { description: '数量 / How many' }),
    keptAt: t.exposeString('keptAt', { description: '存放地点 / Where kept' }),
  }),
});

const PreCheckRef = builder.prismaObject('PreCheck', {
  description: '预查比对（现场检查前） / The pre-check before the visit (rule 19, G26.1)',
  authScopes: { signedIn: true },
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    taskTargetId: t.exposeID('taskTargetId', { description: '任务检查对象 / Task target' }),
    sources: t.field({ type: [PreCheckSourceEnum], description: '比对内容 / What was compared', select: { sources: true }, resolve: (p) => p.sources }),
    findings: t.exposeString('findings', { description: '比对发现 / What was found' }),
    checkedOn: t.expose('checkedOn', { type: DateScalar, description: '比对日期 / Checked on' }),
    checkedByName: t.string({ description: '比对人 / Checked by', select: { checkedBy: { select: { name: true } } }, resolve: (p) => p.checkedBy.name }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: '修改时间 / Updated at' }),
  }),
});

builder.prismaObject('OnSiteRecord', {
  description: '现场检查笔录 / The on-site record of a result (rule 19, G26.2, G32)',
  authScopes: { signedIn: true },
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    certificates: t.field({
      type: [CertificateRef],
      description: '出示执法证件的检查人员 / Certificates shown',
      select: { certificates: true },
      resolve: (r) => list<CertificateShown>(r.certificates),
    }),
    noticeServedAt: t.expose('noticeServedAt', { type: 'DateTime', nullable: true, description: '检查告知书送达时间 / Notice served at' }),
    noticeServedTo: t.exposeString('noticeServedTo', { nullable: true, description: '检查告知书签收人 / Notice served to' }),
    pointFindings: t.field({
      type: [PointFindingRef],
      description: '各检查要点的检查情况 / Findings per check point of the form',
      select: { pointFindings: true },
      resolve: (r) => list<PointFinding>(r.pointFindings),
    }),
    recordText: t.exposeString('recordText', { nullable: true, description: '现场笔录（发现问题、处置措施、整改情况） / Record text' }),
    representativeName: t.exposeString('representativeName', { nullable: true, description: '当事人（检查对象在场人员） / Representative' }),
    signature: t.expose('signature', { type: RepresentativeSignatureEnum, nullable: true, description: '当事人签字情况 / Signature' }),
    refusalNote: t.exposeString('refusalNote', { nullable: true, description: '拒签情况说明 / Refusal note' }),
    witnessName: t.exposeString('witnessName', { nullable: true, description: '见证人 / Witness' }),
    videoRecorded: t.exposeBoolean('videoRecorded', { nullable: true, description: '是否全过程执法记录 / Whole visit on video' }),
    videoNote: t.exposeString('videoNote', { nullable: true, description: '未录像的原因 / Why no video' }),
    samples: t.field({ type: [SampleRef], description: '留样 / Samples taken', select: { samples: true }, resolve: (r) => list<Sample>(r.samples) }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: '修改时间 / Updated at' }),
  }),
});

builder.prismaObject('ResultConfirmation', {
  description: '检查组成员对检查结果的签字确认（修改后作废） / A team member confirming the result; withdrawn by a later edit (G26.3)',
  authScopes: { signedIn: true },
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    teamMemberId: t.exposeID('teamMemberId', { description: '检查组成员 / Team member' }),
    userName: t.string({ description: '确认人 / Confirmed by', select: { user: { select: { name: true } } }, resolve: (c) => c.user.name }),
    confirmedAt: t.expose('confirmedAt', { type: 'DateTime', description: '确认时间 / Confirmed at' }),
    withdrawnAt: t.expose('withdrawnAt', { type: 'DateTime', nullable: true, description: '因修改作废的时间 / Withdrawn at (edited after)' }),
  }),
});

const RequirementsRef = builder.objectRef<ReturnType<typeof onSiteRequirements>>('OnSiteRequirements').implement({
  description: '按检查方式和结果，提交前必须记录的现场检查程序 / What the on-site procedure requires for this method and outcome (rule 19)',
  fields: (t) => ({
    preCheck: t.exposeBoolean('preCheck', { description: '预查比对 / Pre-check' }),
    certificates: t.exposeInt('certificates', { description: '至少出示执法证件人数 / Certificates needed' }),
    notice: t.exposeBoolean('notice', { description: '送达检查告知书 / Notice served' }),
    pointFindings: t.exposeBoolean('pointFindings', { description: '逐项检查要点 / Every check point' }),
    signature: t.exposeBoolean('signature', { description: '当事人签字或拒签见证 / Signature or witnessed refusal' }),
    video: t.exposeBoolean('video', { description: '全过程执法记录 / Video' }),
    samples: t.exposeBoolean('samples', { description: '留样 / Samples' }),
  }),
});

type Problem = { code: string; field: string };
const ProblemRef = builder.objectRef<Problem>('SubmissionProblem').implement({
  description: '提交审核前尚缺的内容 / What still stops the result from being submitted',
  fields: (t) => ({
    code: t.exposeString('code', { description: '错误代码 / Stable code' }),
    field: t.exposeString('field', { description: '字段 / Field' }),
  }),
});

// ——— loading what the rules look at ————————————————————————————————————————————————————————————

const memberSelect = { id: true, inspectorId: true, role: true, active: true, inspector: { select: { name: true, certificateNumber: true } } } as const;

/** Everything rule 19 looks at for one result, in one query. */
export const procedureSelect = {
  id: true,
  status: true,
  method: true,
  outcome: true,
  inspectedOn: true,
  formId: true,
  followUpAction: true,
  findings: true,
  form: { select: { fields: true } },
  onSiteRecord: true,
  confirmations: { select: { teamMemberId: true, withdrawnAt: true } },
  taskTarget: {
    select: {
      status: true,
      preCheck: { select: { sources: true, findings: true, checkedOn: true } },
      visit: { select: { teams: { select: { members: { select: memberSelect } }, orderBy: { createdAt: 'desc' }, take: 1 } } },
      task: { select: { checkItems: { select: { checkItemId: true }, orderBy: { checkItemId: 'asc' } } } },
    },
  },
} satisfies Prisma.ResultSelect;
export type ProcedureRow = Prisma.ResultGetPayload<{ select: typeof procedureSelect }>;

export const teamMembersOf = (r: { taskTarget: { visit: { teams: { members: Member[] }[] } | null } }): Member[] | null =>
  r.taskTarget.visit?.teams[0]?.members ?? null;
type Member = Prisma.TeamMemberGetPayload<{ select: typeof memberSelect }>;

const formPoints = (fields: unknown): { key: string; label: string }[] =>
  list<{ key?: unknown; label?: unknown }>(fields)
    .filter((f) => typeof f.key === 'string')
    .map((f) => ({ key: String(f.key), label: String(f.label ?? f.key) }));

/** A target closed as unreachable or deregistered was never inspected: it needs no entry nor procedure. */

type EntryRow = Pick<ProcedureRow, 'method' | 'inspectedOn' | 'formId' | 'outcome' | 'followUpAction' | 'findings'> & {
  taskTarget: { status: string; task: { checkItems: { checkItemId: string }[] } };
};

/** The entry's own problems (rules 18, 22, 24) for a loaded result, as the domain sees them. */
export const resultEntryProblems = (r: EntryRow): EntryProblem[] =>
  entryProblems({
    closedWithoutInspection: closedWithoutInspection(r.taskTarget.status),
    method: r.method,
    inspectedOn: r.inspectedOn ? fromDateColumn(r.inspectedOn) : null,
    formId: r.formId,
    outcome: r.outcome,
    followUpAction: r.followUpAction,
    findings: findingsOf(r),
    checkItemIds: r.taskTarget.task.checkItems.map((c) => c.checkItemId),
  });

/** Rule 19's problems for a loaded result: the entry's (rules 18, 22, 24) first, then the on-site procedure's. */
export function procedureProblems(r: ProcedureRow): { entry: EntryProblem[]; onSite: OnSiteProblem[] } {
  const closed = closedWithoutInspection(r.taskTarget.status);
  const entry = resultEntryProblems(r);
  if (closed) return { entry, onSite: [] };
  const rec = r.onSiteRecord;
  const pc = r.taskTarget.preCheck;
  const members = teamMembersOf(r) ?? [];
  const onSite = onSiteProblems({
    method: r.method,
    outcome: r.outcome,
    inspectedOn: r.inspectedOn ? fromDateColumn(r.inspectedOn) : null,
    preCheck: pc ? { sources: pc.sources, findings: pc.findings, checkedOn: fromDateColumn(pc.checkedOn) } : null,
    record: rec
      ? {
          certificates: list<CertificateShown>(rec.certificates),
          noticeServedOn: rec.noticeServedAt ? chinaDay(rec.noticeServedAt) : null,
          noticeServedTo: rec.noticeServedTo,
          pointFindings: list<PointFinding>(rec.pointFindings),
          representativeName: rec.representativeName,
          signature: rec.signature,
          refusalNote: rec.refusalNote,
          witnessName: rec.witnessName,
          videoRecorded: rec.videoRecorded,
          videoNote: rec.videoNote,
          samples: list<Sample>(rec.samples),
        }
      : null,
    formPointKeys: formPoints(r.form?.fields).map((p) => p.key),
    teamInspectorIds: members.filter((m) => m.active && m.inspectorId && m.role !== 'EXPERT').map((m) => m.inspectorId!),
  });
  return { entry, onSite };
}

/** G26.3: the signed-in account's active inspector membership of the result's team, or a typed refusal. */
export function assertOnTeam(ctx: Context, members: Member[] | null): Member {
  const m = teamMemberFor(members, ctx.user?.inspectorId ?? null);
  if (!m.ok) throw userError(m.code);
  return m.member;
}

export async function loadProcedure(tx: Tx, resultId: string): Promise<ProcedureRow> {
  const r = await tx.result.findUnique({ where: { id: resultId }, select: procedureSelect });
  if (!r) throw notFound('检查结果');
  return r;
}

/** An edit of what the team signed withdraws the live confirmations (the rows stay for the history). */
export async function withdrawConfirmations(tx: Tx, resultId: string, at: Date): Promise<number> {
  const { count } = await tx.resultConfirmation.updateMany({ where: { resultId, withdrawnAt: null }, data: { withdrawnAt: at } });
  return count;
}

/** Refuses a submission while rule 19 has a problem left or a signing member has not confirmed. */
export function assertSubmittable(r: ProcedureRow) {
  const { onSite } = procedureProblems(r);
  if (onSite.length > 0) throw userError(onSite[0]!.code, undefined, { field: onSite[0]!.field, problems: onSite });
  if (closedWithoutInspection(r.taskTarget.status)) return;
  const state = confirmationState(teamMembersOf(r) ?? [], r.confirmations);
  if (!state.complete) {
    const names = state.missing.map((m) => m.inspector?.name ?? m.id);
    throw userError('RESULT.UNCONFIRMED', names.length > 0 ? `尚未确认：${names.join('、')}` : undefined, {
      field: 'confirmations',
      missingMemberIds: state.missing.map((m) => m.id),
    });
  }
}

// ——— on the Result ————————————————————————————————————————————————————————————————————————————

builder.prismaObjectFields('Result', (t) => ({
  onSiteRecord: t.relation('onSiteRecord', { nullable: true, description: '现场检查笔录 / On-site record (rule 19, G26.2)' }),
  preCheck: t.field({
    type: PreCheckRef,
    nullable: true,
    description: '预查比对 / Pre-check (rule 19, G26.1)',
    select: (_a, _c, nested) => ({ taskTarget: { select: { preCheck: nested() } } }),
    resolve: (r) => r.taskTarget.preCheck,
  }),
  team: t.field({
    type: TeamRef,
    nullable: true,
    description: '检查组 / The team of the visit',
    select: (_a, _c, nested) => ({ taskTarget: { select: { visit: { select: { teams: { ...nested(), orderBy: { createdAt: 'desc' }, take: 1 } } } } } }),
    resolve: (r) => r.taskTarget.visit?.teams[0] ?? null,
  }),
  confirmations: t.relation('confirmations', {
    description: '检查组成员的签字确认（含已作废的） / Confirmations by the team, withdrawn ones included (G26.3)',
    query: { orderBy: [{ confirmedAt: 'asc' }, { id: 'asc' }] },
  }),
  onSiteRequirements: t.field({
    type: RequirementsRef,
    description: '按检查方式和结果须记录的现场检查程序 / What rule 19 requires for the current method and outcome',
    select: { method: true, outcome: true },
    resolve: (r) => onSiteRequirements(r.method, r.outcome),
  }),
  submissionProblems: t.field({
    type: [ProblemRef],
    description: '提交审核前尚缺的内容（含未确认的成员） / What still stops submission, unconfirmed members included',
    select: procedureSelect,
    resolve: (r) => {
      const { entry, onSite } = procedureProblems(r);
      const problems: Problem[] = [...entry, ...onSite].map((p) => ({ code: p.code, field: p.field }));
      const closed = closedWithoutInspection(r.taskTarget.status);
      if (!closed && !confirmationState(teamMembersOf(r) ?? [], r.confirmations).complete)
        problems.push({ code: 'RESULT.UNCONFIRMED', field: 'confirmations' });
      return problems;
    },
  }),
  onTeam: t.boolean({
    description: '当前用户是否为该检查组的执法检查人员 / Whether the signed-in user is an inspector of the team',
    select: {
      taskTarget: { select: { visit: { select: { teams: { select: { members: { select: memberSelect } }, orderBy: { createdAt: 'desc' }, take: 1 } } } } },
    },
    resolve: (r, _a, ctx) => teamMemberFor(teamMembersOf(r), ctx.user?.inspectorId ?? null).ok,
  }),
  confirmedByMe: t.boolean({
    description: '当前用户是否已确认当前版本 / Whether the signed-in user confirmed the current version',
    select: {
      confirmations: { where: { withdrawnAt: null }, select: { teamMemberId: true, userId: true } },
    },
    resolve: (r, _a, ctx) => !!ctx.user && r.confirmations.some((c) => c.userId === ctx.user!.id),
  }),
}));

// ——— commands ————————————————————————————————————————————————————————————————————————————————

const CertificateInput = builder.inputType('CertificateShownInput', {
  description: '出示的执法证件 / A certificate shown on site',
  fields: (t) => ({
    inspectorId: t.id({ required: true, description: '检查组的执法检查人员 / Team inspector' }),
    certificateNumber: t.string({ required: false, description: '执法证号（默认名录库中的证号） / Certificate number (default: the directory’s)' }),
  }),
});
const PointFindingInput = builder.inputType('PointFindingInput', {
  description: '一个检查要点的检查情况 / The finding on one check point',
  fields: (t) => ({
    pointKey: t.string({ required: true, description: '检查要点 / Check point key' }),
    verdict: t.field({ type: PointVerdictEnum, required: false, description: '结论 / Verdict' }),
    note: t.string({ required: false, description: '情况说明 / Note' }),
  }),
});
const SampleInput = builder.inputType('SampleInput', {
  description: '留样 / A sample taken',
  fields: (t) => ({
    what: t.string({ required: true, description: '样品名称 / What' }),
    quantity: t.int({ required: true, description: '数量 / How many' }),
    keptAt: t.string({ required: true, description: '存放地点 / Where kept' }),
  }),
});

const text = (s: string | null | undefined) => s?.trim() || null;
const invalid = (field: string, detail: string) => userError('VALIDATION.INVALID', detail, { field });

/** The result of a task target, locked, with the entry checks every command of the procedure shares. */
async function startEntry(tx: Tx, ctx: Context, resultId: string) {
  const r = await loadResult(tx, resultId);
  assertTaskRunning(r);
  assertTransition(r, 'EDIT');
  const p = await loadProcedure(tx, resultId);
  const member = assertOnTeam(ctx, teamMembersOf(p));
  return { r, p, member };
}

builder.mutationFields((t) => ({
  recordPreCheck: t.prismaField({
    type: 'PreCheck',
    description: '记录现场检查前的预查比对（检查组成员） / Record the pre-check before the visit, by a team member (rule 19, G26.1)',
    authScopes: { writer: true },
    args: {
      taskTargetId: t.arg.id({ required: true, description: '任务检查对象 / Task target' }),
      sources: t.arg({ type: [PreCheckSourceEnum], required: true, description: '比对内容 / What was compared' }),
      findings: t.arg.string({ required: true, description: '比对发现 / What was found' }),
      checkedOn: t.arg({ type: DateScalar, required: true, description: '比对日期 / Checked on' }),
    },
    resolve: async (query, _r, args, ctx) => {
      const sources = [...new Set(args.sources)];
      if (sources.length === 0) throw userError('VALIDATION.REQUIRED', '比对内容', { field: 'sources' });
      const findings = text(args.findings);
      if (!findings) throw userError('VALIDATION.REQUIRED', '比对发现', { field: 'findings' });
      if (args.checkedOn > clock.today()) throw invalid('checkedOn', '比对日期不能晚于今天');
      return ctx.prisma.$transaction(async (tx) => {
        const tt = await tx.taskTarget.findUnique({ where: { id: String(args.taskTargetId) }, select: { id: true, result: { select: { id: true } } } });
        if (!tt?.result) throw notFound('任务检查对象');
        const { r } = await startEntry(tx, ctx, tt.result.id);
        const data = { sources, findings, checkedOn: toDateColumn(args.checkedOn), checkedById: ctx.user!.id };
        const before = await tx.preCheck.findUnique({ where: { taskTargetId: tt.id } });
        const after = await tx.preCheck.upsert({ where: { taskTargetId: tt.id }, create: { taskTargetId: tt.id, ...data }, update: data });
        const withdrawn = await withdrawConfirmations(tx, r.id, clock.now());
        await audit(tx, ctx, {
          action: 'recordPreCheck',
          entity: 'Result',
          entityId: r.id,
          unitId: r.taskTarget.transferredToUnitId ?? r.taskTarget.task.executingUnitId,
          before,
          after: { ...after, confirmationsWithdrawn: withdrawn },
        });
        return tx.preCheck.findUniqueOrThrow({ ...query, where: { id: after.id } });
      });
    },
  }),

  recordOnSite: t.prismaField({
    type: 'OnSiteRecord',
    description:
      '记录现场检查情况（出示证件、送达告知书、逐项检查、签字或拒签、执法记录、留样；检查组成员，可分次保存） / Record what happened on site, by a team member, in as many saves as needed (rule 19, G26.2, G32)',
    authScopes: { writer: true },
    args: {
      resultId: t.arg.id({ required: true, description: '检查结果 / Result' }),
      certificates: t.arg({ type: [CertificateInput], required: false, description: '出示执法证件的人员 / Certificates shown' }),
      noticeServedAt: t.arg({ type: 'DateTime', required: false, description: '检查告知书送达时间 / Notice served at' }),
      noticeServedTo: t.arg.string({ required: false, description: '检查告知书签收人 / Notice served to' }),
      pointFindings: t.arg({ type: [PointFindingInput], required: false, description: '各检查要点 / Findings per check point' }),
      recordText: t.arg.string({ required: false, description: '现场笔录 / Record text' }),
      representativeName: t.arg.string({ required: false, description: '当事人 / Representative' }),
      signature: t.arg({ type: RepresentativeSignatureEnum, required: false, description: '签字情况 / Signature' }),
      refusalNote: t.arg.string({ required: false, description: '拒签情况说明 / Refusal note' }),
      witnessName: t.arg.string({ required: false, description: '见证人 / Witness' }),
      videoRecorded: t.arg.boolean({ required: false, description: '全过程执法记录 / Whole visit on video' }),
      videoNote: t.arg.string({ required: false, description: '未录像的原因 / Why no video' }),
      samples: t.arg({ type: [SampleInput], required: false, description: '留样 / Samples' }),
    },
    resolve: async (query, _r, args, ctx) => {
      if (args.noticeServedAt && args.noticeServedAt > clock.now()) throw invalid('noticeServedAt', '送达时间不能晚于现在');
      return ctx.prisma.$transaction(async (tx) => {
        const { r, p } = await startEntry(tx, ctx, String(args.resultId));
        const members = teamMembersOf(p) ?? [];
        const data: Prisma.OnSiteRecordUncheckedUpdateInput = { updatedById: ctx.user!.id };
        if (args.certificates !== undefined) {
          const seen = new Set<string>();
          const certificates: CertificateShown[] = [];
          for (const c of args.certificates ?? []) {
            const id = String(c.inspectorId);
            const m = members.find((x) => x.inspectorId === id && x.active && x.role !== 'EXPERT');
            if (!m) throw userError('ONSITE.CERTIFICATE_NOT_ON_TEAM', undefined, { field: 'certificates', inspectorIds: [id] });
            if (seen.has(id)) throw invalid('certificates', '同一检查人员重复');
            seen.add(id);
            const number = text(c.certificateNumber) ?? m.inspector?.certificateNumber ?? null;
            if (!number) throw userError('VALIDATION.REQUIRED', `${m.inspector?.name ?? ''}的执法证号`, { field: 'certificates' });
            certificates.push({ inspectorId: id, name: m.inspector?.name ?? '', certificateNumber: number });
          }
          data.certificates = certificates;
        }
        if (args.noticeServedAt !== undefined) data.noticeServedAt = args.noticeServedAt;
        if (args.noticeServedTo !== undefined) data.noticeServedTo = text(args.noticeServedTo);
        if (args.pointFindings !== undefined) {
          const points = new Map(formPoints(p.form?.fields).map((x) => [x.key, x.label]));
          const seen = new Set<string>();
          data.pointFindings = (args.pointFindings ?? []).map((f) => {
            if (!points.has(f.pointKey)) throw invalid('pointFindings', '检查要点不属于本结果的检查表单');
            if (seen.has(f.pointKey)) throw invalid('pointFindings', '同一检查要点重复');
            seen.add(f.pointKey);
            const verdict = f.verdict && POINT_VERDICTS.includes(f.verdict as PointVerdict) ? (f.verdict as PointVerdict) : null;
            return { pointKey: f.pointKey, label: points.get(f.pointKey)!, verdict, note: text(f.note) } satisfies PointFinding;
          });
        }
        if (args.recordText !== undefined) data.recordText = text(args.recordText);
        if (args.representativeName !== undefined) data.representativeName = text(args.representativeName);
        if (args.signature !== undefined) data.signature = args.signature;
        if (args.refusalNote !== undefined) data.refusalNote = text(args.refusalNote);
        if (args.witnessName !== undefined) data.witnessName = text(args.witnessName);
        if (args.videoRecorded !== undefined) data.videoRecorded = args.videoRecorded;
        if (args.videoNote !== undefined) data.videoNote = text(args.videoNote);
        if (args.samples !== undefined) {
          data.samples = (args.samples ?? []).map((s): Sample => {
            const what = text(s.what);
            const keptAt = text(s.keptAt);
            if (!what || !keptAt) throw userError('VALIDATION.REQUIRED', '留样名称和存放地点', { field: 'samples' });
            if (!Number.isInteger(s.quantity) || s.quantity < 1) throw invalid('samples', '留样数量至少为 1');
            return { what, quantity: s.quantity, keptAt };
          });
        }
        const before = p.onSiteRecord;
        const after = await tx.onSiteRecord.upsert({
          where: { resultId: r.id },
          create: { ...(data as Prisma.OnSiteRecordUncheckedCreateInput), resultId: r.id },
          update: data,
        });
        const withdrawn = await withdrawConfirmations(tx, r.id, clock.now());
        await audit(tx, ctx, {
          action: 'recordOnSite',
          entity: 'Result',
          entityId: r.id,
          unitId: r.taskTarget.transferredToUnitId ?? r.taskTarget.task.executingUnitId,
          before,
          after: { ...after, confirmationsWithdrawn: withdrawn },
        });
        return tx.onSiteRecord.findUniqueOrThrow({ ...query, where: { id: after.id } });
      });
    },
  }),

  confirmResult: t.prismaField({
    type: 'Result',
    description: '检查组成员签字确认检查结果（须填写完整） / A team member confirms the complete result (rule 19, G26.3, G32)',
    authScopes: { writer: true },
    args: { id: t.arg.id({ required: true, description: '检查结果 / Result' }) },
    resolve: async (query, _r, args, ctx) => {
      const id = String(args.id);
      return ctx.prisma.$transaction(async (tx) => {
        const r = await loadResult(tx, id);
        assertTaskRunning(r);
        const p = await loadProcedure(tx, id);
        const member = assertOnTeam(ctx, teamMembersOf(p));
        const { entry, onSite } = procedureProblems(p);
        const verdict = confirmTransition({
          status: p.status,
          memberId: member.id,
          confirmations: p.confirmations,
          problemsLeft: entry.length + onSite.length,
        });
        if (!verdict.ok) {
          const first = [...entry, ...onSite][0];
          throw userError(verdict.code, undefined, { ...(first ? { field: first.field } : {}), problems: [...entry, ...onSite] });
        }
        const now = clock.now();
        const c = await tx.resultConfirmation.create({ data: { resultId: id, teamMemberId: member.id, userId: ctx.user!.id, confirmedAt: now } });
        await audit(tx, ctx, {
          action: 'confirmResult',
          entity: 'Result',
          entityId: id,
          unitId: r.taskTarget.transferredToUnitId ?? r.taskTarget.task.executingUnitId,
          after: { confirmationId: c.id, teamMemberId: member.id, inspector: member.inspector?.name ?? null, confirmedAt: now },
        });
        return tx.result.findUniqueOrThrow({ ...query, where: { id } });
      });
    },
  }),
}));
