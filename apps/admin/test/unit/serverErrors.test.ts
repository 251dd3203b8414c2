// The English UI shows the server's refusals in English, by their stable code (src/i18n/serverErrors.ts); the
// Chinese UI shows the server's own message. Every code the domain can produce has an English message (the API's
// own codes: test/serverErrors.test.ts at the repository's root, which may read apps/api).
import { describe, expect, it } from 'vitest';
import { messages as domainMessages } from '@ssj/domain';
import { enServerErrors, localizeServerError } from '../../src/i18n/serverErrors';

describe('server refusals in English', () => {
  it('have an English message for every domain error code', () => {
    const codes = Object.keys(domainMessages);
    expect(codes.length).toBeGreaterThan(50);
    expect(codes.filter((c) => !enServerErrors[c]?.trim())).toEqual([]);
  });

  it('are English, not copied Chinese', () => {
    expect(Object.entries(enServerErrors).filter(([, m]) => /[\u4e00-\u9fff]/.test(m))).toEqual([]);
  });

  it('keep the server message in Chinese, translate by code in English, with the detail or the extensions', () => {
    const dup = { code: 'TARGET.CREDIT_CODE_DUPLICATE', field: 'creditCode', detail: '91370305MA3C5XXXX1' };
    expect(localizeServerError('zh', '该统一社会信用代码已存在于名录库中：91370305MA3C5XXXX1', dup)).toBe(
      '该统一社会信用代码已存在于名录库中：91370305MA3C5XXXX1',
    );
    expect(localizeServerError('en', '该统一社会信用代码已存在于名录库中：91370305MA3C5XXXX1', dup)).toBe(
      'This unified social credit code is already in the directory: 91370305MA3C5XXXX1',
    );
    expect(localizeServerError('en', '检查组未确定组长', { code: 'TEAM.NO_LEADER' })).toBe('The team has no leader');
    expect(
      localizeServerError('en', '登录失败次数过多，已暂时锁定：请 15 分钟后再试', {
        code: 'AUTH.TOO_MANY_ATTEMPTS',
        minutesLeft: 15,
        detail: '请 15 分钟后再试',
      }),
    ).toMatch(/^Too many failed sign-ins: .* in 15 minutes,/);
  });

  it('fall back to the server message when a code has no translation, or there is no code', () => {
    expect(localizeServerError('en', '新的拒绝', { code: 'SOMETHING.NEW' })).toBe('新的拒绝');
    expect(localizeServerError('en', 'Failed to fetch', undefined)).toBe('Failed to fetch');
  });
});
