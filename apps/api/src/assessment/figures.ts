// Rule 25 (P6, G7, G33): the assessment figures, aggregated by the database (GROUP BY with a bureau-wide total
// through GROUPING SETS), never by loading records into JavaScript. The definitions are those of
// packages/domain assessment.ts — a test feeds the same random records to both and requires equal figures:
// (packages/domain figureDefinitions.ts words them for leadership):
// - plan coverage: remit items — the checklist as it stood at the period's end, from the item versions — covered
//   by a regular line of a filed plan of a year the period touches;
// - plan execution: regular lines of filed plans whose window ends in the period; planned = estimated counts;
//   every target of the tasks run for them (Task.planItemId), completed, and published on time;
// - task completion: the unit's tasks (not cancelled) whose window ends in the period; the targets of such tasks the
//   unit answers for (its own not transferred away, those transferred to it); completed = inspected or closed as
//   unreachable / deregistered (rule 23), a transferred one once its result is entered; done = published on time;
// - timely entry: the targets the unit answers for, of tasks whose result clock starts in the period — the earlier
//   of completion and the window's end, or the window's end once it has passed unmarked. A result published (China
//   date) by its due date (the 20th working day: stored at completion, or computed from the window's end for a task
//   never marked complete) is on time, after it late; unpublished past it is missing, before it pending;
// - follow-up: violations found (submitted with a follow-up action, or handed over after a correction) with the
//   inspection day in the period, by the unit responsible for the result; handed over and closed with calendar-
//   day medians;
// - directories: library sizes (current targets) and the days since the last confirmation.
// Timestamps are read as China dates by adding 8 hours (China has no daylight saving time).
//
// Two implementations of the same figures: assessmentFigures, what the API answers, reads the aggregates the
// database keeps up to date in every writing transaction (migrations …_assessment_aggregates and …_month_rollups: per
// task, then per unit × month of the window's end and of the clock's start, per plan line, per unit × month of the
// inspection day; a few thousand rows), for whole-month periods, several at once (the trend's months, one set of
// queries grouped by month); assessmentFiguresFromFacts, the full
// recomputation from tasks, targets and results (assessmentFiguresFromFactsOfPeriods: several periods in one
// statement), is the reference they are tested against (assessmentAggregates test) and what the benchmark compares with. What depends on "today" (missing or pending, a running task's due
// date) is classified when read, from the due dates and window ends the aggregates keep.
import type { PrismaClient } from '@ssj/db';
import { Prisma } from '@ssj/db/client';
import { calendarDaysBetween, resultDueDate } from '@ssj/domain';
import { loadHolidayCalendar } from '../holidayCalendar.ts';
import { fromDateColumn } from '../dateColumn.ts';

export type Period = { from: string; to: string };

export type UnitFigures = {
  /** null = the bureau-wide total. */
  unitId: string | null;
  planCoverage: { covered: number; total: number; share: number | null; missing: string[] };
  planExecution: { lines: number; linesWithoutTask: number; planned: number; drawn: number; completed: number; done: number; share: number | null };
  taskCompletion: {
    tasks: number;
    tasksCompleted: number;
    tasksCompletedOnTime: number;
    targetsDrawn: number;
    targetsCompleted: number;
    targetsClosed: number;
    targetsTransferred: number;
    targetsTransferredIn: number;
    targetsDone: number;
    targetsLate: number;
    targetsMissing: number;
    share: number | null;
  };
  timelyEntry: { onTime: number; late: number; missingPastDue: number; pending: number; deadlineUnknown: number; share: number | null };
  followUp: { found: number; handedOver: number; closed: number; medianDaysToHandOver: number | null; medianDaysToClose: number | null };
  directories: {
    targets: { libraries: { libraryId: string; size: number }[]; size: number; lastConfirmedOn: string | null; daysSinceConfirmation: number | null };
    inspectors: { size: number; qualified: number; lastConfirmedOn: string | null; daysSinceConfirmation: number | null };
  };
};

const ratio = (n: number, d: number) => (d === 0 ? null : n / d);
const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
const numOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const isoOf = (v: unknown): string | null => (v === null || v === undefined ? null : v instanceof Date ? fromDateColumn(v) : String(v).slice(0, 10));
/** The bureau-wide row of a GROUPING SETS query has a null unit. */
const TOTAL = '\u0000total';
const keyOf = (unitId: unknown) => (unitId === null || unitId === undefined ? TOTAL : String(unitId));

/** G28: the unit that answers for a target — the one it was transferred to, else the executing unit (result.ts). */
const responsibleUnit = Prisma.sql`COALESCE(tt."transferredToUnitId", t."executingUnitId")`;
const chinaDate = (col: Prisma.Sql) => Prisma.sql`((${col}) + interval '8 hours')::date`;

// Each counted condition is written once; the aggregates below and the drill-down (figureResultIds) both use it.
// The rows are a task `t`, its target `tt`, the target's result `r` (may be absent) and `wd`, the due date of a
// window's end (joined only for a task never marked complete, see windowEndDues).
const published = chinaDate(Prisma.sql`r."publishedAt"`);
/** Rule 20: the day the result clock starts — the earlier of completion and the window's end; the window's end once passed unmarked. */
const clockStart = (now: Prisma.Sql) =>
  Prisma.sql`(CASE WHEN t."completedOn" IS NOT NULL THEN LEAST(t."completedOn", t."windowTo") WHEN t."windowTo" < ${now} THEN t."windowTo" END)`;
/** The due date: stored on the result at completion; for a task never marked complete, 20 working days after its window's end. */
const DUE = Prisma.sql`(CASE WHEN t."completedOn" IS NOT NULL THEN r."dueOn" ELSE wd."due" END)`;
const TARGET = {
  completed: Prisma.sql`(tt."status" IN ('INSPECTED', 'CLOSED_UNREACHABLE', 'CLOSED_DEREGISTERED') OR (tt."status" = 'TRANSFERRED' AND r."submittedAt" IS NOT NULL))`,
  closed: Prisma.sql`tt."status" IN ('CLOSED_UNREACHABLE', 'CLOSED_DEREGISTERED')`,
  transferred: Prisma.sql`${responsibleUnit} <> t."executingUnitId"`,
};
const ENTRY = {
  onTime: Prisma.sql`${DUE} IS NOT NULL AND r."publishedAt" IS NOT NULL AND ${published} <= ${DUE}`,
  late: Prisma.sql`${DUE} IS NOT NULL AND r."publishedAt" IS NOT NULL AND ${published} > ${DUE}`,
  missing: (now: Prisma.Sql) => Prisma.sql`${DUE} IS NOT NULL AND r."publishedAt" IS NULL AND ${now} > ${DUE}`,
  pending: (now: Prisma.Sql) => Prisma.sql`${DUE} IS NOT NULL AND r."publishedAt" IS NULL AND ${now} <= ${DUE}`,
  unknown: Prisma.sql`${DUE} IS NULL`,
};
/**
 * A recomputation's completion counts over rows of targets flagged "ends" (the task's window ends in the period) and
 * "starts" (its results' clock starts in it) and by their entry state (ENTRY).
 */
const TARGET_COUNTS = Prisma.sql`
        count(*) FILTER (WHERE "ends")::int AS "targetsDrawn",
        count(*) FILTER (WHERE "ends" AND "completed")::int AS "targetsCompleted",
        count(*) FILTER (WHERE "ends" AND "closed")::int AS "targetsClosed",
        count(*) FILTER (WHERE "ends" AND "transferred")::int AS "targetsTransferredIn",
        count(*) FILTER (WHERE "ends" AND "onTime")::int AS "targetsDone",
        count(*) FILTER (WHERE "ends" AND "late")::int AS "targetsLate",
        count(*) FILTER (WHERE "ends" AND "missing")::int AS "targetsMissing",
        count(*) FILTER (WHERE "starts" AND "onTime")::int AS "onTime",
        count(*) FILTER (WHERE "starts" AND "late")::int AS "late",
        count(*) FILTER (WHERE "starts" AND "missing")::int AS "missingPastDue",
        count(*) FILTER (WHERE "starts" AND "pending")::int AS "pending",
        count(*) FILTER (WHERE "starts" AND "unknown")::int AS "deadlineUnknown"`;
