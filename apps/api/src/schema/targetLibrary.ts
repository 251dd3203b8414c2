// TargetLibrary: the comprehensive library (综合主体名录库) and special libraries (分类专项名录库) with their
// build standard (G9). A draw from the comprehensive library draws from every active target.
import type { Prisma } from '@ssj/db/client';
import { builder } from '../builder.ts';
import { audit } from '../audit.ts';
import { notFound, userError } from '../errors.ts';
import { keywordWhere, listQueries } from '../listing.ts';
import { defined, refuseBlanking, requireFields } from '../validation.ts';
import { LibraryKindEnum } from './enums.ts';
import { retireRecord } from '../retiring.ts';

export const TargetLibraryRef = builder.prismaObject('TargetLibrary', {
  description: '检查对象名录库 / A library of inspection objects',
  authScopes: { signedIn: true },
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code', { description: '编码 / Code' }),
    name: t.exposeString('name', { description: '名称 / Name' }),
    kind: t.expose('kind', { type: LibraryKindEnum }),
    objectType: t.exposeString('objectType', { nullable: true, description: '对象类型 / Object type held' }),
    unitId: t.exposeID('unitId', { description: '维护单位 / Maintaining unit' }),
    unit: t.relation('unit'),
    buildStandard: t.exposeString('buildStandard', { description: '建库标准 / Build standard' }),
    indicators: t.exposeStringList('indicators', { description: '分类指标 / Classification indicators' }),
    supervisionRequirements: t.exposeString('supervisionRequirements', { description: '监管要求 / Supervision requirements' }),
    retiredAt: t.expose('retiredAt', { type: 'DateTime', nullable: true }),
    // The comprehensive library holds every target (an undirected draw draws from all of them, rule 11).
    targetCount: t.int({
      description: '检查对象数（综合库为全部在册对象） / Active targets (all of them for the comprehensive library)',
      select: { kind: true, _count: { select: { targets: { where: { retiredAt: null } } } } },
      resolve: async (lib, _a, ctx) => (lib.kind === 'COMPREHENSIVE' ? ctx.prisma.target.count({ where: { retiredAt: null } }) : lib._count.targets),
    }),
  }),
});

const TargetLibraryFilter = builder.inputType('TargetLibraryFilter', {
  description: '名录库筛选 / Target library filter',
  fields: (t) => ({
    ids: t.idList({ required: false }),
    q: t.string({ required: false }),
    kind: t.field({ type: LibraryKindEnum, required: false }),
    unitId: t.id({ required: false }),
    includeRetired: t.boolean({ required: false }),
  }),
});

function where(f: typeof TargetLibraryFilter.$inferInput | null | undefined): Prisma.TargetLibraryWhereInput {
  return {
    ...(f?.ids ? { id: { in: f.ids.map(String) } } : {}),
    ...(f?.includeRetired || f?.ids ? {} : { retiredAt: null }),
    ...(f?.kind ? { kind: f.kind } : {}),
    ...(f?.unitId ? { unitId: String(f.unitId) } : {}),
    AND: keywordWhere<Prisma.TargetLibraryWhereInput>(f?.q, ['name', 'code', 'objectType']),
  };
}

const sortable = { code: (dir: 'asc' | 'desc') => ({ code: dir }), name: (dir: 'asc' | 'desc') => ({ name: dir }) };

builder.queryFields((t) => ({
  ...listQueries(t, {
    model: 'TargetLibrary',
    plural: 'TargetLibraries',
    label: ['检查对象名录库', 'target library'],
    filter: TargetLibraryFilter,
    where: where,
    sortable: sortable,
    fallback: { field: 'code', dir: 'asc' },
  }),
}));

const LABELS = { code: '编码', name: '名称', kind: '名录库类型', unitId: '维护单位', buildStandard: '建库标准', supervisionRequirements: '监管要求' };
const libraryArgs = builder.args((t) => ({
  code: t.string({ required: false }),
  name: t.string({ required: false }),
  kind: t.field({ type: LibraryKindEnum, required: false }),
  objectType: t.string({ required: false }),
  unitId: t.id({ required: false }),
  buildStandard: t.string({ required: false }),
  indicators: t.stringList({ required: false }),
  supervisionRequirements: t.string({ required: false }),
}));

async function assertUnique(tx: Prisma.TransactionClient, code?: string | null, name?: string | null, exceptId?: string) {
  if (!code && !name) return;
  const clash = await tx.targetLibrary.findFirst({
    where: { OR: [...(code ? [{ code }] : []), ...(name ? [{ name }] : [])], ...(exceptId ? { NOT: { id: exceptId } } : {}) },
  });
  if (clash) throw userError('LIBRARY.DUPLICATE', clash.name);
}

builder.mutationFields((t) => ({
  createTargetLibrary: t.prismaField({
    type: 'TargetLibrary',
    authScopes: { admin: true },
    args: libraryArgs,
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, LABELS);
      return ctx.prisma.$transaction(async (tx) => {
        await assertUnique(tx, args.code, args.name);
        const created = await tx.targetLibrary.create({
          data: {
            code: args.code!,
            name: args.name!,
            kind: args.kind!,
            objectType: args.objectType ?? null,
            unitId: String(args.unitId),
            buildStandard: args.buildStandard!,
            indicators: args.indicators ?? [],
            supervisionRequirements: args.supervisionRequirements!,
          },
        });
        await audit(tx, ctx, { action: 'createTargetLibrary', entity: 'TargetLibrary', entityId: created.id, unitId: created.unitId, after: created });
        return tx.targetLibrary.findUniqueOrThrow({ ...query, where: { id: created.id } });
      });
    },
  }),
  updateTargetLibrary: t.prismaField({
    type: 'TargetLibrary',
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true }), ...libraryArgs },
    resolve: async (query, _r, args, ctx) => {
      refuseBlanking(args, LABELS);
      const id = String(args.id);
      return ctx.prisma.$transaction(async (tx) => {
        const before = await tx.targetLibrary.findUnique({ where: { id } });
        if (!before) throw notFound('名录库');
        await assertUnique(tx, args.code, args.name, id);
        const after = await tx.targetLibrary.update({
          where: { id },
          data: defined({
            code: args.code ?? undefined,
            name: args.name ?? undefined,
            kind: args.kind ?? undefined,
            objectType: args.objectType,
            unitId: args.unitId ? String(args.unitId) : undefined,
            buildStandard: args.buildStandard ?? undefined,
            indicators: args.indicators ?? undefined,
            supervisionRequirements: args.supervisionRequirements ?? undefined,
          }),
        });
        await audit(tx, ctx, { action: 'updateTargetLibrary', entity: 'TargetLibrary', entityId: id, unitId: after.unitId, before, after });
        return tx.targetLibrary.findUniqueOrThrow({ ...query, where: { id } });
      });
    },
  }),
  deleteTargetLibrary: t.prismaField({
    type: 'TargetLibrary',
    authScopes: { admin: true },
    description: '停用名录库（其中的检查对象保留） / Retire a library (its targets stay)',
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _r, args, ctx) => retireRecord(ctx, query, String(args.id), { model: 'TargetLibrary', label: '名录库', unitOf: (r) => r.unitId }),
  }),
}));
