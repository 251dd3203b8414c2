// Named prepared statements for the embedded database.
//
// PGlite's `query()` sends each statement as six round trips into PostgreSQL (Parse, Describe, Bind, Describe,
// Execute, Sync, each its own call into the WASM module) and PostgreSQL parses, analyses and plans it again every
// time. The queries the API sends are few distinct texts run many times, so this runs each text's Parse once, under a
// name, and afterwards sends Bind, Describe, Execute and Sync in one call: PostgreSQL skips the parse and analysis, and
// its plan cache may keep a generic plan. The answer is parsed by PGlite's own `parseResults`, as `query()` does.
//
// What can make a kept statement stale is handled where it happens:
//  - `DISCARD ALL` / `DEALLOCATE ALL` (the test harness's reset) drop every statement: call `forgetPrepared`.
//  - A statement PostgreSQL no longer knows, or whose result columns changed under it (a table altered: "cached
//    plan must not change result type"), fails; outside a transaction block it is prepared again and run once more
//    (nothing ran), inside one the error stands (the block is aborted either way).
//  - Statements other than SELECT / INSERT / UPDATE / DELETE / WITH (DDL, SET, transaction control) are not kept:
//    they run through `query()` as before, and a DDL statement closes every kept statement of its database.
import { parse, protocol, type PGlite, type QueryOptions, type Results, type Transaction } from '@electric-sql/pglite';

interface Prepared {
  name: string;
  paramTypes: number[];
}

interface Cache {
  statements: Map<string, Prepared>;
  max: number;
  /** Statements evicted or replaced, closed at the start of the next call. */
  toClose: string[];
}

/** At most this many statements are kept per database by default; the least recently used one is closed beyond it. */
const MAX_PREPARED = 2000;
const caches = new WeakMap<PGlite, Cache>();
let serial = 0;

const KEEPABLE = /^\s*(select|insert|update|delete|with)\b/i;
const DDL = /^\s*(create|alter|drop|truncate|comment|grant|revoke|reindex|discard|deallocate)\b/i;

function cacheOf(pglite: PGlite): Cache {
  let cache = caches.get(pglite);
  if (!cache) {
    cache = { statements: new Map(), max: MAX_PREPARED, toClose: [] };
    caches.set(pglite, cache);
  }
  return cache;
}

/** Forget every statement kept for `pglite` (after `DISCARD ALL` or `DEALLOCATE ALL`, which dropped them). */
export function forgetPrepared(pglite: PGlite): void {
  const cache = caches.get(pglite);
  if (!cache) return;
  cache.statements.clear();
  cache.toClose = [];
}

const { serialize } = protocol;

function closing(cache: Cache): Uint8Array[] {
  if (!cache.toClose.length) return [];
  const parts = cache.toClose.map((name) => serialize.close({ type: 'S', name }));
  cache.toClose = [];
  return parts;
}

async function prepare(pglite: PGlite, cache: Cache, sql: string, options: QueryOptions | undefined): Promise<Prepared> {
  const name = `ssj_p${++serial}`;
  const messages = await pglite.execProtocolStream(
    Buffer.concat([
      ...closing(cache),
      serialize.parse({ name, text: sql, types: options?.paramTypes ?? [] }),
      serialize.describe({ type: 'S', name }),
      serialize.sync(),
    ]),
    { syncToFs: false },
  );
  const prepared = { name, paramTypes: parse.parseDescribeStatementResults(messages) };
  cache.statements.set(sql, prepared);
  for (const [text, evicted] of cache.statements) {
    if (cache.statements.size <= cache.max) break;
    cache.statements.delete(text);
    cache.toClose.push(evicted.name);
  }
  return prepared;
}

