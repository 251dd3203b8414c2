// Sign-in, sign-out, the current user, and analysts' read-only API tokens.
import { builder } from '../builder.ts';
import { audit } from '../audit.ts';
import { env } from '../env.ts';
import { hashPassword, verifyPassword, verifyPasswordOf } from '../auth/password.ts';
import { addressKey, lockedMinutes, recordFailure, recordSuccess, throttleKeys, userKey } from '../auth/throttle.ts';
import { issueToken } from '../auth/sessions.ts';
import { notFound, userError } from '../errors.ts';
import { RoleEnum } from './enums.ts';
import { checkPassword } from './user.ts';

type MeShape = {
  id: string;
  username: string;
  name: string;
  role: 'ADMIN' | 'UNIT_STAFF' | 'LEADER' | 'ANALYST';
  unitId: string;
  unitName: string;
  isPrincipal: boolean;
  inspectorId?: string | null;
};

const Me = builder.objectRef<MeShape>('Me').implement({
  description: '当前登录用户 / The signed-in user',
  fields: (t) => ({
    id: t.exposeID('id'),
    username: t.exposeString('username'),
    name: t.exposeString('name'),
    role: t.expose('role', { type: RoleEnum }),
    unitId: t.exposeID('unitId'),
    unitName: t.exposeString('unitName'),
    isPrincipal: t.exposeBoolean('isPrincipal'),
    inspectorId: t.id({
      nullable: true,
      description:
        '本账号所属的执法检查人员（规则19）；未关联为空，不能录入、确认检查结果 / The inspector this account belongs to (rule 19); null: cannot enter or confirm results',
      resolve: (m) => m.inspectorId ?? null,
    }),
  }),
});

const LoginPayload = builder.objectRef<{ token: string; expiresAt: Date; me: MeShape }>('LoginPayload').implement({
  description: '登录结果 / Sign-in result',
  fields: (t) => ({
    token: t.exposeString('token', { description: '放入 Authorization: Bearer 头 / Send as Authorization: Bearer' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    me: t.field({ type: Me, resolve: (p) => p.me }),
  }),
});

export const SessionRef = builder.prismaObject('Session', {
  name: 'ApiToken',
  description: '只读 API 令牌 / A read-only API token',
  authScopes: { signedIn: true },
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name', { nullable: true, description: '用途 / Name' }),
    tokenHint: t.exposeString('tokenHint', { description: '令牌开头 / First characters' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true }),
  }),
});

const NewApiToken = builder.objectRef<{ token: string; id: string; expiresAt: Date }>('NewApiToken').implement({
  description: '新建的 API 令牌 / A newly created API token',
  fields: (t) => ({
    token: t.exposeString('token', { description: '令牌只显示这一次 / Shown only once' }),
    id: t.exposeID('id'),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
  }),
});

// The lead unit's administrators see and lift a sign-in lock on the user's page.
builder.prismaObjectField('User', 'signInLockedUntil', (t) =>
  t.field({
    type: 'DateTime',
    nullable: true,
    description: '登录锁定至（仅管理员可见） / Sign-in locked until (administrators only)',
    select: { username: true },
    resolve: async (u, _a, ctx) => {
      if (ctx.user?.role !== 'ADMIN') return null;
      const row = await ctx.prisma.loginThrottle.findUnique({ where: { key: userKey(u.username) } });
      return row?.lockedUntil && row.lockedUntil.getTime() > Date.now() ? row.lockedUntil : null;
    },
  }),
);

const tooManyAttempts = (minutes: number) => userError('AUTH.TOO_MANY_ATTEMPTS', `请 ${minutes} 分钟后再试，或请牵头科室管理员解锁`, { minutesLeft: minutes });

builder.queryFields((t) => ({
  me: t.field({
    type: Me,
    nullable: true,
    description: '当前用户；未登录为空 / The signed-in user, null when signed out',
    resolve: async (_r, _a, ctx) => {
      if (!ctx.user) return null;
      const unit = await ctx.prisma.unit.findUniqueOrThrow({ where: { id: ctx.user.unitId }, select: { name: true } });
      return { ...ctx.user, unitName: unit.name };
    },
  }),
  myApiTokens: t.prismaField({
    type: ['Session'],
    description: '我的 API 令牌 / My API tokens',
    authScopes: { session: true },
    resolve: (query, _r, _a, ctx) =>
      ctx.prisma.session.findMany({ ...query, where: { userId: ctx.user!.id, kind: 'API_TOKEN' }, orderBy: { createdAt: 'desc' } }),
  }),
}));

