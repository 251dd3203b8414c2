import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, validateCreditCode } from './creditCode.ts';

describe('credit code (GB 32100-2015)', () => {
  // Published codes of real organisations, used as known-good vectors.
  it.each(['91350100M000100Y43', '91110000600037341L', '91370000163044841F'])('accepts the valid code %s', (c) => {
    expect(validateCreditCode(c)).toEqual({ ok: true, code: c });
  });

  it('normalises case and surrounding spaces before checking', () => {
    expect(validateCreditCode(' 91350100m000100y43 ')).toEqual({ ok: true, code: '91350100M000100Y43' });
  });

  it('refuses a wrong length', () => {
    expect(validateCreditCode('91350100M000100Y4')).toMatchObject({ ok: false, code: 'CREDIT_CODE.LENGTH' });
  });

  it('refuses letters outside the alphabet (I, O, S, V, Z)', () => {
    expect(validateCreditCode('91350100M000100O43')).toMatchObject({ ok: false, code: 'CREDIT_CODE.CHARSET' });
  });

  it('refuses a wrong check character', () => {
    expect(validateCreditCode('91350100M000100Y44')).toMatchObject({ ok: false, code: 'CREDIT_CODE.CHECK_DIGIT' });
  });

  it('computes the check character that makes a body valid', () => {
    const body = '91370305MA3C0000A';
    expect(validateCreditCode(body + creditCodeCheckChar(body)).ok).toBe(true);
  });
});
