import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '@ssj/domain';
import { codeOf, createTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
let staff: string; // 闻韶国土资源所
let admin: string;
let libraryId: string;
let ownUnitId: string;
let otherUnitId: string;

const validCode = (n: number) => {
  const body = `91370305MA${String(n).padStart(6, '0')}X`;
  return body + creditCodeCheckChar(body);
};

const CREATE = `mutation($creditCode: String, $name: String, $libraryId: ID, $unitId: ID) {
  createTarget(creditCode: $creditCode, name: $name, libraryId: $libraryId, unitId: $unitId, objectType: "临时用地使用人",
    scale: SMALL, industry: "建设施工", area: "闻韶街道", address: "临淄区闻韶街道齐兴路 1 号") { id creditCode unitId editable }
}`;

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.login('wenshao');
  admin = await t.login('admin');
  libraryId = (await t.prisma.targetLibrary.findUniqueOrThrow({ where: { code: 'LIB-LS' } })).id;
  ownUnitId = (await t.prisma.unit.findUniqueOrThrow({ where: { code: 'GTS01' } })).id;
  otherUnitId = (await t.prisma.unit.findUniqueOrThrow({ where: { code: 'GTS02' } })).id;
});
afterAll(() => t.close());

async function counts() {
  return { targets: await t.prisma.target.count(), audit: await t.prisma.auditEvent.count() };
}

describe('creating a target', () => {
  it("creates one in the staff member's own unit and records it in the audit trail", async () => {
    const r = await t.gql(CREATE, { creditCode: validCode(1), name: '淄博测试建设有限公司', libraryId }, staff);
    expect(r.errors).toBeUndefined();
    expect(r.data?.createTarget).toMatchObject({ creditCode: validCode(1), unitId: ownUnitId, editable: true });
    const ev = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'createTarget', entityId: r.data!.createTarget.id } });
    expect(ev.actorName).toContain('wenshao');
    expect((ev.after as { name: string }).name).toBe('淄博测试建设有限公司');
  });

  it.each([
    ['a wrong length', '91370305MA0000021', 'CREDIT_CODE.LENGTH'],
    ['a letter outside the alphabet', '91370305MA000002IX', 'CREDIT_CODE.CHARSET'],
    ['a wrong check character', validCode(2).slice(0, 17) + (validCode(2).endsWith('0') ? '1' : '0'), 'CREDIT_CODE.CHECK_DIGIT'],
  ])('refuses %s and saves nothing', async (_label, creditCode, code) => {
    const before = await counts();
    const r = await t.gql(CREATE, { creditCode, name: '无效代码公司', libraryId }, staff);
    expect(codeOf(r)).toBe(code);
    expect(r.errors?.[0]?.message).toMatch(/统一社会信用代码/);
    expect(await counts()).toEqual(before);
  });

  it('refuses a duplicate credit code, naming the existing target', async () => {
    const existing = await t.prisma.target.findFirstOrThrow({ orderBy: { creditCode: 'asc' } });
    const before = await counts();
    const r = await t.gql(CREATE, { creditCode: existing.creditCode, name: '重复公司', libraryId }, staff);
    expect(codeOf(r)).toBe('TARGET.CREDIT_CODE_DUPLICATE');
    expect(r.errors?.[0]?.message).toContain(existing.name);
    expect(await counts()).toEqual(before);
  });

  it('refuses a missing required field with its Chinese name', async () => {
    const before = await counts();
    const r = await t.gql(CREATE, { creditCode: validCode(3), name: '   ', libraryId }, staff);
    expect(codeOf(r)).toBe('VALIDATION.REQUIRED');
    expect(r.errors?.[0]?.extensions?.field).toBe('name');
    expect(r.errors?.[0]?.message).toBe('必填字段不能为空：名称');
    expect(await counts()).toEqual(before);
  });

  it('refuses unit staff creating a target for another unit (rule 3)', async () => {
    const before = await counts();
    const r = await t.gql(CREATE, { creditCode: validCode(4), name: '他所公司', libraryId, unitId: otherUnitId }, staff);
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });
});

