// Target (检查对象) in a TargetLibrary: the objects a draw may select (rules 3, 9, 11; G9).
import type { Prisma } from '@ssj/db/client';
import { builder } from '../builder.ts';
import { audit } from '../audit.ts';
import { notFound, userError } from '../errors.ts';
import { keywordWhere, listQueries } from '../listing.ts';
import { assertUnitWrite, checkCreditCode, defined, refuseBlanking, requireFields } from '../validation.ts';
import { BusinessScaleEnum, CreditStatusEnum, RegistrationStatusEnum, RiskLevelEnum } from './enums.ts';
import { canWriteUnit } from './unit.ts';
import { retireRecord } from '../retiring.ts';
import { lockKey } from '../locking.ts';

export const TargetRef = builder.prismaObject('Target', {
  description: '检查对象（检查对象名录库中的市场主体或项目） / An inspection object in a target library',
  authScopes: { signedIn: true },
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    creditCode: t.exposeString('creditCode', { description: '统一社会信用代码 / Unified social credit code (GB 32100-2015)' }),
    name: t.exposeString('name', { description: '名称 / Name' }),
    libraryId: t.exposeID('libraryId', { description: '所属名录库 / Library' }),
    library: t.relation('library'),
    unitId: t.exposeID('unitId', { description: '维护单位（谁管辖、谁维护） / Maintaining unit' }),
    unit: t.relation('unit'),
    objectType: t.exposeString('objectType', { description: '对象类型 / Object type' }),
    scale: t.expose('scale', { type: BusinessScaleEnum, description: '经营规模 / Business scale' }),
    industry: t.exposeString('industry', { description: '行业 / Industry' }),
    area: t.exposeString('area', { description: '所在镇（街道） / Town or street' }),
    address: t.exposeString('address', { description: '登记住所 / Registered address' }),
    legalRepresentative: t.exposeString('legalRepresentative', { nullable: true, description: '法定代表人 / Legal representative' }),
    contactPhone: t.exposeString('contactPhone', { nullable: true, description: '联系电话 / Contact phone' }),
    riskLevel: t.expose('riskLevel', { type: RiskLevelEnum, description: '风险等级 / Risk level (rule 8)' }),
    creditStatus: t.expose('creditStatus', { type: CreditStatusEnum, description: '信用状况 / Credit status (rules 8, 9)' }),
    registrationStatus: t.expose('registrationStatus', { type: RegistrationStatusEnum, description: '登记状态 / Registration status' }),
    keyIndustry: t.exposeBoolean('keyIndustry', { description: '重点行业（不受年度抽查次数限制） / Key industry, exempt from the yearly cap (rule 9)' }),
    repeatedComplaints: t.exposeBoolean('repeatedComplaints', { description: '投诉举报多（不受次数限制） / Repeated complaints, exempt (rule 9)' }),
    seriousViolation: t.exposeBoolean('seriousViolation', { description: '有严重违法违规记录（不受次数限制） / Serious violations, exempt (rule 9)' }),
    notes: t.exposeString('notes', { nullable: true, description: '备注 / Notes' }),
    retiredAt: t.expose('retiredAt', { type: 'DateTime', nullable: true, description: '停用时间 / Retired at' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    editable: t.boolean({
      description: '当前用户可否修改（本单位记录） / Whether the current user may edit it (own unit)',
      select: { unitId: true },
      resolve: (target, _args, ctx) => canWriteUnit(ctx.user, target.unitId),
    }),
  }),
});

const TargetFilter = builder.inputType('TargetFilter', {
  description: '检查对象筛选 / Target filter',
  fields: (t) => ({
    ids: t.idList({ required: false }),
    q: t.string({ required: false, description: '关键词：名称、信用代码、地址 / Keyword: name, credit code, address' }),
    unitId: t.id({ required: false }),
    libraryId: t.id({ required: false }),
    objectType: t.string({ required: false }),
    scale: t.field({ type: BusinessScaleEnum, required: false }),
    industry: t.string({ required: false }),
    area: t.string({ required: false }),
    riskLevel: t.field({ type: RiskLevelEnum, required: false }),
    creditStatus: t.field({ type: CreditStatusEnum, required: false }),
    registrationStatus: t.field({ type: RegistrationStatusEnum, required: false }),
    includeRetired: t.boolean({ required: false, description: '包含已停用 / Include retired records' }),
  }),
});

type TargetFilterInput = typeof TargetFilter.$inferInput;

