// CheckItem (抽查事项清单): public; every change keeps the previous version and publishes an adjustment
// notice (rule 1, P2, G8). GENERAL items have a capped sampling ratio, KEY items none (rule 2).
import type { Prisma } from '@ssj/db/client';
import { builder } from '../builder.ts';
import { audit } from '../audit.ts';
import { notFound, userError } from '../errors.ts';
import { keywordWhere, listQueries } from '../listing.ts';
import { getGeneralRatioCap } from '../settings.ts';
import { checkRatio, defined, refuseBlanking, requireFields } from '../validation.ts';
import { CheckCategoryEnum, CheckMethodEnum } from './enums.ts';
import { clock } from '../clock.ts';
import { publishCheckItemVersion } from '../publication/outbox.ts';
import { retireRecord } from '../retiring.ts';

export const CheckItemRef = builder.prismaObject('CheckItem', {
  description: '抽查事项（公开） / A checklist item (public)',
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code', { description: '事项编码 / Code' }),
    name: t.exposeString('name', { description: '抽查事项 / Item' }),
    objectType: t.exposeString('objectType', { description: '检查对象 / Object type' }),
    category: t.expose('category', { type: CheckCategoryEnum, description: '事项类别 / Category' }),
    methods: t.expose('methods', { type: [CheckMethodEnum], description: '检查方式 / Methods' }),
    unitId: t.exposeID('unitId', { description: '检查主体（牵头科室） / Responsible unit, the section in charge' }),
    unit: t.relation('unit'),
    remitUnitIds: t.idList({
      description: '实施单位：列入其职责范围、须纳入其年度计划的单位（规则 6） / Units whose remit the item is in; each plans it (rule 6)',
      select: { remitUnits: { select: { id: true }, orderBy: { code: 'asc' } } },
      resolve: (i) => i.remitUnits.map((u) => u.id),
    }),
    remitUnits: t.relation('remitUnits', { description: '实施单位 / Units whose remit the item is in', query: { orderBy: { code: 'asc' } } }),
    legalBasis: t.exposeString('legalBasis', { description: '检查依据 / Legal basis' }),
    defaultRatio: t.float({ select: { defaultRatio: true }, resolve: (i) => Number(i.defaultRatio), description: '默认抽查比例 / Default ratio' }),
    ratioCap: t.float({
      nullable: true,
      select: { ratioCap: true },
      resolve: (i) => (i.ratioCap === null ? null : Number(i.ratioCap)),
      description: '比例上限（一般事项；空则用系统设置） / Ratio cap for a GENERAL item (null: system setting)',
    }),
    needsExpert: t.exposeBoolean('needsExpert', { description: '需专家参与 / Needs an expert' }),
    expertField: t.exposeString('expertField', {
      nullable: true,
      description: "专家须具备的专业领域（空=不限） / The field the item's expert must have; null = any (G19)",
    }),
    version: t.exposeInt('version', { description: '版本 / Version' }),
    retiredAt: t.expose('retiredAt', { type: 'DateTime', nullable: true, description: '停用时间 / Retired at' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    versions: t.relation('versions', {
      description: '历次版本与调整说明 / Versions with adjustment notices',
      query: { orderBy: { version: 'desc' } },
    }),
  }),
});

export const CheckItemVersionRef = builder.prismaObject('CheckItemVersion', {
  description: '抽查事项的一个版本及其调整说明（公开） / One version of a checklist item and its adjustment notice (public)',
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    checkItemId: t.exposeID('checkItemId'),
    version: t.exposeInt('version'),
    change: t.exposeString('change', { description: 'CREATE / UPDATE / RETIRE' }),
    snapshot: t.expose('snapshot', { type: 'JSON', description: '该版本内容 / The item as of this version' }),
    notice: t.exposeString('notice', { description: '调整说明 / Adjustment notice' }),
    changedAt: t.expose('changedAt', { type: 'DateTime' }),
  }),
});

