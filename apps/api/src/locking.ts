// Two identical requests at the same moment have one effect. Every state transition runs in a transaction that
// first locks the row it changes (SELECT … FOR UPDATE), then loads it and asks the domain whether the step is
// allowed: a second, parallel call waits for the first to commit, then reads the new state and gets the typed
// refusal (RESULT.WRONG_STATE, DRAW.WRONG_STATE, …) instead of repeating the effect. Under PostgreSQL's READ
// COMMITTED every statement after the lock sees what the first call committed. PGlite has one connection, so
// its transactions never overlap; the lock costs nothing there.
import type { Prisma } from '@ssj/db/client';

type Tx = Prisma.TransactionClient;

/** The tables whose rows a transition locks (fixed names, never user input). */
export type LockedTable = 'Result' | 'Task' | 'Review' | 'FollowUp' | 'Correction' | 'Plan' | 'TaskTarget' | 'Draw' | 'Transfer' | 'ReplacementRequest';

/** Locks the rows `ids` of `table` until the transaction ends, in a fixed order so two callers cannot deadlock. */
export async function lockRows(tx: Tx, table: LockedTable, ids: readonly string[]): Promise<void> {
  const sorted = [...new Set(ids)].sort();
  if (sorted.length === 0) return;
  await tx.$queryRawUnsafe(`SELECT 1 FROM "${table}" WHERE "id" = ANY($1::text[]) ORDER BY "id" FOR UPDATE`, sorted);
}

/** Locks one row; see lockRows. */
export const lockRow = (tx: Tx, table: LockedTable, id: string) => lockRows(tx, table, [id]);

/**
 * Serialises transactions on a key that has no row yet (a credit code about to be created, an import file about
 * to be committed): a transaction-scoped advisory lock on the key's hash.
 */
export async function lockKey(tx: Tx, key: string): Promise<void> {
  await tx.$queryRawUnsafe('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))::text', key);
}
