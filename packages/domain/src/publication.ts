// The publication outbox's documents (issue 16; rule 26: the checklist, the annual plans, the task announcements
// and the results are published, except what is withheld by law). Each publishable event becomes one stable,
// versioned JSON document, built here from loaded data (no I/O) and checked against its JSON Schema in
// docs/publication/schemas/<kind>.v<version>.json. Times are ISO 8601 in China Standard Time (+08:00); days are
// YYYY-MM-DD; the subject of every document is a unified social credit code: the enterprise a result or a
// correction is about, the publishing bureau otherwise. docs/publication.md says how a version changes.
import { validateCreditCode } from './creditCode.ts';
import type { DELIVERY_STATE } from './labels.ts';

export const PUBLICATION_KINDS = [
  'checklist-version',
  'plan',
  'task-announcement',
  'draw-locked',
  'result-published',
  'correction-signed',
  'task-withheld',
] as const;
export type PublicationKind = (typeof PUBLICATION_KINDS)[number];

/** The schema version each kind is written in today (a breaking change adds a new file and bumps it). */
export const PUBLICATION_SCHEMA_VERSIONS: Readonly<Record<PublicationKind, number>> = {
  'checklist-version': 1,
  plan: 1,
  'task-announcement': 1,
  'draw-locked': 1,
  'result-published': 1,
  'correction-signed': 1,
  'task-withheld': 1,
};

export const isPublicationKind = (k: string): k is PublicationKind => (PUBLICATION_KINDS as readonly string[]).includes(k);

/** The bureau that publishes (its own credit code is the subject of the documents not about one enterprise). */
export interface Publisher {
  creditCode: string;
  name: string;
}

/** The outbox row a document is stored and delivered as. */
export interface PublicationDraft {
  kind: PublicationKind;
  schemaVersion: number;
  subjectKey: string;
  occurredAt: Date;
  document: Record<string, unknown>;
}

/** An instant as ISO 8601 in China Standard Time, e.g. 2026-12-06T10:00:00.000+08:00. */
export function chinaIso(at: Date): string {
  return `${new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 23)}+08:00`;
}

/** A calendar day (stored as UTC midnight, Prisma @db.Date) as YYYY-MM-DD. */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/** Validates a publisher's credit code and name; null when usable. */
export function publisherProblem(p: { creditCode: string; name: string }): string | null {
  if (!p.name.trim()) return 'name';
  return validateCreditCode(p.creditCode).ok ? null : 'creditCode';
}

function draft(
  kind: PublicationKind,
  subject: { creditCode: string; name: string },
  at: Date,
  publisher: Publisher,
  body: Record<string, unknown>,
): PublicationDraft {
  const schemaVersion = PUBLICATION_SCHEMA_VERSIONS[kind];
  return {
    kind,
    schemaVersion,
    subjectKey: subject.creditCode,
    occurredAt: at,
    document: {
      kind,
      schemaVersion,
      subject: { creditCode: subject.creditCode, name: subject.name },
      publisher: { creditCode: publisher.creditCode, name: publisher.name },
      occurredAt: chinaIso(at),
      ...body,
    },
  };
}

const ratio = (r: unknown): string => String(r);

export interface ChecklistVersionInput {
  item: { code: string; name: string; objectType: string; category: string; methods: string[]; legalBasis: string; defaultRatio: unknown; unitName: string };
  version: number;
  change: 'CREATE' | 'UPDATE' | 'RETIRE';
  notice: string;
  changedAt: Date;
}

/** A version of a checklist item with its adjustment notice (rule 1). */
export const checklistVersionDocument = (publisher: Publisher, v: ChecklistVersionInput): PublicationDraft =>
  draft('checklist-version', publisher, v.changedAt, publisher, {
    item: {
      code: v.item.code,
      name: v.item.name,
      objectType: v.item.objectType,
      category: v.item.category,
      methods: [...v.item.methods],
      legalBasis: v.item.legalBasis,
      defaultRatio: ratio(v.item.defaultRatio),
      responsibleUnit: v.item.unitName,
    },
    version: v.version,
    change: v.change,
    notice: v.notice,
  });

