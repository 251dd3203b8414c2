import { describe, expect, it } from 'vitest';
import { confirmationIsFresh, DIRECTORY_CONFIRMATION_HOURS } from './directories.ts';

describe('directory confirmation window (rule 4)', () => {
  const at = new Date('2026-11-02T09:00:00Z');
  const hoursBefore = (h: number) => new Date(at.getTime() - h * 3600_000);
  it('is 24 hours', () => expect(DIRECTORY_CONFIRMATION_HOURS).toBe(24));
  it('accepts a confirmation up to 24 hours before the draw, and none after it', () => {
    expect(confirmationIsFresh(hoursBefore(0), at)).toBe(true);
    expect(confirmationIsFresh(hoursBefore(24), at)).toBe(true);
    expect(confirmationIsFresh(new Date(hoursBefore(24).getTime() - 1), at)).toBe(false);
    expect(confirmationIsFresh(new Date(at.getTime() + 1), at)).toBe(false);
  });
});
