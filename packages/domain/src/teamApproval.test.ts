// Rules 4, 15, 16 and G19 at the domain's edge: who decides a replacement request, when a team may be assigned
// directly, when a delegated task's teams may be matched, and which expert fits a check item.
import { describe, expect, it } from 'vitest';
import {
  checkExpertAssignment,
  checkReplacementRequest,
  decideReplacementRequest,
  matchTeams,
  matchingDirectoryCheck,
  mayAssignTeamDirectly,
  type ApproverCandidate,
  type InspectorCandidate,
} from './index.ts';

const SEED = 'a'.repeat(64);
const task = { executingUnitId: 'U1' };
const user = (o: Partial<ApproverCandidate> = {}): ApproverCandidate => ({
  id: 'A',
  active: true,
  role: 'UNIT_STAFF',
  unitId: 'LEAD',
  unitIsLead: true,
  isPrincipal: false,
  ...o,
});
const pending = { status: 'PENDING' as const, requestedById: 'R', approverId: 'A' };

describe('replacement requests (rule 16)', () => {
  it("names an approver of the lead unit or the executing unit's principal, never the requester", () => {
    expect(checkReplacementRequest({ requestedById: 'R', approver: user(), task })).toEqual({ ok: true });
    expect(checkReplacementRequest({ requestedById: 'A', approver: user(), task })).toMatchObject({ code: 'TEAM.SELF_APPROVAL' });
    expect(checkReplacementRequest({ requestedById: 'R', approver: user({ unitIsLead: false, unitId: 'U1', isPrincipal: true }), task })).toEqual({ ok: true });
    for (const approver of [
      user({ unitIsLead: false, unitId: 'U1' }), // the executing unit's staff, not its principal
      user({ unitIsLead: false, unitId: 'U2', isPrincipal: true }), // another unit's principal
      user({ active: false }),
      user({ role: 'ANALYST' }),
    ]) {
      expect(checkReplacementRequest({ requestedById: 'R', approver, task })).toMatchObject({ code: 'TEAM.APPROVER_NOT_ALLOWED' });
    }
  });

  it('is decided once, by its named approver only; the requester never approves; a refusal has a reason', () => {
    expect(decideReplacementRequest({ request: pending, actor: user(), task, decision: 'APPROVE' })).toEqual({ ok: true, status: 'APPROVED' });
    expect(decideReplacementRequest({ request: pending, actor: user({ id: 'R' }), task, decision: 'APPROVE' })).toMatchObject({ code: 'TEAM.SELF_APPROVAL' });
    // Even if the requester had named themselves, they could not approve.
    expect(decideReplacementRequest({ request: { ...pending, approverId: 'R' }, actor: user({ id: 'R' }), task, decision: 'APPROVE' })).toMatchObject({
      code: 'TEAM.SELF_APPROVAL',
    });
    expect(decideReplacementRequest({ request: pending, actor: user({ id: 'B' }), task, decision: 'APPROVE' })).toMatchObject({
      code: 'TEAM.NOT_THE_APPROVER',
    });
    expect(decideReplacementRequest({ request: { ...pending, status: 'APPROVED' }, actor: user(), task, decision: 'APPROVE' })).toMatchObject({
      code: 'TEAM.REQUEST_NOT_PENDING',
    });
    expect(decideReplacementRequest({ request: pending, actor: user({ active: false }), task, decision: 'APPROVE' })).toMatchObject({
      code: 'TEAM.APPROVER_NOT_ALLOWED',
    });
    expect(decideReplacementRequest({ request: pending, actor: user(), task, decision: 'REFUSE', note: ' ' })).toMatchObject({
      code: 'TEAM.DECISION_NEEDS_REASON',
    });
    expect(decideReplacementRequest({ request: pending, actor: user(), task, decision: 'REFUSE', note: '不同意' })).toEqual({ ok: true, status: 'REFUSED' });
  });
});

