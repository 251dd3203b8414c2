-- Draws that scale (issue 14): a draw's frozen candidate list as narrow rows. The eleven drawing fields of a
-- candidate take a few hundred distinct values in a list of a million (they are what the rules read), so they move
-- into one row per group (DrawCandidateGroup) and each candidate keeps its position, target id and group number:
-- less to write, hash and rank. The per-row foreign key to Draw goes too (one check per inserted row; the rows are
-- written only by the draw's own transaction, after its Draw row). Existing lists keep their order and their bytes:
-- every old draw still verifies against the hash it recorded.

-- CreateTable
CREATE TABLE "DrawCandidateGroup" (
    "drawId" TEXT NOT NULL,
    "groupNo" INTEGER NOT NULL,
    "objectType" TEXT NOT NULL,
    "scale" TEXT,
    "industry" TEXT,
    "area" TEXT,
    "libraryId" TEXT NOT NULL,
    "riskLevel" TEXT NOT NULL,
    "creditStatus" TEXT NOT NULL,
    "registrationStatus" TEXT NOT NULL,
    "drawsThisYear" INTEGER NOT NULL,
    "exemptions" TEXT[],

    CONSTRAINT "DrawCandidateGroup_pkey" PRIMARY KEY ("drawId","groupNo")
);

-- The groups of the stored lists: each distinct combination of the fields, numbered per draw.
INSERT INTO "DrawCandidateGroup" ("drawId", "groupNo", "objectType", "scale", "industry", "area", "libraryId", "riskLevel",
                                  "creditStatus", "registrationStatus", "drawsThisYear", "exemptions")
SELECT g."drawId", (row_number() OVER (PARTITION BY g."drawId" ORDER BY g."objectType", g."scale", g."industry", g."area", g."libraryId",
                                       g."riskLevel", g."creditStatus", g."registrationStatus", g."drawsThisYear", g."exemptions") - 1)::int,
       g."objectType", g."scale", g."industry", g."area", g."libraryId", g."riskLevel", g."creditStatus", g."registrationStatus",
       g."drawsThisYear", g."exemptions"
FROM (SELECT DISTINCT "drawId", "objectType", "scale", "industry", "area", "libraryId", "riskLevel", "creditStatus",
                      "registrationStatus", "drawsThisYear", "exemptions" FROM "DrawCandidate") g;

-- AlterTable: each candidate points at its group, then loses the fields.
ALTER TABLE "DrawCandidate" ADD COLUMN "groupNo" INTEGER;

UPDATE "DrawCandidate" c SET "groupNo" = g."groupNo"
FROM "DrawCandidateGroup" g
WHERE g."drawId" = c."drawId" AND g."objectType" = c."objectType" AND g."scale" IS NOT DISTINCT FROM c."scale"
  AND g."industry" IS NOT DISTINCT FROM c."industry" AND g."area" IS NOT DISTINCT FROM c."area" AND g."libraryId" = c."libraryId"
  AND g."riskLevel" = c."riskLevel" AND g."creditStatus" = c."creditStatus" AND g."registrationStatus" = c."registrationStatus"
  AND g."drawsThisYear" = c."drawsThisYear" AND g."exemptions" IS NOT DISTINCT FROM c."exemptions";

ALTER TABLE "DrawCandidate" DROP CONSTRAINT "DrawCandidate_drawId_fkey";

ALTER TABLE "DrawCandidate" ALTER COLUMN "groupNo" SET NOT NULL,
DROP COLUMN "objectType",
DROP COLUMN "scale",
DROP COLUMN "industry",
DROP COLUMN "area",
DROP COLUMN "libraryId",
DROP COLUMN "riskLevel",
DROP COLUMN "creditStatus",
DROP COLUMN "registrationStatus",
DROP COLUMN "drawsThisYear",
DROP COLUMN "exemptions";

-- AddForeignKey
ALTER TABLE "DrawCandidateGroup" ADD CONSTRAINT "DrawCandidateGroup_drawId_fkey" FOREIGN KEY ("drawId") REFERENCES "Draw"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A visit's task targets: the lock reads them for every visit it may join (rule 14). Without an index each visit
-- scanned every task target (at 1M task targets one statement of the lock took 89 s).
-- CreateIndex
CREATE INDEX "TaskTarget_visitId_idx" ON "TaskTarget"("visitId");