builder.mutationFields((t) => ({
  login: t.field({
    type: LoginPayload,
    description: '登录 / Sign in',
    args: { username: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: async (_r, args, ctx) => {
      // Sign-in uses the real clock: locks last real minutes whatever day the server pins.
      const now = new Date();
      const keys = throttleKeys(args.username, ctx.clientAddress);
      // A locked account or address is refused before any password check: the right password waits too.
      const locked = await lockedMinutes(ctx.prisma, keys, now);
      if (locked !== null) throw tooManyAttempts(locked);
      const user = await ctx.prisma.user.findUnique({ where: { username: args.username.trim() }, include: { unit: { select: { name: true } } } });
      // The same answer, in the same time (a dummy hash is compared for an unknown user), for an unknown user and a
      // wrong password, so accounts cannot be enumerated; both count against the username and the address.
      if (!(await verifyPasswordOf(args.password, user)) || !user) {
        const lockedNow = await recordFailure(ctx, keys, now);
        throw lockedNow !== null ? tooManyAttempts(lockedNow) : userError('BAD_CREDENTIALS');
      }
      if (!user.active) throw userError('USER_INACTIVE');
      await recordSuccess(ctx.prisma, user.username);
      const expiresAt = new Date(Date.now() + env.sessionHours * 3600_000);
      return ctx.prisma.$transaction(async (tx) => {
        const { token, session } = await issueToken(tx, user.id, 'SESSION', expiresAt);
        await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
        const me = {
          id: user.id,
          username: user.username,
          name: user.name,
          role: user.role,
          unitId: user.unitId,
          unitName: user.unit.name,
          isPrincipal: user.isPrincipal,
          inspectorId: user.inspectorId,
        };
        await audit(
          tx,
          { ...ctx, user: { ...me, sessionId: session.id, sessionKind: 'SESSION' } },
          { action: 'login', entity: 'Session', entityId: session.id },
        );
        return { token, expiresAt, me };
      });
    },
  }),
  unlockSignIn: t.boolean({
    description: '解除登录锁定（牵头科室管理员） / Lift a sign-in lock (lead unit administrators)',
    authScopes: { admin: true },
    args: {
      username: t.arg.string({ required: false, description: '用户名 / Username' }),
      address: t.arg.string({ required: false, description: '客户端地址 / Client address' }),
    },
    resolve: async (_r, args, ctx) => {
      const keys = [...(args.username?.trim() ? [userKey(args.username)] : []), ...(args.address?.trim() ? [addressKey(args.address.trim())] : [])];
      if (!keys.length) throw userError('VALIDATION.REQUIRED', '用户名或客户端地址', { field: 'username' });
      return ctx.prisma.$transaction(async (tx) => {
        const rows = await tx.loginThrottle.findMany({ where: { key: { in: keys } } });
        if (!rows.some((r) => r.failures > 0 || r.lockedUntil)) throw userError('AUTH.NOT_LOCKED');
        await tx.loginThrottle.deleteMany({ where: { key: { in: keys } } });
        for (const r of rows) await audit(tx, ctx, { action: 'unlockSignIn', entity: 'LoginThrottle', entityId: r.key, before: r });
        return true;
      });
    },
  }),
  logout: t.boolean({
    description: '退出登录 / Sign out',
    authScopes: { signedIn: true },
    resolve: async (_r, _a, ctx) => {
      await ctx.prisma.$transaction(async (tx) => {
        await tx.session.update({ where: { id: ctx.user!.sessionId }, data: { revokedAt: new Date() } });
        await audit(tx, ctx, { action: 'logout', entity: 'Session', entityId: ctx.user!.sessionId });
      });
      return true;
    },
  }),
  changePassword: t.boolean({
    description: '修改本人密码 / Change my password',
    authScopes: { session: true },
    args: { oldPassword: t.arg.string({ required: true }), newPassword: t.arg.string({ required: true }) },
    resolve: async (_r, args, ctx) => {
      const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: ctx.user!.id } });
      if (!(await verifyPassword(args.oldPassword, user.passwordHash))) throw userError('BAD_CREDENTIALS');
      checkPassword(args.newPassword, user.username, 'newPassword');
      const passwordHash = await hashPassword(args.newPassword);
      await ctx.prisma.$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
        // Other sessions end; this one stays.
        await tx.session.updateMany({ where: { userId: user.id, revokedAt: null, NOT: { id: ctx.user!.sessionId } }, data: { revokedAt: new Date() } });
        await audit(tx, ctx, { action: 'changePassword', entity: 'User', entityId: user.id });
      });
      return true;
    },
  }),
  createApiToken: t.field({
    type: NewApiToken,
    description: '创建只读 API 令牌（分析人员、管理员） / Create a read-only API token (analysts, administrators)',
    authScopes: { session: true },
    args: { name: t.arg.string({ required: true }), days: t.arg.int({ required: false, description: `有效天数（最多 ${365}） / Days valid (max 365)` }) },
    resolve: async (_r, args, ctx) => {
      if (ctx.user!.role !== 'ANALYST' && ctx.user!.role !== 'ADMIN') throw userError('FORBIDDEN');
      if (!args.name.trim()) throw userError('VALIDATION.REQUIRED', '令牌用途', { field: 'name' });
      const days = args.days ?? env.apiTokenDays;
      if (days < 1 || days > 365) throw userError('VALIDATION.INVALID', '有效天数应在 1 到 365 之间', { field: 'days' });
      const expiresAt = new Date(Date.now() + days * 86400_000);
      return ctx.prisma.$transaction(async (tx) => {
        const { token, session } = await issueToken(tx, ctx.user!.id, 'API_TOKEN', expiresAt, args.name.trim());
        await audit(tx, ctx, { action: 'createApiToken', entity: 'ApiToken', entityId: session.id, after: { name: session.name, expiresAt } });
        return { token, id: session.id, expiresAt };
      });
    },
  }),
  revokeApiToken: t.prismaField({
    type: 'Session',
    description: '吊销 API 令牌 / Revoke an API token',
    authScopes: { session: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _r, args, ctx) => {
      const id = String(args.id);
      return ctx.prisma.$transaction(async (tx) => {
        const s = await tx.session.findUnique({ where: { id } });
        if (s?.kind !== 'API_TOKEN' || (s.userId !== ctx.user!.id && ctx.user!.role !== 'ADMIN')) throw notFound('API 令牌');
        await tx.session.update({ where: { id }, data: { revokedAt: s.revokedAt ?? new Date() } });
        await audit(tx, ctx, { action: 'revokeApiToken', entity: 'ApiToken', entityId: id });
        return tx.session.findUniqueOrThrow({ ...query, where: { id } });
      });
    },
  }),
}));
