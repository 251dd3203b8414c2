// Sign-in sessions and analysts' API tokens: random bearer tokens of which only the SHA-256 is stored,
// so a leaked database does not leak usable tokens. Both expire; both can be revoked.
import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient } from '@ssj/db';
import type { Prisma, SessionKind } from '@ssj/db/client';
import type { CurrentUser } from '../context.ts';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function issueToken(prisma: Pick<PrismaClient, 'session'>, userId: string, kind: SessionKind, expiresAt: Date, name?: string) {
  const prefix = kind === 'API_TOKEN' ? 'ssj_at_' : 'ssj_s_';
  const token = prefix + randomBytes(32).toString('base64url');
  const session = await prisma.session.create({
    data: { userId, kind, expiresAt, name: name ?? null, tokenHash: hashToken(token), tokenHint: token.slice(0, prefix.length + 4) },
  });
  return { token, session };
}

// lastUsedAt is only rewritten when it is older than this, to avoid a write on every request.
const TOUCH_AFTER_MS = 60_000;

/** What a request's user is read from: the session and its user's columns that are used, nothing more. */
const SESSION_SELECT = {
  id: true,
  kind: true,
  expiresAt: true,
  revokedAt: true,
  lastUsedAt: true,
  user: { select: { id: true, username: true, name: true, role: true, unitId: true, isPrincipal: true, inspectorId: true, active: true } },
} satisfies Prisma.SessionSelect;
type SessionRow = Prisma.SessionGetPayload<{ select: typeof SESSION_SELECT }>;

/** The signed-in user of a session, or null once it is revoked or expired or its user deactivated. */
function currentUserOf(session: SessionRow | null, now: Date): CurrentUser | null {
  if (!session || session.revokedAt || session.expiresAt <= now || !session.user.active) return null;
  const u = session.user;
  return {
    id: u.id,
    username: u.username,
    name: u.name,
    role: u.role,
    unitId: u.unitId,
    isPrincipal: u.isPrincipal,
    inspectorId: u.inspectorId,
    sessionId: session.id,
    sessionKind: session.kind,
  };
}

/**
 * The signed-in user of a session by its id, for work queued on its behalf (an import's dry run or commit, run by
 * whichever replica takes the job): refused, as a token would be, once the session is revoked or expired.
 */
export async function findSessionById(prisma: PrismaClient, id: string): Promise<CurrentUser | null> {
  const session = await prisma.session.findUnique({ relationLoadStrategy: 'join', where: { id }, select: SESSION_SELECT });
  return currentUserOf(session, new Date());
}

export async function findSession(prisma: PrismaClient, token: string): Promise<CurrentUser | null> {
  // Every signed-in request starts here: the session and its user in one statement (a join), only the columns used.
  const session = await prisma.session.findUnique({ relationLoadStrategy: 'join', where: { tokenHash: hashToken(token) }, select: SESSION_SELECT });
  const now = new Date();
  const user = currentUserOf(session, now);
  if (user && session && (!session.lastUsedAt || now.getTime() - session.lastUsedAt.getTime() > TOUCH_AFTER_MS)) {
    await prisma.session.update({ where: { id: user.sessionId }, data: { lastUsedAt: now } });
  }
  return user;
}
