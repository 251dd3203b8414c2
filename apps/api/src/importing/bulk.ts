// Set-based writes for a list whose fields are the columns of one table (the targets, issue 14): a batch of new
// records is one INSERT, a batch of changes one UPDATE, each with the rows as one JSON parameter that PostgreSQL
// turns into records of the table's own row type (jsonb_populate_record: enums, booleans and arrays by the
// column's type). The commit inserts the dry run's staged records straight from ImportJobRow. Table and column
// names come from the list's definition, never from the file.
import { randomBytes } from 'node:crypto';
import type { ListDef, Tx, Values } from './listDef.ts';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

let pool = Buffer.alloc(0);
let used = 0;

let counter = 0;
const base36 = (n: number, width: number) => n.toString(36).padStart(width, '0').slice(-width);

/**
 * A new record's id, shaped like Prisma's cuid() (`c` + 24 lower-case letters and digits) and, like it, ordered by
 * time: the milliseconds (8 digits, base 36, until 2059), a per-process counter (4 digits) and 12 random ones (~62
 * bits). Ids made one after the other sort one after the other, so a set-based insert of tens of thousands of rows
 * (the lock's visits, task targets and results; an import's targets) appends to the right edge of each id index
 * instead of touching a random leaf page per row: at 1M the lock's 46k results took 9.0 s and 322 MB of WAL (36,707
 * full-page images after a checkpoint) with random ids, 1.9 s and 29 MB with ordered ones (docs/scaling.md).
 */
export function newId(): string {
  if (used + 12 > pool.length) {
    pool = randomBytes(12 * 4096);
    used = 0;
  }
  counter = (counter + 1) % 36 ** 4;
  let id = `c${base36(Date.now(), 8)}${base36(counter, 4)}`;
  for (let i = 0; i < 12; i++) id += ALPHABET[pool[used++]! % 36];
  return id;
}

/**
 * JSON arrays of the rows, each at most about `maxBytes` long (at least one row): the unit one statement takes.
 * Prisma's client keeps the arguments of its last ~100 calls in memory (a debug history it keeps even when debug
 * output is off), so a statement's JSON parameter stays in the heap for a while after it ran: 5,000 staged rows
 * per statement kept 0.2–0.3 GB alive during a 100,000-row import; pieces of ~0.5 MB keep a few MB.
 */
export function* jsonBatches(rows: readonly unknown[], maxBytes = 512 * 1024): Generator<string> {
  let parts: string[] = [];
  let size = 2;
  for (const row of rows) {
    const part = JSON.stringify(row);
    if (parts.length > 0 && size + part.length + 1 > maxBytes) {
      yield `[${parts.join(',')}]`;
      parts = [];
      size = 2;
    }
    parts.push(part);
    size += part.length + 1;
  }
  if (parts.length > 0) yield `[${parts.join(',')}]`;
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

function tableOf(def: ListDef): { table: string; fields: string[] } {
  if (!def.table) throw new Error(`${def.kind} has no table for set-based writes`);
  return { table: q(def.table), fields: def.columns.map((c) => q(c.field)) };
}

/** Inserts new records (their ids given or made here), ~0.5 MB of them per statement. */
export async function insertRecords(tx: Tx, def: ListDef, rows: Values[]): Promise<void> {
  if (rows.length === 0) return;
  const { table, fields } = tableOf(def);
  for (const json of jsonBatches(rows.map((r) => ({ ...r, id: typeof r.id === 'string' ? r.id : newId() })))) {
    await tx.$executeRawUnsafe(
      `INSERT INTO ${table} ("id", ${fields.join(', ')}, "createdAt", "updatedAt")
       SELECT p."id", ${fields.map((f) => `p.${f}`).join(', ')}, now(), now() FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb) p`,
      json,
    );
  }
}

/**
 * Inserts the staged new records of an import job whose rows are numbered in (fromRow, toRow], in row order,
 * skipping any whose key (or id) is taken meanwhile; returns how many it inserted.
 */
export async function insertStaged(tx: Tx, def: ListDef, jobId: string, fromRow: number, toRow: number): Promise<number> {
  const { table, fields } = tableOf(def);
  return tx.$executeRawUnsafe(
    `INSERT INTO ${table} ("id", ${fields.join(', ')}, "createdAt", "updatedAt")
     SELECT p."id", ${fields.map((f) => `p.${f}`).join(', ')}, now(), now()
     FROM "ImportJobRow" r CROSS JOIN LATERAL jsonb_populate_record(NULL::${table}, r."data") p
     WHERE r."jobId" = $1 AND r."action" = 'CREATE' AND r."row" > $2 AND r."row" <= $3
     ORDER BY r."row"
     ON CONFLICT DO NOTHING`,
    jobId,
    fromRow,
    toRow,
  );
}

/** Applies changes to existing records by id (fields absent from a row's changes keep their value), ~0.5 MB per statement. */
export async function updateRecords(tx: Tx, def: ListDef, updates: { id: string; changes: Values }[]): Promise<void> {
  if (updates.length === 0) return;
  const { table, fields } = tableOf(def);
  for (const json of jsonBatches(updates)) {
    await tx.$executeRawUnsafe(
      `UPDATE ${table} t SET (${fields.join(', ')}) = (SELECT ${fields.map((f) => `p.${f}`).join(', ')} FROM jsonb_populate_record(t, x."changes") p),
         "updatedAt" = now()
       FROM jsonb_to_recordset($1::jsonb) AS x("id" text, "changes" jsonb) WHERE t."id" = x."id"`,
      json,
    );
  }
}
