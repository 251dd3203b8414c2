// The database's refusals that a bad input can still provoke after the input guard (inputGuard.ts) — a value
// that is unique elsewhere, a reference to a row that does not exist, a value the column cannot hold — as
// typed errors in Chinese instead of INTERNAL_SERVER_ERROR. Prisma's own codes come first (P2002 …); driver
// adapters (pg, PGlite) pass PostgreSQL's SQLSTATE for the rest (23505 …). Anything else stays masked.
import { GraphQLError } from 'graphql';
import { userError } from './errors.ts';

type Found = { prisma?: string; sqlState?: string; target?: string };

/** Prisma's and PostgreSQL's codes, wherever the error (or its cause, or Prisma's meta) carries them. */
function codesOf(e: unknown, found: Found = {}, depth = 0): Found {
  if (!e || typeof e !== 'object' || depth > 5) return found;
  const o = e as Record<string, unknown>;
  if (typeof o.code === 'string') {
    if (/^P\d{4}$/.test(o.code)) found.prisma ??= o.code;
    else if (/^[0-9A-Z]{5}$/.test(o.code)) found.sqlState ??= o.code;
  }
  if (typeof o.originalCode === 'string' && /^[0-9A-Z]{5}$/.test(o.originalCode)) found.sqlState ??= o.originalCode;
  const meta = o.meta as Record<string, unknown> | undefined;
  if (meta) {
    const target = meta.target ?? (meta.driverAdapterError as { cause?: { constraint?: { fields?: string[] } } } | undefined)?.cause?.constraint?.fields;
    if (target && !found.target) found.target = Array.isArray(target) ? target.join('、') : String(target);
    codesOf(meta.driverAdapterError, found, depth + 1);
  }
  codesOf(o.cause, found, depth + 1);
  codesOf(o.originalError, found, depth + 1);
  return found;
}

/** A typed error for a database refusal caused by the input, or null when the error is not one. */
export function databaseError(error: unknown): GraphQLError | null {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const { prisma, sqlState, target } = codesOf(original);
  if (prisma === 'P2002' || sqlState === '23505') return userError('CONFLICT.DUPLICATE', target, target ? { field: target } : {});
  if (prisma === 'P2003' || sqlState === '23503') return userError('NOT_FOUND', '引用的记录不存在');
  if (prisma === 'P2025' || prisma === 'P2001' || prisma === 'P2015' || prisma === 'P2018') return userError('NOT_FOUND');
  if (prisma === 'P2000' || sqlState === '22001' || sqlState === '54000') return userError('VALIDATION.TOO_LONG');
  // Invalid text (NUL 22P05/22021), number or date out of range (22003, 22008, 22007), malformed value (22P02).
  if (prisma === 'P2006' || prisma === 'P2007' || prisma === 'P2020' || prisma === 'P2023' || sqlState?.startsWith('22')) {
    return userError('VALIDATION.INVALID');
  }
  return null;
}
