// Rules 15, 16 (G19–G21): the life of a dispatched task's inspection teams, their members and the requests to
// replace a member. All team work needs a dispatched task (task.ts WORK_ON_TEAMS) with its locked draw, whose seed
// ranks the inspectors.
//
//   team (per visit):     NONE ──MATCH / ASSIGN_DIRECTLY──▶ MATCHED ──CONFIRM──▶ CONFIRMED
//   member:               ACTIVE ──REPLACE──▶ REPLACED  (only through an approved request)
//   replacement request:  PENDING ──APPROVE──▶ APPROVED
//                                 └──REFUSE──▶ REFUSED  (with a reason)
//
// Who may approve a request (the lead unit, or the executing unit's principal) is `mayApproveReplacement`
// (matching.ts); which inspector steps in is `replaceTeamMember`.

import { type ApproverCandidate, mayApproveReplacement } from '../matching.ts';
import { type Actor, decide, type LifecycleTable, mayTake, type Verdict } from './machine.ts';
import { type TaskState, taskTransition } from './task.ts';

// ——— the task's side —————————————————————————————————————————————————————————————————————

/** Rules 15, 16: teams are matched, assigned, confirmed and changed only in a dispatched task with its locked draw. */
export function teamWork(task: { status: TaskState; hasLockedDraw: boolean }): { ok: true } | { ok: false; code: 'TEAM.TASK_NOT_DISPATCHED' } {
  const state = taskTransition(task.status, 'WORK_ON_TEAMS');
  if (!state.ok || !task.hasLockedDraw) return { ok: false, code: 'TEAM.TASK_NOT_DISPATCHED' };
  return { ok: true };
}

// ——— a visit's team ——————————————————————————————————————————————————————————————————————

export const TEAM_STATES = ['NONE', 'MATCHED', 'CONFIRMED'] as const;
export type TeamState = (typeof TEAM_STATES)[number];
export const TEAM_ACTIONS = ['MATCH', 'ASSIGN_DIRECTLY', 'CONFIRM'] as const;
export type TeamAction = (typeof TEAM_ACTIONS)[number];
export type TeamRefusal = 'TEAM.ALREADY_MATCHED' | 'TEAM.ALREADY_CONFIRMED' | 'TEAM.VISITS_WITHOUT_TEAM';

/** Rule 15: a visit gets one team (drawn, joint or directly assigned), which the executing unit confirms once. */
export const TEAM_LIFECYCLE: LifecycleTable<TeamState, TeamAction, TeamRefusal> = {
  MATCH: { from: ['NONE'], to: 'MATCHED', by: 'EXECUTING_UNIT', refusal: 'TEAM.ALREADY_MATCHED' },
  ASSIGN_DIRECTLY: { from: ['NONE'], to: 'MATCHED', by: 'EXECUTING_UNIT', refusal: 'TEAM.ALREADY_MATCHED' },
  CONFIRM: { from: ['MATCHED'], to: 'CONFIRMED', by: 'EXECUTING_UNIT', refusal: 'TEAM.ALREADY_CONFIRMED', refusalIn: { NONE: 'TEAM.VISITS_WITHOUT_TEAM' } },
};

/** The state of a visit's team: none yet, formed, or confirmed by the executing unit. */
export function teamStateOf(team: { confirmedAt: unknown } | null | undefined): TeamState {
  if (!team) return 'NONE';
  return team.confirmedAt ? 'CONFIRMED' : 'MATCHED';
}

export function teamTransition(status: TeamState, action: TeamAction): Verdict<TeamState, TeamRefusal> {
  return decide(TEAM_LIFECYCLE, action, status);
}

/**
 * Rule 15 (confirmTeams): the task's teams are confirmed together — refused while a visit has no team, and when
 * every team is confirmed already. `teams` are the visits' teams as `teamStateOf` sees them (one per visit).
 */
export function teamsToConfirm(visits: readonly TeamState[]): { ok: true; open: number } | { ok: false; code: TeamRefusal; count: number } {
  const verdicts = visits.map((s) => teamTransition(s, 'CONFIRM'));
  const without = verdicts.filter((v) => !v.ok && v.code === 'TEAM.VISITS_WITHOUT_TEAM').length;
  if (visits.length === 0 || without > 0) return { ok: false, code: 'TEAM.VISITS_WITHOUT_TEAM', count: without };
  const open = verdicts.filter((v) => v.ok).length;
  if (open === 0) return { ok: false, code: 'TEAM.ALREADY_CONFIRMED', count: visits.length };
  return { ok: true, open };
}

/** Rule 15 (matchTeams, assignTeam): teams are formed for the visits that have none; refused when none is left. */
export function teamsToForm(visits: readonly TeamState[]): { ok: true; open: number } | { ok: false; code: 'TEAM.ALREADY_MATCHED' } {
  const open = visits.filter((s) => teamTransition(s, 'MATCH').ok).length;
  return open > 0 ? { ok: true, open } : { ok: false, code: 'TEAM.ALREADY_MATCHED' };
}

// ——— a team member ———————————————————————————————————————————————————————————————————————

