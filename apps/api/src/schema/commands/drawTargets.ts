// drawTargets and redrawTargets: the verifiable target draw (rules 4, 9, 11–13, 17).
//
// Seed flow (commit–reveal): announceDraw kept a secret on the task and published sha256(secret). At the
// draw the witness gives their entropy; the domain derives the seed from secret + entropy + the hashes of the
// frozen candidate list and the parameters, ranks, and returns a receipt that reveals the secret. The Draw
// stores the receipt and the frozen list verbatim — the list as DrawCandidateChunk rows (written by one set-based
// statement), hashed once with node:crypto; the receipt compact (each class's selected entries only, rankingScope
// SELECTED) — and the secret is cleared from the task. A re-draw is never
// silent: it needs a reason, supersedes (but keeps) the previous draw — recording when and why on it — and
// commits to a fresh secret; the reason waits on the task (pendingRedrawReason) until the next draw records it.
import { bestRanks, DIRECTORY_CONFIRMATION_HOURS, finishDrawByGroups, parametersHash, planDrawByGroups, redraw, targetDraw } from '@ssj/domain';
import { builder } from '../../builder.ts';
import { audit } from '../../audit.ts';
import { allowed, notFound, userError } from '../../errors.ts';
import { getDrawSettings } from '../../settings.ts';
import { assertUnitWrite, requireFields } from '../../validation.ts';
import { taskSnapshot } from '../task.ts';
import { newSeedCommitment } from './announceDraw.ts';
import { assertEveryItemDrawnFor, classRows, latestConfirmation, refusalError, taskForDrawSelect, taskParameters } from '../../drawInputs.ts';
import { clock } from '../../clock.ts';
import { lockRow } from '../../locking.ts';
import {
  candidateGroups,
  candidateSource,
  insertAndHashCandidates,
  insertDrawnTargets,
  listIds,
  rankStoredList,
  roomToSort,
  storedList,
} from '../../drawSql.ts';
import { nodeHasher } from '../../nodeHasher.ts';
import { reportProgress, withProgress } from '../../drawProgress.ts';

const DRAW_TX = { maxWait: 30_000, timeout: 120_000 };

const beijing = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

