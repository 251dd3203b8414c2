// The application's own database role on PostgreSQL (README "PostgreSQL", SECURITY.md). The owner — who runs the
// migrations and owns every table, function and trigger — creates a LOGIN role that owns nothing and may only
// read and write rows: it cannot disable a trigger, alter, truncate or drop a table, create one, change or remove an
// audit event, or rewrite the migration history. Later migrations' tables and sequences are granted to it by
// default privileges, so re-running this is needed only for a new role or password.
import pg from 'pg';

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export interface AppRoleOptions {
  /** The role to create or update (lower-case letters, digits, underscores). */
  role: string;
  /** Its password; omitted: none is set (e.g. peer or certificate authentication). */
  password?: string | null;
}

/** The statements that create (or bring up to date) the application role, run by the owner. */
export function appRoleStatements(
  client: Pick<pg.Client, 'escapeLiteral' | 'escapeIdentifier'>,
  options: AppRoleOptions & { database: string },
): string[] {
  if (!ROLE_NAME.test(options.role)) throw new Error(`role name must match ${ROLE_NAME}: ${options.role}`);
  const role = client.escapeIdentifier(options.role);
  return [
    `DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = ${client.escapeLiteral(options.role)}) THEN CREATE ROLE ${role} LOGIN; END IF; END $$`,
    `ALTER ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT` +
      (options.password ? ` PASSWORD ${client.escapeLiteral(options.password)}` : ''),
    // PostgreSQL before 15 lets everyone create tables in public.
    `REVOKE CREATE ON SCHEMA public FROM PUBLIC`,
    `GRANT CONNECT ON DATABASE ${client.escapeIdentifier(options.database)} TO ${role}`,
    `GRANT USAGE ON SCHEMA public TO ${role}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`,
    // Append-only, twice over: no UPDATE or DELETE privilege, and the trigger. The history is read-only.
    `REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEvent" FROM ${role}`,
    `REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "_prisma_migrations" FROM ${role}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${role}`,
  ];
}

/**
 * Creates or updates the application role in the database at `ownerUrl` (the migrated database, connected as its
 * owner). Idempotent.
 */
export async function createAppRole(ownerUrl: string, options: AppRoleOptions): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ db: string; owner: string }>(
      `SELECT current_database() AS db, current_user AS owner`,
    );
    const migrated = await client.query(`SELECT to_regclass('"AuditEvent"') IS NOT NULL AS ok`);
    if (!migrated.rows[0]?.ok) throw new Error('the database is not migrated yet: run `npm run db:migrate` as its owner first');
    if (rows[0]!.owner === options.role) throw new Error(`connected as ${options.role} itself: connect as the owner`);
    await client.query('BEGIN');
    for (const sql of appRoleStatements(client, { ...options, database: rows[0]!.db })) await client.query(sql);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    await client.end();
  }
}
