// The data provider builds its queries from the schema shipped with the build (dataProvider/index.ts), not from an
// introspection query at start. A schema change without regenerating would leave it building queries for the old
// schema: this fails until `npm run generate -w @ssj/graphql-types`.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateIntrospection } from '../../../../packages/graphql-types/introspection';

const here = path.dirname(fileURLToPath(import.meta.url));
const shipped = path.resolve(here, '../../../../packages/graphql-types/src/introspection.json');

describe('the schema the admin ships', () => {
  it('is the printed schema (else: npm run generate -w @ssj/graphql-types)', () => {
    const current = fs.existsSync(shipped) ? fs.readFileSync(shipped, 'utf8') : '';
    expect(current === generateIntrospection(), 'packages/graphql-types/src/introspection.json is stale: npm run generate -w @ssj/graphql-types').toBe(true);
  });

  it('names every resource the admin lists, with its list query', () => {
    const schema = JSON.parse(fs.readFileSync(shipped, 'utf8')) as { types: { name: string; fields: { name: string }[] | null }[] };
    const query = schema.types.find((t) => t.name === 'Query')!;
    const names = new Set(query.fields!.map((f) => f.name));
    for (const type of ['Target', 'Inspector', 'Task', 'Result']) expect(names.has(`all${type}s`), type).toBe(true);
  });
});
