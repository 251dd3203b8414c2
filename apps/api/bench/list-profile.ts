// Profile helper for the list page of bench/scale.ts: the same allTasks query, N sequential requests in-process,
// CPU per request (process.cpuUsage). Run under `node --cpu-prof` to see where it goes:
//   NODE_ENV=production npx tsx --max-semi-space-size=32 bench/list-profile.ts <database-url> [requests] [--profile /tmp/list.cpuprofile]
import { performance } from 'node:perf_hooks';
import { openDatabase } from '@ssj/db';
import { DEMO_ACCOUNTS } from '@ssj/db/seed';
import { createApp } from '../src/yoga.ts';

const url = process.argv[2] ?? 'postgresql://postgres@127.0.0.1:5432/ssj_scale_50k';
const N = Number(process.argv[3] ?? 300);
const db = await openDatabase({ databaseUrl: url, migrate: false });
let statements = 0;
db.onQuery(() => statements++);
const app = createApp({ prisma: db.prisma });
const LIST = `query($page: Int, $perPage: Int) { allTasks(page: $page, perPage: $perPage, sortField: "createdAt", sortOrder: "DESC") {
  id code name status windowFrom windowTo executingUnit { id name }
  targets { id status target { id name creditCode unit { id name } } } } }`;
const post = async (query: string, variables: Record<string, unknown>, token?: string) => {
  const res = await app.fetch(
    new Request('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    }),
  );
  const text = await res.text();
  if (text.includes('"errors"')) throw new Error(text.slice(0, 500));
  return text;
};
const a = DEMO_ACCOUNTS.find((x) => x.username === 'admin')!;
const token = JSON.parse(await post('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: a.username, p: a.password }))
  .data.login.token as string;
for (let i = 0; i < 30; i++) await post(LIST, { page: i % 10, perPage: 50 }, token);
statements = 0;
// --profile <file>: a CPU profile of the timed loop only (not start-up), for chrome://inspect or a script.
const profileTo = process.argv.includes('--profile') ? process.argv[process.argv.indexOf('--profile') + 1] : undefined;
const inspector = profileTo ? new (await import('node:inspector/promises')).Session() : undefined;
if (inspector) {
  inspector.connect();
  await inspector.post('Profiler.enable');
  await inspector.post('Profiler.setSamplingInterval', { interval: 200 });
  await inspector.post('Profiler.start');
}
const cpu0 = process.cpuUsage();
const t0 = performance.now();
let bytes = 0;
for (let i = 0; i < N; i++) bytes = (await post(LIST, { page: i % 10, perPage: 50 }, token)).length;
const cpu = process.cpuUsage(cpu0);
const ms = performance.now() - t0;
if (inspector && profileTo) {
  const { profile } = await inspector.post('Profiler.stop');
  (await import('node:fs')).writeFileSync(profileTo, JSON.stringify(profile));
}
console.log(
  `list page ×${N}: CPU ${((cpu.user + cpu.system) / 1000 / N).toFixed(2)} ms/request, wall ${(ms / N).toFixed(2)} ms/request, ${(statements / N).toFixed(1)} statements/request, ${bytes} bytes`,
);
await db.close();
