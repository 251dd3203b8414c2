import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Vitest's order (longest first within a project, the projects by name: admin, api, domain, repo) with the API's
 * files last: they need the demo database, which the API's global setup builds without waiting for it (~16 s of CPU on
 * a cold cache, as in CI, that both workers used to wait out), so the other projects' files run while it builds.
 * The run then ends on the API's shortest files, not on the repo's architecture check alone.
 */
class DemoLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => [f.project.config.sequence.groupOrder, f.project.name === 'api' ? 1 : 0] as const;
    // Array.prototype.sort is stable: within a rank, vitest's order stays.
    return sorted.sort((a, b) => rank(a)[0] - rank(b)[0] || rank(a)[1] - rank(b)[1]);
  }
}

// One root config; each workspace's own config is a project (each also runs alone: `npx vitest run` in its
// folder, or `npm test -w @ssj/domain`). `npm test` runs every project except the browser walk, which needs
// the built admin and Chromium (`npm run test:browser`, run by .ci/run).
export default defineConfig({
  test: {
    sequence: { sequencer: DemoLastSequencer },
    projects: [
      './packages/domain/vitest.config.ts',
      './apps/api/vitest.config.ts',
      './apps/admin/vitest.config.ts',
      // Repository-wide checks (test/): the rules index, where the environment is read, the architecture.
      // Two workers, as the other Node projects, to share their group (apps/api/vitest.config.ts).
      { test: { name: 'repo', root: '.', include: ['test/**/*.test.ts'], isolate: false, maxWorkers: 2 } },
      {
        test: {
          name: 'browser',
          root: './apps/admin',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 240_000,
          // Two walks at a time, even on 2 cores (vitest's default there is one worker): a walk mostly waits — for
          // Chromium to render, for the server to answer — and uses about half a core, so two overlap well. Every
          // walk has its own API server and database or only reads the demo's, so none sees another's work.
          fileParallelism: true,
          maxWorkers: 2,
          // Pages load over a real server, often on a busy machine: expect.poll waits up to 15 s for the condition
          // (its default, 1 s, failed walks at load 20 that pass when quiet), still polling every 50 ms.
          expect: { poll: { timeout: 15_000 } },
          // Each worker runs its walks one after another and keeps its modules between files, so its walks share
          // one Chromium (harness.ts, walkBrowser: a walk's own contexts) and its read-only walks one API server
          // (harness.ts, sharedApiServer); globalSetup.ts stops them all at the end.
          isolate: false,
          globalSetup: ['test/browser/globalSetup.ts'],
          // A failed step prints what its pages did meanwhile: notifications, mutations and their answers, errors.
          setupFiles: ['test/browser/journal.setup.ts'],
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
