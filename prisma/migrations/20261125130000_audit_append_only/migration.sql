-- The audit trail is append-only (G4, G5: 全程留痕、责任可溯): the database itself refuses to change or
-- remove an AuditEvent, whatever client connects. Prisma's diff does not model triggers, so this migration
-- is written by hand.
CREATE OR REPLACE FUNCTION ssj_audit_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION ssj_audit_append_only();

CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION ssj_audit_append_only();
