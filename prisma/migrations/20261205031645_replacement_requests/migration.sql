-- CreateEnum
CREATE TYPE "ReplacementRequestStatus" AS ENUM ('PENDING', 'APPROVED', 'REFUSED');

-- AlterTable
ALTER TABLE "CheckItem" ADD COLUMN     "expertField" TEXT;

-- AlterTable
ALTER TABLE "ConflictOfInterest" ADD COLUMN     "declaredById" TEXT;

-- AlterTable
ALTER TABLE "TeamMember" ADD COLUMN     "assignmentReason" TEXT;

-- CreateTable
CREATE TABLE "ReplacementRequest" (
    "id" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "reason" "ReplacementReason" NOT NULL,
    "note" TEXT NOT NULL,
    "proposedInspectorId" TEXT,
    "requestedById" TEXT NOT NULL,
    "approverId" TEXT NOT NULL,
    "status" "ReplacementRequestStatus" NOT NULL DEFAULT 'PENDING',
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT,
    "newMemberId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReplacementRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReplacementRequest_approverId_status_idx" ON "ReplacementRequest"("approverId", "status");

-- CreateIndex
CREATE INDEX "ReplacementRequest_teamId_idx" ON "ReplacementRequest"("teamId");

-- CreateIndex
CREATE INDEX "ReplacementRequest_taskId_idx" ON "ReplacementRequest"("taskId");

-- AddForeignKey
ALTER TABLE "ReplacementRequest" ADD CONSTRAINT "ReplacementRequest_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplacementRequest" ADD CONSTRAINT "ReplacementRequest_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplacementRequest" ADD CONSTRAINT "ReplacementRequest_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "TeamMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplacementRequest" ADD CONSTRAINT "ReplacementRequest_proposedInspectorId_fkey" FOREIGN KEY ("proposedInspectorId") REFERENCES "Inspector"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplacementRequest" ADD CONSTRAINT "ReplacementRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplacementRequest" ADD CONSTRAINT "ReplacementRequest_approverId_fkey" FOREIGN KEY ("approverId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
