// AuditEvent: append-only trail of every mutation (G4, G5). Readable, never writable, through the API.
import type { Prisma } from '@ssj/db/client';
import { AUDIT_CHAIN_BREAK_MESSAGES, maskPersonalData, parseAuditChainHead, type AuditChainStatus } from '@ssj/domain';
import { builder } from '../builder.ts';
import { verifyAuditChain } from '../auditChain.ts';
import { type AuditChange, auditChanges, recordName, snapshotName } from '../auditRecords.ts';
import { forbidden, userError } from '../errors.ts';
import { keywordWhere, listQueries } from '../listing.ts';
import type { Context } from '../context.ts';

/**
 * Personal data in a snapshot, masked at read time by the rule the lists follow (the trail itself is append-only):
 * the lead unit reads it whole; unit staff read their own unit's events (the only ones they see) whole, except
 * experts' (the lead unit's alone); leadership and analysts never read ID or phone numbers.
 */
function personal(ctx: Context, entity: string, snapshot: Prisma.JsonValue | null): Prisma.JsonValue | null {
  const role = ctx.user?.role;
  if (role === 'ADMIN' || (role === 'UNIT_STAFF' && entity !== 'Expert')) return snapshot;
  return maskPersonalData(snapshot) as Prisma.JsonValue | null;
}

/** An audit event's id is its sequence number; anything else names no event. */
const auditId = (s: string): bigint | null => (/^\d{1,18}$/.test(s) ? BigInt(s) : null);

const AuditChangeRef = builder.objectRef<AuditChange>('AuditChange').implement({
  description: '留痕记录中一个字段的修改前后 / One field of an audit event, before and after',
  fields: (t) => ({
    field: t.exposeString('field', { description: '字段名 / Field name as stored' }),
    enum: t.exposeString('enum', { nullable: true, description: '取值所属枚举（如 TaskStatus） / The enum its values belong to' }),
    reference: t.exposeString('reference', { nullable: true, description: '所引用的对象类型（如 Unit） / The entity its value references' }),
    before: t.field({ type: 'JSON', nullable: true, description: '修改前 / Before', resolve: (c) => c.before as never }),
    after: t.field({ type: 'JSON', nullable: true, description: '修改后 / After', resolve: (c) => c.after as never }),
    beforeName: t.exposeString('beforeName', { nullable: true, description: '修改前所引用对象的名称 / Name of the record referenced before' }),
    afterName: t.exposeString('afterName', { nullable: true, description: '修改后所引用对象的名称 / Name of the record referenced after' }),
    inBefore: t.exposeBoolean('inBefore', { description: '修改前的快照含该字段 / The before snapshot holds the field' }),
    inAfter: t.exposeBoolean('inAfter', { description: '修改后的快照含该字段（未含即未改动） / The after snapshot holds it (if not, it was not touched)' }),
    changed: t.exposeBoolean('changed', { description: '本次操作改动了该字段 / The event changed this field' }),
  }),
});

export const AuditEventRef = builder.prismaObject('AuditEvent', {
  description: '操作留痕记录（只增不改） / Audit trail entry, append-only',
  authScopes: { signedIn: true },
  select: { id: true },
  fields: (t) => ({
    id: t.id({ select: { id: true }, resolve: (e) => e.id.toString() }),
    seq: t.id({ select: { seq: true }, description: '审计链序号 / Position in the hash chain', resolve: (e) => e.seq.toString() }),
    hash: t.exposeString('hash', { description: "本条记录的哈希（SHA-256） / This event's chain hash" }),
    at: t.expose('at', { type: 'DateTime', description: '时间 / When' }),
    actorId: t.exposeID('actorId', { nullable: true }),
    actorName: t.exposeString('actorName', { description: '操作人 / Who' }),
    unitId: t.exposeID('unitId', { nullable: true, description: '所属单位 / Unit' }),
    action: t.exposeString('action', { description: '操作 / Mutation' }),
    entity: t.exposeString('entity', { description: '对象类型 / Entity' }),
    entityId: t.exposeID('entityId', { nullable: true }),
    entityName: t.string({
      nullable: true,
      description: '所涉对象的名称（已删除的对象取其最后的快照） / Name of the record (a deleted one: from its last snapshot)',
      select: { entity: true, entityId: true, before: true, after: true },
      resolve: async (e, _a, ctx) => (await recordName(ctx, e.entity, e.entityId)) ?? snapshotName(e.after) ?? snapshotName(e.before),
    }),
    changes: t.field({
      type: [AuditChangeRef],
      description: '逐字段的修改前后，引用的对象以名称给出 / Field by field, before and after, referenced records named',
      select: { entity: true, before: true, after: true },
      resolve: (e, _a, ctx) => auditChanges(ctx, e.entity, personal(ctx, e.entity, e.before), personal(ctx, e.entity, e.after)),
    }),
    before: t.field({
      type: 'JSON',
      nullable: true,
      description: '修改前 / Before',
      select: { before: true, entity: true },
      resolve: (e, _a, ctx) => personal(ctx, e.entity, e.before),
    }),
    after: t.field({
      type: 'JSON',
      nullable: true,
      description: '修改后 / After',
      select: { after: true, entity: true },
      resolve: (e, _a, ctx) => personal(ctx, e.entity, e.after),
    }),
  }),
});

