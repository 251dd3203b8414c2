// Rule 23 (G28) transfers and rule 26 withholding: who may move a target to another unit, and what a task kept
// from publication must name. Pure: the API stores the states; this module says which moves are allowed.
//
// G28: 迁出地监管单位应及时书面通知迁入地监管单位，并按程序批准后在平台系统中做变更检查单位转交. So a transfer is
// a request that names the written notice, decided by someone other than the person who asked: the principal
// (负责人) of the unit giving the target away, or a lead-unit administrator.

import { WITHHOLDING_CATEGORY } from './labels.ts';
import { type TaskTargetState, taskTargetTransition } from './lifecycles/taskTarget.ts';

export type TransferStatus = 'PENDING' | 'APPROVED' | 'REFUSED';
export type TransferAction = 'APPROVE' | 'REFUSE';

/** The task target's state as far as a transfer cares (TaskTargetStatus and the result's ResultStatus). */
export interface TransferSubject {
  taskTargetStatus: TaskTargetState;
  resultStatus: string;
  /** The unit answering for the result now (executing unit, or the unit it was transferred to before). */
  fromUnitId: string;
  /** The task is dispatched or completed (its results are still being entered). */
  taskRunning: boolean;
}

export type TransferRequestProblem =
  | { code: 'TRANSFER.NOTICE_REQUIRED'; field: 'noticeRef' }
  | { code: 'TRANSFER.SAME_UNIT'; field: 'toUnitId' }
  | { code: 'TRANSFER.TARGET_NOT_PENDING'; field: 'taskTargetId' }
  | { code: 'TRANSFER.PENDING_EXISTS'; field: 'taskTargetId' };

/** Results a transfer may still take away: not entered, or returned for correction (rule 22). */
const TRANSFERABLE_RESULT: readonly string[] = ['NOT_ENTERED', 'RETURNED'];

/**
 * Whether a transfer of `subject` to `toUnitId` may be asked for (or, at approval, still be carried out). The task
 * target must still be to inspect (not inspected, closed or transferred) with its result not yet submitted; the
 * receiving unit must be another unit; the written notice must be named (G28). `pendingExists`: another request
 * for the same task target waits for a decision (one at a time).
 */
export function transferRequestProblem(
  subject: TransferSubject,
  toUnitId: string,
  noticeRef: string | null | undefined,
  pendingExists: boolean,
): TransferRequestProblem | null {
  if (!noticeRef?.trim()) return { code: 'TRANSFER.NOTICE_REQUIRED', field: 'noticeRef' };
  if (toUnitId === subject.fromUnitId) return { code: 'TRANSFER.SAME_UNIT', field: 'toUnitId' };
  const target = taskTargetTransition(subject.taskTargetStatus, 'TRANSFER');
  if (!target.ok || !TRANSFERABLE_RESULT.includes(subject.resultStatus) || !subject.taskRunning) {
    return { code: 'TRANSFER.TARGET_NOT_PENDING', field: 'taskTargetId' };
  }
  if (pendingExists) return { code: 'TRANSFER.PENDING_EXISTS', field: 'taskTargetId' };
  return null;
}

export interface TransferDecider {
  userId: string;
  /** The decider is the principal (负责人) of the unit giving the target away. */
  principalOfFromUnit: boolean;
  /** The decider is an administrator of the lead unit. */
  leadAdmin: boolean;
}

export type TransferDecision =
  | { ok: true; status: Exclude<TransferStatus, 'PENDING'> }
  | { ok: false; code: 'TRANSFER.NOT_PENDING'; status: TransferStatus }
  | { ok: false; code: 'TRANSFER.SELF_APPROVAL' }
  | { ok: false; code: 'TRANSFER.APPROVER_REQUIRED' };

/**
 * G28 (按程序批准): a pending transfer is approved or refused by the principal of the unit giving the target away or
 * by a lead-unit administrator — never by the person who asked for it (four eyes, also when that person is one).
 */
export function transferDecision(t: { status: TransferStatus; requestedById: string }, action: TransferAction, who: TransferDecider): TransferDecision {
  if (t.status !== 'PENDING') return { ok: false, code: 'TRANSFER.NOT_PENDING', status: t.status };
  if (!who.principalOfFromUnit && !who.leadAdmin) return { ok: false, code: 'TRANSFER.APPROVER_REQUIRED' };
  if (who.userId === t.requestedById) return { ok: false, code: 'TRANSFER.SELF_APPROVAL' };
  return { ok: true, status: action === 'APPROVE' ? 'APPROVED' : 'REFUSED' };
}

// ——— withholding from publication (rule 26) ————————————————————————————————————————————————

/**
 * Why a task's results are kept from the public (政府信息公开条例 第十四、十五条; 指引（二十六）"依法不公开的除外").
 */
export const WITHHOLDING_CATEGORIES = WITHHOLDING_CATEGORY.values;
export type WithholdingCategory = (typeof WITHHOLDING_CATEGORIES)[number];

export type Withholding = { isPublic: boolean; withheldCategory: WithholdingCategory | null; withheldBasis: string | null };

export type WithholdingOutcome =
  | { ok: true; value: Withholding }
  | { ok: false; code: 'PUBLICATION.WITHHOLDING_CATEGORY_REQUIRED'; field: 'withheldCategory' }
  | { ok: false; code: 'PUBLICATION.WITHHOLDING_BASIS_REQUIRED'; field: 'withheldBasis' }
  | { ok: false; code: 'PUBLICATION.BASIS_WITHOUT_WITHHOLDING'; field: 'withheldCategory' };

/**
 * Rule 26: a task kept from publication names its legal ground (a category) and its basis (the article or
 * document, free text); a published task carries none. Returns the columns to store.
 */
export function withholding(isPublic: boolean, category: WithholdingCategory | null | undefined, basis: string | null | undefined): WithholdingOutcome {
  const b = basis?.trim() || null;
  if (isPublic) {
    if (category || b) return { ok: false, code: 'PUBLICATION.BASIS_WITHOUT_WITHHOLDING', field: 'withheldCategory' };
    return { ok: true, value: { isPublic: true, withheldCategory: null, withheldBasis: null } };
  }
  if (!category) return { ok: false, code: 'PUBLICATION.WITHHOLDING_CATEGORY_REQUIRED', field: 'withheldCategory' };
  if (!b) return { ok: false, code: 'PUBLICATION.WITHHOLDING_BASIS_REQUIRED', field: 'withheldBasis' };
  return { ok: true, value: { isPublic: false, withheldCategory: category, withheldBasis: b } };
}
