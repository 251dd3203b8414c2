// docs/rules.md is the repository's copy of the domain rules with an index per rule (domain module, Pothos
// file, admin folder, tests). This test keeps it honest:
// - every rule number and every G clause (指引 clause) cited in the sources has an entry in docs/rules.md;
// - every rule has an entry with at least a Domain or an API index;
// - every path in the index exists, and for `path#symbol` the symbol occurs in the file.
// A failure names the rule or path and where it is cited, e.g.
//   "rule 27 — cited at apps/api/src/schema/task.ts:12 — has no '#### Rule 27' entry in docs/rules.md".

import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, repoFiles, SKIPPED_DIRS } from './repoFiles.ts';

const DOC = 'docs/rules.md';
const SCANNED_ROOTS = ['apps', 'packages', 'prisma'];
const SCANNED_FILES = /\.(ts|tsx|prisma|sql)$/;

// ——— the document ———————————————————————————————————————————————————————————————

interface RuleEntry {
  n: number;
  title: string;
  index: Map<string, string[]>; // 'Domain' | 'API' | 'Admin' | 'Tests' → `path` or `path#symbol`
}

export function parseRulesDoc(text: string): { rules: Map<number, RuleEntry>; gClauses: Set<number>; pClauses: Set<number> } {
  const rules = new Map<number, RuleEntry>();
  let current: RuleEntry | null = null;
  for (const line of text.split('\n')) {
    const heading = /^#### Rule (\d+) — (.+)$/.exec(line);
    if (heading) {
      current = { n: Number(heading[1]), title: heading[2]!, index: new Map() };
      rules.set(current.n, current);
      continue;
    }
    if (/^#{1,4} /.test(line)) current = null;
    const entry = current && /^- (Domain|API|Admin|Tests): (.+)$/.exec(line);
    if (current && entry)
      current.index.set(
        entry[1]!,
        [...entry[2]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!),
      );
  }
  const clauses = (letter: string) => new Set([...text.matchAll(new RegExp(`^\\| ${letter}(\\d+) \\|`, 'gm'))].map((m) => Number(m[1])));
  return { rules, gClauses: clauses('G'), pClauses: clauses('P') };
}

// ——— the citations ——————————————————————————————————————————————————————————————

/** "1, 2", "18–24", "9 and 23", "2/8" → the numbers they name. */
function numbersOf(list: string): number[] {
  const out: number[] = [];
  for (const part of list.split(/\s*(?:,|\band\b|\bor\b|\/)\s*/)) {
    const [a, b] = part.split(/\s*[–-]\s*/).map(Number);
    if (b === undefined) out.push(a!);
    else for (let i = a!; i <= b; i++) out.push(i);
  }
  return out;
}

const RULE_CITATION = /\b[Rr]ules? (\d+(?:\s*(?:,|\band\b|\bor\b|–|-|\/)\s*\d+)*)|规则\s?(\d+)/g;
// G8, G26.4, and ranges such as G23–G30.
const G_CITATION = /\bG(\d{1,2})(?:\.\d+)?(?:\s*[–-]\s*G(\d{1,2}))?\b/g;

interface Citation {
  n: number;
  at: string; // file:line
}

export function citationsIn(text: string, file: string): { rules: Citation[]; gClauses: Citation[] } {
  const rules: Citation[] = [];
  const gClauses: Citation[] = [];
  const lineOf = (i: number) => text.slice(0, i).split('\n').length;
  for (const m of text.matchAll(RULE_CITATION)) {
    for (const n of numbersOf(m[1] ?? m[2]!)) rules.push({ n, at: `${file}:${lineOf(m.index)}` });
  }
  for (const m of text.matchAll(G_CITATION)) {
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    for (let n = from; n <= to; n++) gClauses.push({ n, at: `${file}:${lineOf(m.index)}` });
  }
  return { rules, gClauses };
}

const doc = parseRulesDoc(readFileSync(join(ROOT, DOC), 'utf8'));
const files = SCANNED_ROOTS.flatMap((r) => repoFiles(r, SCANNED_FILES));
const cited = files.map((f) => citationsIn(readFileSync(join(ROOT, f), 'utf8'), f));
const firstCitation = (list: Citation[]) => {
  const seen = new Map<number, string[]>();
  for (const c of list) seen.set(c.n, [...(seen.get(c.n) ?? []), c.at]);
  return seen;
};
const ruleCitations = firstCitation(cited.flatMap((c) => c.rules));
const gCitations = firstCitation(cited.flatMap((c) => c.gClauses));
const where = (ats: string[]) => `cited at ${ats.slice(0, 3).join(', ')}${ats.length > 3 ? ` and ${ats.length - 3} more` : ''}`;

describe(`${DOC}: the rules and their index`, () => {
  it('parses the document and finds citations (the scanner sees something)', () => {
    expect(doc.rules.size).toBeGreaterThanOrEqual(26);
    expect(doc.gClauses.size).toBe(35);
    expect(doc.pClauses.size).toBe(7);
    expect(files.length).toBeGreaterThan(100);
    expect(ruleCitations.size).toBeGreaterThanOrEqual(26);
    expect(ruleCitations.get(17)?.length).toBeGreaterThan(10);
  });

  it('numbers the rules 1…N without gaps', () => {
    const ns = [...doc.rules.keys()];
    expect(ns).toEqual(ns.map((_, i) => i + 1));
  });

  it('has an entry for every rule cited in apps/, packages/ and prisma/', () => {
    const missing = [...ruleCitations]
      .filter(([n]) => !doc.rules.has(n))
      .map(([n, ats]) => `rule ${n} — ${where(ats)} — has no '#### Rule ${n} — …' entry in ${DOC}`);
    expect(missing).toEqual([]);
  });

  it('has an entry for every G clause cited in apps/, packages/ and prisma/', () => {
    const missing = [...gCitations].filter(([n]) => !doc.gClauses.has(n)).map(([n, ats]) => `G${n} — ${where(ats)} — has no '| G${n} |' row in ${DOC}`);
    expect(missing).toEqual([]);
  });

  it('gives every rule a Domain or an API index', () => {
    const bare = [...doc.rules.values()]
      .filter((r) => (r.index.get('Domain')?.length ?? 0) + (r.index.get('API')?.length ?? 0) === 0)
      .map((r) => `rule ${r.n} (${r.title}) has neither a '- Domain:' nor an '- API:' line with a path in ${DOC}`);
    expect(bare).toEqual([]);
  });

  it('files each path under the right heading', () => {
    const WHERE: Record<string, RegExp> = {
      Domain: /^packages\/domain\/src\//,
      API: /^apps\/api\/src\//,
      Admin: /^apps\/admin\/src\//,
      Tests: /(\.test\.ts|\/test\/.*\/)$/,
    };
    const misplaced: string[] = [];
    for (const r of doc.rules.values()) {
      for (const [kind, refs] of r.index) {
        for (const ref of refs) {
          if (!WHERE[kind]!.test(ref.split('#')[0]!)) misplaced.push(`rule ${r.n}, ${kind}: ${ref} does not belong under ${kind} (${WHERE[kind]})`);
        }
      }
    }
    expect(misplaced).toEqual([]);
  });

  it('points only at paths (and symbols) that exist', () => {
    const broken: string[] = [];
    for (const r of doc.rules.values()) {
      for (const [kind, refs] of r.index) {
        for (const ref of refs) {
          const [path, symbol] = ref.split('#') as [string, string | undefined];
          const full = join(ROOT, path);
          if (!existsSync(full)) {
            broken.push(`rule ${r.n}, ${kind}: ${path} does not exist`);
          } else if (path.endsWith('/') !== statSync(full).isDirectory()) {
            broken.push(`rule ${r.n}, ${kind}: ${path} — write folders with a trailing '/', files without`);
          } else if (symbol !== undefined) {
            const text = statSync(full).isDirectory() ? '' : readFileSync(full, 'utf8');
            if (!new RegExp(`\\b${symbol.replace(/[$]/g, '\\$')}\\b`).test(text)) {
              broken.push(`rule ${r.n}, ${kind}: ${symbol} does not occur in ${path}`);
            }
          }
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('scans only sources (not node_modules, dist or generated code)', () => {
    expect(files.some((f) => f.split('/').some((part) => SKIPPED_DIRS.has(part)))).toBe(false);
    expect(files).toContain('prisma/schema.prisma');
    expect(files.some((f) => f.startsWith('prisma/migrations/') && f.endsWith('.sql'))).toBe(true);
    expect(relative(ROOT, join(ROOT, DOC))).toBe(DOC);
  });
});

describe('the citation parser', () => {
  it('reads lists, ranges and Chinese citations', () => {
    const { rules, gClauses } = citationsIn('rules 2, 8, 11–13 and 17; Rule 9; 规则10; G23–G25, G26.4', 'x.ts');
    expect(rules.map((c) => c.n)).toEqual([2, 8, 11, 12, 13, 17, 9, 10]);
    expect(gClauses.map((c) => c.n)).toEqual([23, 24, 25, 26]);
  });
});
