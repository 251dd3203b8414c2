// Every mutation appends an AuditEvent inside its own transaction (全程留痕、责任可溯, G4/G5).
// The table is append-only: the API has no way to change it and the database refuses UPDATE/DELETE. The database
// also chains every insert (seq, prevHash, hash; migration …_audit_hash_chain), taking the chain's lock until the
// transaction ends — audit last in a transaction, after the other row locks, when the order is free.
import type { Prisma } from '@ssj/db/client';
import { auditSnapshot } from '@ssj/domain';
import type { Context } from './context.ts';
import { clock } from './clock.ts';

type Tx = Prisma.TransactionClient;

/** JSON-safe copy of a record (the domain's auditSnapshot, which the demo's history uses too). */
export const snapshot = (record: unknown) => auditSnapshot(record) as Prisma.InputJsonValue | undefined;

export async function audit(
  tx: Tx,
  ctx: Context,
  e: { action: string; entity: string; entityId?: string | null; unitId?: string | null; before?: unknown; after?: unknown },
) {
  await tx.auditEvent.create({
    data: {
      at: clock.now(),
      actorId: ctx.user?.id ?? null,
      actorName: ctx.user ? `${ctx.user.name}（${ctx.user.username}）` : '系统',
      unitId: e.unitId ?? ctx.user?.unitId ?? null,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId ?? null,
      ...(snapshot(e.before) !== undefined ? { before: snapshot(e.before)! } : {}),
      ...(snapshot(e.after) !== undefined ? { after: snapshot(e.after)! } : {}),
    },
  });
}
