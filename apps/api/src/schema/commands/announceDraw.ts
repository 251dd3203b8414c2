// announceDraw: commit to the draw's randomness before anyone knows the witnesses' entropy (rule 17).
// A fresh 32-byte server secret is kept on the task — never served, never written to the audit trail — and
// only its commitment sha256(secret) is published. The secret is revealed in the receipt at the draw.
import { randomBytes } from 'node:crypto';
import { drawAnnouncement, makeCommitment } from '@ssj/domain';
import { builder } from '../../builder.ts';
import { audit } from '../../audit.ts';
import { allowed, notFound } from '../../errors.ts';
import { getDrawSettings } from '../../settings.ts';
import { assertUnitWrite, requireFields } from '../../validation.ts';
import { taskSnapshot } from '../task.ts';
import { assertDrawCaps, CAP_CHECK_TX, assertEveryItemDrawnFor, classRows, taskForDrawSelect, taskParameters } from '../../drawInputs.ts';
import { lockRow } from '../../locking.ts';
import { clock } from '../../clock.ts';
import { publishTaskAnnouncement } from '../../publication/outbox.ts';

/** A fresh server secret (never reused) and the commitment to publish. */
export function newSeedCommitment(): { serverSecret: string; seedCommitment: string } {
  const serverSecret = randomBytes(32).toString('hex');
  return { serverSecret, seedCommitment: makeCommitment(serverSecret) };
}

builder.mutationFields((t) => ({
  announceDraw: t.prismaField({
    type: 'Task',
    description:
      '发布摇号公告：生成服务器密钥并公布其承诺值，任务进入待摇号 / Announce the draw: commit to a fresh server secret; the task becomes READY (rule 17)',
    authScopes: { writer: true },
    args: { taskId: t.arg.id({ required: false, description: '抽查任务 / Task' }) },
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, { taskId: '抽查任务' });
      const taskId = String(args.taskId);
      return ctx.prisma.$transaction(async (tx) => {
        await lockRow(tx, 'Task', taskId);
        const task = await tx.task.findUnique({ where: { id: taskId }, select: taskForDrawSelect });
        if (!task) throw notFound('抽查任务');
        assertUnitWrite(ctx.user, task.ownerUnitId);
        const announcement = drawAnnouncement({ status: task.status, classCount: task.classes.length });
        allowed(announcement);
        // Refuse now what the draw would refuse: invalid parameters, a GENERAL ratio above its cap (rule 2), a check
        // item of the task no class draws for; a GENERAL item's classes asking more than its cap allows (ssj-draw/3).
        assertEveryItemDrawnFor(task);
        const { parameters, items } = taskParameters(task, await getDrawSettings(tx));
        await assertDrawCaps(tx, parameters, classRows(task), items, clock.now());
        const { serverSecret, seedCommitment } = newSeedCommitment();
        const after = await tx.task.update({ where: { id: taskId }, data: { status: announcement.to, serverSecret, seedCommitment } });
        await publishTaskAnnouncement(tx, ctx, taskId, clock.now());
        await audit(tx, ctx, {
          action: 'announceDraw',
          entity: 'Task',
          entityId: taskId,
          unitId: task.ownerUnitId,
          before: { status: task.status, seedCommitment: task.seedCommitment },
          after: taskSnapshot(after),
        });
        return tx.task.findUniqueOrThrow({ ...query, where: { id: taskId } });
      }, CAP_CHECK_TX);
    },
  }),
}));
