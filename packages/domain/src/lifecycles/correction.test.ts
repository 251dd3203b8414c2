// Rule 21: the correction lifecycle, every state × action pair, and the edges (a signed correction is not signed
// or refused again; only the principal signs; one pending correction per published result).
import { describe, expect, it } from 'vitest';
import {
  CORRECTION_ACTIONS,
  CORRECTION_STATES,
  correctionProposal,
  correctionSigner,
  correctionStateOf,
  correctionTransition,
  maySignCorrection,
} from '../index.ts';

const EXPECTED = {
  PENDING_SIGNATURE: { SIGN: 'SIGNED', REFUSE: 'REFUSED' },
  SIGNED: { SIGN: 'CORRECTION.NOT_PENDING', REFUSE: 'CORRECTION.NOT_PENDING' },
  REFUSED: { SIGN: 'CORRECTION.NOT_PENDING', REFUSE: 'CORRECTION.NOT_PENDING' },
} as const;

describe('correction lifecycle (rule 21)', () => {
  const pairs = CORRECTION_STATES.flatMap((s) => CORRECTION_ACTIONS.map((a) => [s, a, EXPECTED[s][a]] as const));
  it.each(pairs)('%s × %s → %s', (state, action, expected) => {
    const v = correctionTransition(state, action);
    expect(v.ok ? v.to : v.code).toBe(expected);
  });

  it('reads the state from the stamps', () => {
    expect(correctionStateOf({ signedAt: null, refusedAt: null })).toBe('PENDING_SIGNATURE');
    expect(correctionStateOf({ signedAt: new Date(0), refusedAt: null })).toBe('SIGNED');
    expect(correctionStateOf({ signedAt: null, refusedAt: new Date(0) })).toBe('REFUSED');
  });

  it('is signed by the principal of the responsible unit only', () => {
    expect(correctionSigner({ PRINCIPAL: true })).toEqual({ ok: true });
    expect(correctionSigner({ RESPONSIBLE_UNIT: true })).toEqual({ ok: false, code: 'CORRECTION.PRINCIPAL_REQUIRED' });
    expect(maySignCorrection('PENDING_SIGNATURE', { PRINCIPAL: true })).toBe(true);
    expect(maySignCorrection('SIGNED', { PRINCIPAL: true })).toBe(false);
    expect(maySignCorrection('PENDING_SIGNATURE', { RESPONSIBLE_UNIT: true })).toBe(false);
  });

  it('is proposed for a published result without a pending correction', () => {
    expect(correctionProposal({ resultStatus: 'PUBLISHED', pendingExists: false })).toEqual({ ok: true });
    expect(correctionProposal({ resultStatus: 'PUBLISHED', pendingExists: true })).toEqual({ ok: false, code: 'CORRECTION.PENDING_EXISTS' });
    for (const s of ['NOT_ENTERED', 'PENDING_REVIEW', 'RETURNED', 'APPROVED']) {
      expect(correctionProposal({ resultStatus: s, pendingExists: false })).toEqual({ ok: false, code: 'CORRECTION.RESULT_NOT_PUBLISHED' });
    }
  });
});
