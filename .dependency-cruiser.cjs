// Machine-checked architecture rules (after Sairyss/domain-driven-hexagon's .dependency-cruiser.js).
//
//   Domain (packages/domain)  imports no other workspace: pure, no I/O — its rules run unchanged in the API,
//                             a worker and a citizen's browser that re-checks a draw. Only src/cli/ (the
//                             command-line verifier and the test-vector generator) may touch files and the process.
//   Db (packages/db)          imports Domain only: never the API or the admin.
//   Admin (apps/admin)        talks to the API over HTTP only: imports no API and no Db module (tests included).
//   Api (apps/api)            imports no admin module (it serves the built admin from disk).
//   graphql-types             imports no app: it holds what the API prints.
//   Every workspace           imports only the workspaces its package.json declares (@ssj/… or a relative path
//                             into another workspace).
//
// Run from the root: `npm run lint` (turbo → @ssj/domain's lint runs `depcruise src`), `npx depcruise apps packages
// --config .dependency-cruiser.cjs` (Node >= 22; packages/domain/scripts/depcruise.mjs on Node 20), or as part of
// `npm test` (test/architecture.test.ts cruises apps/ and packages/ with this config).

const path = require('node:path');

// depcruise reports paths relative to the directory it runs in; work out how the domain sources are
// spelled from there, so the rule neither misses them nor catches another package's `src/`.
const rel = (p) => path.relative(process.cwd(), path.join(__dirname, p)).split(path.sep).join('/');
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const DOMAIN_SRC = `^${escapeRegExp(rel('packages/domain/src'))}/`;
const DOMAIN_CLI = `^${escapeRegExp(rel('packages/domain/src/cli'))}/`;
// Other workspaces, however their paths are spelled from the current directory (e.g. `../db/` when
// running in packages/domain; symlinked @ssj/* packages resolve to these real paths).
const OTHER_WORKSPACES = `^(${escapeRegExp(rel('apps'))}/|${escapeRegExp(rel('packages'))}/(?!domain/|\\.\\./))`;

// The workspaces, by folder, with the @ssj/* packages each declares (dependencies and devDependencies).
const fs = require('node:fs');
const WORKSPACES = ['apps', 'packages'].flatMap((dir) =>
  fs
    .readdirSync(path.join(__dirname, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(__dirname, dir, e.name, 'package.json')))
    .map((e) => {
      const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, dir, e.name, 'package.json'), 'utf8'));
      const declared = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
      return { folder: `${dir}/${e.name}`, name: manifest.name, declared };
    }),
);
const folderOf = (name) => WORKSPACES.find((w) => w.name === name)?.folder;
const under = (folder) => `^${escapeRegExp(rel(folder))}/`;
const anyOf = (folders) => `^(${folders.map((f) => escapeRegExp(rel(f))).join('|')})/`;

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
    {
      name: 'db-no-api-or-admin',
      severity: 'error',
      comment: 'packages/db is below the API and the admin: it imports neither (move shared code to @ssj/domain or into the db).',
      from: { path: under('packages/db') },
      to: { path: anyOf(['apps']) },
    },
    {
      name: 'admin-no-api-or-db',
      severity: 'error',
      comment:
        'The admin talks to the API over HTTP only: no module of apps/api or packages/db, not even in tests ' +
        '(a test that needs a prepared database runs a script of packages/db; the schema comes from @ssj/graphql-types).',
      from: { path: under('apps/admin') },
      to: { path: anyOf(['apps/api', 'packages/db']) },
    },
    {
      name: 'api-no-admin',
      severity: 'error',
      comment: 'The API serves the built admin from disk; it imports none of its modules.',
      from: { path: under('apps/api') },
      to: { path: under('apps/admin') },
    },
    {
      name: 'graphql-types-no-apps',
      severity: 'error',
      comment: '@ssj/graphql-types holds the schema the API prints and the types generated from it; it imports no app.',
      from: { path: under('packages/graphql-types') },
      to: { path: anyOf(['apps']) },
    },
    // One rule per workspace: no import (by package name or by relative path) of a workspace its package.json
    // does not declare.
    ...WORKSPACES.map((w) => {
      const undeclared = WORKSPACES.filter((o) => o !== w && !w.declared.includes(o.name)).map((o) => o.folder);
      return {
        name: `undeclared-workspace-from-${w.folder.replace('/', '-')}`,
        severity: 'error',
        comment: `${w.name} imports only the workspaces its package.json declares (${w.declared.filter(folderOf).join(', ') || 'none'}).`,
        from: { path: under(w.folder) },
        to: { path: undeclared.length ? anyOf(undeclared) : '(?!)' },
      };
    }),
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
    // Built and generated code is not ours to arrange (generated Prisma code is circular by design).
    exclude: { path: '(^|/)(node_modules|dist|generated|screenshots)/' },
    // Count `import type` too: a type import from @prisma/client still couples the domain to the schema.
    tsPreCompilationDeps: true,
    // `npm run lint` and the repo project's architecture test cruise the same tree with these options: the second
    // (and every run after one that changed no file) reads the result back instead of parsing ~800 modules again.
    cache: { folder: 'node_modules/.cache/dependency-cruiser', strategy: 'content' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json', '.d.ts'],
    },
  },
};
