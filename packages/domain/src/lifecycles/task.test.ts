// Rules 9, 11–13, 17, 20: the task lifecycle, every state × action pair, and the edges (a completed task is not
// completed again, a drawn task is never deleted, a campaign exemption only before the draw).
import { describe, expect, it } from 'vitest';
import {
  campaignApproval,
  campaignApprover,
  mayActOnTask,
  mayApproveCampaign,
  TASK_ACTIONS,
  TASK_STATES,
  type TaskAction,
  type TaskState,
  taskCancellation,
  taskCompletion,
  taskDeletion,
  taskTransition,
} from '../index.ts';

// By hand: a state name = allowed, leading there; a code = the refusal.
const NE = 'TASK.NOT_EDITABLE';
const LATE = 'TASK.CAMPAIGN_APPROVAL_TOO_LATE';
const NC = 'TASK.NOT_CANCELLABLE';
const EXPECTED: Record<TaskState, Record<TaskAction, string>> = {
  DRAFT: {
    EDIT: 'DRAFT',
    DELETE: 'DRAFT',
    APPROVE_CAMPAIGN: 'DRAFT',
    ANNOUNCE_DRAW: 'READY',
    DRAW_TARGETS: 'DRAW.NOT_ANNOUNCED',
    REDRAW: 'DRAW.LOCKED_NO_REDRAW',
    LOCK_DRAW: 'DRAW.NOT_LOCKABLE',
    WORK_ON_TEAMS: 'TEAM.TASK_NOT_DISPATCHED',
    WORK_ON_RESULTS: 'TASK.NOT_DISPATCHED',
    COMPLETE: 'TASK.NOT_DISPATCHED',
    CANCEL: 'CANCELLED',
  },
  READY: {
    EDIT: 'READY',
    DELETE: 'READY',
    APPROVE_CAMPAIGN: 'READY',
    ANNOUNCE_DRAW: 'DRAW.ALREADY_ANNOUNCED',
    DRAW_TARGETS: 'DRAWN',
    REDRAW: 'DRAW.LOCKED_NO_REDRAW',
    LOCK_DRAW: 'DRAW.NOT_LOCKABLE',
    WORK_ON_TEAMS: 'TEAM.TASK_NOT_DISPATCHED',
    WORK_ON_RESULTS: 'TASK.NOT_DISPATCHED',
    COMPLETE: 'TASK.NOT_DISPATCHED',
    CANCEL: 'CANCELLED',
  },
  DRAWN: {
    EDIT: NE,
    DELETE: NE,
    APPROVE_CAMPAIGN: LATE,
    ANNOUNCE_DRAW: NE,
    DRAW_TARGETS: 'DRAW.ALREADY_DRAWN',
    REDRAW: 'READY',
    LOCK_DRAW: 'DISPATCHED',
    WORK_ON_TEAMS: 'TEAM.TASK_NOT_DISPATCHED',
    WORK_ON_RESULTS: 'TASK.NOT_DISPATCHED',
    COMPLETE: 'TASK.NOT_DISPATCHED',
    CANCEL: NC,
  },
  DISPATCHED: {
    EDIT: NE,
    DELETE: NE,
    APPROVE_CAMPAIGN: LATE,
    ANNOUNCE_DRAW: NE,
    DRAW_TARGETS: 'DRAW.ALREADY_DRAWN',
    REDRAW: 'DRAW.LOCKED_NO_REDRAW',
    LOCK_DRAW: 'DRAW.NOT_LOCKABLE',
    WORK_ON_TEAMS: 'DISPATCHED',
    WORK_ON_RESULTS: 'DISPATCHED',
    COMPLETE: 'COMPLETED',
    CANCEL: NC,
  },
  COMPLETED: {
    EDIT: NE,
    DELETE: NE,
    APPROVE_CAMPAIGN: LATE,
    ANNOUNCE_DRAW: NE,
    DRAW_TARGETS: 'DRAW.ALREADY_DRAWN',
    REDRAW: 'DRAW.LOCKED_NO_REDRAW',
    LOCK_DRAW: 'DRAW.NOT_LOCKABLE',
    WORK_ON_TEAMS: 'TEAM.TASK_NOT_DISPATCHED',
    WORK_ON_RESULTS: 'COMPLETED',
    COMPLETE: 'TASK.NOT_DISPATCHED',
    CANCEL: NC,
  },
  CANCELLED: {
    EDIT: NE,
    DELETE: NE,
    APPROVE_CAMPAIGN: LATE,
    ANNOUNCE_DRAW: NE,
    DRAW_TARGETS: 'DRAW.ALREADY_DRAWN',
    REDRAW: 'DRAW.LOCKED_NO_REDRAW',
    LOCK_DRAW: 'DRAW.NOT_LOCKABLE',
    WORK_ON_TEAMS: 'TEAM.TASK_NOT_DISPATCHED',
    WORK_ON_RESULTS: 'TASK.NOT_DISPATCHED',
    COMPLETE: 'TASK.NOT_DISPATCHED',
    CANCEL: NC,
  },
};

