-- The audit trail is hash-chained (SECURITY.md, "What the audit trail proves"): every event stores its position
-- (seq: 1, 2, … without gaps), the previous event's hash and its own hash
--
--   hash = sha256_hex(utf8(prevHash || E'\n' || content))        (prevHash of event 1: 64 zeros)
--   content = jsonb_build_array(seq, at as 'YYYY-MM-DDTHH:MI:SS.mmmZ', actorId, actorName, unitId, action,
--                               entity, entityId, before, after)::text
--
-- so changing, inserting or removing an event breaks the chain from there on, and the verifier
-- (apps/api/src/auditChain.ts, packages/domain/src/auditChain.ts) recomputes every hash. The database sets the
-- three columns on every insert, whoever inserts, under a transaction-scoped advisory lock (class 0x55a3 = 21923,
-- beside the application's in apps/api/src/schema/commands/drawInputs.ts) taken before it reads the head: parallel
-- transactions append one after the other, and the lock is held until commit, so the head read is always the last
-- committed event. Written by hand: Prisma's diff does not model triggers or functions.

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "hash" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "prevHash" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "seq" BIGINT NOT NULL DEFAULT 0;

-- The canonical content of an event (its columns but id and the chain's own).
CREATE OR REPLACE FUNCTION ssj_audit_content(e "AuditEvent") RETURNS text AS $$
  SELECT jsonb_build_array(
    e."seq", to_char(e."at", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), e."actorId", e."actorName", e."unitId",
    e."action", e."entity", e."entityId", e."before", e."after"
  )::text
$$ LANGUAGE sql STABLE;

CREATE OR REPLACE FUNCTION ssj_audit_hash(prev text, content text) RETURNS text AS $$
  SELECT encode(sha256(convert_to(prev || E'\n' || content, 'UTF8')), 'hex')
$$ LANGUAGE sql IMMUTABLE;

-- The events recorded before the chain existed are chained now, in the order they were written (id).
ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only";
DO $$
DECLARE
  e "AuditEvent";
  prev text := repeat('0', 64);
  n bigint := 0;
BEGIN
  FOR e IN SELECT * FROM "AuditEvent" ORDER BY "id" LOOP
    n := n + 1;
    e."seq" := n;
    UPDATE "AuditEvent" SET "seq" = n, "prevHash" = prev, "hash" = ssj_audit_hash(prev, ssj_audit_content(e))
      WHERE "id" = e."id" RETURNING "hash" INTO prev;
  END LOOP;
END $$;
ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only";

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_seq_key" ON "AuditEvent"("seq");

-- Every insert is appended to the chain, whatever seq / prevHash / hash the client sent.
CREATE OR REPLACE FUNCTION ssj_audit_chain() RETURNS trigger AS $$
DECLARE
  head_seq bigint;
  head_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(21923, 0);
  SELECT "seq", "hash" INTO head_seq, head_hash FROM "AuditEvent" ORDER BY "seq" DESC LIMIT 1;
  NEW."seq" := COALESCE(head_seq, 0) + 1;
  NEW."prevHash" := COALESCE(head_hash, repeat('0', 64));
  NEW."hash" := ssj_audit_hash(NEW."prevHash", ssj_audit_content(NEW));
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AuditEvent_chain"
  BEFORE INSERT ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION ssj_audit_chain();
