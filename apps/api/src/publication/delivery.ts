// Delivering the publication outbox to its receivers (issue 16, docs/publication.md "Delivery").
//
// One queue job per receiver (job key `publication:<receiverId>`, jobs/queue.ts) delivers that receiver's documents
// in `seq` order, one at a time: the next document is the first of its kinds above `deliveredSeq`, and it is only
// passed once the receiver answered 2xx (or 409, "already have it"). A failure is logged, the receiver waits
// `backoffDelay(failures)` (the domain's exponential backoff) and the job queues itself again for that time; nothing
// is skipped, so a receiver down for a day gets everything in order when it returns. At-least-once: every POST of
// a document carries the same `Idempotency-Key` (the document's id), so a receiver drops what it already has.
//
// Two replicas never deliver to the same receiver at once: a job first takes the receiver's lease (an UPDATE that
// only succeeds when no unexpired lease is held; the row lock makes it atomic), renews it per document and gives
// it back at the end; a replica that dies mid-delivery loses the lease when it expires.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@ssj/db';
import { type Backoff, backoffDelay, DEFAULT_BACKOFF, deliveredStatus } from '@ssj/domain';
import type { JobQueue } from '../jobs/queue.ts';
import { clock } from '../clock.ts';

export const DELIVER_TASK = 'publication.deliver';

export interface DeliveryOptions {
  /** Waits between attempts (tests make them milliseconds). */
  backoff?: Backoff;
  /** How long one POST may take. */
  timeoutMs?: number;
  /** How long a replica holds a receiver between renewals. */
  leaseMs?: number;
}

export type PublicationDelivery = ReturnType<typeof createPublicationDelivery>;

const jobKey = (receiverId: string) => `publication:${receiverId}`;

export function createPublicationDelivery(prisma: PrismaClient, queue: JobQueue, options: DeliveryOptions = {}) {
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const leaseMs = options.leaseMs ?? Math.max(60_000, 3 * timeoutMs);

  /** Queues a delivery job for these receivers (default: every active one), at once or at `runAt`. */
  async function wake(receiverIds?: string[], runAt?: Date) {
    const ids = receiverIds ?? (await prisma.publicationReceiver.findMany({ where: { active: true }, select: { id: true } })).map((r) => r.id);
    for (const id of ids) await queue.add(DELIVER_TASK, { receiverId: id }, { jobKey: jobKey(id), ...(runAt ? { runAt } : {}) });
  }

  async function takeLease(id: string, owner: string): Promise<boolean> {
    const now = clock.now();
    const { count } = await prisma.publicationReceiver.updateMany({
      where: { id, active: true, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }, { leaseOwner: owner }] },
      data: { leaseUntil: new Date(now.getTime() + leaseMs), leaseOwner: owner },
    });
    return count === 1;
  }

  async function post(
    r: { url: string; authHeaderName: string | null; authHeaderValue: string | null },
    doc: { id: string; seq: bigint; kind: string; document: unknown },
  ) {
    const started = performance.now();
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'idempotency-key': doc.id,
      'x-ssj-sequence': String(doc.seq),
      'x-ssj-kind': doc.kind,
    };
    if (r.authHeaderName && r.authHeaderValue) headers[r.authHeaderName] = r.authHeaderValue;
    try {
      const res = await fetch(r.url, {
        method: 'POST',
        headers,
        body: JSON.stringify(doc.document),
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'manual',
      });
      await res.arrayBuffer().catch(() => undefined);
      const ok = deliveredStatus(res.status);
      return { ok, statusCode: res.status, error: ok ? null : `HTTP ${res.status}`, durationMs: Math.round(performance.now() - started) };
    } catch (e) {
      const cause = e instanceof Error ? ((e.cause as Error | undefined)?.message ?? e.message) : String(e);
      return { ok: false, statusCode: null, error: cause.slice(0, 500), durationMs: Math.round(performance.now() - started) };
    }
  }

  /** The queue task: deliver this receiver's pending documents in order until none is left or one fails. */
  async function deliver(receiverId: string) {
    // The lease is this run's, not this process's: two jobs of one replica exclude each other too.
    const owner = randomUUID();
    if (!(await takeLease(receiverId, owner))) return; // another replica is at it; it looks again before it lets go
    let retryAt: Date | null = null;
    try {
      for (;;) {
        const r = await prisma.publicationReceiver.findUnique({ where: { id: receiverId } });
        if (!r?.active || r.leaseOwner !== owner) return;
        if (r.nextAttemptAt && r.nextAttemptAt > clock.now()) {
          retryAt = r.nextAttemptAt;
          return;
        }
        const doc = await prisma.publicationDocument.findFirst({
          where: { seq: { gt: r.deliveredSeq }, kind: { in: r.kinds } },
          orderBy: { seq: 'asc' },
          select: { id: true, seq: true, kind: true, document: true },
        });
        if (!doc) return;
        if (!(await takeLease(receiverId, owner))) return;
        const result = await post(r, doc);
        const at = clock.now();
        const next = result.ok ? null : new Date(at.getTime() + backoffDelay(r.failures + 1, backoff));
        await prisma.$transaction([
          prisma.publicationDeliveryAttempt.create({ data: { receiverId, documentId: doc.id, at, ...result } }),
          // Only if nothing moved the receiver meanwhile (a re-send sets deliveredSeq back).
          prisma.publicationReceiver.updateMany({
            where: { id: receiverId, leaseOwner: owner, deliveredSeq: r.deliveredSeq },
            data: result.ok
              ? { deliveredSeq: doc.seq, failures: 0, nextAttemptAt: null, lastError: null }
              : { failures: { increment: 1 }, nextAttemptAt: next, lastError: result.error },
          }),
        ]);
        if (!result.ok) {
          retryAt = next;
          return;
        }
      }
    } finally {
      await prisma.publicationReceiver.updateMany({ where: { id: receiverId, leaseOwner: owner }, data: { leaseUntil: null, leaseOwner: null } });
      if (retryAt) await wake([receiverId], retryAt);
      else if (await pendingNow(receiverId)) await wake([receiverId]); // a document committed while we finished
    }
  }

  async function pendingNow(receiverId: string): Promise<boolean> {
    const r = await prisma.publicationReceiver.findUnique({ where: { id: receiverId } });
    if (!r?.active || (r.nextAttemptAt && r.nextAttemptAt > clock.now())) return false;
    return (await prisma.publicationDocument.count({ where: { seq: { gt: r.deliveredSeq }, kind: { in: r.kinds } } })) > 0;
  }

  queue.register(DELIVER_TASK, async (payload) => deliver(String(payload.receiverId)));

  return {
    /** Wakes every receiver: at start (documents left by a stopped replica) and after a request wrote documents. */
    wake,
    /** Runs one receiver's delivery here and now (tests; the queue job does the same). */
    deliver,
  };
}
