-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('LEAD', 'SECTION', 'STATION');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'UNIT_STAFF', 'LEADER', 'ANALYST');

-- CreateEnum
CREATE TYPE "SessionKind" AS ENUM ('SESSION', 'API_TOKEN');

-- CreateEnum
CREATE TYPE "CalendarDayKind" AS ENUM ('HOLIDAY', 'WORKDAY');

-- CreateEnum
CREATE TYPE "CheckCategory" AS ENUM ('GENERAL', 'KEY');

-- CreateEnum
CREATE TYPE "CheckMethod" AS ENUM ('WRITTEN', 'ON_SITE', 'ONLINE_MONITORING', 'SAMPLE_TESTING', 'THIRD_PARTY');

-- CreateEnum
CREATE TYPE "ChangeKind" AS ENUM ('CREATE', 'UPDATE', 'RETIRE');

-- CreateEnum
CREATE TYPE "LibraryKind" AS ENUM ('COMPREHENSIVE', 'SPECIAL');

-- CreateEnum
CREATE TYPE "BusinessScale" AS ENUM ('LARGE', 'MEDIUM', 'SMALL', 'MICRO');

-- CreateEnum
CREATE TYPE "RiskLevel" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- CreateEnum
CREATE TYPE "CreditStatus" AS ENUM ('NORMAL', 'DISHONEST', 'ABNORMAL');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('ACTIVE', 'DEREGISTERED', 'REVOKED', 'UNREACHABLE');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'FILED');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('DRAFT', 'READY', 'DRAWN', 'DISPATCHED', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "DrawKind" AS ENUM ('TARGETS', 'INSPECTORS');

-- CreateEnum
CREATE TYPE "DrawStatus" AS ENUM ('DRAWN', 'LOCKED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "TaskTargetStatus" AS ENUM ('PENDING', 'INSPECTED', 'CLOSED_UNREACHABLE', 'CLOSED_DEREGISTERED', 'TRANSFERRED');

-- CreateEnum
CREATE TYPE "TeamMode" AS ENUM ('DRAWN', 'DIRECT', 'JOINT');

-- CreateEnum
CREATE TYPE "TeamRole" AS ENUM ('LEADER', 'MEMBER', 'EXPERT');

-- CreateEnum
CREATE TYPE "ReplacementReason" AS ENUM ('POST_CHANGE', 'WORK_CONFLICT', 'HEALTH', 'RECUSAL');

-- CreateEnum
CREATE TYPE "ResultStatus" AS ENUM ('NOT_ENTERED', 'PENDING_REVIEW', 'RETURNED', 'APPROVED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "ResultOutcome" AS ENUM ('NO_PROBLEM', 'CORRECTED_ON_ORDER', 'FOLLOW_UP_PENDING', 'NO_RELEVANT_ACTIVITY', 'UNREACHABLE', 'SERIOUS_REFUSAL', 'FALSIFICATION');

-- CreateEnum
CREATE TYPE "FollowUpAction" AS ENUM ('NONE', 'REFER_CASE', 'NOTIFY_DEPARTMENT');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('RECEIVED', 'DECIDED', 'FED_BACK');

-- CreateEnum
CREATE TYPE "ReviewDecision" AS ENUM ('UPHELD', 'CORRECTED');

-- CreateEnum
CREATE TYPE "FollowUpStatus" AS ENUM ('HANDED_OVER', 'ACCEPTED', 'CASE_FILED', 'RECTIFIED', 'SENT_TO_JUDICIAL', 'CLOSED');

-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "UnitKind" NOT NULL,
    "isLead" BOOLEAN NOT NULL DEFAULT false,
    "area" TEXT,
    "neighbourCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "retiredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "unitId" TEXT NOT NULL,
    "isPrincipal" BOOLEAN NOT NULL DEFAULT false,
    "phone" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "kind" "SessionKind" NOT NULL,
    "name" TEXT,
    "tokenHash" TEXT NOT NULL,
    "tokenHint" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "CalendarYear" (
    "year" INTEGER NOT NULL,
    "note" TEXT,
    "declaredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "declaredById" TEXT,

    CONSTRAINT "CalendarYear_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "CalendarEntry" (
    "date" DATE NOT NULL,
    "kind" "CalendarDayKind" NOT NULL,
    "name" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,

    CONSTRAINT "CalendarEntry_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "CheckItem" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "objectType" TEXT NOT NULL,
    "category" "CheckCategory" NOT NULL,
    "methods" "CheckMethod"[],
    "unitId" TEXT NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "defaultRatio" DECIMAL(5,4) NOT NULL,
    "ratioCap" DECIMAL(5,4),
    "needsExpert" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "retiredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CheckItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckItemVersion" (
    "id" TEXT NOT NULL,
    "checkItemId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "change" "ChangeKind" NOT NULL,
    "snapshot" JSONB NOT NULL,
    "notice" TEXT NOT NULL,
    "changedById" TEXT,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckItemVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TargetLibrary" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "LibraryKind" NOT NULL,
    "objectType" TEXT,
    "unitId" TEXT NOT NULL,
    "buildStandard" TEXT NOT NULL,
    "indicators" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "supervisionRequirements" TEXT NOT NULL,
    "retiredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TargetLibrary_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Target" (
    "id" TEXT NOT NULL,
    "creditCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "libraryId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "objectType" TEXT NOT NULL,
    "scale" "BusinessScale" NOT NULL,
    "industry" TEXT NOT NULL,
    "area" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "legalRepresentative" TEXT,
    "contactPhone" TEXT,
    "riskLevel" "RiskLevel" NOT NULL DEFAULT 'MEDIUM',
    "creditStatus" "CreditStatus" NOT NULL DEFAULT 'NORMAL',
    "registrationStatus" "RegistrationStatus" NOT NULL DEFAULT 'ACTIVE',
    "keyIndustry" BOOLEAN NOT NULL DEFAULT false,
    "repeatedComplaints" BOOLEAN NOT NULL DEFAULT false,
    "seriousViolation" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT,
    "retiredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Inspector" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "idNumber" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "certificateNumber" TEXT,
    "qualified" BOOLEAN NOT NULL DEFAULT false,
    "drawable" BOOLEAN NOT NULL DEFAULT false,
    "canLead" BOOLEAN NOT NULL DEFAULT true,
    "title" TEXT,
    "phone" TEXT,
    "specialties" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "retiredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Inspector_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Expert" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "idNumber" TEXT,
    "organization" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "title" TEXT,
    "phone" TEXT,
    "retiredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Expert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConflictOfInterest" (
    "id" TEXT NOT NULL,
    "inspectorId" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "declaredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConflictOfInterest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DirectoryConfirmation" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "confirmedById" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "targetCount" INTEGER NOT NULL,
    "inspectorCount" INTEGER NOT NULL,
    "note" TEXT,

    CONSTRAINT "DirectoryConfirmation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 0,
    "filedAt" TIMESTAMP(3),
    "filedById" TEXT,
    "filedWith" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanItem" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "checkItemId" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "windowFrom" DATE NOT NULL,
    "windowTo" DATE NOT NULL,
    "estimatedCount" INTEGER NOT NULL,
    "ratio" DECIMAL(5,4) NOT NULL,
    "provincialShare" DECIMAL(5,4) NOT NULL DEFAULT 0,
    "cityShare" DECIMAL(5,4) NOT NULL DEFAULT 0,
    "districtShare" DECIMAL(5,4) NOT NULL DEFAULT 1,
    "areaWeights" JSONB,
    "temporary" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanAdjustment" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "filedById" TEXT,
    "filedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanAdjustment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "planItemId" TEXT,
    "ownerUnitId" TEXT NOT NULL,
    "executingUnitId" TEXT NOT NULL,
    "windowFrom" DATE NOT NULL,
    "windowTo" DATE NOT NULL,
    "status" "TaskStatus" NOT NULL DEFAULT 'DRAFT',
    "temporary" BOOLEAN NOT NULL DEFAULT false,
    "isPublic" BOOLEAN NOT NULL DEFAULT true,
    "teamSize" INTEGER NOT NULL DEFAULT 2,
    "seedCommitment" TEXT,
    "serverSecret" TEXT,
    "announcedAt" TIMESTAMP(3),
    "completedOn" DATE,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskCheckItem" (
    "taskId" TEXT NOT NULL,
    "checkItemId" TEXT NOT NULL,
    "formId" TEXT,

    CONSTRAINT "TaskCheckItem_pkey" PRIMARY KEY ("taskId","checkItemId")
);

-- CreateTable
CREATE TABLE "TaskClass" (
    "id" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "libraryId" TEXT,
    "objectType" TEXT,
    "scale" "BusinessScale",
    "industry" TEXT,
    "area" TEXT,
    "ratio" DECIMAL(5,4),
    "count" INTEGER,

    CONSTRAINT "TaskClass_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Draw" (
    "id" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "kind" "DrawKind" NOT NULL,
    "sequence" INTEGER NOT NULL,
    "reason" TEXT,
    "status" "DrawStatus" NOT NULL DEFAULT 'DRAWN',
    "confirmationId" TEXT,
    "candidateCount" INTEGER NOT NULL,
    "candidateListHash" TEXT NOT NULL,
    "candidates" JSONB NOT NULL,
    "seedCommitment" TEXT NOT NULL,
    "witnessName" TEXT,
    "witnessEntropy" TEXT,
    "seed" TEXT NOT NULL,
    "receipt" JSONB NOT NULL,
    "drawnById" TEXT,
    "drawnAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedById" TEXT,
    "lockedAt" TIMESTAMP(3),

    CONSTRAINT "Draw_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DrawnTarget" (
    "drawId" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "classKeys" TEXT[],

    CONSTRAINT "DrawnTarget_pkey" PRIMARY KEY ("drawId","targetId")
);

-- CreateTable
CREATE TABLE "Visit" (
    "id" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "windowFrom" DATE NOT NULL,
    "windowTo" DATE NOT NULL,
    "merged" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Visit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskTarget" (
    "id" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "visitId" TEXT,
    "status" "TaskTargetStatus" NOT NULL DEFAULT 'PENDING',
    "closedReason" TEXT,
    "transferredToUnitId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TaskTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL,
    "visitId" TEXT NOT NULL,
    "drawId" TEXT,
    "mode" "TeamMode" NOT NULL,
    "jointUnitId" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamMember" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "inspectorId" TEXT,
    "expertId" TEXT,
    "role" "TeamRole" NOT NULL,
    "rank" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "replacedAt" TIMESTAMP(3),
    "replacementReason" "ReplacementReason",
    "replacementNote" TEXT,
    "approvedById" TEXT,
    "replacesId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TeamMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Form" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "checkItemId" TEXT,
    "fields" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "retiredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Form_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Result" (
    "id" TEXT NOT NULL,
    "taskTargetId" TEXT NOT NULL,
    "formId" TEXT,
    "method" "CheckMethod",
    "findings" JSONB,
    "outcome" "ResultOutcome",
    "followUpAction" "FollowUpAction" NOT NULL DEFAULT 'NONE',
    "status" "ResultStatus" NOT NULL DEFAULT 'NOT_ENTERED',
    "inspectedOn" DATE,
    "dueOn" DATE,
    "returnReason" TEXT,
    "enteredById" TEXT,
    "submittedAt" TIMESTAMP(3),
    "approvedById" TEXT,
    "approvedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Result_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL,
    "resultId" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "uploadedById" TEXT,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Correction" (
    "id" TEXT NOT NULL,
    "resultId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "changes" JSONB NOT NULL,
    "signedById" TEXT NOT NULL,
    "signedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "Correction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL,
    "resultId" TEXT NOT NULL,
    "raisedBy" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "receivedOn" DATE NOT NULL,
    "reviewDueOn" DATE NOT NULL,
    "status" "ReviewStatus" NOT NULL DEFAULT 'RECEIVED',
    "decision" "ReviewDecision",
    "decisionNote" TEXT,
    "decidedOn" DATE,
    "feedbackDueOn" DATE,
    "fedBackOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" TEXT NOT NULL,
    "resultId" TEXT NOT NULL,
    "handedToUnitId" TEXT NOT NULL,
    "status" "FollowUpStatus" NOT NULL DEFAULT 'HANDED_OVER',
    "handedOverAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptedAt" TIMESTAMP(3),
    "caseFiledAt" TIMESTAMP(3),
    "caseNumber" TEXT,
    "rectifiedAt" TIMESTAMP(3),
    "sentToJudicialAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "notes" TEXT,

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL,
    "unitId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Unit_code_key" ON "Unit"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_name_key" ON "Unit"("name");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "CheckItem_code_key" ON "CheckItem"("code");

-- CreateIndex
CREATE UNIQUE INDEX "CheckItemVersion_checkItemId_version_key" ON "CheckItemVersion"("checkItemId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "TargetLibrary_code_key" ON "TargetLibrary"("code");

-- CreateIndex
CREATE UNIQUE INDEX "TargetLibrary_name_key" ON "TargetLibrary"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Target_creditCode_key" ON "Target"("creditCode");

-- CreateIndex
CREATE INDEX "Target_unitId_idx" ON "Target"("unitId");

-- CreateIndex
CREATE INDEX "Target_libraryId_idx" ON "Target"("libraryId");

-- CreateIndex
CREATE INDEX "Target_objectType_area_idx" ON "Target"("objectType", "area");

-- CreateIndex
CREATE INDEX "Target_name_idx" ON "Target"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Inspector_idNumber_key" ON "Inspector"("idNumber");

-- CreateIndex
CREATE INDEX "Inspector_unitId_idx" ON "Inspector"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Expert_idNumber_key" ON "Expert"("idNumber");

-- CreateIndex
CREATE UNIQUE INDEX "ConflictOfInterest_inspectorId_targetId_key" ON "ConflictOfInterest"("inspectorId", "targetId");

-- CreateIndex
CREATE INDEX "DirectoryConfirmation_unitId_confirmedAt_idx" ON "DirectoryConfirmation"("unitId", "confirmedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_unitId_year_key" ON "Plan"("unitId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "PlanAdjustment_planId_version_key" ON "PlanAdjustment"("planId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Task_code_key" ON "Task"("code");

-- CreateIndex
CREATE INDEX "Task_executingUnitId_status_idx" ON "Task"("executingUnitId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "TaskClass_taskId_key_key" ON "TaskClass"("taskId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Draw_taskId_kind_sequence_key" ON "Draw"("taskId", "kind", "sequence");

-- CreateIndex
CREATE INDEX "TaskTarget_targetId_idx" ON "TaskTarget"("targetId");

-- CreateIndex
CREATE UNIQUE INDEX "TaskTarget_taskId_targetId_key" ON "TaskTarget"("taskId", "targetId");

-- CreateIndex
CREATE UNIQUE INDEX "Form_code_key" ON "Form"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Result_taskTargetId_key" ON "Result"("taskTargetId");

-- CreateIndex
CREATE INDEX "Result_status_dueOn_idx" ON "Result"("status", "dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUp_resultId_key" ON "FollowUp"("resultId");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_entityId_idx" ON "AuditEvent"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckItem" ADD CONSTRAINT "CheckItem_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckItemVersion" ADD CONSTRAINT "CheckItemVersion_checkItemId_fkey" FOREIGN KEY ("checkItemId") REFERENCES "CheckItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckItemVersion" ADD CONSTRAINT "CheckItemVersion_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetLibrary" ADD CONSTRAINT "TargetLibrary_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_libraryId_fkey" FOREIGN KEY ("libraryId") REFERENCES "TargetLibrary"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspector" ADD CONSTRAINT "Inspector_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictOfInterest" ADD CONSTRAINT "ConflictOfInterest_inspectorId_fkey" FOREIGN KEY ("inspectorId") REFERENCES "Inspector"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictOfInterest" ADD CONSTRAINT "ConflictOfInterest_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DirectoryConfirmation" ADD CONSTRAINT "DirectoryConfirmation_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DirectoryConfirmation" ADD CONSTRAINT "DirectoryConfirmation_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_checkItemId_fkey" FOREIGN KEY ("checkItemId") REFERENCES "CheckItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAdjustment" ADD CONSTRAINT "PlanAdjustment_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_planItemId_fkey" FOREIGN KEY ("planItemId") REFERENCES "PlanItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_ownerUnitId_fkey" FOREIGN KEY ("ownerUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_executingUnitId_fkey" FOREIGN KEY ("executingUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskCheckItem" ADD CONSTRAINT "TaskCheckItem_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskCheckItem" ADD CONSTRAINT "TaskCheckItem_checkItemId_fkey" FOREIGN KEY ("checkItemId") REFERENCES "CheckItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskCheckItem" ADD CONSTRAINT "TaskCheckItem_formId_fkey" FOREIGN KEY ("formId") REFERENCES "Form"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskClass" ADD CONSTRAINT "TaskClass_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskClass" ADD CONSTRAINT "TaskClass_libraryId_fkey" FOREIGN KEY ("libraryId") REFERENCES "TargetLibrary"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Draw" ADD CONSTRAINT "Draw_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Draw" ADD CONSTRAINT "Draw_confirmationId_fkey" FOREIGN KEY ("confirmationId") REFERENCES "DirectoryConfirmation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DrawnTarget" ADD CONSTRAINT "DrawnTarget_drawId_fkey" FOREIGN KEY ("drawId") REFERENCES "Draw"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DrawnTarget" ADD CONSTRAINT "DrawnTarget_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskTarget" ADD CONSTRAINT "TaskTarget_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskTarget" ADD CONSTRAINT "TaskTarget_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskTarget" ADD CONSTRAINT "TaskTarget_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskTarget" ADD CONSTRAINT "TaskTarget_transferredToUnitId_fkey" FOREIGN KEY ("transferredToUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_drawId_fkey" FOREIGN KEY ("drawId") REFERENCES "Draw"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_jointUnitId_fkey" FOREIGN KEY ("jointUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_inspectorId_fkey" FOREIGN KEY ("inspectorId") REFERENCES "Inspector"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Expert"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Form" ADD CONSTRAINT "Form_checkItemId_fkey" FOREIGN KEY ("checkItemId") REFERENCES "CheckItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_taskTargetId_fkey" FOREIGN KEY ("taskTargetId") REFERENCES "TaskTarget"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_formId_fkey" FOREIGN KEY ("formId") REFERENCES "Form"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_resultId_fkey" FOREIGN KEY ("resultId") REFERENCES "Result"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_resultId_fkey" FOREIGN KEY ("resultId") REFERENCES "Result"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_resultId_fkey" FOREIGN KEY ("resultId") REFERENCES "Result"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_resultId_fkey" FOREIGN KEY ("resultId") REFERENCES "Result"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_handedToUnitId_fkey" FOREIGN KEY ("handedToUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
