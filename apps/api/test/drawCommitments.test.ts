// Rule 17: a draw's seed commitment is public from the moment the draw is announced — before the draw — so that a
// receipt re-made afterwards with another secret is caught by anyone who kept the published list. The list
// (publicDrawCommitments, /public/draw-commitments.json) is read from the hash-chained audit trail; public tasks
// only, and nothing but the task's code, the commitment and its time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCommitment, publishedBeforeStep } from '@ssj/domain';
import { createTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
type Row = {
  taskCode: string;
  seedCommitment: string;
  committedAt: string;
  auditSeq: number;
  auditHash: string;
  redraw: boolean;
  taskCancelledAt: string | null;
  taskCancelReason: string | null;
};
const Q =
  'query($c: String, $p: Int) { publicDrawCommitments(taskCode: $c, perPage: $p) { taskCode seedCommitment committedAt auditSeq auditHash redraw taskCancelledAt taskCancelReason } }';
const list = async (vars: { c?: string; p?: number } = {}) => {
  const r = await t.gql<{ publicDrawCommitments: Row[] }>(Q, vars);
  expect(r.errors).toBeUndefined();
  return r.data!.publicDrawCommitments;
};

beforeAll(async () => {
  t = await createTestApp({ today: '2026-12-04' });
}, 300_000);
afterAll(() => t?.close());

describe('seed commitments published before the draw (signed out)', () => {
  it('lists, for every draw of a public task, the commitment its receipt reveals, published before it was drawn', async () => {
    const rows = await list({ p: 500 });
    const draws = await t.prisma.draw.findMany({
      where: { kind: 'TARGETS', task: { isPublic: true } },
      select: { seedCommitment: true, drawnAt: true, task: { select: { code: true } } },
    });
    expect(draws.length).toBeGreaterThan(0);
    for (const d of draws) {
      const step = publishedBeforeStep(
        rows.filter((r) => r.taskCode === d.task.code),
        { commitment: d.seedCommitment },
        d.drawnAt.toISOString(),
      );
      expect(step.ok, `${d.task.code}: ${step.details.join(' ')}`).toBe(true);
    }
    // Newest first, each anchored in the audit chain.
    expect(rows.map((r) => r.auditSeq)).toEqual([...rows.map((r) => r.auditSeq)].sort((a, b) => b - a));
    const event = await t.prisma.auditEvent.findUniqueOrThrow({ where: { seq: BigInt(rows[0]!.auditSeq) } });
    expect(event.hash).toBe(rows[0]!.auditHash);
    expect((event.after as { seedCommitment?: string }).seedCommitment).toBe(rows[0]!.seedCommitment);
  });

  it('leaves out the commitments of withheld tasks', async () => {
    const hidden = await t.prisma.task.findMany({ where: { isPublic: false, seedCommitment: { not: null } }, select: { code: true } });
    expect(hidden.length).toBeGreaterThan(0);
    const codes = new Set((await list({ p: 500 })).map((r) => r.taskCode));
    for (const h of hidden) expect(codes.has(h.code), h.code).toBe(false);
  });

  it('publishes a new commitment the moment a draw is announced, before any draw', async () => {
    const kg = await t.login('kuangguan');
    const kgk = await t.prisma.unit.findUniqueOrThrow({ where: { code: 'KGK' } });
    const item = await t.prisma.checkItem.findUniqueOrThrow({ where: { code: 'LZZR-03' } });
    const plan =
      (await t.prisma.plan.findUnique({ where: { unitId_year: { unitId: kgk.id, year: 2026 } } })) ??
      (await t.prisma.plan.create({
        data: {
          unitId: kgk.id,
          year: 2026,
          title: '2026 年度抽查工作计划',
          status: 'FILED',
          version: 1,
          filedAt: new Date('2026-02-01T09:00:00+08:00'),
          items: {
            create: [
              { checkItemId: item.id, scope: '全区', windowFrom: new Date('2026-03-01'), windowTo: new Date('2026-12-31'), estimatedCount: 10, ratio: 0.2 },
            ],
          },
        },
      }));
    const lib = await t.prisma.targetLibrary.findFirstOrThrow({ where: { unitId: kgk.id, retiredAt: null }, orderBy: { code: 'asc' } });
    const created = await t.gql(
      'mutation($p: ID, $i: [ID!]) { createTask(planId: $p, name: "承诺公示测试任务", windowFrom: "2026-12-07", windowTo: "2026-12-31", checkItemIds: $i) { id code } }',
      { p: plan.id, i: [item.id] },
      kg,
    );
    expect(created.errors).toBeUndefined();
    const taskId = created.data!.createTask.id as string;
    expect(
      (
        await t.gql(
          'mutation($t: ID, $l: ID) { createTaskClass(taskId: $t, key: "a", label: "全部", libraryId: $l, count: 1) { id } }',
          { t: taskId, l: lib.id },
          kg,
        )
      ).errors,
    ).toBeUndefined();
    expect((await t.gql('mutation { confirmDirectories { id } }', {}, kg)).errors).toBeUndefined();
    const announced = await t.gql('mutation($id: ID) { announceDraw(taskId: $id) { seedCommitment } }', { id: taskId }, kg);
    expect(announced.errors).toBeUndefined();
    const code = { code: created.data!.createTask.code as string, seedCommitment: announced.data!.announceDraw.seedCommitment as string };
    const rows = await list({ c: code.code });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.seedCommitment).toBe(code.seedCommitment);
    // A receipt re-forged with another secret has a commitment that was never published.
    const forged = makeCommitment('0'.repeat(64));
    expect(publishedBeforeStep(rows, { commitment: forged }, '2026-12-31T00:00:00Z').ok).toBe(false);
    // Published after the draw counts for nothing.
    expect(publishedBeforeStep(rows, { commitment: rows[0]!.seedCommitment }, '2000-01-01T00:00:00Z').ok).toBe(false);
  });

  it('serves the same list as a file anyone can archive', async () => {
    const res = await t.app.fetch(new Request('http://test/public/draw-commitments.json'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as Row[];
    expect(body.slice(0, 25)).toEqual(await list());
    expect(Object.keys(body[0]!).sort()).toEqual([
      'auditHash',
      'auditSeq',
      'committedAt',
      'redraw',
      'seedCommitment',
      'taskCancelReason',
      'taskCancelledAt',
      'taskCode',
    ]);
    // A NUL byte in the task code, which the database refuses: a typed refusal, no stack trace.
    const nul = await t.app.fetch(new Request('http://test/public/draw-commitments.json?task=RW%00'));
    expect(nul.status).toBe(400);
    expect(((await nul.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('VALIDATION.INVALID');
  });
});
