// The one place @ssj/db reads the environment. Read when asked (not at import), so a script or a test that sets a
// variable before opening a database is seen. Every variable is listed in the README ("Environment variables").
import process from 'node:process';

export type Environment = Readonly<Record<string, string | undefined>>;

/** Which database to open (connection.ts): `DATABASE_URL`, else the PGlite folder `SSJ_DATA_DIR`. */
export function databaseSettings(env: Environment = process.env): { databaseUrl?: string; dataDir?: string } {
  return { databaseUrl: env.DATABASE_URL?.trim() || undefined, dataDir: env.SSJ_DATA_DIR?.trim() || undefined };
}

/** Where PGlite data-folder templates are cached (pglite.ts); unset: `<repo>/node_modules/.cache/ssj-db`. */
export const templateCacheDirSetting = (): string | undefined => process.env.SSJ_DB_CACHE_DIR || undefined;

/** `SSJ_DB_NO_TEMPLATE=1`: create every new PGlite database with initdb instead of from the cached template. */
export const noTemplate = (): boolean => process.env.SSJ_DB_NO_TEMPLATE === '1';

/** `SSJ_DB_DEBUG` (any value): print the schema engine's messages while migrating (migrate.ts). */
export const debugSchemaEngine = (): boolean => !!process.env.SSJ_DB_DEBUG;

/** The owner's connection for migrations when the server connects as a role that owns nothing (README "PostgreSQL"). */
export const migrationDatabaseUrl = (env: Environment = process.env): string | undefined => env.MIGRATION_DATABASE_URL?.trim() || undefined;

/** The password `db:app-role` gives the application's role (never the command line, which shells keep). */
export const appRolePassword = (): string | null => process.env.SSJ_APP_ROLE_PASSWORD || null;

/**
 * A read replica of the database (a streaming standby, `postgresql://…`): the API reads the public pages and
 * analysts' API-token queries from it (README "Environment variables", docs/scaling.md). Unset: everything reads
 * the primary.
 */
export const databaseReadUrl = (env: Environment = process.env): string | undefined => env.DATABASE_READ_URL?.trim() || undefined;
