import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNullableType, isEnumType, isNonNullType, isObjectType, type GraphQLArgument } from 'graphql';
import bcrypt from 'bcryptjs';
import { hashPassword } from '../src/auth/password.ts';
import { passwordRoundsOf } from '../src/env.ts';
import { schema } from '../src/schema/index.ts';
import { codeOf, createTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('sign-in', () => {
  it('signs in with a demo account and answers me', async () => {
    const token = await t.signIn('wenshao');
    const r = await t.gql('{ me { username role unitName } }', {}, token);
    expect(r.data?.me).toEqual({ username: 'wenshao', role: 'UNIT_STAFF', unitName: '闻韶国土资源所' });
  });

  it('refuses a wrong password with the same error as an unknown user', async () => {
    const wrong = await t.gql('mutation { login(username: "admin", password: "nope-nope") { token } }');
    const unknown = await t.gql('mutation { login(username: "nobody", password: "nope-nope") { token } }');
    expect(codeOf(wrong)).toBe('BAD_CREDENTIALS');
    expect(codeOf(unknown)).toBe('BAD_CREDENTIALS');
    expect(wrong.errors?.[0]?.message).toBe('用户名或密码错误');
  });

  it('stores only a hash of the token', async () => {
    const token = await t.signIn('admin');
    const sessions = await t.prisma.session.findMany();
    expect(sessions.some((s: { tokenHash: string }) => s.tokenHash === token)).toBe(false);
    expect(sessions.every((s: { tokenHash: string }) => /^[0-9a-f]{64}$/.test(s.tokenHash))).toBe(true);
  });

  it('ends the session on logout', async () => {
    const token = await t.signIn('leader');
    expect((await t.gql('mutation { logout }', {}, token)).data?.logout).toBe(true);
    expect(codeOf(await t.gql('{ allTargets(perPage: 1) { id } }', {}, token))).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired session', async () => {
    const token = await t.signIn('leader');
    await t.prisma.session.updateMany({ where: { user: { username: 'leader' }, revokedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(codeOf(await t.gql('{ allTargets(perPage: 1) { id } }', {}, token))).toBe('UNAUTHENTICATED');
  });

  it('refuses a deactivated account', async () => {
    const admin = await t.signIn('admin');
    const analyst = await t.prisma.user.findUniqueOrThrow({ where: { username: 'analyst' } });
    const token = await t.signIn('analyst');
    await t.gql('mutation($id: ID!) { deleteUser(id: $id) { id active } }', { id: analyst.id }, admin);
    expect(codeOf(await t.gql('{ allTargets(perPage: 1) { id } }', {}, token))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql('mutation { login(username: "analyst", password: "Analyst@2026") { token } }'))).toBe('USER_INACTIVE');
    await t.prisma.user.update({ where: { id: analyst.id }, data: { active: true } });
  });
});

// A well-formed value for a required argument, so the request reaches the resolver's sign-in check.
function literalFor(a: GraphQLArgument): string {
  const type = getNullableType(a.type);
  if (isEnumType(type)) return type.getValues()[0]!.name;
  switch ('name' in type ? type.name : '') {
    case 'Int':
    case 'Float':
      return '1';
    case 'Boolean':
      return 'true';
    case 'Date':
      return '"2026-01-05"';
    default:
      return '"x"';
  }
}

describe('without sign-in only the public part answers (rule 26)', () => {
  // The checklist, units, the re-checking of draws (rule 17: anyone can re-run a draw) and the bureau's today are public.
  const PUBLIC = new Set([
    'allCheckItems',
    '_allCheckItemsMeta',
    'CheckItem',
    'checkItemAdjustments',
    'allUnits',
    '_allUnitsMeta',
    'Unit',
    'me',
    'verifyDraw',
    'publicDraw',
    'drawReceipt',
    'drawCandidates',
    'drawAnnouncement',
    'today',
  ]);

  it('refuses every other query with UNAUTHENTICATED', async () => {
    const fields = Object.values(schema.getQueryType()!.getFields());
    // …and the disclosure queries (public.ts: publicPlans, publicTasks, publicResults, …; tested in public.test.ts).
    const internal = fields.filter((f) => !PUBLIC.has(f.name) && !/^_?public[A-Z]/.test(f.name));
    expect(internal.length).toBeGreaterThan(10);
    for (const f of internal) {
      const args = f.args.filter((a) => isNonNullType(a.type)).map((a) => `${a.name}: ${literalFor(a)}`);
      const type = getNullableType(f.type);
      const inner = 'ofType' in type && type.ofType ? getNullableType(type.ofType as never) : type;
      const selection = isObjectType(inner) ? '{ __typename }' : '';
      const r = await t.gql(`{ ${f.name}${args.length ? `(${args.join(', ')})` : ''} ${selection} }`);
      expect(codeOf(r), f.name).toBe('UNAUTHENTICATED');
      expect(r.data?.[f.name] ?? null, f.name).toBeNull();
    }
  });

  it('answers the checklist and its adjustment notices', async () => {
    const r = await t.gql('{ allCheckItems(perPage: 50) { code name category legalBasis } checkItemAdjustments { notice version } }');
    expect(r.errors).toBeUndefined();
    expect(r.data?.allCheckItems.length).toBe(12);
    expect(r.data?.checkItemAdjustments.some((a: { notice: string }) => a.notice.includes('4%'))).toBe(true);
  });

  it('does not reveal internal fields of public types', async () => {
    const r = await t.gql('{ allUnits(perPage: 1) { name targetCount } }');
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
  });

  it('refuses every mutation but login', async () => {
    const before = await t.prisma.directoryConfirmation.count();
    const r = await t.gql('mutation { confirmDirectories { id } }');
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
    expect(await t.prisma.directoryConfirmation.count()).toBe(before);
  });
});

describe('roles', () => {
  it('LEADER reads but cannot change anything', async () => {
    const token = await t.login('leader');
    expect((await t.gql('{ _allTargetsMeta { count } }', {}, token)).data?._allTargetsMeta.count).toBe(2000);
    expect(codeOf(await t.gql('mutation { confirmDirectories { id } }', {}, token))).toBe('FORBIDDEN');
  });

  it('UNIT_STAFF cannot change the checklist, libraries, experts, units or users', async () => {
    const token = await t.login('wenshao');
    const item = await t.prisma.checkItem.findFirstOrThrow();
    for (const m of [
      `mutation { updateCheckItem(id: "${item.id}", name: "x", notice: "y") { id } }`,
      'mutation { createExpert(name: "a", organization: "b", field: "c") { id } }',
      'mutation { createUnit(code: "X", name: "X", kind: SECTION) { id } }',
      'mutation { createUser(username: "x", name: "x", role: ADMIN, unitId: "x", password: "12345678") { id } }',
    ]) {
      expect(codeOf(await t.gql(m, {}, token)), m).toBe('FORBIDDEN');
    }
    expect((await t.prisma.checkItem.findUniqueOrThrow({ where: { id: item.id } })).name).toBe(item.name);
  });
});

describe('analyst API tokens', () => {
  it('are created by an analyst, read, cannot mutate, and stop working when revoked', async () => {
    const session = await t.login('analyst');
    const created = await t.gql<{ createApiToken: { token: string; id: string } }>(
      'mutation { createApiToken(name: "季度分析", days: 30) { token id expiresAt } }',
      {},
      session,
    );
    const { token, id } = created.data!.createApiToken;
    expect(token).toMatch(/^ssj_at_/);
    expect((await t.gql('{ _allInspectorsMeta { count } }', {}, token)).data?._allInspectorsMeta.count).toBeGreaterThan(70);
    expect(codeOf(await t.gql('mutation { confirmDirectories { id } }', {}, token))).toBe('READ_ONLY_TOKEN');
    expect(codeOf(await t.gql('mutation { createApiToken(name: "x") { token } }', {}, token))).toBe('READ_ONLY_TOKEN');
    const list = await t.gql('{ myApiTokens { id name revokedAt } }', {}, session);
    expect(list.data?.myApiTokens).toEqual([{ id, name: '季度分析', revokedAt: null }]);
    await t.gql('mutation($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }', { id }, session);
    expect(codeOf(await t.gql('{ _allInspectorsMeta { count } }', {}, token))).toBe('UNAUTHENTICATED');
  });

  it('even an ADMIN token is read-only', async () => {
    const session = await t.login('admin');
    const token = (await t.gql('mutation { createApiToken(name: "脚本") { token } }', {}, session)).data!.createApiToken.token;
    expect(codeOf(await t.gql('mutation { confirmDirectories { id } }', {}, token))).toBe('READ_ONLY_TOKEN');
  });

  it('unit staff cannot create tokens', async () => {
    const session = await t.login('wenshao');
    expect(codeOf(await t.gql('mutation { createApiToken(name: "x") { token } }', {}, session))).toBe('FORBIDDEN');
  });
});

describe("passwords' bcrypt cost", () => {
  it('is 10 unless set, never below 10 in production; the tests run at 4', () => {
    expect(passwordRoundsOf(undefined, true)).toBe(10);
    expect(passwordRoundsOf(undefined, false)).toBe(10);
    expect(passwordRoundsOf(' ', true)).toBe(10);
    expect(passwordRoundsOf('12', true)).toBe(12);
    expect(passwordRoundsOf('4', false)).toBe(4);
    expect(() => passwordRoundsOf('9', true)).toThrow(/below 10, refused in production/);
    for (const bad of ['3', '16', '10.5', 'ten']) expect(() => passwordRoundsOf(bad, false)).toThrow(/whole number from 4 to 15/);
    // The API's tests ask for the least cost (vitest.config.ts), and the hashes they make carry it.
    return hashPassword('Tr1cky-Otter-42').then((hash) => expect(bcrypt.getRounds(hash)).toBe(4));
  });
  // The demo's accounts: at 10 as loaded for a server (demoWorkflow.test.ts, determinism), at 4 in the test demo.
});

describe('accounts with a password', () => {
  // createUser and updateUser check a taken username and an inspector who has an account before they hash the
  // password (bcrypt), and again in their transaction.
  it('refuse a taken username and an inspector linked to another account, changing nothing', async () => {
    const admin = await t.login('admin');
    const wenshao = await t.prisma.user.findUniqueOrThrow({ where: { username: 'wenshao' } });
    const linked = await t.prisma.user.findFirstOrThrow({ where: { inspectorId: { not: null }, id: { not: wenshao.id } } });
    const CREATE =
      'mutation($u: String!, $unit: ID!, $i: ID) { createUser(username: $u, name: "新同事", role: UNIT_STAFF, unitId: $unit, password: "Tr1cky-Otter-42", inspectorId: $i) { id } }';
    const UPDATE = 'mutation($id: ID!, $u: String, $i: ID) { updateUser(id: $id, username: $u, password: "Tr1cky-Otter-42", inspectorId: $i) { id } }';
    const before = await t.fingerprint();
    expect(codeOf(await t.gql(CREATE, { u: 'kuangguan', unit: wenshao.unitId }, admin))).toBe('USER.USERNAME_DUPLICATE');
    expect(codeOf(await t.gql(CREATE, { u: 'xintongshi', unit: wenshao.unitId, i: linked.inspectorId }, admin))).toBe('USER.INSPECTOR_LINKED');
    expect(codeOf(await t.gql(UPDATE, { id: wenshao.id, u: 'kuangguan' }, admin))).toBe('USER.USERNAME_DUPLICATE');
    expect(codeOf(await t.gql(UPDATE, { id: wenshao.id, i: linked.inspectorId }, admin))).toBe('USER.INSPECTOR_LINKED');
    expect(await t.fingerprint()).toEqual(before);
  });
});

describe('health', () => {
  it('answers 200 once the database is ready', async () => {
    const res = await t.app.fetch(new Request('http://test/health'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });
});
