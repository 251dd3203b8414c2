// The admin's Apollo calls and public pages are typed by packages/graphql-types/src/operations.ts, generated from
// the documents in src/dataProvider/*Documents.ts and src/public/queries.ts. A document changed without
// regenerating would leave the pages typed by the old answer: this fails until `npm run generate -w @ssj/admin`
// (scripts/operations.ts; `npx turbo run generate` runs it after printing the schema).
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateOperations } from '../../scripts/operations';

const here = path.dirname(fileURLToPath(import.meta.url));
const generated = path.resolve(here, '../../../../packages/graphql-types/src/operations.ts');

describe('the generated operation types', () => {
  it('are up to date with the documents (else: npm run generate -w @ssj/admin)', async () => {
    const expected = await generateOperations();
    const current = fs.existsSync(generated) ? fs.readFileSync(generated, 'utf8') : '';
    // Compare line by line first, so a stale file shows the types that changed rather than one long string.
    const stale = 'packages/graphql-types/src/operations.ts is stale: npm run generate -w @ssj/admin';
    expect(current.split('\n'), stale).toEqual(expected.split('\n'));
    expect(current, stale).toBe(expected);
  });
});
