// Benchmark at a city's or a province's size (issue 14), against a PostgreSQL database filled by `seed:scale`:
//   1. the task list page (allTasks, 50 tasks × executing unit × their targets × unit) through the real API
//      in-process, interleaved with a hand-written baseline (pg + one SQL query + JSON.stringify) and with PostGraphile 5
//      (amber preset on the same database, its own process: bench/postgraphile-server.mjs) in the same rounds: req/s,
//      CPU ms per request in the serving process, and the ratios API / SQL and API / PostGraphile;
//   2. SQL statements per list request at page sizes 10, 50 and 200;
//   3. the leadership dashboard (a year per unit + the year before) and the 12-month trend, p50;
//   4. each step of a 5% draw over every target (preview, draw, verify, lock);
//   5. an import of 100,000 new targets (upload, dry run, commit) with its time and peak RSS;
//   6. the RSS of the process that runs the API.
// The API runs as deployed: `npm start`'s bundle (dist/server.mjs, built first) in a child process on a free port,
// spoken to over HTTP; its RSS is read from /proc/<pid>/status (VmRSS sampled every 50 ms, and VmHWM, the kernel's
// exact peak, reset before each step through /proc/<pid>/clear_refs). --in-process runs the API inside the bench
// instead (as until December 2026: its RSS then includes the bench's own memory, e.g. the import's CSV being written)
// and is needed for the SQL statement counts (step 2, and per draw step).
// Steps 4 and 5 write, so they run on a copy of the scale database (CREATE DATABASE … TEMPLATE), dropped at the end.
// A measurement, not a test: a failing step prints its error and the run goes on; the exit code is always 0.
//
//   npm run bench:scale -w @ssj/api                          (50k targets and results; generated when missing)
//   npm run bench:scale -w @ssj/api -- --size 1000000        (1M; the generator takes several minutes once)
//   flags: --size N  --database-url postgresql://…/ssj_scale_x  --rounds 6  --requests 40  --concurrency 4
//          --dashboard-requests 5  --import-rows 100000  --skip list,postgraphile,statements,dashboard,draw,preview,import  --keep-copy  --in-place
//          --in-process  --port N (the child server's port; default a free one)  --server-flags "--max-old-space-size=400"
//          --postgraphile-port N (PostGraphile's port; default a free one)
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { openDatabase } from '@ssj/db';
import { DEMO_ACCOUNTS } from '@ssj/db/seed';
import { CREDIT_CODE_ALPHABET, creditCodeCheckChar } from '@ssj/domain';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createApp } from '../src/yoga.ts';
import { inheritedEnv } from './benchEnv.ts';
import { env } from '../src/env.ts';
import { scaleDatabaseName, seedScale } from '@ssj/db/scale';

// ── flags ──
const argv = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  if (i >= 0) return argv[i + 1] ?? fallback;
  const inline = argv.find((a) => a.startsWith(`--${name}=`));
  return inline ? inline.slice(name.length + 3) : fallback;
};
const num = (name: string, fallback: number) => Number(flag(name, String(fallback)).replace(/_/g, '').replace(/k$/i, '000').replace(/m$/i, '000000'));
const SIZE = num('size', 50_000);
const label = SIZE >= 1_000_000 && SIZE % 1_000_000 === 0 ? `${SIZE / 1_000_000}m` : SIZE % 1000 === 0 ? `${SIZE / 1000}k` : String(SIZE);
const BASE_URL = flag('database-url', `postgresql://postgres@127.0.0.1:5432/ssj_scale_${label}`);
const ROUNDS = num('rounds', 6);
const REQUESTS = num('requests', 40);
const CONCURRENCY = num('concurrency', 4);
const DASHBOARD_REQUESTS = num('dashboard-requests', SIZE >= 500_000 ? 3 : 7);
const IMPORT_ROWS = num('import-rows', 100_000);
const SKIP = new Set(flag('skip', '').split(',').filter(Boolean));
const KEEP_COPY = argv.includes('--keep-copy');
const IN_PROCESS = argv.includes('--in-process');

