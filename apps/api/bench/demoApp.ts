// The benchmarks' common start: a fresh embedded database with the demo data, the app called in-process, a
// GraphQL call that fails loudly on errors, and signing in as a demo account.
import { createTestDatabase } from '@ssj/db/testing';
import { loadDemoData, DEMO_ACCOUNTS } from '@ssj/db/seed';
import { createApp } from '../src/yoga.ts';

export async function demoApp() {
  const db = await createTestDatabase();
  await loadDemoData(db.prisma);
  const app = createApp({ prisma: db.prisma });

  const gql = async (query: string, token?: string) => {
    const res = await app.fetch(
      new Request('http://bench/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query }),
      }),
    );
    const r = (await res.json()) as { data?: any; errors?: unknown[] };
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r;
  };

  /** A bearer token of the demo account with this username. */
  const signIn = async (username: string): Promise<string> => {
    const account = DEMO_ACCOUNTS.find((a) => a.username === username)!;
    return (await gql(`mutation { login(username: "${account.username}", password: "${account.password}") { token } }`)).data.login.token;
  };

  return { db, app, gql, signIn };
}
