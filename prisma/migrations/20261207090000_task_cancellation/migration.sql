-- A task called off before its draw: when, by whom, why (TASK lifecycle CANCEL; the reason is required once the
-- draw was announced and shown on the public pages).
-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "cancelReason" TEXT,
ADD COLUMN     "cancelledAt" TIMESTAMP(3),
ADD COLUMN     "cancelledById" TEXT;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_cancelledById_fkey" FOREIGN KEY ("cancelledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
