-- The lead unit is stored once, as Unit.kind = 'LEAD'; the API derives Unit.isLead from it.
-- A unit flagged as the lead under another kind becomes LEAD before the flag goes.
UPDATE "Unit" SET "kind" = 'LEAD' WHERE "isLead" AND "kind" <> 'LEAD';

-- AlterTable
ALTER TABLE "Unit" DROP COLUMN "isLead";
