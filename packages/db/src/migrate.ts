// Offline migrations on Prisma's WASM schema engine (`@prisma/schema-engine-wasm`) with driver adapters.
//
// The Prisma 7 CLI needs a native schema engine that it downloads on every run, which fails offline.
// The WASM build of the same engine talks to the database through a driver adapter (PGlite or pg), so
// this module does what `prisma migrate deploy / dev --create-only / diff` do, with the same files
// (`prisma/migrations/<timestamp>_<name>/migration.sql`, `migration_lock.toml`) and the same
// `_prisma_migrations` table: a machine with the stock CLI sees the same history.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory, type SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine, SchemaFilter, SchemaContainer } from '@prisma/schema-engine-wasm';
import type { InstrumentedAdapterFactory } from './adapter.ts';
import { openConnection, type Connection, type ConnectionOptions } from './connection.ts';
import { debugSchemaEngine } from './env.ts';
import { defaultMigrationsDir, defaultSchemaPath } from './paths.ts';
import { wasm } from './pglite.ts';

const require = createRequire(import.meta.url);

export interface MigrationPaths {
  /** The Prisma schema: a file, or a folder of `*.prisma` files. Default `<repo>/prisma/schema.prisma`. */
  schemaPath?: string;
  /** Default `<repo>/prisma/migrations`. */
  migrationsDir?: string;
  /** Progress messages (default: none for `applyMigrations`, `console.log` for the CLI). */
  logger?: (message: string) => void;
}

/** Anything with a driver-adapter factory (a `Connection` or a `Database`), or options to open one. */
export type MigrationTarget = { adapterFactory: InstrumentedAdapterFactory } | ConnectionOptions;

const noFilter: SchemaFilter = { externalTables: [], externalEnums: [] };

// ---------------------------------------------------------------------------------------------------
// The engine

type SchemaEngineClass = typeof SchemaEngine;
let engineClass: Promise<SchemaEngineClass> | undefined;

/**
 * Instantiate the schema-engine WASM module once per process (wasm-bindgen keeps global state: a second
 * instance breaks the first). The package's own entry point imports the `.wasm` as an ES module, which
 * Node 20 cannot do, so the module is compiled here by hand.
 */
function loadSchemaEngineClass(): Promise<SchemaEngineClass> {
  engineClass ??= (async () => {
    const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const runtime = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as unknown as {
      __wbg_set_wasm(exports: Record<string, unknown>): void;
      SchemaEngine: SchemaEngineClass;
    };
    const bytes = await fs.promises.readFile(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'));
    const module = await wasm.compile(bytes);
    // The engine races some operations against `setTimeout` (10 s) and never clears those timers: unref
    // them, or every command would keep the process alive for 10 s after it finished.
    const imports: Record<string, unknown> = { ...runtime };
    for (const key of Object.keys(imports)) {
      const original = imports[key];
      if (key.startsWith('__wbg_setTimeout_') && typeof original === 'function') {
        imports[key] = (...args: unknown[]) => {
          const timer = (original as (...a: unknown[]) => unknown)(...args);
          (timer as { unref?: () => void } | undefined)?.unref?.();
          return timer;
        };
      }
    }
    const instance = await wasm.instantiate(module, { './schema_engine_bg.js': imports });
    runtime.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return runtime.SchemaEngine;
  })();
  return engineClass;
}

/** An engine error, with the engine's message (the raw errors are opaque objects). */
export class MigrationError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

function toMigrationError(action: string, error: unknown): MigrationError {
  if (error instanceof MigrationError) return error;
  const e = error as { message?: unknown; code?: unknown; meta?: unknown } | undefined;
  const code = typeof e?.code === 'string' ? e.code : undefined;
  const message = typeof e?.message === 'string' ? e.message : String(error);
  return new MigrationError(`${action} failed${code ? ` (${code})` : ''}: ${message}`, code, error);
}

/**
 * Run `fn` with a schema engine connected through `adapterFactory`; free the engine and close every
 * adapter it opened afterwards.
 */
async function withEngine<T>(
  adapterFactory: InstrumentedAdapterFactory,
  schemaFiles: SchemaContainer[] | undefined,
  action: string,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const Engine = await loadSchemaEngineClass();
  const opened: SqlDriverAdapter[] = [];
  const tracked = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: async () => remember(await adapterFactory.connect()),
    connectToShadowDb: async () => remember(await adapterFactory.connectToShadowDb()),
  };
  function remember(adapter: SqlDriverAdapter): SqlDriverAdapter {
    let disposed = false;
    const once: SqlDriverAdapter = {
      ...adapter,
      // Keep `this` for methods that live on the prototype of the stock adapters.
      queryRaw: (q) => adapter.queryRaw(q),
      executeRaw: (q) => adapter.executeRaw(q),
      executeScript: (s) => adapter.executeScript(s),
      startTransaction: (i) => adapter.startTransaction(i),
      dispose: async () => {
        if (disposed) return;
        disposed = true;
        await adapter.dispose();
      },
    };
    if (adapter.getConnectionInfo) once.getConnectionInfo = () => adapter.getConnectionInfo!();
    opened.push(once);
    return once;
  }
  let engine: SchemaEngine | undefined;
  try {
    engine = await Engine.new(
      { datamodels: schemaFiles?.length ? schemaFiles.map((f) => [f.path, f.content]) : undefined },
      (message: string) => {
        if (debugSchemaEngine()) console.error('[schema-engine]', message);
      },
      bindMigrationAwareSqlAdapterFactory(tracked),
    );
    return await fn(engine);
  } catch (error) {
    throw toMigrationError(action, error);
  } finally {
    engine?.free();
    await Promise.allSettled(opened.map((a) => a.dispose()));
  }
}

