// cancelTask: call a task off before its draw. The plan's unit that set it up may cancel it while it is a draft
// or announced but not drawn (the domain's TASK lifecycle, CANCEL); once drawn, the list is set aside only by a
// redraw with a reason (rule 17), so a drawn task cannot be cancelled and set up again to escape its list. Once
// announced, the draw's commitment is public: the cancellation needs a reason, shown beside that commitment on the
// public pages. The task keeps its classes and any superseded draws; nothing is deleted.
import { taskCancellation } from '@ssj/domain';
import { builder } from '../../builder.ts';
import { audit } from '../../audit.ts';
import { clock } from '../../clock.ts';
import { notFound, userError } from '../../errors.ts';
import { lockRow } from '../../locking.ts';
import { assertUnitWrite } from '../../validation.ts';

builder.mutationFields((t) => ({
  cancelTask: t.prismaField({
    type: 'Task',
    description:
      '取消抽查任务（仅摇号前；已发布摇号公告的须说明理由，理由随任务公开） / Cancel a task before its draw; once the draw was announced, with a reason that is published',
    authScopes: { writer: true },
    args: {
      id: t.arg.id({ required: true, description: '抽查任务 / Task' }),
      reason: t.arg.string({ required: false, description: '取消理由（已发布摇号公告的必填） / Why (required once the draw was announced)' }),
    },
    resolve: async (query, _r, args, ctx) => {
      const id = String(args.id);
      return ctx.prisma.$transaction(async (tx) => {
        await lockRow(tx, 'Task', id);
        const task = await tx.task.findUnique({ where: { id } });
        if (!task) throw notFound('抽查任务');
        assertUnitWrite(ctx.user, task.ownerUnitId);
        const verdict = taskCancellation({ status: task.status, reason: args.reason });
        if (!verdict.ok)
          throw userError(verdict.code, undefined, verdict.code === 'TASK.CANCEL_REASON_REQUIRED' ? { field: 'reason' } : { status: task.status });
        const after = await tx.task.update({
          where: { id },
          data: { status: verdict.to, cancelledAt: clock.now(), cancelledById: ctx.user!.id, cancelReason: verdict.reason },
        });
        await audit(tx, ctx, {
          action: 'cancelTask',
          entity: 'Task',
          entityId: id,
          unitId: task.ownerUnitId,
          before: { status: task.status },
          after: { status: after.status, reason: verdict.reason },
        });
        return tx.task.findUniqueOrThrow({ ...query, where: { id } });
      });
    },
  }),
}));
