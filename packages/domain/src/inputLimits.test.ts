import { describe, expect, it } from 'vitest';
import { controlCharacter, maxLengthOf, yearInRange, ID_PATTERN } from './inputLimits.ts';

describe('input limits', () => {
  it('find control characters but allow tab and line breaks', () => {
    expect(controlCharacter('第一行\n第二行\r\n\t缩进')).toBeNull();
    expect(controlCharacter('a\u0000b')).toBe('\u0000');
    expect(controlCharacter('\u001b[31m')).toBe('\u001b');
    expect(controlCharacter('evil\u202efdp.exe')).toBe('\u202e');
  });
  it('give each field its maximum length', () => {
    expect(maxLengthOf('creditCode')).toBe(50);
    expect(maxLengthOf('somethingElse')).toBe(2000);
  });
  it('keep years between 1900 and 2100, ids to safe characters', () => {
    expect([1899, 1900, 2100, 2101, 0].map(yearInRange)).toEqual([false, true, true, false, false]);
    expect(['cm5kc49s002l8demo1h3vom99', '2026-10-01', '123'].every((s) => ID_PATTERN.test(s))).toBe(true);
    expect(['', 'a b', 'x'.repeat(65), '中文'].some((s) => ID_PATTERN.test(s))).toBe(false);
  });
});