const mib = (n: number) => `${(n / 2 ** 20).toFixed(0)} MiB`;
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : Number.NaN;
};
// The API's process: this one (--in-process) or the child server, once started (below).
let serverPid: number | null = null;
const procStatus = (pid: number, field: 'VmRSS' | 'VmHWM') => {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
};
const apiRss = () => (serverPid === null ? process.memoryUsage().rss : procStatus(serverPid, 'VmRSS'));
let peakRss = 0;
/** Starts a step's peak: the RSS now, and the kernel's high-water mark reset to it (a process may reset its child's). */
const resetPeak = () => {
  if (serverPid !== null)
    try {
      fs.writeFileSync(`/proc/${serverPid}/clear_refs`, '5');
    } catch {
      // not allowed here: the 50 ms samples remain
    }
  peakRss = apiRss();
};
/** The step's peak: the highest sample, or the kernel's exact high-water mark when it is higher. */
/** CPU seconds (user + system) this process has used. */
const ownCpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};
/** CPU seconds (user + system) the API's process has used: /proc/<pid>/stat of the child, cpuUsage in process. */
const apiCpu = () => (serverPid === null ? ownCpu() : procCpu(serverPid));
/** CPU seconds (user + system) of another process: utime and stime of /proc/<pid>/stat, in clock ticks (100 per second). */
function procCpu(pid: number) {
  try {
    const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return 0;
  }
}
const readPeak = () => Math.max(peakRss, serverPid === null ? 0 : procStatus(serverPid, 'VmHWM'));
const sampler = setInterval(() => (peakRss = Math.max(peakRss, apiRss())), 50);
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const report: string[] = [];
const out = (line: string) => {
  console.log(line);
  report.push(line);
};

// ── the scale database (generated when missing) and a writable copy ──
// --in-place: write into the given database itself (already a private copy, e.g. ssj_scale_<prefix>: no second 2 GB copy);
// it may then have any name (nothing is dropped; generating it still refuses a name other than ssj_scale_*).
const IN_PLACE = argv.includes('--in-place');
const baseName = IN_PLACE ? decodeURIComponent(new URL(BASE_URL).pathname.slice(1)) : scaleDatabaseName(BASE_URL);
{
  const probe = new pg.Client({ connectionString: BASE_URL.replace(/\/[^/]*$/, '/postgres') });
  await probe.connect();
  const exists = (await probe.query('SELECT 1 FROM pg_database WHERE datname = $1', [baseName])).rowCount;
  await probe.end();
  let ready = false;
  if (exists) {
    const c = new pg.Client({ connectionString: BASE_URL });
    await c.connect();
    ready =
      ((await c.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'Target'`)).rows[0].n as number) > 0
        ? ((await c.query(`SELECT count(*)::int AS n FROM "Target" WHERE "id" LIKE 'sct%'`)).rows[0].n as number) > 0
        : false;
    await c.end();
  }
  if (!ready) {
    console.log(`generating ${baseName} (${SIZE} targets and results)…`);
    const t0 = performance.now();
    await seedScale({ databaseUrl: BASE_URL, targets: SIZE, results: SIZE, fresh: false });
    console.log(`generated in ${secs(performance.now() - t0)}`);
  }
}
const copyUrl = BASE_URL.replace(/\/[^/]*$/, `/${baseName}_bench`);
const needCopy = !IN_PLACE && (!SKIP.has('draw') || !SKIP.has('import'));
const DB_URL = needCopy ? copyUrl : BASE_URL;
if (needCopy) {
  const t0 = performance.now();
  const admin = new pg.Client({ connectionString: BASE_URL.replace(/\/[^/]*$/, '/postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${baseName}_bench" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${baseName}_bench" TEMPLATE "${baseName}"`);
  await admin.end();
  console.log(`copied ${baseName} to ${baseName}_bench in ${secs(performance.now() - t0)}`);
}

// Through node:http, not fetch: undici's fetch gives up on a streamed answer silent for 300 s (an import's commit
// waiting for a lock under load).
const viaHttp =
  (base: string) =>
  (request: Request): Promise<Response> =>
    new Promise<Response>((resolve, reject) => {
      const u = new URL(request.url);
      const req = http.request(
        `${base}${u.pathname}${u.search}`,
        { method: request.method, headers: Object.fromEntries(request.headers), timeout: 0 },
        (res) => {
          const headers = new Headers();
          for (const [k, v] of Object.entries(res.headers)) for (const x of Array.isArray(v) ? v : v === undefined ? [] : [v]) headers.append(k, x);
          resolve(new Response(Readable.toWeb(res) as ReadableStream, { status: res.statusCode ?? 500, headers }));
        },
      );
      req.on('error', reject);
      if (request.body) Readable.fromWeb(request.body as import('node:stream/web').ReadableStream).pipe(req);
      else req.end();
    });
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (probe.address() as net.AddressInfo).port;
      probe.close(() => resolve(p));
    });
  });

