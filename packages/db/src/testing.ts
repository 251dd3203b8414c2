// Fresh, migrated, in-memory databases for tests — empty or with the demo data.
//
// Creating a PGlite database runs `initdb` (3–6 s) and applying the migrations adds the schema engine
// (~1 s); loading the demo adds ~3 s of CPU. Instead, the migrated database and the demo database are each built
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
import { cachedTemplate, dumpPGlite, openPGlite, type PGlite } from './pglite.ts';
import { forgetPrepared } from './pglitePrepared.ts';
import { loadDemoData } from './seed/index.ts';
import { openDatabase } from './index.ts';

/** For tests of the harness itself (apps/api/test/testDatabase.test.ts) and of the kept statements (pglitePrepared.test.ts). */
export { cachedTemplate, cachedTemplateFile, openPGlite } from './pglite.ts';
export { forgetPrepared, preparedClient } from './pglitePrepared.ts';

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

/**
 * bcrypt's cost for the demo accounts of the test databases (`loadDemoData`'s `passwordRounds`): its least, 4, so a
 * test's sign-in checks its password in ~1.5 ms of CPU instead of ~90 ms at the production cost (10). The API's
 * tests hash new passwords at the same cost (SSJ_PASSWORD_ROUNDS, apps/api/vitest.config.ts).
 */
export const TEST_PASSWORD_ROUNDS = 4;

