// @ssj/db: the Prisma client on embedded PostgreSQL (PGlite) or a PostgreSQL server, and offline
// migrations. See README.md in this package.
import { clientOn, type CreatePrismaClientOptions, type Database } from './client.ts';
import { openConnection } from './connection.ts';
import { applyMigrations, type MigrationPaths } from './migrate.ts';

export { createPrismaClient, clientOn } from './client.ts';
export type { CreatePrismaClientOptions, Database } from './client.ts';
export { openConnection, resolveTarget, describeTarget, redactUrl } from './connection.ts';
export type { Connection, ConnectionOptions, ResolvedTarget } from './connection.ts';
export type { SqlEvent, SqlEventKind, SqlListener } from './adapter.ts';
export {
  applyMigrations,
  createMigration,
  checkMigrations,
  migrationStatus,
  MigrationError,
} from './migrate.ts';
export type {
  ApplyMigrationsResult,
  CheckMigrationsResult,
  CreateMigrationResult,
  MigrationPaths,
  MigrationTarget,
} from './migrate.ts';
export { repoRoot, defaultDataDir, defaultMigrationsDir, defaultSchemaPath } from './paths.ts';

// The generated client: model types (`User`, …), enums (values and types), the `Prisma` namespace, and
// the `PrismaClient` type. (`@ssj/db/client` is the generated client itself.)
export type * from '../generated/prisma/client.ts';
export * from '../generated/prisma/enums.ts';
export { Prisma } from '../generated/prisma/client.ts';

export interface OpenDatabaseOptions extends CreatePrismaClientOptions, Omit<MigrationPaths, 'schemaPath'> {
  /** Skip applying migrations (default: apply them; cheap when the database is up to date). */
  migrate?: boolean;
}

/**
 * Open the database (options, else the environment: see `connection.ts`), apply pending migrations, and
 * return a Prisma client on it. What the API server and the tests call.
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const connection = await openConnection(options);
  try {
    if (options.migrate !== false) {
      await applyMigrations(connection, {
        ...(options.migrationsDir ? { migrationsDir: options.migrationsDir } : {}),
        ...(options.logger ? { logger: options.logger } : {}),
      });
    }
  } catch (error) {
    await connection.close();
    throw error;
  }
  return clientOn(connection, options);
}
