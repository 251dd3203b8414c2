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
  options: AppRoleOptions & { database: string; owner: string },
): string[] {
  if (!ROLE_NAME.test(options.role)) throw new Error(`role name must match ${ROLE_NAME}: ${options.role}`);
  const role = client.escapeIdentifier(options.role);
  return [
    `DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = ${client.escapeLiteral(options.role)}) THEN CREATE ROLE ${role} LOGIN; END IF; END $$`,
    // New roles are NOSUPERUSER NOREPLICATION NOBYPASSRLS; only a superuser may even restate that (createAppRole
    // refuses an existing role that has any of them).
    `ALTER ROLE ${role} LOGIN NOCREATEDB NOCREATEROLE INHERIT${options.password ? ` PASSWORD ${client.escapeLiteral(options.password)}` : ''}`,
    // PostgreSQL before 15 lets everyone create tables in public.
    `REVOKE CREATE ON SCHEMA public FROM PUBLIC`,
    `GRANT CONNECT ON DATABASE ${client.escapeIdentifier(options.database)} TO ${role}`,
    `GRANT USAGE ON SCHEMA public TO ${role}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`,
    // Append-only, twice over: no UPDATE or DELETE privilege, and the trigger. The history is read-only.
    `REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEvent" FROM ${role}`,
    `REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "_prisma_migrations" FROM ${role}`,
    // Tables and sequences the owner's later migrations create.
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${client.escapeIdentifier(options.owner)} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${client.escapeIdentifier(options.owner)} IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${role}`,
    // The job queue (graphile-worker, installed by db:migrate): its workers take, update and delete job rows and call
    // its functions; the schema's tables stay the owner's.
    `DO $$ BEGIN IF EXISTS (SELECT FROM pg_namespace WHERE nspname = 'graphile_worker') THEN
       GRANT USAGE ON SCHEMA graphile_worker TO ${role};
       GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA graphile_worker TO ${role};
       GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA graphile_worker TO ${role};
       GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA graphile_worker TO ${role};
     END IF; END $$`,
    // graphile-worker enables row-level security on its private tables without policies: only their owner sees
    // rows. The application's role takes and adds jobs through its (SECURITY INVOKER) functions, so it needs a policy.
    `DO $$ DECLARE t record; BEGIN
       FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'graphile_worker' AND c.relkind IN ('r', 'p') AND c.relrowsecurity LOOP
         IF NOT EXISTS (SELECT FROM pg_policies WHERE schemaname = 'graphile_worker' AND tablename = t.relname AND policyname = ${client.escapeLiteral(`app_${options.role}`)}) THEN
           EXECUTE format('CREATE POLICY %I ON graphile_worker.%I TO %I USING (true) WITH CHECK (true)', ${client.escapeLiteral(`app_${options.role}`)}, t.relname, ${client.escapeLiteral(options.role)});
         END IF;
       END LOOP;
     END $$`,
  ];
}

/**
 * Creates or updates the application role in the database at `ownerUrl` (the migrated database, connected as its
 * owner with CREATEROLE, or as a superuser). Idempotent.
 */
export async function createAppRole(ownerUrl: string, options: AppRoleOptions): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    // The owner is whoever ran the migrations (owns the tables), not necessarily who runs this (a superuser may).
    const { rows } = await client.query<{ db: string; owner: string | null }>(
      `SELECT current_database() AS db, (SELECT pg_get_userbyid(c.relowner) FROM pg_class c WHERE c.oid = to_regclass('"AuditEvent"')) AS owner`,
    );
    const { db: database, owner } = rows[0]!;
    if (!owner) throw new Error('the database is not migrated yet: run `npm run db:migrate` as its owner first');
    if (owner === options.role) throw new Error(`${options.role} owns the tables: the application role must be another role than the owner`);
    const existing = await client.query<{ rolsuper: boolean; rolreplication: boolean; rolbypassrls: boolean }>(
      'SELECT rolsuper, rolreplication, rolbypassrls FROM pg_roles WHERE rolname = $1',
      [options.role],
    );
    const r = existing.rows[0];
    if (r && (r.rolsuper || r.rolreplication || r.rolbypassrls)) {
      throw new Error(`${options.role} is a superuser, a replication role or bypasses row security: choose another role for the application`);
    }
    await client.query('BEGIN');
    for (const sql of appRoleStatements(client, { ...options, database, owner })) await client.query(sql);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    await client.end();
  }
}
