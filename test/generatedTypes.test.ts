// packages/graphql-types/src/types.ts and src/introspection.json are committed; they must be what
// `npm run generate -w @ssj/graphql-types` makes of the committed schema.graphql. `npm test` runs this before any
// generator (turbo's `generate` would rewrite the files and hide a stale one), as does the package's own `test`.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { staleFiles } from '../packages/graphql-types/check.ts';

const pkg = path.resolve(import.meta.dirname, '../packages/graphql-types');
const onDisk = (file: string) => fs.readFileSync(path.join(pkg, file), 'utf8');

describe('the generated GraphQL types', () => {
  it('match a fresh generation from schema.graphql (else: npm run generate -w @ssj/graphql-types)', async () => {
    expect(await staleFiles()).toEqual([]);
  }, 120_000); // codegen takes seconds, more on a busy machine

  it('are reported stale when a committed file differs', async () => {
    const withExtraLine = (file: string) => (file === 'src/types.ts' ? `${onDisk(file)}export type Stale = 1;\n` : onDisk(file));
    expect(await staleFiles(withExtraLine)).toEqual(['src/types.ts']);
    expect(await staleFiles((file) => (file === 'src/introspection.json' ? null : onDisk(file)))).toEqual(['src/introspection.json']);
  }, 120_000);
});
