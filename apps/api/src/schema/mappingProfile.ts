// MappingProfile (映射方案): a saved column layout and value recoding for exchanging a list with another system —
// the city's two directories, the provincial platform's bulk upload (docs/publication.md, "Exchange with the
// city"). Read by every signed-in user (the import wizard, the export dialog, the publication bundle); kept by the
// lead unit. Checking and applying a profile: src/importing/profiles.ts.
import { MappingDirection, type MappingProfile, type Prisma } from '@ssj/db/client';
import { MAPPING_DIRECTION } from '@ssj/domain';
import { audit } from '../audit.ts';
import { builder } from '../builder.ts';
import { notFound, userError } from '../errors.ts';
import { checkProfile, columnsOf, profileFields, valuesOf } from '../importing/profiles.ts';
import { keywordWhere, listQueries } from '../listing.ts';
import { labelled } from './enums.ts';

export const MappingDirectionEnum = labelled('MappingDirection', '映射方向 / Direction of a mapping profile', MappingDirection, MAPPING_DIRECTION);

const MappingColumnRef = builder.objectRef<{ field: string; header: string }>('MappingColumn').implement({
  description: '映射方案的一列 / One column of a mapping profile',
  fields: (t) => ({
    field: t.exposeString('field', { description: '本系统字段（公示文档为 JSON 路径） / Our field (a JSON path for publication documents)' }),
    header: t.exposeString('header', { description: '对方文件中的列名 / The header in their file' }),
  }),
});

const MappingValueRef = builder.objectRef<{ field: string; from: string; to: string }>('MappingValue').implement({
  description: '值对照：导入时对方的值 → 本系统的值；导出时相反 / A value mapping: IMPORT theirs → ours; EXPORT ours → theirs',
  fields: (t) => ({
    field: t.exposeString('field'),
    from: t.exposeString('from'),
    to: t.exposeString('to'),
  }),
});

const flatValues = (p: Pick<MappingProfile, 'values'>) =>
  Object.entries(valuesOf(p)).flatMap(([field, m]) => Object.entries(m).map(([from, to]) => ({ field, from, to })));