let statements = 0;
let statementLog: { sql: string; ms: number }[] = [];
let fetchApi: (request: Request) => Promise<Response>;
let closeApi: () => Promise<void>;
let startedIn = '';
if (IN_PROCESS) {
  const db = await openDatabase({ databaseUrl: DB_URL, migrate: false });
  const app = createApp({ prisma: db.prisma });
  db.onQuery((e) => {
    statements++;
    statementLog.push({ sql: e.sql, ms: e.durationMs });
  });
  fetchApi = async (request) => app.fetch(request);
  closeApi = () => db.close();
} else {
  // The deployed server: the bundle `npm start` runs, with the flags it runs it with (package.json "start").
  const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const built = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bundle-server.ts'], { cwd: apiRoot, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('bundling the server failed');
  const port = num('port', 0) || (await freePort());
  // "tsx src/cli/bundle-server.ts && node <flags> dist/server.mjs": the node command after the last &&.
  const startCommand = (JSON.parse(fs.readFileSync(path.join(apiRoot, 'package.json'), 'utf8')).scripts.start as string).split('&&').at(-1)!.trim();
  // --server-flags "--heap-growing-percent=0 …": V8 flags to try, after the start script's own (the last one wins).
  const startArgs = startCommand.split(/\s+/).slice(1);
  const nodeArgs = [...startArgs.slice(0, -1), ...flag('server-flags', '').split(/\s+/).filter(Boolean), ...startArgs.slice(-1)];
  const t0 = performance.now();
  const child = spawn(process.execPath, nodeArgs, {
    cwd: apiRoot,
    // Reminders off: their rounds would run at random moments inside the measured steps.
    env: { ...inheritedEnv(), DATABASE_URL: DB_URL, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production', SSJ_REMINDER_MINUTES: 'off' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  serverPid = child.pid!;
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const ok = await fetch(`${base}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  startedIn = `node ${nodeArgs.join(' ')} (pid ${serverPid}, port ${port}) ready in ${secs(performance.now() - t0)}, RSS ${mib(apiRss())}`;
  fetchApi = viaHttp(base);
  closeApi = async () => {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
}
const pool = new pg.Pool({ connectionString: DB_URL, max: Math.max(2, CONCURRENCY) });

const post = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
  const res = await fetchApi(
    new Request('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    }),
  );
  const text = await res.text();
  const r = JSON.parse(text) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
  if (r.errors) throw new Error(r.errors.map((e) => `${e.extensions?.code ?? ''} ${e.message}`).join('; '));
  return { data: r.data, bytes: text.length };
};
const signIn = async (username: string) => {
  const a = DEMO_ACCOUNTS.find((x) => x.username === username)!;
  return (await post('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: a.username, p: a.password })).data.login
    .token as string;
};
const counts = (
  await pool.query(`SELECT (SELECT count(*) FROM "Target")::int AS targets, (SELECT count(*) FROM "Task")::int AS tasks,
    (SELECT count(*) FROM "Result")::int AS results, pg_size_pretty(pg_database_size(current_database())) AS size`)
).rows[0];
out(`scale benchmark on ${DB_URL.replace(/\/\/[^@]*@/, '//')}: ${counts.targets} targets, ${counts.tasks} tasks, ${counts.results} results, ${counts.size}`);
out(
  `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), ${mib(os.totalmem())} RAM, load ${load()}; Node ${process.version} ${process.execArgv.filter((a, i, all) => !a.includes('tsx') && !all[i + 1]?.includes('tsx')).join(' ')}, NODE_ENV${env.production ? '=production' : ' not production'}`,
);
out(
  IN_PROCESS
    ? 'API in this process (--in-process): RSS is the bench process, its own memory included'
    : `API as deployed, in a child process: ${startedIn}; RSS is the child's (the bench's own: ${mib(process.memoryUsage().rss)})`,
);

const step = async (name: string, fn: () => Promise<void>) => {
  if (SKIP.has(name)) return;
  try {
    await fn();
  } catch (error) {
    out(`  ${name}: FAILED — ${error instanceof Error ? error.message.slice(0, 400) : String(error)}`);
  }
};

// ── 1 and 2: the task list page ──
const LIST = `query($page: Int, $perPage: Int) { allTasks(page: $page, perPage: $perPage, sortField: "createdAt", sortOrder: "DESC") {
  id code name status windowFrom windowTo executingUnit { id name }
  targets { id status target { id name creditCode unit { id name } } } } }`;
// The same answer written by hand: one statement (the page of tasks first, then its units and targets), JSON built by
// PostgreSQL, ordered as the API orders.
const BASELINE = `SELECT t."id", t."code", t."name", t."status", to_char(t."windowFrom", 'YYYY-MM-DD') AS "windowFrom", to_char(t."windowTo", 'YYYY-MM-DD') AS "windowTo",
    json_build_object('id', u."id", 'name', u."name") AS "executingUnit",
    COALESCE((SELECT json_agg(json_build_object('id', tt."id", 'status', tt."status", 'target',
        json_build_object('id', tg."id", 'name', tg."name", 'creditCode', tg."creditCode", 'unit', json_build_object('id', tu."id", 'name', tu."name")))
        ORDER BY tt."createdAt", tt."id")
      FROM "TaskTarget" tt JOIN "Target" tg ON tg."id" = tt."targetId" JOIN "Unit" tu ON tu."id" = tg."unitId" WHERE tt."taskId" = t."id"), '[]') AS "targets"
  FROM (SELECT * FROM "Task" ORDER BY "createdAt" DESC, "id" ASC LIMIT $1 OFFSET $2) t JOIN "Unit" u ON u."id" = t."executingUnitId"
  ORDER BY t."createdAt" DESC, t."id" ASC`;
const baselineSessionSql = `SELECT s."userId", u."role", u."unitId" FROM "Session" s JOIN "User" u ON u."id" = s."userId"
  WHERE s."tokenHash" = $1 AND s."revokedAt" IS NULL AND s."expiresAt" > now()`;

// PostGraphile 5 (issue 14's yardstick: "req/s vs PostGraphile 5 on the same database"): the amber preset over schema
// public, as deployed — its own node process (bench/postgraphile-server.mjs, grafserv on node:http), CPU read from /proc
// like the API's. Its relations are named after the foreign keys (introspected: unitByExecutingUnitId,
// taskTargetsByTaskId, targetByTargetId, unitByUnitId), the primary key `id` is `rowId` (amber's `id` is the global
// node id). TaskTarget's createdAt has no index, so PostGraphile does not offer it as an order: the targets come by id
// (the same rows; the API orders them by createdAt, id).
const PG_LIST = `query($offset: Int!) { allTasks(first: 50, offset: $offset, orderBy: [CREATED_AT_DESC, ROW_ID_ASC]) { nodes {
  rowId code name status windowFrom windowTo unitByExecutingUnitId { rowId name }
  taskTargetsByTaskId(orderBy: [ROW_ID_ASC]) { nodes { rowId status targetByTargetId { rowId name creditCode unitByUnitId { rowId name } } } } } } }`;
const postGraphileVersion = (() => {
  try {
    const main = createRequire(import.meta.url).resolve('postgraphile'); // …/postgraphile/dist/index.js
    return (JSON.parse(fs.readFileSync(path.join(path.dirname(main), '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
})();
/** Starts PostGraphile on DB_URL in a child process; null (printed) when it does not come up. */
const startPostGraphile = async () => {
  const script = fileURLToPath(new URL('./postgraphile-server.mjs', import.meta.url));
  const port = num('postgraphile-port', 0) || (await freePort());
  const t0 = performance.now();
  // The same session check as the API and the hand-written endpoint (--session-check, see the script's header).
  const child = spawn(process.execPath, [script, DB_URL, String(port), '--session-check'], {
    env: { ...inheritedEnv(), NODE_ENV: 'production', GRAPHILE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stopChild = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  // Also when the bench dies between here and the end of the step.
  const onExit = () => child.kill('SIGKILL');
  process.once('exit', onExit);
  const ready = await new Promise<string | null>((resolve) => {
    let text = '';
    const timer = setTimeout(() => resolve('not listening after 120 s'), 120_000);
    child.stdout!.on('data', (d: Buffer) => {
      text += d.toString();
      if (text.includes('postgraphile listening')) {
        clearTimeout(timer);
        resolve(null);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(`exited with ${code}`);
    });
    child.once('error', (e) => {
      clearTimeout(timer);
      resolve(e.message);
    });
  });
  if (ready) {
    out(`  PostGraphile ${postGraphileVersion}: did not start (${ready}); the list step goes on without it`);
    await stopChild();
    process.off('exit', onExit);
    return null;
  }
  const pid = child.pid!;
  return {
    pid,
    fetch: viaHttp(`http://127.0.0.1:${port}`),
    startedIn: `node bench/postgraphile-server.mjs (pid ${pid}, port ${port}) ready in ${secs(performance.now() - t0)}, RSS ${mib(procStatus(pid, 'VmRSS'))}`,
    stop: async () => {
      await stopChild();
      process.off('exit', onExit);
    },
  };
};

let staffToken = '';
await step('list', async () => {
  staffToken = await signIn('admin');
  const tokenHash = (await import('node:crypto')).createHash('sha256').update(staffToken).digest('hex');
  const perPage = 50;
  const graphql = async (i: number) => (await post(LIST, { page: i % 10, perPage }, staffToken)).bytes;
  const handWritten = async (i: number) => {
    // What a hand-written endpoint does too: check the session, then one query, then serialise.
    await pool.query(baselineSessionSql, [tokenHash]);
    const r = await pool.query(BASELINE, [perPage, (i % 10) * perPage]);
    return JSON.stringify({ data: { allTasks: r.rows } }).length;
  };
  const pgl = SKIP.has('postgraphile') ? null : await startPostGraphile();
  try {
    const postGraphile = async (i: number) => {
      const res = await pgl!.fetch(
        new Request('http://bench/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${staffToken}` },
          body: JSON.stringify({ query: PG_LIST, variables: { offset: (i % 10) * perPage } }),
        }),
      );
      const text = await res.text();
      const r = JSON.parse(text) as { data?: any; errors?: { message: string }[] };
      if (r.errors) throw new Error(`PostGraphile: ${r.errors.map((e) => e.message).join('; ')}`);
      return { data: r.data, bytes: text.length };
    };
    const check = await post(LIST, { page: 0, perPage }, staffToken);
    type ApiTask = { id: string; targets: unknown[] };
    const apiTasks = check.data.allTasks as ApiTask[];
    const apiTargets = apiTasks.reduce((s, t) => s + t.targets.length, 0);
    const targetsPerTask = apiTargets / apiTasks.length;
    const sqlBytes = await handWritten(0);
    let pgBytes = 0;
    if (pgl) {
      // The same page: the same tasks (by id) and the same number of task targets, or PostGraphile is not measured.
      const pgCheck = await postGraphile(0);
      type PgTask = { rowId: string; taskTargetsByTaskId: { nodes: unknown[] } };
      const pgTasks = pgCheck.data.allTasks.nodes as PgTask[];
      const pgTargets = pgTasks.reduce((s, t) => s + t.taskTargetsByTaskId.nodes.length, 0);
      const sameTasks = pgTasks.map((t) => t.rowId).join() === apiTasks.map((t) => t.id).join();
      if (!sameTasks || pgTargets !== apiTargets)
        throw new Error(`PostGraphile's page differs: ${pgTasks.length} tasks / ${pgTargets} task targets vs the API's ${apiTasks.length} / ${apiTargets}`);
      pgBytes = pgCheck.bytes;
    }
    type Contender = { name: string; run: (i: number) => Promise<unknown>; cpu: () => number; results: { rps: number; cpuMs: number }[] };
    const contenders: Contender[] = [
      { name: 'api', run: graphql, cpu: apiCpu, results: [] },
      // CPU of the side that serves: the API's process (the child, or this one with --in-process) for GraphQL, this
      // process for the hand-written endpoint (it runs here), PostGraphile's child for PostGraphile. The HTTP
      // client's own work in this process is not the servers'.
      { name: 'sql', run: handWritten, cpu: ownCpu, results: [] },
      ...(pgl ? [{ name: 'pgl', run: postGraphile, cpu: () => procCpu(pgl.pid), results: [] }] : []),
    ];
    const batch = async (c: Contender) => {
      const cpu0 = c.cpu();
      const t0 = performance.now();
      let next = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < REQUESTS) await c.run(next++);
        }),
      );
      const ms = performance.now() - t0;
      c.results.push({ rps: (REQUESTS * 1000) / ms, cpuMs: ((c.cpu() - cpu0) * 1000) / REQUESTS });
    };
    for (let i = 0; i < 10; i++) for (const c of contenders) await c.run(i);
    const loads: string[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      // Interleaved, the order rotated every round (API, SQL, PostGraphile; SQL, PostGraphile, API; …), so that each
      // sees the same machine load and goes first as often.
      for (let k = 0; k < contenders.length; k++) await batch(contenders[(r + k) % contenders.length]!);
      loads.push(os.loadavg()[0]!.toFixed(1));
    }
    const [g, h, p] = contenders.map((c) => c.results);
    const rps = (xs: { rps: number }[]) => median(xs.map((x) => x.rps));
    const cpuMs = (xs: { cpuMs: number }[]) => median(xs.map((x) => x.cpuMs));
    const ratioLine = (label: string, other: { rps: number; cpuMs: number }[]) => {
      const ratios = g!.map((x, i) => x.rps / other[i]!.rps);
      return `  ${label} ${median(ratios).toFixed(2)}× req/s (rounds: ${ratios.map((x) => x.toFixed(2)).join(' ')}); CPU ${(cpuMs(g!) / cpuMs(other)).toFixed(1)}× per request`;
    };
    out(
      `list page: ${perPage} tasks × unit × targets (${targetsPerTask.toFixed(1)} per task) × unit; answer bytes: API ${check.bytes}, SQL ${sqlBytes}${pgl ? `, PostGraphile ${pgBytes}` : ''}; ${ROUNDS} interleaved rounds × ${REQUESTS} requests, concurrency ${CONCURRENCY}; load 1-min per round ${loads.join(' ')}`,
    );
    if (pgl) out(`  PostGraphile ${postGraphileVersion} (amber preset, schema public, same session check as the API): ${pgl.startedIn}`);
    else if (SKIP.has('postgraphile')) out('  PostGraphile: skipped (--skip postgraphile)');
    out(`  GraphQL API        ${rps(g!).toFixed(1).padStart(7)} req/s   CPU ${cpuMs(g!).toFixed(1)} ms/request in the API's process`);
    out(`  hand-written SQL   ${rps(h!).toFixed(1).padStart(7)} req/s   CPU ${cpuMs(h!).toFixed(1)} ms/request in Node`);
    if (p) out(`  PostGraphile       ${rps(p).toFixed(1).padStart(7)} req/s   CPU ${cpuMs(p).toFixed(1)} ms/request in PostGraphile's process`);
    out(ratioLine('ratio API / SQL   ', h!));
    if (p) out(ratioLine('ratio API / PostGraphile', p));
    out(`  API RSS after the list runs: ${mib(apiRss())}${pgl ? `; PostGraphile's: ${mib(procStatus(pgl.pid, 'VmRSS'))}` : ''}`);
  } finally {
    await pgl?.stop();
  }
});

