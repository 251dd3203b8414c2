import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addCalendarDays } from './dates.ts';
import { mergedVisits, mergeVisits, type MergeTask } from './merging.ts';

function task(id: string, planId: string, from: string, to: string, targetIds: string[], checkItemIds = [`CI-${id}`]): MergeTask {
  return { id, planId, window: { from, to }, checkItemIds, targetIds };
}

describe('merging visits (rule 14)', () => {
  it('merges overlapping tasks of different plans that drew the same target', () => {
    const visits = mergeVisits([task('A', 'P1', '2026-05-01', '2026-05-31', ['X', 'Y']), task('B', 'P2', '2026-05-20', '2026-06-30', ['X', 'Z'])]);
    expect(visits).toEqual([
      { targetId: 'X', taskIds: ['A', 'B'], checkItemIds: ['CI-A', 'CI-B'], window: { from: '2026-05-20', to: '2026-05-31' } },
      { targetId: 'Y', taskIds: ['A'], checkItemIds: ['CI-A'], window: { from: '2026-05-01', to: '2026-05-31' } },
      { targetId: 'Z', taskIds: ['B'], checkItemIds: ['CI-B'], window: { from: '2026-05-20', to: '2026-06-30' } },
    ]);
  });

  it('treats windows sharing a single day as overlapping, and disjoint windows as separate', () => {
    expect(mergedVisits([task('A', 'P1', '2026-05-01', '2026-05-31', ['X']), task('B', 'P2', '2026-05-31', '2026-06-30', ['X'])])).toHaveLength(1);
    expect(mergedVisits([task('A', 'P1', '2026-05-01', '2026-05-30', ['X']), task('B', 'P2', '2026-05-31', '2026-06-30', ['X'])])).toEqual([]);
  });

  it('does not merge two tasks of the same plan', () => {
    const visits = mergeVisits([task('A', 'P1', '2026-05-01', '2026-05-31', ['X']), task('B', 'P1', '2026-05-10', '2026-05-20', ['X'])]);
    expect(visits.map((v) => v.taskIds)).toEqual([['B'], ['A']]);
  });

  it('merges three tasks with a common day into one visit, unioning their check items', () => {
    const visits = mergedVisits([
      task('A', 'P1', '2026-05-01', '2026-05-31', ['X'], ['CI-1', 'CI-2']),
      task('B', 'P2', '2026-05-15', '2026-06-15', ['X'], ['CI-2', 'CI-3']),
      task('C', 'P3', '2026-05-25', '2026-07-01', ['X'], ['CI-4']),
    ]);
    expect(visits).toEqual([
      { targetId: 'X', taskIds: ['A', 'B', 'C'], checkItemIds: ['CI-1', 'CI-2', 'CI-3', 'CI-4'], window: { from: '2026-05-25', to: '2026-05-31' } },
    ]);
  });

  it('splits a chain A–B–C without a common day into A+B and C', () => {
    const visits = mergeVisits([
      task('A', 'P1', '2026-05-01', '2026-05-10', ['X']),
      task('B', 'P2', '2026-05-05', '2026-05-20', ['X']),
      task('C', 'P3', '2026-05-15', '2026-05-31', ['X']),
    ]);
    expect(visits.map((v) => v.taskIds)).toEqual([['A', 'B'], ['C']]);
  });

  it('puts every (task, target) pair in exactly one visit whose tasks share a day and have distinct plans', () => {
    const arbTask = (i: number) =>
      fc
        .record({
          planId: fc.constantFrom('P1', 'P2', 'P3'),
          start: fc.integer({ min: 0, max: 60 }),
          length: fc.integer({ min: 0, max: 30 }),
          targetIds: fc.subarray(['X', 'Y', 'Z']),
        })
        .map((t) => task(`T${i}`, t.planId, addCalendarDays('2026-03-01', t.start), addCalendarDays('2026-03-01', t.start + t.length), t.targetIds));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 8 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbTask(i)))),
        (tasks) => {
          const visits = mergeVisits(tasks);
          const pairs = visits.flatMap((v) => v.taskIds.map((id) => `${id}/${v.targetId}`)).sort();
          expect(pairs).toEqual(tasks.flatMap((t) => t.targetIds.map((x) => `${t.id}/${x}`)).sort());
          const byId = new Map(tasks.map((t) => [t.id, t]));
          for (const v of visits) {
            expect(v.window.from <= v.window.to).toBe(true);
            const group = v.taskIds.map((id) => byId.get(id)!);
            for (const t of group) expect(t.window.from <= v.window.to && v.window.from <= t.window.to).toBe(true);
            expect(new Set(group.map((t) => t.planId)).size).toBe(group.length);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
