// A draw's frozen candidate list (DrawCandidateChunk, rule 17; written by drawSql.ts's insertCandidates), read
// back in list order in batches — to publish as candidates.json and to hand to the domain's verifier.
// The candidates (id and group) with their group's fields hold exactly what the domain hashes; the list is the chunks'
// arrays in chunk order.
import type { Prisma } from '@ssj/db/client';
import type { DrawCandidate } from '@ssj/domain';
import { CHUNK, pairsPage, STORED, storedShape } from './drawSql.ts';

type Db = Pick<Prisma.TransactionClient, '$executeRaw' | '$queryRaw'>;

/** Chunks per read batch (50,000 candidates). */
const BATCH_CHUNKS = Math.ceil(50_000 / CHUNK);

/**
 * Calls `fn` with the draw's candidates in list order, BATCH_CHUNKS chunks at a time. The groups' fields are read
 * once; each batch is one JSON text of [targetId, groupNo] pairs built by PostgreSQL and parsed at once — far cheaper
 * than a Prisma object per candidate.
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
  const { end } = await storedShape(db, STORED, drawId);
  for (let from = 0; from < end; from += BATCH_CHUNKS) {
    const rows = await pairsPage(db, STORED, drawId, [from, from + BATCH_CHUNKS]);
    if (rows.length === 0) continue;
    await fn(
      rows.map(([id, groupNo]) => {
        const fields = groups.get(groupNo);
        if (!fields) throw new Error(`draw ${drawId}: candidate ${id} has no group ${groupNo}`);
        return { id, ...fields, exemptions: [...fields.exemptions] };
      }),
    );
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
