// What the teams section of a task page reads, through the Apollo client with react-query (as the draw page
// does), so react-admin's refresh after a command refetches it together with the task record.
import { useQuery } from '@tanstack/react-query';
import { useLocaleState } from 'react-admin';
import type {
  TaskTeamsQuery,
  TaskTeamsQueryVariables,
  TeamInspectorsQuery,
  TeamInspectorsQueryVariables,
  TeamPeopleQuery,
  TeamPeopleQueryVariables,
} from '@ssj/graphql-types/operations';
import { graphqlClient } from '../../dataProvider/graphqlClient';
import { TASK_TEAMS, TEAM_INSPECTORS, TEAM_PEOPLE } from '../../dataProvider/documents';
import { intlLocale } from '../../i18n';
import type { Me } from '../../session';

// The pieces of the answers the teams section takes, derived from the generated operation types.
export type TeamTask = NonNullable<TaskTeamsQuery['Task']>;
export type TeamTaskTarget = TeamTask['targets'][number];
export type Team = TaskTeamsQuery['teamsOfTask'][number];
export type TeamMember = Team['members'][number];
export type ReplacementRequest = Team['replacementRequests'][number];
export type Person = TeamPeopleQuery['allUsers'][number];
export type UnitBrief = TeamPeopleQuery['allUnits'][number];
export type InspectorBrief = TeamInspectorsQuery['allInspectors'][number];

const TASK = TASK_TEAMS;
const PEOPLE = TEAM_PEOPLE;
const INSPECTORS = TEAM_INSPECTORS;

export function useTaskTeams(taskId: string | undefined) {
  return useQuery({
    queryKey: ['taskTeams', taskId],
    enabled: !!taskId,
    queryFn: async () => {
      if (!taskId) return { Task: null, teamsOfTask: [] }; // not run without an id (enabled), but the query needs one
      const { data } = await graphqlClient.query<TaskTeamsQuery, TaskTeamsQueryVariables>({ query: TASK, variables: { id: taskId } });
      return data;
    },
  });
}

/** Users (for the approver and the names of past approvers) and units (for the neighbours). */
export function useTeamPeople(enabled: boolean) {
  return useQuery({
    queryKey: ['teamPeople'],
    enabled,
    staleTime: 60_000,
    queryFn: async () => {
      const { data } = await graphqlClient.query<TeamPeopleQuery, TeamPeopleQueryVariables>({ query: PEOPLE });
      return data;
    },
  });
}

export function useTeamInspectors(enabled: boolean) {
  return useQuery({
    queryKey: ['teamInspectors'],
    enabled,
    queryFn: async () => {
      const { data } = await graphqlClient.query<TeamInspectorsQuery, TeamInspectorsQueryVariables>({ query: INSPECTORS });
      return data.allInspectors;
    },
  });
}

/**
 * Who forms, changes and confirms a task's teams and completes the task: its executing unit (G14: possibly a
 * delegated lower unit) or an administrator — the server checks the same (assertUnitWrite on executingUnitId).
 */
export function mayRunTeams(me: Pick<Me, 'role' | 'unitId'> | null | undefined, task: { executingUnitId?: string } | null | undefined): boolean {
  if (!me || !task) return false;
  return me.role === 'ADMIN' || (me.role === 'UNIT_STAFF' && task.executingUnitId === me.unitId);
}

/** Rule 16 (as the server's mayApproveReplacement): an active user of the lead unit, or the executing unit's principal. */
export function mayApprove(p: Person, task: { executingUnitId: string }): boolean {
  return p.active && p.role !== 'ANALYST' && (p.unit.isLead || (p.isPrincipal && p.unitId === task.executingUnitId));
}

/** A calendar day (YYYY-MM-DD) in the UI's language, as LocalDateField shows the task's dates. */
export function useLocalDay() {
  const [locale] = useLocaleState();
  return (day: string | null | undefined) => (day ? new Date(`${day}T00:00:00Z`).toLocaleDateString(intlLocale(locale), { timeZone: 'UTC' }) : '—');
}
