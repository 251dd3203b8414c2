import { describe, expect, it } from 'vitest';
import { resultWriteDecision, WRITE_KEY_PATTERN } from './resultWrites.ts';

describe('saving a result from a device (offline entry)', () => {
  const base = { resultId: 'r1', userId: 'u1', currentVersion: 3 };
  it('applies a save started from the current version, or one that names none', () => {
    expect(resultWriteDecision({ ...base, baseVersion: 3 })).toEqual({ kind: 'APPLY' });
    expect(resultWriteDecision({ ...base, baseVersion: null })).toEqual({ kind: 'APPLY' });
  });
  it('refuses a save started from another version (the result changed since)', () => {
    expect(resultWriteDecision({ ...base, baseVersion: 2 })).toEqual({ kind: 'REFUSE', code: 'RESULT.STALE', baseVersion: 2, currentVersion: 3 });
  });
  it('replays a key seen before for the same result and person, even from an old version', () => {
    expect(resultWriteDecision({ ...base, baseVersion: 2, previous: { resultId: 'r1', userId: 'u1' } })).toEqual({ kind: 'REPLAY' });
  });
  it('refuses a key used before for another result or by another person', () => {
    expect(resultWriteDecision({ ...base, baseVersion: 3, previous: { resultId: 'r2', userId: 'u1' } })).toMatchObject({ code: 'RESULT.WRITE_KEY_REUSED' });
    expect(resultWriteDecision({ ...base, baseVersion: 3, previous: { resultId: 'r1', userId: 'u2' } })).toMatchObject({ code: 'RESULT.WRITE_KEY_REUSED' });
  });
  it('accepts a UUID as a key and refuses short or odd ones', () => {
    expect(WRITE_KEY_PATTERN.test('0b8f5c1e-3a0d-4c4e-9a56-3f1d2b7c9e10')).toBe(true);
    expect(WRITE_KEY_PATTERN.test('abc')).toBe(false);
    expect(WRITE_KEY_PATTERN.test(`${'x'.repeat(20)} `)).toBe(false);
  });
});
