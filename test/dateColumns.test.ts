// The API converts between ISO days and `date` columns only through apps/api/src/dateColumn.ts: no module of its
// own builds a `…T00:00:00Z` timestamp from a day or slices an ISO timestamp down to its day.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeFiles, ROOT, withoutComments } from './repoFiles.ts';

/** The modules allowed to convert themselves, and why. */
const CONVERTERS: Record<string, string> = {
  'apps/api/src/dateColumn.ts': 'the conversion itself',
  'apps/api/src/importing/readers.ts': "an uploaded spreadsheet's date cell (exceljs gives 00:00 UTC), not a column",
};

const CONVERSIONS: [RegExp, string][] = [
  [/T00:00:00(\.000)?Z/, 'builds a UTC-midnight timestamp'],
  [/\.toISOString\(\)\.slice\(0,\s*10\)/, 'slices an ISO timestamp to its day'],
];

function strayConversions(file: string, code: string): string[] {
  const stray: string[] = [];
  withoutComments(code)
    .split('\n')
    .forEach((line, i) => {
      for (const [re, what] of CONVERSIONS) if (re.test(line)) stray.push(`${file}:${i + 1} ${what} — use toDateColumn / fromDateColumn`);
    });
  return stray;
}

describe("the API's date columns", () => {
  const files = codeFiles('apps/api/src').filter((f) => !f.endsWith('.test.ts'));

  it('finds the sources', () => {
    expect(files).toContain('apps/api/src/dateColumn.ts');
    expect(files.length).toBeGreaterThan(100);
  });

  it('are converted only in dateColumn.ts', () => {
    const stray = files.filter((f) => !(f in CONVERTERS)).flatMap((f) => strayConversions(f, readFileSync(join(ROOT, f), 'utf8')));
    expect(stray).toEqual([]);
  });

  it('would notice a resolver converting on its own', () => {
    expect(strayConversions('x.ts', 'const due = new Date(`${day}T00:00:00Z`); // T00:00:00Z in a comment is fine')).toHaveLength(1);
    expect(strayConversions('x.ts', 'const day = d.toISOString().slice(0, 10);')).toHaveLength(1);
    expect(strayConversions('x.ts', '// d.toISOString().slice(0, 10)')).toEqual([]);
  });
});
