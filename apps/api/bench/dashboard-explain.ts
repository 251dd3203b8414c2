// Where a dashboard request's time goes: the statements of the dashboard (year + year before) and of the 12-month
// trend, each run through EXPLAIN (ANALYZE, BUFFERS) with its own parameters, plus the figures functions' wall and
// Node CPU time per request. A measurement, never a test.
//   npx tsx bench/dashboard-explain.ts postgresql://…/ssj_scale_x [today] [--plans] [--rounds N] [--profile /tmp/prefix]
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { openDatabase } from '@ssj/db';
import { assessmentFiguresOfPeriods, periodOf } from '../src/assessment/figures.ts';

const url = process.argv[2]!;
const today = process.argv[3]?.startsWith('20') ? process.argv[3] : '2026-12-04';
const plans = process.argv.includes('--plans');
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1] ?? 0) || 7;
const db = await openDatabase({ databaseUrl: url, migrate: false, logger: () => {} });
const prisma = db.prisma;
// As the API reads them: the dashboard's year and year before in one call (schema/assessment.ts batches them), the
// window-end due dates from the process's cache, checked in the statement that uses them.
const dashboard = () => assessmentFiguresOfPeriods(prisma, [periodOf(2026), periodOf(2025)], today);
const trend = () =>
  assessmentFiguresOfPeriods(
    prisma,
    Array.from({ length: 12 }, (_, m) => periodOf(2026, null, m + 1)),
    today,
  );
const client = new pg.Client({ connectionString: url });
await client.connect();
for (const [name, fn] of [
  ['dashboard', dashboard],
  ['trend', trend],
] as const) {
  await fn();
  const profileTo = process.argv.includes('--profile') ? `${process.argv[process.argv.indexOf('--profile') + 1]}.${name}.cpuprofile` : undefined;
  const inspector = profileTo ? new (await import('node:inspector/promises')).Session() : undefined;
  if (inspector) {
    inspector.connect();
    await inspector.post('Profiler.enable');
    await inspector.post('Profiler.setSamplingInterval', { interval: 200 });
    await inspector.post('Profiler.start');
  }
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  if (inspector && profileTo) {
    const { profile } = await inspector.post('Profiler.stop');
    (await import('node:fs')).writeFileSync(profileTo, JSON.stringify(profile));
    inspector.disconnect();
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
  const log: { sql: string; params: unknown[] }[] = [];
  const stop = db.onQuery((e) => log.push({ sql: e.sql, params: e.params }));
  await fn();
  stop();
  console.log(
    `\n${name}: wall p50 ${med(wall).toFixed(1)} ms (min ${Math.min(...wall).toFixed(1)}), Node CPU p50 ${med(cpu).toFixed(1)} ms, ${log.length} statements, load ${os.loadavg()[0]!.toFixed(1)}`,
  );
  let sum = 0;
  for (const { sql, params } of log) {
    const r = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params as unknown[]);
    const lines = r.rows.map((x) => x['QUERY PLAN'] as string);
    const exec = Number(/Execution Time: ([\d.]+)/.exec(lines.join('\n'))?.[1] ?? 0);
    const planning = Number(/Planning Time: ([\d.]+)/.exec(lines.join('\n'))?.[1] ?? 0);
    sum += exec + planning;
    console.log(`  ${exec.toFixed(1).padStart(8)} ms exec ${planning.toFixed(1).padStart(6)} ms plan  ${sql.replace(/\s+/g, ' ').slice(0, 120)}`);
    if (plans && exec > 10) console.log(lines.map((l) => `      ${l}`).join('\n'));
  }
  console.log(`  summed ${sum.toFixed(1)} ms`);
}
await client.end();
await db.close();