await step('statements', async () => {
  if (!IN_PROCESS) return out('SQL statements per list request: counted with --in-process only');
  if (!staffToken) staffToken = await signIn('admin');
  const parts: string[] = [];
  for (const perPage of [10, 50, 200]) {
    await post(LIST, { page: 1, perPage }, staffToken);
    statements = 0;
    statementLog = [];
    const t0 = performance.now();
    await post(LIST, { page: 1, perPage }, staffToken);
    parts.push(`${perPage}: ${statements} (${(performance.now() - t0).toFixed(0)} ms)`);
    if (perPage === 50) {
      const log = statementLog.slice(-statements);
      for (const e of log) out(`    ${e.ms.toFixed(1).padStart(7)} ms  ${e.sql.replace(/\s+/g, ' ').slice(0, 150)}`);
    }
    statementLog = [];
  }
  out(`SQL statements per list request (page size: statements): ${parts.join(', ')}`);
});

// ── 3: the leadership dashboard ──
await step('dashboard', async () => {
  const leader = await signIn('leader');
  const FIGURES = `unitId planCoverage { covered total share missing { id } }
    taskCompletion { tasks tasksCompleted targetsDrawn targetsCompleted share }
    timelyEntry { onTime late missingPastDue pending share }
    followUp { found handedOver closed medianDaysToHandOver medianDaysToClose }
    directories { targets { size lastConfirmedOn } inspectors { size qualified lastConfirmedOn } }`;
  const queries = {
    'year per unit + year before': `{ assessment(year: 2026) { units { ${FIGURES} } total { ${FIGURES} } }
      assessmentPrevious(year: 2026) { total { planCoverage { share } taskCompletion { share } timelyEntry { share } } } }`,
    '12-month trend': `{ assessmentTrend(year: 2026) { period { month } total { taskCompletion { share targetsDrawn } timelyEntry { share onTime late missingPastDue } followUp { found } } } }`,
  };
  out(`leadership dashboard, ${DASHBOARD_REQUESTS} sequential requests each after one warm-up`);
  for (const [name, query] of Object.entries(queries)) {
    await post(query, {}, leader);
    const ms: number[] = [];
    statements = 0;
    const l0 = os.loadavg()[0]!;
    for (let i = 0; i < DASHBOARD_REQUESTS; i++) {
      const t0 = performance.now();
      await post(query, {}, leader);
      ms.push(performance.now() - t0);
    }
    out(
      `  ${name.padEnd(28)} p50 ${median(ms).toFixed(0).padStart(6)} ms   min ${Math.min(...ms).toFixed(0)} ms   ${(statements / DASHBOARD_REQUESTS).toFixed(1)} statements/request   load ${l0.toFixed(1)}→${os.loadavg()[0]!.toFixed(1)}`,
    );
  }
});

