// A draw's frozen candidate list as rows (DrawCandidate, rule 17): written in batched set-based inserts at the
// draw, read back in list order in batches — to hash (streaming, once), to verify, to publish as candidates.json.
// The rows hold exactly the fields the domain hashes; the list is the rows in `position` order.
import type { Prisma } from '@ssj/db/client';
import type { DrawCandidate } from '@ssj/domain';

type Db = Pick<Prisma.TransactionClient, 'drawCandidate' | '$executeRaw'>;

/** Rows per INSERT … SELECT FROM unnest(…) statement (and per read batch). */
const BATCH = 20_000;

/** Writes a frozen list (freezeCandidates' order) as the draw's candidate rows. */
export async function insertDrawCandidates(db: Db, drawId: string, list: readonly DrawCandidate[]): Promise<void> {
  for (let from = 0; from < list.length; from += BATCH) {
    const part = list.slice(from, from + BATCH);
    const col = <T>(f: (c: DrawCandidate) => T) => part.map(f);
    // Exemption codes are upper-case words: joined by commas and split again in SQL ('' → {}).
    await db.$executeRaw`
      INSERT INTO "DrawCandidate" ("drawId", "position", "targetId", "objectType", "scale", "industry", "area", "libraryId",
                                   "riskLevel", "creditStatus", "registrationStatus", "drawsThisYear", "exemptions")
      SELECT ${drawId}, ${from}::int + u.ord::int - 1, u.id, u.ot, u.sc, u.ind, u.ar, u.lib, u.risk, u.credit, u.reg, u.n,
             string_to_array(u.ex, ',')
      FROM unnest(${col((c) => c.id)}::text[], ${col((c) => c.objectType)}::text[], ${col((c) => c.scale)}::text[],
                  ${col((c) => c.industry)}::text[], ${col((c) => c.area)}::text[], ${col((c) => c.libraryId)}::text[],
                  ${col((c) => c.riskLevel)}::text[], ${col((c) => c.creditStatus)}::text[], ${col((c) => c.registrationStatus)}::text[],
                  ${col((c) => c.drawsThisYear)}::int[], ${col((c) => c.exemptions.join(','))}::text[])
           WITH ORDINALITY AS u(id, ot, sc, ind, ar, lib, risk, credit, reg, n, ex, ord)`;
  }
}

const rowSelect = {
  position: true,
  targetId: true,
  objectType: true,
  scale: true,
  industry: true,
  area: true,
  libraryId: true,
  riskLevel: true,
  creditStatus: true,
  registrationStatus: true,
  drawsThisYear: true,
  exemptions: true,
} satisfies Prisma.DrawCandidateSelect;

type Row = Prisma.DrawCandidateGetPayload<{ select: typeof rowSelect }>;

/** A row as the domain's frozen candidate (the same property order freezeCandidates gives). */
const toCandidate = (r: Row): DrawCandidate => ({
  id: r.targetId,
  objectType: r.objectType,
  scale: r.scale,
  industry: r.industry,
  area: r.area,
  libraryId: r.libraryId,
  riskLevel: r.riskLevel as DrawCandidate['riskLevel'],
  creditStatus: r.creditStatus as DrawCandidate['creditStatus'],
  registrationStatus: r.registrationStatus as DrawCandidate['registrationStatus'],
  drawsThisYear: r.drawsThisYear,
  exemptions: (r.exemptions ?? []) as DrawCandidate['exemptions'],
});

/** Calls `fn` with the draw's candidates in list order, BATCH rows at a time (keyset on position). */
export async function forEachCandidateBatch(db: Db, drawId: string, fn: (batch: DrawCandidate[]) => void | Promise<void>): Promise<void> {
  let after = -1;
  for (;;) {
    const rows = await db.drawCandidate.findMany({ where: { drawId, position: { gt: after } }, orderBy: { position: 'asc' }, take: BATCH, select: rowSelect });
    if (rows.length === 0) return;
    after = rows[rows.length - 1]!.position;
    await fn(rows.map(toCandidate));
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
