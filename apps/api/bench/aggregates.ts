// Benchmark: the leadership dashboard (a year per unit + the year before) and the 12-month trend, before (the full
// recomputation from the facts, assessmentFiguresFromFacts) and after (the maintained aggregates, assessmentFigures),
// on generated data of 200k and 1M results. Each size gets a scratch database ssj_aggbench_<pid>_<n> on
// $BENCH_DATABASE_URL: migrated, the demo loaded, then targets, tasks, task targets, results and follow-ups added with
// generate_series (the triggers maintain the aggregates while loading, timed), and dropped at the end. Prints p50s
// and ratios, whether both give equal figures, the rebuild check's time, and what a single result write costs with
// and without the triggers. A measurement, not a test: it never fails on a number (exit 0 even on an error).
//   npm run bench:aggregates -w @ssj/api        BENCH_RESULTS=200000 for one size; REQUESTS=… after-requests
//   BENCH_AGG_DATABASE=postgresql://…/ssj_scale_x npm run bench:aggregates -w @ssj/api   (an existing copy of a seed:scale database)
import os from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { openDatabase, type Database } from '@ssj/db';
import { DEMO_ACCOUNTS, loadDemoData } from '@ssj/db/seed';
import { rebuildAssessmentAggregates } from '../src/assessment/aggregates.ts';
import {
  assessmentFigures,
  assessmentFiguresFromFacts,
  assessmentFiguresOfPeriods,
  periodOf,
  windowEndDues,
  windowEndDuesFromFacts,
  type UnitFigures,
} from '../src/assessment/figures.ts';
import { createApp } from '../src/yoga.ts';
import { BENCH_AGG_DATABASE, BENCH_RESULTS, BENCH_DATABASE_URL, requests } from './benchEnv.ts';

const TODAY = '2026-12-04';
const AFTER = requests(20);
const BEFORE = 3; // the recomputation takes seconds per request at 1M

const ms = (t0: number) => performance.now() - t0;
const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

async function timed<T>(n: number, fn: () => Promise<T>): Promise<{ p50: number; last: T }> {
  const times: number[] = [];
  let last!: T;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    last = await fn();
    times.push(ms(t0));
  }
  return { p50: p50(times), last };
}

