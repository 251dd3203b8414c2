// Benchmark: a 5% draw over N synthetic targets (default 100,000 and 1,000,000) on a scratch PostgreSQL database
// (ssj_drawbench_<pid>_<n>, created, migrated, loaded with the demo, then N targets generated in one SQL statement;
// dropped at the end). Times each step (wall clock, and the CPU time of this Node process, steadier on a shared machine) through the API in-process — preview, draw, verify (full re-run), lock,
// the published candidates.json — and the peak RSS of each (sampled every 20 ms). A measurement, not a test: it
// prints and never fails on a number (a refused or failed step is printed as such).
//   npm run bench:draw -w @ssj/api                 (DRAW_TARGETS=100000 for one size; BENCH_DATABASE_URL=postgres://…)
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { DEMO_ACCOUNTS, loadDemoData } from '@ssj/db/seed';
import { openDatabase } from '@ssj/db';
import { databaseUrl, dropPostgresDatabase } from '@ssj/db/testing';
import { createApp } from '../src/yoga.ts';
import { BENCH_DATABASE_URL, DRAW_TARGETS } from './benchEnv.ts';

const mib = (n: number) => `${(n / 2 ** 20).toFixed(0)} MiB`;
let peak = 0;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);

async function onServer(sql: string) {
  const c = new pg.Client({ connectionString: BENCH_DATABASE_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

async function bench(n: number) {
  const name = `ssj_drawbench_${process.pid}_${n}`;
  await onServer(`CREATE DATABASE "${name}"`);
  const db = await openDatabase({ databaseUrl: databaseUrl(BENCH_DATABASE_URL, name) });
  try {
    let t0 = performance.now();
    await loadDemoData(db.prisma);
    const app = createApp({ prisma: db.prisma });
    const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
      const res = await app.fetch(
        new Request('http://bench/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query, variables }),
        }),
      );
      return (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
    };
    const must = async (...a: Parameters<typeof gql>) => {
      const r = await gql(...a);
      if (r.errors) throw new Error(JSON.stringify(r.errors[0]).slice(0, 400));
      return r.data;
    };
    const account = DEMO_ACCOUNTS.find((a) => a.username === 'kuangguan')!;
    const kg = (await must(`mutation { login(username: "${account.username}", password: "${account.password}") { token } }`)).login.token as string;
    const unit = await db.prisma.unit.findUniqueOrThrow({ where: { code: 'KGK' } });
    const item = await db.prisma.checkItem.findUniqueOrThrow({ where: { code: 'LZZR-03' } });
    // The unit's filed 2026 plan (the demo may hold it; else one covering the item).
    const plan =
      (await db.prisma.plan.findUnique({ where: { unitId_year: { unitId: unit.id, year: 2026 } } })) ??
      (await db.prisma.plan.create({
        data: {
          unitId: unit.id,
          year: 2026,
          title: '2026 年度抽查工作计划',
          status: 'FILED',
          version: 1,
          filedAt: new Date('2026-02-01'),
          items: {
            create: [
              { checkItemId: item.id, scope: '全区', windowFrom: new Date('2026-03-01'), windowTo: new Date('2026-12-31'), estimatedCount: 10, ratio: 0.05 },
            ],
          },
        },
      }));
    const library = await db.prisma.targetLibrary.create({
      data: {
        code: 'LIB-BENCH',
        name: '基准测试名录库',
        kind: 'SPECIAL',
        objectType: '采矿权人',
        unitId: unit.id,
        buildStandard: '基准',
        supervisionRequirements: '基准',
      },
    });
    const task = await must(
      `mutation($p: ID, $i: [ID!]) { createTask(planId: $p, name: "基准摇号", windowFrom: "2026-12-01", windowTo: "2026-12-31", checkItemIds: $i) { id } }`,
      { p: plan.id, i: [item.id] },
      kg,
    );
    const taskId = task.createTask.id as string;
    await must(
      `mutation($t: ID, $l: ID) { createTaskClass(taskId: $t, key: "ck", label: "采矿权人", libraryId: $l, ratio: 0.05) { id } }`,
      { t: taskId, l: library.id },
      kg,
    );
    await must('mutation($id: ID) { announceDraw(taskId: $id) { status } }', { id: taskId }, kg);
    // N targets in one statement: a spread of risk, credit and registration states, some exempt.
    await db.prisma.$executeRawUnsafe(`
      INSERT INTO "Target" ("id", "creditCode", "name", "libraryId", "unitId", "objectType", "scale", "industry", "area", "address",
                            "riskLevel", "creditStatus", "registrationStatus", "keyIndustry", "repeatedComplaints", "seriousViolation", "updatedAt")
      SELECT 'bench' || lpad(g::text, 8, '0'), 'BENCH' || lpad(g::text, 13, '0'), '基准测试矿业' || g || '有限公司', '${library.id}', '${unit.id}',
             '采矿权人', (ARRAY['LARGE','MEDIUM','SMALL','MICRO'])[1 + g % 4]::"BusinessScale", '石灰岩开采',
             (ARRAY['金岭回族镇','闻韶街道','辛店街道'])[1 + g % 3], '临淄区测试路' || g || '号',
             (ARRAY['LOW','MEDIUM','HIGH'])[1 + (g / 7) % 3]::"RiskLevel",
             (CASE WHEN g % 53 = 0 THEN 'DISHONEST' WHEN g % 41 = 0 THEN 'ABNORMAL' ELSE 'NORMAL' END)::"CreditStatus",
             (CASE WHEN g % 97 = 0 THEN 'DEREGISTERED' WHEN g % 89 = 0 THEN 'UNREACHABLE' ELSE 'ACTIVE' END)::"RegistrationStatus",
             g % 31 = 0, g % 37 = 0, false, now()
      FROM generate_series(1, ${n}) g`);
    await db.prisma.$executeRawUnsafe('ANALYZE "Target"');
    // (Generated after the class and the announcement: their set-up checks read the whole population.)
    console.log(`\n5% draw over ${n.toLocaleString('en')} targets, PostgreSQL ${name} (set-up ${((performance.now() - t0) / 1000).toFixed(1)} s)`);

    await must('mutation { confirmDirectories { id } }', {}, kg);

    const step = async <T>(label: string, fn: () => Promise<T>, describe: (r: T) => string) => {
      global.gc?.();
      const before = process.memoryUsage().rss;
      peak = before;
      t0 = performance.now();
      const cpu0 = process.cpuUsage();
      try {
        const r = await fn();
        const s = (performance.now() - t0) / 1000;
        const cpu = process.cpuUsage(cpu0);
        const node = (cpu.user + cpu.system) / 1e6;
        console.log(
          `  ${label.padEnd(16)} ${s.toFixed(2).padStart(7)} s (Node CPU ${node.toFixed(2).padStart(6)} s)   peak rss ${mib(peak).padStart(8)} (+${mib(peak - before)})   ${describe(r)}`,
        );
        return r;
      } catch (e) {
        console.log(
          `  ${label.padEnd(16)} FAILED after ${((performance.now() - t0) / 1000).toFixed(1)} s: ${String(e instanceof Error ? e.message : e).slice(0, 300)}`,
        );
        return null;
      }
    };
    const preview = await step(
      'preview',
      () => must('query($id: ID!) { drawCandidatesPreview(taskId: $id) { candidateCount candidateListHash parametersHash } }', { id: taskId }, kg),
      (d) => `${d.drawCandidatesPreview.candidateCount} candidates, list ${d.drawCandidatesPreview.candidateListHash.slice(0, 12)}…`,
    );
    const drawn = await step(
      'draw',
      () =>
        must(
          'mutation($id: ID, $h: String) { drawTargets(taskId: $id, witnessName: "基准见证", witnessEntropy: "3-6-1-4", candidateListHash: $h) { id drawnTargetCount } }',
          { id: taskId, h: preview?.drawCandidatesPreview.candidateListHash ?? null },
          kg,
        ),
      (d) => `${d.drawTargets.drawnTargetCount} drawn`,
    );
    if (!drawn) return;
    const drawId = drawn.drawTargets.id as string;
    const receiptBytes = await db.prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT octet_length("receipt"::text)::int AS n FROM "Draw" WHERE "id" = '${drawId}'`,
    );
    console.log(`  ${''.padEnd(16)} receipt ${mib(receiptBytes[0]!.n)} (${receiptBytes[0]!.n.toLocaleString('en')} bytes)`);
    await step(
      'verify (re-run)',
      () => must('query($id: ID!) { verifyDraw(drawId: $id) { ok diff } }', { id: drawId }, kg),
      (d) => `ok=${d.verifyDraw.ok}${d.verifyDraw.ok ? '' : ` ${d.verifyDraw.diff.slice(0, 2).join('; ')}`}`,
    );
    await step(
      'lock',
      () => must('mutation($id: ID) { lockDraw(drawId: $id) { status } }', { id: drawId }, kg),
      (d) => d.lockDraw.status,
    );
    await db.prisma.task.update({ where: { id: taskId }, data: { isPublic: true } });
    await step(
      'candidates.json',
      async () => {
        const res = await app.fetch(new Request(`http://bench/public/draws/${drawId}/candidates.json`));
        let bytes = 0;
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length;
        return { status: res.status, bytes };
      },
      (r) => `HTTP ${r.status}, ${mib(r.bytes)} streamed`,
    );
  } finally {
    await db.close();
    await dropPostgresDatabase(BENCH_DATABASE_URL, name);
  }
}

for (const n of DRAW_TARGETS) {
  try {
    await bench(n);
  } catch (e) {
    console.log(`  ${n}: set-up failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
clearInterval(sampler);
