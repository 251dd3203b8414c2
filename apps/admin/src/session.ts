// The signed-in session as kept in the browser: the bearer token and who it belongs to.
// Read by the data provider (Authorization header, fields a role may read) and the auth provider.
import type { LoginMutation, Role } from '@ssj/graphql-types/operations';

export type { Role };

/** What the login mutation answers (token, expiry, who signed in), kept as is in localStorage. */
export type Session = LoginMutation['login'];
export type Me = Session['me'];

const KEY = 'ssj.session';

export function getSession(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Session;
    if (!s.token || !s.me) return null;
    return s;
  } catch {
    return null;
  }
}

/** The session, unless its expiry time has passed (the server would refuse it anyway). */
export function getValidSession(now: number = Date.now()): Session | null {
  const s = getSession();
  if (!s) return null;
  if (s.expiresAt && Date.parse(s.expiresAt) <= now) return null;
  return s;
}

export function setSession(s: Session): void {
  localStorage.setItem(KEY, JSON.stringify(s));
}

export function clearSession(): void {
  localStorage.removeItem(KEY);
}

export const currentRole = (): Role | null => getSession()?.me.role ?? null;