/** Task, target, result and window-end due date, joined as ENTRY and TARGET read them. */
const TARGET_ROWS = Prisma.sql`"Task" t JOIN "TaskTarget" tt ON tt."taskId" = t."id" LEFT JOIN "Result" r ON r."taskTargetId" = tt."id"
  LEFT JOIN wd ON t."completedOn" IS NULL AND wd."day" = t."windowTo"`;

/**
 * Rule 20 for a task whose window has ended without being marked complete: its results are due 20 working days
 * after the window's last day. Working days need the holiday calendar, so the few distinct window ends are read,
 * their due dates computed by the domain, and handed back to SQL as the `wd` table of a WITH clause.
 * This one reads the window ends from the aggregates (every task not cancelled has a row there).
 */
export async function windowEndDues(db: PrismaClient | Prisma.TransactionClient, today: string): Promise<Prisma.Sql> {
  return duesOf(
    db,
    db.$queryRaw<{ day: Date | string }[]>`
      SELECT DISTINCT "windowTo" AS "day" FROM "AssessmentUnitMonth" WHERE "entry" = 'RUNNING' AND "windowTo" < ${today}::date`,
  );
}

/** windowEndDues read from the tasks themselves (the full recomputation and the drill-down). */
export async function windowEndDuesFromFacts(db: PrismaClient | Prisma.TransactionClient, today: string): Promise<Prisma.Sql> {
  return duesOf(
    db,
    db.$queryRaw<{ day: Date | string }[]>`
      SELECT DISTINCT "windowTo" AS "day" FROM "Task" WHERE "completedOn" IS NULL AND "status" <> 'CANCELLED' AND "windowTo" < ${today}::date`,
  );
}

async function duesOf(db: PrismaClient | Prisma.TransactionClient, windowEnds: Promise<{ day: Date | string }[]>): Promise<Prisma.Sql> {
  const [ends, calendar] = await Promise.all([windowEnds, loadHolidayCalendar(db)]);
  const days: string[] = [];
  const dues: (string | null)[] = [];
  for (const e of ends) {
    const day = isoOf(e.day)!;
    let due: string | null = null;
    try {
      due = resultDueDate(day, calendar);
    } catch {
      // A due date that cannot be computed is flagged (deadlineUnknown), not guessed.
    }
    days.push(day);
    dues.push(due);
  }
  // Two array parameters, not two per day: a thousand window ends would otherwise be two thousand parameters.
  return Prisma.sql`wd("day", "due") AS (SELECT * FROM unnest(${days}::text[]::date[], ${dues}::text[]::date[]))`;
}
/** The holiday calendar as one JSON value (years, then entries), read by SQL: what the due dates depend on. */
const CALENDAR_JSON = Prisma.sql`json_build_array(
  (SELECT json_agg("year" ORDER BY "year") FROM "CalendarYear"),
  (SELECT json_agg(json_build_array("date", "kind", "name") ORDER BY "date") FROM "CalendarEntry"))::text`;
const CALENDAR_MD5 = Prisma.sql`md5(${CALENDAR_JSON})`;

/**
 * The window-end due dates this process has computed (rule 20), for the calendar they were computed with (the md5
 * of CALENDAR_JSON). No replica needs to tell another: every statement that uses them reads the calendar's md5 and
 * the window ends in its own snapshot, and is run again after refreshDues when they do not match. It holds the
 * window ends there are now and no others (see `nextDueCache`), so it does not grow with the years.
 */
type DueCache = { calendar: string | null; dues: ReadonlyMap<string, string | null> };
let dueCache: DueCache = { calendar: null, dues: new Map() };

/**
 * The cache after a read of the calendar's md5 and the current window ends: a due date is kept from `prev` when
 * the calendar is the same, computed (`due`) when new, and dropped when its window end is no longer current — a
 * window whose units all settled, or every entry after the calendar changed.
 */
export function nextDueCache(prev: DueCache, calendar: string, ends: readonly string[], due: (day: string) => string | null): DueCache {
  const dues = new Map<string, string | null>();
  for (const day of ends) {
    if (dues.has(day)) continue;
    dues.set(day, prev.calendar === calendar && prev.dues.has(day) ? prev.dues.get(day)! : due(day));
  }
  return { calendar, dues };
}

/** Reads the calendar and the window ends (one snapshot) and computes the due dates missing from dueCache. */
async function refreshDues(db: PrismaClient | Prisma.TransactionClient, today: string): Promise<void> {
  const [r] = await db.$queryRaw<{ calendar: string; md5: string; ends: string[] | null }[]>`
    WITH c AS (SELECT ${CALENDAR_JSON} AS "calendar")
    SELECT c."calendar", md5(c."calendar") AS "md5",
      (SELECT json_agg(DISTINCT "windowTo") FROM "AssessmentUnitMonth" WHERE "entry" = 'RUNNING' AND "windowTo" < ${today}::date) AS "ends"
    FROM c`;
  const [years, entries] = JSON.parse(r!.calendar) as [number[] | null, [string, string, string | null][] | null];
  const calendar = {
    years: years ?? [],
    entries: (entries ?? []).map(([date, kind, name]) => ({ date: date.slice(0, 10), kind, name })),
  } as Awaited<ReturnType<typeof loadHolidayCalendar>>;
  dueCache = nextDueCache(
    dueCache,
    r!.md5,
    (r!.ends ?? []).map((e) => isoOf(e)!),
    (day) => {
      try {
        return resultDueDate(day, calendar);
      } catch {
        return null; // A due date that cannot be computed is flagged (deadlineUnknown), not guessed.
      }
    },
  );
}

/** Rule 24: a violation found — submitted with a follow-up action, or handed over after a correction. */
const VIOLATION_FOUND = Prisma.sql`(r."followUpAction" <> 'NONE' AND r."status" IN ('PENDING_REVIEW', 'APPROVED', 'PUBLISHED')) OR f."id" IS NOT NULL`;
const FOUND_ON = Prisma.sql`COALESCE(r."inspectedOn", ${chinaDate(Prisma.sql`r."submittedAt"`)})`;
/** A recomputation's violations found (rule 24): each result that found one, its unit, day, hand-over and closing. */
const FOUND_ROWS = Prisma.sql`
        SELECT ${responsibleUnit} AS "unitId",
               ${FOUND_ON} AS "foundOn",
               ${chinaDate(Prisma.sql`f."handedOverAt"`)} AS "handedOverOn",
               ${chinaDate(Prisma.sql`f."closedAt"`)} AS "closedOn",
               f."id" AS "followUpId"
        FROM "Result" r
        JOIN "TaskTarget" tt ON tt."id" = r."taskTargetId"
        JOIN "Task" t ON t."id" = tt."taskId"
        LEFT JOIN "FollowUp" f ON f."resultId" = r."id"
        WHERE ${VIOLATION_FOUND}`;
/** A recomputation's follow-up figures over FOUND_ROWS. */
const FOLLOW_UP_COUNTS = Prisma.sql`
        count(*)::int AS "found",
        count("followUpId")::int AS "handedOver",
        count("closedOn") FILTER (WHERE "followUpId" IS NOT NULL)::int AS "closed",
        percentile_cont(0.5) WITHIN GROUP (ORDER BY ("handedOverOn" - "foundOn")) FILTER (WHERE "followUpId" IS NOT NULL) AS "medianDaysToHandOver",
        percentile_cont(0.5) WITHIN GROUP (ORDER BY ("closedOn" - "handedOverOn")) FILTER (WHERE "closedOn" IS NOT NULL) AS "medianDaysToClose"`;

