// The draw's bookkeeping in PostgreSQL (drawSql.ts) against the domain: the candidates candidateSource writes are
// candidateOf's (with the locked draws of the year), the streamed list hash is freezeCandidates' hash — also for
// values the compact page format cannot carry (control characters: read as JSON instead) — and the census counts
// every candidate once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '@ssj/db/client';
import { candidateOf, freezeCandidates } from '@ssj/domain';
import { candidateGroups, candidateSource, hashStoredList, insertCandidates, previewTable, storedList } from '../src/drawSql.ts';
import { nodeHasher } from '../src/nodeHasher.ts';
import { createTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
const AT = new Date('2026-06-15T02:00:00Z');
const ALL = [
  {
    key: 'all',
    label: '全部',
    libraryId: null,
    objectType: null,
    scale: null,
    industry: null,
    area: null,
    ratio: 0.05,
    count: null,
    checkItemIds: [],
    library: null,
  },
];

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** The list as the domain freezes it from the same targets (candidateOf with the locked draws of the year). */
async function domainList() {
  const targets = await t.prisma.target.findMany({ where: { retiredAt: null } });
  const drawn = await t.prisma.drawnTarget.groupBy({
    by: ['targetId'],
    where: { draw: { status: 'LOCKED', kind: 'TARGETS', drawnAt: { gte: new Date('2025-12-31T16:00:00Z'), lt: new Date('2026-12-31T16:00:00Z') } } },
    _count: { _all: true },
  });
  const counts = new Map(drawn.map((d) => [d.targetId, d._count._all]));
  const frozen = freezeCandidates(targets.map((x) => candidateOf(x, counts.get(x.id) ?? 0)));
  if (!frozen.ok) throw new Error('demo list does not freeze');
  return frozen;
}

async function stored() {
  return t.prisma.$transaction(async (tx) => {
    const table = await previewTable(tx);
    await insertCandidates(tx, 'x', candidateSource(ALL, AT), table);
    const list = await hashStoredList(tx, 'x', nodeHasher, table);
    const groups = await candidateGroups(tx, { classes: [] }, storedList('x', table));
    const rows = await tx.$queryRaw<{ targetId: string; drawsThisYear: number; exemptions: string[] }[]>`
      SELECT "targetId", "drawsThisYear", "exemptions" FROM ${Prisma.raw('"DrawCandidatePreview"')} ORDER BY "position"`;
    return { list, groups, rows };
  });
}

describe('drawSql', () => {
  it('freezes in SQL the list the domain freezes, hashes it to the same bytes and counts it', async () => {
    const frozen = await domainList();
    const { list, groups, rows } = await stored();
    expect(frozen.candidates.some((c) => c.exemptions.length > 0)).toBe(true);
    expect(frozen.candidates.some((c) => c.drawsThisYear > 0)).toBe(true);
    expect(rows.map((r) => ({ id: r.targetId, drawsThisYear: r.drawsThisYear, exemptions: r.exemptions }))).toEqual(
      frozen.candidates.map((c) => ({ id: c.id, drawsThisYear: c.drawsThisYear, exemptions: c.exemptions })),
    );
    expect(list).toEqual({ hash: frozen.candidateListHash, count: frozen.candidateCount, ordered: true });
    expect(groups.reduce((a, g) => a + g.count, 0)).toBe(frozen.candidateCount);
  });

  it('hashes values with control characters, quotes and backslashes exactly (read as JSON, not as compact text)', async () => {
    const one = await t.prisma.target.findFirstOrThrow({ where: { retiredAt: null }, orderBy: { id: 'asc' } });
    await t.prisma.target.update({ where: { id: one.id }, data: { area: '东\u001f"区"\\\n西\u0002', industry: '采\t矿' } });
    try {
      const frozen = await domainList();
      const { list } = await stored();
      expect(list).toEqual({ hash: frozen.candidateListHash, count: frozen.candidateCount, ordered: true });
    } finally {
      await t.prisma.target.update({ where: { id: one.id }, data: { area: one.area, industry: one.industry } });
    }
  });
});
