// Rule 4 (P2): before every draw the unit's two directories (targets, inspectors) are confirmed as up to date.
// The window is one constant here; the API's check, its messages and its schema descriptions all read it.

/** A directory confirmation is good for a draw within this many hours after it. */
export const DIRECTORY_CONFIRMATION_HOURS = 24;

/** Rule 4: a confirmation made at `confirmedAt` is recent enough for a draw at `at` (within the window before it). */
export const confirmationIsFresh = (confirmedAt: Date, at: Date): boolean =>
  confirmedAt.getTime() <= at.getTime() && at.getTime() - confirmedAt.getTime() <= DIRECTORY_CONFIRMATION_HOURS * 3600_000;
