// One INSERT per table for the demo's rows (index.ts, workflow.ts).
import type { Prisma } from '../../generated/prisma/client.ts';

/**
 * Inserts rows (typed as Prisma's createMany input, so their keys are the model's fields) in one statement: the
 * rows travel as one JSON parameter and PostgreSQL maps them onto the table's columns. Prisma's createMany
 * serialises every value of every row on the way and compiles a plan as long as the rows, which made the demo's
 * workflow cost more than the rest of the demo together (deep JSON receipts, ~2,500 rows) and its 2,000 targets
 * ~1.9 s of CPU. Columns no row sets keep the database's defaults: unlike Prisma, nothing fills `@updatedAt` or a
 * `@default(cuid())`, so the rows set them. `table` may also be an implicit many-to-many table (`_CheckItemRemit`).
 */
export async function insertRows(tx: Prisma.TransactionClient, table: Prisma.ModelName | `_${string}`, rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = [
    ...new Set(
      rows.flatMap((r) =>
        Object.entries(r)
          .filter(([, v]) => v !== undefined)
          .map(([k]) => k),
      ),
    ),
  ];
  const list = columns.map((c) => `"${c}"`).join(', ');
  const json = JSON.stringify(rows, (_k, v: unknown) => (v instanceof Uint8Array ? `\\x${Buffer.from(v).toString('hex')}` : v));
  await tx.$executeRawUnsafe(`INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${table}", $1::json)`, json);
}
