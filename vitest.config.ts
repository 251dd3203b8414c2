import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql ships CJS (main) and ESM (module) builds. Node resolves packages such as graphql-yoga to the CJS
// one; Vite would give our sources the ESM one, and `instanceof GraphQLError` would then fail across the two.
const graphqlCjs = createRequire(import.meta.url).resolve('graphql');

// One root config; each workspace is a project. `npm test` runs every project except the browser walk,
// which needs the built admin and Chromium (`npm run test:browser`, run by .ci/run).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'domain',
          root: './packages/domain',
          include: ['src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'api',
          root: './apps/api',
          alias: [{ find: /^graphql$/, replacement: graphqlCjs }],
          include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each test file gets its own fresh embedded database; two workers fit 2 cores.
          pool: 'forks',
          maxWorkers: 2,
          // Projects with different maxWorkers must run in different groups (vitest 4): after the domain's.
          sequence: { groupOrder: 1 },
        },
      },
      './apps/admin/vitest.config.ts',
      {
        test: {
          name: 'browser',
          root: './apps/admin',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 240_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
