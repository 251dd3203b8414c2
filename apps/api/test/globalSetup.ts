// Runs once per `vitest run`, before any test file: builds the demo database the files start from, so the
// demo (~3 s of CPU) is loaded once per run instead of once per file.
//   PGlite: builds (or finds) the cached demo dump in node_modules/.cache/ssj-db (keyed by the migrations and
//           the seed's sources, see demoKey in @ssj/db/testing); each worker loads it into memory. The build is
//           started, not awaited: on a cold cache (CI) the files that need no demo (the admin, domain and repo
//           projects, run first: vitest.config.ts's sequencer) run meanwhile, and a worker that asks for the demo
//           before it is written waits for it (the dump's lock file, cachedTemplate in @ssj/db's pglite.ts).
//   TEST_DATABASE_URL: builds a template database on that server for this run; each file copies it
//           (CREATE DATABASE … TEMPLATE …); dropped when the run ends.
import type { TestProject } from 'vitest/node';
import { createPostgresTemplate, demoTemplate, dropPostgresDatabase } from '@ssj/db/testing';
import { TEST_DATABASE_URL } from './testEnv.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's demo template database on the TEST_DATABASE_URL server ('' on PGlite). */
    demoTemplateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  const serverUrl = TEST_DATABASE_URL;
  if (!serverUrl) {
    const built = demoTemplate();
    // Its failure is the workers' too (they build it themselves then); the teardown reports it.
    built.catch(() => {});
    project.provide('demoTemplateDatabase', '');
    return async () => {
      await built;
    };
  }
  const name = await createPostgresTemplate(serverUrl);
  project.provide('demoTemplateDatabase', name);
  return async () => {
    await dropPostgresDatabase(serverUrl, name);
  };
}
