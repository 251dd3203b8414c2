import { defineConfig } from 'vitest/config';

// One root config; each workspace's own config is a project (each also runs alone: `npx vitest run` in its
// folder, or `npm test -w @ssj/domain`). `npm test` runs every project except the browser walk, which needs
// the built admin and Chromium (`npm run test:browser`, run by .ci/run).
export default defineConfig({
  test: {
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
          fileParallelism: false,
          // The walks run one after another in one worker that keeps its modules between files, so the read-only
          // walks share one API server (harness.ts, sharedApiServer); globalSetup.ts stops it at the end.
          isolate: false,
          globalSetup: ['test/browser/globalSetup.ts'],
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
