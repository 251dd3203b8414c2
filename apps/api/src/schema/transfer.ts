// Transfer (变更检查单位转交): a target that moved during the task goes to the unit of its new location (rule 23,
// G28). The giving unit asks for it naming its written notice to the receiving unit; the giving unit's principal
// (负责人) or a lead-unit administrator approves or refuses it (按程序批准) — never the person who asked. Only the
// approval moves the target: the task target becomes TRANSFERRED, the receiving unit answers for the result for
// good, and the directory record moves with it. The decisions are packages/domain/src/transfers.ts.
import type { Prisma } from '@ssj/db/client';
import { TransferStatus } from '@ssj/db/client';
import { TRANSFER_STATUS, taskTransition, transferDecision, transferRequestProblem, type TransferAction } from '@ssj/domain';
import { builder } from '../builder.ts';
import { audit } from '../audit.ts';
import { clock } from '../clock.ts';
import type { Context, CurrentUser } from '../context.ts';
import { notFound, userError } from '../errors.ts';
import { listQueries } from '../listing.ts';
import { lockRow } from '../locking.ts';
import { assertUnitWrite, requireFields } from '../validation.ts';
import { labelled } from './enums.ts';
import { responsibleSelect, responsibleUnitId } from './result.ts';

type Tx = Prisma.TransactionClient;

export const TransferStatusEnum = labelled('TransferStatus', '移交申请状态 / Transfer request status (rule 23)', TransferStatus, TRANSFER_STATUS);

/** G28: who may decide a transfer of `fromUnitId` (the domain adds: not the requester). */
function decider(user: CurrentUser | null, fromUnitId: string) {
  return {
    userId: user?.id ?? '',
    principalOfFromUnit: !!user && user.sessionKind === 'SESSION' && user.role === 'UNIT_STAFF' && user.isPrincipal && user.unitId === fromUnitId,
    leadAdmin: !!user && user.sessionKind === 'SESSION' && user.role === 'ADMIN',
  };
}

export const TransferRef = builder.prismaObject('Transfer', {
  description: "迁移移交申请（书面通知迁入地单位，经批准后变更检查单位） / A moved target's transfer request, carried out once approved (rule 23, G28)",
  authScopes: { signedIn: true },
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    taskTargetId: t.exposeID('taskTargetId', { description: '任务检查对象 / Task target' }),
    taskTarget: t.relation('taskTarget', { description: '任务检查对象 / Task target' }),
    fromUnitId: t.exposeID('fromUnitId', { description: '迁出地单位（申请时负责的单位） / The giving unit' }),
    fromUnit: t.relation('fromUnit', { description: '迁出地单位 / The giving unit' }),
    toUnitId: t.exposeID('toUnitId', { description: '迁入地单位 / The receiving unit' }),
    toUnit: t.relation('toUnit', { description: '迁入地单位 / The receiving unit' }),
    reason: t.exposeString('reason', { description: '情况说明（新住所等） / Details, e.g. the new address' }),
    noticeRef: t.exposeString('noticeRef', { description: '书面通知迁入地单位的文号 / Reference of the written notice (G28)' }),
    status: t.expose('status', { type: TransferStatusEnum, description: '状态 / Status' }),
    requestedById: t.exposeID('requestedById', { description: '申请人 / Requested by' }),
    requestedByName: t.string({
      description: "申请人姓名 / Requester's name",
      select: { requestedBy: { select: { name: true } } },
      resolve: (x) => x.requestedBy.name,
    }),
    requestedAt: t.expose('requestedAt', { type: 'DateTime', description: '申请时间 / Requested at' }),
    decidedById: t.exposeID('decidedById', { nullable: true, description: '批准（或不予批准）人 / Decided by' }),
    decidedByName: t.string({
      nullable: true,
      description: "批准人姓名 / Decider's name",
      select: { decidedBy: { select: { name: true } } },
      resolve: (x) => x.decidedBy?.name ?? null,
    }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true, description: '批准时间 / Decided at' }),
    refusalReason: t.exposeString('refusalReason', { nullable: true, description: '不予批准的理由 / Why refused' }),
    decidable: t.boolean({
      description: '当前用户可否批准或不予批准（迁出单位负责人或牵头科室管理员，非申请人） / Whether the current user may decide it',
      select: { status: true, requestedById: true, fromUnitId: true },
      resolve: (x, _a, ctx) => transferDecision(x, 'APPROVE', decider(ctx.user, x.fromUnitId)).ok,
    }),
  }),
});

builder.prismaObjectField('TaskTarget', 'transfers', (t) =>
  t.relation('transfers', {
    description: '移交申请（最新的在前） / Transfer requests, newest first',
    query: { orderBy: [{ requestedAt: 'desc' }, { id: 'asc' }] },
  }),
);

