// Bundles the server (src/server.ts with the workspace packages it imports, @ssj/db and @ssj/domain) into one
// ES module, `apps/api/dist/server.mjs`, which `npm start` builds and runs (apps/api/package.json), as do the
// browser walks (apps/admin/test/browser/globalSetup.ts builds it once per run) and bench:scale: `node
// dist/server.mjs` starts without tsx compiling and resolving ~400 TypeScript modules — about half of a server
// start's CPU, and ~150 MB less RSS (tsx's loader and its second process; docs/scaling.md). Packages from
// node_modules stay imports (PGlite and Prisma find their WASM files next to themselves), so the bundle works only
// where it is written: three folders below the repository root, as packages/db/src/paths.ts, whose
// `import.meta.url` it keeps, counts. `npm run dev` and the tests run the sources with tsx.
// Usage: tsx src/cli/bundle-server.ts [outfile]  (default apps/api/dist/server.mjs)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outfile = path.resolve(process.argv[2] ?? path.join(apiRoot, 'dist', 'server.mjs'));
if (path.dirname(outfile) !== path.join(apiRoot, 'dist')) throw new Error(`the bundle must be written to ${path.join(apiRoot, 'dist')}`);
// Written aside and renamed into place: a run that starts a server meanwhile reads the old bundle or the new, whole.
const tmp = `${outfile}.${process.pid}.tmp.mjs`;
await build({
  entryPoints: [path.join(apiRoot, 'src', 'server.ts')],
  outfile: tmp,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // No source map: not minified, each module's code follows a `// packages/…/x.ts` comment, so a stack trace is easily followed.
  logLevel: 'warning',
  plugins: [
    {
      name: 'node-modules-external',
      setup(b) {
        // A bare import stays one, except the workspaces' sources and JSON (Node 20 needs an import attribute for it).
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith('@ssj/') || args.path.endsWith('.json') ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
});
fs.renameSync(tmp, outfile);
