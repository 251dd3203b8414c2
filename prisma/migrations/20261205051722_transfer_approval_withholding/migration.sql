-- CreateEnum
CREATE TYPE "WithholdingCategory" AS ENUM ('STATE_SECRET', 'COMMERCIAL_SECRET', 'PERSONAL_PRIVACY', 'PUBLIC_SECURITY', 'OTHER_LAW');

-- CreateEnum
CREATE TYPE "TransferStatus" AS ENUM ('PENDING', 'APPROVED', 'REFUSED');

-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "withheldAt" TIMESTAMP(3),
ADD COLUMN     "withheldBasis" TEXT,
ADD COLUMN     "withheldById" TEXT,
ADD COLUMN     "withheldCategory" "WithholdingCategory";

-- AlterTable
ALTER TABLE "TaskTarget" ADD COLUMN     "closedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Transfer" (
    "id" TEXT NOT NULL,
    "taskTargetId" TEXT NOT NULL,
    "fromUnitId" TEXT NOT NULL,
    "toUnitId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "noticeRef" TEXT NOT NULL,
    "status" "TransferStatus" NOT NULL DEFAULT 'PENDING',
    "requestedById" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "refusalReason" TEXT,

    CONSTRAINT "Transfer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Transfer_taskTargetId_idx" ON "Transfer"("taskTargetId");

-- CreateIndex
CREATE INDEX "Transfer_status_fromUnitId_idx" ON "Transfer"("status", "fromUnitId");

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_withheldById_fkey" FOREIGN KEY ("withheldById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transfer" ADD CONSTRAINT "Transfer_taskTargetId_fkey" FOREIGN KEY ("taskTargetId") REFERENCES "TaskTarget"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transfer" ADD CONSTRAINT "Transfer_fromUnitId_fkey" FOREIGN KEY ("fromUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transfer" ADD CONSTRAINT "Transfer_toUnitId_fkey" FOREIGN KEY ("toUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transfer" ADD CONSTRAINT "Transfer_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transfer" ADD CONSTRAINT "Transfer_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Rule 23: one pending transfer request per task target.
CREATE UNIQUE INDEX "Transfer_one_pending_per_task_target" ON "Transfer"("taskTargetId") WHERE "status" = 'PENDING';

-- Closures and transfers made before this migration: their last change is the best date known.
UPDATE "TaskTarget" SET "closedAt" = "updatedAt" WHERE "status" IN ('CLOSED_UNREACHABLE', 'CLOSED_DEREGISTERED', 'TRANSFERRED');

-- Rule 26: tasks withheld before a basis was required keep a marker that staff should complete.
UPDATE "Task" SET "withheldCategory" = 'OTHER_LAW', "withheldBasis" = '（迁移前未记录依据，请补充）' WHERE "isPublic" = false;
