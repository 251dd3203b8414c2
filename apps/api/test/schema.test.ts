import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from '../src/schema/index.ts';

describe('the published schema', () => {
  it('matches packages/graphql-types/schema.graphql (run `npm run generate` after an intended change)', () => {
    const file = path.resolve(import.meta.dirname, '../../../packages/graphql-types/schema.graphql');
    expect(`${printSchema(lexicographicSortSchema(schema))}\n`).toBe(fs.readFileSync(file, 'utf8'));
  });

  it('describes every type and field for analysts', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
    }
    expect(missing).toEqual([]);
  });
});