describe('changing targets', () => {
  it("refuses unit staff editing another unit's target and changes nothing", async () => {
    const other = await t.prisma.target.findFirstOrThrow({ where: { unitId: otherUnitId } });
    const before = await counts();
    const r = await t.gql('mutation($id: ID!) { updateTarget(id: $id, name: "改名") { id } }', { id: other.id }, staff);
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(r.errors?.[0]?.message).toContain('谁管辖、谁维护');
    expect((await t.prisma.target.findUniqueOrThrow({ where: { id: other.id } })).name).toBe(other.name);
    expect(await counts()).toEqual(before);
  });

  it('refuses moving an own target to another unit', async () => {
    const own = await t.prisma.target.findFirstOrThrow({ where: { unitId: ownUnitId } });
    const r = await t.gql('mutation($id: ID!, $u: ID) { updateTarget(id: $id, unitId: $u) { id } }', { id: own.id, u: otherUnitId }, staff);
    expect(codeOf(r)).toBe('FORBIDDEN');
  });

  it("lets the admin edit any unit's target, keeping before and after in the audit trail", async () => {
    const other = await t.prisma.target.findFirstOrThrow({ where: { unitId: otherUnitId } });
    const r = await t.gql('mutation($id: ID!) { updateTarget(id: $id, riskLevel: HIGH) { riskLevel } }', { id: other.id }, admin);
    expect(r.data?.updateTarget.riskLevel).toBe('HIGH');
    const ev = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'updateTarget', entityId: other.id } });
    expect((ev.before as { riskLevel: string }).riskLevel).toBe(other.riskLevel);
    expect((ev.after as { riskLevel: string }).riskLevel).toBe('HIGH');
  });

  it('refuses blanking a required field on update', async () => {
    const own = await t.prisma.target.findFirstOrThrow({ where: { unitId: ownUnitId } });
    const r = await t.gql('mutation($id: ID!) { updateTarget(id: $id, address: "") { id } }', { id: own.id }, staff);
    expect(codeOf(r)).toBe('VALIDATION.REQUIRED');
  });

  it('deletes a target without history and audits it', async () => {
    const created = await t.gql(CREATE, { creditCode: validCode(5), name: '待删除公司', libraryId }, staff);
    const id = created.data!.createTarget.id;
    const r = await t.gql('mutation($id: ID!) { deleteTarget(id: $id) { id } }', { id }, staff);
    expect(r.data?.deleteTarget.id).toBe(id);
    expect(await t.prisma.target.findUnique({ where: { id } })).toBeNull();
    expect(await t.prisma.auditEvent.count({ where: { action: 'deleteTarget', entityId: id } })).toBe(1);
  });
});

describe('listing targets', () => {
  it('finds by keyword (name, credit code, address) and counts the matches', async () => {
    // _allTargetsMeta takes the list's paging arguments too (as ra-data-graphql-simple sends them) and ignores them.
    const r = await t.gql(
      '{ allTargets(filter: { q: "淄博测试建设" }) { name } _allTargetsMeta(page: 3, perPage: 10, filter: { q: "淄博测试建设" }) { count } }',
      {},
      staff,
    );
    expect(r.data?.allTargets).toEqual([{ name: '淄博测试建设有限公司' }]);
    expect(r.data?._allTargetsMeta.count).toBe(1);
    const byCode = await t.gql(`{ allTargets(filter: { q: "${validCode(1)}" }) { name } }`, {}, staff);
    expect(byCode.data?.allTargets).toHaveLength(1);
  });

  it('filters by unit, area and risk like the directed draw will', async () => {
    const r = await t.gql('{ allTargets(perPage: 500, filter: { area: "闻韶街道", riskLevel: HIGH }) { area riskLevel } }', {}, staff);
    expect(r.data?.allTargets.length).toBeGreaterThan(0);
    expect(r.data?.allTargets.every((x: { area: string; riskLevel: string }) => x.area === '闻韶街道' && x.riskLevel === 'HIGH')).toBe(true);
    const expected = await t.prisma.target.count({ where: { area: '闻韶街道', riskLevel: 'HIGH', retiredAt: null } });
    expect(r.data?.allTargets.length).toBe(expected);
  });

  it('pages without overlap and sorts by the requested field', async () => {
    const q = '{ allTargets(page: $p, perPage: 20, sortField: "creditCode", sortOrder: "DESC") { creditCode } }'.replace('$p', '%');
    const p0 = (await t.gql(q.replace('%', '0'), {}, staff)).data!.allTargets.map((x: { creditCode: string }) => x.creditCode);
    const p1 = (await t.gql(q.replace('%', '1'), {}, staff)).data!.allTargets.map((x: { creditCode: string }) => x.creditCode);
    expect(p0).toHaveLength(20);
    expect(new Set([...p0, ...p1]).size).toBe(40);
    expect([...p0, ...p1]).toEqual([...p0, ...p1].sort().reverse());
  });

  it('counts every active target in the comprehensive library, and its own in a special one', async () => {
    const r = await t.gql('{ allTargetLibraries(perPage: 20) { code kind targetCount } }', {}, staff);
    const libs = r.data!.allTargetLibraries as { code: string; kind: string; targetCount: number }[];
    expect(libs.find((l) => l.kind === 'COMPREHENSIVE')!.targetCount).toBe(await t.prisma.target.count({ where: { retiredAt: null } }));
    expect(libs.find((l) => l.code === 'LIB-LS')!.targetCount).toBe(await t.prisma.target.count({ where: { retiredAt: null, libraryId } }));
  });

  it('refuses a page larger than the limit with a clear error', async () => {
    const r = await t.gql('{ allTargets(perPage: 100000) { id } }', {}, staff);
    expect(codeOf(r)).toBe('VALIDATION.INVALID');
  });

  it('marks which rows the user may edit (own unit only for staff)', async () => {
    const r = await t.gql(`{ allTargets(perPage: 500, filter: { area: "闻韶街道" }) { unitId editable } }`, {}, staff);
    for (const row of r.data!.allTargets as { unitId: string; editable: boolean }[]) expect(row.editable).toBe(row.unitId === ownUnitId);
  });

  it('reads a page of targets with library and unit in a fixed number of SQL statements', async () => {
    const q = (n: number) => `{ allTargets(perPage: ${n}) { id name library { id name } unit { id name } } _allTargetsMeta { count } }`;
    const counts: number[] = [];
    await t.gql(q(1), {}, staff); // warm-up: the session's lastUsedAt is touched at most once a minute
    for (const n of [5, 50, 200]) {
      const { count } = await t.countQueries(() => t.gql(q(n), {}, staff));
      counts.push(count);
    }
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(6);
  });
});
