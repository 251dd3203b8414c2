// What every browser walk needs: where things are, how to start Debian's Chromium, and the real API server
// on a free port with a fresh database. The one place the browser tests read the environment (README,
// "Environment variables"); the API server it starts inherits it.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

export const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../../../..');
export const adminDist = path.resolve(here, '../../dist');
export const shots = path.resolve(here, '../../screenshots');

export const CHROMIUM = process.env.SSJ_CHROMIUM ?? '/usr/bin/chromium';
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
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`API server did not become healthy in ${timeoutMs} ms:\n${log()}`);
}

export type ApiServer = {
  base: string;
  /** The demo password printed at start for this account (the walks sign in as the demo users). */
  demoPassword: (username: string, fallback: string) => string;
  stop: () => Promise<void>;
};

/**
 * Runs a TypeScript script of the repository in Node with tsx's loader, from the repository root: one process,
 * not the three of `npx tsx` (npx, tsx's CLI, node), ~1 s of CPU less per script or server.
 */
export const tsxArgs = (script: string, ...args: string[]): string[] => ['--import', 'tsx', path.join(repoRoot, script), ...args];

/** Runs a script of the db package's browser-walk helpers (packages/db/src/cli/browserWalk) and returns its output. */
export function runDbScript(name: string, ...args: string[]): string {
  return execFileSync(process.execPath, tsxArgs(`packages/db/src/cli/browserWalk/${name}`, ...args), { cwd: repoRoot, encoding: 'utf8' });
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
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let log = '';
  const server = spawn(process.execPath, tsxArgs('apps/api/src/server.ts'), {
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
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so whatever it starts ends with it
  });
  server.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  server.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  // A server that dies in the middle of a walk shows up as "connection refused" in the next step: say why.
  let stopping = false;
  server.on('exit', (code, signal) => {
    if (!stopping) console.error(`[${label}] API server exited unexpectedly (code ${code}, signal ${signal}):\n${log.slice(-4000)}`);
  });
  // Listed for the run's teardown (globalSetup.ts), which stops whatever a crashed or shared walk left running.
  const runDir = inject('browserRunDir');
  const record = runDir && server.pid ? path.join(runDir, `${server.pid}.json`) : undefined;
  if (record) fs.writeFileSync(record, JSON.stringify({ pid: server.pid, dataDir }));
  await waitForHealth(base, server, () => log, 200_000);
  return {
    base,
    demoPassword: (username, fallback) => new RegExp(`${username}\\s+(\\S+)`).exec(log)?.[1] ?? fallback,
    stop: async () => {
      stopping = true;
      if (server.pid && server.exitCode === null) {
        try {
          process.kill(-server.pid, 'SIGTERM');
        } catch {
          server.kill('SIGTERM');
        }
        await new Promise((r) => setTimeout(r, 1000));
        try {
          process.kill(-server.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (record) fs.rmSync(record, { force: true });
    },
  };
}

let shared: Promise<ApiServer> | undefined;

/**
 * One server on the demo database for the walks that only read it (csp, dashboard, public): the first walk
 * starts it, the next ones reuse it (the browser project runs its files one after another in one worker
 * without isolation, so this module is loaded once), and the run's teardown stops it (globalSetup.ts); its
 * `stop()` does nothing. A walk that changes data, pins "today" or prepares records starts its own with
 * `startApiServer`, so no walk depends on what another did. Run alone, a walk gets it all the same.
 */
export function sharedApiServer(): Promise<ApiServer> {
  shared ??= startApiServer('shared').then((server) => ({ ...server, stop: async () => {} }));
  shared.catch(() => (shared = undefined));
  return shared;
}