export function targetWhere(f: TargetFilterInput | null | undefined): Prisma.TargetWhereInput {
  if (!f) return { retiredAt: null };
  return {
    ...(f.ids ? { id: { in: f.ids.map(String) } } : {}),
    ...(f.includeRetired || f.ids ? {} : { retiredAt: null }),
    ...defined({
      unitId: f.unitId ? String(f.unitId) : undefined,
      libraryId: f.libraryId ? String(f.libraryId) : undefined,
      objectType: f.objectType ?? undefined,
      scale: f.scale ?? undefined,
      industry: f.industry ?? undefined,
      area: f.area ?? undefined,
      riskLevel: f.riskLevel ?? undefined,
      creditStatus: f.creditStatus ?? undefined,
      registrationStatus: f.registrationStatus ?? undefined,
    }),
    AND: keywordWhere<Prisma.TargetWhereInput>(f.q, ['name', 'creditCode', 'address']),
  };
}

export const sortable = {
  name: (dir: 'asc' | 'desc') => ({ name: dir }),
  creditCode: (dir: 'asc' | 'desc') => ({ creditCode: dir }),
  area: (dir: 'asc' | 'desc') => ({ area: dir }),
  objectType: (dir: 'asc' | 'desc') => ({ objectType: dir }),
  riskLevel: (dir: 'asc' | 'desc') => ({ riskLevel: dir }),
  createdAt: (dir: 'asc' | 'desc') => ({ createdAt: dir }),
  updatedAt: (dir: 'asc' | 'desc') => ({ updatedAt: dir }),
} satisfies Record<string, (d: 'asc' | 'desc') => Prisma.TargetOrderByWithRelationInput>;

builder.queryFields((t) =>
  listQueries(t, {
    model: 'Target',
    plural: 'Targets',
    label: ['检查对象', 'target'],
    filter: TargetFilter,
    where: (f) => targetWhere(f),
    sortable,
    fallback: { field: 'name', dir: 'asc' },
  }),
);

const LABELS = {
  creditCode: '统一社会信用代码',
  name: '名称',
  libraryId: '所属名录库',
  objectType: '对象类型',
  scale: '经营规模',
  industry: '行业',
  area: '所在镇（街道）',
  address: '登记住所',
};

const targetArgs = builder.args((t) => ({
  creditCode: t.string({ required: false, description: '统一社会信用代码 / Credit code' }),
  name: t.string({ required: false }),
  libraryId: t.id({ required: false }),
  unitId: t.id({ required: false, description: '维护单位；工作人员只能填本单位 / Maintaining unit; staff may only use their own' }),
  objectType: t.string({ required: false }),
  scale: t.field({ type: BusinessScaleEnum, required: false }),
  industry: t.string({ required: false }),
  area: t.string({ required: false }),
  address: t.string({ required: false }),
  legalRepresentative: t.string({ required: false }),
  contactPhone: t.string({ required: false }),
  riskLevel: t.field({ type: RiskLevelEnum, required: false }),
  creditStatus: t.field({ type: CreditStatusEnum, required: false }),
  registrationStatus: t.field({ type: RegistrationStatusEnum, required: false }),
  keyIndustry: t.boolean({ required: false }),
  repeatedComplaints: t.boolean({ required: false }),
  seriousViolation: t.boolean({ required: false }),
  notes: t.string({ required: false }),
}));

type TargetArgs = {
  [K in
    | keyof typeof LABELS
    | 'unitId'
    | 'legalRepresentative'
    | 'contactPhone'
    | 'riskLevel'
    | 'creditStatus'
    | 'registrationStatus'
    | 'keyIndustry'
    | 'repeatedComplaints'
    | 'seriousViolation'
    | 'notes']?: unknown;
};

async function assertUniqueCreditCode(tx: Prisma.TransactionClient, creditCode: string, exceptId?: string) {
  const existing = await tx.target.findUnique({ where: { creditCode }, select: { id: true, name: true } });
  if (existing && existing.id !== exceptId) {
    throw userError('TARGET.CREDIT_CODE_DUPLICATE', `${creditCode}（${existing.name}）`, { field: 'creditCode' });
  }
}

async function assertLibrary(tx: Prisma.TransactionClient, libraryId: string) {
  const lib = await tx.targetLibrary.findUnique({ where: { id: libraryId }, select: { retiredAt: true } });
  if (!lib || lib.retiredAt) throw userError('VALIDATION.INVALID', '所属名录库不存在或已停用', { field: 'libraryId' });
}

