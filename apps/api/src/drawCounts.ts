// Rule 9's count per target and year (TargetDrawCount, migration 20261210010000): kept by triggers on Draw and
// DrawnTarget in the writing transaction, read by the draw's freeze (drawSql.ts) instead of grouping every drawn
// target of the year. This checks it against the recomputation from the locked draws and repairs it (the triggers do
// not see a TRUNCATE, and a row written with the triggers disabled would be missed).
import type { PrismaClient } from '@ssj/db/client';

/** The recomputation: what the table holds when every trigger ran (a draw counts once per target). */
const RECOMPUTED = `
  SELECT ssj_draw_year(d."drawnAt") AS "year", dt."targetId", count(*)::int AS "draws"
  FROM "DrawnTarget" dt JOIN "Draw" d ON d."id" = dt."drawId"
  WHERE d."status" = 'LOCKED' AND d."kind" = 'TARGETS'
  GROUP BY 1, 2`;

export type DrawCountReport = { rows: number; wrong: number; missing: number; samples: string[]; applied: boolean; ms: number };

/**
 * Compares TargetDrawCount with the recomputation: `wrong` stored rows that differ from it (or should not exist),
 * `missing` recomputed rows not stored; with `apply`, replaces the table's rows by the recomputation.
 */
export async function rebuildTargetDrawCounts(prisma: PrismaClient, options: { apply: boolean; samples?: number }): Promise<DrawCountReport> {
  const started = performance.now();
  const limit = options.samples ?? 5;
  return prisma.$transaction(
    async (tx) => {
      // No lock or supersession may commit meanwhile (its trigger would change rows this compares or replaces).
      await tx.$executeRawUnsafe(`LOCK TABLE "Draw", "DrawnTarget", "TargetDrawCount" IN SHARE ROW EXCLUSIVE MODE`);
      await tx.$executeRawUnsafe(`CREATE TEMP TABLE "recomputed_TargetDrawCount" ON COMMIT DROP AS ${RECOMPUTED}`);
      const [{ rows }] = await tx.$queryRawUnsafe<[{ rows: number }]>(`SELECT count(*)::int AS "rows" FROM "TargetDrawCount"`);
      const wrong = await tx.$queryRawUnsafe<{ row: string }[]>(
        `SELECT to_jsonb(x)::text AS "row" FROM (SELECT "year", "targetId", "draws" FROM "TargetDrawCount"
         EXCEPT SELECT "year", "targetId", "draws" FROM "recomputed_TargetDrawCount") x`,
      );
      const missing = await tx.$queryRawUnsafe<{ row: string }[]>(
        `SELECT to_jsonb(x)::text AS "row" FROM (SELECT "year", "targetId", "draws" FROM "recomputed_TargetDrawCount"
         EXCEPT SELECT "year", "targetId", "draws" FROM "TargetDrawCount") x`,
      );
      const differences = wrong.length + missing.length;
      if (options.apply && differences > 0) {
        await tx.$executeRawUnsafe(`DELETE FROM "TargetDrawCount"`);
        await tx.$executeRawUnsafe(
          `INSERT INTO "TargetDrawCount" ("year", "targetId", "draws") SELECT "year", "targetId", "draws" FROM "recomputed_TargetDrawCount"`,
        );
      }
      return {
        rows,
        wrong: wrong.length,
        missing: missing.length,
        samples: [...wrong.map((r) => `stored ${r.row}`), ...missing.map((r) => `missing ${r.row}`)].slice(0, limit),
        applied: options.apply && differences > 0,
        ms: Math.round(performance.now() - started),
      };
    },
    { maxWait: 30_000, timeout: 600_000 },
  );
}
