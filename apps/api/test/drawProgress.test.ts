// Progress of a long draw step (issue 14): what the running transaction reports is what the draw page's poll reads —
// on this process, and (PostgreSQL) through pg_stat_activity from another connection, i.e. another replica; gone
// when the step's transaction ends. The draw page's GraphQL field answers signed-in users only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawProgress, reportProgress, withProgress } from '../src/drawProgress.ts';
import { codeOf, createTestApp, type TestApp } from './helpers.ts';
import { TEST_DATABASE_URL } from './testEnv.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('draw progress', () => {
  it('reads the step a running transaction reports, and nothing once it ends', async () => {
    const seen = await withProgress('task-progress-1', () =>
      t.prisma.$transaction(async (tx) => {
        await reportProgress(tx, 'task-progress-1', 'HASH', 3, 10);
        const here = await drawProgress(t.prisma, 'task-progress-1');
        // Another connection (another replica) sees it through pg_stat_activity (PostgreSQL: several connections).
        const there = TEST_DATABASE_URL ? await drawProgress(t.prisma, 'task-progress-1', { here: false }) : here;
        return { here, there };
      }),
    );
    expect(seen.here).toEqual({ step: 'HASH', done: 3, total: 10 });
    expect(seen.there).toEqual({ step: 'HASH', done: 3, total: 10 });
    expect(await drawProgress(t.prisma, 'task-progress-1')).toBeNull();
    expect(await drawProgress(t.prisma, 'task-progress-1', { here: false })).toBeNull();
  });

  it('answers the draw page: null when nothing runs; signed-in users only', async () => {
    const q = 'query($t: ID!) { drawProgress(taskId: $t) { step done total } }';
    expect(codeOf(await t.gql(q, { t: 'nothing' }))).toBe('UNAUTHENTICATED');
    const token = await t.login('kuangguan');
    const r = await t.gql(q, { t: 'nothing' }, token);
    expect(r.errors).toBeUndefined();
    expect(r.data?.drawProgress).toBeNull();
  });
});
