-- Draws that scale (issue 14): a draw's frozen candidate list moves from one JSON value on "Draw" (which hits
-- PostgreSQL's 256 MiB jsonb limit near a million candidates) into one row per candidate. Existing lists are moved
-- into rows here, element by element in their stored order, so every old draw reads back the same list and still
-- verifies against the hash it recorded; then the JSON column goes, leaving one place to read a list from.

-- CreateTable
CREATE TABLE "DrawCandidate" (
    "drawId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "targetId" TEXT NOT NULL,
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

    CONSTRAINT "DrawCandidate_pkey" PRIMARY KEY ("drawId","position")
);

-- Move the stored lists (frozen by the domain: sorted by id, these eleven fields each).
INSERT INTO "DrawCandidate" ("drawId", "position", "targetId", "objectType", "scale", "industry", "area", "libraryId",
                             "riskLevel", "creditStatus", "registrationStatus", "drawsThisYear", "exemptions")
SELECT d."id", (e.ord - 1)::int, e.c->>'id', e.c->>'objectType', e.c->>'scale', e.c->>'industry', e.c->>'area',
       e.c->>'libraryId', e.c->>'riskLevel', e.c->>'creditStatus', e.c->>'registrationStatus',
       (e.c->>'drawsThisYear')::int,
       ARRAY(SELECT jsonb_array_elements_text(COALESCE(e.c->'exemptions', '[]'::jsonb)))
FROM "Draw" d
CROSS JOIN LATERAL jsonb_array_elements(d."candidates") WITH ORDINALITY AS e(c, ord)
WHERE jsonb_typeof(d."candidates") = 'array';

-- AlterTable
ALTER TABLE "Draw" DROP COLUMN "candidates";

-- AddForeignKey
ALTER TABLE "DrawCandidate" ADD CONSTRAINT "DrawCandidate_drawId_fkey" FOREIGN KEY ("drawId") REFERENCES "Draw"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
