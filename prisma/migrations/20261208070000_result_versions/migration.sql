-- Versions of a result for offline entry: a save names the version it started from and is refused when the result
-- changed since (RESULT.STALE); one save per client-made idempotency key (ResultWrite).
-- AlterTable
ALTER TABLE "Result" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "ResultWrite" (
    "key" TEXT NOT NULL,
    "resultId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResultWrite_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "ResultWrite_resultId_idx" ON "ResultWrite"("resultId");

-- AddForeignKey
ALTER TABLE "ResultWrite" ADD CONSTRAINT "ResultWrite_resultId_fkey" FOREIGN KEY ("resultId") REFERENCES "Result"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The version rises with every change of a result's row, whoever writes it (the entry, the review flow, a
-- correction, a transfer, a column added later), except the bookkeeping columns: the time of the update, the
-- version itself, and the due date recounted when the working-day calendar changes (not the user's entry).
-- Prisma's diff does not model triggers, so this part is written by hand.
CREATE OR REPLACE FUNCTION ssj_result_version() RETURNS trigger AS $$
DECLARE
  unchanged "Result";
BEGIN
  unchanged := NEW;
  unchanged."updatedAt" := OLD."updatedAt";
  unchanged."version" := OLD."version";
  unchanged."dueOn" := OLD."dueOn";
  unchanged."dueProvisional" := OLD."dueProvisional";
  IF unchanged IS DISTINCT FROM OLD THEN
    NEW."version" := OLD."version" + 1;
  ELSE
    NEW."version" := OLD."version";
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Result_version"
  BEFORE UPDATE ON "Result"
  FOR EACH ROW EXECUTE FUNCTION ssj_result_version();