type Row = Record<string, unknown>;
/** The query results the figures are assembled from — the same shapes from the aggregates and from the facts. */
type FigureRows = {
  units: { id: string }[];
  coverage: { unitId: string | null; total: number; covered: number; missing: string[] | null }[];
  execution: Row[];
  tasks: Row[];
  completion: Row[];
  followUp: Row[];
  libraries: { id: string; unitId: string; size: number }[];
  inspectors: { unitId: string | null; size: number; qualified: number }[];
  confirmations: { unitId: string; last: Date | string | null }[];
};

/** A period's bounds as SQL, and the unit filter. */
function scopeOf(period: Period, today: string, unitIds?: readonly string[]) {
  return {
    from: Prisma.sql`${period.from}::date`,
    to: Prisma.sql`${period.to}::date`,
    now: Prisma.sql`${today}::date`,
    /** `AND <column> is one of the units asked for`, or nothing when all units are asked for. */
    only: (column: Prisma.Sql) =>
      !unitIds ? Prisma.empty : unitIds.length === 0 ? Prisma.sql`AND FALSE` : Prisma.sql`AND ${column} IN (${Prisma.join([...unitIds])})`,
    y1: Number(period.from.slice(0, 4)),
    y2: Number(period.to.slice(0, 4)),
    // Rule 1: the checklist as it stood at the period's end (today for a running period).
    asOf: Prisma.sql`${period.to < today ? period.to : today}::date`,
  };
}
type Scope = ReturnType<typeof scopeOf>;

/** The figures read from small tables, the same in both implementations: units, plan coverage, inspectors, confirmations. */
function sharedQueries(db: PrismaClient | Prisma.TransactionClient, { now, only, y1, y2, asOf }: Scope) {
  return Promise.all([
    db.$queryRaw<FigureRows['units']>`SELECT "id" FROM "Unit" WHERE "retiredAt" IS NULL ${only(Prisma.sql`"id"`)} ORDER BY "code"`,
    db.$queryRaw<FigureRows['coverage']>`
      WITH asof AS (
        SELECT DISTINCT ON (v."checkItemId") v."checkItemId" AS "id", v."change", v."snapshot"
        FROM "CheckItemVersion" v WHERE ${chinaDate(Prisma.sql`v."changedAt"`)} <= ${asOf}
        ORDER BY v."checkItemId", v."version" DESC
      ),
      remit_all AS (
        SELECT u."unitId", a."id" FROM asof a CROSS JOIN LATERAL jsonb_array_elements_text(a."snapshot"->'remitUnitIds') AS u("unitId")
        WHERE a."change" <> 'RETIRE'
        UNION
        -- An item without versions (written outside the API): its creation and retirement dates, its current remit.
        SELECT cr."B", ci."id" FROM "_CheckItemRemit" cr JOIN "CheckItem" ci ON ci."id" = cr."A"
        WHERE NOT EXISTS (SELECT 1 FROM "CheckItemVersion" v WHERE v."checkItemId" = ci."id")
          AND ${chinaDate(Prisma.sql`ci."createdAt"`)} <= ${asOf} AND (ci."retiredAt" IS NULL OR ${chinaDate(Prisma.sql`ci."retiredAt"`)} > ${asOf})
      ),
      remit AS (SELECT "unitId", "id" FROM remit_all WHERE TRUE ${only(Prisma.sql`"unitId"`)}),
      planned AS (
        SELECT DISTINCT p."unitId", pi."checkItemId" FROM "Plan" p JOIN "PlanItem" pi ON pi."planId" = p."id"
        WHERE p."status" = 'FILED' AND p."year" BETWEEN ${y1} AND ${y2} AND pi."temporary" = false
      )
      SELECT r."unitId", count(*)::int AS "total", count(pl."checkItemId")::int AS "covered",
             array_agg(r."id" ORDER BY r."id" COLLATE "C") FILTER (WHERE pl."checkItemId" IS NULL) AS "missing"
      FROM remit r LEFT JOIN planned pl ON pl."unitId" = r."unitId" AND pl."checkItemId" = r."id"
      GROUP BY GROUPING SETS ((r."unitId"), ())`,
    db.$queryRaw<FigureRows['inspectors']>`
      SELECT "unitId", count(*)::int AS "size", count(*) FILTER (WHERE "qualified")::int AS "qualified"
      FROM "Inspector" WHERE "retiredAt" IS NULL ${only(Prisma.sql`"unitId"`)} GROUP BY GROUPING SETS (("unitId"), ())`,
    // Rule 4: one confirmation covers both directories; a confirmation after `today` cannot have happened yet.
    db.$queryRaw<FigureRows['confirmations']>`
      SELECT "unitId", max(${chinaDate(Prisma.sql`"confirmedAt"`)}) AS "last"
      FROM "DirectoryConfirmation" WHERE ${chinaDate(Prisma.sql`"confirmedAt"`)} <= ${now} GROUP BY "unitId"`,
  ]);
}

/** Plan lines (rule 25 "completed vs planned") of filed plans whose window ends in the period. */
const linesOf = ({ from, to, only, y1, y2 }: Scope) => Prisma.sql`lines AS (
  SELECT pi."id", p."unitId", pi."estimatedCount" FROM "Plan" p JOIN "PlanItem" pi ON pi."planId" = p."id"
  WHERE p."status" = 'FILED' AND p."year" BETWEEN ${y1} AND ${y2} AND pi."temporary" = false AND pi."windowTo" BETWEEN ${from} AND ${to}
  ${only(Prisma.sql`p."unitId"`)}
)`;

/** The periods as the table `per` of a WITH clause: index, bounds, the plan years they touch, the day the checklist is read as of (rule 1). */
function periodsTable(periods: readonly Period[], today: string): Prisma.Sql {
  const asOf = (p: Period) => (p.to < today ? p.to : today);
  return Prisma.sql`per("i", "from", "to", "y1", "y2", "asOf") AS (SELECT * FROM unnest(${periods.map((_, i) => i)}::int[],
    ${periods.map((p) => p.from)}::text[]::date[], ${periods.map((p) => p.to)}::text[]::date[],
    ${periods.map((p) => Number(p.from.slice(0, 4)))}::int[], ${periods.map((p) => Number(p.to.slice(0, 4)))}::int[],
    ${periods.map(asOf)}::text[]::date[]))`;
}

/**
 * Plan coverage of each period of `per` (periodsTable), per unit and in total: the remit as the checklist stood at
 * the period's end (from the item versions) against the regular lines of filed plans of the years it touches. Read
 * from the facts (there is no aggregate of it), by assessmentFiguresOfPeriods and assessmentFiguresFromFactsOfPeriods.
 */
const coverageOfPeriods = (only: Scope['only']) => Prisma.sql`
      WITH asof AS (
        SELECT DISTINCT ON (per."i", v."checkItemId") per."i", v."checkItemId" AS "id", v."change", v."snapshot"
        FROM per JOIN "CheckItemVersion" v ON ${chinaDate(Prisma.sql`v."changedAt"`)} <= per."asOf"
        ORDER BY per."i", v."checkItemId", v."version" DESC
      ),
      remit_all AS (
        SELECT a."i", u."unitId", a."id" FROM asof a CROSS JOIN LATERAL jsonb_array_elements_text(a."snapshot"->'remitUnitIds') AS u("unitId")
        WHERE a."change" <> 'RETIRE'
        UNION
        -- An item without versions (written outside the API): its creation and retirement dates, its current remit.
        SELECT per."i", cr."B", ci."id" FROM per CROSS JOIN "_CheckItemRemit" cr JOIN "CheckItem" ci ON ci."id" = cr."A"
        WHERE NOT EXISTS (SELECT 1 FROM "CheckItemVersion" v WHERE v."checkItemId" = ci."id")
          AND ${chinaDate(Prisma.sql`ci."createdAt"`)} <= per."asOf" AND (ci."retiredAt" IS NULL OR ${chinaDate(Prisma.sql`ci."retiredAt"`)} > per."asOf")
      ),
      remit AS (SELECT "i", "unitId", "id" FROM remit_all WHERE TRUE ${only(Prisma.sql`"unitId"`)}),
      planned AS (
        SELECT DISTINCT per."i", p."unitId", pi."checkItemId" FROM per JOIN "Plan" p ON p."year" BETWEEN per."y1" AND per."y2"
        JOIN "PlanItem" pi ON pi."planId" = p."id"
        WHERE p."status" = 'FILED' AND pi."temporary" = false
      )
      SELECT r."i", r."unitId", count(*)::int AS "total", count(pl."checkItemId")::int AS "covered",
             array_agg(r."id" ORDER BY r."id" COLLATE "C") FILTER (WHERE pl."checkItemId" IS NULL) AS "missing"
      FROM remit r LEFT JOIN planned pl ON pl."i" = r."i" AND pl."unitId" = r."unitId" AND pl."checkItemId" = r."id"
      GROUP BY GROUPING SETS ((r."i", r."unitId"), (r."i"))`;

