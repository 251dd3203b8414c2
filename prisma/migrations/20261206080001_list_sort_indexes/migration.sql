-- CreateIndex
CREATE INDEX "Result_dueOn_id_idx" ON "Result"("dueOn", "id");

-- CreateIndex
CREATE INDEX "Task_createdAt_id_idx" ON "Task"("createdAt" DESC, "id");
