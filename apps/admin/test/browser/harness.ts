// What every browser walk needs: where things are, how to start Debian's Chromium, and the real API server
// on a free port with a fresh database. The one place the browser tests read the environment (README,
// "Environment variables"); the API server it starts inherits it.
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Locator, type Page, type PageScreenshotOptions } from 'playwright-core';
import { inject as vitestInject, type ProvidedContext } from 'vitest';
import { LOGIN } from '../../src/dataProvider/documents.ts';
import { journal } from './journal.ts';

/**
 * What the run's global setup provides (globalSetup.ts). It also starts the shared servers itself, in vitest's main
 * process, where `inject` does not exist: there it hands the same values over with `setRunContext`.
 */
let runContext: ProvidedContext | undefined;
export const setRunContext = (context: ProvidedContext): void => {
  runContext = context;
};
const inject = <K extends keyof ProvidedContext>(key: K): ProvidedContext[K] => (runContext ? runContext[key] : vitestInject(key));

export const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../../../..');
export const adminDist = path.resolve(here, '../../dist');
export const shots = path.resolve(here, '../../screenshots');

/**
 * SSJ_SHOTS=off: the walks take no screenshots (`shoot` returns at once). They are for a reader; each full-page
 * shot costs Chromium ~0.66 s of CPU, ~200 a run, and in CI (`.ci/run`) nobody looks at them.
 */
export const SHOTS_ON = process.env.SSJ_SHOTS !== 'off';
/** Debian's full browser, which the CSP walk drives whatever CHROMIUM is (csp.test.ts says why). */
export const FULL_CHROMIUM = '/usr/bin/chromium';
/**
 * Debian's headless shell (package chromium-headless-shell): Chromium's old headless mode, the same Blink without the
 * full browser's UI layer. A whole run took 0.80 of the full browser's CPU and 0.85 of its wall on 2026-12-07
 * (235.8 against 296.5 s of CPU), most of the difference in the browser and GPU processes.
 */
export const HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';
/**
 * The Chromium to drive: SSJ_CHROMIUM, else the headless shell when it is installed, else the full browser in its
 * headless mode. In clean-clone CI runs of 2026-12-05/06 two walks failed now and then on the shell — the CSP walk's
 * sign-in with the service worker running hung, the results walk's submit for review had no effect — so the full
 * browser was the default until the sign-out loop was fixed (a signed-out page navigated ~400–1,000 times while a
 * walk signed in as someone else: authProvider.ts, signIn.test.ts). Since, the CSP walk drives the full browser in any
 * case, and every run on the shell was green (the results walks four times in a row with CI=true, whole runs too).
 */
export const CHROMIUM = process.env.SSJ_CHROMIUM ?? (fs.existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : FULL_CHROMIUM);
/** SSJ_PUBLIC_TEST_OWN_DRAW=1: public.test.ts locks a draw of its own instead of using the demo's. */
export const PUBLIC_TEST_OWN_DRAW = !!process.env.SSJ_PUBLIC_TEST_OWN_DRAW;
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });

