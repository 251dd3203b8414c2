// lockDraw: confirm and lock a draw's list, dispatch it to the executing unit and publish the task
// announcement (rule 13, G17). Two locks racing must not give a target a third non-exempt draw in a year
// (rule 9): the yearly counts are re-read under a PostgreSQL advisory lock on the year, so locks serialise and
// the second one sees the first. Targets drawn also by a dispatched task of another plan in an overlapping
// window share one visit with it (rule 14, "进一次门、查多项事"), grouped by the domain's mergeVisits.
import type { Prisma } from '@ssj/db/client';
import { drawLock, mergeVisits, yearlyCapExclusion, type DrawReceipt, type MergeTask } from '@ssj/domain';
import { builder } from '../../builder.ts';
import { audit } from '../../audit.ts';
import { publishLockedDraw } from '../../publication/outbox.ts';
import { allowed, notFound, userError } from '../../errors.ts';
import { assertUnitWrite, requireFields } from '../../validation.ts';
import { checkStoredHashes, verifiableDrawSelect } from '../draw.ts';
import { defaultFormId } from '../form.ts';
import { iso, toDate } from '../task.ts';
import { advisoryLock, drawYear, lockedDrawCounts, LOCK_CLASS } from '../../drawInputs.ts';
import { clock } from '../../clock.ts';
import { inBatches } from '../../parameterBatches.ts';
import { lockRow } from '../../locking.ts';
import { reportProgress, withProgress } from '../../drawProgress.ts';

type LockingTask = { id: string; planId: string; windowFrom: Date; windowTo: Date; checkItemIds: string[] };

/**
 * Rule 14: one TaskTarget per drawn target, each in a visit. The domain decides which overlapping dispatched
 * tasks of other plans the new task joins for a target; the new task then joins the existing visit of those
 * tasks (its window narrowed to the common days), or gets a visit of its own.
 */
