// The API's tests: `npx vitest run` here, or as a project of the root config (`npm test`).
import { createRequire } from 'node:module';
import { defineProject } from 'vitest/config';

// graphql ships CJS (main) and ESM (module) builds. Node resolves packages such as graphql-yoga to the CJS
// one; Vite would give our sources the ESM one, and `instanceof GraphQLError` would then fail across the two.
const graphqlCjs = createRequire(import.meta.url).resolve('graphql');

export default defineProject({
  test: {
    name: 'api',
    alias: [{ find: /^graphql$/, replacement: graphqlCjs }],
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // Builds the demo database once per run; each file starts from a copy (test/helpers.ts).
    globalSetup: ['test/globalSetup.ts'],
    // New passwords hashed at bcrypt's least cost, as the test demo's accounts are (TEST_PASSWORD_ROUNDS in
    // @ssj/db/testing): ~1.5 instead of ~90 ms of CPU per hash or check. Production's 10 (and its floor) is
    // env.ts's passwordRoundsOf, tested in auth.test.ts.
    env: { SSJ_PASSWORD_ROUNDS: '4' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each test file gets its own copy of the demo database; two workers fit 2 cores. The files of a worker share
    // its process and modules (no isolation), on PGlite and on a PostgreSQL server alike: importing the API, Prisma
    // and PGlite's WASM once per worker instead of once per file saves ~3 s of CPU per file (on PostgreSQL, where
    // every file kept a process of its own, the suite took twice as long as on PGlite). Nothing a file leaves behind
    // reaches the next one: each starts its own database (helpers.ts: a reset PGlite, or a new copy of the run's
    // template on the server), "today" is pinned per app, and no file mocks a module or stubs a global (the one spy,
    // signInThrottle.test.ts's on bcryptjs's compare, is restored within its test).
    pool: 'forks',
    maxWorkers: 2,
    isolate: false,
    // The domain, admin and repo projects allow two workers as well, so all four share one group (vitest 4 runs
    // projects of different maxWorkers in separate groups, one after another): the files of every project feed
    // the same two workers, longest first, and no core idles while one project's last file finishes.
  },
});
