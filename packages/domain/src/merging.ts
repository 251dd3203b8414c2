// Rule 14 (P4, G18): when tasks of different plans draw the same target in the same period, the
// target is visited once for all of them — "进一次门、查多项事" (one visit, many checks).

import { isIsoDate } from './dates.ts';
import { DomainError } from './errors.ts';

export interface MergeTask {
  id: string;
  planId: string;
  /** The task's execution window, inclusive ISO dates. */
  window: { from: string; to: string };
  checkItemIds: readonly string[];
  /** The targets the task drew (its locked draw result). */
  targetIds: readonly string[];
}

export interface Visit {
  targetId: string;
  /** Sorted; more than one = a merged visit. */
  taskIds: string[];
  /** Union of the tasks' check items, sorted. */
  checkItemIds: string[];
  /** The days on which one visit serves all its tasks (the intersection of their windows). */
  window: { from: string; to: string };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Groups every (task, target) pair into visits. For each target, its tasks are grouped so that every
 * group has a common day (all windows overlap on at least one date) and at most one task per plan —
 * rule 14 merges tasks of *different* plans; two tasks of one plan on the same target stay separate
 * visits (the plan itself should not schedule that twice).
 *
 * Method (per target), the classic interval-stabbing greedy, which needs the fewest visits when plans
 * do not collide: take the unassigned task whose window ends first; its last day is the visit day;
 * add every other unassigned task whose window contains that day and whose plan is not yet in the
 * visit (in order of window end, then start, then id). Repeat. Consequently a chain A–B–C where A and C
 * do not overlap gives two visits (A+B, C), never one visit that no single day could serve.
 *
 * Every pair appears in exactly one visit; single-task visits are included, so the result is the
 * complete visit list of the period.
 */
export function mergeVisits(tasks: readonly MergeTask[]): Visit[] {
  for (const t of tasks) {
    if (!isIsoDate(t.window.from) || !isIsoDate(t.window.to) || t.window.from > t.window.to) {
      throw new DomainError('CALENDAR.INVALID_DATE', { taskId: t.id, window: t.window });
    }
  }
  const byTarget = new Map<string, MergeTask[]>();
  for (const t of tasks) {
    for (const target of new Set(t.targetIds)) {
      const list = byTarget.get(target) ?? [];
      list.push(t);
      byTarget.set(target, list);
    }
  }

  const visits: Visit[] = [];
  for (const targetId of [...byTarget.keys()].sort(cmp)) {
    const pending = byTarget
      .get(targetId)!
      .slice()
      .sort((a, b) => cmp(a.window.to, b.window.to) || cmp(a.window.from, b.window.from) || cmp(a.id, b.id));
    while (pending.length > 0) {
      const first = pending.shift()!;
      const day = first.window.to;
      const group = [first];
      const plans = new Set([first.planId]);
      for (let i = 0; i < pending.length; ) {
        const t = pending[i]!;
        if (t.window.from <= day && day <= t.window.to && !plans.has(t.planId)) {
          group.push(t);
          plans.add(t.planId);
          pending.splice(i, 1);
        } else i++;
      }
      visits.push({
        targetId,
        taskIds: group.map((t) => t.id).sort(cmp),
        checkItemIds: [...new Set(group.flatMap((t) => t.checkItemIds))].sort(cmp),
        window: {
          from: group
            .map((t) => t.window.from)
            .sort(cmp)
            .at(-1)!,
          to: group.map((t) => t.window.to).sort(cmp)[0]!,
        },
      });
    }
  }
  return visits;
}

/** Only the visits that merge two or more tasks. */
export function mergedVisits(tasks: readonly MergeTask[]): Visit[] {
  return mergeVisits(tasks).filter((v) => v.taskIds.length > 1);
}
