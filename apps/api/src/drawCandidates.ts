// A draw's frozen candidate list as rows (DrawCandidate, rule 17; written by drawSql.ts's insertCandidates), read
// back in list order in batches — to publish as candidates.json and to hand to the domain's verifier.
// The rows hold exactly the fields the domain hashes; the list is the rows in `position` order.
import type { Prisma } from '@ssj/db/client';
import type { DrawCandidate } from '@ssj/domain';

type Db = Pick<Prisma.TransactionClient, '$executeRaw' | '$queryRaw'>;

/** Rows per read batch. */
const BATCH = 50_000;

/**
 * Calls `fn` with the draw's candidates in list order, BATCH rows at a time (keyset on position). Each batch is one
 * JSON text built by PostgreSQL (json_agg of arrays) and parsed at once — far cheaper than a Prisma object per row.
 */
export async function forEachCandidateBatch(db: Db, drawId: string, fn: (batch: DrawCandidate[]) => void | Promise<void>): Promise<void> {
  let after = -1;
  for (;;) {
    const [page] = await db.$queryRaw<{ rows: string | null }[]>`
      SELECT json_agg(json_build_array(c."position", c."targetId", c."objectType", c."scale", c."industry", c."area", c."libraryId",
                                       c."riskLevel", c."creditStatus", c."registrationStatus", c."drawsThisYear", c."exemptions")
                      ORDER BY c."position")::text AS rows
      FROM (SELECT * FROM "DrawCandidate" c WHERE c."drawId" = ${drawId} AND c."position" > ${after}
            ORDER BY c."position" LIMIT ${BATCH}) c`;
    const rows = page?.rows ? (JSON.parse(page.rows) as unknown[][]) : [];
    if (rows.length === 0) return;
    after = rows[rows.length - 1]![0] as number;
    // The same property order freezeCandidates gives.
    await fn(
      rows.map((r) => ({
        id: r[1] as string,
        objectType: r[2] as string,
        scale: r[3] as string | null,
        industry: r[4] as string | null,
        area: r[5] as string | null,
        libraryId: r[6] as string,
        riskLevel: r[7] as DrawCandidate['riskLevel'],
        creditStatus: r[8] as DrawCandidate['creditStatus'],
        registrationStatus: r[9] as DrawCandidate['registrationStatus'],
        drawsThisYear: r[10] as number,
        exemptions: (r[11] ?? []) as DrawCandidate['exemptions'],
      })),
    );
    if (rows.length < BATCH) return;
  }
}

/** The draw's whole frozen list, in order. */
export async function loadDrawCandidates(db: Db, drawId: string): Promise<DrawCandidate[]> {
  const out: DrawCandidate[] = [];
  await forEachCandidateBatch(db, drawId, (batch) => {
    for (const c of batch) out.push(c);
  });
  return out;
}
