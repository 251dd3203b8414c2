// The scale generator (packages/db/src/seed/scale.ts, `npm run seed:scale`) at a tiny size on the demo: the rows
// it promises are there and consistent (valid credit codes, one result per task target, a task never takes a
// target twice, follow-ups only for violations), and the API's list page and dashboard read them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateCreditCode } from '@ssj/domain';
import { creditCodeSql, generateScaleData, type SqlSession } from '@ssj/db/scale';
import { createTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
let leader: string;
const q = <T = Record<string, unknown>>(sql: string) => t.db.prisma.$queryRawUnsafe<T[]>(sql);

beforeAll(async () => {
  t = await createTestApp();
  leader = await t.login('leader');
  await t.db.prisma.$transaction(
    async (tx) => {
      const session: SqlSession = {
        query: async (sql) =>
          /^\s*(SELECT|WITH)/i.test(sql) ? { rows: await tx.$queryRawUnsafe<unknown[]>(sql) } : { rows: [], rowCount: await tx.$executeRawUnsafe(sql) },
      };
      await generateScaleData(session, { targets: 400, results: 300, tasks: 30, years: 3 });
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}, 180_000);
afterAll(() => t?.close());

describe('seed:scale', () => {
  it('writes valid credit codes, the same as the domain computes', async () => {
    const rows = await q<{ code: string }>(`SELECT ${creditCodeSql('g::bigint * 7919 + 50000000')} AS code FROM generate_series(1, 200) g`);
    for (const { code } of rows) expect(validateCreditCode(code)).toEqual({ ok: true, code });
    const stored = await q<{ creditCode: string }>(`SELECT "creditCode" FROM "Target" WHERE "id" LIKE 'sct%'`);
    expect(stored).toHaveLength(400);
    expect(stored.filter((r) => !validateCreditCode(r.creditCode).ok)).toEqual([]);
  });

  it('makes a consistent history: tasks, task targets with one result each, draws, teams, follow-ups', async () => {
    const [c] = await q<Record<string, number>>(`SELECT
      (SELECT count(*) FROM "Task" WHERE "id" LIKE 'sck%')::int AS tasks,
      (SELECT count(*) FROM "TaskTarget" WHERE "id" LIKE 'sctt%')::int AS "taskTargets",
      (SELECT count(*) FROM "Result" WHERE "id" LIKE 'scr%')::int AS results,
      (SELECT count(*) FROM "DrawnTarget" WHERE "drawId" LIKE 'scd%')::int AS drawn,
      (SELECT count(*) FROM "TeamMember" WHERE "id" LIKE 'scmm%')::int AS members,
      (SELECT count(DISTINCT "year") FROM "Plan" p JOIN "Task" t ON t."planId" = p."id" WHERE t."id" LIKE 'sck%')::int AS years,
      (SELECT count(*) FROM "FollowUp" f JOIN "Result" r ON r."id" = f."resultId"
        WHERE f."id" LIKE 'scf%' AND r."outcome" NOT IN ('FOLLOW_UP_PENDING', 'SERIOUS_REFUSAL', 'FALSIFICATION'))::int AS "strayFollowUps",
      (SELECT count(*) FROM "Result" r WHERE r."id" LIKE 'scr%' AND r."status" = 'PUBLISHED' AND r."publishedAt" IS NULL)::int AS "unpublished"`);
    expect(c).toMatchObject({ tasks: 30, taskTargets: 300, results: 300, drawn: 300, members: 600, years: 3, strayFollowUps: 0, unpublished: 0 });
  });

  it('feeds the list page and the leadership dashboard', async () => {
    const list = await t.gql(
      '{ allTasks(page: 0, perPage: 5, sortField: "createdAt", sortOrder: "DESC") { code executingUnit { name } targets { target { name unit { name } } } } }',
      {},
      leader,
    );
    expect(list.errors).toBeUndefined();
    expect(list.data!.allTasks).toHaveLength(5);
    const a = await t.gql('{ assessment(year: 2025) { total { taskCompletion { tasks targetsDrawn } timelyEntry { onTime late } } } }', {}, leader);
    expect(a.errors).toBeUndefined();
    const total = a.data!.assessment.total;
    expect(total.taskCompletion.tasks).toBeGreaterThanOrEqual(10);
    expect(total.timelyEntry.onTime + total.timelyEntry.late).toBeGreaterThanOrEqual(100);
  });
});
