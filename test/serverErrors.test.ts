// The admin's English UI translates the server's refusals by code (apps/admin/src/i18n/serverErrors.ts). The admin
// may not import the API (.dependency-cruiser.cjs), so this repository-wide check holds the two together: every
// code the API defines (apps/api/src/errors.ts) or sends by hand (graphql-js's refusals, the file routes') has an
// English message in the admin.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { enServerErrors } from '../apps/admin/src/i18n/serverErrors';
import { apiMessages } from '../apps/api/src/errors';

const apiSources = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? apiSources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [fs.readFileSync(path.join(dir, e.name), 'utf8')] : []));

describe('the API’s error codes', () => {
  it('each have an English message in the admin', () => {
    const defined = Object.keys(apiMessages);
    const sent = [
      ...new Set(
        apiSources(fileURLToPath(new URL('../apps/api/src', import.meta.url))).flatMap((s) => [...s.matchAll(/\bcode: '([A-Z][A-Z_.]+)'/g)].map((m) => m[1]!)),
      ),
    ];
    expect(defined.length).toBeGreaterThan(100);
    expect(sent).toContain('GRAPHQL_VALIDATION_FAILED');
    expect([...defined, ...sent].filter((c) => !enServerErrors[c])).toEqual([]);
  });
});
