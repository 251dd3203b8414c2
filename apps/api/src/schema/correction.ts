// Correction (更正): a published result is never edited (rule 21, G27); an error found later is corrected by
// a correction the unit proposes and its principal (负责人) signs off. The original stays visible beside it;
// a signed correction is published at once and is final (a database trigger refuses to change it).
// A correction that turns the result into a violation hands it over for follow-up like an approval does.
import type { Prisma } from '@ssj/db/client';
import {
  type Actor,
  type CorrectionAction,
  CORRECTION_STATUS,
  correctionProposal,
  correctionSigner,
  correctionStateOf,
  correctionTransition,
  entryProblems,
  maySignCorrection,
  type FollowUpAction as DomainFollowUpAction,
  type ResultOutcome as DomainOutcome,
} from '@ssj/domain';
import { builder } from '../builder.ts';
import { audit } from '../audit.ts';
import { publishCorrection } from '../publication/outbox.ts';
import { allowed, notFound, userError } from '../errors.ts';
import { listQueries } from '../listing.ts';
import { assertUnitWrite, requireFields } from '../validation.ts';
import {
  findingsFor,
  FindingInput,
  FollowUpActionEnum,
  handOverIfViolation,
  ResultOutcomeEnum,
  responsibleSelect,
  responsibleUnitId,
  responsibleWhere,
  type Finding,
} from './result.ts';
import type { Context, CurrentUser } from '../context.ts';
import { domainEnum } from './enums.ts';
import { canWriteUnit } from './unit.ts';
import { clock } from '../clock.ts';
import { lockRow } from '../locking.ts';

type Tx = Prisma.TransactionClient;

export type CorrectionChanges = { outcome?: DomainOutcome; followUpAction?: DomainFollowUpAction; findings?: Finding[]; remarks?: string | null };

const CorrectionStatusEnum = domainEnum('CorrectionStatus', '更正状态 / Correction status', CORRECTION_STATUS);

const statusOf = correctionStateOf;

const ChangesRef = builder.objectRef<CorrectionChanges>('CorrectionChanges').implement({
  description: '更正的内容（未列出的保持原结果） / What the correction changes; anything not listed stays as published',
  fields: (t) => ({
    outcome: t.field({ type: ResultOutcomeEnum, nullable: true, description: '更正后的检查结果 / Corrected outcome', resolve: (c) => c.outcome ?? null }),
    followUpAction: t.field({
      type: FollowUpActionEnum,
      nullable: true,
      description: '更正后的后续处置 / Corrected follow-up action',
      resolve: (c) => c.followUpAction ?? null,
    }),
    findings: t.field({ type: 'JSON', nullable: true, description: '更正后的检查情况 / Corrected findings', resolve: (c) => c.findings ?? null }),
    remarks: t.string({ nullable: true, description: '更正后的备注 / Corrected remarks', resolve: (c) => c.remarks ?? null }),
  }),
});

/** Rule 21: whether the user is the principal (负责人) of the unit responsible for the result, who signs its corrections. */
function signer(user: CurrentUser | null, unitId: string): Actor {
  return { PRINCIPAL: !!user && user.isPrincipal && user.unitId === unitId && canWriteUnit(user, unitId) };
}

