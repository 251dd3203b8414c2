// API tokens are read-only for every role (readOnlyTokens.ts): every mutation of the schema — listed from the
// built schema, so a mutation added later is tried too — is refused with READ_ONLY_TOKEN for an ADMIN's and an
// analyst's token, with plausible arguments (real demo ids), and no row of any table changes. A browser
// session of the same users still changes things.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApp, type TestApp } from './helpers.ts';
import { demoIds, documentFor, plausibleVariables, rootFields, type IdLookup } from './schemaOperations.ts';

let t: TestApp;
let sessions: Record<'ADMIN' | 'ANALYST', string>;
let tokens: Record<'ADMIN' | 'ANALYST', string>;
let id: IdLookup;

async function createToken(session: string): Promise<string> {
  const r = await t.gql<{ createApiToken: { token: string } }>('mutation { createApiToken(name: "只读检查", days: 1) { token } }', {}, session);
  expect(r.errors).toBeUndefined();
  return r.data!.createApiToken.token;
}

beforeAll(async () => {
  t = await createTestApp();
  sessions = { ADMIN: await t.login('admin'), ANALYST: await t.login('analyst') };
  tokens = { ADMIN: await createToken(sessions.ADMIN), ANALYST: await createToken(sessions.ANALYST) };
  id = await demoIds(t.prisma);
});
afterAll(() => t.close());

describe('API tokens are read-only', () => {
  const mutations = rootFields('mutation');

  it('cover every mutation of the schema', () => {
    expect(mutations.length).toBeGreaterThanOrEqual(76);
    expect(mutations.map((m) => m.name)).toEqual(expect.arrayContaining(['createUser', 'updateUser', 'login', 'logout', 'createApiToken', 'revokeApiToken']));
  });

  it.each(['ADMIN', 'ANALYST'] as const)('refuse every mutation with READ_ONLY_TOKEN for an %s token, changing no row', async (role) => {
    // The token's own first use touches its lastUsedAt (left out of the fingerprint anyway).
    expect((await t.gql('{ me { role } }', {}, tokens[role])).data).toEqual({ me: { role } });
    const before = await t.fingerprint();
    const accepted: string[] = [];
    for (const m of mutations) {
      const r = await t.gql(documentFor('mutation', m), plausibleVariables(m, id), tokens[role]);
      if (codeOf(r) !== 'READ_ONLY_TOKEN') accepted.push(`${m.name}: ${codeOf(r) ?? 'ran'}`);
      else {
        expect(r.errors).toHaveLength(1);
        expect(r.errors![0]!.message).toBe('API 令牌为只读，不能修改数据');
        expect(r.data ?? null).toBeNull();
      }
    }
    expect(accepted).toEqual([]);
    expect(await t.fingerprint()).toEqual(before);
  });

  it('refuse the mutation of a document that also holds a query, and answer its query', async () => {
    const doc = 'query Read { me { role } } mutation Write { logout }';
    const run = (operationName: string) =>
      t.app
        .fetch(
          new Request('http://test/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.ADMIN}` },
            body: JSON.stringify({ query: doc, operationName }),
          }),
        )
        .then((r) => r.json());
    expect(codeOf(await run('Write'))).toBe('READ_ONLY_TOKEN');
    expect(await run('Read')).toEqual({ data: { me: { role: 'ADMIN' } } });
    // The token still works: logout did not revoke it.
    expect((await t.gql('{ me { role } }', {}, tokens.ADMIN)).data).toEqual({ me: { role: 'ADMIN' } });
  });

  it('leave browser sessions able to change things', async () => {
    const unit = await t.prisma.unit.findFirstOrThrow({ select: { id: true } });
    const r = await t.gql('mutation($id: ID!) { updateUnit(id: $id, area: "只读检查") { id area } }', { id: unit.id }, sessions.ADMIN);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ updateUnit: { id: unit.id, area: '只读检查' } });
    expect(codeOf(await t.gql('mutation { logout }', {}, sessions.ANALYST))).toBeUndefined();
  });
});
