import type { Prisma } from '@ssj/db/client';
import type { FollowUpAction, ResultStatus } from '@ssj/db/client';
import { isViolation, resultTransition, taskTransition, type EntryProblem, type ResultAction, type ResultStep } from '@ssj/domain';
import { audit } from '../../audit.ts';
import type { Context } from '../../context.ts';
import { allowed, notFound, userError } from '../../errors.ts';
import { assertUnitWrite } from '../../validation.ts';
import { lockRow } from '../../locking.ts';
import { RESULT_LABELS } from './resultEnums.ts';
import { responsibleUnitId } from './responsible.ts';

type Tx = Prisma.TransactionClient;

// ——— entry and review ————————————————————————————————————————————————————————————————————

export const resultForWriteSelect = {
  id: true,
  status: true,
  formId: true,
  method: true,
  inspectedOn: true,
  findings: true,
  outcome: true,
  followUpAction: true,
  followUpUnitId: true,
  remarks: true,
  enteredById: true,
  dueOn: true,
  approvedAt: true,
  returnReason: true,
  version: true,
  taskTarget: {
    select: {
      id: true,
      status: true,
      transferredToUnitId: true,
      targetId: true,
      closedReason: true,
      target: { select: { unitId: true, name: true } },
      task: {
        select: {
          id: true,
          status: true,
          executingUnitId: true,
          windowFrom: true,
          checkItems: { select: { checkItemId: true }, orderBy: { checkItemId: 'asc' } },
        },
      },
    },
  },
} satisfies Prisma.ResultSelect;
export type ResultForWrite = Prisma.ResultGetPayload<{ select: typeof resultForWriteSelect }>;

export async function loadResult(tx: Tx, id: string): Promise<ResultForWrite> {
  await lockRow(tx, 'Result', id);
  const r = await tx.result.findUnique({ where: { id }, select: resultForWriteSelect });
  if (!r) throw notFound('检查结果');
  return r;
}

export function assertTransition(r: { status: ResultStatus }, action: ResultAction): ResultStatus {
  const t = resultTransition(r.status, action);
  if (!t.ok) throw userError(t.code, undefined, { status: t.status, allowedFrom: t.allowedFrom });
  return t.status;
}

/**
 * The common start of a review-flow step: the result, the unit that answers for it (whose staff or ADMIN may act),
 * the status the action leads to; a reviewer's step (return, approve) refuses the person who submitted it.
 */
export async function startStep(tx: Tx, ctx: Context, id: string, action: ResultStep) {
  const r = await loadResult(tx, id);
  const unitId = responsibleUnitId(r.taskTarget);
  assertUnitWrite(ctx.user, unitId);
  if (action === 'SUBMIT') assertTaskRunning(r);
  const next = assertTransition(r, action);
  if ((action === 'RETURN' || action === 'APPROVE') && r.enteredById === ctx.user!.id) throw userError('RESULT.SELF_REVIEW');
  return { r, unitId, next };
}

/** Results are entered once the list is dispatched (the inspections happen in the task's window). */
export function assertTaskRunning(r: ResultForWrite) {
  const s = r.taskTarget.task.status;
  allowed(taskTransition(s, 'WORK_ON_RESULTS'), { status: s });
}

export function problemError(problems: EntryProblem[]): never {
  const first = problems[0]!;
  if (first.code === 'RESULT.INCOMPLETE') {
    const fields = [...new Set(problems.filter((p) => p.code === 'RESULT.INCOMPLETE').map((p) => RESULT_LABELS[p.field] ?? p.field))];
    throw userError('RESULT.INCOMPLETE', `请填写${fields.join('、')}`, { field: first.field, problems });
  }
  throw userError(first.code, undefined, { field: first.field, problems });
}

/** Rule 24: a violation approved (or corrected into one) is handed over to the unit of daily supervision. */
export async function handOverIfViolation(
  tx: Tx,
  ctx: Context,
  r: { id: string; followUpAction: FollowUpAction; followUpUnitId: string | null; targetUnitId: string; unitId: string },
  at: Date,
) {
  if (!isViolation(r)) return null;
  const existing = await tx.followUp.findUnique({ where: { resultId: r.id }, select: { id: true } });
  if (existing) return null;
  const f = await tx.followUp.create({
    data: { resultId: r.id, handedToUnitId: r.followUpUnitId ?? r.targetUnitId, handedOverAt: at, handedOverById: ctx.user?.id ?? null },
  });
  await audit(tx, ctx, { action: 'handOverFollowUp', entity: 'FollowUp', entityId: f.id, unitId: r.unitId, after: f });
  return f;
}
