// How the API's plain HTTP routes (/import, /export, /public/draws/…, /public/draw-commitments.json) answer a
// refusal or a failure: `{ errors: [...] }` as GraphQL would, with the same typed codes — a database's refusal of a
// value (a NUL byte, an over-long string) becomes its typed error exactly as in GraphQL (databaseErrors.ts) — and
// never a stack trace: anything else is logged and answered INTERNAL_SERVER_ERROR.
import { GraphQLError } from 'graphql';
import { databaseError } from './databaseErrors.ts';

/** HTTP status per error code; others are 400. */
export const ROUTE_STATUS: Readonly<Record<string, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, READ_ONLY_TOKEN: 403, NOT_FOUND: 404 };

/** The status and JSON error of a thrown value; `status` overrides ROUTE_STATUS per code. */
export function routeError(e: unknown, status: Readonly<Record<string, number>> = {}): { status: number; error: ReturnType<GraphQLError['toJSON']> } {
  const typed = e instanceof GraphQLError ? e : databaseError(e);
  if (typed) {
    const code = String(typed.extensions.code);
    return { status: status[code] ?? ROUTE_STATUS[code] ?? 400, error: typed.toJSON() };
  }
  console.error('route failed', e);
  return { status: 500, error: { message: '服务器内部错误，请稍后重试', extensions: { code: 'INTERNAL_SERVER_ERROR' } } };
}
