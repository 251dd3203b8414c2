// Input checks that produce the user's-language errors GraphQL's own validation cannot:
// create/update arguments are nullable in the schema so that a missing field gets a typed Chinese error.
import { validateCreditCode } from '@ssj/domain';
import { userError } from './errors.ts';
import type { CurrentUser } from './context.ts';
import { forbidden, forbiddenOtherUnit, unauthenticated } from './errors.ts';

/** Throws VALIDATION.REQUIRED naming the first missing (or blank) field by its Chinese label. */
export function requireFields(input: Record<string, unknown>, labels: Record<string, string>) {
  for (const [field, label] of Object.entries(labels)) {
    const v = input[field];
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0)) {
      throw userError('VALIDATION.REQUIRED', label, { field });
    }
  }
}

/** On update, a field given as null or blank would erase a required value. */
export function refuseBlanking(input: Record<string, unknown>, labels: Record<string, string>) {
  for (const [field, label] of Object.entries(labels)) {
    if (!(field in input)) continue;
    const v = input[field];
    if (v === null || (typeof v === 'string' && v.trim() === '')) throw userError('VALIDATION.REQUIRED', label, { field });
  }
}

export function checkCreditCode(value: string): string {
  const r = validateCreditCode(value);
  if (!r.ok) throw userError(r.code, r.value, { field: 'creditCode' });
  return r.code;
}

export function checkRatio(value: number | null | undefined, label: string, field: string) {
  if (value === null || value === undefined) return;
  if (!(value > 0 && value <= 1)) throw userError('VALIDATION.INVALID', `${label}应在 0 到 1 之间（不含 0）`, { field });
}

/** Strips keys whose value is undefined so Prisma leaves those columns alone. */
export function defined<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Rule 3: ADMIN writes any unit's records; UNIT_STAFF only their own unit's. */
export function assertUnitWrite(user: CurrentUser | null, unitId: string) {
  if (!user) throw unauthenticated();
  if (user.role === 'ADMIN') return;
  if (user.role !== 'UNIT_STAFF') throw forbidden();
  if (user.unitId !== unitId) throw forbiddenOtherUnit();
}