export async function waitForHealth(base: string, server: ChildProcess, log: () => string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`API server exited (${server.exitCode}):\n${log()}`);
    try {
      const res = await fetch(`${base}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`API server did not become healthy in ${timeoutMs} ms:\n${log()}`);
}

export type ApiServer = {
  base: string;
  /** What the group's seed script printed (sharedApiServer('results'): the walks' own tasks, see `resultsTask`). */
  prepared?: string;
  /** The demo password printed at start for this account (the walks sign in as the demo users). */
  demoPassword: (username: string, fallback: string) => string;
  /** What the server has printed so far. */
  log: () => string;
  stop: () => Promise<void>;
};

const demoPasswordIn =
  (log: () => string) =>
  (username: string, fallback: string): string =>
    new RegExp(`${username}\\s+(\\S+)`).exec(log())?.[1] ?? fallback;

/**
 * Runs a TypeScript script of the repository in Node with tsx's loader, from the repository root: one process,
 * not the three of `npx tsx` (npx, tsx's CLI, node), ~1 s of CPU less per script or server.
 */
export const tsxArgs = (script: string, ...args: string[]): string[] => ['--import', 'tsx', path.join(repoRoot, script), ...args];

/** Data folders fresh from the demo copy that no script has changed yet (see `runDbScript`). */
const pristineDataDirs = new Set<string>();

/**
 * Runs a script of the db package's browser-walk helpers (packages/db/src/cli/browserWalk) and returns its output.
 * Run as a walk's `prepare` on its fresh demo copy (`runDbScript('resultsSeed.ts', dataDir)`), the prepared folder
 * and the output are kept for the run: the next walk that prepares the same way gets a file copy of them (~0.2 s)
 * instead of the script's process (~5 s of CPU) — the scripts are deterministic, so it is the same database.
 */
export function runDbScript(name: string, ...args: string[]): string {
  const kept = keptPreparation(name, args);
  if (kept?.output !== undefined) return kept.output;
  const output = execFileSync(process.execPath, tsxArgs(`packages/db/src/cli/browserWalk/${name}`, ...args), { cwd: repoRoot, encoding: 'utf8' });
  kept?.keep(output);
  return output;
}

const execFileAsync = promisify(execFile);

/** `runDbScript` without blocking the process while the script runs (the shared servers' start in globalSetup.ts). */
async function runDbScriptAsync(name: string, ...args: string[]): Promise<string> {
  const kept = keptPreparation(name, args);
  if (kept?.output !== undefined) return kept.output;
  const { stdout } = await execFileAsync(process.execPath, tsxArgs(`packages/db/src/cli/browserWalk/${name}`, ...args), { cwd: repoRoot, encoding: 'utf8' });
  kept?.keep(stdout);
  return stdout;
}

/**
 * For `runDbScript` on a pristine data folder of a run: the output of the same preparation kept earlier in the run
 * (its database copied into the folder), or how to keep this one; nothing otherwise.
 */
function keptPreparation(name: string, args: string[]): { output?: string; keep: (output: string) => void } | undefined {
  const [dataDir, ...rest] = args;
  const runDir = inject('browserRunDir');
  if (!dataDir || !pristineDataDirs.delete(dataDir) || !runDir) return undefined;
  const key = createHash('sha256')
    .update(JSON.stringify([name, rest]))
    .digest('hex')
    .slice(0, 16);
  const kept = path.join(runDir, `prepared-${key}`);
  const keep = (output: string) => {
    // Written aside and renamed into place (atomic): the other worker may prepare the same at the same time.
    const tmp = `${kept}.${process.pid}`;
    fs.cpSync(dataDir, path.join(tmp, 'data'), { recursive: true });
    fs.writeFileSync(path.join(tmp, 'output.txt'), output);
    try {
      fs.renameSync(tmp, kept);
    } catch {
      fs.rmSync(tmp, { recursive: true, force: true }); // the other was first
    }
  };
  if (!fs.existsSync(path.join(kept, 'output.txt'))) return { keep };
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.cpSync(path.join(kept, 'data'), dataDir, { recursive: true });
  return { output: fs.readFileSync(path.join(kept, 'output.txt'), 'utf8'), keep };
}

/**
 * Writes a copy of the cached demo database into the new data folder `dataDir` — or, without one, builds the
 * cache — through the db package's script (the admin's code, tests included, imports no db module).
 */
export function writeDemoDataDir(dataDir?: string): void {
  execFileSync(process.execPath, tsxArgs('packages/db/src/cli/browserWalk/demoDataDir.ts', ...(dataDir ? [dataDir] : [])), {
    cwd: repoRoot,
    stdio: 'inherit',
  });
}

/**
 * A fresh data folder holding the demo database. The run's global setup writes one (globalSetup.ts, `demoDataDir`)
 * and each walk's server gets a file copy of it (~0.1 s) instead of a process that loads the dump (~5 s of CPU);
 * a walk run without that setup writes its own.
 */
function demoDataDirCopy(label: string): string {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `ssj-admin-${label}-`));
  const golden = inject('demoDataDir');
  if (golden && fs.existsSync(path.join(golden, 'PG_VERSION'))) fs.cpSync(golden, dataDir, { recursive: true });
  else writeDemoDataDir(dataDir);
  pristineDataDirs.add(dataDir);
  return dataDir;
}

/**
 * Starts the real API with the built admin on a free port and a fresh embedded database (a copy of the demo),
 * and waits for /health. Checks first that the admin is built and Chromium is installed.
 */

export async function startApiServer(
  label: string,
  options: { prepare?: (dataDir: string) => Promise<void>; today?: string; env?: Record<string, string> } = {},
): Promise<ApiServer> {
  if (!fs.existsSync(path.join(adminDist, 'index.html'))) throw new Error('Build the admin first: npm run build -w @ssj/admin');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium)`);
  fs.mkdirSync(shots, { recursive: true });
  // The demo database, copied from the cached dump (built once per machine and sources, see @ssj/db/testing):
  // the server finds it migrated and loaded, and skips its ~15 s first start.
  const dataDir = demoDataDirCopy(label);
  // A walk may put its own records in the database before the server opens it (demo data loaded first).
  if (options.prepare) await options.prepare(dataDir);
  pristineDataDirs.delete(dataDir);
  // Two walks start servers at once (vitest.config.ts, maxWorkers): a port found free may be taken before the
  // server listens on it. Then the server exits at once with EADDRINUSE, and another port is tried.
  for (let attempt = 1; ; attempt++) {
    try {
      const started = await spawnServer(label, dataDir, options);
      const { server } = started;
      return {
        base: started.base,
        demoPassword: demoPasswordIn(started.log),
        log: started.log,
        stop: async () => {
          started.stopping();
          if (server.pid && server.exitCode === null) {
            const exited = new Promise((r) => server.once('exit', r));
            try {
              process.kill(-server.pid, 'SIGTERM');
            } catch {
              server.kill('SIGTERM');
            }
            // It closes its database and exits, usually well within the second it is given.
            await Promise.race([exited, new Promise((r) => setTimeout(r, 1000))]);
            try {
              process.kill(-server.pid, 'SIGKILL');
            } catch {
              // already gone
            }
          }
          fs.rmSync(dataDir, { recursive: true, force: true });
          fs.rmSync(started.logFile, { force: true });
          if (started.record) fs.rmSync(started.record, { force: true });
        },
      };
    } catch (error) {
      if (attempt < 3 && /EADDRINUSE/.test(String(error))) continue;
      fs.rmSync(dataDir, { recursive: true, force: true });
      throw error;
    }
  }
}