/** The demo database (migrated, `loadDemoData` run) as a data-folder dump, built once and cached. */
export function demoTemplate(migrationsDir: string = defaultMigrationsDir): Promise<Blob> {
  return cachedTemplate(
    `demo ${demoKey(migrationsDir)} rounds ${TEST_PASSWORD_ROUNDS}`,
    async () => {
      const loadDataDir = await migratedTemplate(migrationsDir);
      const connection = await openConnection({ databaseUrl: 'memory://', loadDataDir });
      const db = clientOn(connection);
      try {
        await loadDemoData(db.prisma, { passwordRounds: TEST_PASSWORD_ROUNDS });
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

/**
 * The schema holding a reusable database's copy of its starting data (`leaseTestDatabase`). Not `public`, so
 * nothing that reads the application's schema sees it.
 */
const SNAPSHOT_SCHEMA = 'ssj_test_snapshot';

/**
 * A print of everything a reset (`leaseTestDatabase`) does not restore: schemas, relations, columns, defaults,
 * constraints, indexes, functions, triggers, policies, rules and views, types, sequences' definitions, roles and
 * memberships, grants, per-database settings, extensions, large objects. Objects PostgreSQL creates itself
 * (oid < 16384) are left out where a test cannot change them.
 */
const CATALOG_PRINT = `SELECT md5(string_agg(x, E'\\n' ORDER BY x)) AS print FROM (
  SELECT concat_ws(' ', 'n', oid, nspname, nspacl) AS x FROM pg_namespace
  UNION ALL SELECT concat_ws(' ', 'c', oid, relname, relnamespace, relkind, relpersistence, relrowsecurity, relforcerowsecurity, relacl, reloptions)
    FROM pg_class WHERE oid >= 16384
  UNION ALL SELECT concat_ws(' ', 'a', attrelid, attnum, attname, atttypid, atttypmod, attnotnull, atthasdef, attgenerated, attidentity, attisdropped, attacl)
    FROM pg_attribute WHERE attrelid >= 16384
  UNION ALL SELECT concat_ws(' ', 'd', oid, adrelid, adnum, md5(adbin::text)) FROM pg_attrdef
  UNION ALL SELECT concat_ws(' ', 'k', oid, conname, conrelid, contype, convalidated, condeferrable, condeferred) FROM pg_constraint WHERE oid >= 16384
  UNION ALL SELECT concat_ws(' ', 'i', indexrelid, indisvalid, indisready) FROM pg_index WHERE indexrelid >= 16384
  UNION ALL SELECT concat_ws(' ', 'p', oid, proname, md5(coalesce(prosrc, '')), proconfig, proacl) FROM pg_proc WHERE oid >= 16384
  UNION ALL SELECT concat_ws(' ', 't', oid, tgname, tgenabled) FROM pg_trigger WHERE oid >= 16384
  UNION ALL SELECT concat_ws(' ', 'e', oid, evtname, evtenabled) FROM pg_event_trigger
  UNION ALL SELECT concat_ws(' ', 'o', oid, polname, md5(coalesce(polqual::text, '') || coalesce(polwithcheck::text, ''))) FROM pg_policy
  UNION ALL SELECT concat_ws(' ', 'r', oid, rulename, ev_enabled, md5(ev_action::text)) FROM pg_rewrite WHERE oid >= 16384
  UNION ALL SELECT concat_ws(' ', 'y', oid, typname, typacl) FROM pg_type WHERE oid >= 16384
  UNION ALL SELECT concat_ws(' ', 'q', seqrelid, seqincrement, seqmin, seqmax, seqcycle) FROM pg_sequence
  UNION ALL SELECT concat_ws(' ', 'u', oid, rolname, rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin, rolbypassrls) FROM pg_roles
  UNION ALL SELECT concat_ws(' ', 'm', roleid, member) FROM pg_auth_members
  UNION ALL SELECT concat_ws(' ', 's', setdatabase, setrole, setconfig) FROM pg_db_role_setting
  UNION ALL SELECT concat_ws(' ', 'b', oid, datname, datallowconn, datacl) FROM pg_database
  UNION ALL SELECT concat_ws(' ', 'x', oid, extname, extversion) FROM pg_extension
  UNION ALL SELECT concat_ws(' ', 'f', oid, defaclrole, defaclobjtype, defaclacl) FROM pg_default_acl
  UNION ALL SELECT concat_ws(' ', 'l', oid) FROM pg_largeobject_metadata
) AS catalog`;

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** A PGlite kept by this process for its test files, and the script that puts its starting data back. */
interface Reusable {
  pglite: PGlite;
  /** Per table (by oid): its name and the statements that put its snapshot back (rows deleted, copied back). */
  restores: Map<number, { table: string; restore: string }>;
  /** Sets every sequence back. */
  sequencesScript: string;
  /** Per table (by oid): its write counters when it last held its starting rows (`writeCounters`). */
  counters: Map<number, string>;
  /** CATALOG_PRINT when the snapshot was taken. */
  catalog: string;
  leased: boolean;
  /** Just opened and its snapshot taken: it holds its starting data, so its first lease needs no reset. */
  fresh: boolean;
  /**
   * The Prisma client on it, kept with it: a client of its own per lease cost each file the client's setup (its query
   * compiler's WASM instance, the parsed data model) and its query-plan cache, so every file compiled again the
   * queries the last one had compiled. Created by the first lease.
   */
  db?: Database;
}

const reusables = new Map<string, Promise<Reusable>>();

/** Copy every table of the application's schemas into SNAPSHOT_SCHEMA and build the script that restores them. */
async function takeSnapshot(pglite: PGlite): Promise<Reusable> {
  const { rows: tables } = await pglite.query<{ oid: number; schema: string; name: string; columns: string[] }>(
    `SELECT c.oid::int AS oid, n.nspname AS schema, c.relname AS name,
            array_agg(a.attname::text ORDER BY a.attnum) FILTER (WHERE a.attgenerated = '') AS columns
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema', '${SNAPSHOT_SCHEMA}') AND n.nspname NOT LIKE 'pg\\_%'
      GROUP BY c.oid, n.nspname, c.relname ORDER BY 2, 3`,
  );
  const { rows: sequences } = await pglite.query<{ schema: string; name: string; start: string; last: string | null }>(
    `SELECT schemaname AS schema, sequencename AS name, start_value::text AS start, last_value::text AS last FROM pg_sequences
      WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`,
  );
  const qualified = (t: { schema: string; name: string }) => `${quoteIdent(t.schema)}.${quoteIdent(t.name)}`;
  const copy = (i: number) => `${quoteIdent(SNAPSHOT_SCHEMA)}.${quoteIdent(`t${i}`)}`;
  await pglite.exec([`CREATE SCHEMA ${quoteIdent(SNAPSHOT_SCHEMA)}`, ...tables.map((t, i) => `CREATE TABLE ${copy(i)} AS TABLE ${qualified(t)}`)].join(';\n'));
  const restores = new Map(
    tables.map((t, i) => {
      const columns = t.columns.map(quoteIdent).join(', ');
      const restore = `DELETE FROM ONLY ${qualified(t)};\nINSERT INTO ${qualified(t)} (${columns}) OVERRIDING SYSTEM VALUE SELECT ${columns} FROM ${copy(i)}`;
      return [t.oid, { table: qualified(t), restore }];
    }),
  );
  const sequencesScript = sequences
    .map((q) => `SELECT setval('${qualified(q).replaceAll("'", "''")}', ${q.last ?? q.start}, ${q.last === null ? 'false' : 'true'})`)
    .join(';\n');
  const catalog = (await pglite.query<{ print: string }>(CATALOG_PRINT)).rows[0]!.print;
  return { pglite, restores, sequencesScript, counters: await writeCounters(pglite), catalog, leased: false, fresh: true };
}

/**
 * Every application table's write counters: rows inserted, updated and deleted (PostgreSQL's statistics, which it
 * publishes at most once a second unless asked: `pg_stat_force_next_flush()`, in a statement of its own before), and
 * its file (a TRUNCATE gives the table a new one and counts no row). A table whose counters did not move since it held
 * its starting rows holds them still.
 */
async function writeCounters(pglite: PGlite): Promise<Map<number, string>> {
  await pglite.query('SELECT pg_stat_force_next_flush()');
  const { rows } = await pglite.query<{ oid: number; counters: string }>(
    `SELECT relid::int AS oid, concat_ws(' ', n_tup_ins, n_tup_upd, n_tup_del, pg_relation_filenode(relid)) AS counters FROM pg_stat_all_tables
      WHERE schemaname NOT IN ('pg_catalog', 'information_schema', '${SNAPSHOT_SCHEMA}') AND schemaname NOT LIKE 'pg\\_%'`,
  );
  return new Map(rows.map((r) => [r.oid, r.counters]));
}

/**
 * Put the starting rows back into every table written since (its counters moved), set every sequence back, then
 * vacuum what was rewritten (no autovacuum runs here: the deleted rows would pile up file after file). One script,
 * one implicit transaction, triggers and foreign keys quiet: the rows put back are the ones they let in before.
 */
async function reset(reusable: Reusable): Promise<void> {
  const { pglite } = reusable;
  const now = await writeCounters(pglite);
  const written = [...reusable.restores.keys()].filter((oid) => now.get(oid) !== reusable.counters.get(oid));
  await pglite.exec(
    [
      'SET session_replication_role = replica',
      ...written.map((oid) => reusable.restores.get(oid)!.restore),
      reusable.sequencesScript,
      'SET session_replication_role = DEFAULT',
    ].join(';\n'),
  );
  if (written.length) await pglite.exec(`VACUUM ${written.map((oid) => reusable.restores.get(oid)!.table).join(', ')}`);
  reusable.counters = await writeCounters(pglite);
}

/**
 * Like `createTestDatabase`, but the process keeps the PGlite for the next call: `close()` gives it back, and the
 * next lease resets it to its starting data (every table emptied and refilled from a snapshot taken when it was
 * opened, every sequence set back, the session's settings, prepared statements, temporary tables and locks
 * discarded) instead of loading the dump into a new PGlite (~0.1 instead of ~1 s of CPU). Tests that share a
 * process (vitest without isolation) thus share one PGlite, one file after another, and one Prisma client on it
 * (its query plans compiled once per worker; the listeners a lease added with `onQuery` go when it is given back).
 *
 * What a reset cannot undo — a table, column, function, trigger, role or grant created, changed or dropped —
 * changes the catalog's print (CATALOG_PRINT): such a database is closed and the next lease opens a fresh one.
 * While the kept database is leased (two databases open at once), a lease gets a fresh, unkept one.
 */
export async function leaseTestDatabase(options: Omit<CreateTestDatabaseOptions, 'onQuery'> = {}): Promise<Database> {
  const key = `${options.demo ? 'demo' : 'migrated'} ${options.migrationsDir ?? defaultMigrationsDir}`;
  let kept = reusables.get(key);
  const current = kept ? await kept.catch(() => undefined) : undefined;
  if (current?.leased) return createTestDatabase(options);
  if (!current) {
    kept = (async () => {
      const db = await createTestDatabase(options);
      await db.prisma.$disconnect();
      return takeSnapshot(db.pglite!);
    })();
    reusables.set(key, kept);
  }
  const reusable = await kept!;
  reusable.leased = true;
  // The first lease of a database just opened from its dump takes it as it is: nothing ran on it but the snapshot's
  // copy, so the reset would only put back the rows it holds (~0.5 s of CPU on the demo, once per worker).
  const fresh = reusable.fresh;
  reusable.fresh = false;
  try {
    if (!fresh) {
      await reusable.pglite.exec('DISCARD ALL');
      forgetPrepared(reusable.pglite);
      await reset(reusable);
    }
  } catch {
    // Left in a state a reset cannot mend (a transaction still open, say): give this lease a fresh database.
    if (reusables.get(key) === kept) reusables.delete(key);
    await reusable.db?.close().catch(() => {});
    await reusable.pglite.close().catch(() => {});
    return createTestDatabase(options);
  }
  reusable.db ??= clientOn(await openConnection({ pglite: reusable.pglite }), options);
  const db = reusable.db;
  // The listeners this lease adds (onQuery) go when it is given back: the next file starts without them.
  const stops = new Set<() => void>();
  let released: Promise<void> | undefined;
  return {
    ...db,
    onQuery: (listener) => {
      const stop = db.onQuery(listener);
      stops.add(stop);
      return () => {
        stops.delete(stop);
        stop();
      };
    },
    close: () => {
      released ??= (async () => {
        for (const stop of stops) stop();
        stops.clear();
        try {
          const { rows } = await reusable.pglite.query<{ print: string }>(CATALOG_PRINT);
          if (rows[0]!.print !== reusable.catalog) throw new Error('catalog changed');
          reusable.leased = false;
        } catch {
          // Changed beyond what a reset restores, or unusable: the next lease opens a fresh one.
          if (reusables.get(key) === kept) reusables.delete(key);
          await db.close().catch(() => {});
          if (!reusable.pglite.closed) await reusable.pglite.close();
        }
      })();
      return released;
    },
  };
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
      await loadDemoData(db.prisma, { passwordRounds: TEST_PASSWORD_ROUNDS });
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
