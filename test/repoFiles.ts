// The repository's own source files, for the checks of test/ that read code as text (where the environment is
// read, computed dynamic imports, how `date` columns are converted, the rules cited).

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'generated', '.turbo', 'coverage', 'screenshots']);
const CODE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;

/**
 * The files under `dir` (relative to the root) whose names match `names`, generated and built output left out.
 * From the root itself only apps/, packages/, prisma/ and test/ are walked, with the config files at the top.
 */
export function repoFiles(dir: string, names: RegExp, out: string[] = []): string[] {
  for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    if (SKIPPED_DIRS.has(e.name) || e.name.startsWith('.')) continue;
    const p = dir === '.' ? e.name : `${dir}/${e.name}`;
    if (e.isDirectory()) {
      if (dir !== '.' || ['apps', 'packages', 'prisma', 'test'].includes(e.name)) repoFiles(p, names, out);
    } else if (names.test(e.name)) out.push(p);
  }
  return out;
}

/** The code files under `dir` (TypeScript and JavaScript), as `repoFiles`. */
export const codeFiles = (dir: string): string[] => repoFiles(dir, CODE);

/** The code without its comments (comments may mention what the code may not do). */
export const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
