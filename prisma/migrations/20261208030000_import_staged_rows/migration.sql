-- Issue 14: the import commit writes from the dry run's staged rows instead of re-reading the file row by row.
-- Each row keeps the values read from its cells (re-decided at commit against the records as they are then) and,
-- for a new record, the record to insert; the job keeps a fingerprint of what reading the cells depended on (the
-- units and libraries by name, the user's unit and role, the settings the rules read).
ALTER TABLE "ImportJobRow" ADD COLUMN "values" JSONB,
ADD COLUMN "data" JSONB;

ALTER TABLE "ImportJob" ADD COLUMN "basis" TEXT;
