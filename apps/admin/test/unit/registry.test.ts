// One registry of resources (src/resources/registry.ts): App.tsx, the menu, the data provider and the messages
// all follow it, so a resource added in one place only is caught here (or by tsc, for src/resources/index.ts).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { enMessages } from '../../src/i18n/en';
import { zhMessages } from '../../src/i18n/zh';
import { MENU_GROUPS, RESOURCES, RESOURCE_TYPES } from '../../src/resources/registry';

const src = new URL('../../src/', import.meta.url);
const read = (rel: string) => fs.readFileSync(new URL(rel, src), 'utf8');
const lowerFirst = (s: string) => s[0]!.toLowerCase() + s.slice(1);

describe('the resource registry', () => {
  it('has a folder with an index.ts for each resource, and a resource for each such folder', () => {
    const folders = fs
      .readdirSync(new URL('resources/', src), { withFileTypes: true })
      .filter((e) => e.isDirectory() && fs.existsSync(new URL(`resources/${e.name}/index.ts`, src)))
      .map((e) => e.name)
      .sort();
    expect(folders).toEqual(RESOURCES.map((r) => lowerFirst(r.name)).sort());
    const views = read('resources/index.ts');
    for (const { name } of RESOURCES) expect(views).toContain(`import ${lowerFirst(name)} from './${lowerFirst(name)}';`);
  });

  it('is what App.tsx, the menu and the data provider read — none lists resources by hand', () => {
    expect(read('App.tsx')).not.toMatch(/<Resource\s+name=["']/);
    expect(read('App.tsx')).toContain('RESOURCES.map');
    expect(read('layout/Menu.tsx')).not.toMatch(/ResourceItem\s+name=["']/);
    expect(read('layout/Menu.tsx')).toContain('resourcesIn(group)');
    expect(read('dataProvider/graphqlProvider.ts')).toMatch(/include: \[\.\.\.RESOURCE_TYPES\]/);
    expect(new Set(RESOURCE_TYPES).size).toBe(RESOURCES.length);
  });

  it('names a heading for every menu group in both languages', () => {
    for (const m of [zhMessages, enMessages]) {
      const menu = (m as unknown as { app: { menu: Record<string, string> } }).app.menu;
      expect(MENU_GROUPS.filter((g) => typeof menu[g] !== 'string')).toEqual([]);
    }
  });

  it('is exactly the set of resources the messages name (no stale resources.* group)', () => {
    for (const m of [zhMessages, enMessages]) {
      expect(Object.keys((m as unknown as { resources: object }).resources).sort()).toEqual(RESOURCE_TYPES.toSorted());
    }
  });
});
