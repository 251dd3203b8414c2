// User accounts with unit-scoped roles. Managed by the lead unit's administrators.
import type { Prisma } from '@ssj/db/client';
import { builder } from '../builder.ts';
import { audit } from '../audit.ts';
import { hashPassword } from '../auth/password.ts';
import { passwordWeakness } from '../auth/passwordStrength.ts';
import { notFound, userError } from '../errors.ts';
import { keywordWhere, listQueries } from '../listing.ts';
import { defined, refuseBlanking, requireFields } from '../validation.ts';
import { RoleEnum } from './enums.ts';

export const MIN_PASSWORD_LENGTH = 8;

export const UserRef = builder.prismaObject('User', {
  description: '用户 / A user account',
  authScopes: { signedIn: true },
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    username: t.exposeString('username', { description: '用户名 / Username' }),
    name: t.exposeString('name', { description: '姓名 / Name' }),
    role: t.expose('role', { type: RoleEnum, description: '角色 / Role' }),
    unitId: t.exposeID('unitId', { description: '所属单位 / Unit' }),
    unit: t.relation('unit'),
    inspectorId: t.exposeID('inspectorId', { nullable: true, description: '所属执法检查人员（规则19） / The inspector this account belongs to (rule 19)' }),
    isPrincipal: t.exposeBoolean('isPrincipal', { description: '单位负责人（签批更正） / Unit principal (signs off corrections)' }),
    active: t.exposeBoolean('active', { description: '启用 / Active' }),
    lastLoginAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: '最近登录（仅管理员可见） / Last sign-in (administrators only)',
      select: { lastLoginAt: true },
      resolve: (u, _a, ctx) => (ctx.user?.role === 'ADMIN' ? u.lastLoginAt : null),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const UserFilter = builder.inputType('UserFilter', {
  description: '用户筛选 / User filter',
  fields: (t) => ({
    ids: t.idList({ required: false }),
    q: t.string({ required: false, description: '关键词：用户名、姓名 / Keyword: username, name' }),
    role: t.field({ type: RoleEnum, required: false }),
    unitId: t.id({ required: false }),
    active: t.boolean({ required: false }),
  }),
});

function where(f: typeof UserFilter.$inferInput | null | undefined): Prisma.UserWhereInput {
  return {
    ...(f?.ids ? { id: { in: f.ids.map(String) } } : {}),
    ...(f?.role ? { role: f.role } : {}),
    ...(f?.unitId ? { unitId: String(f.unitId) } : {}),
    ...(typeof f?.active === 'boolean' ? { active: f.active } : {}),
    AND: keywordWhere<Prisma.UserWhereInput>(f?.q, ['username', 'name']),
  };
}

const sortable = {
  username: (dir: 'asc' | 'desc') => ({ username: dir }),
  name: (dir: 'asc' | 'desc') => ({ name: dir }),
  role: (dir: 'asc' | 'desc') => ({ role: dir }),
};

builder.queryFields((t) => ({
  ...listQueries(t, {
    model: 'User',
    plural: 'Users',
    label: ['用户', 'user'],
    filter: UserFilter,
    where: where,
    sortable: sortable,
    fallback: { field: 'username', dir: 'asc' },
  }),
}));

const LABELS = { username: '用户名', name: '姓名', role: '角色', unitId: '所属单位' };
const userArgs = builder.args((t) => ({
  username: t.string({ required: false }),
  name: t.string({ required: false }),
  role: t.field({ type: RoleEnum, required: false }),
  unitId: t.id({ required: false }),
  isPrincipal: t.boolean({ required: false }),
  active: t.boolean({ required: false }),
  inspectorId: t.id({
    required: false,
    description: '该账号所属的执法检查人员（检查组成员凭此录入和确认检查结果；空为解除） / The inspector this account belongs to (rule 19); null unlinks',
  }),
  password: t.string({
    required: false,
    description: `新密码（至少 ${MIN_PASSWORD_LENGTH} 位，不含用户名，含大写字母、小写字母、数字、符号中的至少三类，且不易被猜中） / New password (at least ${MIN_PASSWORD_LENGTH} characters, without the username, three kinds of characters, not easily guessed)`,
  }),
}));

/** Refuses a new password that is too short or too weak (auth/passwordStrength.ts) for the account named `username`. */
export function checkPassword(password: string, username: string | null | undefined, field = 'password') {
  if (password.length < MIN_PASSWORD_LENGTH) throw userError('USER.PASSWORD_TOO_SHORT', undefined, { field });
  const weakness = passwordWeakness(password, username);
  if (weakness) throw userError('USER.PASSWORD_WEAK', weakness, { field });
}

/** Refuses a username another account has. */
async function refuseTakenUsername(db: Prisma.TransactionClient, username: string): Promise<void> {
  if (await db.user.findUnique({ where: { username }, select: { id: true } })) throw userError('USER.USERNAME_DUPLICATE', username, { field: 'username' });
}

/** Rule 19: an account belongs to at most one inspector and an inspector to at most one account. */
async function inspectorLink(tx: Prisma.TransactionClient, inspectorId: string | number | null | undefined, userId: string | null): Promise<string | null> {
  if (inspectorId === null || inspectorId === undefined || inspectorId === '') return null;
  const id = String(inspectorId);
  if (!(await tx.inspector.findUnique({ where: { id }, select: { id: true } })))
    throw userError('VALIDATION.INVALID', '执法检查人员不存在', { field: 'inspectorId' });
  const other = await tx.user.findUnique({ where: { inspectorId: id }, select: { id: true, username: true, name: true } });
  if (other && other.id !== userId) throw userError('USER.INSPECTOR_LINKED', `${other.name}（${other.username}）`, { field: 'inspectorId', userId: other.id });
  return id;
}

builder.mutationFields((t) => ({
  createUser: t.prismaField({
    type: 'User',
    authScopes: { admin: true },
    args: userArgs,
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, { ...LABELS, password: '密码' });
      checkPassword(args.password!, args.username);
      // The refusals that read the database come before the hash (bcrypt, ~90 ms of CPU), so a refused request costs
      // none; the transaction checks them again (another request may take the name or the inspector meanwhile).
      await refuseTakenUsername(ctx.prisma, args.username!);
      await inspectorLink(ctx.prisma, args.inspectorId, null);
      const passwordHash = await hashPassword(args.password!);
      return ctx.prisma.$transaction(async (tx) => {
        await refuseTakenUsername(tx, args.username!);
        const created = await tx.user.create({
          data: {
            username: args.username!,
            name: args.name!,
            role: args.role!,
            unitId: String(args.unitId),
            isPrincipal: args.isPrincipal ?? false,
            active: args.active ?? true,
            inspectorId: await inspectorLink(tx, args.inspectorId, null),
            passwordHash,
          },
        });
        await audit(tx, ctx, { action: 'createUser', entity: 'User', entityId: created.id, unitId: created.unitId, after: created });
        return tx.user.findUniqueOrThrow({ ...query, where: { id: created.id } });
      });
    },
  }),
  updateUser: t.prismaField({
    type: 'User',
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true }), ...userArgs },
    resolve: async (query, _r, args, ctx) => {
      refuseBlanking(args, LABELS);
      const id = String(args.id);
      if (args.password) {
        const current = await ctx.prisma.user.findUnique({ where: { id }, select: { username: true } });
        if (!current) throw notFound('用户');
        checkPassword(args.password, args.username ?? current.username);
        // As in createUser: the refusals that read the database before the hash, again in the transaction.
        if (args.username && args.username !== current.username) await refuseTakenUsername(ctx.prisma, args.username);
        if (args.inspectorId !== undefined) await inspectorLink(ctx.prisma, args.inspectorId, id);
      }
      const passwordHash = args.password ? await hashPassword(args.password) : undefined;
      return ctx.prisma.$transaction(async (tx) => {
        const before = await tx.user.findUnique({ where: { id } });
        if (!before) throw notFound('用户');
        if (args.username && args.username !== before.username && (await tx.user.findUnique({ where: { username: args.username } }))) {
          throw userError('USER.USERNAME_DUPLICATE', args.username, { field: 'username' });
        }
        const after = await tx.user.update({
          where: { id },
          data: {
            ...defined({
              username: args.username ?? undefined,
              name: args.name ?? undefined,
              role: args.role ?? undefined,
              unitId: args.unitId ? String(args.unitId) : undefined,
              isPrincipal: args.isPrincipal ?? undefined,
              active: args.active ?? undefined,
              passwordHash,
            }),
            ...(args.inspectorId !== undefined ? { inspectorId: await inspectorLink(tx, args.inspectorId, id) } : {}),
          },
        });
        // A deactivated account or a new password ends every open session of that user.
        if (args.active === false || passwordHash) await tx.session.updateMany({ where: { userId: id, revokedAt: null }, data: { revokedAt: new Date() } });
        await audit(tx, ctx, { action: 'updateUser', entity: 'User', entityId: id, unitId: after.unitId, before, after });
        return tx.user.findUniqueOrThrow({ ...query, where: { id } });
      });
    },
  }),
  deleteUser: t.prismaField({
    type: 'User',
    authScopes: { admin: true },
    description: '停用账号（保留留痕） / Deactivate an account (its audit trail stays)',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _r, args, ctx) => {
      const id = String(args.id);
      if (id === ctx.user!.id) throw userError('FORBIDDEN', '不能停用自己的账号');
      return ctx.prisma.$transaction(async (tx) => {
        const before = await tx.user.findUnique({ where: { id } });
        if (!before) throw notFound('用户');
        const after = await tx.user.update({ where: { id }, data: { active: false } });
        await tx.session.updateMany({ where: { userId: id, revokedAt: null }, data: { revokedAt: new Date() } });
        await audit(tx, ctx, { action: 'deactivateUser', entity: 'User', entityId: id, unitId: before.unitId, before, after });
        return tx.user.findUniqueOrThrow({ ...query, where: { id } });
      });
    },
  }),
}));
