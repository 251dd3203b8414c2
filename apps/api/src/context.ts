import type { PrismaClient } from '@ssj/db';
import type { Role, SessionKind } from '@ssj/db/client';
import { findSession } from './auth/sessions.ts';

export type CurrentUser = {
  id: string;
  username: string;
  name: string;
  role: Role;
  unitId: string;
  isPrincipal: boolean;
  sessionId: string;
  sessionKind: SessionKind;
};

export type Context = {
  prisma: PrismaClient;
  user: CurrentUser | null;
  request: Request;
};

export async function buildContext(prisma: PrismaClient, request: Request): Promise<Context> {
  const header = request.headers.get('authorization') ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7).trim() : null;
  const user = token ? await findSession(prisma, token) : null;
  return { prisma, user, request };
}
