// A draw's frozen candidate list as rows (DrawCandidate, rule 17; written by drawSql.ts's insertCandidates), read
// back in list order in batches — to publish as candidates.json and to hand to the domain's verifier.
// The rows (id and group) with their group's fields hold exactly what the domain hashes; the list is the rows in
// `position` order.
import type { Prisma } from '@ssj/db/client';
import type { DrawCandidate } from '@ssj/domain';

type Db = Pick<Prisma.TransactionClient, '$executeRaw' | '$queryRaw'>;

/** Rows per read batch. */
const BATCH = 50_000;

/**
 * Calls `fn` with the draw's candidates in list order, BATCH rows at a time (keyset on position). The groups' fields
 * are read once; each batch is one JSON text of [position, targetId, groupNo] built by PostgreSQL and parsed at once —
 * far cheaper than a Prisma object per row.
 */
export async function forEachCandidateBatch(db: Db, drawId: string, fn: (batch: DrawCandidate[]) => void | Promise<void>): Promise<void> {
  const [g] = await db.$queryRaw<{ groups: string | null }[]>`
    SELECT json_agg(json_build_array(g."groupNo", g."objectType", g."scale", g."industry", g."area", g."libraryId", g."riskLevel",
                                     g."creditStatus", g."registrationStatus", g."drawsThisYear", g."exemptions"))::text AS groups
    FROM "DrawCandidateGroup" g WHERE g."drawId" = ${drawId}`;
  // The same property order freezeCandidates gives.
  const groups = new Map(
    (g?.groups ? (JSON.parse(g.groups) as unknown[][]) : []).map((r) => [
      r[0] as number,
      {
        objectType: r[1] as string,
        scale: r[2] as string | null,
        industry: r[3] as string | null,
        area: r[4] as string | null,
        libraryId: r[5] as string,
        riskLevel: r[6] as DrawCandidate['riskLevel'],
        creditStatus: r[7] as DrawCandidate['creditStatus'],
        registrationStatus: r[8] as DrawCandidate['registrationStatus'],
        drawsThisYear: r[9] as number,
        exemptions: (r[10] ?? []) as DrawCandidate['exemptions'],
      },
    ]),
  );
  let after = -1;
  for (;;) {
    const [page] = await db.$queryRaw<{ rows: string | null }[]>`
      SELECT json_agg(json_build_array(c."position", c."targetId", c."groupNo") ORDER BY c."position")::text AS rows
      FROM (SELECT * FROM "DrawCandidate" c WHERE c."drawId" = ${drawId} AND c."position" > ${after}
            ORDER BY c."position" LIMIT ${BATCH}) c`;
    const rows = page?.rows ? (JSON.parse(page.rows) as [number, string, number][]) : [];
    if (rows.length === 0) return;
    after = rows[rows.length - 1]![0];
    await fn(
      rows.map(([, id, groupNo]) => {
        const fields = groups.get(groupNo);
        if (!fields) throw new Error(`draw ${drawId}: candidate ${id} has no group ${groupNo}`);
        return { id, ...fields, exemptions: [...fields.exemptions] };
      }),
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
