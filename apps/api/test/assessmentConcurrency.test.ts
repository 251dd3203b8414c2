// The assessment aggregates under concurrent writes (PostgreSQL only: PGlite has one connection). Transactions that
// write into the same tasks in opposite order used to deadlock: each statement refreshed its tasks' aggregates at
// once and kept them locked (a task's advisory lock, the aggregate rows) until its transaction ended, so the first
// statements of two transactions each held what the other's second statement needed. The refresh now runs at commit
// in one pass, its locks taken in a fixed order (migration …_assessment_month_rollups): both commit, and the
// aggregates still equal the full recomputation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Prisma } from '@ssj/db/client';
import { rebuildAssessmentAggregates } from '../src/assessment/aggregates.ts';
import { assessmentFigures, assessmentFiguresFromFacts, periodOf } from '../src/assessment/figures.ts';
import { createTestApp, type TestApp } from './helpers.ts';
import { TEST_DATABASE_URL } from './testEnv.ts';

/** Resolves once `parties` callers are waiting (or once one gave up: a failed transaction never arrives). */
function barrier(parties: number) {
  let waiting = 0;
  let release!: () => void;
  const all = new Promise<void>((r) => {
    release = r;
  });
  return {
    meet: async () => {
      if (++waiting === parties) release();
      await all;
    },
    release: () => release(),
  };
}

/** A change that moves a target's counts (completed or closed), so the task's aggregate rows change. */
const flip = (tx: Prisma.TransactionClient, taskTargetId: string) =>
  tx.$executeRaw`UPDATE "TaskTarget" SET "status" = (CASE WHEN "status" = 'CLOSED_UNREACHABLE' THEN 'INSPECTED' ELSE 'CLOSED_UNREACHABLE' END)::"TaskTargetStatus"
    WHERE "id" = ${taskTargetId}`;

describe.runIf(!!TEST_DATABASE_URL)('assessment aggregates under concurrent writes (PostgreSQL)', () => {
  let p: TestApp;
  let tasks: { id: string; tts: string[] }[];
  beforeAll(async () => {
    p = await createTestApp({ today: '2026-12-04' });
    // Tasks (not cancelled) with at least four targets each, of different units where the demo has them.
    tasks = await p.prisma.$queryRaw<{ id: string; tts: string[] }[]>`
      SELECT t."id", array_agg(tt."id" ORDER BY tt."id") AS "tts" FROM "Task" t JOIN "TaskTarget" tt ON tt."taskId" = t."id"
      WHERE t."status" <> 'CANCELLED' GROUP BY t."id", t."executingUnitId" HAVING count(*) >= 4 ORDER BY t."executingUnitId", t."id" LIMIT 4`;
  });
  afterAll(() => p.close());

  async function expectAggregatesEqualFacts() {
    for (const period of [periodOf(2026), periodOf(2025)]) {
      expect(await assessmentFigures(p.prisma, period, '2026-12-04')).toEqual(await assessmentFiguresFromFacts(p.prisma, period, '2026-12-04'));
    }
    expect((await rebuildAssessmentAggregates(p.prisma, { apply: false })).differences).toBe(0);
  }

  /** Runs each list of targets as one transaction, statement by statement, all transactions in step. */
  async function inStep(orders: string[][]) {
    const steps = orders[0]!.length;
    const meets = Array.from({ length: steps - 1 }, () => barrier(orders.length));
    const outcomes = await Promise.allSettled(
      orders.map((ids) =>
        p.prisma
          .$transaction(
            async (tx) => {
              for (let i = 0; i < steps; i++) {
                await flip(tx, ids[i]!);
                if (i < steps - 1) await meets[i]!.meet();
              }
            },
            { timeout: 30_000, maxWait: 30_000 },
          )
          .catch((e: unknown) => {
            for (const m of meets) m.release();
            throw e;
          }),
      ),
    );
    return outcomes.map((o) => (o.status === 'fulfilled' ? 'committed' : String(o.reason).slice(0, 300)));
  }

  it('commits two transactions that write into two tasks in opposite order', { timeout: 60_000 }, async () => {
    expect(tasks.length).toBeGreaterThanOrEqual(2);
    const [x, y] = tasks as [(typeof tasks)[0], (typeof tasks)[0]];
    expect(
      await inStep([
        [x.tts[0]!, y.tts[0]!],
        [y.tts[1]!, x.tts[1]!],
      ]),
    ).toEqual(['committed', 'committed']);
    await expectAggregatesEqualFacts();
  });

  it('commits four transactions writing into four tasks in four different orders', { timeout: 60_000 }, async () => {
    expect(tasks.length).toBe(4);
    // Transaction k writes its own target (the k-th) of each task — no two write the same row — the tasks rotated
    // by k, and reversed for odd k.
    const orders = Array.from({ length: 4 }, (_, k) => {
      const rotated = [0, 1, 2, 3].map((i) => tasks[(i + k) % 4]!);
      return (k % 2 ? rotated.reverse() : rotated).map((t) => t.tts[k]!);
    });
    expect(await inStep(orders)).toEqual(Array(4).fill('committed'));
    await expectAggregatesEqualFacts();
  });
});
