type Tree = { [key: string]: unknown };

const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `a` with `b`'s keys added, nested objects merged (the Chinese messages come in two parts, zh.ts). Not react-admin's
 * `mergeTranslations`: it is lodash's `merge`, which i18n/index.ts would pull into the first download (+2.6 kB gzip,
 * 292.4 → 295.0 kB, measured with bench:bundle); messages need no more than this.
 */
export function mergeMessages<A extends object, B extends object>(a: A, b: B): A & B {
  const out: Tree = { ...(a as Tree) };
  for (const [k, v] of Object.entries(b)) out[k] = isTree(out[k]) && isTree(v) ? mergeMessages(out[k], v) : v;
  return out as A & B;
}
