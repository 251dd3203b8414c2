// The publication outbox in the admin (issue 16, docs/publication.md): the documents with their per-receiver
// delivery state, the receivers (lead unit's administrators manage them), the delivery log, and re-sending.
// Delivery itself runs as queue jobs (publication/delivery.ts); a change here wakes it through ctx.published.
import { DELIVERY_STATE, deliveryState, isPublicationKind, PUBLICATION_KINDS } from '@ssj/domain';
import { builder } from '../builder.ts';
import { audit } from '../audit.ts';
import { notFound, userError } from '../errors.ts';
import { clock } from '../clock.ts';
import type { Context } from '../context.ts';

type ReceiverRow = {
  id: string;
  name: string;
  url: string;
  authHeaderName: string | null;
  authHeaderValue: string | null;
  kinds: string[];
  active: boolean;
  deliveredSeq: bigint;
  failures: number;
  nextAttemptAt: Date | null;
  lastError: string | null;
  createdAt: Date;
};

const ReceiverRef = builder.objectRef<ReceiverRow & { pending: number; nextSeq: bigint | null }>('PublicationReceiver').implement({
  description: '公示文档接收方 / A system the outbox delivers to',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name', { description: '名称 / Name' }),
    url: t.exposeString('url', { description: '接收地址 / URL' }),
    authHeaderName: t.exposeString('authHeaderName', { nullable: true, description: '认证请求头名称 / Auth header name' }),
    hasAuthHeader: t.boolean({
      description: '已设置认证请求头的值（值不回显） / An auth header value is set (never shown)',
      resolve: (r) => !!r.authHeaderValue,
    }),
    kinds: t.exposeStringList('kinds', { description: '接收的文档类型 / Document kinds it takes' }),
    active: t.exposeBoolean('active', { description: '启用 / Active' }),
    deliveredSeq: t.string({ description: '已按序送达至此序号 / Delivered in order up to this sequence number', resolve: (r) => String(r.deliveredSeq) }),
    failures: t.exposeInt('failures', { description: '当前文档连续失败次数 / Consecutive failures at the next document' }),
    nextAttemptAt: t.expose('nextAttemptAt', { type: 'DateTime', nullable: true, description: '下次重试时间 / Next retry' }),
    lastError: t.exposeString('lastError', { nullable: true, description: '最近一次错误 / Last error' }),
    pending: t.exposeInt('pending', { description: '待推送文档数 / Documents waiting' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

type Delivery = { receiverId: string; receiverName: string; state: string };
const DeliveryRef = builder.objectRef<Delivery>('PublicationDeliveryState').implement({
  description: '文档对一个接收方的推送状态 / Where a document stands for one receiver',
  fields: (t) => ({
    receiverId: t.exposeID('receiverId'),
    receiverName: t.exposeString('receiverName'),
    state: t.exposeString('state', { description: DELIVERY_STATE.values.join(' / ') }),
  }),
});

type DocRow = {
  id: string;
  seq: bigint;
  kind: string;
  schemaVersion: number;
  subjectKey: string;
  entity: string;
  entityId: string;
  occurredAt: Date;
  document: unknown;
  deliveries: Delivery[];
};
const DocumentRef = builder.objectRef<DocRow>('PublicationDocument').implement({
  description: '公示文档（发件箱中的一条） / One document of the publication outbox',
  fields: (t) => ({
    id: t.exposeID('id', { description: '编号，也是推送的幂等键 / Id, also the idempotency key of its deliveries' }),
    seq: t.string({ description: '序号（提交顺序） / Sequence number (commit order)', resolve: (d) => String(d.seq) }),
    kind: t.exposeString('kind'),
    schemaVersion: t.exposeInt('schemaVersion'),
    subjectKey: t.exposeString('subjectKey', { description: '统一社会信用代码 / Unified social credit code' }),
    entity: t.exposeString('entity'),
    entityId: t.exposeString('entityId'),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
    document: t.field({ type: 'JSON', resolve: (d) => d.document }),
    deliveries: t.field({ type: [DeliveryRef], resolve: (d) => d.deliveries }),
  }),
});

type AttemptRow = {
  id: string;
  at: Date;
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  receiver: { name: string };
  document: { id: string; seq: bigint; kind: string };
};
const AttemptRef = builder.objectRef<AttemptRow>('PublicationDeliveryAttempt').implement({
  description: '推送记录 / One delivery attempt',
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.expose('at', { type: 'DateTime' }),
    ok: t.exposeBoolean('ok'),
    statusCode: t.exposeInt('statusCode', { nullable: true }),
    error: t.exposeString('error', { nullable: true }),
    durationMs: t.exposeInt('durationMs'),
    receiverName: t.string({ resolve: (a) => a.receiver.name }),
    documentId: t.string({ resolve: (a) => a.document.id }),
    documentSeq: t.string({ resolve: (a) => String(a.document.seq) }),
    kind: t.string({ resolve: (a) => a.document.kind }),
  }),
});

const PageRef = builder.objectRef<{ total: number; documents: DocRow[] }>('PublicationDocumentPage').implement({
  description: '一页公示文档及总数 / One page of outbox documents with the total',
  fields: (t) => ({
    total: t.exposeInt('total'),
    documents: t.field({ type: [DocumentRef], resolve: (p) => p.documents }),
  }),
});

async function receiversWithState(ctx: Context) {
  const rows = await ctx.prisma.publicationReceiver.findMany({ orderBy: { createdAt: 'asc' } });
  return Promise.all(
    rows.map(async (r) => {
      const where = { seq: { gt: r.deliveredSeq }, kind: { in: r.kinds } };
      const [pending, next] = await Promise.all([
        ctx.prisma.publicationDocument.count({ where }),
        ctx.prisma.publicationDocument.findFirst({ where, orderBy: { seq: 'asc' }, select: { seq: true } }),
      ]);
      return { ...r, pending, nextSeq: next?.seq ?? null };
    }),
  );
}

builder.queryFields((t) => ({
  publicationKinds: t.stringList({
    description: '公示文档类型 / The document kinds',
    authScopes: { signedIn: true },
    resolve: () => [...PUBLICATION_KINDS],
  }),
  publicationReceivers: t.field({
    type: [ReceiverRef],
    description: '公示文档接收方（管理员） / Receivers of the outbox (administrators)',
    authScopes: { admin: true },
    resolve: (_r, _a, ctx) => receiversWithState(ctx),
  }),
  publicationDocuments: t.field({
    type: PageRef,
    description: '发件箱中的公示文档，新的在前，含各接收方的推送状态（管理员） / Outbox documents, newest first, with their state per receiver',
    authScopes: { admin: true },
    args: {
      kind: t.arg.string({ required: false }),
      subjectKey: t.arg.string({ required: false, description: '统一社会信用代码 / Credit code' }),
      page: t.arg.int({ required: false }),
      perPage: t.arg.int({ required: false }),
    },
    resolve: async (_r, args, ctx) => {
      const perPage = Math.min(Math.max(args.perPage ?? 25, 1), 200);
      const page = Math.max(args.page ?? 0, 0);
      const where = {
        ...(args.kind ? { kind: args.kind } : {}),
        ...(args.subjectKey?.trim() ? { subjectKey: args.subjectKey.trim().toUpperCase() } : {}),
      };
      const [total, docs, receivers] = await Promise.all([
        ctx.prisma.publicationDocument.count({ where }),
        ctx.prisma.publicationDocument.findMany({ where, orderBy: { seq: 'desc' }, skip: page * perPage, take: perPage }),
        receiversWithState(ctx),
      ]);
      return {
        total,
        documents: docs.map((d) => ({
          ...d,
          deliveries: receivers.map((r) => ({ receiverId: r.id, receiverName: r.name, state: deliveryState(d, r) })),
        })),
      };
    },
  }),
  publicationDeliveryLog: t.field({
    type: [AttemptRef],
    description: '推送记录，新的在前（管理员） / The delivery log, newest first (administrators)',
    authScopes: { admin: true },
    args: { receiverId: t.arg.id({ required: false }), documentId: t.arg.id({ required: false }), take: t.arg.int({ required: false }) },
    resolve: (_r, args, ctx) =>
      ctx.prisma.publicationDeliveryAttempt.findMany({
        where: { ...(args.receiverId ? { receiverId: String(args.receiverId) } : {}), ...(args.documentId ? { documentId: String(args.documentId) } : {}) },
        orderBy: [{ at: 'desc' }, { id: 'desc' }],
        take: Math.min(Math.max(args.take ?? 50, 1), 500),
        include: { receiver: { select: { name: true } }, document: { select: { id: true, seq: true, kind: true } } },
      }),
  }),
}));

function receiverFields(a: {
  name?: string | null;
  url?: string | null;
  authHeaderName?: string | null;
  authHeaderValue?: string | null;
  kinds?: string[] | null;
  active?: boolean | null;
}) {
  const out: Record<string, unknown> = {};
  if (a.name !== undefined) {
    if (!a.name?.trim()) throw userError('VALIDATION.REQUIRED', '名称', { field: 'name' });
    out.name = a.name.trim();
  }
  if (a.url !== undefined) {
    let ok = false;
    try {
      const u = new URL(a.url ?? '');
      ok = u.protocol === 'http:' || u.protocol === 'https:';
    } catch {}
    if (!ok) throw userError('PUBLICATION.RECEIVER_URL_INVALID', undefined, { field: 'url' });
    out.url = a.url!.trim();
  }
  if (a.kinds !== undefined) {
    const kinds = [...new Set(a.kinds ?? [])];
    if (kinds.length === 0 || !kinds.every(isPublicationKind)) throw userError('PUBLICATION.RECEIVER_KINDS_INVALID', undefined, { field: 'kinds' });
    out.kinds = kinds;
  }
  if (a.authHeaderName !== undefined) {
    const n = a.authHeaderName?.trim() || null;
    if (n && !/^[A-Za-z0-9-]{1,100}$/.test(n)) throw userError('VALIDATION.INVALID', '认证请求头名称', { field: 'authHeaderName' });
    out.authHeaderName = n;
  }
  if (a.authHeaderValue !== undefined) out.authHeaderValue = a.authHeaderValue || null;
  if (a.active !== undefined && a.active !== null) out.active = a.active;
  return out;
}

/** What the audit trail keeps of a receiver: never the auth header's value. */
const receiverAudit = (r: ReceiverRow) => ({
  name: r.name,
  url: r.url,
  authHeaderName: r.authHeaderName,
  hasAuthHeader: !!r.authHeaderValue,
  kinds: r.kinds,
  active: r.active,
});

async function withState(ctx: Context, id: string) {
  const all = await receiversWithState(ctx);
  const r = all.find((x) => x.id === id);
  if (!r) throw notFound('接收方');
  return r;
}

const duplicateName = (e: unknown) => (e as { code?: string }).code === 'P2002' || String(e).includes('Unique constraint');

builder.mutationFields((t) => ({
  createPublicationReceiver: t.field({
    type: ReceiverRef,
    description:
      '新增接收方（管理员）；默认从现在起推送，fromStart 为真时从第一份文档起按序补推 / Add a receiver; it gets documents from now on, or all of them in order with fromStart',
    authScopes: { $all: { admin: true, writer: true } },
    args: {
      name: t.arg.string({ required: true }),
      url: t.arg.string({ required: true }),
      authHeaderName: t.arg.string({ required: false }),
      authHeaderValue: t.arg.string({ required: false }),
      kinds: t.arg.stringList({ required: true }),
      active: t.arg.boolean({ required: false }),
      fromStart: t.arg.boolean({ required: false }),
    },
    resolve: async (_r, args, ctx) => {
      const data = receiverFields(args) as { name: string; url: string; kinds: string[] };
      const created = await ctx.prisma
        .$transaction(async (tx) => {
          const head = args.fromStart ? null : await tx.publicationDocument.findFirst({ orderBy: { seq: 'desc' }, select: { seq: true } });
          if (await tx.publicationReceiver.findUnique({ where: { name: data.name }, select: { id: true } })) {
            throw userError('PUBLICATION.RECEIVER_NAME_DUPLICATE', data.name, { field: 'name' });
          }
          const r = await tx.publicationReceiver.create({ data: { ...data, deliveredSeq: head?.seq ?? 0n } });
          await audit(tx, ctx, { action: 'createPublicationReceiver', entity: 'PublicationReceiver', entityId: r.id, after: receiverAudit(r) });
          return r;
        })
        .catch((e: unknown) => {
          throw duplicateName(e) ? userError('PUBLICATION.RECEIVER_NAME_DUPLICATE', args.name, { field: 'name' }) : e;
        });
      ctx.published = (ctx.published ?? 0) + 1;
      return withState(ctx, created.id);
    },
  }),
  updatePublicationReceiver: t.field({
    type: ReceiverRef,
    description: '修改接收方（管理员）；不填认证请求头的值则保留原值 / Change a receiver; an auth header value left out is kept',
    authScopes: { $all: { admin: true, writer: true } },
    args: {
      id: t.arg.id({ required: true }),
      name: t.arg.string({ required: false }),
      url: t.arg.string({ required: false }),
      authHeaderName: t.arg.string({ required: false }),
      authHeaderValue: t.arg.string({ required: false }),
      kinds: t.arg.stringList({ required: false }),
      active: t.arg.boolean({ required: false }),
    },
    resolve: async (_r, args, ctx) => {
      const id = String(args.id);
      // Left out (or null): kept. An empty auth header value removes it; a null auth header name too.
      const data = receiverFields({
        name: args.name ?? undefined,
        url: args.url ?? undefined,
        kinds: args.kinds ?? undefined,
        active: args.active ?? undefined,
        authHeaderName: args.authHeaderName,
        authHeaderValue: args.authHeaderValue ?? undefined,
      });
      await ctx.prisma
        .$transaction(async (tx) => {
          const before = await tx.publicationReceiver.findUnique({ where: { id } });
          if (!before) throw notFound('接收方');
          if (
            data.name &&
            data.name !== before.name &&
            (await tx.publicationReceiver.findUnique({ where: { name: data.name as string }, select: { id: true } }))
          ) {
            throw userError('PUBLICATION.RECEIVER_NAME_DUPLICATE', data.name as string, { field: 'name' });
          }
          const after = await tx.publicationReceiver.update({ where: { id }, data });
          await audit(tx, ctx, {
            action: 'updatePublicationReceiver',
            entity: 'PublicationReceiver',
            entityId: id,
            before: receiverAudit(before),
            after: receiverAudit(after),
          });
        })
        .catch((e: unknown) => {
          throw duplicateName(e) ? userError('PUBLICATION.RECEIVER_NAME_DUPLICATE', args.name ?? undefined, { field: 'name' }) : e;
        });
      ctx.published = (ctx.published ?? 0) + 1;
      return withState(ctx, id);
    },
  }),
  deletePublicationReceiver: t.boolean({
    description: '删除接收方及其推送记录（管理员） / Remove a receiver with its delivery log',
    authScopes: { $all: { admin: true, writer: true } },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_r, args, ctx) => {
      const id = String(args.id);
      await ctx.prisma.$transaction(async (tx) => {
        const before = await tx.publicationReceiver.findUnique({ where: { id } });
        if (!before) throw notFound('接收方');
        await tx.publicationReceiver.delete({ where: { id } });
        await audit(tx, ctx, { action: 'deletePublicationReceiver', entity: 'PublicationReceiver', entityId: id, before: receiverAudit(before) });
      });
      return true;
    },
  }),
  resendPublicationDocument: t.field({
    type: ReceiverRef,
    description:
      '重新推送（管理员）：从该文档起按序重新推送给该接收方（幂等键不变，接收方可据此去重） / Re-send from this document on, in order (same idempotency keys)',
    authScopes: { $all: { admin: true, writer: true } },
    args: { documentId: t.arg.id({ required: true }), receiverId: t.arg.id({ required: true }) },
    resolve: async (_r, args, ctx) => {
      const receiverId = String(args.receiverId);
      await ctx.prisma.$transaction(async (tx) => {
        const doc = await tx.publicationDocument.findUnique({ where: { id: String(args.documentId) }, select: { id: true, seq: true, kind: true } });
        if (!doc) throw notFound('公示文档');
        const r = await tx.publicationReceiver.findUnique({ where: { id: receiverId } });
        if (!r) throw notFound('接收方');
        if (!r.kinds.includes(doc.kind)) throw userError('PUBLICATION.NOT_SUBSCRIBED', undefined, { field: 'receiverId' });
        const deliveredSeq = r.deliveredSeq < doc.seq - 1n ? r.deliveredSeq : doc.seq - 1n;
        await tx.publicationReceiver.update({ where: { id: receiverId }, data: { deliveredSeq, failures: 0, nextAttemptAt: null, lastError: null } });
        await audit(tx, ctx, {
          action: 'resendPublicationDocument',
          entity: 'PublicationReceiver',
          entityId: receiverId,
          before: { deliveredSeq: String(r.deliveredSeq) },
          after: { deliveredSeq: String(deliveredSeq), documentId: doc.id, at: clock.now() },
        });
      });
      ctx.published = (ctx.published ?? 0) + 1;
      return withState(ctx, receiverId);
    },
  }),
}));