const TransferFilter = builder.inputType('TransferFilter', {
  description: '移交申请筛选 / Transfer filter',
  fields: (t) => ({
    ids: t.idList({ required: false, description: '编号列表 / Ids' }),
    taskTargetId: t.id({ required: false, description: '任务检查对象 / Task target' }),
    status: t.field({ type: TransferStatusEnum, required: false, description: '状态 / Status' }),
    unitId: t.id({ required: false, description: '迁出或迁入单位 / Giving or receiving unit' }),
  }),
});

function transferWhere(f: typeof TransferFilter.$inferInput | null | undefined): Prisma.TransferWhereInput {
  const unitId = f?.unitId ? String(f.unitId) : null;
  return {
    ...(f?.ids ? { id: { in: f.ids.map(String) } } : {}),
    ...(f?.taskTargetId ? { taskTargetId: String(f.taskTargetId) } : {}),
    ...(f?.status ? { status: f.status } : {}),
    ...(unitId ? { OR: [{ fromUnitId: unitId }, { toUnitId: unitId }] } : {}),
  };
}

const sortable = {
  requestedAt: (dir: 'asc' | 'desc') => ({ requestedAt: dir }),
  decidedAt: (dir: 'asc' | 'desc') => ({ decidedAt: { sort: dir, nulls: 'last' as const } }),
} satisfies Record<string, (d: 'asc' | 'desc') => Prisma.TransferOrderByWithRelationInput>;

builder.queryFields((t) =>
  listQueries(t, {
    model: 'Transfer',
    plural: 'Transfers',
    label: ['移交申请', 'transfer'],
    filter: TransferFilter,
    where: transferWhere,
    sortable,
    fallback: { field: 'requestedAt', dir: 'desc' },
  }),
);

/** The task target with what a transfer needs, its row locked (rule 23 transitions take a row lock). */
async function lockedTaskTarget(tx: Tx, id: string) {
  await lockRow(tx, 'TaskTarget', id);
  const tt = await tx.taskTarget.findUnique({
    where: { id },
    select: {
      ...responsibleSelect,
      id: true,
      targetId: true,
      task: { select: { executingUnitId: true, status: true } },
      target: { select: { unitId: true } },
      result: { select: { id: true, status: true } },
    },
  });
  if (!tt?.result) throw notFound('任务检查对象');
  return tt;
}
type LockedTaskTarget = Awaited<ReturnType<typeof lockedTaskTarget>>;

const subjectOf = (tt: LockedTaskTarget) => ({
  taskTargetStatus: tt.status,
  resultStatus: tt.result!.status,
  fromUnitId: responsibleUnitId(tt),
  // Results are entered from dispatch until their deadline after completion; so may a moved target be handed on.
  taskRunning: taskTransition(tt.task.status, 'WORK_ON_RESULTS').ok,
});

async function assertReceivingUnit(tx: Tx, toUnitId: string) {
  const to = await tx.unit.findUnique({ where: { id: toUnitId }, select: { id: true, retiredAt: true } });
  if (!to || to.retiredAt) throw userError('VALIDATION.INVALID', '新住所地单位不存在', { field: 'toUnitId' });
}

/** Approve or refuse, under the request's row lock, so 20 parallel clicks decide it once. */
async function decide(tx: Tx, ctx: Context, id: string, action: TransferAction) {
  await lockRow(tx, 'Transfer', id);
  const x = await tx.transfer.findUnique({
    where: { id },
    select: { id: true, status: true, requestedById: true, fromUnitId: true, toUnitId: true, taskTargetId: true, reason: true, noticeRef: true },
  });
  if (!x) throw notFound('移交申请');
  assertUnitWrite(ctx.user, x.fromUnitId);
  const d = transferDecision(x, action, decider(ctx.user, x.fromUnitId));
  if (!d.ok) throw userError(d.code, undefined, 'status' in d ? { status: d.status } : {});
  return x;
}

