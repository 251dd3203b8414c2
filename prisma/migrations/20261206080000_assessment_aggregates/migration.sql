-- Assessment aggregates (issue 14, "dashboards from maintained aggregates"): rule 25's figures read a few thousand
-- aggregate rows instead of scanning every task target and result (apps/api/src/assessment/figures.ts).
--
-- Two levels. AssessmentTaskFact / AssessmentTaskFollowUp hold, per task, its targets (and violations found)
-- grouped by everything the figures distinguish; ssj_assessment_refresh(task ids) deletes and recomputes a task's
-- rows from the facts, and applies the difference (new rows minus old rows) to the second level:
-- AssessmentUnitDay (per executing unit × responsible unit × window end × entry state), AssessmentPlanLine (per
-- plan line) and AssessmentFollowUpDay (per responsible unit × inspection day). Statement triggers with transition
-- tables on Task, TaskTarget, Result and FollowUp call it with the tasks a statement touched, in the writing
-- transaction, so a write that moves a target between tasks or units, corrects a result or deletes a row is
-- reflected before commit. AssessmentLibrarySize counts current targets per library from Target's own deltas.
--
-- Nothing stored depends on "today" or on the holiday calendar: a completed task's unpublished targets keep their
-- due date (OPEN + dueOn) and are missing or pending when read; a task not completed keeps its window end and
-- publication days (RUNNING) and its due date is computed when read, as before.
--
-- Refreshes of one task are serialised by a transaction-scoped advisory lock (class 0x55a4 = 21924, beside
-- drawInputs.ts's 0x55a1/0x55a2): without it two transactions writing results of one task could both delete the
-- old rows and both insert new ones. A refresh of more than 1000 tasks (a bulk load, the backfill) takes a table
-- lock instead, so it does not exhaust the lock table. `npm run assessment:rebuild -w @ssj/api` recomputes
-- everything and reports the rows that differed. Written by hand below the generated tables: Prisma's diff does
-- not model functions or triggers.

-- CreateTable
CREATE TABLE "AssessmentTaskFact" (
    "id" BIGSERIAL NOT NULL,
    "taskId" TEXT NOT NULL,
    "executingUnitId" TEXT NOT NULL,
    "responsibleUnitId" TEXT NOT NULL,
    "planItemId" TEXT,
    "windowTo" DATE NOT NULL,
    "startOn" DATE,
    "entry" TEXT NOT NULL,
    "dueOn" DATE,
    "publishedOn" DATE,
    "tasks" INTEGER NOT NULL,
    "tasksCompleted" INTEGER NOT NULL,
    "tasksCompletedOnTime" INTEGER NOT NULL,
    "targets" INTEGER NOT NULL,
    "completed" INTEGER NOT NULL,
    "closed" INTEGER NOT NULL,

    CONSTRAINT "AssessmentTaskFact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentUnitDay" (
    "id" TEXT NOT NULL,
    "executingUnitId" TEXT NOT NULL,
    "responsibleUnitId" TEXT NOT NULL,
    "windowTo" DATE NOT NULL,
    "startOn" DATE,
    "entry" TEXT NOT NULL,
    "dueOn" DATE,
    "publishedOn" DATE,
    "tasks" INTEGER NOT NULL,
    "tasksCompleted" INTEGER NOT NULL,
    "tasksCompletedOnTime" INTEGER NOT NULL,
    "targets" INTEGER NOT NULL,
    "completed" INTEGER NOT NULL,
    "closed" INTEGER NOT NULL,

    CONSTRAINT "AssessmentUnitDay_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentPlanLine" (
    "id" TEXT NOT NULL,
    "planItemId" TEXT NOT NULL,
    "runningWindowTo" DATE,
    "publishedOn" DATE,
    "tasks" INTEGER NOT NULL,
    "targets" INTEGER NOT NULL,
    "completed" INTEGER NOT NULL,
    "done" INTEGER NOT NULL,

    CONSTRAINT "AssessmentPlanLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentTaskFollowUp" (
    "id" BIGSERIAL NOT NULL,
    "taskId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "foundOn" DATE NOT NULL,
    "handDays" INTEGER,
    "closeDays" INTEGER,
    "n" INTEGER NOT NULL,

    CONSTRAINT "AssessmentTaskFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentFollowUpDay" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "foundOn" DATE NOT NULL,
    "handDays" INTEGER,
    "closeDays" INTEGER,
    "n" INTEGER NOT NULL,

    CONSTRAINT "AssessmentFollowUpDay_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentLibrarySize" (
    "libraryId" TEXT NOT NULL,
    "size" INTEGER NOT NULL,

    CONSTRAINT "AssessmentLibrarySize_pkey" PRIMARY KEY ("libraryId")
);

-- CreateIndex
CREATE INDEX "AssessmentTaskFact_taskId_idx" ON "AssessmentTaskFact"("taskId");

-- CreateIndex
CREATE INDEX "AssessmentUnitDay_windowTo_idx" ON "AssessmentUnitDay"("windowTo");

-- CreateIndex
CREATE INDEX "AssessmentUnitDay_startOn_idx" ON "AssessmentUnitDay"("startOn");

-- CreateIndex
CREATE INDEX "AssessmentUnitDay_entry_windowTo_idx" ON "AssessmentUnitDay"("entry", "windowTo");

-- CreateIndex
CREATE INDEX "AssessmentPlanLine_planItemId_idx" ON "AssessmentPlanLine"("planItemId");

-- CreateIndex
CREATE INDEX "AssessmentTaskFollowUp_taskId_idx" ON "AssessmentTaskFollowUp"("taskId");

-- CreateIndex
CREATE INDEX "AssessmentFollowUpDay_foundOn_idx" ON "AssessmentFollowUpDay"("foundOn");

-- A day in an aggregate's key: always YYYY-MM-DD (a date's text form follows the session's DateStyle), '' for none.
CREATE OR REPLACE FUNCTION ssj_day_key(d date) RETURNS text AS $$
  SELECT COALESCE(to_char(d, 'YYYY-MM-DD'), '')
$$ LANGUAGE sql IMMUTABLE;

-- ——— first level: a task's rows, recomputed from the facts ———————————————————————————————————————————

CREATE OR REPLACE FUNCTION ssj_assessment_refresh(task_ids text[]) RETURNS void AS $$
DECLARE
  zero_days text[];
  zero_lines text[];
  zero_found text[];
BEGIN
  task_ids := ARRAY(SELECT DISTINCT x FROM unnest(task_ids) x WHERE x IS NOT NULL);
  IF cardinality(task_ids) = 0 THEN RETURN; END IF;
  IF cardinality(task_ids) > 1000 THEN
    LOCK TABLE "AssessmentTaskFact" IN SHARE ROW EXCLUSIVE MODE;
  ELSE
    PERFORM pg_advisory_xact_lock(21924, h) FROM (SELECT DISTINCT hashtext(x) AS h FROM unnest(task_ids) x ORDER BY 1) s;
  END IF;

  WITH old AS (
    DELETE FROM "AssessmentTaskFact" WHERE "taskId" = ANY(task_ids)
    RETURNING "executingUnitId", "responsibleUnitId", "planItemId", "windowTo", "startOn", "entry", "dueOn", "publishedOn",
              "tasks", "tasksCompleted", "tasksCompletedOnTime", "targets", "completed", "closed"
  ),
  rows AS (
    SELECT t."id" AS "taskId", t."executingUnitId", COALESCE(tt."transferredToUnitId", t."executingUnitId") AS "responsibleUnitId",
      t."planItemId", t."windowTo", t."completedOn",
      -- Rule 20: the clock starts on the earlier of completion and the window's end.
      CASE WHEN t."completedOn" IS NOT NULL THEN LEAST(t."completedOn", t."windowTo") END AS "startOn",
      CASE WHEN t."completedOn" IS NULL THEN 'RUNNING'
           WHEN r."dueOn" IS NULL THEN 'UNKNOWN'
           WHEN r."publishedAt" IS NULL THEN 'OPEN'
           WHEN (r."publishedAt" + interval '8 hours')::date <= r."dueOn" THEN 'ON_TIME'
           ELSE 'LATE' END AS "entry",
      CASE WHEN t."completedOn" IS NOT NULL AND r."publishedAt" IS NULL THEN r."dueOn" END AS "dueOn",
      CASE WHEN t."completedOn" IS NULL THEN (r."publishedAt" + interval '8 hours')::date END AS "publishedOn",
      tt."id" AS "ttId",
      (tt."status" IN ('INSPECTED', 'CLOSED_UNREACHABLE', 'CLOSED_DEREGISTERED') OR (tt."status" = 'TRANSFERRED' AND r."submittedAt" IS NOT NULL)) AS "isCompleted",
      tt."status" IN ('CLOSED_UNREACHABLE', 'CLOSED_DEREGISTERED') AS "isClosed"
    FROM "Task" t
    LEFT JOIN "TaskTarget" tt ON tt."taskId" = t."id"
    LEFT JOIN "Result" r ON r."taskTargetId" = tt."id"
    WHERE t."id" = ANY(task_ids) AND t."status" <> 'CANCELLED'
  ),
  grouped AS (
    SELECT "taskId", "executingUnitId", "responsibleUnitId", "planItemId", "windowTo", "completedOn", "startOn", "entry", "dueOn", "publishedOn",
      count("ttId")::int AS "targets", count("ttId") FILTER (WHERE "isCompleted")::int AS "completed", count("ttId") FILTER (WHERE "isClosed")::int AS "closed",
      row_number() OVER (PARTITION BY "taskId" ORDER BY "responsibleUnitId", "entry", "startOn", "dueOn", "publishedOn") = 1 AS "first"
    FROM rows
    GROUP BY "taskId", "executingUnitId", "responsibleUnitId", "planItemId", "windowTo", "completedOn", "startOn", "entry", "dueOn", "publishedOn"
  ),
  ins AS (
    INSERT INTO "AssessmentTaskFact" ("taskId", "executingUnitId", "responsibleUnitId", "planItemId", "windowTo", "startOn", "entry", "dueOn", "publishedOn",
      "tasks", "tasksCompleted", "tasksCompletedOnTime", "targets", "completed", "closed")
    SELECT "taskId", "executingUnitId", "responsibleUnitId", "planItemId", "windowTo", "startOn", "entry", "dueOn", "publishedOn",
      "first"::int, ("first" AND "completedOn" IS NOT NULL)::int, ("first" AND COALESCE("completedOn" <= "windowTo", false))::int,
      "targets", "completed", "closed"
    FROM grouped
    RETURNING "executingUnitId", "responsibleUnitId", "planItemId", "windowTo", "startOn", "entry", "dueOn", "publishedOn",
              "tasks", "tasksCompleted", "tasksCompletedOnTime", "targets", "completed", "closed"
  ),
  delta AS (
    SELECT -1 AS s, * FROM old UNION ALL SELECT 1 AS s, * FROM ins
  ),
  day AS (
    INSERT INTO "AssessmentUnitDay" AS a ("id", "executingUnitId", "responsibleUnitId", "windowTo", "startOn", "entry", "dueOn", "publishedOn",
      "tasks", "tasksCompleted", "tasksCompletedOnTime", "targets", "completed", "closed")
    SELECT concat_ws('|', "executingUnitId", "responsibleUnitId", ssj_day_key("windowTo"), ssj_day_key("startOn"), "entry", ssj_day_key("dueOn"), ssj_day_key("publishedOn")),
      "executingUnitId", "responsibleUnitId", "windowTo", "startOn", "entry", "dueOn", "publishedOn",
      sum(s * "tasks"), sum(s * "tasksCompleted"), sum(s * "tasksCompletedOnTime"), sum(s * "targets"), sum(s * "completed"), sum(s * "closed")
    FROM delta
    GROUP BY "executingUnitId", "responsibleUnitId", "windowTo", "startOn", "entry", "dueOn", "publishedOn"
    HAVING sum(s * "tasks") <> 0 OR sum(s * "tasksCompleted") <> 0 OR sum(s * "tasksCompletedOnTime") <> 0 OR sum(s * "targets") <> 0
        OR sum(s * "completed") <> 0 OR sum(s * "closed") <> 0
    ORDER BY 1
    ON CONFLICT ("id") DO UPDATE SET "tasks" = a."tasks" + EXCLUDED."tasks", "tasksCompleted" = a."tasksCompleted" + EXCLUDED."tasksCompleted",
      "tasksCompletedOnTime" = a."tasksCompletedOnTime" + EXCLUDED."tasksCompletedOnTime", "targets" = a."targets" + EXCLUDED."targets",
      "completed" = a."completed" + EXCLUDED."completed", "closed" = a."closed" + EXCLUDED."closed"
    RETURNING a."id", (a."tasks" = 0 AND a."tasksCompleted" = 0 AND a."tasksCompletedOnTime" = 0 AND a."targets" = 0 AND a."completed" = 0 AND a."closed" = 0) AS "zero"
  ),
  line AS (
    INSERT INTO "AssessmentPlanLine" AS a ("id", "planItemId", "runningWindowTo", "publishedOn", "tasks", "targets", "completed", "done")
    SELECT concat_ws('|', "planItemId", ssj_day_key("runningWindowTo"), ssj_day_key("publishedOn")), "planItemId", "runningWindowTo", "publishedOn",
      sum(s * "tasks"), sum(s * "targets"), sum(s * "completed"), sum(s * "done")
    FROM (SELECT s, "planItemId", CASE WHEN "entry" = 'RUNNING' THEN "windowTo" END AS "runningWindowTo", "publishedOn", "tasks", "targets", "completed",
                 CASE WHEN "entry" = 'ON_TIME' THEN "targets" ELSE 0 END AS "done"
          FROM delta WHERE "planItemId" IS NOT NULL) d
    GROUP BY "planItemId", "runningWindowTo", "publishedOn"
    HAVING sum(s * "tasks") <> 0 OR sum(s * "targets") <> 0 OR sum(s * "completed") <> 0 OR sum(s * "done") <> 0
    ORDER BY 1
    ON CONFLICT ("id") DO UPDATE SET "tasks" = a."tasks" + EXCLUDED."tasks", "targets" = a."targets" + EXCLUDED."targets",
      "completed" = a."completed" + EXCLUDED."completed", "done" = a."done" + EXCLUDED."done"
    RETURNING a."id", (a."tasks" = 0 AND a."targets" = 0 AND a."completed" = 0 AND a."done" = 0) AS "zero"
  )
  SELECT (SELECT array_agg("id") FROM day WHERE "zero"), (SELECT array_agg("id") FROM line WHERE "zero") INTO zero_days, zero_lines;

  -- Rule 24: violations found — submitted with a follow-up action, or handed over after a correction — by the
  -- unit responsible for the result, the inspection day, and the calendar days to hand-over and to closing.
  WITH old AS (
    DELETE FROM "AssessmentTaskFollowUp" WHERE "taskId" = ANY(task_ids) RETURNING "unitId", "foundOn", "handDays", "closeDays", "n"
  ),
  found AS (
    SELECT t."id" AS "taskId", COALESCE(tt."transferredToUnitId", t."executingUnitId") AS "unitId",
      COALESCE(r."inspectedOn", (r."submittedAt" + interval '8 hours')::date) AS "foundOn", f."handedOverAt", f."closedAt"
    FROM "Task" t
    JOIN "TaskTarget" tt ON tt."taskId" = t."id"
    JOIN "Result" r ON r."taskTargetId" = tt."id"
    LEFT JOIN "FollowUp" f ON f."resultId" = r."id"
    WHERE t."id" = ANY(task_ids)
      AND ((r."followUpAction" <> 'NONE' AND r."status" IN ('PENDING_REVIEW', 'APPROVED', 'PUBLISHED')) OR f."id" IS NOT NULL)
  ),
  ins AS (
    INSERT INTO "AssessmentTaskFollowUp" ("taskId", "unitId", "foundOn", "handDays", "closeDays", "n")
    SELECT "taskId", "unitId", "foundOn", "handDays", "closeDays", count(*)::int
    FROM (SELECT "taskId", "unitId", "foundOn",
            ("handedOverAt" + interval '8 hours')::date - "foundOn" AS "handDays",
            ("closedAt" + interval '8 hours')::date - ("handedOverAt" + interval '8 hours')::date AS "closeDays"
          FROM found WHERE "foundOn" IS NOT NULL) x
    GROUP BY "taskId", "unitId", "foundOn", "handDays", "closeDays"
    RETURNING "unitId", "foundOn", "handDays", "closeDays", "n"
  ),
  up AS (
    INSERT INTO "AssessmentFollowUpDay" AS a ("id", "unitId", "foundOn", "handDays", "closeDays", "n")
    SELECT concat_ws('|', "unitId", ssj_day_key("foundOn"), COALESCE("handDays"::text, ''), COALESCE("closeDays"::text, '')), "unitId", "foundOn", "handDays", "closeDays", sum(s * "n")
    FROM (SELECT -1 AS s, * FROM old UNION ALL SELECT 1 AS s, * FROM ins) d
    GROUP BY "unitId", "foundOn", "handDays", "closeDays"
    HAVING sum(s * "n") <> 0
    ORDER BY 1
    ON CONFLICT ("id") DO UPDATE SET "n" = a."n" + EXCLUDED."n"
    RETURNING a."id", a."n" = 0 AS "zero"
  )
  SELECT array_agg("id") FILTER (WHERE "zero") INTO zero_found FROM up;

  IF zero_days IS NOT NULL THEN DELETE FROM "AssessmentUnitDay" WHERE "id" = ANY(zero_days) AND "tasks" = 0 AND "targets" = 0; END IF;
  IF zero_lines IS NOT NULL THEN DELETE FROM "AssessmentPlanLine" WHERE "id" = ANY(zero_lines) AND "tasks" = 0 AND "targets" = 0; END IF;
  IF zero_found IS NOT NULL THEN DELETE FROM "AssessmentFollowUpDay" WHERE "id" = ANY(zero_found) AND "n" = 0; END IF;
END
$$ LANGUAGE plpgsql;

-- ——— triggers: the tasks a statement touched ——————————————————————————————————————————————————————————

CREATE OR REPLACE FUNCTION ssj_assessment_task_changed() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM ssj_assessment_refresh(ARRAY(SELECT "id" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM ssj_assessment_refresh(ARRAY(SELECT "id" FROM old_rows));
  ELSE
    PERFORM ssj_assessment_refresh(ARRAY(
      SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
      WHERE (n."status", n."executingUnitId", n."planItemId", n."windowTo", n."completedOn")
            IS DISTINCT FROM (o."status", o."executingUnitId", o."planItemId", o."windowTo", o."completedOn")));
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION ssj_assessment_task_target_changed() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM ssj_assessment_refresh(ARRAY(SELECT "taskId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM ssj_assessment_refresh(ARRAY(SELECT "taskId" FROM old_rows));
  ELSE
    PERFORM ssj_assessment_refresh(ARRAY(
      SELECT x FROM new_rows n JOIN old_rows o ON o."id" = n."id", LATERAL (VALUES (n."taskId"), (o."taskId")) v(x)
      WHERE (n."taskId", n."status", n."transferredToUnitId") IS DISTINCT FROM (o."taskId", o."status", o."transferredToUnitId")));
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION ssj_assessment_result_changed() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM ssj_assessment_refresh(ARRAY(SELECT tt."taskId" FROM new_rows r JOIN "TaskTarget" tt ON tt."id" = r."taskTargetId"));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM ssj_assessment_refresh(ARRAY(SELECT tt."taskId" FROM old_rows r JOIN "TaskTarget" tt ON tt."id" = r."taskTargetId"));
  ELSE
    PERFORM ssj_assessment_refresh(ARRAY(
      SELECT tt."taskId" FROM new_rows n JOIN old_rows o ON o."id" = n."id", LATERAL (VALUES (n."taskTargetId"), (o."taskTargetId")) v(x)
      JOIN "TaskTarget" tt ON tt."id" = v.x
      WHERE (n."taskTargetId", n."publishedAt", n."dueOn", n."submittedAt", n."status", n."followUpAction", n."inspectedOn")
            IS DISTINCT FROM (o."taskTargetId", o."publishedAt", o."dueOn", o."submittedAt", o."status", o."followUpAction", o."inspectedOn")));
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION ssj_assessment_follow_up_changed() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM ssj_assessment_refresh(ARRAY(
      SELECT tt."taskId" FROM new_rows f JOIN "Result" r ON r."id" = f."resultId" JOIN "TaskTarget" tt ON tt."id" = r."taskTargetId"));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM ssj_assessment_refresh(ARRAY(
      SELECT tt."taskId" FROM old_rows f JOIN "Result" r ON r."id" = f."resultId" JOIN "TaskTarget" tt ON tt."id" = r."taskTargetId"));
  ELSE
    PERFORM ssj_assessment_refresh(ARRAY(
      SELECT tt."taskId" FROM new_rows n JOIN old_rows o ON o."id" = n."id", LATERAL (VALUES (n."resultId"), (o."resultId")) v(x)
      JOIN "Result" r ON r."id" = v.x JOIN "TaskTarget" tt ON tt."id" = r."taskTargetId"
      WHERE (n."resultId", n."handedOverAt", n."closedAt") IS DISTINCT FROM (o."resultId", o."handedOverAt", o."closedAt")));
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

-- G7: current targets per library, from Target's own rows (no join: a delta per statement).
CREATE OR REPLACE FUNCTION ssj_assessment_target_changed() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "AssessmentLibrarySize" AS a ("libraryId", "size")
    SELECT "libraryId", count(*)::int FROM new_rows WHERE "retiredAt" IS NULL GROUP BY 1 ORDER BY 1
    ON CONFLICT ("libraryId") DO UPDATE SET "size" = a."size" + EXCLUDED."size";
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "AssessmentLibrarySize" AS a ("libraryId", "size")
    SELECT "libraryId", -count(*)::int FROM old_rows WHERE "retiredAt" IS NULL GROUP BY 1 ORDER BY 1
    ON CONFLICT ("libraryId") DO UPDATE SET "size" = a."size" + EXCLUDED."size";
  ELSE
    INSERT INTO "AssessmentLibrarySize" AS a ("libraryId", "size")
    SELECT "libraryId", sum(s)::int FROM (
      SELECT "libraryId", 1 AS s FROM new_rows WHERE "retiredAt" IS NULL
      UNION ALL SELECT "libraryId", -1 FROM old_rows WHERE "retiredAt" IS NULL
    ) d GROUP BY 1 HAVING sum(s) <> 0 ORDER BY 1
    ON CONFLICT ("libraryId") DO UPDATE SET "size" = a."size" + EXCLUDED."size";
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Task_assessment_insert" AFTER INSERT ON "Task" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ssj_assessment_task_changed();
CREATE TRIGGER "Task_assessment_update" AFTER UPDATE ON "Task" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ssj_assessment_task_changed();
CREATE TRIGGER "Task_assessment_delete" AFTER DELETE ON "Task" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ssj_assessment_task_changed();
CREATE TRIGGER "TaskTarget_assessment_insert" AFTER INSERT ON "TaskTarget" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ssj_assessment_task_target_changed();
CREATE TRIGGER "TaskTarget_assessment_update" AFTER UPDATE ON "TaskTarget" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ssj_assessment_task_target_changed();
CREATE TRIGGER "TaskTarget_assessment_delete" AFTER DELETE ON "TaskTarget" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ssj_assessment_task_target_changed();
CREATE TRIGGER "Result_assessment_insert" AFTER INSERT ON "Result" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ssj_assessment_result_changed();
CREATE TRIGGER "Result_assessment_update" AFTER UPDATE ON "Result" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ssj_assessment_result_changed();
CREATE TRIGGER "Result_assessment_delete" AFTER DELETE ON "Result" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ssj_assessment_result_changed();
CREATE TRIGGER "FollowUp_assessment_insert" AFTER INSERT ON "FollowUp" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ssj_assessment_follow_up_changed();
CREATE TRIGGER "FollowUp_assessment_update" AFTER UPDATE ON "FollowUp" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ssj_assessment_follow_up_changed();
CREATE TRIGGER "FollowUp_assessment_delete" AFTER DELETE ON "FollowUp" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ssj_assessment_follow_up_changed();
CREATE TRIGGER "Target_assessment_insert" AFTER INSERT ON "Target" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ssj_assessment_target_changed();
CREATE TRIGGER "Target_assessment_update" AFTER UPDATE ON "Target" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ssj_assessment_target_changed();
CREATE TRIGGER "Target_assessment_delete" AFTER DELETE ON "Target" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ssj_assessment_target_changed();

-- ——— backfill: the aggregates of the data already there ——————————————————————————————————————————————————

SELECT ssj_assessment_refresh(ARRAY(SELECT "id" FROM "Task"));
INSERT INTO "AssessmentLibrarySize" ("libraryId", "size")
SELECT "libraryId", count(*)::int FROM "Target" WHERE "retiredAt" IS NULL GROUP BY 1;
