// Rules 19, 22, 23 (G26, G28): the life of one drawn target within its task (a TaskTarget). It waits to be
// inspected; submitting its result marks it inspected; a target whose registered address cannot be reached, or
// that was deregistered or had its licence revoked, is closed without inspection (counts as completed); one that
// moved is transferred to the unit of its new address, which may still close it there.
//
//   PENDING ──INSPECT──▶ INSPECTED
//           ├─TRANSFER──▶ TRANSFERRED ──CLOSE_*──▶ CLOSED_UNREACHABLE / CLOSED_DEREGISTERED
//           └─CLOSE_UNREACHABLE / CLOSE_DEREGISTERED──▶ CLOSED_UNREACHABLE / CLOSED_DEREGISTERED

import type { StatusCondition } from './condition.ts';
import { decide, type LifecycleTable, type Verdict } from './machine.ts';

export const TASK_TARGET_STATES = ['PENDING', 'INSPECTED', 'CLOSED_UNREACHABLE', 'CLOSED_DEREGISTERED', 'TRANSFERRED'] as const;
export type TaskTargetState = (typeof TASK_TARGET_STATES)[number];
export const TASK_TARGET_ACTIONS = ['INSPECT', 'CLOSE_UNREACHABLE', 'CLOSE_DEREGISTERED', 'TRANSFER'] as const;
export type TaskTargetAction = (typeof TASK_TARGET_ACTIONS)[number];
export type TaskTargetRefusal = 'TASK_TARGET.NOT_PENDING' | 'TRANSFER.TARGET_NOT_PENDING';

/** Who acts is always the unit answering for the result (the executing unit, or the unit it was moved to). */
export const TASK_TARGET_LIFECYCLE: LifecycleTable<TaskTargetState, TaskTargetAction, TaskTargetRefusal> = {
  /** Rule 22: the result's first submission marks a waiting target inspected (a transferred one stays transferred). */
  INSPECT: { from: ['PENDING'], to: 'INSPECTED', by: 'RESPONSIBLE_UNIT', refusal: 'TASK_TARGET.NOT_PENDING' },
  /** Rule 23 (G28): the registered address cannot be reached — closed, counts as completed. */
  CLOSE_UNREACHABLE: { from: ['PENDING', 'TRANSFERRED'], to: 'CLOSED_UNREACHABLE', by: 'RESPONSIBLE_UNIT', refusal: 'TASK_TARGET.NOT_PENDING' },
  /** Rule 23 (G28): deregistered or licence revoked — closed, counts as completed. */
  CLOSE_DEREGISTERED: { from: ['PENDING', 'TRANSFERRED'], to: 'CLOSED_DEREGISTERED', by: 'RESPONSIBLE_UNIT', refusal: 'TASK_TARGET.NOT_PENDING' },
  /** Rule 23 (G28): moved to another unit's area — handed to that unit on an approved transfer (transfers.ts). */
  TRANSFER: { from: ['PENDING'], to: 'TRANSFERRED', by: 'RESPONSIBLE_UNIT', refusal: 'TRANSFER.TARGET_NOT_PENDING' },
};

export function taskTargetTransition(status: TaskTargetState, action: TaskTargetAction): Verdict<TaskTargetState, TaskTargetRefusal> {
  return decide(TASK_TARGET_LIFECYCLE, action, status);
}

/** The action that closes a target without inspection in the way `kind` names (closeTaskTarget's `kind`). */
export function closingAction(kind: 'CLOSED_UNREACHABLE' | 'CLOSED_DEREGISTERED'): TaskTargetAction {
  return kind === 'CLOSED_UNREACHABLE' ? 'CLOSE_UNREACHABLE' : 'CLOSE_DEREGISTERED';
}

/** Rule 23: closed without inspection — no form, findings, on-site procedure or team confirmation is asked for. */
export function closedWithoutInspection(status: string): boolean {
  return status === 'CLOSED_UNREACHABLE' || status === 'CLOSED_DEREGISTERED';
}

/**
 * Rule 23 (G28): the targets on the list reported to the city (and by it to the province): those closed without
 * inspection, and those transferred to another unit.
 */
export const REPORTED_CLOSURES: StatusCondition<TaskTargetState> = { status: ['CLOSED_UNREACHABLE', 'CLOSED_DEREGISTERED', 'TRANSFERRED'] };

/**
 * Rule 20: the targets a task cannot be completed without a confirmed team for — all but those closed without
 * inspection and those transferred to another unit (whose team, if any, that unit forms).
 */
export const TASK_TARGET_STATES_NEEDING_TEAM: readonly TaskTargetState[] = TASK_TARGET_STATES.filter((s) => !closedWithoutInspection(s) && s !== 'TRANSFERRED');