/**
 * The parts of the figures read from the reference tables, the same whether the rest comes from the aggregates or
 * from the facts: the units, plan coverage (per period of `per`), inspector directories and confirmations.
 */
const referenceParts = (only: Scope['only'], now: Scope['now']) => Prisma.sql`
    (SELECT json_agg("id" ORDER BY "code") FROM "Unit" WHERE "retiredAt" IS NULL ${only(Prisma.sql`"id"`)}) AS "units",
    (SELECT json_agg(x) FROM (${coverageOfPeriods(only)}) x) AS "coverage",
    (SELECT json_agg(x) FROM (
      SELECT "unitId", count(*)::int AS "size", count(*) FILTER (WHERE "qualified")::int AS "qualified"
      FROM "Inspector" WHERE "retiredAt" IS NULL ${only(Prisma.sql`"unitId"`)} GROUP BY GROUPING SETS (("unitId"), ())
    ) x) AS "inspectors",
    -- Rule 4: one confirmation covers both directories; a confirmation after today cannot have happened yet.
    (SELECT json_agg(x) FROM (
      SELECT "unitId", max(${chinaDate(Prisma.sql`"confirmedAt"`)}) AS "last"
      FROM "DirectoryConfirmation" WHERE ${chinaDate(Prisma.sql`"confirmedAt"`)} <= ${now} GROUP BY "unitId"
    ) x) AS "confirmations"`;

/** Whether a period is whole months (every period of periodOf is): what the month aggregates can answer. */
export function isWholeMonths(period: Period): boolean {
  const [y, m, d] = period.to.split('-').map(Number) as [number, number, number];
  return period.from.endsWith('-01') && d === new Date(Date.UTC(y, m, 0)).getUTCDate() && period.from <= period.to;
}

/**
 * Every figure of rule 25 for the period, per unit and in total (unitId null), from the aggregates. With `unitIds`
 * the units are those, and the total is theirs: every query below keeps only their rows, so the total row never
 * counts a unit that was not asked for (an empty list asks for none).
 */
export async function assessmentFigures(
  db: PrismaClient | Prisma.TransactionClient,
  period: Period,
  today: string,
  unitIds?: readonly string[],
  /** Window-end due dates to use as they are (windowEndDues); without, those this process keeps per calendar, checked in the statement. */
  dues?: Promise<Prisma.Sql>,
): Promise<UnitFigures[]> {
  return (await assessmentFiguresOfPeriods(db, [period], today, unitIds, dues))[0]!;
}

/**
 * assessmentFigures for several periods at once (the trend's twelve months): each query reads the aggregates once
 * for all of them, grouped by period. The aggregates keep months, so the periods must be whole months; any other
 * period (none comes from the API) is recomputed from the facts.
 */
