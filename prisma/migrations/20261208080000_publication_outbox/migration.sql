-- CreateTable
CREATE TABLE "PublicationDocument" (
    "id" TEXT NOT NULL,
    "seq" BIGINT NOT NULL DEFAULT 0,
    "kind" TEXT NOT NULL,
    "schemaVersion" INTEGER NOT NULL,
    "subjectKey" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "unitId" TEXT,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "document" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicationDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicationReceiver" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "authHeaderName" TEXT,
    "authHeaderValue" TEXT,
    "kinds" TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "deliveredSeq" BIGINT NOT NULL DEFAULT 0,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3),
    "lastError" TEXT,
    "leaseUntil" TIMESTAMP(3),
    "leaseOwner" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PublicationReceiver_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicationDeliveryAttempt" (
    "id" TEXT NOT NULL,
    "receiverId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "ok" BOOLEAN NOT NULL,
    "statusCode" INTEGER,
    "error" TEXT,
    "durationMs" INTEGER NOT NULL,

    CONSTRAINT "PublicationDeliveryAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PublicationDocument_seq_key" ON "PublicationDocument"("seq");

-- CreateIndex
CREATE INDEX "PublicationDocument_occurredAt_idx" ON "PublicationDocument"("occurredAt");

-- CreateIndex
CREATE INDEX "PublicationDocument_kind_seq_idx" ON "PublicationDocument"("kind", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "PublicationReceiver_name_key" ON "PublicationReceiver"("name");

-- CreateIndex
CREATE INDEX "PublicationDeliveryAttempt_receiverId_at_idx" ON "PublicationDeliveryAttempt"("receiverId", "at");

-- CreateIndex
CREATE INDEX "PublicationDeliveryAttempt_documentId_idx" ON "PublicationDeliveryAttempt"("documentId");

-- AddForeignKey
ALTER TABLE "PublicationDeliveryAttempt" ADD CONSTRAINT "PublicationDeliveryAttempt_receiverId_fkey" FOREIGN KEY ("receiverId") REFERENCES "PublicationReceiver"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationDeliveryAttempt" ADD CONSTRAINT "PublicationDeliveryAttempt_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "PublicationDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The outbox's order is the order of commits (docs/publication.md, "Delivery"): every insert takes the audit
-- chain's transaction-scoped advisory lock (21923, 0; migration …_audit_hash_chain) before it reads the head, and
-- holds it until commit, so a document numbered n+1 cannot commit before document n. Using the chain's own lock
-- (rather than a second one) keeps the lock order of a transaction that also audits free of deadlocks.
CREATE OR REPLACE FUNCTION ssj_publication_seq() RETURNS trigger AS $$
DECLARE
  head bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(21923, 0);
  SELECT "seq" INTO head FROM "PublicationDocument" ORDER BY "seq" DESC LIMIT 1;
  NEW."seq" := COALESCE(head, 0) + 1;
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "PublicationDocument_seq" BEFORE INSERT ON "PublicationDocument"
  FOR EACH ROW EXECUTE FUNCTION ssj_publication_seq();

-- A document is never changed or removed once written (what a receiver got stays what the outbox holds).
CREATE OR REPLACE FUNCTION ssj_publication_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'PublicationDocument is append-only';
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "PublicationDocument_append_only" BEFORE UPDATE OR DELETE ON "PublicationDocument"
  FOR EACH ROW EXECUTE FUNCTION ssj_publication_append_only();