const CheckItemFilter = builder.inputType('CheckItemFilter', {
  description: '抽查事项筛选 / Checklist item filter',
  fields: (t) => ({
    ids: t.idList({ required: false }),
    q: t.string({ required: false, description: '关键词：事项、编码、依据 / Keyword: item, code, legal basis' }),
    category: t.field({ type: CheckCategoryEnum, required: false }),
    unitId: t.id({ required: false }),
    remitUnitId: t.id({ required: false, description: "列入该单位职责范围的事项 / Items in this unit's remit" }),
    objectType: t.string({ required: false }),
    includeRetired: t.boolean({ required: false }),
  }),
});

export function where(f: typeof CheckItemFilter.$inferInput | null | undefined): Prisma.CheckItemWhereInput {
  return {
    ...(f?.ids ? { id: { in: f.ids.map(String) } } : {}),
    ...(f?.includeRetired || f?.ids ? {} : { retiredAt: null }),
    ...(f?.category ? { category: f.category } : {}),
    ...(f?.unitId ? { unitId: String(f.unitId) } : {}),
    ...(f?.remitUnitId ? { remitUnits: { some: { id: String(f.remitUnitId) } } } : {}),
    ...(f?.objectType ? { objectType: f.objectType } : {}),
    AND: keywordWhere<Prisma.CheckItemWhereInput>(f?.q, ['name', 'code', 'legalBasis']),
  };
}

export const sortable = {
  code: (dir: 'asc' | 'desc') => ({ code: dir }),
  name: (dir: 'asc' | 'desc') => ({ name: dir }),
  category: (dir: 'asc' | 'desc') => ({ category: dir }),
  updatedAt: (dir: 'asc' | 'desc') => ({ updatedAt: dir }),
};

builder.queryFields((t) => ({
  ...listQueries(t, {
    model: 'CheckItem',
    plural: 'CheckItems',
    label: ['抽查事项', 'checklist item'],
    filter: CheckItemFilter,
    where: (f) => where(f),
    sortable,
    fallback: { field: 'code', dir: 'asc' },
    public: true,
  }),
  checkItemAdjustments: t.prismaField({
    type: ['CheckItemVersion'],
    description: '清单调整公告（公开，最新在前） / Published checklist adjustment notices, newest first',
    args: { take: t.arg.int({ required: false }) },
    resolve: (query, _r, args, ctx) =>
      ctx.prisma.checkItemVersion.findMany({ ...query, orderBy: [{ changedAt: 'desc' }, { id: 'asc' }], take: Math.min(args.take ?? 50, 200) }),
  }),
}));

const LABELS = {
  code: '事项编码',
  name: '抽查事项',
  objectType: '检查对象',
  category: '事项类别',
  methods: '检查方式',
  unitId: '检查主体',
  legalBasis: '检查依据',
  defaultRatio: '默认抽查比例',
};

const itemArgs = builder.args((t) => ({
  code: t.string({ required: false }),
  name: t.string({ required: false }),
  objectType: t.string({ required: false }),
  category: t.field({ type: CheckCategoryEnum, required: false }),
  methods: t.field({ type: [CheckMethodEnum], required: false }),
  unitId: t.id({ required: false }),
  remitUnitIds: t.idList({
    required: false,
    description: '实施单位；新增时默认为检查主体 / Units whose remit the item is in; defaults to the responsible unit on create',
  }),
  legalBasis: t.string({ required: false }),
  defaultRatio: t.float({ required: false }),
  ratioCap: t.float({ required: false }),
  needsExpert: t.boolean({ required: false }),
  expertField: t.string({ required: false, description: '专家须具备的专业领域 / Required expert field' }),
  notice: t.string({ required: false, description: '调整说明（修改时必填） / Adjustment notice (required on change)' }),
}));

type ItemShape = { category: 'GENERAL' | 'KEY'; defaultRatio: number; ratioCap: number | null };

// Rule 2 (G8): a GENERAL item's ratio is strictly limited; a KEY item has no upper limit.
async function assertRatio(tx: Prisma.TransactionClient, item: ItemShape) {
  checkRatio(item.defaultRatio, '默认抽查比例', 'defaultRatio');
  checkRatio(item.ratioCap, '比例上限', 'ratioCap');
  if (item.category === 'KEY') return;
  const cap = item.ratioCap ?? (await getGeneralRatioCap(tx));
  if (item.defaultRatio > cap) {
    throw userError('CHECK_ITEM.RATIO_ABOVE_CAP', `${(item.defaultRatio * 100).toFixed(1)}% > ${(cap * 100).toFixed(1)}%`, { field: 'defaultRatio', cap });
  }
}

