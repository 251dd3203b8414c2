// The environment is read in one module per package (and in the tools' own configs), and every variable read
// is documented in the README's "Environment variables" table — and every variable there is read somewhere.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeFiles, ROOT, withoutComments } from './repoFiles.ts';

/** The modules allowed to read the environment, and why. */
export const ENV_READERS: Record<string, string> = {
  'apps/api/src/env.ts': 'the API',
  'packages/db/src/env.ts': 'the database package (API, CLI, seed, tests)',
  'apps/api/test/testEnv.ts': "the API's tests",
  'apps/api/bench/benchEnv.ts': 'the benchmarks',
  'apps/admin/test/browser/harness.ts': 'the browser walk (it also hands the environment to the API it starts)',
  'apps/admin/vite.config.ts': "Vite's config (the dev server's proxy)",
  'prisma.config.ts': "the Prisma CLI's config",
};

const ENV_ACCESS: [RegExp, string][] = [
  [/\bprocess\s*(\.\s*env\b|\[\s*['"`]env['"`]\s*\])/, 'process.env'],
  [/\{[^}]*\benv\b[^}]*\}\s*=\s*process\b/, 'const { env } = process'],
  [/\bimport\.meta\.env\b/, 'import.meta.env'],
];

const files = codeFiles('.');
const THIS_FILE = 'test/env.test.ts';

describe('reading the environment', () => {
  it('finds the sources', () => {
    expect(files).toContain('apps/api/src/env.ts');
    expect(files).toContain('prisma.config.ts');
    expect(files.length).toBeGreaterThan(100);
  });

  it('happens only in the modules meant for it', () => {
    const stray: string[] = [];
    for (const file of files) {
      if (file in ENV_READERS || file === THIS_FILE) continue;
      const lines = withoutComments(readFileSync(join(ROOT, file), 'utf8')).split('\n');
      lines.forEach((line, i) => {
        for (const [re, what] of ENV_ACCESS) {
          if (re.test(line)) {
            stray.push(`${file}:${i + 1} reads ${what} — read it through one of ${Object.keys(ENV_READERS).join(', ')}`);
          }
        }
      });
    }
    expect(stray).toEqual([]);
  });

  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = /^## Environment variables\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? '';
  const documented = new Set(
    section
      .split('\n')
      .filter((l) => l.startsWith('| `'))
      .flatMap((l) => [...l.split('|')[1]!.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((m) => m[1]!)),
  );
  const read = new Map<string, string>();
  for (const file of Object.keys(ENV_READERS)) {
    const code = withoutComments(readFileSync(join(ROOT, file), 'utf8'));
    for (const m of code.matchAll(/\benv\s*(?:\.\s*|\[\s*['"`])([A-Z][A-Z0-9_]*)/g)) {
      if (!read.has(m[1]!)) read.set(m[1]!, file);
    }
  }

  it('is documented in the README for every variable read', () => {
    expect(read.size).toBeGreaterThan(10);
    const undocumented = [...read]
      .filter(([name]) => !documented.has(name))
      .map(([name, file]) => `${name} (read in ${file}) has no row in the README's "Environment variables" table`);
    expect(undocumented).toEqual([]);
  });

  it('documents no variable that nothing reads', () => {
    const unread = [...documented].filter((name) => !read.has(name)).map((name) => `${name} is in the README but read nowhere`);
    expect(unread).toEqual([]);
  });
});