const AuditEventFilter = builder.inputType('AuditEventFilter', {
  description: '留痕记录筛选 / Audit event filter',
  fields: (t) => ({
    ids: t.idList({ required: false }),
    q: t.string({ required: false, description: '关键词：操作人、操作 / Keyword: actor, action' }),
    entity: t.string({ required: false }),
    entityId: t.id({ required: false }),
    actorId: t.id({ required: false }),
    unitId: t.id({ required: false }),
    action: t.string({ required: false }),
    from: t.field({ type: 'DateTime', required: false, description: '起始时间 / From' }),
    to: t.field({ type: 'DateTime', required: false, description: '截止时间 / To' }),
  }),
});

// ADMIN and LEADER read the whole trail; others read their own unit's.
function where(ctx: Context, f: typeof AuditEventFilter.$inferInput | null | undefined): Prisma.AuditEventWhereInput {
  const all = ctx.user?.role === 'ADMIN' || ctx.user?.role === 'LEADER';
  return {
    ...(all ? {} : { unitId: ctx.user?.unitId ?? '__none__' }),
    ...(f?.ids ? { id: { in: f.ids.map((i) => auditId(String(i))).filter((i) => i !== null) } } : {}),
    ...(f?.entity ? { entity: f.entity } : {}),
    ...(f?.entityId ? { entityId: String(f.entityId) } : {}),
    ...(f?.actorId ? { actorId: String(f.actorId) } : {}),
    ...(f?.unitId ? { unitId: String(f.unitId) } : {}),
    ...(f?.action ? { action: f.action } : {}),
    ...(f?.from || f?.to ? { at: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lte: f.to } : {}) } } : {}),
    AND: keywordWhere<Prisma.AuditEventWhereInput>(f?.q, ['actorName', 'action', 'entity']),
  };
}

builder.queryFields((t) =>
  listQueries(t, {
    model: 'AuditEvent',
    plural: 'AuditEvents',
    label: ['留痕记录', 'audit event'],
    filter: AuditEventFilter,
    where: (f, ctx) => where(ctx, f),
    sortable: { at: (dir) => ({ at: dir }), action: (dir) => ({ action: dir }), entity: (dir) => ({ entity: dir }) },
    fallback: { field: 'at', dir: 'desc' },
    // Newest first: the sequence breaks ties the same way.
    tieBreaker: { id: 'desc' },
    // The id is the event's sequence number; an event of another unit is no event for this reader.
    byId: (id, ctx) => {
      const seq = auditId(id);
      return seq === null ? null : { ...where(ctx, null), id: seq };
    },
  }),
);

// ——— the hash chain ——————————————————————————————————————————————————————————————

const AuditChainStatusRef = builder.objectRef<AuditChainStatus>('AuditChainStatus').implement({
  description: "审计链校验结果 / Result of verifying the audit trail's hash chain",
  fields: (t) => ({
    intact: t.exposeBoolean('intact', { description: '审计链完整 / Every event verifies' }),
    events: t.exposeInt('events', { description: '校验通过的记录数 / Events verified' }),
    headSeq: t.exposeInt('headSeq', { nullable: true, description: '链头序号（完整时请记下） / Seq of the last verified event' }),
    headHash: t.exposeString('headHash', { nullable: true, description: '链头哈希 / Hash of the last verified event' }),
    brokenAt: t.exposeInt('brokenAt', { nullable: true, description: '断开处的序号 / Seq where the chain breaks' }),
    reason: t.exposeString('reason', { nullable: true, description: 'GAP | LINK | CONTENT | HEAD_MISSING | HEAD_MISMATCH' }),
    message: t.string({ nullable: true, description: '断开原因 / Why it breaks', resolve: (s) => (s.reason ? AUDIT_CHAIN_BREAK_MESSAGES[s.reason] : null) }),
  }),
});

builder.queryFields((t) => ({
  auditChainStatus: t.field({
    type: AuditChainStatusRef,
    description:
      '校验审计链：逐条重算哈希（管理员、局领导） / Verify the audit hash chain (ADMIN, LEADER). expectedHead: a head written down earlier, "<seq>:<hash>"',
    authScopes: { session: true },
    args: { expectedHead: t.arg.string({ required: false, description: '此前记下的链头 "<序号>:<哈希>" / An earlier head, "<seq>:<hash>"' }) },
    resolve: async (_r, args, ctx) => {
      if (ctx.user?.role !== 'ADMIN' && ctx.user?.role !== 'LEADER') throw forbidden();
      const expected = args.expectedHead?.trim() ? parseAuditChainHead(args.expectedHead) : null;
      if (args.expectedHead?.trim() && !expected) throw userError('VALIDATION.INVALID', '链头格式应为“序号:64 位十六进制哈希”', { field: 'expectedHead' });
      return verifyAuditChain(ctx.prisma, { expectedHead: expected });
    },
  }),
}));