export interface PlanInput {
  year: number;
  title: string;
  unitName: string;
  version: number;
  event: 'FILED' | 'ADJUSTED';
  reason: string;
  filedWith: string | null;
  filedAt: Date;
  items: {
    checkItemCode: string;
    checkItemName: string;
    scope: string;
    windowFrom: Date;
    windowTo: Date;
    estimatedCount: number;
    ratio: unknown;
    temporary: boolean;
  }[];
}

/** A filed plan or a filed adjustment of it (rule 7), with every line as filed in this version. */
export const planDocument = (publisher: Publisher, p: PlanInput): PublicationDraft =>
  draft('plan', publisher, p.filedAt, publisher, {
    plan: {
      year: p.year,
      title: p.title,
      unit: p.unitName,
      version: p.version,
      event: p.event,
      reason: p.reason,
      filedWith: p.filedWith,
      items: [...p.items]
        .sort((a, b) => a.checkItemCode.localeCompare(b.checkItemCode) || isoDay(a.windowFrom).localeCompare(isoDay(b.windowFrom)))
        .map((i) => ({
          checkItem: { code: i.checkItemCode, name: i.checkItemName },
          scope: i.scope,
          windowFrom: isoDay(i.windowFrom),
          windowTo: isoDay(i.windowTo),
          estimatedCount: i.estimatedCount,
          ratio: ratio(i.ratio),
          temporary: i.temporary,
        })),
    },
  });

export interface TaskRef {
  code: string;
  name: string;
}

export interface TaskAnnouncementInput {
  task: TaskRef & {
    windowFrom: Date;
    windowTo: Date;
    ownerUnitName: string;
    executingUnitName: string;
    checkItems: { code: string; name: string }[];
    classes: { key: string; label: string; ratio: unknown; count: number | null }[];
  };
  seedCommitment: string;
  announcedAt: Date;
}

/** A task's announcement before its draw, with the commitment to the draw's randomness (rule 17). */
export const taskAnnouncementDocument = (publisher: Publisher, a: TaskAnnouncementInput): PublicationDraft =>
  draft('task-announcement', publisher, a.announcedAt, publisher, {
    task: {
      code: a.task.code,
      name: a.task.name,
      windowFrom: isoDay(a.task.windowFrom),
      windowTo: isoDay(a.task.windowTo),
      ownerUnit: a.task.ownerUnitName,
      executingUnit: a.task.executingUnitName,
      checkItems: [...a.task.checkItems].sort((x, y) => x.code.localeCompare(y.code)).map((c) => ({ code: c.code, name: c.name })),
      classes: [...a.task.classes]
        .sort((x, y) => x.key.localeCompare(y.key))
        .map((c) => ({ key: c.key, label: c.label, ratio: c.ratio === null || c.ratio === undefined ? null : ratio(c.ratio), count: c.count })),
    },
    draw: { seedCommitment: a.seedCommitment },
  });

export interface DrawLockedInput {
  task: TaskRef & { isPublic: boolean };
  draw: {
    kind: string;
    sequence: number;
    candidateCount: number;
    candidateListHash: string;
    seedCommitment: string;
    seed: string;
    drawnAt: Date;
    lockedAt: Date;
  };
  targets: { creditCode: string; name: string }[];
}

/**
 * A locked draw: its hashes (anyone can re-run it, rule 17) and, for a public task, the drawn enterprises. A task
 * withheld by law (rule 26) publishes the hashes and the count only.
 */
export const drawLockedDocument = (publisher: Publisher, d: DrawLockedInput): PublicationDraft =>
  draft('draw-locked', publisher, d.draw.lockedAt, publisher, {
    task: { code: d.task.code, name: d.task.name },
    draw: {
      kind: d.draw.kind,
      sequence: d.draw.sequence,
      candidateCount: d.draw.candidateCount,
      candidateListHash: d.draw.candidateListHash,
      seedCommitment: d.draw.seedCommitment,
      seed: d.draw.seed,
      drawnAt: chinaIso(d.draw.drawnAt),
      lockedAt: chinaIso(d.draw.lockedAt),
    },
    targetCount: d.targets.length,
    targets: d.task.isPublic
      ? [...d.targets].sort((a, b) => a.creditCode.localeCompare(b.creditCode)).map((t) => ({ creditCode: t.creditCode, name: t.name }))
      : null,
  });

