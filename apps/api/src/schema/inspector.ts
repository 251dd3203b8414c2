// Inspector (执法检查人员名录库): only qualified inspectors may be drawn (rule 5); each unit keeps its own (rule 3).
import type { Prisma } from '@ssj/db/client';
import { maskIdNumber, validateIdNumber } from '@ssj/domain';
import { builder } from '../builder.ts';
import { audit } from '../audit.ts';
import type { CurrentUser } from '../context.ts';
import { notFound, userError } from '../errors.ts';
import { keywordWhere, listQueries } from '../listing.ts';
import { assertUnitWrite, defined, refuseBlanking, requireFields } from '../validation.ts';
import { canWriteUnit } from './unit.ts';
import { retireRecord } from '../retiring.ts';

// Personal data: the full ID number is shown to the lead unit and to the inspector's own unit only.
export const mayReadPersonal = (user: CurrentUser | null, unitId: string) =>
  !!user && (user.role === 'ADMIN' || (user.role === 'UNIT_STAFF' && user.unitId === unitId));

export const InspectorRef = builder.prismaObject('Inspector', {
  description: '执法检查人员 / A law-enforcement inspector',
  authScopes: { signedIn: true },
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name', { description: '姓名 / Name' }),
    idNumber: t.string({
      description: '身份证号（非本单位仅显示部分） / ID number (masked outside the own unit)',
      select: { idNumber: true, unitId: true },
      resolve: (i, _a, ctx) => (mayReadPersonal(ctx.user, i.unitId) ? i.idNumber : maskIdNumber(i.idNumber)),
    }),
    unitId: t.exposeID('unitId', { description: '所属单位 / Unit' }),
    unit: t.relation('unit'),
    certificateNumber: t.exposeString('certificateNumber', { nullable: true, description: '执法证号 / Enforcement certificate number' }),
    qualified: t.exposeBoolean('qualified', { description: '具备执法资格 / Holds enforcement qualification (rule 5)' }),
    drawable: t.exposeBoolean('drawable', { description: '参与随机抽取 / Takes part in draws' }),
    canLead: t.exposeBoolean('canLead', { description: '可任组长 / May lead a team' }),
    title: t.exposeString('title', { nullable: true, description: '职务 / Post' }),
    phone: t.string({
      nullable: true,
      description: '电话（非本单位不显示） / Phone (hidden outside the own unit)',
      select: { phone: true, unitId: true },
      resolve: (i, _a, ctx) => (mayReadPersonal(ctx.user, i.unitId) ? i.phone : null),
    }),
    specialties: t.exposeStringList('specialties', { description: '专业领域 / Specialties' }),
    retiredAt: t.expose('retiredAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    editable: t.boolean({
      description: '当前用户可否修改 / Whether the current user may edit it',
      select: { unitId: true },
      resolve: (i, _a, ctx) => canWriteUnit(ctx.user, i.unitId),
    }),
  }),
});

const InspectorFilter = builder.inputType('InspectorFilter', {
  description: '执法检查人员筛选 / Inspector filter',
  fields: (t) => ({
    ids: t.idList({ required: false }),
    q: t.string({ required: false, description: '关键词：姓名、执法证号 / Keyword: name, certificate number' }),
    unitId: t.id({ required: false }),
    qualified: t.boolean({ required: false }),
    drawable: t.boolean({ required: false }),
    includeRetired: t.boolean({ required: false }),
  }),
});

export function where(f: typeof InspectorFilter.$inferInput | null | undefined): Prisma.InspectorWhereInput {
  return {
    ...(f?.ids ? { id: { in: f.ids.map(String) } } : {}),
    ...(f?.includeRetired || f?.ids ? {} : { retiredAt: null }),
    ...(f?.unitId ? { unitId: String(f.unitId) } : {}),
    ...(typeof f?.qualified === 'boolean' ? { qualified: f.qualified } : {}),
    ...(typeof f?.drawable === 'boolean' ? { drawable: f.drawable } : {}),
    AND: keywordWhere<Prisma.InspectorWhereInput>(f?.q, ['name', 'certificateNumber']),
  };
}

export const sortable = {
  name: (dir: 'asc' | 'desc') => ({ name: dir }),
  unitId: (dir: 'asc' | 'desc') => ({ unit: { code: dir } }),
  qualified: (dir: 'asc' | 'desc') => ({ qualified: dir }),
  updatedAt: (dir: 'asc' | 'desc') => ({ updatedAt: dir }),
} satisfies Record<string, (d: 'asc' | 'desc') => Prisma.InspectorOrderByWithRelationInput>;

builder.queryFields((t) =>
  listQueries(t, {
    model: 'Inspector',
    plural: 'Inspectors',
    label: ['执法检查人员', 'inspector'],
    filter: InspectorFilter,
    where: (f) => where(f),
    sortable,
    fallback: { field: 'name', dir: 'asc' },
  }),
);

const LABELS = { name: '姓名', idNumber: '身份证号' };

