// Runs once per browser run, in vitest's main process: builds (or finds) the cached demo database the walks'
// servers start from, and at the end stops every API server a walk left running — the one the read-only walks
// share (harness.ts, sharedApiServer), or one of a walk that crashed — and removes its data folder, and stops
// the Chromium the walks share (harness.ts, walkBrowser).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { writeDemoDataDir } from './harness.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where harness.ts lists the API servers ({pid}.json: pid and data folder) and the Chromium ({pid}.json: pid) it started. */
    browserRunDir: string;
    /** The demo database as a data folder, written once per run; each walk's server starts on a copy of it. */
    demoDataDir: string;
  }
}

const readCommand = (pid: number): string => {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
};

export default async function setup(project: TestProject) {
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssj-browser-run-'));
  // The demo database once per run, as a data folder each walk's server gets a file copy of (harness.ts).
  const demoDataDir = path.join(runDir, 'demo');
  writeDemoDataDir(demoDataDir);
  project.provide('browserRunDir', runDir);
  project.provide('demoDataDir', demoDataDir);
  return async () => {
    for (const file of fs.readdirSync(runDir).filter((f) => f.endsWith('.json'))) {
      const { pid, dataDir, command } = JSON.parse(fs.readFileSync(path.join(runDir, file), 'utf8')) as { pid: number; dataDir?: string; command?: string };
      // Chromium usually ended with the worker that launched it: never signal whatever process took its number since.
      if (command && !readCommand(pid).includes(command)) continue;
      for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
        try {
          process.kill(-pid, signal); // the server's (or Chromium's) own process group
        } catch {
          // already gone
        }
        if (signal === 'SIGTERM') await new Promise((r) => setTimeout(r, 1000));
      }
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    }
    fs.rmSync(runDir, { recursive: true, force: true });
  };
}
