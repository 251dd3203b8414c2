// Fresh, migrated, in-memory databases for tests — empty or with the demo data.
//
// Creating a PGlite database runs `initdb` (3–6 s) and applying the migrations adds the schema engine
// (~1 s); loading the demo adds ~10–16 s. Instead, the migrated database and the demo database are each built
// once per machine (keyed by everything they are built from, see `demoKey`), dumped to
// `node_modules/.cache/ssj-db/template-<hash>.tar.gz`, and every test database is loaded from that dump into
// memory (~1 s).
//
// On a PostgreSQL server, `createPostgresTemplate` builds the demo once into a database that every test
// database is then copied from (`CREATE DATABASE … TEMPLATE …`, well under a second).
//
//   const db = await createTestDatabase({ demo: true });
//   afterAll(() => db.close());
//   let n = 0; const stop = db.onQuery(() => n++);
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { clientOn, type CreatePrismaClientOptions, type Database } from './client.ts';
import { openConnection } from './connection.ts';
import { applyMigrations, readMigrations } from './migrate.ts';
import { defaultMigrationsDir, defaultSchemaPath, repoRoot } from './paths.ts';
import { cachedTemplate, dumpPGlite, openPGlite } from './pglite.ts';
import { loadDemoData } from './seed/index.ts';
import { openDatabase } from './index.ts';

export interface CreateTestDatabaseOptions extends Pick<CreatePrismaClientOptions, 'log' | 'clientOptions' | 'onQuery'> {
  /** Default `<repo>/prisma/migrations`. */
  migrationsDir?: string;
  /** Start from the demo database (`loadDemoData`) instead of an empty migrated one. */
  demo?: boolean;
}

/** A key that changes whenever a migration is added or edited. */
function migrationsKey(migrationsDir: string): string {
  const hash = createHash('sha256');
  for (const dir of readMigrations(migrationsDir).migrationDirectories) {
    const content = dir.migrationFile.content;
    hash.update(`${dir.path}\n${content.tag === 'ok' ? content.value : `!${content.value}`}\n`);
  }
  return hash.digest('hex');
}

/** The migrated database as a data-folder dump, built once and cached (memory and disk). */
export function migratedTemplate(migrationsDir: string = defaultMigrationsDir): Promise<Blob> {
  return cachedTemplate(`migrated ${migrationsKey(migrationsDir)}`, async () => {
    const connection = await openConnection({ databaseUrl: 'memory://' });
    try {
      await applyMigrations(connection, { migrationsDir });
      return await dumpPGlite(connection.pglite!);
    } finally {
      await connection.close();
    }
  });
}

/** Every file of `dir` (recursively) whose name `keep` accepts, sorted, as paths relative to `repoRoot`. */
function sourceFiles(dir: string, keep: (name: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => keep(path.basename(f)) && fs.statSync(path.join(dir, f)).isFile())
    .map((f) => path.relative(repoRoot, path.join(dir, f)))
    .sort();
}

/**
 * A key that changes whenever the demo database could: the migrations, the schema, the sources of the seed
 * and of everything it imports (`packages/db/src`, `packages/domain/src`, tests left out) and the locked
 * dependency versions (bcryptjs, Prisma, …). A stale demo template is never used.
 */
export function demoKey(migrationsDir: string = defaultMigrationsDir): string {
  const hash = createHash('sha256').update(`migrations ${migrationsKey(migrationsDir)}\n`);
  const isSource = (name: string) => /\.(ts|json)$/.test(name) && !/\.test\.ts$/.test(name);
  const files = [
    path.relative(repoRoot, defaultSchemaPath),
    'package-lock.json',
    ...sourceFiles(path.join(repoRoot, 'packages', 'db', 'src'), isSource),
    ...sourceFiles(path.join(repoRoot, 'packages', 'domain', 'src'), isSource),
  ];
  for (const file of files) {
    const full = path.join(repoRoot, file);
    hash
      .update(`${file}\n`)
      .update(fs.existsSync(full) ? fs.readFileSync(full) : '(missing)')
      .update('\n');
  }
  return hash.digest('hex');
}

