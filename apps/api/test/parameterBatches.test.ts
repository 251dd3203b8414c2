// A province-sized lock (46k drawn targets) reads and writes its rows in batches under the bind-parameter limit.
import { describe, expect, it } from 'vitest';
import { inBatches, ROWS_PER_STATEMENT } from '../src/parameterBatches.ts';

describe('inBatches', () => {
  it('runs consecutive slices in order and concatenates their answers', async () => {
    const seen: number[][] = [];
    const out = await inBatches(
      [1, 2, 3, 4, 5],
      async (b) => {
        seen.push(b);
        return b.map((x) => x * 10);
      },
      2,
    );
    expect(seen).toEqual([[1, 2], [3, 4], [5]]);
    expect(out).toEqual([10, 20, 30, 40, 50]);
  });

  it('sends nothing for no rows, one statement up to the batch size', async () => {
    let calls = 0;
    const count = async () => {
      calls++;
      return [];
    };
    await inBatches([], count);
    expect(calls).toBe(0);
    await inBatches(
      Array.from({ length: ROWS_PER_STATEMENT }, (_, i) => i),
      count,
    );
    expect(calls).toBe(1);
    await inBatches(
      Array.from({ length: ROWS_PER_STATEMENT + 1 }, (_, i) => i),
      count,
    );
    expect(calls).toBe(3);
  });

  it('keeps a statement of 5 columns per row under 32,767 parameters', () => {
    expect(ROWS_PER_STATEMENT * 5).toBeLessThan(32_767);
  });
});
