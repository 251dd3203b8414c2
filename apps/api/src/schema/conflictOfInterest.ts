// ConflictOfInterest (回避登记): the register of inspector ↔ target relations that forbid matching them (rule 16, G21:
// 执法检查人员与检查对象有利害关系的，应当回避). An entry may be declared ahead of time here, or is recorded when a recusal
// request is approved; random matching, replacement and team confirmation all honour it (matching.ts).
//
// Decisions:
// - An inspector's unit keeps its entries (rule 3: 谁管辖、谁维护), as it keeps the inspector; administrators any.
// - Removing an entry deletes the row; the audit trail keeps the removed entry and the reason for its removal.
//   Teams already formed are not redrawn when an entry is added: confirmTeams refuses a team with a conflicted member,
//   and the member is then replaced by a recusal request.
import type { Prisma } from '@ssj/db/client';
import { builder } from '../builder.ts';
import { audit } from '../audit.ts';
import { notFound, userError } from '../errors.ts';
import { listQueries } from '../listing.ts';
import { assertUnitWrite, requireFields } from '../validation.ts';
import { clock } from '../clock.ts';

export const ConflictOfInterestRef = builder.prismaObject('ConflictOfInterest', {
  description:
    "回避登记：执法检查人员与检查对象有利害关系，随机匹配时不抽取 / A registered conflict of interest: matching never puts the inspector on the target's team (rule 16)",
  authScopes: { signedIn: true },
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    inspectorId: t.exposeID('inspectorId', { description: '执法检查人员 / Inspector' }),
    inspector: t.relation('inspector', { description: '执法检查人员 / Inspector' }),
    targetId: t.exposeID('targetId', { description: '检查对象 / Target' }),
    target: t.relation('target', { description: '检查对象 / Target' }),
    reason: t.exposeString('reason', { description: '利害关系说明 / The interest' }),
    declaredAt: t.expose('declaredAt', { type: 'DateTime', description: '登记时间 / Declared at' }),
    declaredById: t.exposeID('declaredById', { nullable: true, description: '登记人 / Declared by' }),
  }),
});

const ConflictOfInterestFilter = builder.inputType('ConflictOfInterestFilter', {
  description: '回避登记筛选 / Conflict-of-interest filter',
  fields: (t) => ({
    ids: t.idList({ required: false }),
    inspectorId: t.id({ required: false }),
    targetId: t.id({ required: false }),
    targetIds: t.idList({ required: false, description: '检查对象（多个） / Targets' }),
    unitId: t.id({ required: false, description: "执法检查人员所属单位 / The inspector's unit" }),
  }),
});

function where(f: typeof ConflictOfInterestFilter.$inferInput | null | undefined): Prisma.ConflictOfInterestWhereInput {
  return {
    ...(f?.ids ? { id: { in: f.ids.map(String) } } : {}),
    ...(f?.inspectorId ? { inspectorId: String(f.inspectorId) } : {}),
    ...(f?.targetId ? { targetId: String(f.targetId) } : {}),
    ...(f?.targetIds ? { targetId: { in: f.targetIds.map(String) } } : {}),
    ...(f?.unitId ? { inspector: { unitId: String(f.unitId) } } : {}),
  };
}

builder.queryFields((t) => ({
  ...listQueries(t, {
    model: 'ConflictOfInterest',
    plural: 'ConflictOfInterests',
    label: ['回避登记', 'conflict of interest'],
    filter: ConflictOfInterestFilter,
    where,
    sortable: { declaredAt: (dir: 'asc' | 'desc') => ({ declaredAt: dir }) },
    fallback: { field: 'declaredAt', dir: 'desc' },
  }),
}));

builder.mutationFields((t) => ({
  createConflictOfInterest: t.prismaField({
    type: 'ConflictOfInterest',
    description: '登记利害关系（回避）：此后随机匹配和递补不再抽取该人员检查该对象 / Register a conflict of interest ahead of matching (rule 16)',
    authScopes: { writer: true },
    args: {
      inspectorId: t.arg.id({ required: false, description: '执法检查人员 / Inspector' }),
      targetId: t.arg.id({ required: false, description: '检查对象 / Target' }),
      reason: t.arg.string({ required: false, description: '利害关系说明 / The interest' }),
    },
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, { inspectorId: '执法检查人员', targetId: '检查对象', reason: '利害关系说明' });
      const inspectorId = String(args.inspectorId);
      const targetId = String(args.targetId);
      return ctx.prisma.$transaction(async (tx) => {
        const inspector = await tx.inspector.findUnique({ where: { id: inspectorId }, select: { unitId: true } });
        if (!inspector) throw notFound('执法检查人员');
        assertUnitWrite(ctx.user, inspector.unitId);
        if (!(await tx.target.findUnique({ where: { id: targetId }, select: { id: true } }))) throw notFound('检查对象');
        const existing = await tx.conflictOfInterest.findUnique({ where: { inspectorId_targetId: { inspectorId, targetId } }, select: { id: true } });
        if (existing) throw userError('CONFLICT.ALREADY_REGISTERED', undefined, { id: existing.id });
        const created = await tx.conflictOfInterest.create({
          data: { inspectorId, targetId, reason: args.reason!.trim(), declaredAt: clock.now(), declaredById: ctx.user!.id },
        });
        await audit(tx, ctx, {
          action: 'createConflictOfInterest',
          entity: 'ConflictOfInterest',
          entityId: created.id,
          unitId: inspector.unitId,
          after: created,
        });
        return tx.conflictOfInterest.findUniqueOrThrow({ ...query, where: { id: created.id } });
      });
    },
  }),
  deleteConflictOfInterest: t.prismaField({
    type: 'ConflictOfInterest',
    description: '撤销回避登记（须说明理由，审计留痕） / Remove a registered conflict, with a reason kept in the audit trail',
    authScopes: { writer: true },
    args: {
      id: t.arg.id({ required: true }),
      reason: t.arg.string({ required: false, description: '撤销理由 / Why removed' }),
    },
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, { reason: '撤销理由' });
      const id = String(args.id);
      return ctx.prisma.$transaction(async (tx) => {
        const before = await tx.conflictOfInterest.findUnique({ where: { id }, include: { inspector: { select: { unitId: true } } } });
        if (!before) throw notFound('回避登记');
        assertUnitWrite(ctx.user, before.inspector.unitId);
        const shown = await tx.conflictOfInterest.findUniqueOrThrow({ ...query, where: { id } });
        await tx.conflictOfInterest.delete({ where: { id } });
        const { inspector: _i, ...record } = before;
        await audit(tx, ctx, {
          action: 'deleteConflictOfInterest',
          entity: 'ConflictOfInterest',
          entityId: id,
          unitId: before.inspector.unitId,
          before: record,
          after: { removalReason: args.reason },
        });
        return shown;
      });
    },
  }),
}));
