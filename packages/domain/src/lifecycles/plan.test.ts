// Rule 7: the plan lifecycle, every state × action pair, and the edges (a filed plan is not re-filed or deleted).
import { describe, expect, it } from 'vitest';
import { actionsFrom, mayActOnPlan, PLAN_ACTIONS, PLAN_LIFECYCLE, PLAN_STATES, planDeletion, planTransition, statesAllowing } from '../index.ts';

// Written out by hand (not derived from PLAN_LIFECYCLE): 'FILED' etc. = allowed, leading there; a code = the refusal.
const EXPECTED = {
  DRAFT: {
    EDIT: 'DRAFT',
    EDIT_LINES: 'DRAFT',
    DELETE: 'DRAFT',
    FILE: 'FILED',
    ADJUST: 'PLAN.NOT_FILED',
    ADD_TEMPORARY_CHECK: 'PLAN.NOT_FILED',
    SET_UP_TASK: 'TASK.PLAN_NOT_FILED',
  },
  FILED: {
    EDIT: 'PLAN.ALREADY_FILED',
    EDIT_LINES: 'PLAN.FILED_USE_ADJUSTMENT',
    DELETE: 'PLAN.ALREADY_FILED',
    FILE: 'PLAN.ALREADY_FILED',
    ADJUST: 'FILED',
    ADD_TEMPORARY_CHECK: 'FILED',
    SET_UP_TASK: 'FILED',
  },
} as const;

describe('plan lifecycle (rule 7)', () => {
  const pairs = PLAN_STATES.flatMap((s) => PLAN_ACTIONS.map((a) => [s, a, EXPECTED[s][a]] as const));
  it.each(pairs)('%s × %s → %s', (state, action, expected) => {
    const v = planTransition(state, action);
    expect(v.ok ? v.to : v.code).toBe(expected);
  });

  it('belongs to the plan’s own unit (rule 3)', () => {
    for (const a of PLAN_ACTIONS) expect(PLAN_LIFECYCLE[a].by).toBe('OWNER_UNIT');
    expect(mayActOnPlan('DRAFT', 'FILE', { OWNER_UNIT: true })).toBe(true);
    expect(mayActOnPlan('DRAFT', 'FILE', { EXECUTING_UNIT: true })).toBe(false);
    expect(mayActOnPlan('FILED', 'FILE', { OWNER_UNIT: true })).toBe(false);
  });

  it('a filed plan cannot be filed again, only adjusted', () => {
    expect(planTransition('FILED', 'FILE')).toEqual({ ok: false, code: 'PLAN.ALREADY_FILED', from: 'FILED' });
    expect(actionsFrom(PLAN_LIFECYCLE, 'FILED')).toEqual(['ADJUST', 'ADD_TEMPORARY_CHECK', 'SET_UP_TASK']);
    expect(statesAllowing(PLAN_LIFECYCLE, 'FILE')).toEqual(['DRAFT']);
  });

  it('deletes only a never-filed draft without tasks', () => {
    const draft = { status: 'DRAFT' as const, version: 0, recordedVersions: 0, hasTasks: false };
    expect(planDeletion(draft)).toEqual({ ok: true });
    expect(planDeletion({ ...draft, status: 'FILED' })).toEqual({ ok: false, code: 'PLAN.ALREADY_FILED' });
    expect(planDeletion({ ...draft, version: 1 })).toEqual({ ok: false, code: 'PLAN.ALREADY_FILED' });
    expect(planDeletion({ ...draft, recordedVersions: 1 })).toEqual({ ok: false, code: 'PLAN.ALREADY_FILED' });
    expect(planDeletion({ ...draft, hasTasks: true })).toEqual({ ok: false, code: 'PLAN.IN_USE' });
    expect(planDeletion({ ...draft, status: 'FILED', hasTasks: true })).toEqual({ ok: false, code: 'PLAN.ALREADY_FILED' });
  });
});
