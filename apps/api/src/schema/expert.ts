// Expert (专家库): non-enforcement specialists added to teams for specialist checks (G9, G19). Kept by the lead unit.
import type { Prisma } from '@ssj/db/client';
import { maskIdNumber, validateIdNumber } from '@ssj/domain';
import { builder } from '../builder.ts';
import { audit } from '../audit.ts';
import { notFound, userError } from '../errors.ts';
import { keywordWhere, listQueries } from '../listing.ts';
import { defined, refuseBlanking, requireFields } from '../validation.ts';
import { retireRecord } from '../retiring.ts';

export const ExpertRef = builder.prismaObject('Expert', {
  description: '专家 / An expert of the expert library',
  authScopes: { signedIn: true },
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name', { description: '姓名 / Name' }),
    idNumber: t.string({
      nullable: true,
      description: '身份证号（仅管理员可见全号） / ID number (full only for administrators)',
      select: { idNumber: true },
      resolve: (e, _a, ctx) => (e.idNumber && ctx.user?.role !== 'ADMIN' ? maskIdNumber(e.idNumber) : e.idNumber),
    }),
    organization: t.exposeString('organization', { description: '工作单位 / Organisation' }),
    field: t.exposeString('field', { description: '专业领域 / Field' }),
    title: t.exposeString('title', { nullable: true, description: '职称 / Title' }),
    phone: t.string({
      nullable: true,
      description: '电话（仅管理员可见） / Phone (administrators only)',
      select: { phone: true },
      resolve: (e, _a, ctx) => (ctx.user?.role === 'ADMIN' ? e.phone : null),
    }),
    retiredAt: t.expose('retiredAt', { type: 'DateTime', nullable: true }),
    editable: t.boolean({ resolve: (_e, _a, ctx) => ctx.user?.role === 'ADMIN' && ctx.user.sessionKind === 'SESSION' }),
  }),
});

const ExpertFilter = builder.inputType('ExpertFilter', {
  description: '专家筛选 / Expert filter',
  fields: (t) => ({
    ids: t.idList({ required: false }),
    q: t.string({ required: false, description: '关键词：姓名、单位、领域 / Keyword: name, organisation, field' }),
    field: t.string({ required: false }),
    includeRetired: t.boolean({ required: false }),
  }),
});

export function where(f: typeof ExpertFilter.$inferInput | null | undefined): Prisma.ExpertWhereInput {
  return {
    ...(f?.ids ? { id: { in: f.ids.map(String) } } : {}),
    ...(f?.includeRetired || f?.ids ? {} : { retiredAt: null }),
    ...(f?.field ? { field: f.field } : {}),
    AND: keywordWhere<Prisma.ExpertWhereInput>(f?.q, ['name', 'organization', 'field']),
  };
}

export const sortable = {
  name: (dir: 'asc' | 'desc') => ({ name: dir }),
  organization: (dir: 'asc' | 'desc') => ({ organization: dir }),
  field: (dir: 'asc' | 'desc') => ({ field: dir }),
};

builder.queryFields((t) =>
  listQueries(t, {
    model: 'Expert',
    plural: 'Experts',
    label: ['专家', 'expert'],
    filter: ExpertFilter,
    where: (f) => where(f),
    sortable,
    fallback: { field: 'name', dir: 'asc' },
  }),
);

const LABELS = { name: '姓名', organization: '工作单位', field: '专业领域' };
const expertArgs = builder.args((t) => ({
  name: t.string({ required: false }),
  idNumber: t.string({ required: false }),
  organization: t.string({ required: false }),
  field: t.string({ required: false }),
  title: t.string({ required: false }),
  phone: t.string({ required: false }),
}));

async function checkedIdNumber(tx: Prisma.TransactionClient, value: string | null | undefined, exceptId?: string) {
  if (!value) return value;
  const r = validateIdNumber(value);
  if (!r.ok) throw userError(r.code, r.value, { field: 'idNumber' });
  const clash = await tx.expert.findUnique({ where: { idNumber: r.idNumber }, select: { id: true, name: true } });
  if (clash && clash.id !== exceptId) throw userError('EXPERT.ID_NUMBER_DUPLICATE', clash.name, { field: 'idNumber' });
  return r.idNumber;
}

builder.mutationFields((t) => ({
  createExpert: t.prismaField({
    type: 'Expert',
    authScopes: { admin: true },
    args: expertArgs,
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, LABELS);
      return ctx.prisma.$transaction(async (tx) => {
        const idNumber = await checkedIdNumber(tx, args.idNumber);
        const created = await tx.expert.create({
          data: {
            name: args.name!,
            organization: args.organization!,
            field: args.field!,
            idNumber: idNumber ?? null,
            title: args.title ?? null,
            phone: args.phone ?? null,
          },
        });
        await audit(tx, ctx, { action: 'createExpert', entity: 'Expert', entityId: created.id, after: created });
        return tx.expert.findUniqueOrThrow({ ...query, where: { id: created.id } });
      });
    },
  }),
  updateExpert: t.prismaField({
    type: 'Expert',
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true }), ...expertArgs },
    resolve: async (query, _r, args, ctx) => {
      refuseBlanking(args, LABELS);
      const id = String(args.id);
      return ctx.prisma.$transaction(async (tx) => {
        const before = await tx.expert.findUnique({ where: { id } });
        if (!before) throw notFound('专家');
        const idNumber = await checkedIdNumber(tx, args.idNumber, id);
        const after = await tx.expert.update({
          where: { id },
          data: defined({
            name: args.name ?? undefined,
            organization: args.organization ?? undefined,
            field: args.field ?? undefined,
            idNumber,
            title: args.title,
            phone: args.phone,
          }),
        });
        await audit(tx, ctx, { action: 'updateExpert', entity: 'Expert', entityId: id, before, after });
        return tx.expert.findUniqueOrThrow({ ...query, where: { id } });
      });
    },
  }),
  deleteExpert: t.prismaField({
    type: 'Expert',
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _r, args, ctx) =>
      // An expert who served on a team stays as history.
      retireRecord(ctx, query, String(args.id), { model: 'Expert', label: '专家', usedBy: ['memberships'] }),
  }),
}));
