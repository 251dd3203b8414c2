// On PostgreSQL the API runs as a role that owns nothing (README "PostgreSQL", packages/db/src/roles.ts): the owner
// migrates, the application only reads and writes rows. As that role, the guards cannot be bypassed — no disabling
// the audit trail's triggers, no TRUNCATE, ALTER or DROP, no UPDATE or DELETE of an audit event — while the demo
// loads and the API's mutations work. PostgreSQL only (TEST_DATABASE_URL); PGlite has no roles.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppRole, installQueueSchema, openDatabase, type Database } from '@ssj/db';
import { DEMO_ACCOUNTS, DEMO_TODAY, loadDemoData } from '@ssj/db/seed';
import { clock } from '../src/clock.ts';
import { createApp } from '../src/yoga.ts';
import { graphileQueue } from '../src/jobs/queue.ts';
import { TEST_DATABASE_URL } from './testEnv.ts';

const serverUrl = TEST_DATABASE_URL;

describe.runIf(!!serverUrl)('the application role (PostgreSQL)', () => {
  const suffix = `${process.pid}_${randomBytes(4).toString('hex')}`;
  const dbName = `ssj_test_role_${suffix}`;
  const role = `ssj_app_${suffix}`;
  const password = randomBytes(12).toString('hex');
  const urlAs = (user: string | null, pw?: string) => {
    const u = new URL(serverUrl!);
    u.pathname = `/${dbName}`;
    if (user) {
      u.username = user;
      u.password = pw ?? '';
    }
    return u.toString();
  };
  let db: Database;
  let asRole: pg.Client;

  async function onServer(sql: string) {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  }

  beforeAll(async () => {
    clock.pin(DEMO_TODAY);
    await onServer(`CREATE DATABASE ${dbName}`);
    const owner = await openDatabase({ databaseUrl: urlAs(null) }); // migrates as the owner
    await owner.close();
    await installQueueSchema(urlAs(null)); // as db:migrate does
    await createAppRole(urlAs(null), { role, password });
    // The app as the role; pending migrations (none here) would go through the owner's connection.
    db = await openDatabase({ databaseUrl: urlAs(role, password), migrationDatabaseUrl: urlAs(null) });
    await loadDemoData(db.prisma);
    asRole = new pg.Client({ connectionString: urlAs(role, password) });
    await asRole.connect();
  }, 300_000);

  afterAll(async () => {
    await asRole?.end();
    await db?.close();
    await onServer(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await onServer(`DROP ROLE IF EXISTS ${role}`);
  });

  it('queues and runs jobs as the role (graphile-worker, installed by the owner)', async () => {
    const queue = graphileQueue({ connectionString: urlAs(role, password) });
    const ran: unknown[] = [];
    queue.register('test.echo', async (payload) => {
      ran.push(payload);
    });
    await queue.start();
    try {
      await queue.add('test.echo', { n: 1 });
      for (let i = 0; i < 200 && ran.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    } finally {
      await queue.stop();
    }
    expect(ran).toEqual([{ n: 1 }]);
  }, 60_000);

  it('connects as a role that is neither superuser nor owner of anything', async () => {
    const { rows } = await asRole.query(
      `SELECT current_user AS me, r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolbypassrls,
              (SELECT count(*) FROM pg_class c WHERE c.relowner = r.oid)::int AS owned
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(rows[0]).toEqual({ me: role, rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false, owned: 0 });
  });

  it.each([
    ['disable the audit triggers', 'ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL'],
    ['disable the append-only trigger', 'ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"'],
    ['drop the chain trigger', 'DROP TRIGGER "AuditEvent_chain" ON "AuditEvent"'],
    ['replace the chain function', 'CREATE OR REPLACE FUNCTION ssj_audit_chain() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql'],
    ['truncate the audit trail', 'TRUNCATE "AuditEvent"'],
    ['drop the audit trail', 'DROP TABLE "AuditEvent"'],
    ['alter the audit trail', 'ALTER TABLE "AuditEvent" ADD COLUMN "x" int'],
    ['update an audit event', `UPDATE "AuditEvent" SET "actorName" = 'x' WHERE "seq" = 1`],
    ['delete an audit event', 'DELETE FROM "AuditEvent" WHERE "seq" = 1'],
    ['switch triggers off for its session', 'SET session_replication_role = replica'],
    ['truncate another table', 'TRUNCATE "Result" CASCADE'],
    ['disable the published-results guard', 'ALTER TABLE "Result" DISABLE TRIGGER ALL'],
    ['create a table', 'CREATE TABLE "Mine" (id int)'],
    ['rewrite the migration history', `DELETE FROM "_prisma_migrations"`],
  ])('may not %s', async (_what, sql) => {
    await expect(asRole.query(sql)).rejects.toMatchObject({ code: expect.stringMatching(/^42501$/) });
  });

  it('gets the tables later migrations create (default privileges), with rows only', async () => {
    const owner = new pg.Client({ connectionString: urlAs(null) });
    await owner.connect();
    try {
      await owner.query('CREATE TABLE "LaterMigration" ("id" serial PRIMARY KEY, "note" text)');
    } finally {
      await owner.end();
    }
    await asRole.query(`INSERT INTO "LaterMigration" ("note") VALUES ('x')`);
    expect((await asRole.query('SELECT count(*)::int AS n FROM "LaterMigration"')).rows[0].n).toBe(1);
    await expect(asRole.query('TRUNCATE "LaterMigration"')).rejects.toMatchObject({ code: '42501' });
  });

  it('runs the API: the demo loaded, sign-in and mutations work, and the chain is intact', async () => {
    const app = createApp({ prisma: db.prisma });
    const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
      const res = await app.fetch(
        new Request('http://test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query, variables }),
        }),
      );
      return (await res.json()) as { data?: any; errors?: unknown[] };
    };
    const a = DEMO_ACCOUNTS.find((x) => x.username === 'admin')!;
    const login = await gql('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: a.username, p: a.password });
    const token = login.data?.login.token as string;
    expect(token).toBeTruthy();
    const created = await gql('mutation { createExpert(name: "角色测试专家", field: "测绘", organization: "测试单位") { id } }', {}, token);
    expect(created.errors).toBeUndefined();
    const updated = await gql('mutation($id: ID!) { updateExpert(id: $id, organization: "另一单位") { id } }', { id: created.data.createExpert.id }, token);
    expect(updated.errors).toBeUndefined();
    const s = await gql('{ auditChainStatus { intact events headSeq } }', {}, token);
    expect(s.data?.auditChainStatus).toMatchObject({ intact: true });
    expect(s.data?.auditChainStatus.events).toBe(await db.prisma.auditEvent.count());
    // Inserting an event directly is possible for the role, but the database chains it: no forged link.
    await asRole.query(`INSERT INTO "AuditEvent" ("actorName", "action", "entity", "seq", "prevHash", "hash") VALUES ('x', 'direct', 'System', 1, '', '')`);
    expect((await gql('{ auditChainStatus { intact } }', {}, token)).data?.auditChainStatus.intact).toBe(true);
  });
});
