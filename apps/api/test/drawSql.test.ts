// The draw's bookkeeping in PostgreSQL (drawSql.ts) against the domain: the candidates candidateSource writes are
// candidateOf's (with the locked draws of the year), stored as narrow rows with their groups; the streamed list hash
// — of the stored rows, and of the source without writing (the preview) — is freezeCandidates' hash, also for
// values the compact page format cannot carry (control characters in fields and ids); the census counts every
// candidate once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidateOf, canonicalJson, drawTargets, finishDrawByGroups, freezeCandidates, normalizeDrawParameters, planDrawByGroups } from '@ssj/domain';
import {
  candidateGroups,
  candidateSource,
  hashSource,
  hashStoredList,
  insertAndHashCandidates,
  listIds,
  insertCandidates,
  rankStoredList,
  roomToSort,
  scratchTables,
  storedList,
  storedRows,
} from '../src/drawSql.ts';
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

async function stored(shape: { chunk?: number; pageChunks?: number } = {}) {
  // Three freezes of the demo in one transaction: more than Prisma's default 5 s on a loaded machine.
  return t.prisma.$transaction(
    async (tx) => {
      const tables = await scratchTables(tx, shape);
      const preview = await hashSource(tx, candidateSource(ALL, AT), nodeHasher);
      const inserted = await insertCandidates(tx, 'x', candidateSource(ALL, AT), tables);
      const kept = listIds();
      const list = await hashStoredList(tx, 'x', nodeHasher, tables, undefined, { ids: kept });
      const groups = await candidateGroups(tx, { classes: [] }, storedList('x', tables));
      // The census from the group numbers the hash pass kept (the draw's and verify's way) is the stored list's.
      const counted = await candidateGroups(tx, { classes: [] }, storedList('x', tables, kept.groups));
      const byKey = (gs: typeof groups) => [...gs].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
      expect(byKey(counted)).toEqual(byKey(groups));
      // The draw's way: the statement that writes the rows returns them to be hashed (a second scratch draw id).
      const written = await insertAndHashCandidates(tx, 'y', candidateSource(ALL, AT), nodeHasher, tables);
      const rewritten = await hashStoredList(tx, 'y', nodeHasher, tables);
      expect(written).toEqual(rewritten);
      const rows = await tx.$queryRaw<{ targetId: string; drawsThisYear: number; exemptions: string[] }[]>`
      SELECT c."targetId", g."drawsThisYear", g."exemptions" FROM ${storedRows(tables, 'x')} c
      JOIN ${tables.groups} g ON g."drawId" = 'x' AND g."groupNo" = c."groupNo" ORDER BY c."position"`;
      const [g] = await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM ${tables.groups} WHERE "drawId" = 'x'`;
      const [k] = await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM ${tables.candidates} WHERE "drawId" = 'x'`;
      // A chunk gone from the middle of a list: no longer whole, and the hash no longer the frozen list's.
      await tx.$executeRaw`DELETE FROM ${tables.candidates} WHERE "drawId" = 'y' AND "chunkNo" = 1`;
      const gap = await hashStoredList(tx, 'y', nodeHasher, tables);
      // A chunk whose group numbers lost their last element: read as storedRows pads it (−1: no group), so the
      // count stays, the hash differs and the list is no longer whole.
      await tx.$executeRaw`UPDATE ${tables.candidates} SET "groupNos" = "groupNos"[1:cardinality("groupNos") - 1] WHERE "drawId" = 'x' AND "chunkNo" = 0`;
      const shortKept = listIds();
      const short = await hashStoredList(tx, 'x', nodeHasher, tables, undefined, { ids: shortKept });
      // What the hash pass read is storedRows' rows in position order (the padded one included).
      const shortRows = await tx.$queryRaw<{ targetId: string; groupNo: number }[]>`
        SELECT c."targetId", c."groupNo" FROM ${storedRows(tables, 'x')} c ORDER BY c."position"`;
      expect(shortRows.some((r) => r.groupNo === -1)).toBe(true);
      expect(shortKept).toEqual({ ids: shortRows.map((r) => r.targetId), groups: shortRows.map((r) => r.groupNo) });
      return { preview, inserted, list, written, groups, rows, groupRows: g!.n, chunkRows: k!.n, gap, short };
    },
    { timeout: 60_000 },
  );
}

/**
 * The demo's list as the domain freezes it, and as stored() stores it in one chunk, each made once: the tests that
 * read the demo as it is share them (the ones that change a target put it back, and recompute their own).
 */
