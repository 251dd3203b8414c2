-- The follow-up figures read, for a period's months, every row's unit, kind, days and count: an index holding them
-- all answers by an index-only scan instead of visiting the table's pages (a year is ~5,000 rows at 1M results).

-- DropIndex
DROP INDEX "AssessmentFollowUpMonth_foundMonth_idx";

-- CreateIndex
CREATE INDEX "AssessmentFollowUpMonth_foundMonth_unitId_kind_days_n_idx" ON "AssessmentFollowUpMonth"("foundMonth", "unitId", "kind", "days", "n");
