// Runs once per browser run, in vitest's main process: builds (or finds) the cached demo database the walks'
// servers start from and bundles the server they run, and starts the groups' shared servers (harness.ts,
// sharedApiServer) without waiting for them; at the end stops every API server left running — those, or one of a
// walk that crashed — and removes its data folder, and stops the Chromium the walks share (harness.ts, walkBrowser).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { spawn } from 'node:child_process';
import { repoRoot, startSharedServers, tsxArgs, setRunContext } from './harness.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where harness.ts lists the API servers ({pid}.json: pid and data folder) and the Chromium ({pid}.json: pid) it started. */
    browserRunDir: string;
    /** The demo database as a data folder, written once per run; each walk's server starts on a copy of it. */
    demoDataDir: string;
    /** The API server bundled into one module (apps/api/src/cli/bundle-server.ts), built once per run; each walk's server runs it. */
    apiServerBundle: string;
  }
}

/** Runs `node <args>` from the repository root, its output to the run's, and waits for it to succeed. */
const run = (args: string[]) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`node ${args.join(' ')} failed (${signal ?? code})`))));
  });

const readCommand = (pid: number): string => {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
};

export default async function setup(project: TestProject) {
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssj-browser-run-'));
  // The demo database once per run, as a data folder each walk's server gets a file copy of (harness.ts), and the
  // API server as one module, from the current sources (~1 s; esbuild), so no server compiles them through tsx: both
  // at once, each its own process (the servers below need both).
  const demoDataDir = path.join(runDir, 'demo');
  const apiServerBundle = path.join(repoRoot, 'apps/api/dist/server.mjs');
  await Promise.all([
    run(tsxArgs('packages/db/src/cli/browserWalk/demoDataDir.ts', demoDataDir)),
    run(tsxArgs('apps/api/src/cli/bundle-server.ts', apiServerBundle)),
  ]);
  project.provide('browserRunDir', runDir);
  project.provide('demoDataDir', demoDataDir);
  project.provide('apiServerBundle', apiServerBundle);
  // The groups' shared servers (harness.ts, sharedApiServer), started now and not awaited: they boot, and the results
  // seed runs, while the first walks run; a walk of a group only waits for its address.
  setRunContext({ browserRunDir: runDir, demoDataDir, apiServerBundle });
  const sharedServers = startSharedServers().map((server) => server.catch(() => undefined));
  return async () => {
    // Stopped as a walk's own server is (asked to stop, their data folders removed), the others below.
    await Promise.all(sharedServers.map(async (server) => (await server)?.stop()));
    const records = fs
      .readdirSync(runDir)
      .filter((f) => /^\d+\.json$/.test(f))
      .map((f) => JSON.parse(fs.readFileSync(path.join(runDir, f), 'utf8')) as { pid: number; dataDir?: string; command?: string })
      // Chromium usually ended with the worker that launched it: never signal whatever process took its number since.
      .filter(({ pid, command }) => !command || readCommand(pid).includes(command));
    const signal = (pid: number, sig: NodeJS.Signals | 0): boolean => {
      try {
        process.kill(-pid, sig); // the server's (or Chromium's) own process group
        return true;
      } catch {
        return false; // already gone
      }
    };
    // All asked to stop at once; each usually closes its database and exits within the second it is given.
    for (const { pid } of records) signal(pid, 'SIGTERM');
    const until = Date.now() + 1000;
    while (records.some(({ pid }) => signal(pid, 0)) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    for (const { pid, dataDir } of records) {
      signal(pid, 'SIGKILL');
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    }
    fs.rmSync(runDir, { recursive: true, force: true });
  };
}