async function withTarget<T>(target: MigrationTarget | undefined, fn: (f: InstrumentedAdapterFactory) => Promise<T>) {
  if (target && 'adapterFactory' in target) return fn(target.adapterFactory);
  const connection: Connection = await openConnection(target ?? {});
  try {
    return await fn(connection.adapterFactory);
  } finally {
    await connection.close();
  }
}

// ---------------------------------------------------------------------------------------------------
// Files

/** The schema files, as the engine wants them (a folder holds a multi-file schema). */
export function readSchemaFiles(schemaPath: string = defaultSchemaPath): SchemaContainer[] {
  const stat = fs.statSync(schemaPath, { throwIfNoEntry: false });
  if (!stat) throw new MigrationError(`No Prisma schema at ${schemaPath}`);
  if (stat.isFile()) return [{ path: schemaPath, content: fs.readFileSync(schemaPath, 'utf8') }];
  const files = (fs.readdirSync(schemaPath, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.prisma'))
    .sort()
    .map((f) => path.join(schemaPath, f));
  if (files.length === 0) throw new MigrationError(`No *.prisma file in ${schemaPath}`);
  return files.map((f) => ({ path: f, content: fs.readFileSync(f, 'utf8') }));
}

const lockfileName = 'migration_lock.toml';

/** The migrations folder, read the way the Prisma CLI reads it (sorted folder names). */
export function readMigrations(migrationsDir: string = defaultMigrationsDir): MigrationList {
  const lockPath = path.join(migrationsDir, lockfileName);
  const lockfile = {
    path: lockfileName,
    content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, 'utf8') : null,
  };
  const entries = fs.existsSync(migrationsDir) ? fs.readdirSync(migrationsDir, { withFileTypes: true }) : [];
  const migrationDirectories = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b))
    .map((name) => {
      const file = path.join(migrationsDir, name, 'migration.sql');
      let content: { tag: 'ok'; value: string } | { tag: 'error'; value: string };
      try {
        content = { tag: 'ok', value: fs.readFileSync(file, 'utf8') };
      } catch (error) {
        content = { tag: 'error', value: (error as Error).message };
      }
      return { path: name, migrationFile: { path: 'migration.sql', content } };
    });
  return { baseDir: migrationsDir, lockfile, shadowDbInitScript: '', migrationDirectories };
}

const lockfileContent = (provider: string) =>
  `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`;

/** The engine needs the lock file to replay migrations; assume PostgreSQL when it is missing. */
function withLockfile(list: MigrationList): MigrationList {
  if (list.lockfile.content !== null) return list;
  return { ...list, lockfile: { ...list.lockfile, content: lockfileContent('postgresql') } };
}

/** Names of the migrations in the folder, oldest first. */
export function listMigrationNames(migrationsDir: string = defaultMigrationsDir): string[] {
  return readMigrations(migrationsDir).migrationDirectories.map((d) => d.path);
}

// ---------------------------------------------------------------------------------------------------
// Commands

export interface ApplyMigrationsResult {
  /** The migrations applied now (empty when the database was up to date). */
  applied: string[];
}

/**
 * Apply the migrations of `prisma/migrations` that the database does not have yet (`prisma migrate
 * deploy`), recording them in `_prisma_migrations`. Idempotent; cheap when there is nothing to do.
 *
 * `target`: an open `Connection`/`Database` (uses its adapter), or connection options (opens and closes
 * its own connection; default: the environment's database).
 */
export async function applyMigrations(target?: MigrationTarget, options: MigrationPaths = {}): Promise<ApplyMigrationsResult> {
  const migrationsList = readMigrations(options.migrationsDir);
  if (migrationsList.migrationDirectories.length === 0) {
    options.logger?.(`No migrations in ${migrationsList.baseDir}`);
    return { applied: [] };
  }
  return withTarget(target, async (factory) => {
    const { appliedMigrationNames } = await withEngine(factory, undefined, 'Applying migrations', (engine) =>
      engine.applyMigrations({ migrationsList, filters: noFilter }),
    );
    if (options.logger) {
      if (appliedMigrationNames.length === 0) options.logger('Database is up to date.');
      for (const name of appliedMigrationNames) options.logger(`Applied migration ${name}`);
    }
    return { applied: appliedMigrationNames };
  });
}

