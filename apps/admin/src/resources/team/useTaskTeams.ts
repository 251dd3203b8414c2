// What the teams section of a task page reads, through the Apollo client with react-query (as the draw page
// does), so react-admin's refresh after a command refetches it together with the task record.
import { gql } from '@apollo/client';
import { useQuery } from '@tanstack/react-query';
import { useLocaleState } from 'react-admin';
import { apolloClient } from '../../dataProvider/apolloClient';
import { TASK_TEAMS, TEAM_INSPECTORS, TEAM_PEOPLE } from '../../dataProvider/documents';
import { intlLocale } from '../../i18n';
import type { Me } from '../../session';

export type TeamMode = 'DRAWN' | 'DIRECT' | 'JOINT';
export type TeamRole = 'LEADER' | 'MEMBER' | 'EXPERT';
export type ReplacementReason = 'POST_CHANGE' | 'WORK_CONFLICT' | 'HEALTH' | 'RECUSAL';

export type TeamMember = {
  id: string; inspectorId: string | null; expertId: string | null; role: TeamRole; rank: number | null; active: boolean;
  replacedAt: string | null; replacementReason: ReplacementReason | null; replacementNote: string | null; approvedById: string | null;
  replacesId: string | null; createdAt: string;
  inspector: { id: string; name: string; unitId: string; canLead: boolean; unit: { id: string; name: string } } | null;
  expert: { id: string; name: string; organization: string; field: string } | null;
};
export type Team = {
  id: string; visitId: string; mode: TeamMode; jointUnitId: string | null; confirmedAt: string | null; createdAt: string;
  jointUnit: { id: string; code: string; name: string } | null;
  members: TeamMember[];
};
export type TeamTaskTarget = {
  id: string; targetId: string; visitId: string | null; status: string; resultDueOn: string | null;
  target: { id: string; name: string; creditCode: string };
};
export type TeamTask = {
  id: string; code: string; status: string; ownerUnitId: string; executingUnitId: string; windowFrom: string; windowTo: string;
  completedOn: string | null; teamSize: number;
  executingUnit: { id: string; code: string; name: string; neighbourCodes: string[] };
  targets: TeamTaskTarget[];
};
export type Person = { id: string; username: string; name: string; role: string; unitId: string; active: boolean; unit: { id: string; name: string; isLead: boolean } };
export type UnitBrief = { id: string; code: string; name: string };
export type InspectorBrief = { id: string; name: string; unitId: string; canLead: boolean; title: string | null };

const TASK = gql(TASK_TEAMS);
const PEOPLE = gql(TEAM_PEOPLE);
const INSPECTORS = gql(TEAM_INSPECTORS);

export function useTaskTeams(taskId: string | undefined) {
  return useQuery({
    queryKey: ['taskTeams', taskId],
    enabled: !!taskId,
    queryFn: async () => {
      const { data } = await apolloClient.query<{ Task: TeamTask | null; teamsOfTask: Team[] }>({ query: TASK, variables: { id: taskId } });
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
      const { data } = await apolloClient.query<{ allUsers: Person[]; allUnits: UnitBrief[] }>({ query: PEOPLE });
      return data;
    },
  });
}

export function useTeamInspectors(enabled: boolean) {
  return useQuery({
    queryKey: ['teamInspectors'],
    enabled,
    queryFn: async () => {
      const { data } = await apolloClient.query<{ allInspectors: InspectorBrief[] }>({ query: INSPECTORS });
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

/** Rule 16: a replacement is approved by an active user of the lead unit, the task's owner unit or its executing unit. */
export function mayApprove(p: Person, task: { ownerUnitId: string; executingUnitId: string }): boolean {
  return p.active && p.role !== 'ANALYST' && (p.unit.isLead || p.unitId === task.ownerUnitId || p.unitId === task.executingUnitId);
}

/** Today in China (the server refuses a completion day after its own today in Asia/Shanghai). */
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A calendar day (YYYY-MM-DD) in the UI's language, as LocalDateField shows the task's dates. */
export function useLocalDay() {
  const [locale] = useLocaleState();
  return (day: string | null | undefined) =>
    day ? new Date(`${day}T00:00:00Z`).toLocaleDateString(intlLocale(locale), { timeZone: 'UTC' }) : '—';
}
