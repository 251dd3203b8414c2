// Unit (科室、单位 / 国土所): owns its lists (rule 3). Names are public; the rest needs sign-in.
import type { Prisma } from '@ssj/db/client';
import { builder } from '../builder.ts';
import { audit } from '../audit.ts';
import type { CurrentUser } from '../context.ts';
import { notFound, userError } from '../errors.ts';
import { keywordWhere, listQueries } from '../listing.ts';
import { defined, refuseBlanking, requireFields } from '../validation.ts';
import { UnitKindEnum } from './enums.ts';
import { DirectoryConfirmationRef } from './directoryConfirmation.ts';
import { retireRecord } from '../retiring.ts';

/** Rule 3: whether this user may write records of that unit. */
export function canWriteUnit(user: CurrentUser | null, unitId: string): boolean {
  if (user?.sessionKind !== 'SESSION') return false;
  return user.role === 'ADMIN' || (user.role === 'UNIT_STAFF' && user.unitId === unitId);
}

export const UnitRef = builder.prismaObject('Unit', {
  description: '单位（科室、国土所） / An organisational unit of the bureau',
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code', { description: '单位编码 / Unit code' }),
    name: t.exposeString('name', { description: '单位名称 / Name' }),
    kind: t.expose('kind', { type: UnitKindEnum }),
    isLead: t.boolean({
      description: '是否牵头科室（行政许可科；即单位类型为牵头科室） / Whether this is the lead unit (its kind is LEAD)',
      select: { kind: true },
      resolve: (u) => u.kind === 'LEAD',
    }),
    area: t.exposeString('area', { nullable: true, description: '服务的镇（街道） / Town or street served' }),
    neighbourCodes: t.exposeStringList('neighbourCodes', {
      description: '相邻单位编码（联合匹配检查人员） / Neighbouring units for joint matching (rule 15)',
      authScopes: { signedIn: true },
    }),
    retiredAt: t.expose('retiredAt', { type: 'DateTime', nullable: true }),
    targetCount: t.relationCount('targets', {
      description: '检查对象数 / Number of active targets',
      authScopes: { signedIn: true },
      where: { retiredAt: null },
    }),
    inspectorCount: t.relationCount('inspectors', {
      description: '执法检查人员数 / Number of active inspectors',
      authScopes: { signedIn: true },
      where: { retiredAt: null },
    }),
    lastConfirmation: t.field({
      type: DirectoryConfirmationRef,
      nullable: true,
      description: '最近一次名录库确认 / The latest directory confirmation (rule 4)',
      authScopes: { signedIn: true },
      select: (_args, _ctx, nested) => ({
        directoryConfirmations: nested({ orderBy: { confirmedAt: 'desc' as const }, take: 1 }),
      }),
      resolve: (unit) => unit.directoryConfirmations[0] ?? null,
    }),
  }),
});

const UnitFilter = builder.inputType('UnitFilter', {
  description: '单位筛选 / Unit filter',
  fields: (t) => ({
    ids: t.idList({ required: false }),
    q: t.string({ required: false, description: '关键词：名称、编码 / Keyword: name, code' }),
    kind: t.field({ type: UnitKindEnum, required: false }),
    includeRetired: t.boolean({ required: false }),
  }),
});

function unitWhere(f: typeof UnitFilter.$inferInput | null | undefined): Prisma.UnitWhereInput {
  return {
    ...(f?.ids ? { id: { in: f.ids.map(String) } } : {}),
    ...(f?.includeRetired || f?.ids ? {} : { retiredAt: null }),
    ...(f?.kind ? { kind: f.kind } : {}),
    AND: keywordWhere<Prisma.UnitWhereInput>(f?.q, ['name', 'code']),
  };
}

const sortable = {
  code: (dir: 'asc' | 'desc') => ({ code: dir }),
  name: (dir: 'asc' | 'desc') => ({ name: dir }),
  kind: (dir: 'asc' | 'desc') => ({ kind: dir }),
};

builder.queryFields((t) => ({
  ...listQueries(t, {
    model: 'Unit',
    plural: 'Units',
    label: ['单位', 'unit'],
    filter: UnitFilter,
    where: unitWhere,
    sortable: sortable,
    fallback: { field: 'code', dir: 'asc' },
    public: true,
  }),
}));

const LABELS = { code: '单位编码', name: '单位名称', kind: '单位类型' };

const unitArgs = builder.args((t) => ({
  code: t.string({ required: false }),
  name: t.string({ required: false }),
  kind: t.field({ type: UnitKindEnum, required: false }),
  area: t.string({ required: false }),
  neighbourCodes: t.stringList({ required: false }),
}));

async function assertUnique(tx: Prisma.TransactionClient, code: string | null | undefined, name: string | null | undefined, exceptId?: string) {
  if (!code && !name) return;
  const clash = await tx.unit.findFirst({
    where: { OR: [...(code ? [{ code }] : []), ...(name ? [{ name }] : [])], ...(exceptId ? { NOT: { id: exceptId } } : {}) },
  });
  if (clash) throw userError('UNIT.DUPLICATE', clash.name);
}

builder.mutationFields((t) => ({
  createUnit: t.prismaField({
    type: 'Unit',
    authScopes: { admin: true },
    description: '新增单位 / Create a unit',
    args: unitArgs,
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, LABELS);
      return ctx.prisma.$transaction(async (tx) => {
        await assertUnique(tx, args.code, args.name);
        const created = await tx.unit.create({
          data: {
            code: args.code!,
            name: args.name!,
            kind: args.kind!,
            area: args.area ?? null,
            neighbourCodes: args.neighbourCodes ?? [],
          },
        });
        await audit(tx, ctx, { action: 'createUnit', entity: 'Unit', entityId: created.id, unitId: created.id, after: created });
        return tx.unit.findUniqueOrThrow({ ...query, where: { id: created.id } });
      });
    },
  }),
  updateUnit: t.prismaField({
    type: 'Unit',
    authScopes: { admin: true },
    description: '修改单位 / Update a unit',
    args: { id: t.arg.id({ required: true }), ...unitArgs },
    resolve: async (query, _r, args, ctx) => {
      refuseBlanking(args, LABELS);
      const id = String(args.id);
      return ctx.prisma.$transaction(async (tx) => {
        const before = await tx.unit.findUnique({ where: { id } });
        if (!before) throw notFound('单位');
        await assertUnique(tx, args.code, args.name, id);
        const after = await tx.unit.update({
          where: { id },
          data: defined({
            code: args.code ?? undefined,
            name: args.name ?? undefined,
            kind: args.kind ?? undefined,
            area: args.area,
            neighbourCodes: args.neighbourCodes ?? undefined,
          }),
        });
        await audit(tx, ctx, { action: 'updateUnit', entity: 'Unit', entityId: id, unitId: id, before, after });
        return tx.unit.findUniqueOrThrow({ ...query, where: { id } });
      });
    },
  }),
  deleteUnit: t.prismaField({
    type: 'Unit',
    authScopes: { admin: true },
    description: '停用单位（保留历史） / Retire a unit (history is kept)',
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _r, args, ctx) =>
      retireRecord(ctx, query, String(args.id), {
        model: 'Unit',
        label: '单位',
        check: (r) => {
          if (r.kind === 'LEAD') throw userError('FORBIDDEN', '牵头科室不能停用');
        },
        unitOf: (r) => r.id,
      }),
  }),
}));