export const CorrectionRef = builder.prismaObject('Correction', {
  description: "检查结果更正（经单位负责人签批，原结果保留） / A correction of a published result, signed off by the unit's principal (rule 21)",
  authScopes: { signedIn: true },
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    resultId: t.exposeID('resultId', { description: '被更正的检查结果 / The corrected result' }),
    result: t.relation('result', { description: '被更正的检查结果 / Result' }),
    reviewId: t.exposeID('reviewId', { nullable: true, description: '引起更正的异议复查 / The objection review that led to it' }),
    reason: t.exposeString('reason', { description: '更正理由 / Why' }),
    changes: t.field({
      type: ChangesRef,
      description: '更正内容 / What changes',
      select: { changes: true },
      resolve: (c) => (c.changes ?? {}) as CorrectionChanges,
    }),
    status: t.field({ type: CorrectionStatusEnum, description: '状态 / Status', select: { signedAt: true, refusedAt: true }, resolve: statusOf }),
    proposedById: t.exposeID('proposedById', { description: '提出人 / Proposed by' }),
    proposedAt: t.expose('proposedAt', { type: 'DateTime', description: '提出时间 / Proposed at' }),
    signedById: t.exposeID('signedById', { nullable: true, description: '签批的负责人 / Signed by (the principal)' }),
    signedAt: t.expose('signedAt', { type: 'DateTime', nullable: true, description: '签批时间 / Signed at' }),
    refusedById: t.exposeID('refusedById', { nullable: true, description: '不同意的负责人 / Refused by' }),
    refusedAt: t.expose('refusedAt', { type: 'DateTime', nullable: true, description: '不同意时间 / Refused at' }),
    refusalReason: t.exposeString('refusalReason', { nullable: true, description: '不同意的理由 / Why refused' }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true, description: '公示时间 / Published at' }),
    signable: t.boolean({
      description: '当前用户可否签批（负责录入单位的负责人，待签批） / Whether the current user may sign or refuse it',
      select: { signedAt: true, refusedAt: true, result: { select: { taskTarget: { select: responsibleSelect } } } },
      resolve: (c, _a, ctx) => maySignCorrection(statusOf(c), signer(ctx.user, responsibleUnitId(c.result.taskTarget))),
    }),
  }),
});

const CorrectionFilter = builder.inputType('CorrectionFilter', {
  description: '更正筛选 / Correction filter',
  fields: (t) => ({
    ids: t.idList({ required: false, description: '编号列表 / Ids' }),
    resultId: t.id({ required: false, description: '检查结果 / Result' }),
    status: t.field({ type: CorrectionStatusEnum, required: false, description: '状态 / Status' }),
    unitId: t.id({ required: false, description: '负责单位 / Responsible unit' }),
  }),
});

function correctionWhere(f: typeof CorrectionFilter.$inferInput | null | undefined): Prisma.CorrectionWhereInput {
  const status: Prisma.CorrectionWhereInput =
    f?.status === 'SIGNED'
      ? { signedAt: { not: null } }
      : f?.status === 'REFUSED'
        ? { refusedAt: { not: null } }
        : f?.status
          ? { signedAt: null, refusedAt: null }
          : {};
  const unitId = f?.unitId ? String(f.unitId) : null;
  return {
    ...(f?.ids ? { id: { in: f.ids.map(String) } } : {}),
    ...(f?.resultId ? { resultId: String(f.resultId) } : {}),
    ...status,
    ...(unitId ? { result: { taskTarget: responsibleWhere(unitId) } } : {}),
  };
}

const sortable = {
  proposedAt: (dir: 'asc' | 'desc') => ({ proposedAt: dir }),
  signedAt: (dir: 'asc' | 'desc') => ({ signedAt: { sort: dir, nulls: 'last' as const } }),
} satisfies Record<string, (d: 'asc' | 'desc') => Prisma.CorrectionOrderByWithRelationInput>;

builder.queryFields((t) =>
  listQueries(t, {
    model: 'Correction',
    plural: 'Corrections',
    label: ['更正', 'correction'],
    filter: CorrectionFilter,
    where: correctionWhere,
    sortable,
    fallback: { field: 'proposedAt', dir: 'desc' },
  }),
);

const correctionForWrite = {
  id: true,
  resultId: true,
  reviewId: true,
  reason: true,
  changes: true,
  proposedById: true,
  signedAt: true,
  refusedAt: true,
  result: {
    select: {
      id: true,
      outcome: true,
      followUpAction: true,
      followUpUnitId: true,
      status: true,
      taskTarget: { select: { ...responsibleSelect, target: { select: { unitId: true } } } },
    },
  },
} satisfies Prisma.CorrectionSelect;