/** Starts the server process on `dataDir` and a free port, and waits for /health. */
async function spawnServer(label: string, dataDir: string, options: { today?: string; env?: Record<string, string> }) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // The server writes to a file, not to a pipe of this worker: the shared server outlives the worker that started it
  // (sharedApiServer), and a pipe closed under it would end it at its next line of output.
  const runDir = inject('browserRunDir');
  const logFile = path.join(runDir || os.tmpdir(), `ssj-api-${label}-${process.pid}-${port}.log`);
  const out = fs.openSync(logFile, 'w');
  const log = () => {
    try {
      return fs.readFileSync(logFile, 'utf8');
    } catch {
      return '';
    }
  };
  // The run's bundle of the server (globalSetup.ts, `apiServerBundle`): ~3 s of CPU less per start than its sources
  // through tsx, which a walk run without that setup still uses.
  const bundle = inject('apiServerBundle');
  const server = spawn(process.execPath, bundle && fs.existsSync(bundle) ? [bundle] : tsxArgs('apps/api/src/server.ts'), {
    cwd: repoRoot,
    // "Today" is the demo's day (2026-11-02, from the demo database) unless the walk pins another: never the wall clock.
    env: {
      ...process.env,
      SSJ_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      SSJ_ADMIN_DIST: adminDist,
      NODE_ENV: 'production',
      SSJ_TODAY: options.today ?? '',
      // No reminder rounds (each works out every user's to-do list): the walks look at pages, not at the bell's
      // background job, which apps/api/test/notifications*.test.ts cover.
      SSJ_REMINDER_MINUTES: 'off',
      ...options.env,
    },
    stdio: ['ignore', out, out],
    detached: true, // its own process group, so whatever it starts ends with it
  });
  fs.closeSync(out);
  // A server that dies in the middle of a walk shows up as "connection refused" in the next step: say why.
  let stopping = false;
  server.on('exit', (code, signal) => {
    if (!stopping) console.error(`[${label}] API server exited unexpectedly (code ${code}, signal ${signal}):\n${log().slice(-4000)}`);
  });
  // Listed for the run's teardown (globalSetup.ts), which stops whatever a crashed or shared walk left running.
  const record = runDir && server.pid ? path.join(runDir, `${server.pid}.json`) : undefined;
  if (record) fs.writeFileSync(record, JSON.stringify({ pid: server.pid, dataDir }));
  try {
    await waitForHealth(base, server, log, 200_000);
  } catch (error) {
    stopping = true;
    if (server.pid && server.exitCode === null) {
      try {
        process.kill(-server.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    if (record) fs.rmSync(record, { force: true });
    throw error;
  }
  return { base, server, record, logFile, log, stopping: () => (stopping = true) };
}

/** The walks on the results seed's server (sharedApiServer('results')), each with a task of its own, in this order. */
export const RESULTS_WALKS = ['results', 'phone', 'offline', 'onSite'] as const;

/**
 * The groups of walks that share one server for the whole run: the day it is pinned to, and the db package's script
 * that prepares its database (run once by `startApiServer`'s prepare, its output passed to every walk of the group).
 */
const SHARED_GROUPS = {
  readers: {},
  writers: {},
  results: { today: '2026-12-04', script: ['resultsSeed.ts', ...RESULTS_WALKS] },
} satisfies Record<string, { today?: string; script?: string[] }>;
export type SharedGroup = keyof typeof SHARED_GROUPS;

/**
 * A results walk's own task on the shared results server (packages/db/src/cli/browserWalk/resultsSeed.ts): a
 * completed KGK task with three results due in December (one overdue on 2026-12-04), its code RW-2026-KGK-W1, -W2, …
 */
export function resultsTask(api: ApiServer, walk: (typeof RESULTS_WALKS)[number]): { taskId: string; code: string } {
  const tasks = JSON.parse(api.prepared!.trim().split('\n').pop()!) as Record<string, { taskId: string }>;
  return { taskId: tasks[walk]!.taskId, code: `RW-2026-KGK-W${RESULTS_WALKS.indexOf(walk) + 1}` };
}

const shared = new Map<string, Promise<ApiServer>>();

/**
 * One server on the demo database for the whole run per group of walks that cannot disturb one another: the first
 * walk of the group to ask starts it — in either worker: it claims the start in the run's folder — and the others,
 * in this worker or the other, use it; the run's teardown stops it (globalSetup.ts), and its `stop()` does nothing.
 * Run alone, a walk gets it all the same.
 * - `readers` (auditChain, csp, dashboard, documents, entryTyping, public) only read the demo: they may count what it holds.
 * - `writers` (draw, import, lists, station, transfers) change it, each in its own corner (its own target, task,
 *   plan or draw), and count nothing another writer changes; two of them may run at once.
 * - `results` (results, phone, offline, onSite), on 2026-12-04, on the demo and the results seed's tasks: each walk
 *   enters, reviews and publishes the results of its own task (`resultsTask`) and counts nothing of another's.
 * A walk that pins another day, prepares other records or counts what others change starts its own with
 * `startApiServer`.
 */
export function sharedApiServer(group: SharedGroup = 'readers'): Promise<ApiServer> {
  let server = shared.get(group);
  if (!server) {
    server = obtainSharedServer(group).then((started) => ({ ...started, stop: async () => {} }));
    server.catch(() => shared.delete(group));
    shared.set(group, server);
  }
  return server;
}

async function startSharedServer(group: SharedGroup): Promise<ApiServer> {
  const { today, script }: { today?: string; script?: string[] } = SHARED_GROUPS[group];
  let prepared: string | undefined;
  const server = await startApiServer(group, {
    today,
    prepare: script
      ? async (dataDir) => {
          prepared = await runDbScriptAsync(script[0]!, dataDir, ...script.slice(1));
        }
      : undefined,
  });
  return { ...server, prepared };
}

/** Claims the start of the group's shared server in the run's folder: false when another process claimed it first. */
function claimSharedServer(runDir: string, group: SharedGroup): boolean {
  try {
    fs.mkdirSync(path.join(runDir, `shared-${group}.claim`));
    return true;
  } catch {
    return false;
  }
}

/** Starts the claimed shared server and publishes its address (or why it did not start) in the run's folder. */
async function startClaimedServer(runDir: string, group: SharedGroup): Promise<ApiServer> {
  const ready = path.join(runDir, `shared-${group}.json`);
  try {
    const server = await startSharedServer(group);
    fs.writeFileSync(`${ready}.tmp`, JSON.stringify({ base: server.base, log: server.log(), prepared: server.prepared }));
    fs.renameSync(`${ready}.tmp`, ready);
    return server;
  } catch (error) {
    fs.writeFileSync(path.join(runDir, `shared-${group}.failed`), String(error));
    throw error;
  }
}

/**
 * Starts every group's shared server at once, from the run's global setup (globalSetup.ts), so that they boot while
 * the first walks run instead of inside the walk that first needs one; the walks then only wait for the address.
 * Resolves to the servers (their real `stop`), for the teardown.
 */
export function startSharedServers(): Promise<ApiServer>[] {
  const runDir = inject('browserRunDir');
  return (Object.keys(SHARED_GROUPS) as SharedGroup[]).filter((group) => claimSharedServer(runDir, group)).map((group) => startClaimedServer(runDir, group));
}

async function obtainSharedServer(group: SharedGroup): Promise<Omit<ApiServer, 'stop'>> {
  const runDir = inject('browserRunDir');
  if (!runDir) return startSharedServer(group);
  if (claimSharedServer(runDir, group)) return startClaimedServer(runDir, group);
  const ready = path.join(runDir, `shared-${group}.json`);
  const failed = path.join(runDir, `shared-${group}.failed`);
  // The run's setup or the other worker is starting it: wait for its address (the hook's own timeout is 240 s).
  const until = Date.now() + 230_000;
  while (!fs.existsSync(ready)) {
    if (fs.existsSync(failed)) throw new Error(`The shared API server (${group}) did not start:\n${fs.readFileSync(failed, 'utf8')}`);
    if (Date.now() > until) throw new Error(`The shared API server (${group}) did not start in 230 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const { base, log, prepared: output } = JSON.parse(fs.readFileSync(ready, 'utf8')) as { base: string; log: string; prepared?: string };
  return { base, log: () => log, demoPassword: demoPasswordIn(() => log), prepared: output };
}

/** The worker's Chromium per executable (the CSP walk drives the full browser, the others CHROMIUM). */
const sharedChromium = new Map<string, Promise<Browser>>();
/** The Chromium processes this worker launched, so that a second launch finds its own. */
const launchedPids = new Set<number>();

/** The Chromium child of this process that `launch` just started (Linux), for the run's teardown to stop. */
function chromiumChildPid(): number | undefined {
  try {
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid …: comm may hold spaces, so read from its closing parenthesis.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid && !launchedPids.has(Number(entry)) && /chrom/i.test(stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))))
        return Number(entry);
    }
  } catch {
    // no /proc: Playwright still closes its browser when this process exits
  }
  return undefined;
}

/**
 * The worker's one Chromium: its first walk launches it (~1 s of CPU and a second or two of wall each time), the
 * next ones reuse it, like the shared API server. A walk never shares a browser context with another — each
 * opens its own through `walkBrowser()` (own cookies, storage and cache) and closes them at its end — so no walk
 * sees another's session. The run's teardown (globalSetup.ts) stops it; Playwright also does when this worker exits.
 */
function sharedBrowser(executablePath: string): Promise<Browser> {
  if (!fs.existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath} (apt-get install chromium)`);
  let launched = sharedChromium.get(executablePath);
  if (!launched) {
    launched = chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS }).then((browser) => {
      const pid = chromiumChildPid();
      const runDir = inject('browserRunDir');
      if (pid) launchedPids.add(pid);
      if (pid && runDir) fs.writeFileSync(path.join(runDir, `${pid}.json`), JSON.stringify({ pid, command: 'chrom' }));
      browser.on('disconnected', () => sharedChromium.delete(executablePath));
      return browser;
    });
    launched.catch(() => sharedChromium.delete(executablePath));
    sharedChromium.set(executablePath, launched);
  }
  return launched;
}

/** What a walk drives: contexts of the run's Chromium; `close()` closes the walk's contexts, not the browser. */
export type WalkBrowser = Pick<Browser, 'newContext' | 'newPage'> & { close: () => Promise<void> };

/** `executablePath`: another Chromium than CHROMIUM for this walk (the worker keeps one of each). */
export async function walkBrowser(executablePath: string = CHROMIUM): Promise<WalkBrowser> {
  const browser = await sharedBrowser(executablePath);
  const contexts = new Set<BrowserContext>();
  // Service workers are blocked unless the walk allows them (offline and csp do, whose subject they are): the
  // admin's worker fetches and compiles its whole precache (~250 files, 3.7 MB) in every new context, ~4 s of
  // Chromium's CPU each time.
  // Every context asks for reduced motion: the admin then has no transitions and no click ripples (src/layout/theme.ts,
  // REDUCED_MOTION), whose frames Chromium would otherwise paint. Without screenshots (SSJ_SHOTS=off) every context
  // renders at device scale 1: the layout in CSS pixels (a 390 px phone) is the same, with a quarter of the pixels of
  // the phone walks' scale 2 to raster; their pictures keep it.
  const newContext: Browser['newContext'] = async (options) => {
    const context = await browser.newContext({
      serviceWorkers: 'block',
      reducedMotion: 'reduce',
      ...options,
      ...(SHOTS_ON ? {} : { deviceScaleFactor: 1 }),
    });
    contexts.add(context);
    context.once('close', () => contexts.delete(context));
    await journal(context);
    return context;
  };
  return {
    newContext,
    // Like Browser.newPage: a page in a context of its own.
    newPage: async (options) => (await newContext(options)).newPage(),
    close: async () => {
      await Promise.all([...contexts].map((c) => c.close().catch(() => undefined)));
    },
  };
}

/** A GraphQL request to a walk's API, as the holder of `token` when given (another user's own device), else anonymous. */
export const graphql = async (base: string, query: string, variables: Record<string, unknown>, token?: string) =>
  (await (
    await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    })
  ).json()) as { data?: Record<string, any>; errors?: unknown };

