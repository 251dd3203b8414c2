// Whether two JSON values are one value, as comparing their canonicalJson texts (the domain's: keys sorted, object
// members whose value is undefined left out) says, without building the texts: verify compares a re-run draw with
// its receipt (46k entries at 1M), where building the two texts of each comparison was ~0.9 s of CPU per verification
// in a profile. A value canonicalJson refuses (a non-finite number, undefined, a non-plain object) is handed to
// canonicalJson, which throws as before — unless the comparison is already decided elsewhere (e.g. arrays of
// different lengths), where this answers false instead.
import { canonicalJson } from '@ssj/domain';

type Kind = 'null' | 'string' | 'boolean' | 'number' | 'array' | 'object' | 'other';

function kind(v: unknown): Kind {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'number':
      return Number.isFinite(v) ? 'number' : 'other';
    case 'object': {
      if (Array.isArray(v)) return 'array';
      const proto = Object.getPrototypeOf(v);
      return proto === Object.prototype || proto === null ? 'object' : 'other';
    }
    default:
      return 'other';
  }
}

export function sameJson(a: unknown, b: unknown): boolean {
  const ka = kind(a);
  const kb = kind(b);
  if (ka === 'other' || kb === 'other') return canonicalJson(a) === canonicalJson(b);
  if (ka !== kb) return false;
  if (ka === 'array') {
    const x = a as unknown[];
    const y = b as unknown[];
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!sameJson(x[i], y[i])) return false;
    return true;
  }
  if (ka === 'object') {
    const x = a as Record<string, unknown>;
    const y = b as Record<string, unknown>;
    let members = 0;
    for (const k of Object.keys(x)) {
      if (x[k] === undefined) continue;
      members++;
      if (!Object.hasOwn(y, k) || y[k] === undefined || !sameJson(x[k], y[k])) return false;
    }
    for (const k of Object.keys(y)) if (y[k] !== undefined) members--;
    return members === 0;
  }
  // Strings, booleans, null and finite numbers (0 and −0 are both "0" in JSON, and === to each other).
  return a === b;
}
