import type { Prisma } from '@ssj/db/client';

/**
 * Rule 23 (G28): the executing unit, or the unit a moved target was transferred to — for good: closing a transferred
 * target afterwards (unreachable, deregistered) changes its status, not whose result it is.
 */
export function responsibleUnitId(tt: { status: string; transferredToUnitId: string | null; task: { executingUnitId: string } }): string {
  return tt.transferredToUnitId ?? tt.task.executingUnitId;
}

/** The same rule as a filter: the task targets a unit answers for (its own, and those transferred to it). */
export function responsibleWhere(unitId: string): Prisma.TaskTargetWhereInput {
  return { OR: [{ transferredToUnitId: unitId }, { transferredToUnitId: null, task: { executingUnitId: unitId } }] };
}

export const responsibleSelect = {
  status: true,
  transferredToUnitId: true,
  task: { select: { executingUnitId: true } },
} satisfies Prisma.TaskTargetSelect;
