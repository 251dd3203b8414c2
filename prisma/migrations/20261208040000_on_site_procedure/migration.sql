-- CreateEnum
CREATE TYPE "PreCheckSource" AS ENUM ('REGISTRATION', 'LICENCE', 'PREVIOUS_RESULTS', 'COMPLAINTS', 'ARCHIVES');

-- CreateEnum
CREATE TYPE "RepresentativeSignature" AS ENUM ('SIGNED', 'REFUSED');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "inspectorId" TEXT;

-- CreateTable
CREATE TABLE "PreCheck" (
    "id" TEXT NOT NULL,
    "taskTargetId" TEXT NOT NULL,
    "sources" "PreCheckSource"[],
    "findings" TEXT NOT NULL,
    "checkedOn" DATE NOT NULL,
    "checkedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PreCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OnSiteRecord" (
    "id" TEXT NOT NULL,
    "resultId" TEXT NOT NULL,
    "certificates" JSONB NOT NULL DEFAULT '[]',
    "noticeServedAt" TIMESTAMP(3),
    "noticeServedTo" TEXT,
    "pointFindings" JSONB NOT NULL DEFAULT '[]',
    "recordText" TEXT,
    "representativeName" TEXT,
    "signature" "RepresentativeSignature",
    "refusalNote" TEXT,
    "witnessName" TEXT,
    "videoRecorded" BOOLEAN,
    "videoNote" TEXT,
    "samples" JSONB NOT NULL DEFAULT '[]',
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OnSiteRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResultConfirmation" (
    "id" TEXT NOT NULL,
    "resultId" TEXT NOT NULL,
    "teamMemberId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3) NOT NULL,
    "withdrawnAt" TIMESTAMP(3),

    CONSTRAINT "ResultConfirmation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PreCheck_taskTargetId_key" ON "PreCheck"("taskTargetId");

-- CreateIndex
CREATE UNIQUE INDEX "OnSiteRecord_resultId_key" ON "OnSiteRecord"("resultId");

-- CreateIndex
CREATE INDEX "ResultConfirmation_resultId_idx" ON "ResultConfirmation"("resultId");

-- CreateIndex
CREATE UNIQUE INDEX "User_inspectorId_key" ON "User"("inspectorId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_inspectorId_fkey" FOREIGN KEY ("inspectorId") REFERENCES "Inspector"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PreCheck" ADD CONSTRAINT "PreCheck_taskTargetId_fkey" FOREIGN KEY ("taskTargetId") REFERENCES "TaskTarget"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PreCheck" ADD CONSTRAINT "PreCheck_checkedById_fkey" FOREIGN KEY ("checkedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnSiteRecord" ADD CONSTRAINT "OnSiteRecord_resultId_fkey" FOREIGN KEY ("resultId") REFERENCES "Result"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultConfirmation" ADD CONSTRAINT "ResultConfirmation_resultId_fkey" FOREIGN KEY ("resultId") REFERENCES "Result"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultConfirmation" ADD CONSTRAINT "ResultConfirmation_teamMemberId_fkey" FOREIGN KEY ("teamMemberId") REFERENCES "TeamMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultConfirmation" ADD CONSTRAINT "ResultConfirmation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
