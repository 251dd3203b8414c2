// The daily bundle's download address (BundleSection): the day, and one `profile.<kind>` per kind a profile was
// chosen for — the built-in layout (an empty choice) sends nothing. The profiles' query asks for every kind.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { BUNDLE_PROFILES, bundleUrl } from '../../src/publication/BundleSection';

describe('the daily bundle download', () => {
  it('asks for the chosen profiles only', () => {
    expect(bundleUrl('2026-11-02', {})).toBe('/export/publication-bundle/2026-11-02.zip');
    expect(bundleUrl('2026-11-02', { 'result-published': 'p1', plan: '' })).toBe('/export/publication-bundle/2026-11-02.zip?profile.result-published=p1');
  });

  it("lists every kind's export profiles in one query", () => {
    expect(BUNDLE_PROFILES).toContain('result_published: allMappingProfiles(filter: { list: "publication.result-published", direction: EXPORT }');
    expect(BUNDLE_PROFILES.match(/allMappingProfiles/g)).toHaveLength(7);
    const schema = buildSchema(fs.readFileSync(createRequire(import.meta.url).resolve('@ssj/graphql-types/schema.graphql'), 'utf8'));
    expect(validate(schema, parse(BUNDLE_PROFILES)).map((e) => e.message)).toEqual([]);
  });
});
