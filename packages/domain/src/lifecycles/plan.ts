// Rules 6, 7, 10 (G12, G13): the life of a unit's annual plan. A draft is edited freely and filed (备案) once; a
// filed plan is history — it changes only through a filed adjustment or a temporary check (each a new version),
// is never deleted, and only a filed plan may have tasks set up under it.
//
//   DRAFT ──FILE──▶ FILED ──ADJUST / ADD_TEMPORARY_CHECK──▶ FILED (version + 1)

import type { StatusCondition } from './condition.ts';
import { type Actor, decide, type LifecycleTable, mayTake, type Verdict } from './machine.ts';

export const PLAN_STATES = ['DRAFT', 'FILED'] as const;
export type PlanState = (typeof PLAN_STATES)[number];

export const PLAN_ACTIONS = ['EDIT', 'EDIT_LINES', 'DELETE', 'FILE', 'ADJUST', 'ADD_TEMPORARY_CHECK', 'SET_UP_TASK'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

export type PlanRefusal = 'PLAN.ALREADY_FILED' | 'PLAN.FILED_USE_ADJUSTMENT' | 'PLAN.NOT_FILED' | 'PLAN.IN_USE' | 'TASK.PLAN_NOT_FILED';

/** Rule 7: what may be done to a plan in each state, and by whom (rule 3: the plan's own unit, or the lead unit). */
export const PLAN_LIFECYCLE: LifecycleTable<PlanState, PlanAction, PlanRefusal> = {
  /** Change the title or the filing authority. */
  EDIT: { from: ['DRAFT'], by: 'OWNER_UNIT', refusal: 'PLAN.ALREADY_FILED' },
  /** Add, change or remove plan lines directly. */
  EDIT_LINES: { from: ['DRAFT'], by: 'OWNER_UNIT', refusal: 'PLAN.FILED_USE_ADJUSTMENT' },
  /** Delete a plan that was never filed (see `planDeletion`). */
  DELETE: { from: ['DRAFT'], by: 'OWNER_UNIT', refusal: 'PLAN.ALREADY_FILED' },
  /** File with the level above (rule 6: the coverage check is `checkPlanFiling`). */
  FILE: { from: ['DRAFT'], to: 'FILED', by: 'OWNER_UNIT', refusal: 'PLAN.ALREADY_FILED' },
  /** Replace the lines of a filed plan, filed as a new version. */
  ADJUST: { from: ['FILED'], to: 'FILED', by: 'OWNER_UNIT', refusal: 'PLAN.NOT_FILED' },
  /** Rule 10: add a temporary check, filed as a new version. */
  ADD_TEMPORARY_CHECK: { from: ['FILED'], to: 'FILED', by: 'OWNER_UNIT', refusal: 'PLAN.NOT_FILED' },
  /** G15: set up a task under the plan. */
  SET_UP_TASK: { from: ['FILED'], by: 'OWNER_UNIT', refusal: 'TASK.PLAN_NOT_FILED' },
};

/** Rule 26: the plans the public sees — filed ones; a draft is the unit's own until it is filed. */
export const PUBLIC_PLANS: StatusCondition<PlanState> = { status: ['FILED'] };

/** Rule 26: whether a plan is public (its page and its printed copy need no sign-in). */
export function planIsPublic(plan: { status: PlanState }): boolean {
  return PUBLIC_PLANS.status.includes(plan.status);
}

/** The state check of `action` on a plan in `status`. */
export function planTransition(status: PlanState, action: PlanAction): Verdict<PlanState, PlanRefusal> {
  return decide(PLAN_LIFECYCLE, action, status);
}

/** Whether `actor` may take `action` on the plan now (the admin's buttons, the to-do list). */
export function mayActOnPlan(status: PlanState, action: PlanAction, actor: Actor): boolean {
  return mayTake(PLAN_LIFECYCLE, action, status, actor);
}

/**
 * Rule 7: a plan may be deleted only while it is a draft that was never filed (no version, no recorded
 * adjustment) and no task was set up under it.
 */
export function planDeletion(plan: {
  status: PlanState;
  version: number;
  recordedVersions: number;
  hasTasks: boolean;
}): { ok: true } | { ok: false; code: 'PLAN.ALREADY_FILED' | 'PLAN.IN_USE' } {
  const state = planTransition(plan.status, 'DELETE');
  if (!state.ok) return { ok: false, code: 'PLAN.ALREADY_FILED' };
  if (plan.version > 0 || plan.recordedVersions > 0) return { ok: false, code: 'PLAN.ALREADY_FILED' };
  if (plan.hasTasks) return { ok: false, code: 'PLAN.IN_USE' };
  return { ok: true };
}
