-- AlterTable
ALTER TABLE "Correction" ADD COLUMN     "proposedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "proposedById" TEXT NOT NULL,
ADD COLUMN     "refusalReason" TEXT,
ADD COLUMN     "refusedAt" TIMESTAMP(3),
ADD COLUMN     "refusedById" TEXT,
ADD COLUMN     "reviewId" TEXT,
ALTER COLUMN "signedById" DROP NOT NULL,
ALTER COLUMN "signedAt" DROP NOT NULL,
ALTER COLUMN "signedAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "FollowUp" ADD COLUMN     "handedOverById" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL;

-- AlterTable
ALTER TABLE "Result" ADD COLUMN     "followUpUnitId" TEXT,
ADD COLUMN     "remarks" TEXT;

-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "feedbackNote" TEXT,
ADD COLUMN     "recordedById" TEXT;

-- CreateIndex
CREATE INDEX "FollowUp_handedToUnitId_status_idx" ON "FollowUp"("handedToUnitId", "status");

-- CreateIndex
CREATE INDEX "Review_status_reviewDueOn_idx" ON "Review"("status", "reviewDueOn");

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_followUpUnitId_fkey" FOREIGN KEY ("followUpUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Rule 21 (G27): a published result cannot be changed — not through the API, and not by a direct SQL
-- UPDATE or DELETE either; a later-found error is corrected by a signed Correction beside it. Its evidence
-- is frozen with it, and a signed correction is as final as the result it corrects. Written by hand: Prisma's
-- diff does not model triggers.
CREATE OR REPLACE FUNCTION ssj_published_result_immutable() RETURNS trigger AS $$
BEGIN
  IF OLD."status" = 'PUBLISHED' THEN
    RAISE EXCEPTION 'Result % is published and cannot be changed (%); record a Correction instead', OLD."id", TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Result_published_immutable"
  BEFORE UPDATE OR DELETE ON "Result"
  FOR EACH ROW EXECUTE FUNCTION ssj_published_result_immutable();

CREATE OR REPLACE FUNCTION ssj_published_evidence_immutable() RETURNS trigger AS $$
DECLARE
  result_id TEXT;
BEGIN
  IF TG_OP = 'INSERT' THEN
    result_id := NEW."resultId";
  ELSE
    result_id := OLD."resultId";
  END IF;
  IF EXISTS (SELECT 1 FROM "Result" WHERE "id" = result_id AND "status" = 'PUBLISHED') THEN
    RAISE EXCEPTION 'Evidence of published result % cannot be changed (%)', result_id, TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Evidence_published_immutable"
  BEFORE INSERT OR UPDATE OR DELETE ON "Evidence"
  FOR EACH ROW EXECUTE FUNCTION ssj_published_evidence_immutable();

CREATE OR REPLACE FUNCTION ssj_signed_correction_immutable() RETURNS trigger AS $$
BEGIN
  IF OLD."signedAt" IS NOT NULL THEN
    RAISE EXCEPTION 'Correction % is signed and cannot be changed (%)', OLD."id", TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Correction_signed_immutable"
  BEFORE UPDATE OR DELETE ON "Correction"
  FOR EACH ROW EXECUTE FUNCTION ssj_signed_correction_immutable();
