// Machine-checked architecture rules (after Sairyss/domain-driven-hexagon's .dependency-cruiser.js).
// packages/domain must stay pure: no I/O, no database, no GraphQL, no other workspace — so its rules
// run unchanged in the API, in a worker and in a citizen's browser that re-checks a draw.
// Only packages/domain/src/cli/ (the command-line verifier and the test-vector generator) may touch
// the file system and the process.
//
// Run from packages/domain (`npm run lint`: depcruise src --config ../../.dependency-cruiser.cjs)
// or from the root (npx depcruise packages/domain/src --config .dependency-cruiser.cjs).

const path = require('node:path');

// depcruise reports paths relative to the directory it runs in; work out how the domain sources are
// spelled from there, so the rule neither misses them nor catches another package's `src/`.
const rel = (p) => path.relative(process.cwd(), path.join(__dirname, p)).split(path.sep).join('/');
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const DOMAIN_SRC = `^${escape(rel('packages/domain/src'))}/`;
const DOMAIN_CLI = `^${escape(rel('packages/domain/src/cli'))}/`;
// Other workspaces, however their paths are spelled from the current directory (e.g. `../db/` when
// running in packages/domain; symlinked @ssj/* packages resolve to these real paths).
const OTHER_WORKSPACES = `^(${escape(rel('apps'))}/|${escape(rel('packages'))}/(?!domain/|\\.\\./))`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-no-node-builtins',
      severity: 'error',
      comment:
        'packages/domain is pure: no fs, net, http, child_process, process, crypto … (inputs such as today, ' +
        'the holiday calendar and random seeds are parameters). Only src/cli/ may use Node built-ins.',
      from: { path: DOMAIN_SRC, pathNot: DOMAIN_CLI },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'domain-no-db-or-graphql',
      severity: 'error',
      comment: 'packages/domain must not depend on Prisma, GraphQL, PostgreSQL drivers or ElectricSQL.',
      from: { path: DOMAIN_SRC },
      to: { path: '(^|/)(@prisma/|\\.prisma/|prisma(/|$)|graphql(/|$)|pg(/|$)|pg-[^/]+(/|$)|@electric-sql/)' },
    },
    {
      name: 'domain-no-other-workspaces',
      severity: 'error',
      comment: 'packages/domain is the innermost layer: it imports no app and no other workspace package.',
      from: { path: DOMAIN_SRC },
      to: { path: OTHER_WORKSPACES },
    },
    // The two rules below are scoped to the domain; other workspaces may add their own (generated
    // Prisma code, for one, is circular by design).
    {
      name: 'domain-no-circular',
      severity: 'error',
      comment: 'Circular imports make module initialisation order fragile.',
      from: { path: DOMAIN_SRC },
      to: { circular: true },
    },
    {
      name: 'domain-not-to-unresolvable',
      severity: 'error',
      comment: 'An import that cannot be resolved is a missing dependency or a typo.',
      from: { path: DOMAIN_SRC },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Count `import type` too: a type import from @prisma/client still couples the domain to the schema.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.json', '.d.ts'],
    },
  },
};
