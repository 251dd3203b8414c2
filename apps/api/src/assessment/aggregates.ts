// The assessment aggregates' check and repair (migration …_assessment_aggregates; figures.ts reads them). The
// database keeps them up to date in every writing transaction; this recomputes them from the facts in one
// transaction and compares: rows that were there but should not be (or with other counts), and rows that were
// missing. With `apply` the recomputed aggregates replace the old ones, else the transaction is rolled back and
// nothing changes. `npm run assessment:rebuild -w @ssj/api` (cli/assessment-rebuild.ts) runs it.
import type { PrismaClient } from '@ssj/db';

/** The second-level aggregates the figures read (the first level, per task, is rebuilt with them). */
export const ASSESSMENT_AGGREGATES = ['AssessmentUnitMonth', 'AssessmentPlanLine', 'AssessmentFollowUpMonth', 'AssessmentLibrarySize'] as const;
const PER_TASK = ['AssessmentTaskFact', 'AssessmentTaskFollowUp'] as const;
const LOCK_ORDER = [
  'AssessmentTaskFact',
  'AssessmentUnitMonth',
  'AssessmentPlanLine',
  'AssessmentTaskFollowUp',
  'AssessmentFollowUpMonth',
  'AssessmentLibrarySize',
] as const;

export type AggregateDifference = {
  table: (typeof ASSESSMENT_AGGREGATES)[number];
  /** Rows after the rebuild. */
  rows: number;
  /** Rows that were stored but are not (or not with these counts) in the recomputation. */
  wrong: number;
  /** Rows of the recomputation that were not stored (or with other counts). */
  missing: number;
  /** A few of the differing rows, as JSON: `- {...}` stored, `+ {...}` recomputed. */
  samples: string[];
};
export type RebuildReport = { differences: number; tables: AggregateDifference[]; applied: boolean; ms: number };

class DryRun extends Error {
  constructor(readonly report: RebuildReport) {
    super('dry run');
  }
}

/** Recomputes every assessment aggregate from the facts and reports what differed; `apply: false` changes nothing. */
export async function rebuildAssessmentAggregates(prisma: PrismaClient, options: { apply: boolean; samples?: number }): Promise<RebuildReport> {
  const started = performance.now();
  const limit = options.samples ?? 5;
  try {
    return await prisma.$transaction(
      async (tx) => {
        // No commit of a write may interleave: its refresh would change rows this is about to replace. The tables
        // are locked in the order a commit's refresh locks them (so the two wait for each other, never in a cycle).
        await tx.$executeRawUnsafe(`LOCK TABLE ${LOCK_ORDER.map((t) => `"${t}"`).join(', ')} IN SHARE ROW EXCLUSIVE MODE`);
        for (const t of ASSESSMENT_AGGREGATES) await tx.$executeRawUnsafe(`CREATE TEMP TABLE "stored_${t}" ON COMMIT DROP AS SELECT * FROM "${t}"`);
        for (const t of [...PER_TASK, ...ASSESSMENT_AGGREGATES]) await tx.$executeRawUnsafe(`DELETE FROM "${t}"`);
        await tx.$executeRawUnsafe(`SELECT ssj_assessment_refresh(ARRAY(SELECT "id" FROM "Task"))`);
        await tx.$executeRawUnsafe(
          `INSERT INTO "AssessmentLibrarySize" ("libraryId", "size") SELECT "libraryId", count(*)::int FROM "Target" WHERE "retiredAt" IS NULL GROUP BY 1`,
        );
        const tables: AggregateDifference[] = [];
        for (const t of ASSESSMENT_AGGREGATES) {
          // A library with no target left keeps a row of size 0; the recomputation has none.
          const stored = t === 'AssessmentLibrarySize' ? `(SELECT * FROM "stored_${t}" WHERE "size" <> 0)` : `"stored_${t}"`;
          const [{ rows }] = await tx.$queryRawUnsafe<[{ rows: number }]>(`SELECT count(*)::int AS "rows" FROM "${t}"`);
          const wrong = await tx.$queryRawUnsafe<{ row: unknown }[]>(
            `SELECT to_jsonb(x) AS "row" FROM (SELECT * FROM ${stored} s EXCEPT SELECT * FROM "${t}") x`,
          );
          const missing = await tx.$queryRawUnsafe<{ row: unknown }[]>(
            `SELECT to_jsonb(x) AS "row" FROM (SELECT * FROM "${t}" EXCEPT SELECT * FROM ${stored} s) x`,
          );
          tables.push({
            table: t,
            rows,
            wrong: wrong.length,
            missing: missing.length,
            samples: [...wrong.slice(0, limit).map((r) => `- ${JSON.stringify(r.row)}`), ...missing.slice(0, limit).map((r) => `+ ${JSON.stringify(r.row)}`)],
          });
        }
        const report = {
          differences: tables.reduce((a, d) => a + d.wrong + d.missing, 0),
          tables,
          applied: options.apply,
          ms: Math.round(performance.now() - started),
        };
        if (!options.apply) throw new DryRun(report);
        return report;
      },
      { timeout: 30 * 60_000, maxWait: 60_000 },
    );
  } catch (e) {
    if (e instanceof DryRun) return e.report;
    throw e;
  }
}
