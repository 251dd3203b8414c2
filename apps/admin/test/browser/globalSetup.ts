// Runs once per browser run, in vitest's main process: builds (or finds) the cached demo database the walks'
// servers start from, and at the end stops every API server a walk left running — the one the read-only walks
// share (harness.ts, sharedApiServer), or one of a walk that crashed — and removes its data folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { writeDemoDataDir } from './harness.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where harness.ts lists the API servers it started ({pid}.json: pid and data folder). */
    browserRunDir: string;
  }
}

export default async function setup(project: TestProject) {
  writeDemoDataDir();
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssj-browser-run-'));
  project.provide('browserRunDir', runDir);
  return async () => {
    for (const file of fs.readdirSync(runDir)) {
      const { pid, dataDir } = JSON.parse(fs.readFileSync(path.join(runDir, file), 'utf8')) as { pid: number; dataDir: string };
      for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
        try {
          process.kill(-pid, signal); // the server's own process group (npx, tsx and node)
        } catch {
          // already gone
        }
        if (signal === 'SIGTERM') await new Promise((r) => setTimeout(r, 1000));
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    fs.rmSync(runDir, { recursive: true, force: true });
  };
}
