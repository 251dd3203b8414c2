// Sign-in resists guessing: failed sign-ins lock the account and the client address for a while (kept in the
// database, so every API replica sees it), a lead-unit administrator can lift a lock, an unknown username is
// refused in the same time as a wrong password, and weak passwords are refused where passwords are set.
import bcrypt from 'bcryptjs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { codeOf, createTestApp, type GqlResult, type TestApp } from './helpers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';

/** Signs in from a given client address (as the HTTP server passes the socket's address). */
async function loginFrom(address: string | undefined, u: string, p: string): Promise<GqlResult> {
  const res = await t.app.fetch(
    new Request('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { u, p } }),
    }),
    address ? { remoteAddress: address } : {},
  );
  return (await res.json()) as GqlResult;
}

describe('per-account throttle', () => {
  it('locks the account after 5 wrong passwords: then even the right one is refused, with the minutes left', async () => {
    for (let i = 0; i < 4; i++) expect(codeOf(await loginFrom(undefined, 'leader', `wrong-${i}`))).toBe('BAD_CREDENTIALS');
    const fifth = await loginFrom(undefined, 'leader', 'wrong-5');
    expect(codeOf(fifth)).toBe('AUTH.TOO_MANY_ATTEMPTS');
    const right = await loginFrom(undefined, 'leader', 'Leader@2026');
    expect(codeOf(right)).toBe('AUTH.TOO_MANY_ATTEMPTS');
    expect(right.errors?.[0]?.message).toMatch(/登录失败次数过多.*请 1[45] 分钟后再试/);
    expect(right.errors?.[0]?.extensions?.minutesLeft).toBeGreaterThanOrEqual(14);
    // Other accounts are not affected.
    await t.signIn('analyst');
    // The lock is audited, without a signed-in actor.
    const events = await t.prisma.auditEvent.findMany({ where: { action: 'signInLocked', entityId: 'user:leader' } });
    expect(events).toHaveLength(1);
    expect(events[0]!.actorId).toBeNull();
  });

  it('lets the right password in once the lock has expired, and forgives the failures', async () => {
    await t.prisma.loginThrottle.update({ where: { key: 'user:leader' }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect(codeOf(await loginFrom(undefined, 'leader', 'Leader@2026'))).toBeUndefined();
    expect(await t.prisma.loginThrottle.findUnique({ where: { key: 'user:leader' } })).toBeNull();
  });

  it('also throttles unknown usernames (the same answers as for a real account)', async () => {
    for (let i = 0; i < 4; i++) expect(codeOf(await loginFrom(undefined, 'nobody-here', 'x'))).toBe('BAD_CREDENTIALS');
    expect(codeOf(await loginFrom(undefined, 'nobody-here', 'x'))).toBe('AUTH.TOO_MANY_ATTEMPTS');
  });

  it('200 wrong passwords in a row: every answer after the fifth is a refusal without a password check', async () => {
    const codes = new Set<unknown>();
    for (let i = 0; i < 200; i++) codes.add(codeOf(await loginFrom(undefined, 'kuangguan', `guess-${i}`)));
    expect(codes).toEqual(new Set(['BAD_CREDENTIALS', 'AUTH.TOO_MANY_ATTEMPTS']));
    expect(codeOf(await loginFrom(undefined, 'kuangguan', 'Staff@2026'))).toBe('AUTH.TOO_MANY_ATTEMPTS');
    // Refused while locked: the counter stopped at the failure that locked.
    expect((await t.prisma.loginThrottle.findUniqueOrThrow({ where: { key: 'user:kuangguan' } })).failures).toBe(5);
  });
});

describe('unlocking', () => {
  it('an administrator lifts the lock (audited); others may not', async () => {
    const admin = await t.login('admin');
    const staff = await t.login('wenshao');
    const UNLOCK = 'mutation($u: String) { unlockSignIn(username: $u) }';
    const SHOW = 'query($u: String!) { allUsers(filter: { q: $u }) { username signInLockedUntil } }';
    const shown = await t.gql<{ allUsers: { username: string; signInLockedUntil: string | null }[] }>(SHOW, { u: 'kuangguan' }, admin);
    expect(shown.data?.allUsers.find((u) => u.username === 'kuangguan')?.signInLockedUntil).not.toBeNull();
    expect(codeOf(await t.gql(UNLOCK, { u: 'kuangguan' }, staff))).toBe('FORBIDDEN');
    expect((await t.gql(UNLOCK, { u: 'kuangguan' }, admin)).data?.unlockSignIn).toBe(true);
    expect(codeOf(await loginFrom(undefined, 'kuangguan', 'Staff@2026'))).toBeUndefined();
    const events = await t.prisma.auditEvent.findMany({ where: { action: 'unlockSignIn', entityId: 'user:kuangguan' } });
    expect(events).toHaveLength(1);
    expect(events[0]!.actorName).toContain('admin');
    expect(codeOf(await t.gql(UNLOCK, { u: 'kuangguan' }, admin))).toBe('AUTH.NOT_LOCKED');
  });
});

describe('per-address throttle', () => {
  it('locks an address after 20 failures across different usernames, not other addresses', async () => {
    const results: unknown[] = [];
    for (let i = 0; i < 20; i++) results.push(codeOf(await loginFrom('203.0.113.7', `someone${i}`, 'guess')));
    expect(results.slice(0, 19).every((c) => c === 'BAD_CREDENTIALS')).toBe(true);
    expect(results[19]).toBe('AUTH.TOO_MANY_ATTEMPTS');
    // A real account with its right password is refused from that address …
    expect(codeOf(await loginFrom('203.0.113.7', 'wenshao', 'Staff@2026'))).toBe('AUTH.TOO_MANY_ATTEMPTS');
    // … and answered from another one.
    expect(codeOf(await loginFrom('198.51.100.1', 'wenshao', 'Staff@2026'))).toBeUndefined();
    // An administrator lifts an address lock too.
    const admin = await t.login('admin');
    expect((await t.gql('mutation { unlockSignIn(address: "203.0.113.7") }', {}, admin)).data?.unlockSignIn).toBe(true);
    expect(codeOf(await loginFrom('203.0.113.7', 'wenshao', 'Staff@2026'))).toBeUndefined();
  });
});

describe('timing', () => {
  // An unknown username must cost what a wrong password costs: one bcrypt check at the cost of a real account's hash
  // (password.ts, the dummy hash). Asserted on the work done, not on the clock: a test timing two means failed under
  // load, and at the test suite's bcrypt cost (4) the check is too short for a timing to see it missing anyway. The spy
  // on bcryptjs's default export is restored before the test ends (the worker's next file sees the library as it was).
  it('refuses an unknown username after a bcrypt check as costly as a wrong password for a real one', async () => {
    await t.prisma.loginThrottle.deleteMany({});
    const compare = vi.spyOn(bcrypt, 'compare');
    try {
      expect(codeOf(await loginFrom(undefined, 'analyst', 'timing-1'))).toBe('BAD_CREDENTIALS');
      expect(codeOf(await loginFrom(undefined, 'no-such-user', 'timing-2'))).toBe('BAD_CREDENTIALS');
      expect(compare).toHaveBeenCalledTimes(2);
      const [known, unknown] = compare.mock.calls.map(([, hash]) => String(hash));
      const analyst = await t.prisma.user.findUniqueOrThrow({ where: { username: 'analyst' }, select: { passwordHash: true } });
      expect(known).toBe(analyst.passwordHash);
      expect(unknown).not.toBe(known);
      expect(bcrypt.getRounds(unknown!)).toBe(bcrypt.getRounds(known!));
    } finally {
      compare.mockRestore();
      await t.prisma.loginThrottle.deleteMany({});
    }
  });
});

describe('weak passwords', () => {
  const CREATE =
    'mutation($u: String!, $p: String!, $unit: ID!) { createUser(username: $u, name: "新同事", role: UNIT_STAFF, unitId: $unit, password: $p) { id } }';
  const weak = (r: GqlResult) => [codeOf(r), r.errors?.[0]?.message];

  it('are refused when an administrator creates or updates a user, with the reason in Chinese', async () => {
    const admin = await t.login('admin');
    const unit = (await t.prisma.user.findUniqueOrThrow({ where: { username: 'wenshao' } })).unitId;
    const before = await t.fingerprint();
    expect(weak(await t.gql(CREATE, { u: 'zhangsan', p: 'Passw0rd!', unit }, admin))).toEqual([
      'USER.PASSWORD_WEAK',
      expect.stringMatching(/^密码强度不足：容易被猜中/),
    ]);
    expect(weak(await t.gql(CREATE, { u: 'zhangsan', p: 'Zhangsan#2026x', unit }, admin))).toEqual(['USER.PASSWORD_WEAK', '密码强度不足：不能包含用户名']);
    expect(weak(await t.gql(CREATE, { u: 'zhangsan', p: 'kq8vmlp2xrtz', unit }, admin))).toEqual(['USER.PASSWORD_WEAK', expect.stringContaining('至少三类')]);
    expect(await t.fingerprint()).toEqual(before);
    const created = await t.gql<{ createUser: { id: string } }>(CREATE, { u: 'zhangsan', p: 'Tr1cky-Otter-42', unit }, admin);
    expect(created.errors).toBeUndefined();
    const UPDATE = 'mutation($id: ID!, $p: String) { updateUser(id: $id, password: $p) { id } }';
    expect(codeOf(await t.gql(UPDATE, { id: created.data!.createUser.id, p: 'Qwerty123!' }, admin))).toBe('USER.PASSWORD_WEAK');
    expect(codeOf(await t.gql(UPDATE, { id: created.data!.createUser.id, p: 'x-ZhangSan-99' }, admin))).toBe('USER.PASSWORD_WEAK');
  });

  it('are refused when users change their own password', async () => {
    const token = await t.login('analyst');
    const CHANGE = 'mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }';
    const r = await t.gql(CHANGE, { o: 'Analyst@2026', n: 'Analyst@2027' }, token);
    expect(codeOf(r)).toBe('USER.PASSWORD_WEAK');
    expect(r.errors?.[0]?.extensions?.field).toBe('newPassword');
    expect(codeOf(await t.gql(CHANGE, { o: 'Analyst@2026', n: 'iloveyou2026' }, token))).toBe('USER.PASSWORD_WEAK');
    expect((await t.gql(CHANGE, { o: 'Analyst@2026', n: 'Nov#2026!Qx-lamp' }, token)).data?.changePassword).toBe(true);
  });
});
