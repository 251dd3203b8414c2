// Client-side checks that save a round trip; the server checks the same and more (check digit, duplicates).
import { regex, required, type Validator } from 'react-admin';

// GB 32100-2015: 18 characters from 0-9 and A-Z without I, O, Z, S, V.
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;
export const creditCodeValidators: Validator[] = [
  required(),
  (value: unknown) => {
    if (typeof value !== 'string' || value.length === 0) return undefined;
    const v = value.trim().toUpperCase();
    if (v.length !== 18) return 'app.validation.credit_code_length';
    if (!CREDIT_CODE.test(v)) return 'app.validation.credit_code_charset';
    return undefined;
  },
];

export const idNumberValidators: Validator[] = [required(), regex(/^(\d{17}[\dXx]|.*\*.*)$/, 'app.validation.id_number')];

export const ratioValidator: Validator = (value: unknown) =>
  value === null || value === undefined || value === '' ? undefined : Number(value) > 0 && Number(value) <= 1 ? undefined : 'app.validation.ratio';

export const upper = (v: unknown) => (typeof v === 'string' ? v.toUpperCase() : v);
