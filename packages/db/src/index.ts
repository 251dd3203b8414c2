// @ssj/db: the Prisma client on embedded PostgreSQL (PGlite) or a PostgreSQL server, and offline
// migrations. See README.md in this package.
import { clientOn, createPrismaClient, type CreatePrismaClientOptions, type Database } from './client.ts';
import { databaseReadUrl } from './env.ts';
import { openConnection, resolveMigrationUrl } from './connection.ts';
import { applyMigrations, type MigrationPaths } from './migrate.ts';

export { createPrismaClient, clientOn } from './client.ts';
export type { CreatePrismaClientOptions, Database } from './client.ts';
export { openConnection, resolveTarget, resolveMigrationUrl, describeTarget, redactUrl } from './connection.ts';
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
export { createAppRole, appRoleStatements } from './roles.ts';
export { installQueueSchema, QUEUE_SCHEMA } from './queueSchema.ts';
export { databaseReadUrl } from './env.ts';
export type { AppRoleOptions } from './roles.ts';
export { repoRoot, defaultDataDir, defaultMigrationsDir, defaultSchemaPath } from './paths.ts';

// The generated client: model types (`User`, …), enums (values and types), the `Prisma` namespace, and
// the `PrismaClient` type. (`@ssj/db/client` is the generated client itself.)
export type * from '../generated/prisma/client.ts';
export * from '../generated/prisma/enums.ts';
export { Prisma } from '../generated/prisma/client.ts';

export interface OpenDatabaseOptions extends CreatePrismaClientOptions, Omit<MigrationPaths, 'schemaPath'> {
  /** Skip applying migrations (default: apply them; cheap when the database is up to date). */
  migrate?: boolean;
  /**
   * Apply the migrations through this connection (the database's owner) instead of the client's own, which may
   * then be a role that owns nothing (README "PostgreSQL"). Default: `$MIGRATION_DATABASE_URL` when the database
   * itself comes from the environment too.
   */
  migrationDatabaseUrl?: string;
}

/**
 * Open the database (options, else the environment: see `connection.ts`), apply pending migrations, and
 * return a Prisma client on it. What the API server and the tests call.
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const migrationUrl = options.migrationDatabaseUrl ?? resolveMigrationUrl(options);
  const paths = {
    ...(options.migrationsDir ? { migrationsDir: options.migrationsDir } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  };
  const connection = await openConnection(options);
  try {
    if (options.migrate !== false) {
      try {
        await applyMigrations(migrationUrl ? { databaseUrl: migrationUrl } : connection, paths);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (!migrationUrl && connection.kind === 'postgres' && /permission denied|must be owner/i.test(message)) {
          throw new Error(
            `${message}\nThe database has migrations to apply and ${connection.description} may not apply them: run ` +
              '`npm run db:migrate` as the owner (MIGRATION_DATABASE_URL or DATABASE_URL), or set MIGRATION_DATABASE_URL.',
            { cause: error },
          );
        }
        throw error;
      }
    }
  } catch (error) {
    await connection.close();
    throw error;
  }
  return clientOn(connection, options);
}

/**
 * The read replica `DATABASE_READ_URL` points at (a PostgreSQL standby), without migrations (a standby is read-only
 * and follows the primary's), or null when it is unset.
 */
export async function openReadReplica(options: Pick<CreatePrismaClientOptions, 'env'> = {}): Promise<Database | null> {
  const url = databaseReadUrl(options.env);
  if (!url) return null;
  if (!/^postgres(ql)?:\/\//i.test(url)) throw new Error('DATABASE_READ_URL must be a postgresql:// URL of a read replica');
  return createPrismaClient({ databaseUrl: url });
}