// ── 4: a 5% draw over every target ──
// With --draw-statements: each step's slowest SQL statements (wall ms as the driver saw them), to see where it goes.
const DRAW_STATEMENTS = argv.includes('--draw-statements');
const timed = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
  resetPeak();
  statementLog = [];
  const cpu0 = apiCpu();
  const t0 = performance.now();
  try {
    const r = await fn();
    const ms = performance.now() - t0;
    const sql = statementLog.reduce((a, s) => a + s.ms, 0);
    out(
      `  ${name.padEnd(8)} ${secs(ms).padStart(9)}   peak RSS ${mib(readPeak())}   API CPU ${(apiCpu() - cpu0).toFixed(1)} s${IN_PROCESS ? `   ${statementLog.length} statements, ${secs(sql)} in SQL` : ''}; load ${load()}`,
    );
    if (DRAW_STATEMENTS)
      for (const s of [...statementLog].sort((a, b) => b.ms - a.ms).slice(0, 8))
        out(`      ${String(Math.round(s.ms)).padStart(7)} ms  ${s.sql.replace(/\s+/g, ' ').slice(0, 150)}`);
    return r;
  } catch (error) {
    out(
      `  ${name.padEnd(8)} FAILED after ${secs(performance.now() - t0)} (peak RSS ${mib(readPeak())}): ${error instanceof Error ? error.message.slice(0, 300) : error}`,
    );
    if (DRAW_STATEMENTS)
      for (const s of [...statementLog].sort((a, b) => b.ms - a.ms).slice(0, 8))
        out(`      ${String(Math.round(s.ms)).padStart(7)} ms  ${s.sql.replace(/\s+/g, ' ').slice(0, 150)}`);
    throw error;
  }
};
await step('draw', async () => {
  const admin = await signIn('admin');
  const plan = (
    await pool.query(`SELECT p."id" AS "planId", p."unitId", pi."checkItemId" FROM "Plan" p JOIN "PlanItem" pi ON pi."planId" = p."id"
      JOIN "CheckItem" ci ON ci."id" = pi."checkItemId" WHERE p."year" = 2026 AND p."status" = 'FILED' AND ci."category" = 'GENERAL'
      ORDER BY (SELECT count(*) FROM "Target" t WHERE t."unitId" = p."unitId") DESC LIMIT 1`)
  ).rows[0];
  const candidates = (await pool.query(`SELECT count(*)::int AS n FROM "Target" WHERE "retiredAt" IS NULL`)).rows[0].n as number;
  out(`draw: 5% of every target (${candidates} not retired, one undirected class), as the lead unit's administrator`);
  const task = (
    await post(
      `mutation($p: ID, $i: [ID!]) { createTask(planId: $p, name: "规模测试摇号", windowFrom: "2026-12-01", windowTo: "2026-12-31", checkItemIds: $i) { id } }`,
      { p: plan.planId, i: [plan.checkItemId] },
      admin,
    )
  ).data.createTask.id as string;
  // Setting up the class and announcing check the caps against every candidate inside a transaction with Prisma's
  // default 5 s timeout; when that fails at this size, the bench writes the same rows by hand to reach the draw.
  const setUp = async (name: string, viaApi: () => Promise<unknown>, bySql: () => Promise<unknown>) => {
    const t0 = performance.now();
    resetPeak();
    try {
      await viaApi();
      out(`  ${name.padEnd(8)} ${secs(performance.now() - t0).padStart(9)}   peak RSS ${mib(readPeak())}; load ${load()}`);
    } catch (error) {
      out(
        `  ${name.padEnd(8)} FAILED after ${secs(performance.now() - t0)}: ${error instanceof Error ? error.message.slice(0, 160) : error} — written by SQL instead`,
      );
      await bySql();
    }
  };
  await setUp(
    'class',
    () => post(`mutation($t: ID) { createTaskClass(taskId: $t, key: "all", label: "全部检查对象", ratio: 0.05) { id } }`, { t: task }, admin),
    () =>
      pool.query(
        `INSERT INTO "TaskClass" ("id", "taskId", "key", "label", "ratio", "checkItemIds") VALUES ('bench_class', $1, 'all', '全部检查对象', 0.05, '{}')`,
        [task],
      ),
  );
  await post('mutation($u: ID) { confirmDirectories(unitId: $u) { id } }', { u: plan.unitId }, admin);
  await setUp(
    'announce',
    () => post('mutation($id: ID) { announceDraw(taskId: $id) { status } }', { id: task }, admin),
    async () => {
      const { newSeedCommitment } = await import('../src/schema/commands/announceDraw.ts');
      const { serverSecret, seedCommitment } = newSeedCommitment();
      await pool.query(`UPDATE "Task" SET "status" = 'READY', "serverSecret" = $2, "seedCommitment" = $3 WHERE "id" = $1`, [
        task,
        serverSecret,
        seedCommitment,
      ]);
    },
  );
  // The draw does not wait for the preview: at a size where the preview fails, the draw is still measured.
  let listHash: string | null = null;
  if (!SKIP.has('preview')) {
    try {
      const preview = await timed('preview', () =>
        post('query($t: ID!) { drawCandidatesPreview(taskId: $t) { candidateCount candidateListHash parametersHash } }', { t: task }, admin),
      );
      listHash = preview.data.drawCandidatesPreview.candidateListHash;
    } catch {
      // reported by timed()
    }
  }
  const drawn = await timed('draw', () =>
    post(
      'mutation($id: ID, $h: String) { drawTargets(taskId: $id, witnessName: "规模测试见证人", witnessEntropy: "3-6-1-4", candidateListHash: $h) { id candidateCount } }',
      { id: task, h: listHash },
      admin,
    ),
  );
  const drawId = drawn.data.drawTargets.id as string;
  const selected = (await pool.query(`SELECT count(*)::int AS n FROM "DrawnTarget" WHERE "drawId" = $1`, [drawId])).rows[0].n;
  out(`           ${drawn.data.drawTargets.candidateCount} candidates, ${selected} drawn`);
  const verified = await timed('verify', () => post('query($id: ID!) { verifyDraw(drawId: $id) { ok } }', { id: drawId }, admin));
  if (!verified.data.verifyDraw.ok) out('           verification did NOT match');
  await timed('lock', () => post('mutation($id: ID) { lockDraw(drawId: $id) { id status } }', { id: drawId }, admin));
});

