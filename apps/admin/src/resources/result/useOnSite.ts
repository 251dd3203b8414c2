// The on-site procedure of the result on the page (rule 19): one query shared by the pre-check, on-site record and
// confirmation sections (react-query dedupes it), refetched by react-admin's refresh after every command.
import { useQuery } from '@tanstack/react-query';
import type { OnSiteProcedureQuery, OnSiteProcedureQueryVariables } from '@ssj/graphql-types/operations';
import { query } from '../../common/useCommand';
import { ON_SITE_PROCEDURE } from '../../dataProvider/documents';

export type OnSite = NonNullable<OnSiteProcedureQuery['Result']>;

export function useOnSite(id: string) {
  return useQuery({
    queryKey: ['onSiteProcedure', id],
    queryFn: async () => (await query<OnSiteProcedureQuery, OnSiteProcedureQueryVariables>(ON_SITE_PROCEDURE, { id })).Result,
  });
}

/** The inspectors who sign (G26.3): active leader and members; experts hold no certificate. */
export const signingMembers = (o: OnSite) => (o.team?.members ?? []).filter((m) => m.active && m.inspectorId && m.role !== 'EXPERT');

/** Whether the signed-in user may record the procedure now: a team inspector while the result can be entered. */
export const mayRecord = (o: OnSite) => o.onTeam && (o.status === 'NOT_ENTERED' || o.status === 'RETURNED');
