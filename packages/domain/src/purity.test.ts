// The domain takes today, the calendar and random seeds as parameters. dependency-cruiser
// (.dependency-cruiser.cjs) keeps I/O imports out; this test catches what an import rule cannot see:
// globals that read the clock, randomness or the environment. Sources are loaded by Vite's
// import.meta.glob, so the test itself needs no file-system access.

import { describe, expect, it } from 'vitest';

const sources = (import.meta as unknown as { glob: (p: string[], o: object) => Record<string, string> }).glob(['./**/*.ts', '!./**/*.test.ts', '!./cli/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const FORBIDDEN: [RegExp, string][] = [
  [/\bprocess\s*\./, 'process (environment, argv, exit)'],
  [/\bDate\.now\s*\(/, 'Date.now() — pass `today` instead'],
  [/\bnew\s+Date\s*\(\s*\)/, 'new Date() without argument — pass `today` instead'],
  [/\bMath\.random\s*\(/, 'Math.random() — use a recorded seed'],
  [/\bcrypto\.getRandomValues\s*\(/, 'crypto.getRandomValues() — use a recorded seed'],
  [/\b(fetch|require)\s*\(/, 'fetch / require'],
];

describe('purity of packages/domain/src (outside cli/)', () => {
  it('finds the sources', () => {
    expect(Object.keys(sources)).toContain('./drawing.ts');
    expect(Object.keys(sources).some((f) => f.includes('/cli/') || f.endsWith('.test.ts'))).toBe(false);
  });

  it.each(Object.entries(sources))('%s reads no clock, randomness or environment', (_file, text) => {
    const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1'); // comments may mention them
    for (const [re, what] of FORBIDDEN) expect(re.test(code), what).toBe(false);
  });
});