// ── 5: import of new targets ──
await step('import', async () => {
  const adminToken = await signIn('admin');
  const auth = { authorization: `Bearer ${adminToken}` };
  const call = (p: string, init: RequestInit = {}) => fetchApi(new Request(`http://bench${p}`, init));
  const unit = (await pool.query(`SELECT "name" FROM "Unit" WHERE "code" = 'GTS01'`)).rows[0].name as string;
  const library = (await pool.query(`SELECT "name" FROM "TargetLibrary" WHERE "retiredAt" IS NULL ORDER BY "code" LIMIT 1`)).rows[0].name as string;
  const creditCode = (n: number) => {
    let body = '';
    for (let i = 0, x = n; i < 13; i++, x = Math.floor(x / 31)) body = CREDIT_CODE_ALPHABET[x % 31] + body;
    body = `9137${body}`;
    return body + creditCodeCheckChar(body);
  };
  // New targets each run: numbered after those an earlier run (--in-place, same database) imported.
  const offset = (await pool.query(`SELECT count(*)::int AS n FROM "Target" WHERE "name" LIKE '淄博规模导入第%'`)).rows[0].n as number;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssj-scale-'));
  const file = path.join(dir, 'targets.csv');
  const lines = ['\uFEFF统一社会信用代码,名称,所属名录库,维护单位,对象类型,经营规模,行业,所在镇（街道）,登记住所,法定代表人,联系电话,风险等级'];
  for (let i = 0; i < IMPORT_ROWS; i++) {
    lines.push(
      [
        creditCode(offset + i + 1_000_000),
        `淄博规模导入第${offset + i}号有限公司`,
        library,
        unit,
        '采矿权人',
        '小型',
        '采矿业',
        '闻韶街道',
        `临淄区闻韶街道测试路 ${offset + i} 号`,
        '张三',
        '0533-7000000',
        i % 3 ? '低风险' : '高风险',
      ].join(','),
    );
  }
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  lines.length = 0;
  out(`import: ${IMPORT_ROWS} new targets from CSV (${mib(fs.statSync(file).size)}), API RSS before ${mib(apiRss())}`);
  const streamed = async (res: Response) => {
    const last = JSON.parse((await res.text()).trim().split('\n').at(-1)!);
    if (!last.job) throw new Error(JSON.stringify(last).slice(0, 300));
    return last.job;
  };
  const job = await timed('upload', async () => {
    const up = await call('/import/Target/upload', {
      method: 'POST',
      headers: { ...auth, 'x-file-name': 'targets.csv' },
      body: Readable.toWeb(fs.createReadStream(file)) as ReadableStream,
      duplex: 'half',
    } as RequestInit);
    return ((await up.json()) as { job: { id: string; mapping: (string | null)[] } }).job;
  });
  await timed('dry run', async () =>
    streamed(
      await call(`/import/jobs/${job.id}/dry-run`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ mapping: job.mapping }),
      }),
    ),
  );
  const done = await timed('commit', async () =>
    streamed(await call(`/import/jobs/${job.id}/commit`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{}' })),
  );
  out(`           → ${done.status}`);
  fs.rmSync(dir, { recursive: true, force: true });
});

clearInterval(sampler);
out(`API process RSS at the end: ${mib(apiRss())}${IN_PROCESS ? '' : ` (bench process: ${mib(process.memoryUsage().rss)})`}; load ${load()}`);
await pool.end();
await closeApi();
if (needCopy && !KEEP_COPY) {
  const admin = new pg.Client({ connectionString: BASE_URL.replace(/\/[^/]*$/, '/postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${baseName}_bench" WITH (FORCE)`);
  await admin.end();
}
process.exit(0);
