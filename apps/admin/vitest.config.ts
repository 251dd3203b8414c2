// The admin's unit tests (no browser): i18n coverage and the data provider's queries against the API schema.
// Meant as a project of the root config: `projects: [..., './apps/admin/vitest.config.ts']`.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

// test/unit/operations.test.ts runs packages/graphql-types/operations.ts in-process. GraphQL Code Generator is
// loaded by Node and gets graphql's CommonJS build; Vite would give the generator the ESM one, and the schema it
// builds would then be "from another module or realm". The generator's own imports of graphql get the CommonJS
// build too (the admin's sources keep their graphql 15).
const graphqlTypes = fileURLToPath(new URL('../../packages/graphql-types/', import.meta.url));
const generatorGraphql = createRequire(`${graphqlTypes}package.json`).resolve('graphql');

export default defineProject({
  plugins: [
    {
      name: 'graphql-types-generator-graphql',
      enforce: 'pre',
      resolveId: (source, importer) => (source === 'graphql' && importer?.startsWith(graphqlTypes) ? generatorGraphql : null),
    },
  ],
  test: {
    name: 'admin',
    include: ['test/unit/**/*.test.ts'],
    // ra-data-graphql's ESM build imports named exports from @apollo/client's CommonJS entry, which Node's
    // ESM loader cannot: pre-bundle the GraphQL provider for the test run.
    deps: { optimizer: { ssr: { enabled: true, include: ['ra-data-graphql-simple', 'ra-data-graphql'] } } },
    testTimeout: 60_000,
  },
});
