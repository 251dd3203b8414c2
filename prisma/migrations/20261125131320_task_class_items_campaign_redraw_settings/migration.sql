-- AlterTable
ALTER TABLE "Draw" ADD COLUMN     "supersededAt" TIMESTAMP(3),
ADD COLUMN     "supersededReason" TEXT;

-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "campaignBasis" TEXT,
ADD COLUMN     "campaignOrdered" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "pendingRedrawReason" TEXT;

-- AlterTable
ALTER TABLE "TaskClass" ADD COLUMN     "checkItemIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AddForeignKey
ALTER TABLE "Draw" ADD CONSTRAINT "Draw_drawnById_fkey" FOREIGN KEY ("drawnById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Draw" ADD CONSTRAINT "Draw_lockedById_fkey" FOREIGN KEY ("lockedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Backfill (written by hand): re-draw reasons that until now were only kept in the audit trail move to their
-- own columns, once. From here on the API reads the columns, never the audit trail.
UPDATE "Draw" AS d
SET "supersededAt" = e."at", "supersededReason" = e."after"->>'reason'
FROM "AuditEvent" AS e
WHERE d."status" = 'SUPERSEDED'
  AND e."action" = 'redrawTargets'
  AND e."entity" = 'Task'
  AND e."after"->>'supersededDrawId' = d."id";

-- A task re-announced after a re-draw and not drawn again yet: the reason waits for its next draw.
UPDATE "Task" AS t
SET "pendingRedrawReason" = (
  SELECT e."after"->>'reason' FROM "AuditEvent" AS e
  WHERE e."action" = 'redrawTargets' AND e."entity" = 'Task' AND e."entityId" = t."id"
  ORDER BY e."id" DESC LIMIT 1
)
WHERE t."status" = 'READY'
  AND (SELECT d."status" FROM "Draw" AS d WHERE d."taskId" = t."id" AND d."kind" = 'TARGETS' ORDER BY d."sequence" DESC LIMIT 1) = 'SUPERSEDED';
