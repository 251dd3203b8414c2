// Test harness: a fresh database with the demo data per test file, the app called in-process through
// `app.fetch`, and a counter of SQL statements. With TEST_DATABASE_URL set, the same suite runs on a
// fresh database created on that PostgreSQL server (and dropped afterwards); otherwise on embedded PGlite.
// The demo is built once per run (globalSetup.ts) and each file gets a copy: PGlite loads the cached demo
// dump, PostgreSQL copies the run's template database.
import { inject } from 'vitest';
import { createPostgresTestDatabase, leaseTestDatabase, TEST_PASSWORD_ROUNDS } from '@ssj/db/testing';
import { loadDemoData, DEMO_ACCOUNTS, DEMO_TODAY } from '@ssj/db/seed';
import { issueToken } from '../src/auth/sessions.ts';
import { clock } from '../src/clock.ts';
import { env } from '../src/env.ts';
import { createApp } from '../src/yoga.ts';
import { TEST_DATABASE_URL } from './testEnv.ts';

export { DEMO_ACCOUNTS };

export type GqlResult<T = Record<string, any>> = {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
};

/**
 * A test app on a fresh database. "Today" is pinned — to `options.today`, else the demo's day (2026-11-02) —
 * so no test depends on the wall clock; `setToday` moves it within a test.
 */
export async function createTestApp(options: { demo?: boolean; today?: string } = {}) {
  clock.pin(options.today ?? DEMO_TODAY);
  const demo = options.demo !== false;
  const serverUrl = TEST_DATABASE_URL;
  // The run's demo template database on PostgreSQL (none when this file runs without globalSetup.ts).
  const template = serverUrl && demo ? inject('demoTemplateDatabase') : undefined;
  const { db, drop } = serverUrl
    ? await createPostgresTestDatabase(serverUrl, template ? { template } : {})
    : { db: await leaseTestDatabase({ demo }), drop: async () => {} };
  if (demo && serverUrl && !template) await loadDemoData(db.prisma, { passwordRounds: TEST_PASSWORD_ROUNDS });
  const app = createApp({ prisma: db.prisma });

  async function gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResult<T>> {
    const res = await app.fetch(
      new Request('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      }),
    );
    return (await res.json()) as GqlResult<T>;
  }

  /** Signs in through the `login` mutation, as a client does: bcrypt, the sign-in throttle, the audit event. */
  async function signIn(username: string, password?: string): Promise<string> {
    const pw = password ?? DEMO_ACCOUNTS.find((a) => a.username === username)?.password;
    const r = await gql<{ login: { token: string } }>('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', {
      u: username,
      p: pw,
    });
    if (!r.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(r.errors)}`);
    return r.data.login.token;
  }

  /**
   * A session token for a user. With a password: the `login` mutation (signIn). Without one: a session issued
   * directly, as `login` issues it (issueToken, same kind and lifetime) but without the password check, the
   * throttle and the audit event — most files only need to act as someone, and a bcrypt check costs ~90 ms of
   * CPU. The sign-in's own tests (auth.test.ts, signInThrottle.test.ts) use signIn or pass the password.
   */
  async function login(username: string, password?: string): Promise<string> {
    if (password !== undefined) return signIn(username, password);
    const user = await db.prisma.user.findUnique({ where: { username }, select: { id: true, active: true } });
    if (!user?.active) throw new Error(`login ${username} failed: no active user of that name`);
    const { token } = await issueToken(db.prisma, user.id, 'SESSION', new Date(Date.now() + env.sessionHours * 3600_000));
    return token;
  }

  /** Counts SQL statements run while `fn` runs. */
  async function countQueries(fn: () => Promise<unknown>): Promise<{ count: number; statements: string[] }> {
    const statements: string[] = [];
    const stop = db.onQuery((e: { sql: string }) => statements.push(e.sql));
    try {
      await fn();
    } finally {
      stop();
    }
    return { count: statements.length, statements };
  }

  /**
   * A fingerprint of every row of every table (count and md5 per table), to assert that a refused call changed
   * nothing. A session's lastUsedAt is left out: using a token touches it (sessions.ts).
   */
  async function fingerprint(): Promise<Record<string, string>> {
    const tables = await db.prisma.$queryRaw<
      { name: string }[]
    >`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY 1`;
    const sql = tables
      .map(
        ({ name }) =>
          `SELECT '${name}' AS name, count(*) || ':' || md5(coalesce(string_agg((to_jsonb(x) - 'lastUsedAt')::text, '|' ORDER BY (to_jsonb(x) - 'lastUsedAt')::text), '')) AS print FROM "${name}" x`,
      )
      .join(' UNION ALL ');
    const rows = await db.prisma.$queryRawUnsafe<{ name: string; print: string }[]>(sql);
    return Object.fromEntries(rows.map((r) => [r.name, r.print]));
  }

  return {
    app,
    db,
    fingerprint,
    prisma: db.prisma,
    gql,
    login,
    signIn,
    countQueries,
    setToday: (day: string) => clock.pin(day),
    close: async () => {
      // Imports still running in this process's queue finish before their database goes.
      await app.queue.stop();
      await db.close();
      await drop();
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** The error code of the first error, for terse assertions. */
export const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.code;
