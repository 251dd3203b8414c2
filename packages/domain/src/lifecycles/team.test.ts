// Rules 15, 16: the team, member and replacement-request lifecycles, every state × action pair, and the edges (a
// confirmed team is not confirmed again, a replaced member is not replaced again, a decided request stays decided).
import { describe, expect, it } from 'vitest';
import {
  type ApproverCandidate,
  decideReplacementRequest,
  MEMBER_ACTIONS,
  MEMBER_STATES,
  mayDecideReplacementRequest,
  memberTransition,
  REPLACEMENT_REQUEST_ACTIONS,
  REPLACEMENT_REQUEST_STATES,
  replacementRequestable,
  TASK_STATES,
  TEAM_ACTIONS,
  TEAM_STATES,
  teamStateOf,
  teamsToConfirm,
  teamsToForm,
  teamTransition,
  teamWork,
} from '../index.ts';

describe('team lifecycle (rule 15)', () => {
  const EXPECTED = {
    NONE: { MATCH: 'MATCHED', ASSIGN_DIRECTLY: 'MATCHED', CONFIRM: 'TEAM.VISITS_WITHOUT_TEAM' },
    MATCHED: { MATCH: 'TEAM.ALREADY_MATCHED', ASSIGN_DIRECTLY: 'TEAM.ALREADY_MATCHED', CONFIRM: 'CONFIRMED' },
    CONFIRMED: { MATCH: 'TEAM.ALREADY_MATCHED', ASSIGN_DIRECTLY: 'TEAM.ALREADY_MATCHED', CONFIRM: 'TEAM.ALREADY_CONFIRMED' },
  } as const;
  const pairs = TEAM_STATES.flatMap((s) => TEAM_ACTIONS.map((a) => [s, a, EXPECTED[s][a]] as const));
  it.each(pairs)('%s × %s → %s', (state, action, expected) => {
    const v = teamTransition(state, action);
    expect(v.ok ? v.to : v.code).toBe(expected);
  });

  it('works on teams only in a dispatched task with its locked draw', () => {
    for (const s of TASK_STATES) {
      expect(teamWork({ status: s, hasLockedDraw: true }).ok).toBe(s === 'DISPATCHED');
    }
    expect(teamWork({ status: 'DISPATCHED', hasLockedDraw: false })).toEqual({ ok: false, code: 'TEAM.TASK_NOT_DISPATCHED' });
  });

  it('forms teams for visits without one, confirms once every visit has one', () => {
    expect(teamStateOf(null)).toBe('NONE');
    expect(teamStateOf({ confirmedAt: null })).toBe('MATCHED');
    expect(teamStateOf({ confirmedAt: new Date(0) })).toBe('CONFIRMED');
    expect(teamsToForm(['NONE', 'MATCHED'])).toEqual({ ok: true, open: 1 });
    expect(teamsToForm(['MATCHED', 'CONFIRMED'])).toEqual({ ok: false, code: 'TEAM.ALREADY_MATCHED' });
    expect(teamsToConfirm(['MATCHED', 'CONFIRMED'])).toEqual({ ok: true, open: 1 });
    expect(teamsToConfirm(['MATCHED', 'NONE', 'NONE'])).toEqual({ ok: false, code: 'TEAM.VISITS_WITHOUT_TEAM', count: 2 });
    expect(teamsToConfirm([])).toEqual({ ok: false, code: 'TEAM.VISITS_WITHOUT_TEAM', count: 0 });
    expect(teamsToConfirm(['CONFIRMED', 'CONFIRMED'])).toEqual({ ok: false, code: 'TEAM.ALREADY_CONFIRMED', count: 2 });
  });
});

describe('member lifecycle (rule 16)', () => {
  const EXPECTED = {
    ACTIVE: { REQUEST_REPLACEMENT: 'ACTIVE', REPLACE: 'REPLACED' },
    REPLACED: { REQUEST_REPLACEMENT: 'TEAM.MEMBER_INACTIVE', REPLACE: 'TEAM.MEMBER_INACTIVE' },
  } as const;
  const pairs = MEMBER_STATES.flatMap((s) => MEMBER_ACTIONS.map((a) => [s, a, EXPECTED[s][a]] as const));
  it.each(pairs)('%s × %s → %s', (state, action, expected) => {
    const v = memberTransition({ active: state === 'ACTIVE' }, action);
    expect(v.ok ? v.to : v.code).toBe(expected);
  });

  it('asks one replacement at a time, for an active member', () => {
    expect(replacementRequestable({ active: true, pendingRequests: 0 })).toEqual({ ok: true });
    expect(replacementRequestable({ active: true, pendingRequests: 1 })).toEqual({ ok: false, code: 'TEAM.REQUEST_ALREADY_PENDING' });
    expect(replacementRequestable({ active: false, pendingRequests: 1 })).toEqual({ ok: false, code: 'TEAM.MEMBER_INACTIVE' });
  });
});

describe('replacement request lifecycle (rule 16)', () => {
  const approver: ApproverCandidate = { id: 'A', active: true, role: 'UNIT_STAFF', unitId: 'LEAD', unitIsLead: true, isPrincipal: false };
  const task = { executingUnitId: 'U1' };
  const EXPECTED = {
    PENDING: { APPROVE: 'APPROVED', REFUSE: 'REFUSED' },
    APPROVED: { APPROVE: 'TEAM.REQUEST_NOT_PENDING', REFUSE: 'TEAM.REQUEST_NOT_PENDING' },
    REFUSED: { APPROVE: 'TEAM.REQUEST_NOT_PENDING', REFUSE: 'TEAM.REQUEST_NOT_PENDING' },
  } as const;
  const pairs = REPLACEMENT_REQUEST_STATES.flatMap((s) => REPLACEMENT_REQUEST_ACTIONS.map((a) => [s, a, EXPECTED[s][a]] as const));
  it.each(pairs)('%s × %s → %s', (status, decision, expected) => {
    const v = decideReplacementRequest({ request: { status, requestedById: 'R', approverId: 'A' }, actor: approver, task, decision, note: '理由' });
    expect(v.ok ? v.status : v.code).toBe(expected);
  });

  it('is decided by its named approver only, never by the requester', () => {
    const pending = { status: 'PENDING' as const, requestedById: 'R', approverId: 'A' };
    expect(mayDecideReplacementRequest(pending, 'A')).toBe(true);
    expect(mayDecideReplacementRequest(pending, 'B')).toBe(false);
    expect(mayDecideReplacementRequest({ ...pending, approverId: 'R' }, 'R')).toBe(false);
    expect(mayDecideReplacementRequest({ ...pending, status: 'APPROVED' }, 'A')).toBe(false);
  });
});
