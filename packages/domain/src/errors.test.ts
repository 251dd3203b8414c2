import { describe, expect, it } from 'vitest';
import { DomainError, isDomainError, messageFor, messages, type DomainErrorCode } from './errors.ts';
import type { CreditCodeError } from './creditCode.ts';
import type { IdNumberResult } from './idNumber.ts';
import type { DrawRefusal, ExclusionCode, nextInRanking } from './drawing.ts';
import type { MatchingResult, ReplaceTeamMemberResult, TeamValidation } from './matching.ts';
import type { checkPlanFiling } from './coverage.ts';

// Every code a function can return must have a Chinese message (checked by tsc: a code missing from
// DomainErrorCode makes this assignment fail to compile).
type Returned =
  | CreditCodeError
  | Extract<IdNumberResult, { ok: false }>['code']
  | DrawRefusal['code']
  | ExclusionCode
  | Extract<ReturnType<typeof nextInRanking>, { ok: false }>['code']
  | Extract<MatchingResult, { ok: false }>['code']
  | Extract<ReplaceTeamMemberResult, { ok: false }>['code']
  | Extract<TeamValidation, { ok: false }>['code']
  | Extract<ReturnType<typeof checkPlanFiling>, { ok: false }>['code'];
const everyReturnedCodeHasAMessage: [Returned] extends [DomainErrorCode] ? true : false = true;

describe('error codes', () => {
  it('has a Chinese message for every code', () => {
    expect(everyReturnedCodeHasAMessage).toBe(true);
    for (const [code, message] of Object.entries(messages)) {
      expect(code).toMatch(/^[A-Z_]+\.[A-Z_]+$/);
      expect(message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(messageFor('CALENDAR.YEAR_UNKNOWN')).toBe('该年度不在可推算工作日的范围（1901–2099 年）内，且未声明节假日安排，无法计算工作日');
  });

  it('throws DomainError with its code and details', () => {
    const e = new DomainError('CALENDAR.YEAR_UNKNOWN', { year: 2099 });
    expect(isDomainError(e)).toBe(true);
    expect(e.code satisfies DomainErrorCode).toBe('CALENDAR.YEAR_UNKNOWN');
    expect(e.details).toEqual({ year: 2099 });
    expect(e.message).toContain('1901–2099');
  });
});
