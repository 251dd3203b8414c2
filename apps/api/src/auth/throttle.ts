// Sign-in throttling per account and per client address (the rule: @ssj/domain signIn.ts). The counters are rows
// of LoginThrottle, so a lock holds whichever API replica answers; a transaction-scoped advisory lock per key keeps
// concurrent failures from losing counts. Sign-in uses the real clock (new Date()), not the pinned demo day.
import type { PrismaClient } from '@ssj/db';
import { afterFailedSignIn, minutesLocked } from '@ssj/domain';
import { audit } from '../audit.ts';
import type { Context } from '../context.ts';
import { lockKey } from '../locking.ts';

export const userKey = (username: string) => `user:${username.trim()}`;
export const addressKey = (address: string) => `ip:${address}`;

/** The keys a sign-in attempt counts against; an unknown address is not throttled (it would lock everyone out). */
export function throttleKeys(username: string, address: string): string[] {
  return address === 'unknown' ? [userKey(username)] : [userKey(username), addressKey(address)];
}

/** Minutes left of the longest lock among the keys, or null when none is locked. */
export async function lockedMinutes(prisma: PrismaClient, keys: string[], now: Date): Promise<number | null> {
  const rows = await prisma.loginThrottle.findMany({ where: { key: { in: keys } } });
  const left = rows.map((r) => minutesLocked(r, now)).filter((m): m is number => m !== null);
  return left.length ? Math.max(...left) : null;
}

/** Counts one failed sign-in against every key; a failure that sets a lock is audited. Returns the minutes locked, if any. */
export async function recordFailure(ctx: Context, keys: string[], now: Date): Promise<number | null> {
  return ctx.prisma.$transaction(async (tx) => {
    let locked: number | null = null;
    for (const key of [...keys].sort()) {
      await lockKey(tx, `login-throttle:${key}`);
      const before = await tx.loginThrottle.findUnique({ where: { key } });
      const next = afterFailedSignIn(key.startsWith('ip:') ? 'ip' : 'user', before, now);
      const data = { failures: next.failures, lockedUntil: next.lockedUntil, lastFailureAt: next.lastFailureAt };
      await tx.loginThrottle.upsert({ where: { key }, create: { key, ...data }, update: data });
      if (next.locked) {
        locked = Math.max(locked ?? 0, next.lockMinutes!);
        await audit(tx, ctx, {
          action: 'signInLocked',
          entity: 'LoginThrottle',
          entityId: key,
          after: { ...data, lockMinutes: next.lockMinutes, address: ctx.clientAddress },
        });
      }
    }
    return locked;
  });
}

/** A successful sign-in forgives the account's failures (not the address's: one valid account must not reset them). */
export async function recordSuccess(prisma: PrismaClient, username: string): Promise<void> {
  await prisma.loginThrottle.deleteMany({ where: { key: userKey(username) } });
}
