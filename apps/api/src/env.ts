// The one place the API reads its environment (the database settings are @ssj/db's: packages/db/src/env.ts).
// Every variable is listed in the README ("Environment variables"); test/env.test.ts checks both.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The production default and floor of bcrypt's cost: ~90 ms of CPU per hash or check here (bcryptjs). */
export const PRODUCTION_PASSWORD_ROUNDS = 10;

export const env = {
  port: Number(process.env.PORT ?? 4000),
  host: process.env.HOST ?? '0.0.0.0',
  /** Hours a browser sign-in stays valid. */
  sessionHours: Number(process.env.SSJ_SESSION_HOURS ?? 12),
  /**
   * bcrypt's cost for the passwords the API hashes (each +1 doubles the work): 10 unless SSJ_PASSWORD_ROUNDS says
   * otherwise, never below 10 in production (passwordRoundsOf). The API's tests set 4 (apps/api/vitest.config.ts).
   */
  passwordRounds: passwordRoundsOf(process.env.SSJ_PASSWORD_ROUNDS, process.env.NODE_ENV === 'production'),
  /** Days an analyst's API token stays valid unless a shorter time is asked for. */
  apiTokenDays: Number(process.env.SSJ_API_TOKEN_DAYS ?? 90),
  /** The built admin (apps/admin/dist), served at / in production. */
  adminDist: process.env.SSJ_ADMIN_DIST ?? path.resolve(here, '../../admin/dist'),
  /**
   * Pins the server's "today" (YYYY-MM-DD, Beijing) for demos and tests; `real` follows the real clock even on
   * the demo database. Unset: the demo database's own day (2026-11-02), otherwise the real clock.
   */
  today: process.env.SSJ_TODAY?.trim() || null,
  /**
   * The API runs behind one reverse proxy that appends the client's address to X-Forwarded-For (SSJ_TRUST_PROXY=1):
   * sign-in throttling per address (auth/throttle.ts) then counts that address. Unset: the socket's address —
   * behind a proxy that is the proxy's, so only the per-account limits apply in effect. Never set it without a proxy:
   * clients could then pick their own address.
   */
  trustProxy: process.env.SSJ_TRUST_PROXY === '1',
  /** Skip loading the demo data into an empty database. */
  noDemo: process.env.SSJ_NO_DEMO === '1',
  /**
   * Reminders (docs/notifications.md): minutes between the rounds that refresh notifications and send what is due
   * (default 5); `off` runs none on this replica.
   */
  reminderMinutes: process.env.SSJ_REMINDER_MINUTES === 'off' ? null : Math.max(1, Number(process.env.SSJ_REMINDER_MINUTES) || 5),
  /** NODE_ENV=production: no warnings about unused Prisma selections (builder.ts). */
  production: process.env.NODE_ENV === 'production',
  /** SSJ_DEBUG_ERRORS=1: unexpected errors show their message and stack in the GraphQL answer (never in production). */
  debugErrors: process.env.SSJ_DEBUG_ERRORS === '1',
  /**
   * The address the public reaches the site under (`https://ssj.example.gov.cn`), for links that leave the request:
   * the announcement's QR code and the Atom feed. Unset: the address the request came in on (right unless a proxy
   * rewrites the host).
   */
  publicUrl: publicUrlOf(process.env.SSJ_PUBLIC_URL),
};

/**
 * SSJ_PASSWORD_ROUNDS as bcrypt's cost: unset, 10; else a whole number from 4 (bcrypt's least) to 15. In production
 * (NODE_ENV=production) a cost below 10 is refused: the server does not start with weak hashing.
 */
export function passwordRoundsOf(raw: string | undefined, production: boolean): number {
  const v = raw?.trim();
  if (!v) return PRODUCTION_PASSWORD_ROUNDS;
  const rounds = Number(v);
  if (!Number.isInteger(rounds) || rounds < 4 || rounds > 15)
    throw new Error(`SSJ_PASSWORD_ROUNDS must be a whole number from 4 to 15, got ${JSON.stringify(v)}`);
  if (production && rounds < PRODUCTION_PASSWORD_ROUNDS) {
    throw new Error(`SSJ_PASSWORD_ROUNDS=${rounds} is below ${PRODUCTION_PASSWORD_ROUNDS}, refused in production (NODE_ENV=production)`);
  }
  return rounds;
}

export function publicUrlOf(raw: string | undefined): string | null {
  const v = raw?.trim();
  if (!v) return null;
  const u = URL.canParse(v) ? new URL(v) : null;
  if (!u || !/^https?:$/.test(u.protocol)) throw new Error(`SSJ_PUBLIC_URL must be an http(s) address, got ${JSON.stringify(v)}`);
  return u.origin + u.pathname.replace(/\/+$/, '');
}

/** Where the public reaches this site: SSJ_PUBLIC_URL, else the origin of the request being answered. */
export const publicOrigin = (requestUrl: URL): string => env.publicUrl ?? requestUrl.origin;