/** Rule 6: the units whose remit the item is in — at least one, each existing and active. Sorted, unique. */
async function remitOf(tx: Prisma.TransactionClient, ids: readonly (string | number)[]): Promise<string[]> {
  const unique = [...new Set(ids.map(String))].sort();
  if (unique.length === 0) throw userError('CHECK_ITEM.REMIT_EMPTY', undefined, { field: 'remitUnitIds' });
  const found = await tx.unit.findMany({ where: { id: { in: unique }, retiredAt: null }, select: { id: true } });
  const known = new Set(found.map((u) => u.id));
  const bad = unique.filter((id) => !known.has(id));
  if (bad.length > 0) throw userError('CHECK_ITEM.REMIT_UNIT_INVALID', bad.join('、'), { field: 'remitUnitIds' });
  return unique;
}

const versionSnapshot = (
  i: {
    code: string;
    name: string;
    objectType: string;
    category: string;
    methods: string[];
    unitId: string;
    legalBasis: string;
    defaultRatio: unknown;
    ratioCap: unknown;
    needsExpert: boolean;
  },
  remitUnitIds: string[],
) => ({
  code: i.code,
  name: i.name,
  objectType: i.objectType,
  category: i.category,
  methods: i.methods,
  unitId: i.unitId,
  remitUnitIds,
  legalBasis: i.legalBasis,
  defaultRatio: String(i.defaultRatio),
  ratioCap: i.ratioCap === null ? null : String(i.ratioCap),
  needsExpert: i.needsExpert,
});