describe('task lifecycle (rules 11–13, 17, 20)', () => {
  const pairs = TASK_STATES.flatMap((s) => TASK_ACTIONS.map((a) => [s, a, EXPECTED[s][a]] as const));
  it.each(pairs)('%s × %s → %s', (state, action, expected) => {
    const v = taskTransition(state, action);
    expect(v.ok ? v.to : v.code).toBe(expected);
  });

  it('the plan’s unit sets the task up and draws; the executing unit runs it', () => {
    const owner = { OWNER_UNIT: true };
    const executing = { EXECUTING_UNIT: true };
    expect(mayActOnTask('DRAFT', 'EDIT', owner)).toBe(true);
    expect(mayActOnTask('DRAFT', 'EDIT', executing)).toBe(false);
    expect(mayActOnTask('DRAWN', 'LOCK_DRAW', owner)).toBe(true);
    expect(mayActOnTask('DISPATCHED', 'COMPLETE', executing)).toBe(true);
    expect(mayActOnTask('DISPATCHED', 'COMPLETE', owner)).toBe(false);
    expect(mayActOnTask('COMPLETED', 'COMPLETE', executing)).toBe(false);
  });

  it('a completed task cannot be completed again; completion needs every team confirmed', () => {
    expect(taskCompletion({ status: 'DISPATCHED', targetsWithoutConfirmedTeam: 0 })).toEqual({ ok: true, to: 'COMPLETED' });
    expect(taskCompletion({ status: 'COMPLETED', targetsWithoutConfirmedTeam: 0 })).toEqual({ ok: false, code: 'TASK.NOT_DISPATCHED' });
    expect(taskCompletion({ status: 'DISPATCHED', targetsWithoutConfirmedTeam: 2 })).toEqual({ ok: false, code: 'TASK.TEAMS_NOT_CONFIRMED' });
    expect(taskCompletion({ status: 'DRAWN', targetsWithoutConfirmedTeam: 2 })).toEqual({ ok: false, code: 'TASK.NOT_DISPATCHED' });
  });

  it('a task that was ever drawn is never deleted (rule 17)', () => {
    expect(taskDeletion({ status: 'DRAFT', hasDraws: false })).toEqual({ ok: true });
    expect(taskDeletion({ status: 'READY', hasDraws: true })).toEqual({ ok: false, code: 'TASK.ALREADY_DRAWN' });
    expect(taskDeletion({ status: 'DISPATCHED', hasDraws: true })).toEqual({ ok: false, code: 'TASK.ALREADY_DRAWN' });
    expect(taskDeletion({ status: 'CANCELLED', hasDraws: false })).toEqual({ ok: false, code: 'TASK.NOT_EDITABLE' });
  });

  it('a task is called off only before the draw, with a reason once announced', () => {
    expect(taskCancellation({ status: 'DRAFT', reason: null })).toEqual({ ok: true, to: 'CANCELLED', reason: null });
    expect(taskCancellation({ status: 'DRAFT', reason: '  重复 ' })).toEqual({ ok: true, to: 'CANCELLED', reason: '重复' });
    expect(taskCancellation({ status: 'READY', reason: '   ' })).toEqual({ ok: false, code: 'TASK.CANCEL_REASON_REQUIRED' });
    expect(taskCancellation({ status: 'READY', reason: '已纳入专项核查' })).toEqual({ ok: true, to: 'CANCELLED', reason: '已纳入专项核查' });
    for (const status of ['DRAWN', 'DISPATCHED', 'COMPLETED', 'CANCELLED'] as const)
      expect(taskCancellation({ status, reason: '理由' })).toEqual({ ok: false, code: 'TASK.NOT_CANCELLABLE' });
    expect(mayActOnTask('READY', 'CANCEL', { OWNER_UNIT: true })).toBe(true);
    expect(mayActOnTask('READY', 'CANCEL', { EXECUTING_UNIT: true })).toBe(false);
  });

  it('the lead unit approves a campaign exemption once, before the draw (rule 9)', () => {
    const t = { status: 'READY' as const, campaignOrdered: true, campaignApproved: false };
    expect(campaignApprover({ LEAD_ADMIN: true })).toEqual({ ok: true });
    expect(campaignApprover({ OWNER_UNIT: true })).toEqual({ ok: false, code: 'TASK.CAMPAIGN_APPROVER_NOT_LEAD' });
    expect(campaignApproval(t)).toEqual({ ok: true });
    expect(campaignApproval({ ...t, campaignOrdered: false })).toEqual({ ok: false, code: 'TASK.NOT_CAMPAIGN_ORDERED' });
    expect(campaignApproval({ ...t, campaignApproved: true })).toEqual({ ok: false, code: 'TASK.CAMPAIGN_ALREADY_APPROVED' });
    expect(campaignApproval({ ...t, status: 'DRAWN' })).toEqual({ ok: false, code: 'TASK.CAMPAIGN_APPROVAL_TOO_LATE' });
    expect(mayApproveCampaign(t, { LEAD_ADMIN: true })).toBe(true);
    expect(mayApproveCampaign(t, { OWNER_UNIT: true })).toBe(false);
    expect(mayApproveCampaign({ ...t, status: 'DISPATCHED' }, { LEAD_ADMIN: true })).toBe(false);
  });
});
