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
import { advisoryLock, drawYear, lockedDrawCounts, LOCK_CLASS } from '../../drawInputs.ts';
import { clock } from '../../clock.ts';
import { newId } from '../../importing/bulk.ts';
import { lockRow } from '../../locking.ts';
import { reportProgress, withProgress } from '../../drawProgress.ts';
import { fromDateColumn } from '../../dateColumn.ts';

type LockingTask = { id: string; planId: string; windowFrom: Date; windowTo: Date; checkItemIds: string[] };

/** A task target of another dispatched task in the window, on one of the drawn targets (rule 14's merge partners). */
type Partner = {
  id: string;
  targetId: string;
  visitId: string | null;
  taskId: string;
  planId: string;
  windowFrom: Date;
  windowTo: Date;
  checkItemIds: string[];
};

/**
 * Rule 14: one TaskTarget per drawn target, each in a visit. The domain decides which overlapping dispatched
 * tasks of other plans the new task joins for a target; the new task then joins the existing visit of those
 * tasks (its window narrowed to the common days), or gets a visit of its own. Every read and write is one
 * set-based statement over arrays (a province-sized lock dispatches tens of thousands of targets: Prisma's
 * 5,000-row batches cost minutes of Node CPU compiling and mapping them).
 */
async function dispatchTargets(tx: Prisma.TransactionClient, task: LockingTask, targetIds: string[]) {
  const others = await tx.$queryRaw<Partner[]>`
    SELECT tt."id", tt."targetId", tt."visitId", t."id" AS "taskId", t."planId", t."windowFrom", t."windowTo",
           ARRAY(SELECT ci."checkItemId" FROM "TaskCheckItem" ci WHERE ci."taskId" = t."id" ORDER BY ci."checkItemId") AS "checkItemIds"
    FROM unnest(${targetIds}::text[]) AS x("id")
    JOIN "TaskTarget" tt ON tt."targetId" = x."id"
    JOIN "Task" t ON t."id" = tt."taskId"
    WHERE tt."taskId" <> ${task.id} AND t."status" = 'DISPATCHED' AND t."planId" <> ${task.planId}
      AND t."windowFrom" <= ${task.windowTo} AND t."windowTo" >= ${task.windowFrom}
    ORDER BY tt."targetId", tt."id"`;

  const mergeInput = new Map<string, MergeTask & { targetIds: string[] }>();
  const self: MergeTask & { targetIds: string[] } = {
    id: task.id,
    planId: task.planId,
    window: { from: fromDateColumn(task.windowFrom), to: fromDateColumn(task.windowTo) },
    checkItemIds: task.checkItemIds,
    targetIds: [],
  };
  mergeInput.set(task.id, self);
  // Indexed by target (a province-sized lock has tens of thousands of targets: no scan of a list per target).
  const inSelf = new Set<string>();
  const othersOf = new Map<string, Partner[]>();
  for (const o of others) {
    const list = othersOf.get(o.targetId);
    if (list) list.push(o);
    else othersOf.set(o.targetId, [o]);
    const m = mergeInput.get(o.taskId) ?? {
      id: o.taskId,
      planId: o.planId,
      window: { from: fromDateColumn(o.windowFrom), to: fromDateColumn(o.windowTo) },
      checkItemIds: o.checkItemIds,
      targetIds: [],
    };
    m.targetIds.push(o.targetId);
    mergeInput.set(o.taskId, m);
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
    (visitIds.length === 0
      ? []
      : await tx.$queryRaw<{ id: string; windowFrom: Date; windowTo: Date; planIds: string[] }[]>`
          SELECT v."id", v."windowFrom", v."windowTo",
                 ARRAY(SELECT DISTINCT t."planId" FROM "TaskTarget" tt JOIN "Task" t ON t."id" = tt."taskId" WHERE tt."visitId" = v."id") AS "planIds"
          FROM "Visit" v WHERE v."id" = ANY(${visitIds}::text[])`
    ).map((v) => [v.id, v]),
  );

  // Decided per target in memory, written below in one statement per kind.
  const joined = new Map<string, string>();
  const narrowed: { id: string; from: string; to: string }[] = [];
  const visits: { id: string; targetId: string; from: string; to: string; merged: boolean }[] = [];
  const moved: { taskTargetId: string; visitId: string }[] = [];
  const merged: { targetId: string; visitId: string }[] = [];
  for (const targetId of targetIds) {
    const visit = plannedOf.get(targetId);
    if (!visit) continue;
    const partners = (othersOf.get(targetId) ?? []).filter((o) => visit.taskIds.includes(o.taskId));
    // Join the existing visit most of the partners are in, if the task's plan is not in it yet and a common day remains.
    const tally = new Map<string, number>();
    for (const p of partners) if (p.visitId) tally.set(p.visitId, (tally.get(p.visitId) ?? 0) + 1);
    const best = [...tally.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    const ev = best ? existing.get(best) : undefined;
    if (ev) {
      const from = [fromDateColumn(ev.windowFrom), visit.window.from].sort().at(-1)!;
      const to = [fromDateColumn(ev.windowTo), visit.window.to].sort()[0]!;
      if (ev.planIds.includes(task.planId) || from > to) continue;
      narrowed.push({ id: ev.id, from, to });
      joined.set(targetId, ev.id);
      merged.push({ targetId, visitId: ev.id });
    } else {
      // The partners have no visit yet (e.g. dispatched before visits existed): one shared visit for all.
      const id = newId();
      visits.push({ id, targetId, from: visit.window.from, to: visit.window.to, merged: true });
      for (const p of partners) moved.push({ taskTargetId: p.id, visitId: id });
      joined.set(targetId, id);
      merged.push({ targetId, visitId: id });
    }
  }
  const from = fromDateColumn(task.windowFrom);
  const to = fromDateColumn(task.windowTo);
  for (const targetId of targetIds) {
    if (joined.has(targetId)) continue;
    const id = newId();
    visits.push({ id, targetId, from, to, merged: false });
    joined.set(targetId, id);
  }

  if (narrowed.length > 0)
    await tx.$executeRaw`
      UPDATE "Visit" v SET "merged" = true, "windowFrom" = x."from"::date, "windowTo" = x."to"::date
      FROM unnest(${narrowed.map((n) => n.id)}::text[], ${narrowed.map((n) => n.from)}::text[], ${narrowed.map((n) => n.to)}::text[]) AS x("id", "from", "to")
      WHERE v."id" = x."id"`;
  if (visits.length > 0)
    await tx.$executeRaw`
      INSERT INTO "Visit" ("id", "targetId", "windowFrom", "windowTo", "merged")
      SELECT x."id", x."targetId", x."from"::date, x."to"::date, x."merged"
      FROM unnest(${visits.map((v) => v.id)}::text[], ${visits.map((v) => v.targetId)}::text[], ${visits.map((v) => v.from)}::text[],
                  ${visits.map((v) => v.to)}::text[], ${visits.map((v) => v.merged)}::boolean[]) AS x("id", "targetId", "from", "to", "merged")`;
  if (moved.length > 0)
    await tx.$executeRaw`
      UPDATE "TaskTarget" tt SET "visitId" = x."visitId", "updatedAt" = now()
      FROM unnest(${moved.map((m) => m.taskTargetId)}::text[], ${moved.map((m) => m.visitId)}::text[]) AS x("id", "visitId")
      WHERE tt."id" = x."id"`;
  // Each dispatched target gets its result record (未录入), matched to the form of the task's first check item
  // that has one (rule 18, "一对象一表单"); the executing unit may pick another form while entering.
  const formId = await defaultFormId(tx, task.id, task.checkItemIds);
  const taskTargetIds = targetIds.map(() => newId());
  if (targetIds.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "TaskTarget" ("id", "taskId", "targetId", "visitId", "updatedAt")
      SELECT x."id", ${task.id}, x."targetId", x."visitId", now()
      FROM unnest(${taskTargetIds}::text[], ${targetIds}::text[], ${targetIds.map((id) => joined.get(id)!)}::text[]) AS x("id", "targetId", "visitId")`;
    await tx.$executeRaw`
      INSERT INTO "Result" ("id", "taskTargetId", "formId", "updatedAt")
      SELECT x."id", x."taskTargetId", ${formId}, now()
      FROM unnest(${taskTargetIds.map(() => newId())}::text[], ${taskTargetIds}::text[]) AS x("id", "taskTargetId")`;
  }
  return { merged };
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
            // The draw itself is DRAWN here (drawLock allowed no other status), so it is not among the counts.
            const counts = await lockedDrawCounts(tx, draw.drawnAt, targetIds);
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