export async function assessmentFiguresOfPeriods(
  db: PrismaClient | Prisma.TransactionClient,
  periods: readonly Period[],
  today: string,
  unitIds?: readonly string[],
  dues?: Promise<Prisma.Sql>,
): Promise<UnitFigures[][]> {
  if (!periods.every(isWholeMonths)) return assessmentFiguresFromFactsOfPeriods(db, periods, today, unitIds);
  const { now, only } = scopeOf(periods[0]!, today, unitIds);
  const per = periodsTable(periods, today);
  type PerRow = Row & { i: number };
  type Parts = {
    calendar: string;
    ends: string[] | null;
    units: string[] | null;
    coverage: (FigureRows['coverage'][number] & { i: number })[] | null;
    inspectors: FigureRows['inspectors'] | null;
    confirmations: FigureRows['confirmations'] | null;
    tasks: PerRow[] | null;
    found: { i: number; unitId: string; kind: 'F' | 'H' | 'C'; n: number; histogram: string | null }[] | null;
    libraries: FigureRows['libraries'] | null;
    execution: PerRow[] | null;
    completion: PerRow[] | null;
  };
  // The figures in three statements that start at once (three round trips side by side, each part of a statement
  // one JSON array): the reference reads (units, plan coverage, inspectors, confirmations, task counts, library
  // sizes), the follow-ups, and the two parts that need the window-end due dates (plan execution, completion). The
  // due dates (wd) are those this process computed for the calendar, restricted to the window ends there are now;
  // that statement also returns the calendar's md5 and those window ends, read in its own snapshot, and is run
  // again if the due dates it was given do not cover them.
  const refs = db.$queryRaw<Parts[]>`
    WITH ${per}
    SELECT
    ${referenceParts(only, now)},
    (SELECT json_agg(x) FROM (
      SELECT per."i", a."executingUnitId" AS "unitId", sum(a."tasks")::int AS "tasks", sum(a."tasksCompleted")::int AS "tasksCompleted",
        sum(a."tasksCompletedOnTime")::int AS "tasksCompletedOnTime",
        sum(a."targets") FILTER (WHERE a."responsibleUnitId" <> a."executingUnitId")::int AS "targetsTransferred"
      FROM per JOIN "AssessmentUnitMonth" a ON a."windowMonth" BETWEEN per."from" AND per."to"
      WHERE TRUE ${only(Prisma.sql`a."executingUnitId"`)}
      GROUP BY GROUPING SETS ((per."i", a."executingUnitId"), (per."i"))
    ) x) AS "tasks",
    (SELECT json_agg(json_build_object('id', l."id", 'unitId', l."unitId", 'size', COALESCE(s."size", 0)::int) ORDER BY l."code")
      FROM "TargetLibrary" l LEFT JOIN "AssessmentLibrarySize" s ON s."libraryId" = l."id"
      WHERE l."retiredAt" IS NULL ${only(Prisma.sql`l."unitId"`)}) AS "libraries"`;
  const follow = db.$queryRaw<Parts[]>`
    WITH ${per}
    SELECT
    -- Violations found (F), handed over (H) and closed (C) per unit, and the medians' inputs: how many took each
    -- number of days (H: to hand over, C: to close), as one "days:count,…" string per unit and kind — a row per
    -- value would be thousands of rows a year to turn into objects. The bureau-wide total is summed from them below.
    (SELECT json_agg(x) FROM (
      WITH h AS (
        SELECT per."i", a."unitId", a."kind", a."days", sum(a."n") AS "n"
        FROM per JOIN "AssessmentFollowUpMonth" a ON a."foundMonth" BETWEEN per."from" AND per."to"
        WHERE TRUE ${only(Prisma.sql`a."unitId"`)}
        GROUP BY per."i", a."unitId", a."kind", a."days"
      )
      SELECT "i", "unitId", "kind", sum("n")::int AS "n", string_agg("days" || ':' || "n", ',') AS "histogram"
      FROM h GROUP BY "i", "unitId", "kind"
    ) x) AS "found"`;
  const statement = (wd: Prisma.Sql) => db.$queryRaw<Parts[]>`
    WITH ${per}, ends AS (
      SELECT DISTINCT "windowTo" AS "day" FROM "AssessmentUnitMonth" WHERE "entry" = 'RUNNING' AND "windowTo" < ${now}
    ), ${wd}
    SELECT ${CALENDAR_MD5} AS "calendar",
    (SELECT json_agg("day" ORDER BY "day") FROM ends) AS "ends",
    -- Plan lines (rule 25 "completed vs planned") of filed plans whose window ends in the period; per line, its
    -- tasks' targets. A running task's targets are done when published by its window end's due date (wd).
    (SELECT json_agg(x) FROM (
      WITH lines AS (
        SELECT per."i", pi."id", p."unitId", pi."estimatedCount"
        FROM per JOIN "PlanItem" pi ON pi."windowTo" BETWEEN per."from" AND per."to" JOIN "Plan" p ON p."id" = pi."planId"
        WHERE p."status" = 'FILED' AND p."year" BETWEEN per."y1" AND per."y2" AND pi."temporary" = false ${only(Prisma.sql`p."unitId"`)}
      ),
      run AS (
        SELECT a."planItemId", sum(a."tasks") AS "tasks", sum(a."targets") AS "drawn", sum(a."completed") AS "completed",
          sum(a."done") + COALESCE(sum(a."targets") FILTER (WHERE a."runningWindowTo" IS NOT NULL AND a."publishedOn" <= wd."due"), 0) AS "done"
        FROM "AssessmentPlanLine" a LEFT JOIN wd ON wd."day" = a."runningWindowTo"
        WHERE a."planItemId" IN (SELECT "id" FROM lines)
        GROUP BY a."planItemId"
      )
      SELECT l."i", l."unitId", count(*)::int AS "lines", count(*) FILTER (WHERE COALESCE(run."tasks", 0) = 0)::int AS "linesWithoutTask",
        sum(l."estimatedCount")::int AS "planned", sum(run."drawn")::int AS "drawn", sum(run."completed")::int AS "completed", sum(run."done")::int AS "done"
      FROM lines l LEFT JOIN run ON run."planItemId" = l."id"
      GROUP BY GROUPING SETS ((l."i", l."unitId"), (l."i"))
    ) x) AS "execution",
    -- Rows of tasks ending in the period (completion) or whose result clock starts in it (timely entry); the
    -- entry state of a completed task's unpublished targets, and all of a running task's, is decided here.
    (SELECT json_agg(x) FROM (
      WITH rows AS (
        SELECT per."i", a."responsibleUnitId" AS "unitId", a."windowMonth" BETWEEN per."from" AND per."to" AS "ends",
          (CASE WHEN a."startMonth" IS NOT NULL THEN a."startMonth" BETWEEN per."from" AND per."to"
                ELSE a."windowTo" < ${now} AND a."windowMonth" BETWEEN per."from" AND per."to" END) AS "starts",
          a."targets" AS "n", a."completed", a."closed", a."responsibleUnitId" <> a."executingUnitId" AS "transferred",
          CASE a."entry"
            WHEN 'ON_TIME' THEN 'onTime' WHEN 'LATE' THEN 'late' WHEN 'UNKNOWN' THEN 'unknown'
            WHEN 'OPEN' THEN CASE WHEN ${now} > a."dueOn" THEN 'missing' ELSE 'pending' END
            ELSE CASE WHEN wd."due" IS NULL THEN 'unknown'
                      WHEN a."publishedOn" IS NOT NULL THEN CASE WHEN a."publishedOn" <= wd."due" THEN 'onTime' ELSE 'late' END
                      WHEN ${now} > wd."due" THEN 'missing' ELSE 'pending' END
          END AS "e"
        FROM per JOIN "AssessmentUnitMonth" a ON a."windowMonth" BETWEEN per."from" AND per."to" OR a."startMonth" BETWEEN per."from" AND per."to"
        LEFT JOIN wd ON a."entry" = 'RUNNING' AND wd."day" = a."windowTo"
        WHERE TRUE ${only(Prisma.sql`a."responsibleUnitId"`)}
      )
      SELECT "i", "unitId",
        sum("n") FILTER (WHERE "ends")::int AS "targetsDrawn",
        sum("completed") FILTER (WHERE "ends")::int AS "targetsCompleted",
        sum("closed") FILTER (WHERE "ends")::int AS "targetsClosed",
        sum("n") FILTER (WHERE "ends" AND "transferred")::int AS "targetsTransferredIn",
        sum("n") FILTER (WHERE "ends" AND "e" = 'onTime')::int AS "targetsDone",
        sum("n") FILTER (WHERE "ends" AND "e" = 'late')::int AS "targetsLate",
        sum("n") FILTER (WHERE "ends" AND "e" = 'missing')::int AS "targetsMissing",
        sum("n") FILTER (WHERE "starts" AND "e" = 'onTime')::int AS "onTime",
        sum("n") FILTER (WHERE "starts" AND "e" = 'late')::int AS "late",
        sum("n") FILTER (WHERE "starts" AND "e" = 'missing')::int AS "missingPastDue",
        sum("n") FILTER (WHERE "starts" AND "e" = 'pending')::int AS "pending",
        sum("n") FILTER (WHERE "starts" AND "e" = 'unknown')::int AS "deadlineUnknown"
      FROM rows GROUP BY GROUPING SETS (("i", "unitId"), ("i"))
    ) x) AS "completion"`;
  const withDues = async (): Promise<Parts> => {
    if (dues) return (await statement(await dues))[0]!;
    for (let attempt = 0; ; attempt++) {
      const cached = dueCache;
      const days = [...cached.dues.keys()].filter((d) => d < today);
      const wd = Prisma.sql`wd0("day", "due") AS (SELECT * FROM unnest(${days}::text[]::date[], ${days.map((d) => cached.dues.get(d) ?? null)}::text[]::date[])),
        wd AS (SELECT wd0.* FROM wd0 JOIN ends ON ends."day" = wd0."day")`;
      // Past a few attempts (the calendar edited again and again meanwhile), the due dates are read for this request alone.
      const parts = (await statement(attempt < 3 ? wd : await windowEndDues(db, today)))[0]!;
      if (attempt >= 3 || (parts.calendar === cached.calendar && (parts.ends ?? []).every((d) => cached.dues.has(isoOf(d)!)))) return parts;
      await refreshDues(db, today);
    }
  };
  // Prisma's queries start when awaited: Promise.all starts the three at once.
  const [dueParts, [refParts], [followParts]] = await Promise.all([withDues(), refs, follow]);
  const parts: Parts = { ...dueParts!, ...refParts!, ...followParts! };
  const units = (parts.units ?? []).map((id) => ({ id }));
  const [coverage, inspectors, confirmations, tasks, found, libraries, execution, completion] = [
    parts.coverage ?? [],
    parts.inspectors ?? [],
    parts.confirmations ?? [],
    parts.tasks ?? [],
    parts.found ?? [],
    parts.libraries ?? [],
    parts.execution ?? [],
    parts.completion ?? [],
  ];
  // The rows of each period, grouped once (the trend's twelve months share every result set).
  const byPeriod = <T extends { i: number }>(rows: T[]) => {
    const out: T[][] = periods.map(() => []);
    for (const r of rows) out[r.i]!.push(r);
    return out;
  };
  const [cov, exe, tas, com, fnd] = [byPeriod(coverage), byPeriod(execution), byPeriod(tasks), byPeriod(completion), byPeriod(found)];
  return periods.map((_, i) => {
    // Per unit and for the bureau (TOTAL): found, handed over, closed, and the day histograms of H and C, whose
    // weighted medians are percentile_cont(0.5) over every follow-up counted.
    type Follow = { unitId: string | null; found: number; handedOver: number; closed: number; H: Map<number, number>; C: Map<number, number> };
    const follow = new Map<string, Follow>();
    const followOf = (k: string, unitId: string | null) => {
      let f = follow.get(k);
      if (!f) {
        f = { unitId, found: 0, handedOver: 0, closed: 0, H: new Map(), C: new Map() };
        follow.set(k, f);
      }
      return f;
    };
    for (const r of fnd[i]!) {
      const unit = followOf(keyOf(r.unitId), r.unitId);
      const total = followOf(TOTAL, null);
      if (r.kind === 'F') {
        unit.found += r.n;
        total.found += r.n;
        continue;
      }
      const counted = r.kind === 'H' ? 'handedOver' : 'closed';
      unit[counted] += r.n;
      total[counted] += r.n;
      // "days:count,days:count,…", read once for the unit and the total.
      const h = r.histogram ?? '';
      const [uh, th] = [unit[r.kind], total[r.kind]];
      for (let at = 0; at < h.length; ) {
        const colon = h.indexOf(':', at);
        let comma = h.indexOf(',', colon);
        if (comma < 0) comma = h.length;
        const days = Number(h.slice(at, colon));
        const n = Number(h.slice(colon + 1, comma));
        uh.set(days, (uh.get(days) ?? 0) + n);
        th.set(days, (th.get(days) ?? 0) + n);
        at = comma + 1;
      }
    }
    const median = (h: Map<number, number>) => weightedMedian([...h].map(([days, n]) => ({ days, n })));
    const withMedians = [...follow.values()].map((f) => ({
      unitId: f.unitId,
      found: f.found,
      handedOver: f.handedOver,
      closed: f.closed,
      medianDaysToHandOver: median(f.H),
      medianDaysToClose: median(f.C),
    }));
    return assemble(
      {
        units,
        coverage: cov[i]!,
        execution: exe[i]!,
        tasks: tas[i]!,
        completion: com[i]!,
        followUp: withMedians,
        libraries,
        inspectors,
        confirmations,
      },
      today,
    );
  });
}