export const MEMBER_STATES = ['ACTIVE', 'REPLACED'] as const;
export type MemberState = (typeof MEMBER_STATES)[number];
export const MEMBER_ACTIONS = ['REQUEST_REPLACEMENT', 'REPLACE'] as const;
export type MemberAction = (typeof MEMBER_ACTIONS)[number];

/** Rule 16: only a member still in the team is replaced (or recuses), and only on an approved request. */
export const MEMBER_LIFECYCLE: LifecycleTable<MemberState, MemberAction, 'TEAM.MEMBER_INACTIVE'> = {
  REQUEST_REPLACEMENT: { from: ['ACTIVE'], by: 'EXECUTING_UNIT', refusal: 'TEAM.MEMBER_INACTIVE' },
  REPLACE: { from: ['ACTIVE'], to: 'REPLACED', by: 'NAMED_APPROVER', refusal: 'TEAM.MEMBER_INACTIVE' },
};

export function memberStateOf(member: { active: boolean }): MemberState {
  return member.active ? 'ACTIVE' : 'REPLACED';
}

export function memberTransition(member: { active: boolean }, action: MemberAction): Verdict<MemberState, 'TEAM.MEMBER_INACTIVE'> {
  return decide(MEMBER_LIFECYCLE, action, memberStateOf(member));
}

/** Rule 16: a replacement may be asked for an active member without another request waiting for a decision. */
export function replacementRequestable(member: {
  active: boolean;
  pendingRequests: number;
}): { ok: true } | { ok: false; code: 'TEAM.MEMBER_INACTIVE' | 'TEAM.REQUEST_ALREADY_PENDING' } {
  const state = memberTransition(member, 'REQUEST_REPLACEMENT');
  if (!state.ok) return { ok: false, code: state.code };
  if (member.pendingRequests > 0) return { ok: false, code: 'TEAM.REQUEST_ALREADY_PENDING' };
  return { ok: true };
}

// ——— a replacement request ———————————————————————————————————————————————————————————————

export const REPLACEMENT_REQUEST_STATES = ['PENDING', 'APPROVED', 'REFUSED'] as const;
export type ReplacementRequestStatus = (typeof REPLACEMENT_REQUEST_STATES)[number];
export const REPLACEMENT_REQUEST_ACTIONS = ['APPROVE', 'REFUSE'] as const;
export type ReplacementRequestAction = (typeof REPLACEMENT_REQUEST_ACTIONS)[number];

/** Rule 16 (G21): a request waits for its named approver, who approves or refuses it once. */
export const REPLACEMENT_REQUEST_LIFECYCLE: LifecycleTable<ReplacementRequestStatus, ReplacementRequestAction, 'TEAM.REQUEST_NOT_PENDING'> = {
  APPROVE: { from: ['PENDING'], to: 'APPROVED', by: 'NAMED_APPROVER', refusal: 'TEAM.REQUEST_NOT_PENDING' },
  REFUSE: { from: ['PENDING'], to: 'REFUSED', by: 'NAMED_APPROVER', refusal: 'TEAM.REQUEST_NOT_PENDING' },
};

/**
 * Rule 16: the transition of a replacement request. Only a PENDING request is decided, only by its named approver,
 * never by its requester (even if the approver were changed to them), and the approver must still be allowed;
 * a refusal carries its reason.
 */
export function decideReplacementRequest(input: {
  request: { status: ReplacementRequestStatus; requestedById: string; approverId: string };
  actor: ApproverCandidate;
  task: { executingUnitId: string };
  decision: ReplacementRequestAction;
  note?: string | null;
}):
  | { ok: true; status: 'APPROVED' | 'REFUSED' }
  | {
      ok: false;
      code: 'TEAM.REQUEST_NOT_PENDING' | 'TEAM.SELF_APPROVAL' | 'TEAM.NOT_THE_APPROVER' | 'TEAM.APPROVER_NOT_ALLOWED' | 'TEAM.DECISION_NEEDS_REASON';
    } {
  const { request, actor } = input;
  const state = decide(REPLACEMENT_REQUEST_LIFECYCLE, input.decision, request.status);
  if (!state.ok) return { ok: false, code: state.code };
  if (actor.id === request.requestedById) return { ok: false, code: 'TEAM.SELF_APPROVAL' };
  if (actor.id !== request.approverId) return { ok: false, code: 'TEAM.NOT_THE_APPROVER' };
  if (!mayApproveReplacement(actor, input.task)) return { ok: false, code: 'TEAM.APPROVER_NOT_ALLOWED' };
  if (input.decision === 'REFUSE' && !(input.note ?? '').trim()) return { ok: false, code: 'TEAM.DECISION_NEEDS_REASON' };
  return { ok: true, status: state.to === 'APPROVED' ? 'APPROVED' : 'REFUSED' };
}

/**
 * Whether the signed-in user may decide the request now (the admin's button, the to-do list): it is pending, they
 * are its named approver and not its requester.
 */
export function mayDecideReplacementRequest(request: { status: ReplacementRequestStatus; requestedById: string; approverId: string }, userId: string): boolean {
  const actor: Actor = { NAMED_APPROVER: userId === request.approverId && userId !== request.requestedById };
  return mayTake(REPLACEMENT_REQUEST_LIFECYCLE, 'APPROVE', request.status, actor);
}
