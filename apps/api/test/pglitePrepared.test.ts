// The embedded database's kept named statements (packages/db/src/pglitePrepared.ts): what the API's Prisma client
// sends to PGlite is parsed once per text and answered exactly as PGlite's own `query()` answers it. Runs on PGlite in
// both modes (it tests the embedded driver).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetPrepared, openPGlite, preparedClient } from '@ssj/db/testing';

type PGlite = Awaited<ReturnType<typeof openPGlite>>;

const open: PGlite[] = [];
async function database(): Promise<PGlite> {
  const pglite = await openPGlite({ dataDir: 'memory://' });
  open.push(pglite);
  await pglite.exec(`CREATE TABLE t (id int PRIMARY KEY, name text, at timestamptz, day date, tags text[], doc jsonb, n numeric, big bigint, ok boolean)
    ; INSERT INTO t VALUES (1, '矿山', '2026-12-04T02:00:00Z', '2026-12-04', '{a,"b c"}', '{"k": [1, null]}', 12.50, 9007199254740993, true), (2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)`);
  return pglite;
}
/** The server's kept statements of this text (PGlite's own `query()` keeps none: it uses the unnamed one). */
const kept = async (pglite: PGlite, sql?: string) =>
  (
    await pglite.query<{ n: number; runs: number }>(
      'SELECT count(*)::int AS n, coalesce(sum(generic_plans + custom_plans), 0)::int AS runs FROM pg_prepared_statements WHERE $1::text IS NULL OR statement = $1',
      [sql ?? null],
    )
  ).rows[0]!;

afterAll(async () => {
  for (const pglite of open) await pglite.close();
});

describe('kept statements on the embedded database', () => {
  let pglite: PGlite;
  let client: ReturnType<typeof preparedClient>;
  beforeAll(async () => {
    pglite = await database();
    client = preparedClient(pglite);
  });

  it('answer as PGlite’s own query does — every type, nulls, both row modes — and are parsed once per text', async () => {
    const sql = 'SELECT id, name, at, day, tags, doc, n, big, ok FROM t WHERE id = $1 OR $2::text IS NOT NULL ORDER BY id';
    for (const params of [
      [1, null],
      [2, null],
      [0, 'all'],
    ]) {
      for (const rowMode of ['array', 'object'] as const) {
        const mine = await client.query(sql, params, { rowMode });
        const theirs = await pglite.query(sql, params, { rowMode });
        expect(mine.rows).toEqual(theirs.rows);
        expect(mine.fields).toEqual(theirs.fields);
      }
    }
    expect(await kept(pglite, sql)).toEqual({ n: 1, runs: 6 });
  });

  it('write, count what they changed, and refuse what the database refuses', async () => {
    const insert = 'INSERT INTO t (id, name, tags, doc) VALUES ($1, $2, $3, $4)';
    expect((await client.query(insert, [3, '新', ['x'], { a: 1 }])).affectedRows).toBe(1);
    expect((await client.query('UPDATE t SET name = $1 WHERE id >= $2', ['改', 2])).affectedRows).toBe(2);
    await expect(client.query(insert, [3, 'again', null, null])).rejects.toMatchObject({ code: '23505' });
    // The refusal left nothing half done: the next statement runs.
    expect((await client.query('SELECT name FROM t WHERE id = $1', [3])).rows).toEqual([{ name: '改' }]);
    expect((await client.query('DELETE FROM t WHERE id = $1', [3])).affectedRows).toBe(1);
  });

  it('run inside a transaction, whose rollback undoes them', async () => {
    await client.transaction(async (tx) => {
      await tx.query('UPDATE t SET name = $1 WHERE id = $2', ['回滚', 1]);
      expect((await tx.query('SELECT name FROM t WHERE id = $1', [1])).rows).toEqual([{ name: '回滚' }]);
      await tx.rollback();
    });
    expect((await client.query('SELECT name FROM t WHERE id = $1', [1])).rows).toEqual([{ name: '矿山' }]);
  });

  it('are prepared again when the table changed under them; inside a transaction the refusal stands', async () => {
    await pglite.exec('CREATE TABLE u (id int); INSERT INTO u VALUES (1); CREATE TABLE v (id int)');
    expect((await client.query('SELECT * FROM u')).fields.map((f) => f.name)).toEqual(['id']);
    await pglite.exec('ALTER TABLE u ADD COLUMN extra text');
    expect((await client.query('SELECT * FROM u')).fields.map((f) => f.name)).toEqual(['id', 'extra']);

    expect((await client.query('SELECT * FROM v')).rows).toEqual([]);
    await pglite.exec('ALTER TABLE v ADD COLUMN extra text');
    await expect(client.transaction((tx) => tx.query('SELECT * FROM v'))).rejects.toThrow(/cached plan must not change result type/);
    expect((await client.query('SELECT * FROM v')).fields.map((f) => f.name)).toEqual(['id', 'extra']);
  });

  it('are closed by a DDL statement sent through the client, and forgotten after DISCARD ALL', async () => {
    expect((await kept(pglite)).n).toBeGreaterThan(0);
    await client.exec('CREATE TABLE w (id int)');
    await client.query('SELECT id FROM w');
    expect((await kept(pglite)).n).toBe(1);
    await pglite.exec('DISCARD ALL');
    forgetPrepared(pglite);
    expect((await client.query('SELECT id FROM w WHERE id = $1', [1])).rows).toEqual([]);
    expect((await client.query('SELECT id FROM w')).rows).toEqual([]);
    expect((await kept(pglite)).n).toBe(2);
  });

  it('stay at their limit: the least recently used one is closed', async () => {
    const limited = preparedClient(pglite, { maxStatements: 2 });
    for (const id of [1, 2, 3, 4]) await limited.query(`SELECT name FROM t WHERE id = ${id}`);
    await limited.query('SELECT name FROM t WHERE id = 4'); // kept: sends the pending Close
    expect((await kept(pglite)).n).toBe(2);
    expect((await kept(pglite, 'SELECT name FROM t WHERE id = 4')).runs).toBe(2);
  });
});