/** Targets, tasks (a tenth of the results, over 2024–2026, 1 in 50 cancelled), results and follow-ups. */
async function generate(db: Database, results: number) {
  const tasks = Math.ceil(results / 10);
  const steps: [string, string][] = [
    [
      'targets',
      `INSERT INTO "Target" ("id", "creditCode", "name", "libraryId", "unitId", "objectType", "scale", "industry", "area", "address", "updatedAt")
       SELECT 'bt' || g, '91B' || lpad(g::text, 15, '0'), '基准对象' || g, l.a[1 + g % cardinality(l.a)], u.a[1 + g % cardinality(u.a)],
              '企业', 'SMALL', '制造业', '金山镇', '基准地址' || g, now()
       FROM generate_series(1, ${results}) g,
            (SELECT array_agg("id" ORDER BY "code") a FROM "Unit" WHERE "retiredAt" IS NULL AND "kind" <> 'LEAD') u,
            (SELECT array_agg("id" ORDER BY "code") a FROM "TargetLibrary" WHERE "retiredAt" IS NULL) l`,
    ],
    [
      'tasks',
      `INSERT INTO "Task" ("id", "code", "name", "planId", "planItemId", "ownerUnitId", "executingUnitId", "windowFrom", "windowTo", "status", "completedOn", "updatedAt")
       SELECT 'bk' || g, 'RW-B-' || g, '基准任务' || g, p.a[1], CASE WHEN g % 5 = 0 THEN pi.a[1 + g % cardinality(pi.a)] END,
              u.a[1 + g % cardinality(u.a)], u.a[1 + g % cardinality(u.a)], w.d - 30, w.d,
              (CASE WHEN g % 50 = 0 THEN 'CANCELLED' WHEN w.d < date '${TODAY}' AND g % 10 < 8 THEN 'COMPLETED' ELSE 'DISPATCHED' END)::"TaskStatus",
              CASE WHEN g % 50 <> 0 AND w.d < date '${TODAY}' AND g % 10 < 8 THEN w.d + (g % 7) - 4 END, now()
       FROM generate_series(1, ${tasks}) g
       CROSS JOIN LATERAL (SELECT date '2024-01-01' + (g * 7919) % 1096 AS d) w,
            (SELECT array_agg("id" ORDER BY "code") a FROM "Unit" WHERE "retiredAt" IS NULL AND "kind" <> 'LEAD') u,
            (SELECT array_agg("id") a FROM "Plan") p,
            (SELECT array_agg(pi."id" ORDER BY pi."id") a FROM "PlanItem" pi) pi`,
    ],
    [
      'task targets',
      `INSERT INTO "TaskTarget" ("id", "taskId", "targetId", "status", "transferredToUnitId", "transferNoticeRef", "updatedAt")
       SELECT 'bx' || g, t."id", 'bt' || g,
              (CASE WHEN g % 100 = 0 THEN 'TRANSFERRED' WHEN g % 40 = 0 THEN 'CLOSED_UNREACHABLE' WHEN t."completedOn" IS NOT NULL OR g % 3 = 0 THEN 'INSPECTED' ELSE 'PENDING' END)::"TaskTargetStatus",
              CASE WHEN g % 100 = 0 THEN u.a[1 + (g / 100) % cardinality(u.a)] END, CASE WHEN g % 100 = 0 THEN '基准移交' END, now()
       FROM generate_series(1, ${results}) g JOIN "Task" t ON t."id" = 'bk' || ((g - 1) / 10 + 1),
            (SELECT array_agg("id" ORDER BY "code") a FROM "Unit" WHERE "retiredAt" IS NULL AND "kind" <> 'LEAD') u`,
    ],
    [
      'results',
      `INSERT INTO "Result" ("id", "taskTargetId", "status", "method", "outcome", "followUpAction", "inspectedOn", "dueOn", "submittedAt", "publishedAt", "updatedAt")
       SELECT 'br' || g, 'bx' || g, (CASE WHEN x.pub IS NOT NULL THEN 'PUBLISHED' ELSE 'PENDING_REVIEW' END)::"ResultStatus", 'ON_SITE', 'NO_PROBLEM',
              (CASE WHEN g % 33 = 0 THEN 'REFER_CASE' ELSE 'NONE' END)::"FollowUpAction", x.insp,
              CASE WHEN t."completedOn" IS NOT NULL THEN t."completedOn" + 28 END, x.insp + interval '1 day 2 hours', x.pub, now()
       FROM generate_series(1, ${results}) g JOIN "Task" t ON t."id" = 'bk' || ((g - 1) / 10 + 1)
       CROSS JOIN LATERAL (SELECT t."windowTo" - (g % 20) AS insp,
              CASE WHEN g % 10 < 8 AND t."windowTo" + (g % 37) < date '${TODAY}' THEN t."windowTo" + (g % 37) + interval '3 hours' END AS pub) x
       WHERE t."windowFrom" < date '${TODAY}' AND (t."completedOn" IS NOT NULL OR g % 3 = 0)`,
    ],
    [
      'follow-ups',
      `INSERT INTO "FollowUp" ("id", "resultId", "handedToUnitId", "status", "handedOverAt", "closedAt", "updatedAt")
       SELECT 'bf' || r."id", r."id", t."executingUnitId", (CASE WHEN h % 2 = 0 THEN 'CLOSED' ELSE 'HANDED_OVER' END)::"FollowUpStatus",
              r."inspectedOn" + h * interval '1 day', CASE WHEN h % 2 = 0 THEN r."inspectedOn" + (h + 5 + h * 3 % 40) * interval '1 day' END, now()
       FROM "Result" r JOIN "TaskTarget" tt ON tt."id" = r."taskTargetId" JOIN "Task" t ON t."id" = tt."taskId"
       CROSS JOIN LATERAL (SELECT abs(hashtext(r."id")) % 15 AS h) x
       WHERE r."id" LIKE 'br%' AND r."followUpAction" <> 'NONE' AND abs(hashtext(r."id")) % 3 <> 0`,
    ],
  ];
  for (const [name, sql] of steps) {
    const t0 = performance.now();
    const n = await db.prisma.$executeRawUnsafe(sql);
    console.log(`    ${name.padEnd(13)} ${String(n).padStart(8)} rows in ${fmt(ms(t0) / 1000)} s (aggregates maintained by the triggers)`);
  }
  await db.prisma.$executeRawUnsafe('ANALYZE');
}

