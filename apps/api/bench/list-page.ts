// Benchmark: a signed-in list page of targets with their library and unit, called in-process on a fresh
// embedded database with the demo data. Prints throughput, latency percentiles, SQL statements per request
// and memory. A measurement, not a test: it never fails on a number.
//   npm run bench -w @ssj/api            (REQUESTS=500 PER_PAGE=50 to change the load)
import { performance } from 'node:perf_hooks';
import { PER_PAGE, requests } from './benchEnv.ts';
import { demoApp } from './demoApp.ts';

const REQUESTS = requests(300);

const { db, gql: post, signIn } = await demoApp();
const token = await signIn('wenshao');

const page = (p: number) =>
  `{ allTargets(page: ${p}, perPage: ${PER_PAGE}, sortField: "name", filter: { q: "淄博" }) { id name creditCode area riskLevel editable library { id name } unit { id name } } _allTargetsMeta(filter: { q: "淄博" }) { count } }`;

let statements = 0;
db.onQuery(() => statements++);
for (let i = 0; i < 20; i++) await post(page(i % 10), token); // warm-up
statements = 0;

const latencies: number[] = [];
const heapBefore = process.memoryUsage().heapUsed;
const started = performance.now();
for (let i = 0; i < REQUESTS; i++) {
  const t0 = performance.now();
  await post(page(i % 10), token);
  latencies.push(performance.now() - t0);
}
const elapsed = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);

console.log(`list page of ${PER_PAGE} targets with library and unit, ${REQUESTS} sequential requests (${db.description})`);
console.log(`  throughput   ${(REQUESTS / elapsed).toFixed(1)} req/s`);
console.log(`  latency      p50 ${pct(50)} ms   p95 ${pct(95)} ms   p99 ${pct(99)} ms`);
console.log(`  SQL          ${(statements / REQUESTS).toFixed(2)} statements per request`);
console.log(
  `  heap         ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB (Δ ${((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20).toFixed(0)} MiB), rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`,
);
await db.close();
