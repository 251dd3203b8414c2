// Writing the publication outbox (issue 16, docs/publication.md). Each publishing command calls one of these with
// its transaction, after its own writes: the loader reads what the document needs through the same transaction,
// the domain builds the document (packages/domain/src/publication.ts), and the row is inserted there — so the
// change and its document commit together or not at all. The database numbers the row (`seq`) in commit order.
import type { Prisma } from '@ssj/db/client';
import {
  checklistVersionDocument,
  correctionSignedDocument,
  drawLockedDocument,
  planDocument,
  type PublicationDraft,
  type Publisher,
  publisherProblem,
  resultPublishedDocument,
  taskAnnouncementDocument,
  taskWithheldDocument,
} from '@ssj/domain';
import type { Context } from '../context.ts';

type Tx = Prisma.TransactionClient;

/** The Setting row holding the publishing bureau ({ creditCode, name }). */
export const PUBLISHER_SETTING = 'publicationPublisher';

/** Until the lead unit sets the bureau's own code (Setting publicationPublisher), the demo bureau's. */
export const DEFAULT_PUBLISHER: Publisher = { creditCode: '11370303MB00000010', name: '演示区自然资源局' };

export async function getPublisher(tx: Pick<Tx, 'setting'>): Promise<Publisher> {
  const row = await tx.setting.findUnique({ where: { key: PUBLISHER_SETTING } });
  const v = row?.value as { creditCode?: unknown; name?: unknown } | undefined;
  if (v && typeof v.creditCode === 'string' && typeof v.name === 'string' && !publisherProblem({ creditCode: v.creditCode, name: v.name })) {
    return { creditCode: v.creditCode, name: v.name };
  }
  return DEFAULT_PUBLISHER;
}

/** Marks the request as one that wrote documents: the delivery is woken once it has answered (yoga.ts). */
export type PublishingContext = Pick<Context, 'user'> & { published?: number };

async function record(tx: Tx, ctx: PublishingContext, d: PublicationDraft, ref: { entity: string; entityId: string; unitId: string | null }) {
  await tx.publicationDocument.create({
    data: {
      kind: d.kind,
      schemaVersion: d.schemaVersion,
      subjectKey: d.subjectKey,
      entity: ref.entity,
      entityId: ref.entityId,
      unitId: ref.unitId,
      occurredAt: d.occurredAt,
      document: d.document as Prisma.InputJsonValue,
    },
  });
  ctx.published = (ctx.published ?? 0) + 1;
}

/** A checklist item's version (rule 1): after its CheckItemVersion row is written. */
export async function publishCheckItemVersion(tx: Tx, ctx: PublishingContext, checkItemId: string, version: number) {
  const v = await tx.checkItemVersion.findUniqueOrThrow({
    where: { checkItemId_version: { checkItemId, version } },
    include: { checkItem: { include: { unit: { select: { name: true } } } } },
  });
  const i = v.checkItem;
  const d = checklistVersionDocument(await getPublisher(tx), {
    item: { ...i, methods: i.methods, unitName: i.unit.name },
    version: v.version,
    change: v.change,
    notice: v.notice,
    changedAt: v.changedAt,
  });
  await record(tx, ctx, d, { entity: 'CheckItemVersion', entityId: v.id, unitId: i.unitId });
}

/** A plan as filed in `version` (rule 7): after the plan and its PlanAdjustment row are written. */
export async function publishPlanVersion(tx: Tx, ctx: PublishingContext, planId: string) {
  const p = await tx.plan.findUniqueOrThrow({
    where: { id: planId },
    include: { unit: { select: { name: true } }, items: { include: { checkItem: { select: { code: true, name: true } } } } },
  });
  const adj = await tx.planAdjustment.findUnique({ where: { planId_version: { planId, version: p.version } } });
  const d = planDocument(await getPublisher(tx), {
    year: p.year,
    title: p.title,
    unitName: p.unit.name,
    version: p.version,
    event: p.version <= 1 ? 'FILED' : 'ADJUSTED',
    reason: adj?.reason ?? '',
    filedWith: p.filedWith,
    filedAt: adj?.filedAt ?? p.filedAt ?? new Date(0),
    items: p.items.map((i) => ({
      checkItemCode: i.checkItem.code,
      checkItemName: i.checkItem.name,
      scope: i.scope,
      windowFrom: i.windowFrom,
      windowTo: i.windowTo,
      estimatedCount: i.estimatedCount,
      ratio: i.ratio,
      temporary: i.temporary,
    })),
  });
  await record(tx, ctx, d, { entity: 'Plan', entityId: `${planId}@${p.version}`, unitId: p.unitId });
}

const taskRefSelect = { id: true, code: true, name: true, isPublic: true, ownerUnitId: true } as const;

