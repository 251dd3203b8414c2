// Which database to open, from the options or the environment (read through env.ts).
//
//   DATABASE_URL=postgres://… | postgresql://…   PostgreSQL server (@prisma/adapter-pg)
//   DATABASE_URL=memory://                        throw-away in-memory PGlite
//   DATABASE_URL=pglite:<folder>                  embedded PGlite in <folder>
//   DATABASE_URL unset                            embedded PGlite in $SSJ_DATA_DIR, default <repo>/data/pglite
//   MIGRATION_DATABASE_URL=postgresql://…         the owner's connection for migrations (resolveMigrationUrl)
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { createPGliteAdapterFactory, createPgAdapterFactory, SqlListeners, type InstrumentedAdapterFactory, type SqlListener } from './adapter.ts';
import { databaseSettings, migrationDatabaseUrl, type Environment } from './env.ts';
import { defaultDataDir } from './paths.ts';
import { isMemoryDataDir, openPGlite } from './pglite.ts';

export interface ConnectionOptions {
  /**
   * `postgres://…`/`postgresql://…` (server), `memory://` (in-memory PGlite) or `pglite:<folder>`.
   * Default: `$DATABASE_URL`.
   */
  databaseUrl?: string;
  /** PGlite data folder, or `memory://`. Default: `$SSJ_DATA_DIR`, else `<repo>/data/pglite`. */
  dataDir?: string;
  /** Use this (already open) PGlite; it is left open by `close()`. */
  pglite?: PGlite;
  /** A new PGlite data folder starts from this dump (`pglite.dumpDataDir()`). */
  loadDataDir?: Blob;
  /** Listener for every SQL statement (see `Connection.onQuery`). */
  onQuery?: SqlListener;
  /** Environment to read (default `process.env`, through env.ts). */
  env?: Environment;
}

export type ResolvedTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string; pglite?: PGlite };

/** Decide which database the options (then the environment) point at. Explicit options win. */
export function resolveTarget(options: ConnectionOptions = {}): ResolvedTarget {
  const settings = databaseSettings(options.env);
  if (options.pglite) return { kind: 'pglite', dataDir: options.pglite.dataDir ?? 'memory://', pglite: options.pglite };
  if (options.databaseUrl) return fromUrl(options.databaseUrl, 'databaseUrl');
  if (options.dataDir) return { kind: 'pglite', dataDir: options.dataDir };
  const url = settings.databaseUrl;
  if (url) return fromUrl(url, 'DATABASE_URL');
  const dir = settings.dataDir;
  return { kind: 'pglite', dataDir: dir ? path.resolve(dir) : defaultDataDir };
}

function fromUrl(url: string, from: string): ResolvedTarget {
  if (/^postgres(ql)?:\/\//i.test(url)) return { kind: 'postgres', url };
  if (isMemoryDataDir(url)) return { kind: 'pglite', dataDir: url };
  if (url.startsWith('pglite:')) return { kind: 'pglite', dataDir: path.resolve(url.slice('pglite:'.length)) };
  throw new Error(
    `${from} must start with postgres:// or postgresql:// (PostgreSQL server), or be memory:// or pglite:<folder> ` +
      `(embedded PGlite); got ${redactUrl(url)}`,
  );
}

/**
 * The owner's connection for migrations when the application connects as a role that owns nothing (README
 * "PostgreSQL"): `$MIGRATION_DATABASE_URL`, read only when the database itself comes from the environment (explicit
 * `databaseUrl` / `dataDir` / `pglite` options mean a test or tool chose the database). Undefined: migrate through
 * the application's own connection.
 */
export function resolveMigrationUrl(options: ConnectionOptions = {}): string | undefined {
  if (options.databaseUrl || options.dataDir || options.pglite) return undefined;
  return migrationDatabaseUrl(options.env);
}

/** `postgresql://user:secret@host/db` → `postgresql://user:***@host/db`. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:/@]+):[^@]*@/i, '$1:***@');
}

export function describeTarget(target: ResolvedTarget): string {
  return target.kind === 'postgres' ? `PostgreSQL ${redactUrl(target.url)}` : `PGlite ${target.dataDir}`;
}

/** An open database connection: the driver-adapter factory shared by the Prisma client and migrations. */
export interface Connection {
  readonly kind: 'postgres' | 'pglite';
  /** Human-readable target, password hidden. */
  readonly description: string;
  /** The embedded database, when `kind` is `pglite`. */
  readonly pglite: PGlite | undefined;
  /** The instrumented driver-adapter factory (pass it to `new PrismaClient({ adapter })`). */
  readonly adapterFactory: InstrumentedAdapterFactory;
  /**
   * Call `listener` after every SQL statement sent through this connection (Prisma client queries,
   * transactions, migrations). Returns a function that removes the listener.
   */
  onQuery(listener: SqlListener): () => void;
  /** Close the PGlite this connection opened (pools are closed by the Prisma client / schema engine). */
  close(): Promise<void>;
}

/** Open the database the options / environment point at (creating an embedded one if needed). */
export async function openConnection(options: ConnectionOptions = {}): Promise<Connection> {
  const target = resolveTarget(options);
  const listeners = new SqlListeners();
  if (options.onQuery) listeners.add(options.onQuery);
  const description = describeTarget(target);

  if (target.kind === 'postgres') {
    return {
      kind: 'postgres',
      description,
      pglite: undefined,
      adapterFactory: createPgAdapterFactory(target.url, listeners),
      onQuery: (listener) => listeners.add(listener),
      close: async () => {},
    };
  }

  const owned = !target.pglite;
  const pglite = target.pglite ?? (await openPGlite({ dataDir: target.dataDir, ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}) }));
  let closed = false;
  return {
    kind: 'pglite',
    description,
    pglite,
    adapterFactory: createPGliteAdapterFactory(pglite, listeners, () => openPGlite({ dataDir: 'memory://' })),
    onQuery: (listener) => listeners.add(listener),
    close: async () => {
      if (closed || !owned) return;
      closed = true;
      if (!pglite.closed) await pglite.close();
    },
  };
}