const inspectorArgs = builder.args((t) => ({
  name: t.string({ required: false }),
  idNumber: t.string({ required: false }),
  unitId: t.id({ required: false, description: '默认本单位 / Defaults to your unit' }),
  certificateNumber: t.string({ required: false }),
  qualified: t.boolean({ required: false }),
  drawable: t.boolean({ required: false }),
  canLead: t.boolean({ required: false }),
  title: t.string({ required: false }),
  phone: t.string({ required: false }),
  specialties: t.stringList({ required: false }),
}));

function checkIdNumber(value: string): string {
  const r = validateIdNumber(value);
  if (!r.ok) throw userError(r.code, r.value, { field: 'idNumber' });
  return r.idNumber;
}

async function assertUniqueIdNumber(tx: Prisma.TransactionClient, idNumber: string, exceptId?: string) {
  const clash = await tx.inspector.findUnique({ where: { idNumber }, select: { id: true, name: true } });
  if (clash && clash.id !== exceptId) throw userError('INSPECTOR.ID_NUMBER_DUPLICATE', clash.name, { field: 'idNumber' });
}

// Rule 5 (G20): only inspectors with enforcement qualification may take part in draws.
function assertDrawable(qualified: boolean, drawable: boolean) {
  if (drawable && !qualified) throw userError('INSPECTOR.DRAWABLE_NOT_QUALIFIED', undefined, { field: 'drawable' });
}

builder.mutationFields((t) => ({
  createInspector: t.prismaField({
    type: 'Inspector',
    authScopes: { writer: true },
    description: '新增执法检查人员 / Create an inspector',
    args: inspectorArgs,
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, LABELS);
      const unitId = args.unitId ? String(args.unitId) : ctx.user!.unitId;
      assertUnitWrite(ctx.user, unitId);
      const idNumber = checkIdNumber(args.idNumber!);
      const qualified = args.qualified ?? false;
      const drawable = args.drawable ?? qualified;
      assertDrawable(qualified, drawable);
      return ctx.prisma.$transaction(async (tx) => {
        await assertUniqueIdNumber(tx, idNumber);
        const created = await tx.inspector.create({
          data: {
            name: args.name!.trim(),
            idNumber,
            unitId,
            certificateNumber: args.certificateNumber ?? null,
            qualified,
            drawable,
            canLead: args.canLead ?? true,
            title: args.title ?? null,
            phone: args.phone ?? null,
            specialties: args.specialties ?? [],
          },
        });
        await audit(tx, ctx, { action: 'createInspector', entity: 'Inspector', entityId: created.id, unitId, after: created });
        return tx.inspector.findUniqueOrThrow({ ...query, where: { id: created.id } });
      });
    },
  }),
  updateInspector: t.prismaField({
    type: 'Inspector',
    authScopes: { writer: true },
    description: '修改执法检查人员 / Update an inspector',
    args: { id: t.arg.id({ required: true }), ...inspectorArgs },
    resolve: async (query, _r, args, ctx) => {
      refuseBlanking(args, LABELS);
      const id = String(args.id);
      return ctx.prisma.$transaction(async (tx) => {
        const before = await tx.inspector.findUnique({ where: { id } });
        if (!before) throw notFound('执法检查人员');
        assertUnitWrite(ctx.user, before.unitId);
        const unitId = args.unitId ? String(args.unitId) : before.unitId;
        if (unitId !== before.unitId) assertUnitWrite(ctx.user, unitId);
        // The admin's form sends the masked number back unchanged; only a new full number is a change.
        const idNumber = args.idNumber && args.idNumber !== maskIdNumber(before.idNumber) ? checkIdNumber(args.idNumber) : undefined;
        if (idNumber) await assertUniqueIdNumber(tx, idNumber, id);
        assertDrawable(args.qualified ?? before.qualified, args.drawable ?? before.drawable);
        const after = await tx.inspector.update({
          where: { id },
          data: defined({
            name: args.name?.trim(),
            idNumber,
            unitId,
            certificateNumber: args.certificateNumber,
            qualified: args.qualified ?? undefined,
            drawable: args.drawable ?? undefined,
            canLead: args.canLead ?? undefined,
            title: args.title,
            phone: args.phone,
            specialties: args.specialties ?? undefined,
          }),
        });
        await audit(tx, ctx, { action: 'updateInspector', entity: 'Inspector', entityId: id, unitId, before, after });
        return tx.inspector.findUniqueOrThrow({ ...query, where: { id } });
      });
    },
  }),
  deleteInspector: t.prismaField({
    type: 'Inspector',
    authScopes: { writer: true },
    description: '删除执法检查人员；参加过检查的改为停用 / Delete an inspector; one with history is retired',
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _r, args, ctx) =>
      retireRecord(ctx, query, String(args.id), {
        model: 'Inspector',
        label: '执法检查人员',
        usedBy: ['memberships', 'conflicts'],
        check: (r, c) => assertUnitWrite(c.user, r.unitId),
        unitOf: (r) => r.unitId,
        // Rule 5: a retired inspector is drawn no more.
        data: () => ({ drawable: false }),
      }),
  }),
}));