async function runPrepared<T>(pglite: PGlite, cache: Cache, sql: string, params: unknown[], options: QueryOptions | undefined): Promise<Results<T>> {
  let prepared = cache.statements.get(sql);
  if (prepared) {
    // Most recently used last.
    cache.statements.delete(sql);
    cache.statements.set(sql, prepared);
  } else {
    prepared = await prepare(pglite, cache, sql, options);
  }
  const values = params.map((value, i) => {
    if (value === null || value === undefined) return null;
    const type = prepared.paramTypes[i]!;
    const serializer = options?.serializers?.[type] ?? pglite.serializers[type];
    return serializer ? serializer(value) : String(value);
  });
  const messages = await pglite.execProtocolStream(
    Buffer.concat([
      ...closing(cache),
      serialize.bind({ statement: prepared.name, values }),
      serialize.describe({ type: 'P' }),
      serialize.execute({}),
      serialize.sync(),
    ]),
    { syncToFs: false },
  );
  return parse.parseResults(messages, pglite.parsers, options)[0] as Results<T>;
}

/** SQLSTATE of an error PostgreSQL answers for a kept statement that no longer fits. */
function isStale(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  const message = (error as { message?: string }).message ?? '';
  return code === '26000' || (code === '0A000' && message.includes('cached plan must not change result type'));
}

/** `inTransaction`: inside `pglite.transaction()`, which writes the file system once at its end (as `query()` does). */
async function preparedQuery<T>(
  pglite: PGlite,
  sql: string,
  params: unknown[],
  options: QueryOptions | undefined,
  inTransaction: boolean,
): Promise<Results<T>> {
  const cache = cacheOf(pglite);
  try {
    return await runPrepared<T>(pglite, cache, sql, params, options);
  } catch (error) {
    if (!isStale(error) || pglite.isInTransaction()) throw error;
    // Nothing ran: prepare it again and run it once more.
    const stale = cache.statements.get(sql);
    if (stale) cache.toClose.push(stale.name);
    cache.statements.delete(sql);
    return await runPrepared<T>(pglite, cache, sql, params, options);
  } finally {
    if (!inTransaction) await pglite.syncToFs();
  }
}

/** A DDL statement may change what a kept statement returns: close them all (prepared again when next used). */
function afterOther(pglite: PGlite, sql: string): void {
  if (!DDL.test(sql)) return;
  const cache = caches.get(pglite);
  if (!cache) return;
  for (const { name } of cache.statements.values()) cache.toClose.push(name);
  cache.statements.clear();
}

/** What pglite-prisma-adapter calls on its client (`PGlite`) and on a transaction. */
export interface PreparedClient {
  query: PGlite['query'];
  exec: PGlite['exec'];
  transaction: PGlite['transaction'];
}

/**
 * `pglite` for pglite-prisma-adapter (`new PrismaPGlite(preparedClient(pglite))`): `query()`, in and out of a
 * transaction, runs SELECT / INSERT / UPDATE / DELETE / WITH through kept named statements; everything else is
 * PGlite's own.
 */
export function preparedClient(pglite: PGlite, options: { maxStatements?: number } = {}): PreparedClient {
  const cache = cacheOf(pglite);
  if (options.maxStatements !== undefined) cache.max = options.maxStatements;
  return {
    query: <T>(sql: string, params: unknown[] = [], options?: QueryOptions): Promise<Results<T>> => {
      if (!KEEPABLE.test(sql)) {
        afterOther(pglite, sql);
        return pglite.query<T>(sql, params, options);
      }
      return pglite._runExclusiveTransaction(() => pglite._runExclusiveQuery(() => preparedQuery<T>(pglite, sql, params, options, false)));
    },
    exec: (sql, options) => {
      afterOther(pglite, sql);
      return pglite.exec(sql, options);
    },
    transaction: (callback) =>
      pglite.transaction((tx) =>
        callback({
          ...tx,
          query: <T>(sql: string, params: unknown[] = [], options?: QueryOptions): Promise<Results<T>> => {
            if (tx.closed) throw new Error('Transaction is closed');
            if (!KEEPABLE.test(sql)) {
              afterOther(pglite, sql);
              return tx.query<T>(sql, params, options);
            }
            return pglite._runExclusiveQuery(() => preparedQuery<T>(pglite, sql, params, options, true));
          },
          get closed() {
            return tx.closed;
          },
        } satisfies Transaction),
      ),
  } as PreparedClient;
}
