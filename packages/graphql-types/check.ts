// Whether the committed generated files match a fresh generation from the committed schema.graphql, without
// writing anything: src/types.ts (GraphQL Code Generator, codegen.ts, run in memory) and src/introspection.json
// (introspection.ts). This is the package's `test`; it must not depend on `generate` (turbo.json), which would
// rewrite the files first and so never see a stale one. schema.graphql itself is checked against the API's Pothos
// schema by apps/api/test/schema.test.ts, src/operations.ts by apps/admin/test/unit/operations.test.ts.
//
//   npx tsx packages/graphql-types/check.ts     exits 1 and names the stale files
import fs from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import config from './codegen.ts';
import { generateIntrospection } from './introspection.ts';

const here = import.meta.dirname;

/** The generated files' text, fresh from schema.graphql (once per process: codegen takes seconds). */
let fresh: Promise<Map<string, string>> | undefined;
async function generateFresh(): Promise<Map<string, string>> {
  const files = new Map<string, string>([['src/introspection.json', generateIntrospection()]]);
  const outputs = (await generate({ ...config, cwd: here, silent: true }, false)) as { filename: string; content: string }[];
  for (const o of outputs) files.set(path.relative(here, path.resolve(here, o.filename)), o.content);
  return files;
}

const readCommitted = (file: string): string | null => {
  const full = path.join(here, file);
  return fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : null;
};

/**
 * The generated files (paths relative to this package) whose committed text (`read`, the files on disk unless a
 * test passes another reader) differs from a fresh generation.
 */
export async function staleFiles(read: (file: string) => string | null = readCommitted): Promise<string[]> {
  fresh ??= generateFresh();
  const stale: string[] = [];
  for (const [file, text] of await fresh) if (read(file) !== text) stale.push(file);
  return stale;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const stale = await staleFiles();
  if (stale.length) {
    console.error(`stale generated files in packages/graphql-types: ${stale.join(', ')} — run npm run generate -w @ssj/graphql-types`);
    process.exit(1);
  }
  console.log('packages/graphql-types: src/types.ts and src/introspection.json match schema.graphql');
}