builder.mutationFields((t) => ({
  requestTransfer: t.prismaField({
    type: 'Transfer',
    description:
      '检查对象已迁移：申请移交新住所地单位（须填写书面通知文号），经迁出单位负责人或牵头科室批准后移交 / Ask to transfer a moved target to the unit of its new location, naming the written notice; carried out once approved (rule 23, G28)',
    authScopes: { writer: true },
    args: {
      taskTargetId: t.arg.id({ required: true, description: '任务检查对象 / Task target' }),
      toUnitId: t.arg.id({ required: false, description: '新住所地单位 / The unit of the new location' }),
      reason: t.arg.string({ required: false, description: '情况说明（新住所等） / Details, e.g. the new address' }),
      noticeRef: t.arg.string({
        required: false,
        description: '书面通知迁入地单位的文号（必填，指引第二十八条） / Reference of the written notice to the receiving unit (required, G28)',
      }),
    },
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, { toUnitId: '新住所地单位', reason: '情况说明' });
      return ctx.prisma.$transaction(async (tx) => {
        const tt = await lockedTaskTarget(tx, String(args.taskTargetId));
        const fromUnitId = responsibleUnitId(tt);
        assertUnitWrite(ctx.user, fromUnitId);
        const toUnitId = String(args.toUnitId);
        await assertReceivingUnit(tx, toUnitId);
        const pending = await tx.transfer.findFirst({ where: { taskTargetId: tt.id, status: 'PENDING' }, select: { id: true } });
        const problem = transferRequestProblem(subjectOf(tt), toUnitId, args.noticeRef, !!pending);
        if (problem) throw userError(problem.code, undefined, { field: problem.field });
        const x = await tx.transfer.create({
          data: {
            taskTargetId: tt.id,
            fromUnitId,
            toUnitId,
            reason: args.reason!.trim(),
            noticeRef: args.noticeRef!.trim(),
            requestedById: ctx.user!.id,
            requestedAt: clock.now(),
          },
        });
        await audit(tx, ctx, { action: 'requestTransfer', entity: 'Transfer', entityId: x.id, unitId: fromUnitId, after: x });
        return tx.transfer.findUniqueOrThrow({ ...query, where: { id: x.id } });
      });
    },
  }),

  approveTransfer: t.prismaField({
    type: 'Transfer',
    description: '批准移交：检查对象移交新住所地单位，由其录入检查结果 / Approve a transfer: the receiving unit now enters the result, for good (rule 23, G28)',
    authScopes: { writer: true },
    args: { id: t.arg.id({ required: true, description: '编号 / Id' }) },
    resolve: async (query, _r, args, ctx) => {
      return ctx.prisma.$transaction(async (tx) => {
        const x = await decide(tx, ctx, String(args.id), 'APPROVE');
        // Result before TaskTarget, the order closeTaskTarget takes them in, so the two cannot deadlock.
        const result = await tx.result.findUnique({ where: { taskTargetId: x.taskTargetId }, select: { id: true } });
        if (result) await lockRow(tx, 'Result', result.id);
        const tt = await lockedTaskTarget(tx, x.taskTargetId);
        // The target may have been entered, closed or the task completed since the request: then it cannot move.
        const problem = transferRequestProblem(subjectOf(tt), x.toUnitId, x.noticeRef, false);
        if (problem) throw userError(problem.code, undefined, { field: problem.field });
        await assertReceivingUnit(tx, x.toUnitId);
        const now = clock.now();
        const done = await tx.transfer.updateMany({
          where: { id: x.id, status: 'PENDING' },
          data: { status: 'APPROVED', decidedById: ctx.user!.id, decidedAt: now },
        });
        if (done.count !== 1) throw userError('TRANSFER.NOT_PENDING');
        await tx.taskTarget.update({
          where: { id: tt.id },
          data: { status: 'TRANSFERRED', transferredToUnitId: x.toUnitId, closedReason: x.reason, transferNoticeRef: x.noticeRef, closedAt: now },
        });
        // 谁管辖、谁维护 (rule 3): the directory record moves to the new unit as well.
        await tx.target.update({ where: { id: tt.targetId }, data: { unitId: x.toUnitId } });
        await audit(tx, ctx, {
          action: 'approveTransfer',
          entity: 'Transfer',
          entityId: x.id,
          unitId: x.fromUnitId,
          before: { status: 'PENDING', taskTargetStatus: tt.status, unitId: x.fromUnitId, targetUnitId: tt.target.unitId },
          after: {
            status: 'APPROVED',
            taskTargetId: tt.id,
            taskTargetStatus: 'TRANSFERRED',
            transferredToUnitId: x.toUnitId,
            transferNoticeRef: x.noticeRef,
            decidedAt: now,
          },
        });
        return tx.transfer.findUniqueOrThrow({ ...query, where: { id: x.id } });
      });
    },
  }),

  refuseTransfer: t.prismaField({
    type: 'Transfer',
    description: '不予批准移交（须说明理由），检查对象仍由原单位检查 / Refuse a transfer, with a reason; the target stays with its unit',
    authScopes: { writer: true },
    args: { id: t.arg.id({ required: true, description: '编号 / Id' }), reason: t.arg.string({ required: false, description: '理由 / Why' }) },
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, { reason: '不予批准的理由' });
      return ctx.prisma.$transaction(async (tx) => {
        const x = await decide(tx, ctx, String(args.id), 'REFUSE');
        const now = clock.now();
        const reason = args.reason!.trim();
        const done = await tx.transfer.updateMany({
          where: { id: x.id, status: 'PENDING' },
          data: { status: 'REFUSED', decidedById: ctx.user!.id, decidedAt: now, refusalReason: reason },
        });
        if (done.count !== 1) throw userError('TRANSFER.NOT_PENDING');
        await audit(tx, ctx, {
          action: 'refuseTransfer',
          entity: 'Transfer',
          entityId: x.id,
          unitId: x.fromUnitId,
          before: { status: 'PENDING' },
          after: { status: 'REFUSED', refusalReason: reason, decidedAt: now },
        });
        return tx.transfer.findUniqueOrThrow({ ...query, where: { id: x.id } });
      });
    },
  }),
}));
