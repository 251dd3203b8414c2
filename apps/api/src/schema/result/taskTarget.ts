import { builder } from '../../builder.ts';
import { audit } from '../../audit.ts';
import { clock } from '../../clock.ts';
import { closingAction, taskTargetTransition } from '@ssj/domain';
import { allowed, notFound, userError } from '../../errors.ts';
import { assertUnitWrite, requireFields } from '../../validation.ts';
import { responsibleUnitId } from './responsible.ts';
import { assertTaskRunning, assertTransition, loadResult } from './write.ts';

builder.mutationFields((t) => ({
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
        allowed(taskTargetTransition(r.taskTarget.status, closingAction(kind)), { status: r.taskTarget.status });
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
}));
