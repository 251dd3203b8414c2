// Rule 9's count per target and year as the triggers keep it (TargetDrawCount, migration 20261210010000): equal to
// the recomputation from the locked target draws after every kind of write that changes it — a draw locked,
// superseded, moved to another year, drawn targets added to or removed from a locked draw — and repaired by
// rebuildTargetDrawCounts when damaged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildTargetDrawCounts } from '../src/drawCounts.ts';
import { createTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const counts = async (targetIds: string[]) => {
  const rows = await t.prisma.targetDrawCount.findMany({ where: { targetId: { in: targetIds } }, orderBy: [{ year: 'asc' }, { targetId: 'asc' }] });
  return rows.map((r) => `${r.year} ${r.targetId} ${r.draws}`);
};
const agrees = async () => {
  const r = await rebuildTargetDrawCounts(t.prisma, { apply: false });
  return r.wrong + r.missing;
};

describe('TargetDrawCount', () => {
  it('equals the recomputation on the demo data', async () => {
    expect(await t.prisma.targetDrawCount.count()).toBeGreaterThan(0);
    expect(await agrees()).toBe(0);
  });

  it('follows locks, supersessions, year changes and drawn targets of locked draws', async () => {
    const task = await t.prisma.task.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const targets = (await t.prisma.target.findMany({ orderBy: { id: 'asc' }, take: 3, select: { id: true } })).map((x) => x.id);
    const [a, b, c] = targets as [string, string, string];
    const before = await counts(targets);
    const base = (year: number, id: string) => Number(before.find((r) => r.startsWith(`${year} ${id} `))?.split(' ')[2] ?? 0);
    const draw = (id: string, drawnAt: string, status: 'DRAWN' | 'LOCKED') =>
      t.prisma.draw.create({
        data: {
          id,
          taskId: task.id,
          kind: 'TARGETS',
          sequence: id === 'dc1' ? 901 : 902,
          status,
          candidateCount: 0,
          candidateListHash: '',
          seedCommitment: '',
          seed: '',
          receipt: {},
          drawnAt: new Date(drawnAt),
        },
      });
    // 2027-01-01 00:30 in Beijing is still 2026 in UTC: the year is Beijing's.
    await draw('dc1', '2026-12-31T16:30:00Z', 'DRAWN');
    await t.prisma.drawnTarget.createMany({ data: [a, b].map((targetId, rank) => ({ drawId: 'dc1', targetId, rank, classKeys: ['k'] })) });
    expect(await counts(targets)).toEqual(before); // not locked: not counted
    await t.prisma.draw.update({ where: { id: 'dc1' }, data: { status: 'LOCKED' } });
    expect(await counts([a])).toContain(`2027 ${a} ${base(2027, a) + 1}`);
    expect(await agrees()).toBe(0);
    // A second locked draw in the same year (written locked, its rows after it: the scale seed's way).
    await draw('dc2', '2027-03-01T00:00:00Z', 'LOCKED');
    await t.prisma.drawnTarget.createMany({ data: [b, c].map((targetId, rank) => ({ drawId: 'dc2', targetId, rank, classKeys: ['k'] })) });
    expect(await counts([b])).toContain(`2027 ${b} ${base(2027, b) + 2}`);
    expect(await agrees()).toBe(0);
    await t.prisma.drawnTarget.delete({ where: { drawId_targetId: { drawId: 'dc2', targetId: c } } });
    expect(await counts([c])).toEqual(before.filter((r) => r.includes(` ${c} `)));
    await t.prisma.draw.update({ where: { id: 'dc1' }, data: { drawnAt: new Date('2026-06-01T00:00:00Z') } });
    expect(await counts([a])).toContain(`2026 ${a} ${base(2026, a) + 1}`);
    expect(await agrees()).toBe(0);
    await t.prisma.draw.update({ where: { id: 'dc1' }, data: { status: 'SUPERSEDED' } });
    await t.prisma.drawnTarget.deleteMany({ where: { drawId: { in: ['dc1', 'dc2'] } } });
    expect(await counts(targets)).toEqual(before);
    expect(await agrees()).toBe(0);
    await t.prisma.draw.deleteMany({ where: { id: { in: ['dc1', 'dc2'] } } });
  });

  it('reports a damaged table and repairs it', async () => {
    const [row] = await t.prisma.targetDrawCount.findMany({ take: 1, orderBy: [{ year: 'asc' }, { targetId: 'asc' }] });
    await t.prisma.targetDrawCount.delete({ where: { year_targetId: { year: row!.year, targetId: row!.targetId } } });
    await t.prisma.targetDrawCount.create({ data: { year: 1999, targetId: row!.targetId, draws: 3 } });
    const report = await rebuildTargetDrawCounts(t.prisma, { apply: false });
    expect(report).toMatchObject({ wrong: 1, missing: 1, applied: false });
    expect(report.samples.some((s) => s.includes('1999'))).toBe(true);
    expect(await rebuildTargetDrawCounts(t.prisma, { apply: true })).toMatchObject({ wrong: 1, missing: 1, applied: true });
    expect(await agrees()).toBe(0);
  });
});