describe('direct assignment (rule 15, G19)', () => {
  const inspectors = (n: number): InspectorCandidate[] => Array.from({ length: n }, (_, i) => ({ id: `I${i}`, unitId: 'U1', qualified: true }));
  const targets = [{ targetId: 'T1', checkItems: [] }];
  it('is allowed when matching reports too few inspectors, or the lead unit approves with a reason', () => {
    const enough = matchTeams({ seed: SEED, targets, inspectors: inspectors(4), maxLoad: 2 });
    const few = matchTeams({ seed: SEED, targets, inspectors: inspectors(1), maxLoad: 2 });
    expect(mayAssignTeamDirectly({ matching: few, leadUnitApproved: false, reason: '人员不足' })).toEqual({ ok: true, basis: 'TOO_FEW_INSPECTORS' });
    expect(mayAssignTeamDirectly({ matching: enough, leadUnitApproved: false, reason: '想指定' })).toMatchObject({ code: 'TEAM.DIRECT_ASSIGNMENT_NOT_NEEDED' });
    expect(mayAssignTeamDirectly({ matching: enough, leadUnitApproved: true, reason: '' })).toMatchObject({ code: 'TEAM.DIRECT_ASSIGNMENT_NOT_NEEDED' });
    expect(mayAssignTeamDirectly({ matching: enough, leadUnitApproved: true, reason: '专项整治' })).toEqual({ ok: true, basis: 'LEAD_UNIT_APPROVED' });
  });
});

describe('a delegated task (rule 4 with G14)', () => {
  it("needs the executing unit's fresh confirmation; the owner executing its own task does not", () => {
    expect(matchingDirectoryCheck({ ownerUnitId: 'O', executingUnitId: 'U1', executingUnitConfirmedFresh: false })).toMatchObject({
      code: 'TEAM.DIRECTORY_NOT_CONFIRMED',
    });
    expect(matchingDirectoryCheck({ ownerUnitId: 'O', executingUnitId: 'U1', executingUnitConfirmedFresh: true })).toEqual({ ok: true, delegated: true });
    expect(matchingDirectoryCheck({ ownerUnitId: 'U1', executingUnitId: 'U1', executingUnitConfirmedFresh: false })).toEqual({ ok: true, delegated: false });
  });
});

describe('experts assigned directly (G9, G19)', () => {
  const expert = { id: 'E1', fields: ['矿山地质'] };
  const team = { experts: [] };
  it('only for an item of the task that needs one, in its field, once, with a reason', () => {
    const item = { id: 'C1', needsExpert: true, expertField: '矿山地质', inTask: true };
    expect(checkExpertAssignment({ item, expert, team, reason: '需地质专家' })).toEqual({ ok: true, field: '矿山地质' });
    expect(checkExpertAssignment({ item: { ...item, expertField: null }, expert, team, reason: 'x' })).toEqual({ ok: true, field: null });
    expect(checkExpertAssignment({ item: { ...item, needsExpert: false }, expert, team, reason: 'x' })).toMatchObject({ code: 'TEAM.EXPERT_NOT_NEEDED' });
    expect(checkExpertAssignment({ item: { ...item, inTask: false }, expert, team, reason: 'x' })).toMatchObject({ code: 'TEAM.EXPERT_NOT_NEEDED' });
    expect(checkExpertAssignment({ item: { ...item, expertField: '测绘' }, expert, team, reason: 'x' })).toMatchObject({ code: 'TEAM.EXPERT_FIELD_MISMATCH' });
    expect(checkExpertAssignment({ item, expert, team: { experts: [{ expertId: 'E1', field: null, mode: 'DRAWN', rank: 1 }] }, reason: 'x' })).toMatchObject({
      code: 'TEAM.DUPLICATE_MEMBER',
    });
    expect(checkExpertAssignment({ item, expert, team, reason: ' ' })).toMatchObject({ code: 'TEAM.EXPERT_REASON_REQUIRED' });
  });
});