/** PostgreSQL's percentile_cont(0.5) over values given with their counts. */
export function weightedMedian(values: readonly { days: number; n: number }[]): number | null {
  const sorted = [...values].filter((v) => v.n > 0).sort((a, b) => a.days - b.days);
  const total = sorted.reduce((a, v) => a + v.n, 0);
  if (total === 0) return null;
  const nth = (i: number) => {
    let seen = 0;
    for (const v of sorted) {
      seen += v.n;
      if (i < seen) return v.days;
    }
    return sorted.at(-1)!.days;
  };
  const pos = (total - 1) / 2;
  const lo = nth(Math.floor(pos));
  const hi = nth(Math.ceil(pos));
  return lo + (hi - lo) * (pos - Math.floor(pos));
}

/**
 * The same figures recomputed from the facts (tasks, targets, results, follow-ups, targets per library): the
 * reference the aggregates are checked against, and the benchmark's "before".
 */
export async function assessmentFiguresFromFacts(
  db: PrismaClient | Prisma.TransactionClient,
  period: Period,
  today: string,
  unitIds?: readonly string[],
  dues?: Promise<Prisma.Sql>,
): Promise<UnitFigures[]> {
  const sc = scopeOf(period, today, unitIds);
  const { from, to, now, only } = sc;
  const wd = await (dues ?? windowEndDuesFromFacts(db, today));
  const start = clockStart(now);

  const [[units, coverage, inspectors, confirmations], execution, tasks, completion, followUp, libraries] = await Promise.all([
    sharedQueries(db, sc),
    // Rule 25 "completed vs planned": per line, its tasks' targets; per unit, the lines.
    db.$queryRaw<Row[]>`
      WITH ${wd}, ${linesOf(sc)},
      run AS (
        SELECT t."planItemId", count(tt."id")::int AS "drawn", count(tt."id") FILTER (WHERE ${TARGET.completed})::int AS "completed",
               count(tt."id") FILTER (WHERE ${ENTRY.onTime})::int AS "done"
        FROM "Task" t JOIN lines l ON l."id" = t."planItemId" LEFT JOIN "TaskTarget" tt ON tt."taskId" = t."id"
        LEFT JOIN "Result" r ON r."taskTargetId" = tt."id" LEFT JOIN wd ON t."completedOn" IS NULL AND wd."day" = t."windowTo"
        WHERE t."status" <> 'CANCELLED' GROUP BY t."planItemId"
      )
      SELECT l."unitId", count(*)::int AS "lines", count(*) FILTER (WHERE run."planItemId" IS NULL)::int AS "linesWithoutTask",
        sum(l."estimatedCount")::int AS "planned", sum(run."drawn")::int AS "drawn", sum(run."completed")::int AS "completed", sum(run."done")::int AS "done"
      FROM lines l LEFT JOIN run ON run."planItemId" = l."id"
      GROUP BY GROUPING SETS ((l."unitId"), ())`,
    db.$queryRaw<Row[]>`
      SELECT t."executingUnitId" AS "unitId",
        count(DISTINCT t."id")::int AS "tasks",
        count(DISTINCT t."id") FILTER (WHERE t."completedOn" IS NOT NULL)::int AS "tasksCompleted",
        count(DISTINCT t."id") FILTER (WHERE t."completedOn" <= t."windowTo")::int AS "tasksCompletedOnTime",
        count(tt."id") FILTER (WHERE ${TARGET.transferred})::int AS "targetsTransferred"
      FROM "Task" t LEFT JOIN "TaskTarget" tt ON tt."taskId" = t."id"
      WHERE t."status" <> 'CANCELLED' AND t."windowTo" BETWEEN ${from} AND ${to} ${only(Prisma.sql`t."executingUnitId"`)}
      GROUP BY GROUPING SETS ((t."executingUnitId"), ())`,
    // The targets a unit answers for (G28: transferred ones count for the receiving unit): of tasks ending in the
    // period (completion), and of tasks whose result clock starts in it (timely entry) — one scan for both.
    db.$queryRaw<Row[]>`
      WITH ${wd}, rows AS (
        SELECT ${responsibleUnit} AS "unitId", t."windowTo" BETWEEN ${from} AND ${to} AS "ends", ${start} BETWEEN ${from} AND ${to} AS "starts",
          ${TARGET.completed} AS "completed", ${TARGET.closed} AS "closed", ${TARGET.transferred} AS "transferred",
          ${ENTRY.onTime} AS "onTime", ${ENTRY.late} AS "late", ${ENTRY.missing(now)} AS "missing", ${ENTRY.pending(now)} AS "pending", ${ENTRY.unknown} AS "unknown"
        FROM ${TARGET_ROWS}
        WHERE t."status" <> 'CANCELLED' AND (t."windowTo" BETWEEN ${from} AND ${to} OR ${start} BETWEEN ${from} AND ${to}) ${only(responsibleUnit)}
      )
      SELECT "unitId",
        ${TARGET_COUNTS}
      FROM rows GROUP BY GROUPING SETS (("unitId"), ())`,
    db.$queryRaw<Row[]>`
      WITH found AS (
        ${FOUND_ROWS}
      )
      SELECT "unitId",
        ${FOLLOW_UP_COUNTS}
      FROM found WHERE "foundOn" BETWEEN ${from} AND ${to} ${only(Prisma.sql`"unitId"`)}
      GROUP BY GROUPING SETS (("unitId"), ())`,
    db.$queryRaw<FigureRows['libraries']>`
      SELECT l."id", l."unitId", count(tg."id")::int AS "size"
      FROM "TargetLibrary" l LEFT JOIN "Target" tg ON tg."libraryId" = l."id" AND tg."retiredAt" IS NULL
      WHERE l."retiredAt" IS NULL ${only(Prisma.sql`l."unitId"`)} GROUP BY l."id", l."unitId", l."code" ORDER BY l."code"`,
  ]);
  return assemble({ units, coverage, execution, tasks, completion, followUp, libraries, inspectors, confirmations }, today);
}

/**
 * assessmentFiguresFromFacts for several periods at once, in one statement: each part reads the facts once for all
 * the periods (the table `per`, periodsTable) and is grouped by period, as assessmentFiguresOfPeriods reads the
 * aggregates. It reads the facts only — tasks, targets, results, follow-ups, plans, the checklist's versions,
 * libraries, inspectors, confirmations — never the aggregates, so it stays a reference they can be checked against
 * (assessmentAggregates test, which also checks it against assessmentFiguresFromFacts). It also answers
 * assessmentFiguresOfPeriods for periods that are not whole months, which the aggregates cannot.
 */
