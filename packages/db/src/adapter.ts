// Driver adapters (PostgreSQL server or embedded PGlite) behind one instrumented wrapper.
//
// The wrapper
//  - reports every SQL statement sent to the database to query listeners (tests count queries to catch
//    N+1 problems; works the same for both drivers and for the Prisma client and the schema engine);
//  - runs a multi-statement script (a migration) as ONE simple-protocol query, like Prisma's native
//    schema engine. The stock adapters do not: adapter-pg splits the script on every `;` (breaks on a `;`
//    inside a string or function body, and loses the implicit transaction), and pglite-prisma-adapter
//    0.7.2 does not await `exec()` (a failing migration would be recorded as applied).
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery, SqlResultSet, Transaction } from '@prisma/driver-adapter-utils';
import { PrismaPg } from '@prisma/adapter-pg';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { preparedClient } from './pglitePrepared.ts';

export type SqlEventKind = 'query' | 'execute' | 'script';

/** One SQL statement (or script) sent to the database. */
export interface SqlEvent {
  sql: string;
  params: unknown[];
  /** `query`: returns rows; `execute`: returns a row count; `script`: a multi-statement script. */
  kind: SqlEventKind;
  /** Sent inside an interactive or batch transaction. */
  inTransaction: boolean;
  durationMs: number;
  /** Set when the statement failed. */
  error?: unknown;
}

export type SqlListener = (event: SqlEvent) => void;

/** A set of listeners; `emit` never throws. */
export class SqlListeners {
  readonly #listeners = new Set<SqlListener>();

  add(listener: SqlListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  get size(): number {
    return this.#listeners.size;
  }

  emit(event: SqlEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error('[db] SQL listener failed:', error);
      }
    }
  }
}

type ScriptRunner = (script: string) => Promise<void>;

/** Rethrow a driver error the way the stock adapter does (as Prisma's `DriverAdapterError`). */
function throwMapped(adapter: SqlDriverAdapter, error: unknown): never {
  const onError = (adapter as unknown as { onError?: (e: unknown) => never }).onError;
  if (typeof onError === 'function') onError.call(adapter, error);
  throw error;
}

async function timed<T>(listeners: SqlListeners, base: Omit<SqlEvent, 'durationMs' | 'error'>, run: () => Promise<T>): Promise<T> {
  if (listeners.size === 0) return run();
  const start = performance.now();
  try {
    const result = await run();
    listeners.emit({ ...base, durationMs: performance.now() - start });
    return result;
  } catch (error) {
    listeners.emit({ ...base, durationMs: performance.now() - start, error });
    throw error;
  }
}

function wrapTransaction(tx: Transaction, listeners: SqlListeners): Transaction {
  const wrapped: Transaction = {
    provider: tx.provider,
    adapterName: tx.adapterName,
    options: tx.options,
    queryRaw: (q: SqlQuery): Promise<SqlResultSet> =>
      timed(listeners, { sql: q.sql, params: q.args, kind: 'query', inTransaction: true }, () => tx.queryRaw(q)),
    executeRaw: (q: SqlQuery): Promise<number> =>
      timed(listeners, { sql: q.sql, params: q.args, kind: 'execute', inTransaction: true }, () => tx.executeRaw(q)),
    commit: () => tx.commit(),
    rollback: () => tx.rollback(),
  };
  if (tx.createSavepoint) wrapped.createSavepoint = (name) => tx.createSavepoint!(name);
  if (tx.rollbackToSavepoint) wrapped.rollbackToSavepoint = (name) => tx.rollbackToSavepoint!(name);
  if (tx.releaseSavepoint) wrapped.releaseSavepoint = (name) => tx.releaseSavepoint!(name);
  return wrapped;
}

function wrapAdapter(
  adapter: SqlDriverAdapter,
  listeners: SqlListeners,
  runScript: ScriptRunner | undefined,
  onDispose?: () => Promise<void>,
): SqlDriverAdapter {
  const wrapped: SqlDriverAdapter = {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (q) => timed(listeners, { sql: q.sql, params: q.args, kind: 'query', inTransaction: false }, () => adapter.queryRaw(q)),
    executeRaw: (q) => timed(listeners, { sql: q.sql, params: q.args, kind: 'execute', inTransaction: false }, () => adapter.executeRaw(q)),
    executeScript: (script) =>
      timed(listeners, { sql: script, params: [], kind: 'script', inTransaction: false }, () =>
        runScript ? runScript(script) : adapter.executeScript(script),
      ),
    startTransaction: async (isolationLevel) => wrapTransaction(await adapter.startTransaction(isolationLevel), listeners),
    dispose: async () => {
      await adapter.dispose();
      await onDispose?.();
    },
  };
  if (adapter.getConnectionInfo) wrapped.getConnectionInfo = () => adapter.getConnectionInfo!();
  return wrapped;
}

/** A migration-aware adapter factory that reports SQL to `listeners`. */
export interface InstrumentedAdapterFactory extends SqlMigrationAwareDriverAdapterFactory {
  readonly listeners: SqlListeners;
}

/**
 * PostgreSQL server. Scripts run as one simple-protocol query on one pooled connection (Postgres runs
 * such a multi-statement query as one implicit transaction).
 */
export function createPgAdapterFactory(connectionString: string, listeners: SqlListeners = new SqlListeners()): InstrumentedAdapterFactory {
  const inner = new PrismaPg({ connectionString });
  const scriptRunner =
    (adapter: SqlDriverAdapter): ScriptRunner =>
    async (script) => {
      // `underlyingDriver()` is the pg.Pool the adapter owns (adapter-pg 7.x).
      const driver = (adapter as unknown as { underlyingDriver?: () => unknown }).underlyingDriver?.();
      if (!(driver instanceof pg.Pool)) return adapter.executeScript(script);
      try {
        await driver.query(script);
      } catch (error) {
        throwMapped(adapter, error);
      }
    };
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    listeners,
    connect: async () => {
      const adapter = await inner.connect();
      return wrapAdapter(adapter, listeners, scriptRunner(adapter));
    },
    connectToShadowDb: async () => {
      const adapter = await inner.connectToShadowDb();
      return wrapAdapter(adapter, listeners, scriptRunner(adapter));
    },
  };
}

/**
 * Embedded PGlite. The shadow database (used to replay migrations when diffing) is a fresh in-memory
 * PGlite made by `createShadow`, closed again on dispose.
 */
export function createPGliteAdapterFactory(
  pglite: PGlite,
  listeners: SqlListeners = new SqlListeners(),
  createShadow?: () => Promise<PGlite>,
): InstrumentedAdapterFactory {
  // Statements run as kept named statements (pglitePrepared.ts): parsed and analysed once, one call each.
  const inner = new PrismaPGlite(preparedClient(pglite) as PGlite);
  const scriptRunner =
    (db: PGlite, adapter: SqlDriverAdapter): ScriptRunner =>
    async (script) => {
      try {
        await db.exec(script);
      } catch (error) {
        throwMapped(adapter, error);
      }
    };
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    listeners,
    connect: async () => {
      const adapter = await inner.connect();
      return wrapAdapter(adapter, listeners, scriptRunner(pglite, adapter));
    },
    connectToShadowDb: async () => {
      if (!createShadow) throw new Error('No shadow database available for this PGlite adapter');
      const shadow = await createShadow();
      const adapter = await new PrismaPGlite(shadow).connect();
      return wrapAdapter(adapter, listeners, scriptRunner(shadow, adapter), () => shadow.close());
    },
  };
}