let demoList: ReturnType<typeof domainList> | undefined;
let demoStored: ReturnType<typeof stored> | undefined;
const unchangedList = () => (demoList ??= domainList());
const unchangedStored = () => (demoStored ??= stored());

describe('drawSql', () => {
  it('freezes in SQL the list the domain freezes, hashes it to the same bytes and counts it', async () => {
    const frozen = await unchangedList();
    const { preview, inserted, list, written, groups, rows, groupRows } = await unchangedStored();
    expect(frozen.candidates.some((c) => c.exemptions.length > 0)).toBe(true);
    expect(frozen.candidates.some((c) => c.drawsThisYear > 0)).toBe(true);
    expect(rows.map((r) => ({ id: r.targetId, drawsThisYear: r.drawsThisYear, exemptions: r.exemptions }))).toEqual(
      frozen.candidates.map((c) => ({ id: c.id, drawsThisYear: c.drawsThisYear, exemptions: c.exemptions })),
    );
    expect(list).toEqual({ hash: frozen.candidateListHash, count: frozen.candidateCount, ordered: true });
    expect(preview).toEqual(list);
    expect(written).toEqual(list);
    expect(inserted).toBe(frozen.candidateCount);
    // Each group once: as many group rows as distinct drawing fields.
    expect(groupRows).toBe(new Set(frozen.candidates.map(({ id: _, ...fields }) => JSON.stringify(fields))).size);
    expect(groups.reduce((a, g) => a + g.count, 0)).toBe(frozen.candidateCount);
  });

  it('stores, pages and counts a list of many chunks as one of a single chunk', async () => {
    const frozen = await unchangedList();
    const one = await unchangedStored();
    // 7 candidates a chunk, 3 chunks a page: every boundary of the paging is crossed many times.
    const many = await stored({ chunk: 7, pageChunks: 3 });
    expect(one.chunkRows).toBe(Math.ceil(frozen.candidateCount / 10_000));
    expect(many.chunkRows).toBe(Math.ceil(frozen.candidateCount / 7));
    expect(many.list).toEqual({ hash: frozen.candidateListHash, count: frozen.candidateCount, ordered: true });
    expect(many.written).toEqual(many.list);
    expect(many.preview).toEqual(many.list);
    expect(many.rows).toEqual(one.rows);
    expect(many.groups).toEqual(one.groups);
    expect(many.gap.ordered).toBe(false);
    expect(many.gap.count).toBe(frozen.candidateCount - 7);
    expect(many.gap.hash).not.toBe(frozen.candidateListHash);
    for (const r of [one, many])
      expect([r.short.count, r.short.ordered, r.short.hash === frozen.candidateListHash]).toEqual([frozen.candidateCount, false, false]);
  });

  it('hashes values with control characters, quotes and backslashes exactly (read as JSON, not as compact text)', async () => {
    const one = await t.prisma.target.findFirstOrThrow({ where: { retiredAt: null }, orderBy: { id: 'asc' } });
    await t.prisma.target.update({ where: { id: one.id }, data: { area: '东\u001f"区"\\\n西\u0002', industry: '采\t矿' } });
    try {
      const frozen = await domainList();
      const { list, preview, written } = await stored();
      expect(list).toEqual({ hash: frozen.candidateListHash, count: frozen.candidateCount, ordered: true });
      expect(preview).toEqual(list);
      expect(written).toEqual(list);
    } finally {
      await t.prisma.target.update({ where: { id: one.id }, data: { area: one.area, industry: one.industry } });
    }
  });

  it("hashes ids holding the compact form's separators exactly (read as JSON pairs)", async () => {
    const one = await t.prisma.target.findFirstOrThrow({ where: { retiredAt: null }, orderBy: { id: 'asc' } });
    // A copy of a target under an id with chr(30) and chr(31) (and another credit code): ids are opaque to the draw.
    const odd = `${one.id}\u001e1\u001f2`;
    // And ids the compact form carries but that are not their own JSON string: a quote, a backslash, non-ASCII.
    const quoted = [`${one.id}"q`, `${one.id}\\b`, `${one.id}检`];
    for (const [id, prefix] of [
      [odd, 'X'],
      [quoted[0]!, 'Y'],
      [quoted[1]!, 'Z'],
      [quoted[2]!, 'W'],
    ])
      await t.prisma.$executeRaw`
        INSERT INTO "Target" SELECT (jsonb_populate_record(t, jsonb_build_object('id', ${id}::text, 'creditCode', ${prefix} || t."creditCode"))).*
        FROM "Target" t WHERE t."id" = ${one.id}`;
    try {
      const frozen = await domainList();
      expect([odd, ...quoted].every((id) => frozen.candidates.some((c) => c.id === id))).toBe(true);
      // One chunk, and chunks of 7 in pages of 3 (only the page holding the odd id is read as pairs).
      for (const shape of [{}, { chunk: 7, pageChunks: 3 }]) {
        const { list, preview, written } = await stored(shape);
        expect(list).toEqual({ hash: frozen.candidateListHash, count: frozen.candidateCount, ordered: true });
        expect(preview).toEqual(list);
        expect(written).toEqual(list);
      }
    } finally {
      await t.prisma.target.deleteMany({ where: { id: { in: [odd, ...quoted] } } });
    }
  });
  it('gives the rest of the transaction room to sort and no merge or nested-loop joins, and only that transaction', async () => {
    const settings = () =>
      t.prisma.$queryRaw<{ w: string; j: string; m: string; n: string }[]>`
        SELECT current_setting('work_mem') AS w, current_setting('jit') AS j, current_setting('enable_mergejoin') AS m, current_setting('enable_nestloop') AS n`;
    const before = (await settings())[0]!;
    const inside = await t.prisma.$transaction(async (tx) => {
      await roomToSort(tx);
      return (
        await tx.$queryRaw<{ w: string; j: string; m: string; n: string }[]>`
          SELECT current_setting('work_mem') AS w, current_setting('jit') AS j, current_setting('enable_mergejoin') AS m, current_setting('enable_nestloop') AS n`
      )[0]!;
    });
    expect(inside).toEqual({ w: '128MB', j: 'off', m: 'off', n: 'off' });
    expect((await settings())[0]).toEqual(before);
    expect(before.n).toBe('on');
  });

  it("ranks in SQL as the domain's drawTargets does: a RATIO class by strata and a COUNT class, entry by entry", async () => {
    const frozen = await unchangedList();
    const normalized = normalizeDrawParameters({
      taskId: 'rank',
      generalRatioCap: 0.5,
      classes: [
        { key: 'A', ratio: 0.1, checkItems: [{ id: 'CI-1', category: 'GENERAL' }] },
        { key: 'B', count: 7, checkItems: [{ id: 'CI-2', category: 'KEY' }] },
      ],
    });
    if (!normalized.ok) throw new Error('parameters');
    const { parameters } = normalized;
    const seedInputs = {
      source: 'LOTTERY' as const,
      lotteries: [{ name: '双色球 第2026112期', drawDate: '2026-09-14', numbers: [3, 11, 19, 24, 27, 30, 9], ordered: false }],
    };
    const domain = drawTargets({ parameters, candidates: frozen.candidates, seedInputs, hasher: nodeHasher, ranking: 'SELECTED' });
    if (!domain.ok) throw new Error(`domain refused: ${domain.code}`);
    const sql = await t.prisma.$transaction(async (tx) => {
      await roomToSort(tx);
      const tables = await scratchTables(tx);
      await insertCandidates(tx, 'x', candidateSource(ALL, AT), tables);
      const list = await hashStoredList(tx, 'x', nodeHasher, tables);
      const planned = planDrawByGroups({
        parameters,
        groups: await candidateGroups(tx, parameters, storedList('x', tables)),
        candidateListHash: list.hash,
        candidateCount: list.count,
        hasher: nodeHasher,
        seedInputs,
      });
      if (!planned.ok) throw new Error(`refused: ${planned.code}`);
      const ranked = await rankStoredList(tx, 'x', planned.plan, tables);
      return finishDrawByGroups(planned.plan, ranked.selected, ranked.exclusions);
    });
    expect(domain.receipt.perClass.map((c) => c.ranking.length)).toEqual([expect.any(Number), 7]);
    expect(domain.receipt.perClass[0]!.ranking.length).toBeGreaterThan(7);
    expect(canonicalJson(sql.perClass)).toBe(canonicalJson(domain.receipt.perClass));
    expect(canonicalJson(sql.result)).toBe(canonicalJson(domain.receipt.result));
    expect(canonicalJson(sql.exclusions)).toBe(canonicalJson(domain.receipt.exclusions));
    expect(sql.seed).toBe(domain.receipt.seed);
  });
});
