// The admin's "today" is the server's (a pinned demo or test day), with the browser's Beijing day standing in
// until it has arrived (common/today.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserToday, loadServerToday, setServerToday, today, todayLoaded } from '../../src/common/today';
import { chinaToday } from '../../src/dashboard/assessment/figures';
import { daysSince } from '../../src/common/Freshness';

afterEach(() => {
  setServerToday(null);
  vi.useRealTimers();
});

describe('today', () => {
  it("is the browser's day in Beijing until the server has answered", () => {
    vi.useFakeTimers({ now: new Date('2026-12-31T17:00:00Z'), toFake: ['Date'] });
    // 17:00 UTC on 31 December is already 1 January in Beijing.
    expect(browserToday()).toBe('2027-01-01');
    expect(todayLoaded()).toBe(false);
    expect(today()).toBe('2027-01-01');
  });

  it("follows the server's pinned day once loaded, asking only once", async () => {
    vi.useFakeTimers({ now: new Date('2026-12-05T02:00:00Z'), toFake: ['Date'] });
    const fetchDay = vi.fn(async () => '2026-11-02');
    await Promise.all([loadServerToday(fetchDay), loadServerToday(fetchDay)]);
    await loadServerToday(fetchDay);
    expect(fetchDay).toHaveBeenCalledTimes(1);
    expect(todayLoaded()).toBe(true);
    expect(today()).toBe('2026-11-02');
    // What the pages use: today() is date inputs' default; the leadership period comes from it.
    expect(chinaToday(today())).toEqual({ year: 2026, month: 11 });
  });

  it("keeps the browser's day when the server cannot be asked, and tries again next time", async () => {
    vi.useFakeTimers({ now: new Date('2026-12-05T02:00:00Z'), toFake: ['Date'] });
    await expect(
      loadServerToday(async () => {
        throw new Error('offline');
      }),
    ).rejects.toThrow('offline');
    expect(today()).toBe('2026-12-05');
    await loadServerToday(async () => '2026-11-02');
    expect(today()).toBe('2026-11-02');
  });

  it('refuses what is not a day', () => {
    expect(() => setServerToday('2026-11-2')).toThrow();
    expect(todayLoaded()).toBe(false);
  });
});

describe('days since a directory confirmation (dashboard "N 天前")', () => {
  it("counts Beijing calendar days up to the server's day, not the browser's clock", () => {
    vi.useFakeTimers({ now: new Date('2026-12-04T12:00:00Z'), toFake: ['Date'] });
    setServerToday('2026-11-02');
    // 01:00 on 2 November in Beijing is still "today" on the pinned server day.
    expect(daysSince('2026-11-01T17:00:00Z')).toBe(0);
    // 23:59 on 1 November in Beijing is one day ago.
    expect(daysSince('2026-11-01T15:59:00Z')).toBe(1);
    expect(daysSince('2026-10-03T02:00:00Z')).toBe(30);
    // A confirmation after the pinned day (data newer than the demo's day) is not counted negative.
    expect(daysSince('2026-11-20T02:00:00Z')).toBe(0);
  });
});