/**
 * Lets the page come to rest before a screenshot: two frames (a scroll or a click has had its effect), then until
 * no finite animation or transition runs (a dialog's fade-in, the app bar sliding back, a colour change), instead
 * of sleeping a fixed time. Spinners (infinite animations) are not waited for.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  await page
    .waitForFunction(
      () => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Number.POSITIVE_INFINITY),
      undefined,
      { timeout: 5_000, polling: 'raf' },
    )
    // Only the picture depends on it: a page that keeps moving is shot as it is.
    .catch(() => undefined);
}

/**
 * Writes a screenshot of `target` (a page, or one element) to `screenshots/<file>`, unless SSJ_SHOTS=off. With
 * `settle: true` the page first comes to rest (`settle`), for the picture's sake only: a walk whose next step
 * needs the page at rest calls `settle` itself. Off, nothing is waited for or painted.
 */
export async function shoot(target: Page | Locator, file: string, options: Omit<PageScreenshotOptions, 'path'> & { settle?: boolean } = {}): Promise<void> {
  if (!SHOTS_ON) return;
  const { settle: rest, ...picture } = options;
  const isPage = 'mainFrame' in target;
  if (rest) await settle(isPage ? target : target.page());
  const where = path.join(shots, file);
  if (isPage) await target.screenshot({ ...picture, path: where });
  else await target.screenshot({ path: where });
}

/**
 * Signs `page` in as `username` without the sign-in form, for walks whose subject is not signing in: the session
 * the `login` mutation answers (the admin's own LOGIN document, so the same fields) is put where the admin keeps
 * it (localStorage `ssj.session`, src/session.ts), then the admin opens at `hash` with that session, or where the
 * form would have landed. The server still checks the password. Waits for the app bar's unit badge, as after a
 * sign-in through the form.
 */
export async function signInDirectly(page: Page, base: string, username: string, password: string, hash?: string): Promise<void> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOGIN, variables: { username, password } }),
  });
  const body = (await res.json()) as { data?: { login: { me: { role: string } } }; errors?: unknown };
  if (!body.data?.login) throw new Error(`login as ${username} failed: ${JSON.stringify(body.errors)}`);
  // A page of the same origin that runs none of the admin (its storage is the admin's), then the admin itself.
  await page.goto(`${base}/health`);
  await page.evaluate((session) => localStorage.setItem('ssj.session', session), JSON.stringify(body.data.login));
  // Where the form lands every role (src/authProvider.ts, LANDING): the home page (the to-do list first for staff).
  await page.goto(`${base}/${hash ?? '#/'}`);
  await page.getByTestId('unit-badge').waitFor({ state: 'attached' });
}
