// The pure helpers the API and the demo's history (packages/db/src/seed) both call.
import { describe, expect, it } from 'vitest';
import { auditSnapshot } from './auditChain.ts';
import { bestRanks } from './drawing.ts';
import { maxLoadFor } from './matching.ts';

describe('maxLoadFor (rule 15)', () => {
  it('is an even share of the team places plus one', () => {
    expect(maxLoadFor(10, 2, 5)).toBe(5);
    expect(maxLoadFor(10, 3, 7)).toBe(6);
    expect(maxLoadFor(0, 2, 0)).toBe(3);
  });
});

describe('bestRanks', () => {
  it("keeps a target's best rank among the classes that selected it", () => {
    const rank = (candidateId: string, r: number, selected: boolean) => ({ candidateId, rank: r, selected });
    const ranks = bestRanks({
      perClass: [{ ranking: [rank('a', 3, true), rank('b', 1, false)] }, { ranking: [rank('a', 1, true), rank('c', 2, true)] }],
    } as unknown as Parameters<typeof bestRanks>[0]);
    expect([...ranks.entries()].sort()).toEqual([
      ['a', 1],
      ['c', 2],
    ]);
  });
});

describe('auditSnapshot', () => {
  it('stores dates as ISO strings and big ints as strings, and leaves out hashes and file contents', () => {
    expect(auditSnapshot({ at: new Date('2026-11-02T01:00:00Z'), n: 12n, passwordHash: 'x', tokenHash: 'y', data: 'z', ok: null })).toEqual({
      at: '2026-11-02T01:00:00.000Z',
      n: '12',
      ok: null,
    });
  });
  it('stores nothing for a missing record', () => {
    expect(auditSnapshot(null)).toBeUndefined();
    expect(auditSnapshot(undefined)).toBeUndefined();
  });
});