builder.mutationFields((t) => ({
  drawTargets: t.prismaField({
    type: 'Draw',
    description: `摇号抽取检查对象（须在 ${DIRECTORY_CONFIRMATION_HOURS} 小时内确认名录库；见证人提供随机数） / Draw the targets (directories confirmed within ${DIRECTORY_CONFIRMATION_HOURS} h; the witness gives entropy)`,
    authScopes: { writer: true },
    args: {
      taskId: t.arg.id({ required: false, description: '抽查任务 / Task' }),
      witnessName: t.arg.string({ required: false, description: '现场见证人姓名 / Witness name' }),
      witnessEntropy: t.arg.string({
        required: false,
        description: '见证人现场提供的随机数（原样记录） / Entropy given by the witness, used exactly as typed',
      }),
      candidateListHash: t.arg.string({
        required: false,
        description: '向见证人展示的候选名单哈希；给出时须与摇号时一致 / The list hash shown to the witness; if given, the draw must use that exact list',
      }),
      parametersHash: t.arg.string({
        required: false,
        description: '向见证人展示的参数哈希；给出时须一致 / The parameters hash shown to the witness; if given, must match',
      }),
    },
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, { taskId: '抽查任务', witnessName: '现场见证人', witnessEntropy: '见证人提供的随机数' });
      const taskId = String(args.taskId);
      const now = clock.now();
      return withProgress(taskId, () =>
        ctx.prisma.$transaction(async (tx) => {
          await lockRow(tx, 'Task', taskId);
          const task = await tx.task.findUnique({ where: { id: taskId }, select: { ...taskForDrawSelect, serverSecret: true, pendingRedrawReason: true } });
          if (!task) throw notFound('抽查任务');
          assertUnitWrite(ctx.user, task.ownerUnitId);
          const drawing = targetDraw(task);
          allowed(drawing);

          // Rule 4 (P2): the directories were confirmed up to date just before the draw.
          const { confirmation, fresh } = await latestConfirmation(tx, task.ownerUnitId, now);
          if (!fresh) {
            throw userError('DRAW.DIRECTORIES_NOT_CONFIRMED', confirmation ? `最近一次确认于 ${beijing(confirmation.confirmedAt)}` : '本单位尚未确认过名录库', {
              lastConfirmedAt: confirmation?.confirmedAt.toISOString() ?? null,
            });
          }

          assertEveryItemDrawnFor(task);
          const { parameters, items } = taskParameters(task, await getDrawSettings(tx));
          const last = await tx.draw.findFirst({ where: { taskId, kind: 'TARGETS' }, orderBy: { sequence: 'desc' }, select: { sequence: true } });
          const sequence = (last?.sequence ?? 0) + 1;
          // The Draw row first (its id keys the candidate rows), completed below once the receipt exists.
          const draw = await tx.draw.create({
            data: {
              taskId,
              kind: 'TARGETS',
              sequence,
              // Rule 17: a re-draw carries the reason given with redrawTargets.
              reason: sequence > 1 ? task.pendingRedrawReason : null,
              status: 'DRAWN',
              confirmationId: confirmation!.id,
              candidateCount: 0,
              candidateListHash: '',
              seedCommitment: drawing.seedCommitment,
              witnessName: args.witnessName!.trim(),
              witnessEntropy: args.witnessEntropy!,
              seed: '',
              receipt: {},
              drawnById: ctx.user!.id,
              drawnAt: now,
            },
            select: { id: true, reason: true, confirmationId: true, seedCommitment: true, witnessName: true, witnessEntropy: true },
          });
          // Rule 17: the list frozen by PostgreSQL into the draw's rows (built, sorted and written in one statement),
          // hashed once from them; counted by group for the rules; ranked there (drawSql.ts).
          await roomToSort(tx);
          await reportProgress(tx, taskId, 'FREEZE');
          // The freeze statement also returns the rows it wrote, in list order: hashed here, not read back; the list's
          // ids and group numbers are kept from the same text for the ranking.
          const ids = listIds();
          const list = await insertAndHashCandidates(tx, draw.id, candidateSource(classRows(task), now), nodeHasher, undefined, { ids });
          if (args.candidateListHash && args.candidateListHash !== list.hash) {
            throw userError('DRAW.CANDIDATES_CHANGED', `展示的 ${args.candidateListHash.slice(0, 16)}…，现为 ${list.hash.slice(0, 16)}…`, {
              candidateListHash: list.hash,
            });
          }
          const pHash = parametersHash(parameters, nodeHasher);
          if (args.parametersHash && args.parametersHash !== pHash) throw userError('DRAW.PARAMETERS_CHANGED', undefined, { parametersHash: pHash });

          await reportProgress(tx, taskId, 'CENSUS');
          const planned = planDrawByGroups({
            parameters,
            // Counted from the group numbers kept from the freeze's text (the rows it wrote).
            groups: await candidateGroups(tx, parameters, storedList(draw.id, undefined, ids.groups)),
            candidateListHash: list.hash,
            candidateCount: list.count,
            hasher: nodeHasher,
            seedInputs: {
              source: 'COMMIT_REVEAL',
              commitment: drawing.seedCommitment,
              serverSecret: drawing.serverSecret,
              witnessEntropy: args.witnessEntropy!,
            },
          });
          if (!planned.ok) throw refusalError(planned, items);
          await reportProgress(tx, taskId, 'RANK');
          const ranked = await rankStoredList(tx, draw.id, planned.plan, undefined, ids);
          await reportProgress(tx, taskId, 'RECORD');
          // The compact receipt: each class's selected entries (it stays small).
          const receipt = finishDrawByGroups(planned.plan, ranked.selected, ranked.exclusions);
          // The receipt as one JSON text parameter (46k entries at 1M): Prisma's client walks a Json argument value by
          // value before serialising it (in a 1M profile its argument handling was the largest of Prisma's costs);
          // jsonb stores the same value either way.
          await tx.$executeRaw`
            UPDATE "Draw" SET "candidateCount" = ${receipt.candidateCount}::int, "candidateListHash" = ${receipt.candidateListHash},
                              "seed" = ${receipt.seed}, "receipt" = ${JSON.stringify(receipt)}::jsonb
            WHERE "id" = ${draw.id}`;
          const ranks = bestRanks(receipt);
          // One set-based statement from three arrays (a province's 46k drawn targets: no 5,000-row Prisma batches).
          await insertDrawnTargets(
            tx,
            draw.id,
            receipt.result.map((r) => ({ targetId: r.targetId, rank: ranks.get(r.targetId) ?? 0, classKeys: r.classKeys })),
          );
          // The secret is now public in the receipt; the task no longer keeps it.
          await tx.task.update({ where: { id: taskId }, data: { status: drawing.to, serverSecret: null, pendingRedrawReason: null } });
          await audit(tx, ctx, {
            action: 'drawTargets',
            entity: 'Draw',
            entityId: draw.id,
            unitId: task.ownerUnitId,
            after: {
              taskId,
              sequence,
              reason: draw.reason,
              confirmationId: draw.confirmationId,
              candidateCount: receipt.candidateCount,
              candidateListHash: receipt.candidateListHash,
              parametersHash: receipt.parametersHash,
              seedCommitment: draw.seedCommitment,
              witnessName: draw.witnessName,
              witnessEntropy: draw.witnessEntropy,
              seed: receipt.seed,
              drawnTargetIds: receipt.result.map((r) => r.targetId),
              excludedCount: receipt.exclusions.length,
            },
          });
          return tx.draw.findUniqueOrThrow({ ...query, where: { id: draw.id } });
        }, DRAW_TX),
      );
    },
  }),
  redrawTargets: t.prismaField({
    type: 'Task',
    description:
      '重新摇号（须说明理由）：原摇号作废但保留可查，重新公布承诺值后再次摇号 / Re-draw with a reason: the previous draw is superseded (kept), a fresh commitment is published (rule 17)',
    authScopes: { writer: true },
    args: {
      taskId: t.arg.id({ required: false, description: '抽查任务 / Task' }),
      reason: t.arg.string({ required: false, description: '重新摇号的理由（必填） / Why the draw is redone (required)' }),
    },
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, { taskId: '抽查任务' });
      if (!args.reason?.trim()) throw userError('DRAW.REDRAW_REASON_REQUIRED', undefined, { field: 'reason' });
      const reason = args.reason.trim();
      const taskId = String(args.taskId);
      return ctx.prisma.$transaction(async (tx) => {
        await lockRow(tx, 'Task', taskId);
        const task = await tx.task.findUnique({ where: { id: taskId } });
        if (!task) throw notFound('抽查任务');
        assertUnitWrite(ctx.user, task.ownerUnitId);
        const latest = await tx.draw.findFirst({
          where: { taskId, kind: 'TARGETS' },
          orderBy: { sequence: 'desc' },
          select: { id: true, sequence: true, status: true },
        });
        // Rule 13: a locked list has been dispatched; it is not redrawn.
        const again = redraw(task, latest);
        allowed(again);
        const { latest: previous } = again;
        const superseded = await tx.draw.update({
          where: { id: previous.id },
          data: { status: again.draw, supersededAt: clock.now(), supersededReason: reason },
          select: { status: true, supersededAt: true, supersededReason: true },
        });
        const { serverSecret, seedCommitment } = newSeedCommitment();
        const after = await tx.task.update({ where: { id: taskId }, data: { status: again.task, serverSecret, seedCommitment, pendingRedrawReason: reason } });
        await audit(tx, ctx, {
          action: 'redrawTargets',
          entity: 'Task',
          entityId: taskId,
          unitId: task.ownerUnitId,
          before: { ...taskSnapshot(task), drawId: previous.id, drawStatus: previous.status },
          after: {
            ...taskSnapshot(after),
            reason,
            supersededDrawId: previous.id,
            supersededSequence: previous.sequence,
            drawStatus: superseded.status,
            supersededAt: superseded.supersededAt,
          },
        });
        return tx.task.findUniqueOrThrow({ ...query, where: { id: taskId } });
      });
    },
  }),
}));
