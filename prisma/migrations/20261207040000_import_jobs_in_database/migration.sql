-- CreateTable
CREATE TABLE "ImportJob" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "encoding" TEXT,
    "size" INTEGER NOT NULL,
    "headerRow" INTEGER NOT NULL,
    "headers" JSONB NOT NULL,
    "sample" JSONB NOT NULL,
    "mapping" JSONB NOT NULL,
    "status" TEXT NOT NULL,
    "counts" JSONB,
    "running" TEXT,
    "runId" INTEGER NOT NULL DEFAULT 0,
    "runningAt" TIMESTAMP(3),
    "progress" JSONB,
    "error" JSONB,
    "notice" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "touchedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportJobChunk" (
    "jobId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "ImportJobChunk_pkey" PRIMARY KEY ("jobId","seq")
);

-- CreateTable
CREATE TABLE "ImportJobRow" (
    "jobId" TEXT NOT NULL,
    "row" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "reasons" JSONB,
    "changes" JSONB,

    CONSTRAINT "ImportJobRow_pkey" PRIMARY KEY ("jobId","row")
);

-- CreateTable
CREATE TABLE "QueuedJob" (
    "id" TEXT NOT NULL,
    "task" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "lockedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QueuedJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportJob_touchedAt_idx" ON "ImportJob"("touchedAt");

-- CreateIndex
CREATE INDEX "ImportJobRow_jobId_action_row_idx" ON "ImportJobRow"("jobId", "action", "row");

-- AddForeignKey
ALTER TABLE "ImportJobChunk" ADD CONSTRAINT "ImportJobChunk_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "ImportJob"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportJobRow" ADD CONSTRAINT "ImportJobRow_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "ImportJob"("id") ON DELETE CASCADE ON UPDATE CASCADE;
