// Rules 11–13, 17, 20, G15–G17: the life of a task (抽查任务). It is set up (and may be changed) until its targets are
// drawn; the draw is announced (a committed seed), drawn, possibly redrawn with a reason, then locked and dispatched;
// the executing unit forms and confirms the teams and completes the task, which starts the results' clock.
//
//   DRAFT ──ANNOUNCE_DRAW──▶ READY ──DRAW_TARGETS──▶ DRAWN ──LOCK_DRAW──▶ DISPATCHED ──COMPLETE──▶ COMPLETED
//     │                        ▲ │                      │
//     │                        │ └───────REDRAW─────────┘
//     └──CANCEL──▶ CANCELLED ◀─CANCEL (with a reason)
//
// A task is cancelled only before its targets are drawn: once the drawn list is known, cancelling it and setting
// up another would be a redraw without the reason and the public trace rule 17 asks for.
//
// The draw record's own states (DRAWN / LOCKED / SUPERSEDED) and the draw commands are in draw.ts; team work in a
// dispatched task is in team.ts.

import { type Actor, decide, type LifecycleTable, mayTake, type Verdict } from './machine.ts';

export const TASK_STATES = ['DRAFT', 'READY', 'DRAWN', 'DISPATCHED', 'COMPLETED', 'CANCELLED'] as const;
export type TaskState = (typeof TASK_STATES)[number];

export const TASK_ACTIONS = [
  'EDIT',
  'DELETE',
  'APPROVE_CAMPAIGN',
  'ANNOUNCE_DRAW',
  'DRAW_TARGETS',
  'REDRAW',
  'LOCK_DRAW',
  'WORK_ON_TEAMS',
  'WORK_ON_RESULTS',
  'COMPLETE',
  'CANCEL',
] as const;
export type TaskAction = (typeof TASK_ACTIONS)[number];

export type TaskRefusal =
  | 'TASK.NOT_EDITABLE'
  | 'TASK.CAMPAIGN_APPROVAL_TOO_LATE'
  | 'DRAW.ALREADY_ANNOUNCED'
  | 'DRAW.NOT_ANNOUNCED'
  | 'DRAW.ALREADY_DRAWN'
  | 'DRAW.LOCKED_NO_REDRAW'
  | 'DRAW.NOT_LOCKABLE'
  | 'TEAM.TASK_NOT_DISPATCHED'
  | 'TASK.NOT_DISPATCHED'
  | 'TASK.NOT_CANCELLABLE';

/** What may be done to a task in each state, and by whom (G15: the plan's unit sets it up; the executing unit runs it). */
export const TASK_LIFECYCLE: LifecycleTable<TaskState, TaskAction, TaskRefusal> = {
  /** Change the task, its check items and classes: only before the draw (the parameters are what is drawn). */
  EDIT: { from: ['DRAFT', 'READY'], by: 'OWNER_UNIT', refusal: 'TASK.NOT_EDITABLE' },
  /** Delete the task (rule 17: never once drawn, see `taskDeletion`). */
  DELETE: { from: ['DRAFT', 'READY'], by: 'OWNER_UNIT', refusal: 'TASK.NOT_EDITABLE' },
  /** Rule 9: the lead unit approves a campaign exemption — part of the draw's parameters, so before the draw. */
  APPROVE_CAMPAIGN: { from: ['DRAFT', 'READY'], by: 'LEAD_ADMIN', refusal: 'TASK.CAMPAIGN_APPROVAL_TOO_LATE' },
  /** Rule 17: commit to a server secret (announce the draw). */
  ANNOUNCE_DRAW: {
    from: ['DRAFT'],
    to: 'READY',
    by: 'OWNER_UNIT',
    refusal: 'TASK.NOT_EDITABLE',
    refusalIn: { READY: 'DRAW.ALREADY_ANNOUNCED' },
  },
  /** Rules 11–13, 17: draw the targets with the witness's entropy. */
  DRAW_TARGETS: { from: ['READY'], to: 'DRAWN', by: 'OWNER_UNIT', refusal: 'DRAW.ALREADY_DRAWN', refusalIn: { DRAFT: 'DRAW.NOT_ANNOUNCED' } },
  /** Rule 17: set an unlocked draw aside, with a reason, and commit to a new secret. */
  REDRAW: { from: ['DRAWN'], to: 'READY', by: 'OWNER_UNIT', refusal: 'DRAW.LOCKED_NO_REDRAW' },
  /** Rule 13, G17: lock the drawn list; it is dispatched and the task announcement published. */
  LOCK_DRAW: { from: ['DRAWN'], to: 'DISPATCHED', by: 'OWNER_UNIT', refusal: 'DRAW.NOT_LOCKABLE' },
  /** Rules 15, 16: match, assign, confirm and change the teams of a dispatched task. */
  WORK_ON_TEAMS: { from: ['DISPATCHED'], by: 'EXECUTING_UNIT', refusal: 'TEAM.TASK_NOT_DISPATCHED' },
  /** Rules 20–23: enter, close, submit and transfer its targets' results — from dispatch until after completion. */
  WORK_ON_RESULTS: { from: ['DISPATCHED', 'COMPLETED'], by: 'RESPONSIBLE_UNIT', refusal: 'TASK.NOT_DISPATCHED' },
  /** Rule 20: mark the task completed; the results' clock starts. */
  COMPLETE: { from: ['DISPATCHED'], to: 'COMPLETED', by: 'EXECUTING_UNIT', refusal: 'TASK.NOT_DISPATCHED' },
  /** Call the task off before the draw (see `taskCancellation`: a reason once the draw was announced). */
  CANCEL: { from: ['DRAFT', 'READY'], to: 'CANCELLED', by: 'OWNER_UNIT', refusal: 'TASK.NOT_CANCELLABLE' },
};

