// The assessment's window-end due-date cache (src/assessment/figures.ts): one entry per current window end, kept
// across reads of the same calendar, dropped when its window end is gone or the calendar changed — so it stays as
// small as the window ends there are now instead of growing by one entry per window end ever seen.
import { describe, expect, it } from 'vitest';
import { nextDueCache } from '../src/assessment/figures.ts';

const counting = () => {
  const asked: string[] = [];
  const due = (day: string) => {
    asked.push(day);
    return `due(${day})`;
  };
  return { asked, due };
};

describe('nextDueCache', () => {
  it('computes each new window end once and keeps what the same calendar already has', () => {
    const a = counting();
    const first = nextDueCache({ calendar: null, dues: new Map() }, 'md5-1', ['2026-01-31', '2026-02-28', '2026-01-31'], a.due);
    expect([...first.dues]).toEqual([
      ['2026-01-31', 'due(2026-01-31)'],
      ['2026-02-28', 'due(2026-02-28)'],
    ]);
    const b = counting();
    const second = nextDueCache(first, 'md5-1', ['2026-02-28', '2026-03-31'], b.due);
    expect(b.asked).toEqual(['2026-03-31']);
    expect([...second.dues.keys()]).toEqual(['2026-02-28', '2026-03-31']); // 2026-01-31 is no longer a window end: dropped
  });

  it('keeps a due date that could not be computed (null) without asking again', () => {
    const first = nextDueCache({ calendar: null, dues: new Map() }, 'md5-1', ['2027-12-31'], () => null);
    const b = counting();
    expect(nextDueCache(first, 'md5-1', ['2027-12-31'], b.due).dues.get('2027-12-31')).toBeNull();
    expect(b.asked).toEqual([]);
  });

  it('recomputes everything after the calendar changed', () => {
    const first = nextDueCache({ calendar: null, dues: new Map() }, 'md5-1', ['2026-01-31'], counting().due);
    const b = counting();
    const after = nextDueCache(first, 'md5-2', ['2026-01-31'], b.due);
    expect(b.asked).toEqual(['2026-01-31']);
    expect(after.calendar).toBe('md5-2');
  });

  it('stays as large as the current window ends over many months', () => {
    let cache: Parameters<typeof nextDueCache>[0] = { calendar: null, dues: new Map() };
    for (let m = 0; m < 120; m++) {
      const ends = [0, 1, 2].map((k) => `20${String(26 + Math.floor((m + k) / 12)).padStart(2, '0')}-${String(((m + k) % 12) + 1).padStart(2, '0')}-28`);
      cache = nextDueCache(cache, 'md5-1', ends, (d) => d);
    }
    expect(cache.dues.size).toBe(3);
  });
});
