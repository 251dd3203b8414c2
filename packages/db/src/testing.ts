// Fresh, migrated, in-memory databases for tests.
//
// Creating a PGlite database runs `initdb` (3–6 s) and applying the migrations adds the schema engine
// (~1 s). Instead, the migrated database is built once per machine (per migrations content and PGlite
// version), dumped to `node_modules/.cache/ssj-db/template-<hash>.tar.gz`, and every test database is
// loaded from that dump into memory (~1 s).
//
//   const db = await createTestDatabase();
//   afterAll(() => db.close());
//   let n = 0; const stop = db.onQuery(() => n++);
import { createHash } from 'node:crypto';
import { clientOn, type CreatePrismaClientOptions, type Database } from './client.ts';
import { openConnection } from './connection.ts';
import { applyMigrations, readMigrations } from './migrate.ts';
import { defaultMigrationsDir } from './paths.ts';
import { cachedTemplate, dumpPGlite } from './pglite.ts';

export interface CreateTestDatabaseOptions extends Pick<CreatePrismaClientOptions, 'log' | 'clientOptions' | 'onQuery'> {
  /** Default `<repo>/prisma/migrations`. */
  migrationsDir?: string;
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

/**
 * A fresh in-memory PGlite with every migration applied, and a Prisma client on it. Independent of
 * `DATABASE_URL`. Close it with `db.close()`.
 */
export async function createTestDatabase(options: CreateTestDatabaseOptions = {}): Promise<Database> {
  const loadDataDir = await migratedTemplate(options.migrationsDir);
  const connection = await openConnection({
    databaseUrl: 'memory://',
    loadDataDir,
    ...(options.onQuery ? { onQuery: options.onQuery } : {}),
  });
  return clientOn(connection, options);
}
