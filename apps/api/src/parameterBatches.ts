// A statement's bind parameters are limited (Prisma refuses an `IN` list or a multi-row insert past about 32k
// values): a write or read over the targets of a province-sized draw (46k drawn of 1M) runs in batches of rows.

/** Rows per statement: at most 5 columns each keeps a statement under 25,000 parameters. */
export const ROWS_PER_STATEMENT = 5_000;

/** Runs `fn` over consecutive slices of `items` (in order, one after another) and concatenates what they return. */
export async function inBatches<T, R>(items: readonly T[], fn: (batch: T[]) => Promise<R[]>, size = ROWS_PER_STATEMENT): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await fn(items.slice(i, i + size))));
  return out;
}
