// sameJson against what it replaces in verify: comparing the canonicalJson texts of two values.
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@ssj/domain';
import { sameJson } from '../src/sameJson.ts';

const leaves: unknown[] = [null, '', 'a', '检', '0', 0, -0, 1, 1.5, 2 ** 53, true, false];

/** A random JSON value (a small seeded generator: the same values every run). */
function value(next: () => number, depth: number): unknown {
  const r = next();
  if (depth === 0 || r < 0.4) return leaves[Math.floor(next() * leaves.length)];
  if (r < 0.7) return Array.from({ length: Math.floor(next() * 3) }, () => value(next, depth - 1));
  const out: Record<string, unknown> = {};
  for (const k of ['b', 'a', 'c'].slice(0, Math.floor(next() * 4))) out[k] = next() < 0.15 ? undefined : value(next, depth - 1);
  return out;
}

/** A copy of a JSON value with every object's keys in reverse order, undefined members left out. */
function reversed(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reversed);
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(o)
      .reverse()
      .filter((k) => o[k] !== undefined)
      .map((k) => [k, reversed(o[k])]),
  );
}

describe('sameJson', () => {
  it('answers as comparing canonicalJson texts does, on many random pairs and near misses', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    let equal = 0;
    for (let i = 0; i < 4000; i++) {
      const a = value(next, 3);
      // Half the time b is a's copy with its keys in reverse order (and undefined members dropped): many pairs are equal.
      const b = next() < 0.5 ? reversed(a) : value(next, 3);
      const want = canonicalJson(a) === canonicalJson(b);
      if (want) equal++;
      expect(sameJson(a, b), `${canonicalJson(a)} vs ${canonicalJson(b)}`).toBe(want);
    }
    expect(equal).toBeGreaterThan(1000);
  });

  it('ignores key order and undefined members, not types or array order', () => {
    expect(sameJson({ a: 1, b: [1, 'x'] }, { b: [1, 'x'], a: 1 })).toBe(true);
    expect(sameJson({ a: 1, z: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, z: null })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson('1', 1)).toBe(false);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson(0, -0)).toBe(true);
    expect(() => sameJson(Number.NaN, 1)).toThrow();
  });
});
