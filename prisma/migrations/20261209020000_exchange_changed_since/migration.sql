-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "profileId" TEXT,
ADD COLUMN     "recode" JSONB;

-- CreateIndex
CREATE INDEX "Inspector_updatedAt_idx" ON "Inspector"("updatedAt");

-- CreateIndex
CREATE INDEX "Target_updatedAt_idx" ON "Target"("updatedAt");

-- The "changed since" export of the two directories (docs/publication.md, "Exchange with the city") selects by
-- "updatedAt". Prisma sets it on its own updates, and the import's set-based writes set it too; this trigger makes
-- any other write (raw SQL, a script, a later bulk path) set it as well. A write that sets "updatedAt" itself keeps
-- its value.
CREATE FUNCTION "touch_updated_at"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."updatedAt" IS NOT DISTINCT FROM OLD."updatedAt" THEN
    NEW."updatedAt" := now();
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Target_touch_updated_at" BEFORE UPDATE ON "Target" FOR EACH ROW EXECUTE FUNCTION "touch_updated_at"();
CREATE TRIGGER "Inspector_touch_updated_at" BEFORE UPDATE ON "Inspector" FOR EACH ROW EXECUTE FUNCTION "touch_updated_at"();
