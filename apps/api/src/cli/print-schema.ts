// Prints the schema's SDL into packages/graphql-types/schema.graphql (the analysts' and the admin's contract).
// `--check` fails when the committed file is stale instead of writing it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from '../schema/index.ts';

const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../packages/graphql-types/schema.graphql');
const sdl = `${printSchema(lexicographicSortSchema(schema))}\n`;

if (process.argv.includes('--check')) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (current !== sdl) {
    console.error(`${path.relative(process.cwd(), target)} is stale: run \`npm run generate\` and commit it.`);
    process.exit(1);
  }
  console.log('schema.graphql is up to date');
} else {
  fs.writeFileSync(target, sdl);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}
