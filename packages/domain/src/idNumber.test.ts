import { describe, expect, it } from 'vitest';
import { idNumberCheckChar, maskIdNumber, validateIdNumber } from './idNumber.ts';

describe('ID card number (GB 11643-1999)', () => {
  it('accepts the standard example 11010519491231002X', () => {
    expect(validateIdNumber('11010519491231002x')).toEqual({ ok: true, idNumber: '11010519491231002X' });
  });
  it('refuses a wrong check character', () => {
    expect(validateIdNumber('110105194912310021').ok).toBe(false);
  });
  it('refuses an impossible birth date even with a matching check character', () => {
    const body = '37030519990230123';
    expect(validateIdNumber(body + idNumberCheckChar(body)).ok).toBe(false);
  });
  it('refuses a wrong length', () => {
    expect(validateIdNumber('1101051949123100').ok).toBe(false);
  });
  it('masks all but the region and the last four', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });
});