function scalarData(a: TargetArgs) {
  return defined({
    name: a.name as string | undefined,
    objectType: a.objectType as string | undefined,
    scale: a.scale as Prisma.TargetCreateInput['scale'] | undefined,
    industry: a.industry as string | undefined,
    area: a.area as string | undefined,
    address: a.address as string | undefined,
    legalRepresentative: a.legalRepresentative as string | null | undefined,
    contactPhone: a.contactPhone as string | null | undefined,
    riskLevel: (a.riskLevel ?? undefined) as Prisma.TargetCreateInput['riskLevel'],
    creditStatus: (a.creditStatus ?? undefined) as Prisma.TargetCreateInput['creditStatus'],
    registrationStatus: (a.registrationStatus ?? undefined) as Prisma.TargetCreateInput['registrationStatus'],
    keyIndustry: (a.keyIndustry ?? undefined) as boolean | undefined,
    repeatedComplaints: (a.repeatedComplaints ?? undefined) as boolean | undefined,
    seriousViolation: (a.seriousViolation ?? undefined) as boolean | undefined,
    notes: a.notes as string | null | undefined,
  });
}

builder.mutationFields((t) => ({
  createTarget: t.prismaField({
    type: 'Target',
    description: '新增检查对象 / Create a target',
    authScopes: { writer: true },
    args: targetArgs,
    resolve: async (query, _root, args, ctx) => {
      requireFields(args, LABELS);
      const unitId = args.unitId ? String(args.unitId) : ctx.user!.unitId;
      assertUnitWrite(ctx.user, unitId);
      const creditCode = checkCreditCode(args.creditCode!);
      return ctx.prisma.$transaction(async (tx) => {
        // One credit code, one target: parallel creations of the same code wait for each other here.
        await lockKey(tx, `Target.creditCode:${creditCode}`);
        await assertUniqueCreditCode(tx, creditCode);
        await assertLibrary(tx, String(args.libraryId));
        const created = await tx.target.create({
          data: {
            ...(scalarData(args) as Omit<Prisma.TargetUncheckedCreateInput, 'creditCode' | 'libraryId' | 'unitId'>),
            creditCode,
            libraryId: String(args.libraryId),
            unitId,
          } as Prisma.TargetUncheckedCreateInput,
        });
        await audit(tx, ctx, { action: 'createTarget', entity: 'Target', entityId: created.id, unitId, after: created });
        return tx.target.findUniqueOrThrow({ ...query, where: { id: created.id } });
      });
    },
  }),
  updateTarget: t.prismaField({
    type: 'Target',
    description: '修改检查对象 / Update a target',
    authScopes: { writer: true },
    args: { id: t.arg.id({ required: true }), ...targetArgs },
    resolve: async (query, _root, args, ctx) => {
      const id = String(args.id);
      refuseBlanking(args, LABELS);
      return ctx.prisma.$transaction(async (tx) => {
        const before = await tx.target.findUnique({ where: { id } });
        if (!before) throw notFound('检查对象');
        assertUnitWrite(ctx.user, before.unitId);
        const unitId = args.unitId ? String(args.unitId) : before.unitId;
        if (unitId !== before.unitId) assertUnitWrite(ctx.user, unitId);
        const data: Prisma.TargetUncheckedUpdateInput = { ...scalarData(args), unitId };
        if (args.creditCode) {
          data.creditCode = checkCreditCode(args.creditCode);
          await assertUniqueCreditCode(tx, data.creditCode, id);
        }
        if (args.libraryId) {
          await assertLibrary(tx, String(args.libraryId));
          data.libraryId = String(args.libraryId);
        }
        const after = await tx.target.update({ where: { id }, data });
        await audit(tx, ctx, { action: 'updateTarget', entity: 'Target', entityId: id, unitId, before, after });
        return tx.target.findUniqueOrThrow({ ...query, where: { id } });
      });
    },
  }),
  deleteTarget: t.prismaField({
    type: 'Target',
    description: '删除检查对象；已被抽取或检查过的改为停用 / Delete a target; one with history is retired instead',
    authScopes: { writer: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      retireRecord(ctx, query, String(args.id), {
        model: 'Target',
        label: '检查对象',
        usedBy: ['drawnIn', 'tasks', 'conflicts', 'visits'],
        check: (r, c) => assertUnitWrite(c.user, r.unitId),
        unitOf: (r) => r.unitId,
      }),
  }),
}));
