// The on-site procedure of the result on the page (rule 19): one query shared by the pre-check, on-site record and
// confirmation sections (react-query dedupes it), refetched by react-admin's refresh after every command.
import { useQuery } from '@tanstack/react-query';
import type { MyInspectorQuery, MyInspectorQueryVariables, OnSiteProcedureQuery, OnSiteProcedureQueryVariables } from '@ssj/graphql-types/operations';
import { query } from '../../common/useCommand';
import { MY_INSPECTOR, ON_SITE_PROCEDURE } from '../../dataProvider/documents';

export type OnSite = NonNullable<OnSiteProcedureQuery['Result']>;

export function useOnSite(id: string) {
  return useQuery({
    queryKey: ['onSiteProcedure', id],
    queryFn: async () => (await query<OnSiteProcedureQuery, OnSiteProcedureQueryVariables>(ON_SITE_PROCEDURE, { id })).Result,
  });
}

/**
 * Whether the signed-in account is linked to an inspector (User.inspectorId, set by the lead unit's administrators
 * on the user's page): asked of the server each time, so a link made after sign-in counts at once. undefined while
 * loading.
 */
export function useLinkedToInspector(): boolean | undefined {
  const { data } = useQuery({
    queryKey: ['myInspector'],
    queryFn: async () => (await query<MyInspectorQuery, MyInspectorQueryVariables>(MY_INSPECTOR, {})).me,
  });
  return data === undefined ? undefined : !!data?.inspectorId;
}

/** The inspectors who sign (G26.3): active leader and members; experts hold no certificate. */
export const signingMembers = (o: OnSite) => (o.team?.members ?? []).filter((m) => m.active && m.inspectorId && m.role !== 'EXPERT');

/** Whether the signed-in user may record the procedure now: a team inspector while the result can be entered. */
export const mayRecord = (o: OnSite) => o.onTeam && (o.status === 'NOT_ENTERED' || o.status === 'RETURNED');
