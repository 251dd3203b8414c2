// Resident identity card number (公民身份号码), GB 11643-1999: 17 digits and a check character (0-9 or X).
// Inspectors and experts are matched by it on import, so a typo must be caught at entry.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';

export type IdNumberResult = { ok: true; idNumber: string } | { ok: false; code: 'ID_NUMBER.INVALID'; value: string };

export function validateIdNumber(input: string): IdNumberResult {
  const value = input.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, code: 'ID_NUMBER.INVALID', value };
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(value[i]) * WEIGHTS[i]!;
  if (CHECK[sum % 11] !== value[17]) return { ok: false, code: 'ID_NUMBER.INVALID', value };
  const birth = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  const d = new Date(`${birth}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== birth) return { ok: false, code: 'ID_NUMBER.INVALID', value };
  return { ok: true, idNumber: value };
}

/** The check character for 17 leading digits (used to build valid demo data). */
export function idNumberCheckChar(body17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

/** Shows only the region and the last four characters: 370305********123X. */
export function maskIdNumber(idNumber: string): string {
  return idNumber.length === 18 ? `${idNumber.slice(0, 6)}********${idNumber.slice(14)}` : '*'.repeat(idNumber.length);
}

/** The keys under which a record carries personal data: ID numbers are masked, phone numbers withheld. */
const PERSONAL_KEYS = { idNumber: 'MASK', phone: 'WITHHOLD' } as const;

/**
 * A JSON value (an audit snapshot, any nested record) with every personal field masked the way the lists
 * show it to someone who may not read it: ID numbers as 370305********1234, phone numbers as null.
 */
export function maskPersonalData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskPersonalData);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => {
      const rule = PERSONAL_KEYS[k as keyof typeof PERSONAL_KEYS];
      if (rule === 'MASK') return [k, typeof v === 'string' ? maskIdNumber(v) : v];
      if (rule === 'WITHHOLD') return [k, v === null || v === undefined ? v : null];
      return [k, maskPersonalData(v)];
    }),
  );
}