export async function assessmentFiguresFromFactsOfPeriods(
  db: PrismaClient | Prisma.TransactionClient,
  periods: readonly Period[],
  today: string,
  unitIds?: readonly string[],
  dues?: Promise<Prisma.Sql>,
): Promise<UnitFigures[][]> {
  if (periods.length === 0) return [];
  const { now, only } = scopeOf(periods[0]!, today, unitIds);
  const wd = await (dues ?? windowEndDuesFromFacts(db, today));
  const start = clockStart(now);
  type PerRow = Row & { i: number };
  type Parts = {
    units: string[] | null;
    coverage: (FigureRows['coverage'][number] & { i: number })[] | null;
    inspectors: FigureRows['inspectors'] | null;
    confirmations: FigureRows['confirmations'] | null;
    libraries: FigureRows['libraries'] | null;
    execution: PerRow[] | null;
    tasks: PerRow[] | null;
    completion: PerRow[] | null;
    followUp: PerRow[] | null;
  };
  const [parts] = await db.$queryRaw<Parts[]>`
    WITH ${periodsTable(periods, today)}, ${wd}
    SELECT
    ${referenceParts(only, now)},
    (SELECT json_agg(x ORDER BY x."code") FROM (
      SELECT l."id", l."unitId", l."code", count(tg."id")::int AS "size"
      FROM "TargetLibrary" l LEFT JOIN "Target" tg ON tg."libraryId" = l."id" AND tg."retiredAt" IS NULL
      WHERE l."retiredAt" IS NULL ${only(Prisma.sql`l."unitId"`)} GROUP BY l."id", l."unitId", l."code"
    ) x) AS "libraries",
    -- Rule 25 "completed vs planned": per line, its tasks' targets (counted once for every period); per unit, the lines.
    (SELECT json_agg(x) FROM (
      WITH lines AS (
        SELECT per."i", pi."id", p."unitId", pi."estimatedCount"
        FROM per JOIN "PlanItem" pi ON pi."windowTo" BETWEEN per."from" AND per."to" JOIN "Plan" p ON p."id" = pi."planId"
        WHERE p."status" = 'FILED' AND p."year" BETWEEN per."y1" AND per."y2" AND pi."temporary" = false ${only(Prisma.sql`p."unitId"`)}
      ),
      run AS (
        SELECT t."planItemId", count(tt."id")::int AS "drawn", count(tt."id") FILTER (WHERE ${TARGET.completed})::int AS "completed",
               count(tt."id") FILTER (WHERE ${ENTRY.onTime})::int AS "done"
        FROM "Task" t LEFT JOIN "TaskTarget" tt ON tt."taskId" = t."id"
        LEFT JOIN "Result" r ON r."taskTargetId" = tt."id" LEFT JOIN wd ON t."completedOn" IS NULL AND wd."day" = t."windowTo"
        WHERE t."status" <> 'CANCELLED' AND t."planItemId" IN (SELECT "id" FROM lines) GROUP BY t."planItemId"
      )
      SELECT l."i", l."unitId", count(*)::int AS "lines", count(*) FILTER (WHERE run."planItemId" IS NULL)::int AS "linesWithoutTask",
        sum(l."estimatedCount")::int AS "planned", sum(run."drawn")::int AS "drawn", sum(run."completed")::int AS "completed", sum(run."done")::int AS "done"
      FROM lines l LEFT JOIN run ON run."planItemId" = l."id"
      GROUP BY GROUPING SETS ((l."i", l."unitId"), (l."i"))
    ) x) AS "execution",
    (SELECT json_agg(x) FROM (
      SELECT per."i", t."executingUnitId" AS "unitId",
        count(DISTINCT t."id")::int AS "tasks",
        count(DISTINCT t."id") FILTER (WHERE t."completedOn" IS NOT NULL)::int AS "tasksCompleted",
        count(DISTINCT t."id") FILTER (WHERE t."completedOn" <= t."windowTo")::int AS "tasksCompletedOnTime",
        count(tt."id") FILTER (WHERE ${TARGET.transferred})::int AS "targetsTransferred"
      FROM per JOIN "Task" t ON t."windowTo" BETWEEN per."from" AND per."to" LEFT JOIN "TaskTarget" tt ON tt."taskId" = t."id"
      WHERE t."status" <> 'CANCELLED' ${only(Prisma.sql`t."executingUnitId"`)}
      GROUP BY GROUPING SETS ((per."i", t."executingUnitId"), (per."i"))
    ) x) AS "tasks",
    -- The targets a unit answers for (G28), each classified once, then counted for every period whose bounds hold
    -- its window's end (completion) or its result clock's start (timely entry).
    (SELECT json_agg(x) FROM (
      WITH target AS (
        SELECT ${responsibleUnit} AS "unitId", t."windowTo" AS "endsOn", ${start} AS "startsOn",
          ${TARGET.completed} AS "completed", ${TARGET.closed} AS "closed", ${TARGET.transferred} AS "transferred",
          ${ENTRY.onTime} AS "onTime", ${ENTRY.late} AS "late", ${ENTRY.missing(now)} AS "missing", ${ENTRY.pending(now)} AS "pending", ${ENTRY.unknown} AS "unknown"
        FROM ${TARGET_ROWS}
        WHERE t."status" <> 'CANCELLED' ${only(responsibleUnit)}
      ),
      rows AS (
        SELECT per."i", x.*, x."endsOn" BETWEEN per."from" AND per."to" AS "ends", x."startsOn" BETWEEN per."from" AND per."to" AS "starts"
        FROM per JOIN target x ON x."endsOn" BETWEEN per."from" AND per."to" OR x."startsOn" BETWEEN per."from" AND per."to"
      )
      SELECT "i", "unitId",
        ${TARGET_COUNTS}
      FROM rows GROUP BY GROUPING SETS (("i", "unitId"), ("i"))
    ) x) AS "completion",
    (SELECT json_agg(x) FROM (
      WITH found AS (
        ${FOUND_ROWS}
      )
      SELECT per."i", "unitId",
        ${FOLLOW_UP_COUNTS}
      FROM per JOIN found ON found."foundOn" BETWEEN per."from" AND per."to" WHERE TRUE ${only(Prisma.sql`"unitId"`)}
      GROUP BY GROUPING SETS ((per."i", "unitId"), (per."i"))
    ) x) AS "followUp"`;
  const byPeriod = <T extends { i: number }>(rows: T[] | null) => {
    const out: T[][] = periods.map(() => []);
    for (const r of rows ?? []) out[r.i]!.push(r);
    return out;
  };
  const [cov, exe, tas, com, fol] = [
    byPeriod(parts!.coverage),
    byPeriod(parts!.execution),
    byPeriod(parts!.tasks),
    byPeriod(parts!.completion),
    byPeriod(parts!.followUp),
  ];
  const units = (parts!.units ?? []).map((id) => ({ id }));
  const libraries = (parts!.libraries ?? []).map(({ id, unitId, size }) => ({ id, unitId, size }));
  const [inspectors, confirmations] = [parts!.inspectors ?? [], parts!.confirmations ?? []];
  return periods.map((_, i) =>
    assemble(
      { units, coverage: cov[i]!, execution: exe[i]!, tasks: tas[i]!, completion: com[i]!, followUp: fol[i]!, libraries, inspectors, confirmations },
      today,
    ),
  );
}

