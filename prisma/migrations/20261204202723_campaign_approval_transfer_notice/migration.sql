-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "campaignApprovalDocDate" DATE,
ADD COLUMN     "campaignApprovalDocNo" TEXT,
ADD COLUMN     "campaignApprovedAt" TIMESTAMP(3),
ADD COLUMN     "campaignApprovedById" TEXT;

-- AlterTable
ALTER TABLE "TaskTarget" ADD COLUMN     "transferNoticeRef" TEXT;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_campaignApprovedById_fkey" FOREIGN KEY ("campaignApprovedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
