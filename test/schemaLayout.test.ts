// Where the API's schema code goes (apps/api/README.md, "Where a mutation goes"): a type's file holds the type;
// schema/commands/ holds the task's workflow commands, one file per command, and nothing else. Checked on the
// source text, so a helper or a type put into commands/, or a task status change written outside it, fails here.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SCHEMA = fileURLToPath(new URL('../apps/api/src/schema/', import.meta.url));
const COMMANDS = join(SCHEMA, 'commands');
const read = (p: string) => readFileSync(p, 'utf8');

describe('schema layout', () => {
  it('has in commands/ only files that each register the mutation they are named after, and no type or query', () => {
    const problems: string[] = [];
    for (const file of readdirSync(COMMANDS).filter((f) => f.endsWith('.ts'))) {
      const src = read(join(COMMANDS, file));
      const name = file.replace(/\.ts$/, '');
      if (!/builder\.mutationFields?\(/.test(src)) problems.push(`${file}: registers no mutation (a helper belongs in apps/api/src/)`);
      else if (!new RegExp(`\\b${name}: t\\.`).test(src)) problems.push(`${file}: registers no mutation named ${name}`);
      if (/builder\.(prismaObject|objectRef|inputType|enumType|queryFields?)\(/.test(src)) problems.push(`${file}: defines a type or a query`);
    }
    expect(problems).toEqual([]);
  });

  it("moves a task's status only in commands/ (and edits it in task.ts)", () => {
    const outside = readdirSync(SCHEMA)
      .filter((f) => f.endsWith('.ts') && f !== 'task.ts')
      .filter((f) => /\btx\.task\.(update|updateMany|upsert)\(/.test(read(join(SCHEMA, f))));
    expect(outside).toEqual([]);
  });
});
