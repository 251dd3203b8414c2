// The Chinese messages must cover every react-admin key (no v5 Chinese pack exists; a missing key would show
// English or a raw key to a Chinese user) and every key of our own English messages, and vice versa.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import englishMessages from 'ra-language-english';
import { enApp, enMessages } from '../../src/i18n/en';
import { zhApp, zhMessages } from '../../src/i18n/zh';
import { zhStartMessages } from '../../src/i18n/zhStart';
import { RESOURCES } from '../../src/resources/registry';

type Tree = { [k: string]: unknown };

function leafPaths(o: unknown, prefix = ''): string[] {
  if (typeof o !== 'object' || o === null) return [prefix];
  return Object.entries(o as Tree).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
}

function get(o: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((cur, k) => (cur && typeof cur === 'object' ? (cur as Tree)[k] : undefined), o);
}

const placeholders = (s: string) => [...s.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('zh messages', () => {
  const raPaths = leafPaths(englishMessages);

  it('translate every key of ra-language-english', () => {
    expect(raPaths.length).toBeGreaterThan(150);
    const missing = raPaths.filter((p) => typeof get(zhMessages, p) !== 'string');
    expect(missing).toEqual([]);
  });

  it('are really Chinese, not copied English', () => {
    const untranslated = raPaths.filter((p) => {
      const en = get(englishMessages, p) as string;
      const zh = get(zhMessages, p) as string;
      // A message that is only placeholders (e.g. '%{name}') is the same in every language.
      const words = en.replace(/%\{\w+\}/g, '').replace(/[^A-Za-z]/g, '');
      return words.length > 0 && zh === en;
    });
    expect(untranslated).toEqual([]);
  });

  it('keep the placeholders react-admin fills in (except plural forms)', () => {
    const wrong = raPaths.filter((p) => {
      const en = placeholders(get(englishMessages, p) as string).filter((x) => x !== 'smart_count');
      const zh = placeholders(get(zhMessages, p) as string).filter((x) => x !== 'smart_count');
      return en.some((x) => !zh.includes(x === 'field_lower_first' ? 'field' : x) && !zh.includes(x));
    });
    expect(wrong).toEqual([]);
  });

  it('cover every app key in both languages', () => {
    const en = leafPaths(enApp).sort();
    const zh = leafPaths(zhApp).sort();
    expect(zh).toEqual(en);
    expect(zh.filter((p) => !(get(zhApp, p) as string).trim())).toEqual([]);
  });

  it('name every registry resource and its fields in both languages', () => {
    for (const { name: r } of RESOURCES) {
      expect(typeof get(zhMessages, `resources.${r}.name`)).toBe('string');
      expect(typeof get(enMessages, `resources.${r}.name`)).toBe('string');
      for (const messages of [zhMessages, enMessages]) expect(Object.keys((get(messages, `resources.${r}.fields`) ?? {}) as Tree).length, r).toBeGreaterThan(3);
    }
  });
});

describe('the messages the code names', () => {
  // Resource-specific texts live under resources.<Name>.* (react-admin's convention); the groups beside it are
  // pages of their own (the dashboards, the calendar, import and export, printable documents, API tokens) and the app's frame. A
  // literal key in src/ that names a message missing from either language would show as a raw key.
  const walk = (dir: URL): { file: string; text: string }[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((e) =>
        e.isDirectory()
          ? e.name === 'i18n'
            ? []
            : walk(new URL(`${e.name}/`, dir))
          : /\.tsx?$/.test(e.name)
            ? [{ file: e.name, text: fs.readFileSync(new URL(e.name, dir), 'utf8') }]
            : [],
      );
  const groups = Object.keys(enApp);

  it('keep resource texts under resources.<Name>: no other top-level group', () => {
    expect(groups.sort()).toEqual(
      [
        'apiTokens',
        'app',
        'assessment',
        'calendar',
        'countdown',
        'dashboard',
        'documents',
        'enums',
        'exporting',
        'importing',
        'outbox',
        'reminders',
        'resources',
        'todo',
      ].sort(),
    );
  });

  it('resolve in both languages', () => {
    const keyPattern = new RegExp(`['"\`]((?:${groups.join('|')})\\.[\\w.]+\\w)['"\`]`, 'g');
    const used = walk(new URL('../../src/', import.meta.url)).flatMap(({ file, text }) => [...text.matchAll(keyPattern)].map((m) => ({ file, key: m[1]! })));
    expect(used.length).toBeGreaterThan(900);
    expect(used.filter(({ key }) => typeof get(zhMessages, key) !== 'string' || typeof get(enMessages, key) !== 'string')).toEqual([]);
  });
});

describe('the first screen in Chinese', () => {
  // The resources' pages' messages (i18n/zhPages.ts) load with those pages (common/lazyPage.ts); the menu, the app
  // bar, the dashboard and its to-do cards show before, from zhStart.ts alone.
  const src = new URL('../../src/', import.meta.url);
  const firstScreen = [
    ...fs.readdirSync(new URL('layout/', src)).map((f) => `layout/${f}`),
    ...fs
      .readdirSync(new URL('dashboard/', src))
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => `dashboard/${f}`),
    'common/Countdown.tsx',
    'resources/result/UnsyncedBadge.tsx',
  ];

  it('names every resource (the menu and the page titles)', () => {
    expect(RESOURCES.filter(({ name }) => typeof get(zhStartMessages, `resources.${name}.name`) !== 'string')).toEqual([]);
  });

  it('has the resource messages the layout and the dashboard name', () => {
    const used = firstScreen.flatMap((f) => [...fs.readFileSync(new URL(f, src), 'utf8').matchAll(/['"`](resources\.[\w.]+\w)['"`]/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(2);
    expect(used.filter((key) => typeof get(zhStartMessages, key) !== 'string')).toEqual([]);
  });
});

describe('the audit trail reads in Chinese', () => {
  // Every action and entity the API records (apps/api/src: the schema, the import routes, …) and the demo data
  // records (packages/db/src/seed) must have a label, or the audit list shows code names (and misses it as a filter choice).
  const walk = (dir: URL): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((e) =>
        e.isDirectory()
          ? walk(new URL(`${e.name}/`, dir))
          : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
            ? [fs.readFileSync(new URL(e.name, dir), 'utf8')]
            : [],
      );
  const sources = [...walk(new URL('../../../api/src/', import.meta.url)), ...walk(new URL('../../../../packages/db/src/seed/', import.meta.url))].join('\n');
  // Every quoted name in the expression after `action:` / `entity:` (a ternary may choose between two);
  // `t.exposeString('action', …)` is the AuditEvent type's own field, not a recorded name.
  // Audit names are camelCase actions and PascalCase entities; an import row's own `action: 'CREATE'` is neither.
  const recorded = (key: 'action' | 'entity') => [
    ...new Set(
      [...sources.matchAll(new RegExp(`\\b(?:${key}|audit${key[0]!.toUpperCase()}${key.slice(1)}): ([^,}\\n]+)`, 'g'))]
        .flatMap((m) => (m[1]!.startsWith('t.') ? [] : [...m[1]!.matchAll(/'(\w+)'/g)].map((q) => q[1]!)))
        .filter((name) => (key === 'action' ? /^[a-z]/.test(name) : /^[A-Z][a-z]/.test(name))),
    ),
  ];

  it('labels every recorded action', () => {
    const actions = recorded('action');
    expect(actions.length).toBeGreaterThan(40);
    expect(actions.filter((a) => !get(zhApp, `resources.AuditEvent.actions.${a}`))).toEqual([]);
  });

  it('labels every recorded entity', () => {
    expect(recorded('entity').filter((e) => !get(zhApp, `resources.AuditEvent.entities.${e}`))).toEqual([]);
  });
});
