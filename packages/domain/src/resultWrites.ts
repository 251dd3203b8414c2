// Saving a result's entry from a device that may have been offline (rule 22: the entry is kept until it is
// submitted). Each save names the result's version the user started from and carries a key the device made for
// it. A save whose key was seen before changes nothing more (a retry after a lost answer, a queued save sent
// twice); a save started from an older version than the result's is refused (someone changed the result since),
// so that neither a lost answer nor a stale device silently overwrites another person's entry.

export type ResultWriteDecision =
  /** First time this key is seen and the result is as the user last saw it: save. */
  | { kind: 'APPLY' }
  /** This key was saved before, by the same person for the same result: answer with the result, change nothing. */
  | { kind: 'REPLAY' }
  | { kind: 'REFUSE'; code: 'RESULT.STALE'; baseVersion: number; currentVersion: number }
  | { kind: 'REFUSE'; code: 'RESULT.WRITE_KEY_REUSED' };

export type ResultWriteSubject = {
  resultId: string;
  userId: string;
  /** The version the save started from; absent for a client that does not say (saved as before, last one wins). */
  baseVersion?: number | null;
  /** The result's version now. */
  currentVersion: number;
  /** The earlier save with the same idempotency key, if any. */
  previous?: { resultId: string; userId: string } | null;
};

/** Keys the device makes: long enough not to collide (a UUID), short enough to store, plain characters. */
export const WRITE_KEY_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

export function resultWriteDecision(s: ResultWriteSubject): ResultWriteDecision {
  if (s.previous) {
    if (s.previous.resultId !== s.resultId || s.previous.userId !== s.userId) return { kind: 'REFUSE', code: 'RESULT.WRITE_KEY_REUSED' };
    return { kind: 'REPLAY' };
  }
  if (s.baseVersion != null && s.baseVersion !== s.currentVersion) {
    return { kind: 'REFUSE', code: 'RESULT.STALE', baseVersion: s.baseVersion, currentVersion: s.currentVersion };
  }
  return { kind: 'APPLY' };
}
