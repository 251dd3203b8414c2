// Rule 21 (G26): the life of a correction of a published result. It is proposed by the unit answering for the
// result, then signed (and published beside the original, which is kept) or refused, with a reason, by that
// unit's principal (负责人). One correction waits at a time.
//
//   PENDING_SIGNATURE ──SIGN──▶ SIGNED
//                     └─REFUSE─▶ REFUSED

import { type Actor, decide, type LifecycleTable, mayTake, type Verdict } from './machine.ts';

export const CORRECTION_STATES = ['PENDING_SIGNATURE', 'SIGNED', 'REFUSED'] as const;
export type CorrectionState = (typeof CORRECTION_STATES)[number];
export const CORRECTION_ACTIONS = ['SIGN', 'REFUSE'] as const;
export type CorrectionAction = (typeof CORRECTION_ACTIONS)[number];

/** Rule 21: the principal of the responsible unit signs or refuses a pending correction, once. */
export const CORRECTION_LIFECYCLE: LifecycleTable<CorrectionState, CorrectionAction, 'CORRECTION.NOT_PENDING'> = {
  SIGN: { from: ['PENDING_SIGNATURE'], to: 'SIGNED', by: 'PRINCIPAL', refusal: 'CORRECTION.NOT_PENDING' },
  REFUSE: { from: ['PENDING_SIGNATURE'], to: 'REFUSED', by: 'PRINCIPAL', refusal: 'CORRECTION.NOT_PENDING' },
};

/** The state of a stored correction, from its sign-off and refusal stamps. */
export function correctionStateOf(c: { signedAt: unknown; refusedAt: unknown }): CorrectionState {
  return c.signedAt ? 'SIGNED' : c.refusedAt ? 'REFUSED' : 'PENDING_SIGNATURE';
}

export function correctionTransition(status: CorrectionState, action: CorrectionAction): Verdict<CorrectionState, 'CORRECTION.NOT_PENDING'> {
  return decide(CORRECTION_LIFECYCLE, action, status);
}

/** Rule 21: only the principal of the unit answering for the result signs or refuses its corrections. */
export function correctionSigner(actor: Actor): { ok: true } | { ok: false; code: 'CORRECTION.PRINCIPAL_REQUIRED' } {
  return actor[CORRECTION_LIFECYCLE.SIGN.by] ? { ok: true } : { ok: false, code: 'CORRECTION.PRINCIPAL_REQUIRED' };
}

/** Whether `actor` may sign (or refuse) the correction now (the admin's button, the to-do list). */
export function maySignCorrection(status: CorrectionState, actor: Actor): boolean {
  return mayTake(CORRECTION_LIFECYCLE, 'SIGN', status, actor);
}

/**
 * Rule 21: a correction is proposed only for a published result (an unpublished one is returned and fixed instead)
 * and only while no other correction of it waits for signature.
 */
export function correctionProposal(input: {
  resultStatus: string;
  pendingExists: boolean;
}): { ok: true } | { ok: false; code: 'CORRECTION.RESULT_NOT_PUBLISHED' | 'CORRECTION.PENDING_EXISTS' } {
  if (input.resultStatus !== 'PUBLISHED') return { ok: false, code: 'CORRECTION.RESULT_NOT_PUBLISHED' };
  if (input.pendingExists) return { ok: false, code: 'CORRECTION.PENDING_EXISTS' };
  return { ok: true };
}