const DASHBOARD = `{ assessment(year: 2026) { units { unitId taskCompletion { share } timelyEntry { share } followUp { found medianDaysToHandOver } } total { taskCompletion { share targetsDrawn } } }
  assessmentPrevious(year: 2026) { total { planCoverage { share } taskCompletion { share } timelyEntry { share } } } }`;
const TREND = `{ assessmentTrend(year: 2026) { period { month } total { taskCompletion { share targetsDrawn } timelyEntry { share onTime late missingPastDue } followUp { found } } } }`;

async function benchSize(results: number | null) {
  const existing = results === null ? new URL(BENCH_AGG_DATABASE!) : null;
  if (existing && !existing.pathname.startsWith('/ssj_scale_')) throw new Error('BENCH_AGG_DATABASE must name an ssj_scale_* database (a copy)');
  const name = existing ? existing.pathname.slice(1) : `ssj_aggbench_${process.pid}_${results}`;
  const admin = new pg.Client({ connectionString: BENCH_DATABASE_URL });
  await admin.connect();
  if (!existing) {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
  }
  const url = existing ?? new URL(BENCH_DATABASE_URL);
  if (!existing) url.pathname = `/${name}`;
  let db: Database | undefined;
  try {
    let t0 = performance.now();
    if (existing) {
      console.log(`\nexisting database ${name}`);
      db = await openDatabase({ databaseUrl: url.toString(), logger: () => {}, migrate: false });
    } else {
      console.log(`\n${results!.toLocaleString('en')} results — scratch database ${name}`);
      db = await openDatabase({ databaseUrl: url.toString(), logger: () => {} });
      await loadDemoData(db.prisma);
      console.log(`    demo data     loaded in ${fmt(ms(t0) / 1000)} s`);
      await generate(db, results!);
    }
    const counts = await db.prisma.$queryRawUnsafe<Record<string, number>[]>(
      `SELECT (SELECT count(*)::int FROM "Result") AS results, (SELECT count(*)::int FROM "TaskTarget") AS "taskTargets", (SELECT count(*)::int FROM "Task") AS tasks,
              (SELECT count(*)::int FROM "AssessmentUnitMonth") AS "unitMonthRows", (SELECT count(*)::int FROM "AssessmentPlanLine") AS "planLineRows",
              (SELECT count(*)::int FROM "AssessmentFollowUpMonth") AS "followUpMonthRows", (SELECT count(*)::int FROM "AssessmentTaskFact") AS "perTaskRows"`,
    );
    console.log(`    in the database: ${JSON.stringify(counts[0])}`);
    const prisma = db.prisma;

    const dashboard = (figures: typeof assessmentFigures, dues: typeof windowEndDues) => async () => {
      const d = dues(prisma, TODAY);
      return Promise.all([figures(prisma, periodOf(2026), TODAY, undefined, d), figures(prisma, periodOf(2025), TODAY, undefined, d)]);
    };
    const months = Array.from({ length: 12 }, (_, m) => periodOf(2026, null, m + 1));
    const trendBefore = async () => {
      const d = windowEndDuesFromFacts(prisma, TODAY);
      const figures: UnitFigures[][] = [];
      for (const m of months) figures.push(await assessmentFiguresFromFacts(prisma, m, TODAY, undefined, d));
      return figures;
    };
    // The API's trend: the twelve months in one set of queries grouped by month.
    const trendAfter = () => assessmentFiguresOfPeriods(prisma, months, TODAY, undefined, windowEndDues(prisma, TODAY));
    await dashboard(assessmentFigures, windowEndDues)(); // warm-up
    const dBefore = await timed(BEFORE, dashboard(assessmentFiguresFromFacts, windowEndDuesFromFacts));
    const dAfter = await timed(AFTER, dashboard(assessmentFigures, windowEndDues));
    const tBefore = await timed(BEFORE, trendBefore);
    const tAfter = await timed(AFTER, trendAfter);
    const line = (what: string, b: number, a: number, equal: boolean) =>
      console.log(
        `    ${what.padEnd(30)} before p50 ${fmt(b).padStart(6)} ms   after p50 ${fmt(a).padStart(5)} ms   ${fmt(b / a).padStart(5)}× faster   figures equal: ${equal ? 'yes' : 'NO'}   load ${os.loadavg()[0]!.toFixed(1)}`,
      );
    line('dashboard (year + year before)', dBefore.p50, dAfter.p50, isDeepStrictEqual(dBefore.last, dAfter.last));
    // Where an "after" dashboard's time goes: its statements, slowest first (they run concurrently).
    const statements: { sql: string; ms: number }[] = [];
    const stop = db.onQuery((e) => statements.push({ sql: e.sql.replace(/\s+/g, ' ').slice(0, 90), ms: e.durationMs }));
    await dashboard(assessmentFigures, windowEndDues)();
    stop();
    statements.sort((a, b) => b.ms - a.ms);
    for (const st of statements.slice(0, 4)) console.log(`      ${fmt(st.ms).padStart(6)} ms  ${st.sql}`);
    line('trend (12 months)', tBefore.p50, tAfter.p50, isDeepStrictEqual(tBefore.last, tAfter.last));

    // The same two requests through GraphQL (what the admin's dashboard sends), as the leader.
    const app = createApp({ prisma });
    const post = async (query: string, token?: string) => {
      const res = await app.fetch(
        new Request('http://bench/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query }),
        }),
      );
      const r = (await res.json()) as { data?: any; errors?: unknown[] };
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      return r.data;
    };
    const leader = DEMO_ACCOUNTS.find((a) => a.username === 'leader')!;
    const token = (await post(`mutation { login(username: "${leader.username}", password: "${leader.password}") { token } }`)).login.token as string;
    await post(DASHBOARD, token);
    const gd = await timed(AFTER, () => post(DASHBOARD, token));
    const gt = await timed(AFTER, () => post(TREND, token));
    console.log(`    GraphQL, from the aggregates: dashboard p50 ${fmt(gd.p50)} ms, trend p50 ${fmt(gt.p50)} ms   load ${os.loadavg()[0]!.toFixed(1)}`);

    // What maintaining them costs a write: one result's inspection day changed, 30 times, with and without the triggers.
    const ids = await prisma.$queryRawUnsafe<{ id: string }[]>(`SELECT "id" FROM "Result" WHERE "status" <> 'PUBLISHED' ORDER BY "id" LIMIT 30`);
    const write = async () => {
      const times: number[] = [];
      for (const { id } of ids) {
        const t1 = performance.now();
        await prisma.$executeRawUnsafe(`UPDATE "Result" SET "inspectedOn" = "inspectedOn" - 1 WHERE "id" = $1`, id);
        times.push(ms(t1));
      }
      return p50(times);
    };
    const withTriggers = await write();
    for (const tb of ['Task', 'TaskTarget', 'Result', 'FollowUp'])
      for (const op of ['insert', 'update', 'delete']) await prisma.$executeRawUnsafe(`ALTER TABLE "${tb}" DISABLE TRIGGER "${tb}_assessment_${op}"`);
    const without = await write();
    for (const tb of ['Task', 'TaskTarget', 'Result', 'FollowUp'])
      for (const op of ['insert', 'update', 'delete']) await prisma.$executeRawUnsafe(`ALTER TABLE "${tb}" ENABLE TRIGGER "${tb}_assessment_${op}"`);
    console.log(`    one result written: p50 ${fmt(withTriggers)} ms with the aggregates maintained, ${fmt(without)} ms without`);

    t0 = performance.now();
    const check = await rebuildAssessmentAggregates(prisma, { apply: true });
    console.log(
      `    assessment:rebuild (the migration's backfill, the same work): ${fmt(ms(t0) / 1000)} s, ${check.differences} rows differed (it repairs what the 30 writes without triggers left behind)`,
    );
  } finally {
    await db?.close();
    if (!existing) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

console.log(`assessment dashboard from aggregates vs from the facts (PostgreSQL ${BENCH_DATABASE_URL.replace(/\/\/[^@]*@/, '//')}, today ${TODAY})`);
for (const n of BENCH_AGG_DATABASE ? [null] : BENCH_RESULTS) {
  try {
    await benchSize(n);
  } catch (e) {
    console.log(`    failed: ${e instanceof Error ? e.message : e}`);
  }
}