export interface ResultPublishedInput {
  task: TaskRef;
  target: { creditCode: string; name: string };
  inspectedOn: Date | null;
  outcome: string | null;
  followUpAction: string;
  findings: { checkItemCode: string; compliant: boolean | null; finding: string | null }[];
  publishedAt: Date;
}

/** A published result of one enterprise's inspection (rules 20, 26). */
export const resultPublishedDocument = (publisher: Publisher, r: ResultPublishedInput): PublicationDraft =>
  draft('result-published', r.target, r.publishedAt, publisher, {
    task: { code: r.task.code, name: r.task.name },
    result: {
      inspectedOn: r.inspectedOn ? isoDay(r.inspectedOn) : null,
      outcome: r.outcome,
      followUpAction: r.followUpAction,
      findings: [...r.findings]
        .sort((a, b) => a.checkItemCode.localeCompare(b.checkItemCode))
        .map((f) => ({ checkItemCode: f.checkItemCode, compliant: f.compliant, finding: f.finding })),
    },
  });

export interface CorrectionSignedInput {
  task: TaskRef;
  target: { creditCode: string; name: string };
  reason: string;
  changes: { outcome?: string | null; followUpAction?: string | null; remarks?: string | null; findings?: unknown };
  signedAt: Date;
}

/** A signed correction of a published result, published beside the original (rule 21). */
export const correctionSignedDocument = (publisher: Publisher, c: CorrectionSignedInput): PublicationDraft =>
  draft('correction-signed', c.target, c.signedAt, publisher, {
    task: { code: c.task.code, name: c.task.name },
    correction: {
      reason: c.reason,
      outcome: c.changes.outcome ?? null,
      followUpAction: c.changes.followUpAction ?? null,
      findingsChanged: c.changes.findings !== undefined && c.changes.findings !== null,
    },
  });

export interface TaskWithheldInput {
  task: TaskRef;
  isPublic: boolean;
  category: string | null;
  basis: string | null;
  decidedAt: Date;
}

/**
 * A decision to withhold a task's results from publication (rule 26: the legal ground and its basis), or to publish
 * them again. The ground is public; what is withheld is not.
 */
export const taskWithheldDocument = (publisher: Publisher, w: TaskWithheldInput): PublicationDraft =>
  draft('task-withheld', publisher, w.decidedAt, publisher, {
    task: { code: w.task.code, name: w.task.name },
    withholding: w.isPublic ? { withheld: false, category: null, basis: null } : { withheld: true, category: w.category, basis: w.basis },
  });

// ── delivery ──────────────────────────────────────────────────────────────────────────────────────────────────

export interface Backoff {
  /** The wait after the first failure. */
  baseMs: number;
  /** The longest wait between two attempts. */
  maxMs: number;
}

/** 30 s, 1 min, 2 min, … up to 1 h: a receiver down for a day is tried about 30 times and loses nothing. */
export const DEFAULT_BACKOFF: Backoff = { baseMs: 30_000, maxMs: 3_600_000 };

/** The wait before the next attempt after `failures` consecutive failures (≥ 1): base · 2^(failures−1), capped. */
export function backoffDelay(failures: number, b: Backoff = DEFAULT_BACKOFF): number {
  const n = Math.max(1, Math.floor(failures));
  return Math.min(b.maxMs, b.baseMs * 2 ** Math.min(n - 1, 30));
}

/** A receiver's answer counts as delivered for 2xx only; 409 (the key was already processed) too. */
export const deliveredStatus = (status: number): boolean => (status >= 200 && status < 300) || status === 409;

/** Where a document stands for one receiver (the outbox page's per-receiver status). */
export type DeliveryState = (typeof DELIVERY_STATE.values)[number];

export function deliveryState(
  doc: { seq: bigint; kind: string },
  receiver: { kinds: string[]; deliveredSeq: bigint; failures: number; nextSeq: bigint | null },
): DeliveryState {
  if (!receiver.kinds.includes(doc.kind)) return 'NOT_SUBSCRIBED';
  if (doc.seq <= receiver.deliveredSeq) return 'DELIVERED';
  return receiver.failures > 0 && receiver.nextSeq === doc.seq ? 'FAILING' : 'PENDING';
}
