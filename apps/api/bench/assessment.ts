// Benchmark: the leadership dashboard's two requests — a year's figures per unit with the year before, and the
// monthly trend — on a fresh embedded database with the demo data. Prints latency and SQL statements per
// request. A measurement, not a test: it never fails on a number.
//   npm run bench:assessment -w @ssj/api     (REQUESTS=20 to change the load)
import { performance } from 'node:perf_hooks';
import { requests } from './benchEnv.ts';
import { demoApp } from './demoApp.ts';

const REQUESTS = requests(20);

const { db, gql: post, signIn } = await demoApp();
const token = await signIn('leader');

const FIGURES = `unitId planCoverage { covered total share missing { id } }
  taskCompletion { tasks tasksCompleted targetsDrawn targetsCompleted share }
  timelyEntry { onTime late missingPastDue pending share }
  followUp { found handedOver closed medianDaysToHandOver medianDaysToClose }
  directories { targets { size lastConfirmedOn } inspectors { size qualified lastConfirmedOn } }`;
const REQUESTS_OF_THE_DASHBOARD = {
  'year per unit + year before': `{ assessment(year: 2026) { units { ${FIGURES} } total { ${FIGURES} } }
    assessmentPrevious(year: 2026) { total { planCoverage { share } taskCompletion { share } timelyEntry { share } } } }`,
  'monthly trend (12 months)': `{ assessmentTrend(year: 2026) { period { month } total { taskCompletion { share targetsDrawn } timelyEntry { share onTime late missingPastDue } followUp { found } } } }`,
};

let statements = 0;
db.onQuery(() => statements++);
console.log(`leadership dashboard, ${REQUESTS} sequential requests each (${db.description})`);
for (const [name, query] of Object.entries(REQUESTS_OF_THE_DASHBOARD)) {
  for (let i = 0; i < 3; i++) await post(query, token); // warm-up
  statements = 0;
  const latencies: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const t0 = performance.now();
    await post(query, token);
    latencies.push(performance.now() - t0);
  }
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(0);
  console.log(`  ${name.padEnd(28)} p50 ${pct(50)} ms   p95 ${pct(95)} ms   ${(statements / REQUESTS).toFixed(1)} SQL statements per request`);
}
await db.close();