builder.mutationFields((t) => ({
  createCheckItem: t.prismaField({
    type: 'CheckItem',
    authScopes: { admin: true },
    description: '新增抽查事项 / Add a checklist item',
    args: itemArgs,
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, LABELS);
      return ctx.prisma.$transaction(async (tx) => {
        if (await tx.checkItem.findUnique({ where: { code: args.code! } })) throw userError('CHECK_ITEM.CODE_DUPLICATE', args.code!, { field: 'code' });
        const category = args.category!;
        const ratioCap = category === 'KEY' ? null : (args.ratioCap ?? null);
        await assertRatio(tx, { category, defaultRatio: args.defaultRatio!, ratioCap });
        const remitUnitIds = await remitOf(tx, args.remitUnitIds ?? [String(args.unitId)]);
        const created = await tx.checkItem.create({
          data: {
            code: args.code!,
            name: args.name!,
            objectType: args.objectType!,
            category,
            methods: args.methods!,
            unitId: String(args.unitId),
            legalBasis: args.legalBasis!,
            defaultRatio: args.defaultRatio!,
            ratioCap,
            needsExpert: args.needsExpert ?? false,
            expertField: args.expertField?.trim() || null,
            version: 1,
            // Rule 1: a version takes effect on its day (the assessment reads the checklist of a period's end).
            createdAt: clock.now(),
            remitUnits: { connect: remitUnitIds.map((id) => ({ id })) },
          },
        });
        await tx.checkItemVersion.create({
          data: {
            checkItemId: created.id,
            version: 1,
            change: 'CREATE',
            snapshot: versionSnapshot(created, remitUnitIds),
            notice: args.notice?.trim() || '新增抽查事项',
            changedById: ctx.user!.id,
            changedAt: created.createdAt,
          },
        });
        await publishCheckItemVersion(tx, ctx, created.id, 1);
        await audit(tx, ctx, { action: 'createCheckItem', entity: 'CheckItem', entityId: created.id, after: { ...created, remitUnitIds } });
        return tx.checkItem.findUniqueOrThrow({ ...query, where: { id: created.id } });
      });
    },
  }),
  updateCheckItem: t.prismaField({
    type: 'CheckItem',
    authScopes: { admin: true },
    description: '调整抽查事项（保留原版本并公示调整说明） / Adjust a checklist item (keeps the previous version, publishes the notice)',
    args: { id: t.arg.id({ required: true }), ...itemArgs },
    resolve: async (query, _r, args, ctx) => {
      refuseBlanking(args, LABELS);
      if (!args.notice?.trim()) throw userError('CHECK_ITEM.NOTICE_REQUIRED', undefined, { field: 'notice' });
      const id = String(args.id);
      return ctx.prisma.$transaction(async (tx) => {
        const found = await tx.checkItem.findUnique({ where: { id }, include: { remitUnits: { select: { id: true } } } });
        if (!found) throw notFound('抽查事项');
        const { remitUnits: beforeRemit, ...rest } = found;
        const before = { ...rest, remitUnitIds: beforeRemit.map((u) => u.id).sort() };
        if (before.retiredAt) throw userError('VALIDATION.INVALID', '已停用的事项不能调整');
        if (args.code && args.code !== before.code && (await tx.checkItem.findUnique({ where: { code: args.code } }))) {
          throw userError('CHECK_ITEM.CODE_DUPLICATE', args.code, { field: 'code' });
        }
        const category = args.category ?? before.category;
        const ratioCap = category === 'KEY' ? null : args.ratioCap !== undefined ? args.ratioCap : before.ratioCap === null ? null : Number(before.ratioCap);
        const defaultRatio = args.defaultRatio ?? Number(before.defaultRatio);
        await assertRatio(tx, { category, defaultRatio, ratioCap });
        const remitUnitIds = args.remitUnitIds ? await remitOf(tx, args.remitUnitIds) : before.remitUnitIds;
        const after = await tx.checkItem.update({
          where: { id },
          data: {
            ...defined({
              code: args.code ?? undefined,
              name: args.name ?? undefined,
              objectType: args.objectType ?? undefined,
              category,
              methods: args.methods ?? undefined,
              unitId: args.unitId ? String(args.unitId) : undefined,
              legalBasis: args.legalBasis ?? undefined,
              defaultRatio,
              ratioCap,
              needsExpert: args.needsExpert ?? undefined,
              expertField: args.expertField === undefined ? undefined : args.expertField?.trim() || null,
              version: before.version + 1,
            }),
            ...(args.remitUnitIds ? { remitUnits: { set: remitUnitIds.map((u) => ({ id: u })) } } : {}),
          },
        });
        await tx.checkItemVersion.create({
          data: {
            checkItemId: id,
            version: after.version,
            change: 'UPDATE',
            snapshot: versionSnapshot(after, remitUnitIds),
            notice: args.notice!.trim(),
            changedById: ctx.user!.id,
            changedAt: clock.now(),
          },
        });
        await publishCheckItemVersion(tx, ctx, id, after.version);
        await audit(tx, ctx, { action: 'updateCheckItem', entity: 'CheckItem', entityId: id, before, after: { ...after, remitUnitIds } });
        return tx.checkItem.findUniqueOrThrow({ ...query, where: { id } });
      });
    },
  }),
  deleteCheckItem: t.prismaField({
    type: 'CheckItem',
    authScopes: { admin: true },
    description: '停用抽查事项（保留历史版本） / Retire a checklist item (versions are kept)',
    args: { id: t.arg.id({ required: true }), notice: t.arg.string({ required: false }) },
    resolve: (query, _r, args, ctx) =>
      retireRecord(ctx, query, String(args.id), {
        model: 'CheckItem',
        label: '抽查事项',
        include: { remitUnits: { select: { id: true } } },
        // Rule 1: retiring is a change of the public checklist, a version with its notice.
        data: (r) => ({ version: r.version + 1 }),
        afterRetire: async (tx, before, after) => {
          await tx.checkItemVersion.create({
            data: {
              checkItemId: after.id,
              version: after.version,
              change: 'RETIRE',
              snapshot: versionSnapshot(after, (before as typeof before & { remitUnits: { id: string }[] }).remitUnits.map((u) => u.id).sort()),
              notice: args.notice?.trim() || '停用该抽查事项',
              changedById: ctx.user!.id,
              changedAt: after.retiredAt!,
            },
          });
          await publishCheckItemVersion(tx, ctx, after.id, after.version);
        },
      }),
  }),
}));
