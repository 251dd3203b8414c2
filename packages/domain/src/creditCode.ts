// Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from a 31-character
// alphabet (no I, O, Z, S, V); the 18th is a check character over the first 17.

export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type CreditCodeError = 'CREDIT_CODE.LENGTH' | 'CREDIT_CODE.CHARSET' | 'CREDIT_CODE.CHECK_DIGIT';
export type CreditCodeResult = { ok: true; code: string } | { ok: false; code: CreditCodeError; value: string };

/** The check character for the first 17 characters of a credit code. */
export function creditCodeCheckChar(body17: string): string {
  if (body17.length !== 17) throw new RangeError('credit code body must be 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_CODE_ALPHABET.indexOf(body17[i]!);
    if (v < 0) throw new RangeError(`character ${body17[i]} is not allowed in a credit code`);
    sum += v * WEIGHTS[i]!;
  }
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_ALPHABET[check]!;
}

/** Validates a credit code; input is trimmed and upper-cased first, as clerks type it. */
export function validateCreditCode(input: string): CreditCodeResult {
  const value = input.trim().toUpperCase();
  if (value.length !== 18) return { ok: false, code: 'CREDIT_CODE.LENGTH', value };
  for (const ch of value) {
    if (!CREDIT_CODE_ALPHABET.includes(ch)) return { ok: false, code: 'CREDIT_CODE.CHARSET', value };
  }
  if (creditCodeCheckChar(value.slice(0, 17)) !== value[17]) {
    return { ok: false, code: 'CREDIT_CODE.CHECK_DIGIT', value };
  }
  return { ok: true, code: value };
}
