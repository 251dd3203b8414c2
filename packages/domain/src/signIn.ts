// Sign-in throttling: how many failed sign-ins lock an account or an address, and for how long.
// Pure: the API keeps the counters (LoginThrottle, in PostgreSQL so that every API replica sees them) and asks
// here what a failure means. The first lock comes after a few failures and lasts a while; every further run of
// failures after a lock doubles it, up to a day. Counters of an account are forgiven on a successful sign-in.

/** Who is throttled: one account (by username) or one client address (across usernames). */
export type ThrottleScope = 'user' | 'ip';

export const SIGN_IN_POLICY = {
  /** Failures in a row that lock an account; an address is allowed more (people share office NATs). */
  failuresBeforeLock: { user: 5, ip: 20 } as Record<ThrottleScope, number>,
  /** Length of the first lock, doubled for each further one, at most `maxLockMinutes`. */
  firstLockMinutes: 15,
  maxLockMinutes: 24 * 60,
  /** Failures older than this are forgotten (a counter does not grow forever from rare typos). */
  forgetAfterMinutes: 24 * 60,
} as const;

export type ThrottleState = { failures: number; lockedUntil: Date | null; lastFailureAt: Date | null };

/** Whole minutes left of a lock at `now` (at least 1), or null when not locked. */
export function minutesLocked(state: Pick<ThrottleState, 'lockedUntil'> | null | undefined, now: Date): number | null {
  if (!state?.lockedUntil || state.lockedUntil.getTime() <= now.getTime()) return null;
  return Math.max(1, Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 60_000));
}

/**
 * The state after one more failed sign-in at `now`, and whether that failure set a lock.
 * A failure counts on from the previous ones (unless they are older than `forgetAfterMinutes`); every
 * `failuresBeforeLock` failures set a lock of 15, 30, 60 … minutes (at most a day).
 */
export function afterFailedSignIn(
  scope: ThrottleScope,
  state: ThrottleState | null | undefined,
  now: Date,
  policy: typeof SIGN_IN_POLICY = SIGN_IN_POLICY,
): ThrottleState & { locked: boolean; lockMinutes: number | null } {
  const stale = !state?.lastFailureAt || now.getTime() - state.lastFailureAt.getTime() > policy.forgetAfterMinutes * 60_000;
  const failures = (stale ? 0 : state!.failures) + 1;
  const every = policy.failuresBeforeLock[scope];
  if (failures % every !== 0)
    return { failures, lockedUntil: stale ? null : (state?.lockedUntil ?? null), lastFailureAt: now, locked: false, lockMinutes: null };
  const nth = failures / every; // 1 for the first lock, 2 for the second …
  const lockMinutes = Math.min(policy.maxLockMinutes, policy.firstLockMinutes * 2 ** Math.min(nth - 1, 20));
  return { failures, lockedUntil: new Date(now.getTime() + lockMinutes * 60_000), lastFailureAt: now, locked: true, lockMinutes };
}
