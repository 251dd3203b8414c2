-- A draw's frozen list in chunks (issue 14): a province-sized draw wrote a million DrawCandidate rows in its freeze
-- (a heap tuple and a primary-key entry per candidate: ~10 s of the draw's SQL and ~150 MB of WAL at 1M). The list
-- is now a row per 10,000 candidates, their target ids and group numbers as two arrays in list order, which
-- PostgreSQL stores out of line (TOAST, compressed where it pays). Existing lists keep their order and their bytes:
-- chunk k holds positions 10,000·k … 10,000·k + 9,999, so every old draw still verifies against the hash it recorded.
-- The groups lose their foreign key to Draw as the candidate rows did in 20261208020000: ~48,000 group rows in a
-- province-sized freeze, each checked one by one (1.8–2.3 s of the freeze at load 40); they are written only by the
-- draw's own transaction after its Draw row, and draws are never deleted.

-- DropForeignKey
ALTER TABLE "DrawCandidateGroup" DROP CONSTRAINT "DrawCandidateGroup_drawId_fkey";

-- CreateTable
CREATE TABLE "DrawCandidateChunk" (
    "drawId" TEXT NOT NULL,
    "chunkNo" INTEGER NOT NULL,
    "targetIds" TEXT[],
    "groupNos" INTEGER[],

    CONSTRAINT "DrawCandidateChunk_pkey" PRIMARY KEY ("drawId","chunkNo")
);

-- The arrays compressed with LZ4 where the server has it (several times faster than the default pglz to compress;
-- the sorted ids of a chunk share prefixes): the freeze's 100 chunk rows at 1M took 2.5 s with pglz, 1.1 s with LZ4
-- (load 42). A server built without LZ4 keeps its default.
DO $$
BEGIN
  ALTER TABLE "DrawCandidateChunk" ALTER COLUMN "targetIds" SET COMPRESSION lz4, ALTER COLUMN "groupNos" SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
  NULL;
END $$;

-- The stored lists, chunked by position (positions run 0 … n−1 in every list the API or the seed wrote).
INSERT INTO "DrawCandidateChunk" ("drawId", "chunkNo", "targetIds", "groupNos")
SELECT "drawId", "position" / 10000, array_agg("targetId" ORDER BY "position"), array_agg("groupNo" ORDER BY "position")
FROM "DrawCandidate"
GROUP BY 1, 2;

-- DropTable
DROP TABLE "DrawCandidate";
