// Rules 19, 20, 22, 23: the task target lifecycle, every state × action pair, and what closing it spares (the
// on-site procedure, the team's confirmation, and a team before the task completes).
import { describe, expect, it } from 'vitest';
import {
  closedWithoutInspection,
  closingAction,
  TASK_TARGET_ACTIONS,
  TASK_TARGET_STATES,
  TASK_TARGET_STATES_NEEDING_TEAM,
  TASK_TARGET_STATUS,
  taskTargetTransition,
} from '../index.ts';

const NP = 'TASK_TARGET.NOT_PENDING';
const TNP = 'TRANSFER.TARGET_NOT_PENDING';
const EXPECTED = {
  PENDING: { INSPECT: 'INSPECTED', CLOSE_UNREACHABLE: 'CLOSED_UNREACHABLE', CLOSE_DEREGISTERED: 'CLOSED_DEREGISTERED', TRANSFER: 'TRANSFERRED' },
  INSPECTED: { INSPECT: NP, CLOSE_UNREACHABLE: NP, CLOSE_DEREGISTERED: NP, TRANSFER: TNP },
  CLOSED_UNREACHABLE: { INSPECT: NP, CLOSE_UNREACHABLE: NP, CLOSE_DEREGISTERED: NP, TRANSFER: TNP },
  CLOSED_DEREGISTERED: { INSPECT: NP, CLOSE_UNREACHABLE: NP, CLOSE_DEREGISTERED: NP, TRANSFER: TNP },
  TRANSFERRED: { INSPECT: NP, CLOSE_UNREACHABLE: 'CLOSED_UNREACHABLE', CLOSE_DEREGISTERED: 'CLOSED_DEREGISTERED', TRANSFER: TNP },
} as const;

describe('task target lifecycle (rules 22, 23)', () => {
  const pairs = TASK_TARGET_STATES.flatMap((s) => TASK_TARGET_ACTIONS.map((a) => [s, a, EXPECTED[s][a]] as const));
  it.each(pairs)('%s × %s → %s', (state, action, expected) => {
    const v = taskTargetTransition(state, action);
    expect(v.ok ? v.to : v.code).toBe(expected);
  });

  it('has the states of the Prisma enum, in its order', () => {
    expect([...TASK_TARGET_STATES]).toEqual([...TASK_TARGET_STATUS.values]);
  });

  it('closes the way closeTaskTarget names it', () => {
    expect(taskTargetTransition('PENDING', closingAction('CLOSED_UNREACHABLE'))).toMatchObject({ ok: true, to: 'CLOSED_UNREACHABLE' });
    expect(taskTargetTransition('PENDING', closingAction('CLOSED_DEREGISTERED'))).toMatchObject({ ok: true, to: 'CLOSED_DEREGISTERED' });
  });

  it('spares a closed target the procedure, and a closed or transferred one the team before completion', () => {
    expect(TASK_TARGET_STATES.filter(closedWithoutInspection)).toEqual(['CLOSED_UNREACHABLE', 'CLOSED_DEREGISTERED']);
    expect(TASK_TARGET_STATES_NEEDING_TEAM).toEqual(['PENDING', 'INSPECTED']);
  });
});
