-- Assessment aggregates by month, refreshed at commit (issue 14, "dashboards from maintained aggregates"; follows
-- 20261206080000_assessment_aggregates, whose first level — per task — is unchanged).
--
-- 1. Months instead of days. Every period the API asks for is whole months (a year, a quarter, a month), so the
--    second level keeps months where the state is final: AssessmentUnitMonth (was AssessmentUnitDay) by executing
--    unit × responsible unit × month of the window's end × month the result clock starts × entry state; a RUNNING row
--    keeps its window end and publication day, an OPEN row its due date, as those are classified when read.
--    AssessmentFollowUpMonth (was AssessmentFollowUpDay) keeps, per unit × month of the inspection day, the
--    violations found (kind F) and two histograms, days to hand over (H) and days to close (C), instead of their
--    joint distribution. At 1M results the day tables held about one row per task and one per violation; the month
--    tables hold a few thousand rows in all.
--
-- 2. The refresh runs when the transaction commits, in one pass. Before, every writing statement refreshed the
--    aggregates of its tasks at once and kept their rows locked to the end of its transaction, so two transactions
--    that wrote into two tasks (or two tasks sharing a unit and month) in opposite order deadlocked. Now the
--    statement triggers only note the tasks (AssessmentPendingTask) and library size changes
--    (AssessmentPendingLibrary) of their transaction, and a deferred constraint trigger on
--    AssessmentPendingTransaction (one row per writing transaction) runs ssj_assessment_refresh over all of them at
--    commit, taking its locks in one fixed order: the tasks' advisory locks sorted, then the aggregate rows of each
--    table sorted by key (every INSERT … ON CONFLICT below orders its rows), tables always in the same order. Two
--    committing transactions therefore wait for each other at most, never in a cycle, and the aggregate rows are
--    locked only for the commit's pass instead of the whole transaction. The pending rows never outlive their
--    transaction (the flush deletes them; a rollback discards them). A statement reading the figures inside the
--    writing transaction, before it commits, sees them as they were when it began.
--
-- Written by hand below the generated tables: Prisma's diff does not model functions or triggers.

-- DropTable
DROP TABLE "AssessmentUnitDay";

-- DropTable
DROP TABLE "AssessmentFollowUpDay";