export const MappingProfileRef = builder.prismaObject('MappingProfile', {
  description: '映射方案：与其他系统交换数据时的列对应与值对照 / A mapping profile: column layout and value recoding for an exchange',
  authScopes: { signedIn: true },
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name', { description: '名称 / Name' }),
    list: t.exposeString('list', {
      description:
        '名录：targets、inspectors、experts、checkItems，或 publication.<文档类型> / The list: targets, inspectors, experts, checkItems, or publication.<document kind>',
    }),
    direction: t.expose('direction', { type: MappingDirectionEnum }),
    columns: t.field({
      type: [MappingColumnRef],
      description: '各列，按列的顺序 / The columns, in order',
      select: { columns: true },
      resolve: (p) => columnsOf(p),
    }),
    values: t.field({
      type: [MappingValueRef],
      description: '值对照 / Value mappings',
      select: { values: true },
      resolve: (p) => flatValues(p),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const MappingProfileFilter = builder.inputType('MappingProfileFilter', {
  description: '映射方案筛选 / Mapping profile filter',
  fields: (t) => ({
    ids: t.idList({ required: false }),
    q: t.string({ required: false, description: '关键词：名称 / Keyword: name' }),
    list: t.string({ required: false, description: '名录（如 targets、publication.plan） / The list (e.g. targets, publication.plan)' }),
    direction: t.field({ type: MappingDirectionEnum, required: false }),
  }),
});

export function where(f: typeof MappingProfileFilter.$inferInput | null | undefined): Prisma.MappingProfileWhereInput {
  return {
    ...(f?.ids ? { id: { in: f.ids.map(String) } } : {}),
    ...(f?.list ? { list: f.list } : {}),
    ...(f?.direction ? { direction: f.direction } : {}),
    AND: keywordWhere<Prisma.MappingProfileWhereInput>(f?.q, ['name']),
  };
}

export const sortable = {
  name: (dir: 'asc' | 'desc') => ({ name: dir }),
  list: (dir: 'asc' | 'desc') => ({ list: dir }),
  direction: (dir: 'asc' | 'desc') => ({ direction: dir }),
  updatedAt: (dir: 'asc' | 'desc') => ({ updatedAt: dir }),
};

builder.queryFields((t) => ({
  ...listQueries(t, {
    model: 'MappingProfile',
    plural: 'MappingProfiles',
    label: ['映射方案', 'mapping profile'],
    filter: MappingProfileFilter,
    where: (f) => where(f),
    sortable,
    fallback: { field: 'name', dir: 'asc' },
  }),
  mappingProfileFields: t.field({
    type: [MappingColumnRef],
    description:
      '映射方案可用的字段（字段与本系统列名）；公示文档类型的名录返回空表（任意 JSON 路径） / The fields a profile of the list may use, with our headers; empty for a publication list (any JSON path)',
    authScopes: { signedIn: true },
    args: { list: t.arg.string({ required: true }), direction: t.arg({ type: MappingDirectionEnum, required: true }) },
    resolve: (_r, args) => profileFields(args.list, args.direction) ?? [],
  }),
}));

const MappingColumnInput = builder.inputType('MappingColumnInput', {
  description: '映射方案的一列：本系统字段与对方的列名 / One column: our field and their header',
  fields: (t) => ({ field: t.string({ required: true }), header: t.string({ required: true }) }),
});
const MappingValueInput = builder.inputType('MappingValueInput', {
  description: '一条值对照 / One value mapping',
  fields: (t) => ({ field: t.string({ required: true }), from: t.string({ required: true }), to: t.string({ required: true }) }),
});

const profileArgs = builder.args((t) => ({
  name: t.string({ required: false }),
  list: t.string({ required: false }),
  direction: t.field({ type: MappingDirectionEnum, required: false }),
  columns: t.field({ type: [MappingColumnInput], required: false }),
  values: t.field({ type: [MappingValueInput], required: false }),
}));

/** The audit trail's copy of a profile. */
const audited = (p: MappingProfile) => ({ name: p.name, list: p.list, direction: p.direction, columns: p.columns, values: p.values });

async function refuseTakenName(tx: Prisma.TransactionClient, p: { name: string; list: string; direction: MappingProfile['direction'] }, exceptId?: string) {
  const clash = await tx.mappingProfile.findFirst({ where: { name: p.name, list: p.list, direction: p.direction }, select: { id: true } });
  if (clash && clash.id !== exceptId) throw userError('MAPPING_PROFILE.NAME_TAKEN', p.name, { field: 'name' });
}

builder.mutationFields((t) => ({
  createMappingProfile: t.prismaField({
    type: 'MappingProfile',
    description: '新增映射方案（管理员） / Add a mapping profile (administrators)',
    authScopes: { $all: { admin: true, writer: true } },
    args: profileArgs,
    resolve: async (query, _r, args, ctx) => {
      if (!args.list) throw userError('MAPPING_PROFILE.UNKNOWN_LIST', undefined, { field: 'list' });
      if (!args.direction) throw userError('VALIDATION.REQUIRED', '方向', { field: 'direction' });
      const checked = checkProfile({
        name: args.name ?? '',
        list: args.list,
        direction: args.direction,
        columns: args.columns ?? [],
        values: args.values ?? [],
      });
      return ctx.prisma.$transaction(async (tx) => {
        await refuseTakenName(tx, { name: checked.name, list: args.list!, direction: args.direction! });
        const created = await tx.mappingProfile.create({
          data: {
            name: checked.name,
            list: args.list!,
            direction: args.direction!,
            columns: checked.columns as unknown as Prisma.InputJsonValue,
            values: checked.values,
            createdById: ctx.user!.id,
            updatedById: ctx.user!.id,
          },
        });
        await audit(tx, ctx, { action: 'createMappingProfile', entity: 'MappingProfile', entityId: created.id, after: audited(created) });
        return tx.mappingProfile.findUniqueOrThrow({ ...query, where: { id: created.id } });
      });
    },
  }),
  updateMappingProfile: t.prismaField({
    type: 'MappingProfile',
    description: '修改映射方案（管理员）；未给出的项不变 / Change a mapping profile; what is not given stays',
    authScopes: { $all: { admin: true, writer: true } },
    args: { id: t.arg.id({ required: true }), ...profileArgs },
    resolve: async (query, _r, args, ctx) => {
      const id = String(args.id);
      return ctx.prisma.$transaction(async (tx) => {
        const before = await tx.mappingProfile.findUnique({ where: { id } });
        if (!before) throw notFound('映射方案');
        const list = args.list ?? before.list;
        const direction = args.direction ?? before.direction;
        // The whole profile is checked again: a change of list or columns must still fit the value mappings.
        const checked = checkProfile({
          name: args.name ?? before.name,
          list,
          direction,
          columns: args.columns ?? columnsOf(before),
          values: args.values ?? flatValues(before),
        });
        await refuseTakenName(tx, { name: checked.name, list, direction }, id);
        const after = await tx.mappingProfile.update({
          where: { id },
          data: {
            name: checked.name,
            list,
            direction,
            columns: checked.columns as unknown as Prisma.InputJsonValue,
            values: checked.values,
            updatedById: ctx.user!.id,
          },
        });
        await audit(tx, ctx, { action: 'updateMappingProfile', entity: 'MappingProfile', entityId: id, before: audited(before), after: audited(after) });
        return tx.mappingProfile.findUniqueOrThrow({ ...query, where: { id } });
      });
    },
  }),
  deleteMappingProfile: t.prismaField({
    type: 'MappingProfile',
    description: '删除映射方案（管理员）；已导出的文件与已导入的记录不受影响 / Delete a mapping profile; files and imports made with it stay',
    authScopes: { $all: { admin: true, writer: true } },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _r, args, ctx) => {
      const id = String(args.id);
      return ctx.prisma.$transaction(async (tx) => {
        const before = await tx.mappingProfile.findUnique({ where: { id } });
        if (!before) throw notFound('映射方案');
        // The record as it was, as the client asked for it (react-admin's delete expects it back).
        const answer = await tx.mappingProfile.findUniqueOrThrow({ ...query, where: { id } });
        await tx.mappingProfile.delete({ where: { id } });
        await audit(tx, ctx, { action: 'deleteMappingProfile', entity: 'MappingProfile', entityId: id, before: audited(before) });
        return answer;
      });
    },
  }),
}));