async function dispatchTargets(tx: Prisma.TransactionClient, task: LockingTask, targetIds: string[]) {
  const others = await inBatches(targetIds, (batch) =>
    tx.taskTarget.findMany({
      where: {
        targetId: { in: batch },
        taskId: { not: task.id },
        task: { status: 'DISPATCHED', planId: { not: task.planId }, windowFrom: { lte: task.windowTo }, windowTo: { gte: task.windowFrom } },
      },
      select: {
        id: true,
        targetId: true,
        visitId: true,
        task: { select: { id: true, planId: true, windowFrom: true, windowTo: true, checkItems: { select: { checkItemId: true } } } },
      },
    }),
  );

  const mergeInput = new Map<string, MergeTask & { targetIds: string[] }>();
  const self: MergeTask & { targetIds: string[] } = {
    id: task.id,
    planId: task.planId,
    window: { from: iso(task.windowFrom), to: iso(task.windowTo) },
    checkItemIds: task.checkItemIds,
    targetIds: [],
  };
  mergeInput.set(task.id, self);
  // Indexed by target (a province-sized lock has tens of thousands of targets: no scan of a list per target).
  const inSelf = new Set<string>();
  const othersOf = new Map<string, typeof others>();
  for (const o of others) {
    othersOf.set(o.targetId, [...(othersOf.get(o.targetId) ?? []), o]);
    const m = mergeInput.get(o.task.id) ?? {
      id: o.task.id,
      planId: o.task.planId,
      window: { from: iso(o.task.windowFrom), to: iso(o.task.windowTo) },
      checkItemIds: o.task.checkItems.map((c) => c.checkItemId),
      targetIds: [],
    };
    m.targetIds.push(o.targetId);
    mergeInput.set(o.task.id, m);
    if (!inSelf.has(o.targetId)) {
      inSelf.add(o.targetId);
      self.targetIds.push(o.targetId);
    }
  }
  const planned = others.length > 0 ? mergeVisits([...mergeInput.values()]) : [];
  // Per target, the first planned visit that merges this task with another.
  const plannedOf = new Map<string, (typeof planned)[number]>();
  for (const v of planned) if (v.taskIds.includes(task.id) && v.taskIds.length > 1 && !plannedOf.has(v.targetId)) plannedOf.set(v.targetId, v);

  const visitIds = [...new Set(others.map((o) => o.visitId).filter((v): v is string => v !== null))];
  const existing = new Map(
    (
      await inBatches(visitIds, (batch) =>
        tx.visit.findMany({
          where: { id: { in: batch } },
          select: { id: true, windowFrom: true, windowTo: true, taskTargets: { select: { task: { select: { planId: true } } } } },
        }),
      )
    ).map((v) => [v.id, v]),
  );

  const joined = new Map<string, { visitId: string }>();
  for (const targetId of targetIds) {
    const visit = plannedOf.get(targetId);
    if (!visit) continue;
    const partners = (othersOf.get(targetId) ?? []).filter((o) => visit.taskIds.includes(o.task.id));
    // Join the existing visit most of the partners are in, if the task's plan is not in it yet and a common day remains.
    const tally = new Map<string, number>();
    for (const p of partners) if (p.visitId) tally.set(p.visitId, (tally.get(p.visitId) ?? 0) + 1);
    const best = [...tally.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    const ev = best ? existing.get(best) : undefined;
    if (ev) {
      const from = [iso(ev.windowFrom), visit.window.from].sort().at(-1)!;
      const to = [iso(ev.windowTo), visit.window.to].sort()[0]!;
      if (ev.taskTargets.some((tt) => tt.task.planId === task.planId) || from > to) continue;
      await tx.visit.update({ where: { id: ev.id }, data: { merged: true, windowFrom: toDate(from), windowTo: toDate(to) } });
      joined.set(targetId, { visitId: ev.id });
    } else {
      // The partners have no visit yet (e.g. dispatched before visits existed): one shared visit for all.
      const v = await tx.visit.create({ data: { targetId, windowFrom: toDate(visit.window.from), windowTo: toDate(visit.window.to), merged: true } });
      await tx.taskTarget.updateMany({ where: { id: { in: partners.map((p) => p.id) } }, data: { visitId: v.id } });
      joined.set(targetId, { visitId: v.id });
    }
  }

  const alone = targetIds.filter((id) => !joined.has(id));
  const created = await inBatches(alone, (batch) =>
    tx.visit.createManyAndReturn({
      data: batch.map((targetId) => ({ targetId, windowFrom: task.windowFrom, windowTo: task.windowTo, merged: false })),
      select: { id: true, targetId: true },
    }),
  );
  const own = new Map(created.map((v) => [v.targetId, v.id]));
  const dispatched = await inBatches(targetIds, (batch) =>
    tx.taskTarget.createManyAndReturn({
      data: batch.map((targetId) => ({ taskId: task.id, targetId, visitId: joined.get(targetId)?.visitId ?? own.get(targetId)! })),
      select: { id: true },
    }),
  );
  // Each dispatched target gets its result record (未录入), matched to the form of the task's first check item
  // that has one (rule 18, "一对象一表单"); the executing unit may pick another form while entering.
  const formId = await defaultFormId(tx, task.id, task.checkItemIds);
  await inBatches(dispatched, async (batch) => {
    await tx.result.createMany({ data: batch.map((tt) => ({ taskTargetId: tt.id, formId })) });
    return [];
  });
  return { merged: [...joined.entries()].map(([targetId, v]) => ({ targetId, visitId: v.visitId })) };
}

builder.mutationFields((t) => ({
  lockDraw: t.prismaField({
    type: 'Draw',
    description:
      '确认并锁定摇号结果：下发执行单位、发布任务公告，同期不同计划抽中同一对象的合并检查 / Confirm and lock a draw: dispatch, announce, merge visits (rules 13, 14)',
    authScopes: { writer: true },
    args: { drawId: t.arg.id({ required: false, description: '摇号 / Draw' }) },
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, { drawId: '摇号' });
      const drawId = String(args.drawId);
      const now = clock.now();
      // Progress is reported under the draw's task (the draw page polls it by task).
      const owner = await ctx.prisma.draw.findUnique({ where: { id: drawId }, select: { taskId: true } });
      return withProgress(owner?.taskId ?? drawId, () =>
        ctx.prisma.$transaction(
          async (tx) => {
            // Every task-level transition locks the task row first (the same order everywhere: no deadlock).
            if (owner) await lockRow(tx, 'Task', owner.taskId);
            const head = await tx.draw.findUnique({ where: { id: drawId }, select: { drawnAt: true, task: { select: { ownerUnitId: true } } } });
            if (!head) throw notFound('摇号记录');
            assertUnitWrite(ctx.user, head.task.ownerUnitId);
            // Rule 9: every lock of the year waits here for the one before it to commit, then reads its counts.
            await advisoryLock(tx, LOCK_CLASS.yearlyDrawCap, drawYear(head.drawnAt).year);

            const draw = await tx.draw.findUniqueOrThrow({
              where: { id: drawId },
              select: {
                ...verifiableDrawSelect,
                id: true,
                kind: true,
                status: true,
                sequence: true,
                drawnAt: true,
                taskId: true,
                task: {
                  select: {
                    id: true,
                    planId: true,
                    status: true,
                    windowFrom: true,
                    windowTo: true,
                    ownerUnitId: true,
                    checkItems: { select: { checkItemId: true } },
                  },
                },
              },
            });
            const lock = drawLock(draw);
            allowed(lock, { status: draw.status });
            // Rule 17: what is dispatched is exactly what the receipt proves — checked from the stored hashes (the
            // list's rows streamed once through the hash; no re-ranking: verifyDraw re-runs the whole draw on demand).
            const targetIds = draw.drawn.map((d) => d.targetId);
            const check = await checkStoredHashes(tx, draw, new Set(targetIds), (done, total) => reportProgress(tx, draw.taskId, 'CHECK', done, total));
            if (!check.ok) throw userError('DRAW.VERIFICATION_FAILED', check.diff.slice(0, 3).join('；'), { diff: check.diff });

            // Rule 9: re-count this year's locked draws of the drawn targets, as of now, and apply the draw's own
            // yearly-cap rule (the domain's yearlyCapExclusion, with the parameters the receipt recorded).
            const receipt = draw.receipt as unknown as DrawReceipt;
            const counts = await lockedDrawCounts(tx, draw.drawnAt, { targetIds, exceptDrawId: draw.id });
            const frozen = check.picked;
            const over = targetIds
              .filter((id) => yearlyCapExclusion({ ...frozen.get(id)!, drawsThisYear: counts.get(id) ?? 0 }, receipt.parameters, receipt.algorithm) !== null)
              .sort();
            if (over.length > 0) {
              const names = await tx.target.findMany({ where: { id: { in: over } }, select: { name: true }, orderBy: { name: 'asc' } });
              throw userError('DRAW.YEARLY_CAP_REACHED', names.map((n) => n.name).join('、'), { targetIds: over });
            }

            await tx.draw.update({ where: { id: drawId }, data: { status: lock.draw, lockedById: ctx.user!.id, lockedAt: now } });
            // G17: locking dispatches the list and publishes the task announcement.
            await tx.task.update({ where: { id: draw.taskId }, data: { status: lock.task, announcedAt: now } });
            await reportProgress(tx, draw.taskId, 'DISPATCH');
            const { merged } = await dispatchTargets(
              tx,
              {
                id: draw.task.id,
                planId: draw.task.planId,
                windowFrom: draw.task.windowFrom,
                windowTo: draw.task.windowTo,
                checkItemIds: draw.task.checkItems.map((c) => c.checkItemId),
              },
              targetIds,
            );
            await publishLockedDraw(tx, ctx, drawId);
            await audit(tx, ctx, {
              action: 'lockDraw',
              entity: 'Draw',
              entityId: drawId,
              unitId: draw.task.ownerUnitId,
              before: { status: draw.status, taskStatus: draw.task.status },
              after: { status: lock.draw, taskStatus: lock.task, lockedAt: now, sequence: draw.sequence, targetCount: targetIds.length, mergedVisits: merged },
            });
            return tx.draw.findUniqueOrThrow({ ...query, where: { id: drawId } });
          },
          { maxWait: 60_000, timeout: 120_000 },
        ),
      );
    },
  }),
}));