/** The demo database (migrated, `loadDemoData` run) as a data-folder dump, built once and cached. */
export function demoTemplate(migrationsDir: string = defaultMigrationsDir): Promise<Blob> {
  return cachedTemplate(
    `demo ${demoKey(migrationsDir)}`,
    async () => {
      const loadDataDir = await migratedTemplate(migrationsDir);
      const connection = await openConnection({ databaseUrl: 'memory://', loadDataDir });
      const db = clientOn(connection);
      try {
        await loadDemoData(db.prisma);
        await db.prisma.$disconnect();
        return await dumpPGlite(connection.pglite!);
      } finally {
        await db.close();
      }
    },
    'demo',
  );
}

/**
 * Put the demo database into the new PGlite data folder `dataDir` (created; must not hold a database yet), as
 * the server would find it after its first start: migrated, demo loaded.
 */
export async function writeDemoDataDir(dataDir: string, migrationsDir: string = defaultMigrationsDir): Promise<void> {
  if (fs.existsSync(path.join(dataDir, 'PG_VERSION'))) throw new Error(`${dataDir} holds a database already`);
  const pglite = await openPGlite({ dataDir, loadDataDir: await demoTemplate(migrationsDir) });
  await pglite.close();
}

/**
 * A fresh in-memory PGlite with every migration applied (and the demo data with `demo: true`), and a Prisma
 * client on it. Independent of `DATABASE_URL`. Close it with `db.close()`.
 */
export async function createTestDatabase(options: CreateTestDatabaseOptions = {}): Promise<Database> {
  const loadDataDir = await (options.demo ? demoTemplate(options.migrationsDir) : migratedTemplate(options.migrationsDir));
  const connection = await openConnection({
    databaseUrl: 'memory://',
    loadDataDir,
    ...(options.onQuery ? { onQuery: options.onQuery } : {}),
  });
  return clientOn(connection, options);
}

/** `serverUrl` with its database replaced by `name`. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Drop a database of the PostgreSQL server `serverUrl` points at (its sessions are ended first). */
export function dropPostgresDatabase(serverUrl: string, name: string): Promise<void> {
  return onServer(serverUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}

/**
 * Build the demo database once on the PostgreSQL server `serverUrl` points at — migrated, `loadDemoData`
 * run, every session closed — for `createPostgresTestDatabase` to copy. Returns its name
 * (`ssj_demo_template_<key>_<run>`); drop it with `dropPostgresDatabase` when the run ends.
 */
export async function createPostgresTemplate(serverUrl: string, options: { migrationsDir?: string } = {}): Promise<string> {
  const name = `ssj_demo_template_${demoKey(options.migrationsDir).slice(0, 12)}_${process.pid}_${randomBytes(3).toString('hex')}`;
  await onServer(serverUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  try {
    const db = await openDatabase({ databaseUrl: databaseUrl(serverUrl, name), ...(options.migrationsDir ? { migrationsDir: options.migrationsDir } : {}) });
    try {
      await loadDemoData(db.prisma);
    } finally {
      await db.close();
    }
    // Nobody may change the template, and a copy needs it without sessions (a pool may linger a moment).
    await onServer(serverUrl, async (c) => {
      await c.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false`);
      await c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
    });
  } catch (error) {
    await dropPostgresDatabase(serverUrl, name).catch(() => {});
    throw error;
  }
  return name;
}

/**
 * A fresh database on the PostgreSQL server `serverUrl` points at, with a Prisma client on it: a copy of
 * `template` (from `createPostgresTemplate`, so already migrated), else an empty database with the migrations
 * applied. `drop()` closes the client and drops the database.
 */
export async function createPostgresTestDatabase(
  serverUrl: string,
  options: Pick<CreatePrismaClientOptions, 'log' | 'clientOptions' | 'onQuery'> & { template?: string; migrationsDir?: string } = {},
): Promise<{ db: Database; drop: () => Promise<void> }> {
  const name = `ssj_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await onServer(serverUrl, (c) => c.query(options.template ? `CREATE DATABASE "${name}" TEMPLATE "${options.template}"` : `CREATE DATABASE "${name}"`));
  const { template, migrationsDir, ...clientOptions } = options;
  const db = await openDatabase({
    ...clientOptions,
    databaseUrl: databaseUrl(serverUrl, name),
    ...(migrationsDir ? { migrationsDir } : {}),
    // A copy of the template is migrated already.
    migrate: !template,
  });
  return {
    db,
    drop: async () => {
      await db.close();
      await dropPostgresDatabase(serverUrl, name);
    },
  };
}
