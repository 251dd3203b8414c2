// The domain's tests: `npx vitest run` here, or as a project of the root config (`npm test`).
import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'domain',
    include: ['src/**/*.test.ts'],
    // Property tests and the CLI's (it starts tsx) take 1–2 s on a quiet machine, but well over vitest's default
    // 5 s on a busy one (they timed out at load 25 on 2 cores); the API and admin projects allow 60 s as well.
    testTimeout: 60_000,
    // Pure functions: the files share their worker's modules (no isolation), which halves the project's CPU time.
    isolate: false,
    // Two workers for two cores (vitest's default leaves one core idle); the same as the API's, so that `npm test`
    // runs all the Node projects in one group (apps/api/vitest.config.ts).
    maxWorkers: 2,
  },
});
