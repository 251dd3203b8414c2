// Sign-in against the API (`login` mutation → bearer token kept in localStorage), roles as permissions, and
// record-level access: rule 3 (谁管辖、谁维护) — unit staff write only their own unit's targets and inspectors.
import type { AuthProvider } from 'react-admin';
import type { LoginMutation, LoginMutationVariables, LogoutMutation, LogoutMutationVariables } from '@ssj/graphql-types/operations';
import { graphqlClient } from './dataProvider/graphqlClient';
import { forgetKeptQueries } from './pwa/queryCache';
import * as documents from './dataProvider/documents';
import { errorCode, errorMessage } from './dataProvider/errors';
import { clearSession, getValidSession, setSession, type Me, type Role } from './session';

const LOGIN = documents.LOGIN;
const LOGOUT = documents.LOGOUT;

/** Resources each role may create, edit and delete in (the server enforces the same, per record). */
const WRITABLE: Record<Role, ReadonlySet<string>> = {
  // Forms (检查表单): the lead unit keeps them (rule 18); others only read them.
  ADMIN: new Set([
    'Unit',
    'User',
    'CheckItem',
    'Form',
    'TargetLibrary',
    'Target',
    'Inspector',
    'Expert',
    'MappingProfile',
    'Plan',
    'PlanItem',
    'Task',
    'TaskClass',
  ]),
  // Rules 6, 11: a unit makes its own plan and sets up the tasks of it.
  UNIT_STAFF: new Set(['Target', 'Inspector', 'Plan', 'PlanItem', 'Task', 'TaskClass']),
  LEADER: new Set(),
  ANALYST: new Set(),
};
const WRITE_ACTIONS = new Set(['create', 'edit', 'delete', 'clone']);

/**
 * Where each role starts after sign-in: the home page (src/dashboard/Dashboard.tsx), whose first card for those who
 * do the work (administrators, unit staff) is their to-do list (我的待办), soonest due first; leaders get the
 * assessment dashboard there instead, analysts the directory figures, with the API-token page in the user menu
 * (docs/analysts.md).
 */
export const LANDING: Record<Role, string> = { ADMIN: '/', UNIT_STAFF: '/', LEADER: '/', ANALYST: '/' };

export function mayWrite(me: Pick<Me, 'role' | 'unitId'> | null | undefined, resource: string, record?: Record<string, unknown>): boolean {
  if (!me) return false;
  if (!WRITABLE[me.role].has(resource)) return false;
  if (!record) return true;
  // The server computes `editable` per record for the signed-in user; trust it when present.
  if (typeof record.editable === 'boolean') return record.editable;
  if (me.role === 'UNIT_STAFF' && typeof record.unitId === 'string') return record.unitId === me.unitId;
  return true;
}

/**
 * Who may run a task's draw (announce, draw, re-draw, lock): the unit that set the task up, or an administrator
 * (G15). Unlike `editable`, this stays true after the draw, when the task itself can no longer be changed.
 */
export function mayRunDraw(me: Pick<Me, 'role' | 'unitId'> | null | undefined, task: { ownerUnitId?: string } | null | undefined): boolean {
  if (!me || !task) return false;
  return me.role === 'ADMIN' || (me.role === 'UNIT_STAFF' && task.ownerUnitId === me.unitId);
}

/** Who may manage read-only API tokens. */
export const mayManageApiTokens = (role: Role | null | undefined) => role === 'ANALYST' || role === 'ADMIN';

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    try {
      const { data } = await graphqlClient.mutate<LoginMutation, LoginMutationVariables>({
        mutation: LOGIN,
        variables: { username, password },
      });
      if (!data) throw new Error('ra.auth.sign_in_error');
      setSession(data.login);
      return { redirectTo: LANDING[data.login.me.role] ?? '/' };
    } catch (e) {
      // BAD_CREDENTIALS, USER_INACTIVE: the server's message (用户名或密码错误 …) is what the user sees.
      throw new Error(errorMessage(e));
    }
  },

  async logout() {
    const had = getValidSession();
    clearSession();
    // What the pages fetched is not left on the device (drafts not yet on the server are: resources/result/offlineDraft.ts).
    // The page's own query cache is not emptied here: react-admin's useLogout empties it once it has navigated to the
    // sign-in page. Emptied before that, it drops CoreAdminRoutes' auth-state query, which re-mounts LogoutOnMount,
    // which calls logout again: on a signed-out first load, a loop of ~400 navigations over seconds of blank page and
    // busy CPU before the form showed (test/browser/signIn.test.ts counts them).
    void forgetKeptQueries();
    if (had) {
      // Best effort: the token is gone from the browser either way.
      await graphqlClient
        .mutate<LogoutMutation, LogoutMutationVariables>({ mutation: LOGOUT, headers: { authorization: `Bearer ${had.token}` } })
        .catch(() => undefined);
    }
  },

  async checkAuth() {
    if (!getValidSession()) {
      clearSession();
      throw { message: 'ra.auth.auth_check_error', logoutUser: true };
    }
  },

  async checkError(error: { status?: number } | null) {
    // An expired or revoked token: the server answers UNAUTHENTICATED (mapped to 401 in dataProvider/errors.ts).
    if (error?.status === 401 || errorCode(error) === 'UNAUTHENTICATED') {
      clearSession();
      throw { message: 'ra.notification.logged_out' };
    }
    // FORBIDDEN and other refusals stay on the page; the notification shows the server's reason.
  },

  async getPermissions() {
    const role = getValidSession()?.me.role ?? null;
    // react-admin 5 (issue #10764): when signed out, a getPermissions that resolves at once races useLogout's
    // store reset and CoreAdminRoutes re-mounts LogoutOnMount in a loop (seconds of blank page, hundreds of
    // history.pushState calls). A short delay breaks the race.
    if (!role) await new Promise((r) => setTimeout(r, 50));
    return role;
  },

  async getIdentity() {
    const s = getValidSession();
    if (!s) throw new Error('ra.auth.auth_check_error');
    return {
      id: s.me.id,
      fullName: s.me.name,
      username: s.me.username,
      role: s.me.role,
      unitId: s.me.unitId,
      unitName: s.me.unitName,
      isPrincipal: s.me.isPrincipal,
    };
  },

  async canAccess({ action, resource, record }) {
    const me = getValidSession()?.me;
    if (!me) return false;
    if (resource === 'apiTokens') return mayManageApiTokens(me.role);
    if (action === 'draw') return mayRunDraw(me, record as { ownerUnitId?: string } | undefined);
    if (!WRITE_ACTIONS.has(action)) return true;
    return mayWrite(me, resource, record);
  },
};