/** The figures of each unit and the total from the query results. */
function assemble(rows: FigureRows, today: string): UnitFigures[] {
  const { units, coverage, execution, tasks, completion, followUp, libraries, inspectors, confirmations } = rows;
  const by = <T extends { unitId?: unknown }>(rows: T[]) => new Map(rows.map((r) => [keyOf(r.unitId), r]));
  const cov = by(coverage),
    exe = by(execution),
    task = by(tasks),
    comp = by(completion),
    ent = comp,
    fol = by(followUp),
    insp = by(inspectors);
  const conf = new Map(confirmations.map((c) => [c.unitId, isoOf(c.last)]));

  const figure = (unitId: string | null): UnitFigures => {
    const k = keyOf(unitId);
    const c = cov.get(k);
    const p = { ...task.get(k), ...comp.get(k) };
    const x = exe.get(k) ?? {};
    const e = ent.get(k) ?? {};
    const f = fol.get(k) ?? {};
    const libs = libraries.filter((l) => unitId === null || l.unitId === unitId).map((l) => ({ libraryId: l.id, size: l.size }));
    // The total's freshness is that of its stalest unit: the oldest of the units' last confirmations.
    const lastOf = (id: string) => conf.get(id) ?? null;
    const last = unitId !== null ? lastOf(unitId) : units.every((u) => lastOf(u.id)) ? (units.map((u) => lastOf(u.id)!).sort()[0] ?? null) : null;
    const days = last === null ? null : calendarDaysBetween(last, today);
    const i = insp.get(k);
    const entryFigures = {
      onTime: num(e.onTime),
      late: num(e.late),
      missingPastDue: num(e.missingPastDue),
      pending: num(e.pending),
      deadlineUnknown: num(e.deadlineUnknown),
    };
    return {
      unitId,
      planCoverage: {
        covered: num(c?.covered),
        total: num(c?.total),
        share: ratio(num(c?.covered), num(c?.total)),
        missing: unitId === null ? [] : (c?.missing ?? []),
      },
      planExecution: {
        lines: num(x.lines),
        linesWithoutTask: num(x.linesWithoutTask),
        planned: num(x.planned),
        drawn: num(x.drawn),
        completed: num(x.completed),
        done: num(x.done),
        share: ratio(num(x.done), num(x.planned)),
      },
      taskCompletion: {
        tasks: num(p.tasks),
        tasksCompleted: num(p.tasksCompleted),
        tasksCompletedOnTime: num(p.tasksCompletedOnTime),
        targetsDrawn: num(p.targetsDrawn),
        targetsCompleted: num(p.targetsCompleted),
        targetsClosed: num(p.targetsClosed),
        targetsTransferred: num(p.targetsTransferred),
        targetsTransferredIn: num(p.targetsTransferredIn),
        targetsDone: num(p.targetsDone),
        targetsLate: num(p.targetsLate),
        targetsMissing: num(p.targetsMissing),
        share: ratio(num(p.targetsDone), num(p.targetsDrawn)),
      },
      timelyEntry: { ...entryFigures, share: ratio(entryFigures.onTime, entryFigures.onTime + entryFigures.late + entryFigures.missingPastDue) },
      followUp: {
        found: num(f.found),
        handedOver: num(f.handedOver),
        closed: num(f.closed),
        medianDaysToHandOver: numOrNull(f.medianDaysToHandOver),
        medianDaysToClose: numOrNull(f.medianDaysToClose),
      },
      directories: {
        targets: { libraries: libs, size: libs.reduce((a, l) => a + l.size, 0), lastConfirmedOn: last, daysSinceConfirmation: days },
        inspectors: { size: num(i?.size), qualified: num(i?.qualified), lastConfirmedOn: last, daysSinceConfirmation: days },
      },
    };
  };
  return [...units.map((u) => figure(u.id)), figure(null)];
}

/** The period of a year, a quarter (1–4) or a month (1–12) of it. */
export function periodOf(year: number, quarter?: number | null, month?: number | null): Period {
  const pad = (n: number) => String(n).padStart(2, '0');
  const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (month) return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(lastDay(year, month))}` };
  if (quarter) {
    const m1 = (quarter - 1) * 3 + 1;
    return { from: `${year}-${pad(m1)}-01`, to: `${year}-${pad(m1 + 2)}-${pad(lastDay(year, m1 + 2))}` };
  }
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The period before: the previous year, quarter or month. */
export function previousPeriod(year: number, quarter?: number | null, month?: number | null): { year: number; quarter: number | null; month: number | null } {
  if (month) return month === 1 ? { year: year - 1, quarter: null, month: 12 } : { year, quarter: null, month: month - 1 };
  if (quarter) return quarter === 1 ? { year: year - 1, quarter: 4, month: null } : { year, quarter: quarter - 1, month: null };
  return { year: year - 1, quarter: null, month: null };
}

/** The records behind a number: each target-level figure as a condition on results (drill-down from the charts). */
export const FIGURE_KINDS = [
  'TARGETS_DRAWN',
  'TARGETS_COMPLETED',
  'TARGETS_PENDING',
  'TARGETS_DONE',
  'TARGETS_LATE',
  'TARGETS_MISSING',
  'ENTRY_ON_TIME',
  'ENTRY_LATE',
  'ENTRY_MISSING',
  'ENTRY_PENDING',
  'VIOLATIONS_FOUND',
  'VIOLATIONS_HANDED_OVER',
  'VIOLATIONS_CLOSED',
  'VIOLATIONS_NOT_HANDED_OVER',
] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** Ids of the results counted by one figure of a unit (or the bureau) in a period — the same conditions as above. */
export async function figureResultIds(
  db: PrismaClient | Prisma.TransactionClient,
  kind: FigureKind,
  period: Period,
  today: string,
  unitId: string | null,
): Promise<string[]> {
  const from = Prisma.sql`${period.from}::date`;
  const to = Prisma.sql`${period.to}::date`;
  const now = Prisma.sql`${today}::date`;
  const responsibleIs = unitId ? Prisma.sql`AND ${responsibleUnit} = ${unitId}` : Prisma.empty;
  let rows: { id: string }[];
  if (kind.startsWith('TARGETS_') || kind.startsWith('ENTRY_')) {
    const wd = await windowEndDuesFromFacts(db, today);
    const cond = {
      TARGETS_DRAWN: Prisma.sql`TRUE`,
      TARGETS_COMPLETED: TARGET.completed,
      TARGETS_PENDING: Prisma.sql`NOT ${TARGET.completed}`,
      TARGETS_DONE: ENTRY.onTime,
      TARGETS_LATE: ENTRY.late,
      TARGETS_MISSING: ENTRY.missing(now),
      ENTRY_ON_TIME: ENTRY.onTime,
      ENTRY_LATE: ENTRY.late,
      ENTRY_MISSING: ENTRY.missing(now),
      ENTRY_PENDING: ENTRY.pending(now),
    }[kind as Exclude<FigureKind, `VIOLATIONS_${string}`>];
    // Target figures: tasks whose window ends in the period; entry figures: tasks whose result clock starts in it.
    const inPeriod = kind.startsWith('TARGETS_') ? Prisma.sql`t."windowTo"` : clockStart(now);
    rows = await db.$queryRaw`
      WITH ${wd}
      SELECT r."id" FROM ${TARGET_ROWS}
      WHERE r."id" IS NOT NULL AND t."status" <> 'CANCELLED' AND ${inPeriod} BETWEEN ${from} AND ${to} AND ${cond} ${responsibleIs}`;
  } else {
    const cond =
      kind === 'VIOLATIONS_FOUND'
        ? Prisma.sql`TRUE`
        : kind === 'VIOLATIONS_HANDED_OVER'
          ? Prisma.sql`f."id" IS NOT NULL`
          : kind === 'VIOLATIONS_CLOSED'
            ? Prisma.sql`f."closedAt" IS NOT NULL`
            : Prisma.sql`f."id" IS NULL`;
    const responsible = responsibleIs;
    rows = await db.$queryRaw`
      SELECT r."id" FROM "Result" r JOIN "TaskTarget" tt ON tt."id" = r."taskTargetId" JOIN "Task" t ON t."id" = tt."taskId"
      LEFT JOIN "FollowUp" f ON f."resultId" = r."id"
      WHERE (${VIOLATION_FOUND}) AND ${FOUND_ON} BETWEEN ${from} AND ${to} AND ${cond} ${responsible}`;
  }
  return rows.map((r) => r.id);
}
