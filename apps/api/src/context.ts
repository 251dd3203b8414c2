import type { PrismaClient } from '@ssj/db';
import type { Role, SessionKind } from '@ssj/db/client';
import { findSession } from './auth/sessions.ts';
import { env } from './env.ts';

export type CurrentUser = {
  id: string;
  username: string;
  name: string;
  role: Role;
  unitId: string;
  isPrincipal: boolean;
  /** The inspector this account belongs to (rule 19, G26: only a team's inspectors enter and confirm its result). */
  inspectorId?: string | null;
  sessionId: string;
  sessionKind: SessionKind;
};

export type Context = {
  prisma: PrismaClient;
  user: CurrentUser | null;
  request: Request;
  /** The client's address (env.trustProxy: the address the trusted proxy appended to X-Forwarded-For), or 'unknown'. */
  clientAddress: string;
  /** Publication documents this request wrote to the outbox (publication/outbox.ts); the delivery is woken after it. */
  published?: number;
};

/** What the HTTP server passes along with a request (http.ts); absent when a test calls app.fetch directly. */
export type ServerContext = { remoteAddress?: string | undefined };

export function clientAddressOf(request: Request, server: ServerContext | undefined): string {
  if (env.trustProxy) {
    // The last hop is the one the trusted proxy appended; the ones before it the client may have made up.
    const hops = (request.headers.get('x-forwarded-for') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (hops.length) return hops[hops.length - 1]!;
  }
  return server?.remoteAddress || 'unknown';
}

export async function buildContext(prisma: PrismaClient, request: Request, server?: ServerContext): Promise<Context> {
  const header = request.headers.get('authorization') ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7).trim() : null;
  const user = token ? await findSession(prisma, token) : null;
  return { prisma, user, request, clientAddress: clientAddressOf(request, server) };
}
