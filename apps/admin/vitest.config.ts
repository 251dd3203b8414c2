// The admin's unit tests (no browser): i18n coverage and the data provider's queries against the API schema.
// Meant as a project of the root config: `projects: [..., './apps/admin/vitest.config.ts']`.
import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'admin',
    include: ['test/unit/**/*.test.ts'],
    // ra-data-graphql's ESM build imports named exports from @apollo/client's CommonJS entry, which Node's
    // ESM loader cannot: pre-bundle the GraphQL provider for the test run.
    deps: { optimizer: { ssr: { enabled: true, include: ['ra-data-graphql-simple', 'ra-data-graphql'] } } },
    testTimeout: 60_000,
    // The files share their worker's modules (no isolation, less CPU): the one with module state (today.test.ts)
    // resets it after each test.
    isolate: false,
    // As many workers as the API's, so that `npm test` runs the Node projects in one group (apps/api/vitest.config.ts).
    maxWorkers: 2,
  },
});
