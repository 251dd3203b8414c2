// Verifies the audit trail's hash chain (SECURITY.md; the rule in @ssj/domain auditChain.ts, the chaining itself
// in the migration `…_audit_hash_chain`). The events are read page by page in seq order (keyset, a fixed page
// size), so a chain of millions of events is checked in constant memory. The database renders each event's
// canonical content from its stored columns with built-in functions only — not with the migration's
// ssj_audit_content(), which whoever can change the table could also replace — and the hashes are recomputed here.
import type { PrismaClient } from '@ssj/db/client';
import { AuditChainVerifier, type AuditChainHead, type AuditChainStatus } from '@ssj/domain';

/** The same text as ssj_audit_content() in the migration: keep both in step (a fresh chain must verify). */
const CONTENT_SQL = `jsonb_build_array(e."seq", to_char(e."at", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), e."actorId", e."actorName",
  e."unitId", e."action", e."entity", e."entityId", e."before", e."after")::text`;

const PAGE = 2000;
const BEFORE_ANY = -(2n ** 63n);

type Row = { seq: bigint; prevHash: string; hash: string; content: string };

export async function verifyAuditChain(
  prisma: Pick<PrismaClient, '$queryRawUnsafe'>,
  options: { expectedHead?: AuditChainHead | null; pageSize?: number } = {},
): Promise<AuditChainStatus> {
  const verifier = new AuditChainVerifier(options.expectedHead ?? null);
  const pageSize = options.pageSize ?? PAGE;
  let after = BEFORE_ANY;
  for (;;) {
    const rows = await prisma.$queryRawUnsafe<Row[]>(
      `SELECT e."seq", e."prevHash", e."hash", ${CONTENT_SQL} AS content FROM "AuditEvent" e WHERE e."seq" > $1 ORDER BY e."seq" LIMIT $2`,
      after,
      pageSize,
    );
    for (const r of rows) {
      if (!verifier.push({ seq: Number(r.seq), prevHash: r.prevHash, hash: r.hash, content: r.content })) return verifier.status();
    }
    if (rows.length < pageSize) return verifier.status();
    after = rows[rows.length - 1]!.seq;
  }
}
