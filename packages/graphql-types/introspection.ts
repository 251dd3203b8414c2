// The schema as the admin's data provider reads it (ra-data-graphql builds its queries from an introspection
// result). Shipped with the admin as a static, cached asset instead of an introspection query on every start
// (≈ 470 kB uncompressed per visit); descriptions are left out — the provider needs names and types only.
// `--check` fails when src/introspection.json is stale (the admin's unit tests check it too).
//
//   npx tsx packages/graphql-types/introspection.ts [--check]
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, introspectionFromSchema } from 'graphql';

const here = import.meta.dirname;
const OUT = path.join(here, 'src/introspection.json');

/** The introspection (`__schema`) of schema.graphql, without descriptions, as the file's text. */
export function generateIntrospection(): string {
  const schema = buildSchema(fs.readFileSync(path.join(here, 'schema.graphql'), 'utf8'));
  const { __schema } = introspectionFromSchema(schema, { descriptions: false, specifiedByUrl: false, directiveIsRepeatable: false, schemaDescription: false });
  return `${JSON.stringify(__schema, null, 1)}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const text = generateIntrospection();
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : '';
    if (current !== text) {
      console.error('src/introspection.json is stale: npm run generate -w @ssj/graphql-types');
      process.exit(1);
    }
    console.log('src/introspection.json is up to date');
  } else {
    fs.writeFileSync(OUT, text);
    console.log(`wrote src/introspection.json (${(text.length / 1024).toFixed(0)} kB)`);
  }
}