async function loadPending(tx: Tx, id: string, action: CorrectionAction) {
  await lockRow(tx, 'Correction', id);
  const c = await tx.correction.findUnique({ where: { id }, select: correctionForWrite });
  if (!c) throw notFound('更正');
  const verdict = correctionTransition(statusOf(c), action);
  allowed(verdict, { status: statusOf(c) });
  return { c, verdict };
}

/** Rule 21: a pending correction, and the check that the current user is the principal who may sign or refuse it. */
async function pendingForPrincipal(tx: Tx, ctx: Context, id: string, action: CorrectionAction) {
  const { c, verdict } = await loadPending(tx, id, action);
  const unitId = responsibleUnitId(c.result.taskTarget);
  assertUnitWrite(ctx.user, unitId);
  allowed(correctionSigner(signer(ctx.user, unitId)));
  return { c, unitId, to: verdict.to };
}

builder.mutationFields((t) => ({
  proposeCorrection: t.prismaField({
    type: 'Correction',
    description: '对已公示的检查结果提出更正，待单位负责人签批 / Propose a correction of a published result, for the principal to sign (rule 21)',
    authScopes: { writer: true },
    args: {
      resultId: t.arg.id({ required: true, description: '检查结果 / Result' }),
      reason: t.arg.string({ required: false, description: '更正理由 / Why' }),
      outcome: t.arg({ type: ResultOutcomeEnum, required: false, description: '更正后的检查结果 / Corrected outcome' }),
      followUpAction: t.arg({ type: FollowUpActionEnum, required: false, description: '更正后的后续处置 / Corrected follow-up action' }),
      findings: t.arg({
        type: [FindingInput],
        required: false,
        description: "更正后的各抽查事项检查情况（本任务的抽查事项，每项至多一条） / Corrected findings: the task's check items, each at most once",
      }),
      remarks: t.arg.string({ required: false, description: '更正后的备注 / Corrected remarks' }),
      reviewId: t.arg.id({ required: false, description: '引起更正的异议复查 / The objection review that led to it' }),
    },
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, { reason: '更正理由' });
      const changes: CorrectionChanges = {};
      if (args.outcome) changes.outcome = args.outcome;
      if (args.followUpAction) changes.followUpAction = args.followUpAction;
      if (args.remarks !== undefined && args.remarks !== null) changes.remarks = args.remarks.trim() || null;
      if (Object.keys(changes).length === 0 && !args.findings) throw userError('CORRECTION.NOTHING_CHANGED');
      return ctx.prisma.$transaction(async (tx) => {
        await lockRow(tx, 'Result', String(args.resultId));
        const r = await tx.result.findUnique({
          where: { id: String(args.resultId) },
          select: {
            id: true,
            status: true,
            outcome: true,
            followUpAction: true,
            taskTarget: { select: { ...responsibleSelect, task: { select: { executingUnitId: true, checkItems: { select: { checkItemId: true } } } } } },
          },
        });
        if (!r) throw notFound('检查结果');
        const unitId = responsibleUnitId(r.taskTarget);
        assertUnitWrite(ctx.user, unitId);
        allowed(correctionProposal({ resultStatus: r.status, pendingExists: false }), { status: r.status });
        if (args.findings)
          changes.findings = findingsFor(
            args.findings,
            r.taskTarget.task.checkItems.map((c) => c.checkItemId),
          );
        const pendingExists = !!(await tx.correction.findFirst({ where: { resultId: r.id, signedAt: null, refusedAt: null }, select: { id: true } }));
        allowed(correctionProposal({ resultStatus: r.status, pendingExists }));
        // The result as corrected must still be consistent (a violation outcome needs its follow-up action).
        const signed = await tx.correction.findMany({
          where: { resultId: r.id, signedAt: { not: null } },
          select: { changes: true },
          orderBy: { signedAt: 'asc' },
        });
        const current: { outcome: DomainOutcome | null; followUpAction: DomainFollowUpAction } = Object.assign(
          { outcome: r.outcome, followUpAction: r.followUpAction },
          ...signed.map((c) => c.changes as CorrectionChanges),
        );
        const merged = { outcome: changes.outcome ?? current.outcome, followUpAction: changes.followUpAction ?? current.followUpAction };
        const problems = entryProblems({
          closedWithoutInspection: true,
          method: null,
          inspectedOn: null,
          formId: null,
          findings: [],
          checkItemIds: [],
          ...merged,
        });
        if (problems.length > 0) throw userError(problems[0]!.code, undefined, { field: problems[0]!.field });
        if (args.reviewId) {
          const review = await tx.review.findUnique({ where: { id: String(args.reviewId) }, select: { resultId: true } });
          if (!review || review.resultId !== r.id) throw userError('VALIDATION.INVALID', '异议复查不属于该检查结果', { field: 'reviewId' });
        }
        const c = await tx.correction.create({
          data: {
            resultId: r.id,
            reason: args.reason!.trim(),
            changes,
            proposedAt: clock.now(),
            proposedById: ctx.user!.id,
            reviewId: args.reviewId ? String(args.reviewId) : null,
          },
        });
        await audit(tx, ctx, { action: 'proposeCorrection', entity: 'Correction', entityId: c.id, unitId, after: c });
        return tx.correction.findUniqueOrThrow({ ...query, where: { id: c.id } });
      });
    },
  }),

  signCorrection: t.prismaField({
    type: 'Correction',
    description: '单位负责人签批更正，更正随即公示，原结果保留 / The principal signs a correction; it is published beside the original (rule 21)',
    authScopes: { writer: true },
    args: { id: t.arg.id({ required: true, description: '编号 / Id' }) },
    resolve: async (query, _r, args, ctx) => {
      return ctx.prisma.$transaction(async (tx) => {
        const { c, unitId, to } = await pendingForPrincipal(tx, ctx, String(args.id), 'SIGN');
        const now = clock.now();
        await tx.correction.update({ where: { id: c.id }, data: { signedById: ctx.user!.id, signedAt: now, publishedAt: now } });
        await publishCorrection(tx, ctx, c.id, unitId);
        await audit(tx, ctx, {
          action: 'signCorrection',
          entity: 'Correction',
          entityId: c.id,
          unitId,
          before: { status: 'PENDING_SIGNATURE' },
          after: { status: to, signedAt: now },
        });
        const changes = c.changes as CorrectionChanges;
        await handOverIfViolation(
          tx,
          ctx,
          {
            id: c.result.id,
            followUpAction: changes.followUpAction ?? c.result.followUpAction,
            followUpUnitId: c.result.followUpUnitId,
            targetUnitId: c.result.taskTarget.target.unitId,
            unitId,
          },
          now,
        );
        return tx.correction.findUniqueOrThrow({ ...query, where: { id: c.id } });
      });
    },
  }),

  refuseCorrection: t.prismaField({
    type: 'Correction',
    description: '单位负责人不同意更正（须说明理由） / The principal refuses a correction, with a reason',
    authScopes: { writer: true },
    args: { id: t.arg.id({ required: true, description: '编号 / Id' }), reason: t.arg.string({ required: false, description: '理由 / Why' }) },
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, { reason: '不同意的理由' });
      return ctx.prisma.$transaction(async (tx) => {
        const { c, unitId, to } = await pendingForPrincipal(tx, ctx, String(args.id), 'REFUSE');
        const now = clock.now();
        await tx.correction.update({ where: { id: c.id }, data: { refusedById: ctx.user!.id, refusedAt: now, refusalReason: args.reason!.trim() } });
        await audit(tx, ctx, {
          action: 'refuseCorrection',
          entity: 'Correction',
          entityId: c.id,
          unitId,
          before: { status: 'PENDING_SIGNATURE' },
          after: { status: to, reason: args.reason!.trim() },
        });
        return tx.correction.findUniqueOrThrow({ ...query, where: { id: c.id } });
      });
    },
  }),
}));
