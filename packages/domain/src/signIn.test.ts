import { describe, expect, it } from 'vitest';
import { afterFailedSignIn, minutesLocked, SIGN_IN_POLICY, type ThrottleState } from './signIn.ts';

const t0 = new Date('2026-11-02T02:00:00Z');
const later = (min: number) => new Date(t0.getTime() + min * 60_000);

function fail(scope: 'user' | 'ip', times: number, start: ThrottleState | null = null, at = t0) {
  let s: ReturnType<typeof afterFailedSignIn> | ThrottleState | null = start;
  let last!: ReturnType<typeof afterFailedSignIn>;
  for (let i = 0; i < times; i++) s = last = afterFailedSignIn(scope, s, at);
  return last;
}

describe('sign-in throttle', () => {
  it('locks an account after 5 failures for 15 minutes', () => {
    expect(fail('user', 4).locked).toBe(false);
    expect(fail('user', 4).lockedUntil).toBeNull();
    const s = fail('user', 5);
    expect(s).toMatchObject({ failures: 5, locked: true, lockMinutes: 15 });
    expect(s.lockedUntil).toEqual(later(15));
    expect(minutesLocked(s, later(1))).toBe(14);
    expect(minutesLocked(s, later(14.5))).toBe(1);
    expect(minutesLocked(s, later(15))).toBeNull();
  });

  it('doubles the lock for each further run of failures, up to a day', () => {
    expect(fail('user', 10).lockMinutes).toBe(30);
    expect(fail('user', 15).lockMinutes).toBe(60);
    expect(fail('user', 5 * 30).lockMinutes).toBe(SIGN_IN_POLICY.maxLockMinutes);
  });

  it('allows an address more failures than an account', () => {
    expect(fail('ip', 19).locked).toBe(false);
    expect(fail('ip', 20)).toMatchObject({ locked: true, lockMinutes: 15 });
  });

  it('forgets failures older than a day', () => {
    const old = fail('user', 4);
    const s = afterFailedSignIn('user', old, later(24 * 60 + 1));
    expect(s).toMatchObject({ failures: 1, locked: false, lockedUntil: null });
  });

  it('is not locked without a state', () => {
    expect(minutesLocked(null, t0)).toBeNull();
    expect(minutesLocked({ lockedUntil: null }, t0)).toBeNull();
  });
});