/** A task's announcement with the draw's commitment (rule 17): after announceDraw stored the commitment. */
export async function publishTaskAnnouncement(tx: Tx, ctx: PublishingContext, taskId: string, at: Date) {
  const t = await tx.task.findUniqueOrThrow({
    where: { id: taskId },
    include: {
      ownerUnit: { select: { name: true } },
      executingUnit: { select: { name: true } },
      checkItems: { include: { checkItem: { select: { code: true, name: true } } } },
      classes: { select: { key: true, label: true, ratio: true, count: true } },
    },
  });
  const d = taskAnnouncementDocument(await getPublisher(tx), {
    task: {
      code: t.code,
      name: t.name,
      windowFrom: t.windowFrom,
      windowTo: t.windowTo,
      ownerUnitName: t.ownerUnit.name,
      executingUnitName: t.executingUnit.name,
      checkItems: t.checkItems.map((c) => c.checkItem),
      classes: t.classes,
    },
    seedCommitment: t.seedCommitment ?? '',
    announcedAt: at,
  });
  await record(tx, ctx, d, { entity: 'Task', entityId: taskId, unitId: t.ownerUnitId });
}

/** A locked draw (rules 13, 17): after lockDraw dispatched it. */
export async function publishLockedDraw(tx: Tx, ctx: PublishingContext, drawId: string) {
  const dr = await tx.draw.findUniqueOrThrow({
    where: { id: drawId },
    select: {
      id: true,
      kind: true,
      sequence: true,
      candidateCount: true,
      candidateListHash: true,
      seedCommitment: true,
      seed: true,
      drawnAt: true,
      lockedAt: true,
      task: { select: taskRefSelect },
      drawn: { select: { target: { select: { creditCode: true, name: true } } } },
    },
  });
  const d = drawLockedDocument(await getPublisher(tx), {
    task: dr.task,
    draw: { ...dr, lockedAt: dr.lockedAt ?? dr.drawnAt },
    targets: dr.drawn.map((x) => x.target),
  });
  await record(tx, ctx, d, { entity: 'Draw', entityId: drawId, unitId: dr.task.ownerUnitId });
}

const resultSelect = {
  id: true,
  inspectedOn: true,
  outcome: true,
  followUpAction: true,
  findings: true,
  publishedAt: true,
  taskTarget: { select: { task: { select: taskRefSelect }, target: { select: { creditCode: true, name: true, unitId: true } } } },
} as const;

type Finding = { checkItemId?: string; finding?: string | null; compliant?: boolean | null };

/** A published result (rules 20, 26): after publishResults set it PUBLISHED. Nothing for a task withheld by law. */
export async function publishResult(tx: Tx, ctx: PublishingContext, resultId: string, unitId: string | null) {
  const r = await tx.result.findUniqueOrThrow({ where: { id: resultId }, select: resultSelect });
  if (!r.taskTarget.task.isPublic) return;
  const findings = Array.isArray(r.findings) ? (r.findings as Finding[]) : [];
  const items = await tx.checkItem.findMany({ where: { id: { in: findings.map((f) => f.checkItemId ?? '') } }, select: { id: true, code: true } });
  const codeOf = new Map(items.map((i) => [i.id, i.code]));
  const d = resultPublishedDocument(await getPublisher(tx), {
    task: r.taskTarget.task,
    target: r.taskTarget.target,
    inspectedOn: r.inspectedOn,
    outcome: r.outcome,
    followUpAction: r.followUpAction,
    findings: findings.map((f) => ({
      checkItemCode: codeOf.get(f.checkItemId ?? '') ?? String(f.checkItemId ?? ''),
      compliant: typeof f.compliant === 'boolean' ? f.compliant : null,
      finding: typeof f.finding === 'string' ? f.finding : null,
    })),
    publishedAt: r.publishedAt!,
  });
  await record(tx, ctx, d, { entity: 'Result', entityId: resultId, unitId });
}

/** A signed correction (rule 21): after signCorrection. Nothing for a task withheld by law. */
export async function publishCorrection(tx: Tx, ctx: PublishingContext, correctionId: string, unitId: string | null) {
  const c = await tx.correction.findUniqueOrThrow({ where: { id: correctionId }, include: { result: { select: resultSelect } } });
  if (!c.result.taskTarget.task.isPublic) return;
  const d = correctionSignedDocument(await getPublisher(tx), {
    task: c.result.taskTarget.task,
    target: c.result.taskTarget.target,
    reason: c.reason,
    changes: (c.changes ?? {}) as { outcome?: string; followUpAction?: string; findings?: unknown },
    signedAt: c.signedAt!,
  });
  await record(tx, ctx, d, { entity: 'Correction', entityId: correctionId, unitId });
}

/** A withholding decision (rule 26), or its reversal: when a task's isPublic / ground / basis changed. */
export async function publishWithholding(tx: Tx, ctx: PublishingContext, taskId: string, at: Date) {
  const t = await tx.task.findUniqueOrThrow({ where: { id: taskId }, select: { ...taskRefSelect, withheldCategory: true, withheldBasis: true } });
  const d = taskWithheldDocument(await getPublisher(tx), {
    task: t,
    isPublic: t.isPublic,
    category: t.withheldCategory,
    basis: t.withheldBasis,
    decidedAt: at,
  });
  await record(tx, ctx, d, { entity: 'Task', entityId: taskId, unitId: t.ownerUnitId });
}