/** An in-memory PGlite to replay migrations into (the "shadow database"): no server needed. */
async function withScratchDatabase<T>(fn: (factory: InstrumentedAdapterFactory) => Promise<T>): Promise<T> {
  const connection = await openConnection({ databaseUrl: 'memory://' });
  try {
    return await fn(connection.adapterFactory);
  } finally {
    await connection.close();
  }
}

/**
 * The SQL that takes a database from the end of the migration history to the schema. The history is
 * replayed into an in-memory PGlite (the "shadow database"): no database server is needed.
 *
 * (The engine's own `createMigration` cannot be used: its WASM build gets no shadow-database factory and
 * fails with "PostgreSQL shadow DB must be provided through an external factory". `diff` gets one.)
 */
export async function diffMigrationsToSchema(options: MigrationPaths = {}): Promise<{ empty: boolean; sql: string }> {
  const schemaFiles = readSchemaFiles(options.schemaPath);
  const migrationsList = withLockfile(readMigrations(options.migrationsDir));
  const result = await withScratchDatabase((factory) =>
    withEngine(factory, schemaFiles, 'Comparing the schema with the migrations', (engine) =>
      engine.diff({
        from: { tag: 'migrations', ...migrationsList },
        to: { tag: 'schemaDatamodel', files: schemaFiles },
        script: true,
        exitCode: true,
        filters: noFilter,
      }),
    ),
  );
  // exitCode: 0 = no difference, 2 = difference (like `prisma migrate diff --exit-code`).
  return { empty: result.exitCode === 0, sql: result.stdout ?? '' };
}

/** `YYYYMMDDHHMMSS` in UTC, as Prisma names migrations. */
function migrationTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

export interface CreateMigrationResult {
  /** `<YYYYMMDDHHMMSS>_<name>`, or undefined when the schema has no changes. */
  name?: string;
  /** The new `migration.sql`. */
  file?: string;
  sql?: string;
}

/**
 * Write a new migration with the changes from the migration history to the schema (what `prisma migrate
 * dev --create-only` writes): `prisma/migrations/<YYYYMMDDHHMMSS>_<name>/migration.sql`, and
 * `migration_lock.toml`. Needs no database server. Does nothing (and says so) when there are no changes,
 * unless `draft` is set.
 */
export async function createMigration(
  name: string,
  options: MigrationPaths & { /** Write a migration even when empty. */ draft?: boolean } = {},
): Promise<CreateMigrationResult> {
  const log = options.logger ?? console.log;
  const slug = name
    .trim()
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!slug) throw new MigrationError(`Invalid migration name: ${JSON.stringify(name)}`);
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir;

  const { empty, sql } = await diffMigrationsToSchema({ ...options, migrationsDir });
  if (empty && !options.draft) {
    log('No changes: the migrations already produce the schema; no migration created.');
    return {};
  }
  // A unique name that sorts after every existing migration.
  const existing = listMigrationNames(migrationsDir);
  let time = Date.now();
  let migrationName = `${migrationTimestamp(new Date(time))}_${slug}`;
  while (existing.some((e) => e.localeCompare(migrationName) >= 0 || e.slice(0, 14) === migrationName.slice(0, 14))) {
    time += 1000;
    migrationName = `${migrationTimestamp(new Date(time))}_${slug}`;
  }
  const dir = path.join(migrationsDir, migrationName);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'migration.sql');
  fs.writeFileSync(file, sql, 'utf8');
  fs.writeFileSync(path.join(migrationsDir, lockfileName), lockfileContent('postgresql'), 'utf8');
  log(`Created ${path.relative(process.cwd(), file) || file}`);
  return { name: migrationName, file, sql };
}

export interface CheckMigrationsResult {
  /** True when the migrations produce exactly the schema. */
  upToDate: boolean;
  /** The SQL a new migration would contain (empty when up to date). */
  sql: string;
}

/**
 * Whether `schema.prisma` and the migrations agree (`prisma migrate diff --from-migrations
 * --to-schema --exit-code`). CI fails on `upToDate: false`: someone changed the schema without running
 * `npm run migrate:new -w @ssj/db -- <name>`.
 */
export async function checkMigrations(options: MigrationPaths = {}): Promise<CheckMigrationsResult> {
  const log = options.logger ?? console.log;
  const { empty, sql } = await diffMigrationsToSchema(options);
  if (empty) {
    log('Migrations are up to date with the schema.');
    return { upToDate: true, sql: '' };
  }
  log(`The schema has changes that no migration contains. A new migration would run:\n\n${sql.trim()}\n`);
  return { upToDate: false, sql };
}

/** Status of the database's migration history against the migrations folder (`prisma migrate status`). */
export async function migrationStatus(target?: MigrationTarget, options: MigrationPaths = {}) {
  const migrationsList = readMigrations(options.migrationsDir);
  return withTarget(target, (factory) =>
    withEngine(factory, undefined, 'Reading the migration status', (engine) =>
      engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: noFilter }),
    ),
  );
}