-- CreateTable
CREATE TABLE "AssessmentUnitMonth" (
    "id" TEXT NOT NULL,
    "executingUnitId" TEXT NOT NULL,
    "responsibleUnitId" TEXT NOT NULL,
    "windowMonth" DATE NOT NULL,
    "startMonth" DATE,
    "entry" TEXT NOT NULL,
    "windowTo" DATE,
    "dueOn" DATE,
    "publishedOn" DATE,
    "tasks" INTEGER NOT NULL,
    "tasksCompleted" INTEGER NOT NULL,
    "tasksCompletedOnTime" INTEGER NOT NULL,
    "targets" INTEGER NOT NULL,
    "completed" INTEGER NOT NULL,
    "closed" INTEGER NOT NULL,

    CONSTRAINT "AssessmentUnitMonth_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentFollowUpMonth" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "foundMonth" DATE NOT NULL,
    "kind" TEXT NOT NULL,
    "days" INTEGER,
    "n" INTEGER NOT NULL,

    CONSTRAINT "AssessmentFollowUpMonth_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentPendingTask" (
    "txid" BIGINT NOT NULL,
    "taskId" TEXT NOT NULL,

    CONSTRAINT "AssessmentPendingTask_pkey" PRIMARY KEY ("txid","taskId")
);

-- CreateTable
CREATE TABLE "AssessmentPendingLibrary" (
    "txid" BIGINT NOT NULL,
    "libraryId" TEXT NOT NULL,
    "delta" INTEGER NOT NULL,

    CONSTRAINT "AssessmentPendingLibrary_pkey" PRIMARY KEY ("txid","libraryId")
);

-- CreateTable
CREATE TABLE "AssessmentPendingTransaction" (
    "txid" BIGINT NOT NULL,

    CONSTRAINT "AssessmentPendingTransaction_pkey" PRIMARY KEY ("txid")
);

-- CreateIndex
CREATE INDEX "AssessmentUnitMonth_windowMonth_idx" ON "AssessmentUnitMonth"("windowMonth");

-- CreateIndex
CREATE INDEX "AssessmentUnitMonth_startMonth_idx" ON "AssessmentUnitMonth"("startMonth");

-- CreateIndex
CREATE INDEX "AssessmentUnitMonth_entry_windowTo_idx" ON "AssessmentUnitMonth"("entry", "windowTo");

-- CreateIndex
CREATE INDEX "AssessmentFollowUpMonth_foundMonth_idx" ON "AssessmentFollowUpMonth"("foundMonth");

-- The first day of a date's month (date arithmetic: no time zone involved).
CREATE OR REPLACE FUNCTION ssj_month(d date) RETURNS date AS $$
  SELECT d - (extract(day FROM d)::int - 1)
$$ LANGUAGE sql IMMUTABLE;

-- ——— the refresh: a task's first-level rows recomputed, their difference applied to the month tables ————————

CREATE OR REPLACE FUNCTION ssj_assessment_refresh(task_ids text[]) RETURNS void AS $$
DECLARE
  zero_months text[];
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
  month AS (
    INSERT INTO "AssessmentUnitMonth" AS a ("id", "executingUnitId", "responsibleUnitId", "windowMonth", "startMonth", "entry", "windowTo", "dueOn", "publishedOn",
      "tasks", "tasksCompleted", "tasksCompletedOnTime", "targets", "completed", "closed")
    SELECT concat_ws('|', "executingUnitId", "responsibleUnitId", ssj_day_key("windowMonth"), ssj_day_key("startMonth"), "entry", ssj_day_key("windowTo"),
        ssj_day_key("dueOn"), ssj_day_key("publishedOn")),
      "executingUnitId", "responsibleUnitId", "windowMonth", "startMonth", "entry", "windowTo", "dueOn", "publishedOn",
      sum(s * "tasks"), sum(s * "tasksCompleted"), sum(s * "tasksCompletedOnTime"), sum(s * "targets"), sum(s * "completed"), sum(s * "closed")
    FROM (SELECT s, "executingUnitId", "responsibleUnitId", ssj_month("windowTo") AS "windowMonth", ssj_month("startOn") AS "startMonth", "entry",
                 CASE WHEN "entry" = 'RUNNING' THEN "windowTo" END AS "windowTo", "dueOn", "publishedOn",
                 "tasks", "tasksCompleted", "tasksCompletedOnTime", "targets", "completed", "closed"
          FROM delta) d
    GROUP BY "executingUnitId", "responsibleUnitId", "windowMonth", "startMonth", "entry", "windowTo", "dueOn", "publishedOn"
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
  SELECT (SELECT array_agg("id") FROM month WHERE "zero"), (SELECT array_agg("id") FROM line WHERE "zero") INTO zero_months, zero_lines;

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
    INSERT INTO "AssessmentFollowUpMonth" AS a ("id", "unitId", "foundMonth", "kind", "days", "n")
    SELECT concat_ws('|', "unitId", ssj_day_key("foundMonth"), "kind", COALESCE("days"::text, '')), "unitId", "foundMonth", "kind", "days", sum(s * "n")
    FROM (SELECT d.s, d."unitId", ssj_month(d."foundOn") AS "foundMonth", k."kind", k."days", d."n"
          FROM (SELECT -1 AS s, * FROM old UNION ALL SELECT 1 AS s, * FROM ins) d
          CROSS JOIN LATERAL (VALUES ('F', NULL::int), ('H', d."handDays"), ('C', d."closeDays")) k("kind", "days")
          WHERE k."kind" = 'F' OR k."days" IS NOT NULL) x
    GROUP BY "unitId", "foundMonth", "kind", "days"
    HAVING sum(s * "n") <> 0
    ORDER BY 1
    ON CONFLICT ("id") DO UPDATE SET "n" = a."n" + EXCLUDED."n"
    RETURNING a."id", a."n" = 0 AS "zero"
  )
  SELECT array_agg("id") FILTER (WHERE "zero") INTO zero_found FROM up;

  IF zero_months IS NOT NULL THEN DELETE FROM "AssessmentUnitMonth" WHERE "id" = ANY(zero_months) AND "tasks" = 0 AND "targets" = 0; END IF;
  IF zero_lines IS NOT NULL THEN DELETE FROM "AssessmentPlanLine" WHERE "id" = ANY(zero_lines) AND "tasks" = 0 AND "targets" = 0; END IF;
  IF zero_found IS NOT NULL THEN DELETE FROM "AssessmentFollowUpMonth" WHERE "id" = ANY(zero_found) AND "n" = 0; END IF;
END
$$ LANGUAGE plpgsql;

-- ——— the statement triggers note what their transaction changed; the refresh runs at commit ————————————————

-- Notes tasks to refresh when the transaction commits (and makes sure its flush is queued, once).
CREATE OR REPLACE FUNCTION ssj_assessment_queue(task_ids text[]) RETURNS void AS $$
DECLARE
  n int;
BEGIN
  INSERT INTO "AssessmentPendingTask" ("txid", "taskId")
  SELECT DISTINCT txid_current(), x FROM unnest(task_ids) x WHERE x IS NOT NULL
  ON CONFLICT DO NOTHING;
  GET DIAGNOSTICS n = ROW_COUNT;
  IF n > 0 THEN
    INSERT INTO "AssessmentPendingTransaction" ("txid") VALUES (txid_current()) ON CONFLICT DO NOTHING;
  END IF;
END
$$ LANGUAGE plpgsql;

-- At commit (deferred constraint trigger on AssessmentPendingTransaction): the transaction's tasks refreshed in one
-- call, its library size changes applied in key order; its pending rows deleted.
CREATE OR REPLACE FUNCTION ssj_assessment_flush() RETURNS trigger AS $$
DECLARE
  ids text[];
BEGIN
  DELETE FROM "AssessmentPendingTransaction" WHERE "txid" = NEW."txid";
  ids := ARRAY(SELECT "taskId" FROM "AssessmentPendingTask" WHERE "txid" = NEW."txid");
  DELETE FROM "AssessmentPendingTask" WHERE "txid" = NEW."txid";
  PERFORM ssj_assessment_refresh(ids);
  INSERT INTO "AssessmentLibrarySize" AS a ("libraryId", "size")
  SELECT "libraryId", "delta" FROM "AssessmentPendingLibrary" WHERE "txid" = NEW."txid" AND "delta" <> 0 ORDER BY 1
  ON CONFLICT ("libraryId") DO UPDATE SET "size" = a."size" + EXCLUDED."size";
  DELETE FROM "AssessmentPendingLibrary" WHERE "txid" = NEW."txid";
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE CONSTRAINT TRIGGER "AssessmentPendingTransaction_flush" AFTER INSERT ON "AssessmentPendingTransaction"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ssj_assessment_flush();

CREATE OR REPLACE FUNCTION ssj_assessment_task_changed() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM ssj_assessment_queue(ARRAY(SELECT "id" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM ssj_assessment_queue(ARRAY(SELECT "id" FROM old_rows));
  ELSE
    PERFORM ssj_assessment_queue(ARRAY(
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
    PERFORM ssj_assessment_queue(ARRAY(SELECT "taskId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM ssj_assessment_queue(ARRAY(SELECT "taskId" FROM old_rows));
  ELSE
    PERFORM ssj_assessment_queue(ARRAY(
      SELECT x FROM new_rows n JOIN old_rows o ON o."id" = n."id", LATERAL (VALUES (n."taskId"), (o."taskId")) v(x)
      WHERE (n."taskId", n."status", n."transferredToUnitId") IS DISTINCT FROM (o."taskId", o."status", o."transferredToUnitId")));
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION ssj_assessment_result_changed() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM ssj_assessment_queue(ARRAY(SELECT tt."taskId" FROM new_rows r JOIN "TaskTarget" tt ON tt."id" = r."taskTargetId"));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM ssj_assessment_queue(ARRAY(SELECT tt."taskId" FROM old_rows r JOIN "TaskTarget" tt ON tt."id" = r."taskTargetId"));
  ELSE
    PERFORM ssj_assessment_queue(ARRAY(
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
    PERFORM ssj_assessment_queue(ARRAY(
      SELECT tt."taskId" FROM new_rows f JOIN "Result" r ON r."id" = f."resultId" JOIN "TaskTarget" tt ON tt."id" = r."taskTargetId"));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM ssj_assessment_queue(ARRAY(
      SELECT tt."taskId" FROM old_rows f JOIN "Result" r ON r."id" = f."resultId" JOIN "TaskTarget" tt ON tt."id" = r."taskTargetId"));
  ELSE
    PERFORM ssj_assessment_queue(ARRAY(
      SELECT tt."taskId" FROM new_rows n JOIN old_rows o ON o."id" = n."id", LATERAL (VALUES (n."resultId"), (o."resultId")) v(x)
      JOIN "Result" r ON r."id" = v.x JOIN "TaskTarget" tt ON tt."id" = r."taskTargetId"
      WHERE (n."resultId", n."handedOverAt", n."closedAt") IS DISTINCT FROM (o."resultId", o."handedOverAt", o."closedAt")));
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

-- G7: current targets per library, from Target's own rows (no join: a delta per statement, summed per transaction).
CREATE OR REPLACE FUNCTION ssj_assessment_target_changed() RETURNS trigger AS $$
DECLARE
  n int;
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "AssessmentPendingLibrary" AS p ("txid", "libraryId", "delta")
    SELECT txid_current(), "libraryId", count(*)::int FROM new_rows WHERE "retiredAt" IS NULL GROUP BY "libraryId"
    ON CONFLICT ("txid", "libraryId") DO UPDATE SET "delta" = p."delta" + EXCLUDED."delta";
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "AssessmentPendingLibrary" AS p ("txid", "libraryId", "delta")
    SELECT txid_current(), "libraryId", -count(*)::int FROM old_rows WHERE "retiredAt" IS NULL GROUP BY "libraryId"
    ON CONFLICT ("txid", "libraryId") DO UPDATE SET "delta" = p."delta" + EXCLUDED."delta";
  ELSE
    INSERT INTO "AssessmentPendingLibrary" AS p ("txid", "libraryId", "delta")
    SELECT txid_current(), "libraryId", sum(s)::int FROM (
      SELECT "libraryId", 1 AS s FROM new_rows WHERE "retiredAt" IS NULL
      UNION ALL SELECT "libraryId", -1 FROM old_rows WHERE "retiredAt" IS NULL
    ) d GROUP BY "libraryId" HAVING sum(s) <> 0
    ON CONFLICT ("txid", "libraryId") DO UPDATE SET "delta" = p."delta" + EXCLUDED."delta";
  END IF;
  GET DIAGNOSTICS n = ROW_COUNT;
  IF n > 0 THEN
    INSERT INTO "AssessmentPendingTransaction" ("txid") VALUES (txid_current()) ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

-- ——— backfill: the month tables from the first level (per task), already up to date ————————————————————————

INSERT INTO "AssessmentUnitMonth" ("id", "executingUnitId", "responsibleUnitId", "windowMonth", "startMonth", "entry", "windowTo", "dueOn", "publishedOn",
  "tasks", "tasksCompleted", "tasksCompletedOnTime", "targets", "completed", "closed")
SELECT concat_ws('|', "executingUnitId", "responsibleUnitId", ssj_day_key("windowMonth"), ssj_day_key("startMonth"), "entry", ssj_day_key("windowTo"),
    ssj_day_key("dueOn"), ssj_day_key("publishedOn")),
  "executingUnitId", "responsibleUnitId", "windowMonth", "startMonth", "entry", "windowTo", "dueOn", "publishedOn",
  sum("tasks"), sum("tasksCompleted"), sum("tasksCompletedOnTime"), sum("targets"), sum("completed"), sum("closed")
FROM (SELECT "executingUnitId", "responsibleUnitId", ssj_month("windowTo") AS "windowMonth", ssj_month("startOn") AS "startMonth", "entry",
             CASE WHEN "entry" = 'RUNNING' THEN "windowTo" END AS "windowTo", "dueOn", "publishedOn",
             "tasks", "tasksCompleted", "tasksCompletedOnTime", "targets", "completed", "closed"
      FROM "AssessmentTaskFact") f
GROUP BY "executingUnitId", "responsibleUnitId", "windowMonth", "startMonth", "entry", "windowTo", "dueOn", "publishedOn"
HAVING sum("tasks") <> 0 OR sum("tasksCompleted") <> 0 OR sum("tasksCompletedOnTime") <> 0 OR sum("targets") <> 0 OR sum("completed") <> 0 OR sum("closed") <> 0;

INSERT INTO "AssessmentFollowUpMonth" ("id", "unitId", "foundMonth", "kind", "days", "n")
SELECT concat_ws('|', "unitId", ssj_day_key("foundMonth"), "kind", COALESCE("days"::text, '')), "unitId", "foundMonth", "kind", "days", sum("n")
FROM (SELECT f."unitId", ssj_month(f."foundOn") AS "foundMonth", k."kind", k."days", f."n"
      FROM "AssessmentTaskFollowUp" f
      CROSS JOIN LATERAL (VALUES ('F', NULL::int), ('H', f."handDays"), ('C', f."closeDays")) k("kind", "days")
      WHERE k."kind" = 'F' OR k."days" IS NOT NULL) x
GROUP BY "unitId", "foundMonth", "kind", "days"
HAVING sum("n") <> 0;