/** The state check of `action` on a task in `status`. */
export function taskTransition(status: TaskState, action: TaskAction): Verdict<TaskState, TaskRefusal> {
  return decide(TASK_LIFECYCLE, action, status);
}

/** Whether `actor` may take `action` on the task now (the admin's buttons, the to-do list). */
export function mayActOnTask(status: TaskState, action: TaskAction, actor: Actor): boolean {
  return mayTake(TASK_LIFECYCLE, action, status, actor);
}

/** Rule 17: a task that was ever drawn keeps its draws and is never deleted; otherwise only before the draw. */
export function taskDeletion(task: { status: TaskState; hasDraws: boolean }): { ok: true } | { ok: false; code: 'TASK.ALREADY_DRAWN' | TaskRefusal } {
  if (task.hasDraws) return { ok: false, code: 'TASK.ALREADY_DRAWN' };
  const state = taskTransition(task.status, 'DELETE');
  return state.ok ? { ok: true } : { ok: false, code: state.code };
}

/**
 * Calling a task off. Only before the draw (after it, the drawn list is set aside only by a redraw with a reason,
 * rule 17, or run). Once the draw was announced — its commitment published — the cancellation is public too, so
 * it needs a reason; a draft nobody outside the unit has seen may be called off without one.
 */
export function taskCancellation(task: {
  status: TaskState;
  reason: string | null | undefined;
}): { ok: true; to: TaskState; reason: string | null } | { ok: false; code: 'TASK.NOT_CANCELLABLE' | 'TASK.CANCEL_REASON_REQUIRED' } {
  const state = taskTransition(task.status, 'CANCEL');
  if (!state.ok) return { ok: false, code: 'TASK.NOT_CANCELLABLE' };
  const reason = task.reason?.trim() || null;
  if (task.status !== 'DRAFT' && !reason) return { ok: false, code: 'TASK.CANCEL_REASON_REQUIRED' };
  return { ok: true, to: state.to, reason };
}

export type CampaignApprovalRefusal =
  | 'TASK.CAMPAIGN_APPROVER_NOT_LEAD'
  | 'TASK.NOT_CAMPAIGN_ORDERED'
  | 'TASK.CAMPAIGN_ALREADY_APPROVED'
  | 'TASK.CAMPAIGN_APPROVAL_TOO_LATE';

/** Rule 9: only an administrator of the lead unit approves a campaign exemption (asked before the task is read). */
export function campaignApprover(actor: Actor): { ok: true } | { ok: false; code: 'TASK.CAMPAIGN_APPROVER_NOT_LEAD' } {
  return actor[TASK_LIFECYCLE.APPROVE_CAMPAIGN.by] ? { ok: true } : { ok: false, code: 'TASK.CAMPAIGN_APPROVER_NOT_LEAD' };
}

/**
 * Rule 9: a campaign exemption is approved once, for a task marked as ordered by a campaign or a higher authority,
 * and only before the draw.
 */
export function campaignApproval(task: {
  status: TaskState;
  campaignOrdered: boolean;
  campaignApproved: boolean;
}): { ok: true } | { ok: false; code: Exclude<CampaignApprovalRefusal, 'TASK.CAMPAIGN_APPROVER_NOT_LEAD'> } {
  if (!task.campaignOrdered) return { ok: false, code: 'TASK.NOT_CAMPAIGN_ORDERED' };
  if (task.campaignApproved) return { ok: false, code: 'TASK.CAMPAIGN_ALREADY_APPROVED' };
  const state = taskTransition(task.status, 'APPROVE_CAMPAIGN');
  return state.ok ? { ok: true } : { ok: false, code: 'TASK.CAMPAIGN_APPROVAL_TOO_LATE' };
}

/** Whether `actor` may approve the task's campaign exemption now (the admin's button). */
export function mayApproveCampaign(task: { status: TaskState; campaignOrdered: boolean; campaignApproved: boolean }, actor: Actor): boolean {
  return campaignApprover(actor).ok && campaignApproval(task).ok;
}

/**
 * Rules 15, 20: a task is completed once, while dispatched, and only when every target still to inspect has a
 * confirmed team (`targetsWithoutConfirmedTeam` counts those that have none). The completion day is
 * `checkCompletionDate`'s (deadlines.ts).
 */
export function taskCompletion(task: {
  status: TaskState;
  targetsWithoutConfirmedTeam: number;
}): { ok: true; to: TaskState } | { ok: false; code: 'TASK.NOT_DISPATCHED' | 'TASK.TEAMS_NOT_CONFIRMED' | TaskRefusal } {
  const state = taskTransition(task.status, 'COMPLETE');
  if (!state.ok) return { ok: false, code: state.code };
  if (task.targetsWithoutConfirmedTeam > 0) return { ok: false, code: 'TASK.TEAMS_NOT_CONFIRMED' };
  return { ok: true, to: state.to };
}
