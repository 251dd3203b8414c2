import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
let admin: string;
let unitId: string;

const CREATE = `mutation($code: String, $category: CheckCategory, $ratio: Float) {
  createCheckItem(code: $code, name: "测试事项", objectType: "采矿权人", category: $category, methods: [ON_SITE],
    unitId: "UNIT", legalBasis: "《测试条例》第一条", defaultRatio: $ratio) { id code version defaultRatio }
}`;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  unitId = (await t.prisma.unit.findUniqueOrThrow({ where: { code: 'KGK' } })).id;
});
afterAll(() => t.close());

const create = (vars: Record<string, unknown>) => t.gql(CREATE.replace('UNIT', unitId), vars, admin);

describe('the checklist (rules 1, 2)', () => {
  it('refuses a GENERAL item above the ratio cap and saves nothing', async () => {
    const before = await t.prisma.checkItem.count();
    const r = await create({ code: 'T-1', category: 'GENERAL', ratio: 0.06 });
    expect(codeOf(r)).toBe('CHECK_ITEM.RATIO_ABOVE_CAP');
    expect(await t.prisma.checkItem.count()).toBe(before);
  });

  it('accepts a GENERAL item exactly at the cap', async () => {
    expect((await create({ code: 'T-2', category: 'GENERAL', ratio: 0.05 })).data?.createCheckItem.defaultRatio).toBe(0.05);
  });

  it('allows a KEY item at 100%', async () => {
    expect((await create({ code: 'T-3', category: 'KEY', ratio: 1 })).data?.createCheckItem.defaultRatio).toBe(1);
  });

  it('refuses a ratio of 0 or above 1', async () => {
    expect(codeOf(await create({ code: 'T-4', category: 'KEY', ratio: 1.5 }))).toBe('VALIDATION.INVALID');
    expect(codeOf(await create({ code: 'T-5', category: 'KEY', ratio: 0 }))).toBe('VALIDATION.INVALID');
  });

  it('refuses a change without an adjustment notice', async () => {
    const item = await t.prisma.checkItem.findUniqueOrThrow({ where: { code: 'LZZR-03' } });
    const r = await t.gql('mutation($id: ID!) { updateCheckItem(id: $id, name: "新名称") { id } }', { id: item.id }, admin);
    expect(codeOf(r)).toBe('CHECK_ITEM.NOTICE_REQUIRED');
    expect((await t.prisma.checkItem.findUniqueOrThrow({ where: { id: item.id } })).name).toBe(item.name);
  });

  it('keeps every version and publishes the notice', async () => {
    const item = await t.prisma.checkItem.findUniqueOrThrow({ where: { code: 'LZZR-03' } });
    const r = await t.gql(
      'mutation($id: ID!) { updateCheckItem(id: $id, legalBasis: "《矿产资源法》（2024 年修订）", notice: "依据新修订的矿产资源法更新检查依据") { version } }',
      { id: item.id },
      admin,
    );
    expect(r.data?.updateCheckItem.version).toBe(item.version + 1);
    const pub = await t.gql('query($id: ID!) { CheckItem(id: $id) { legalBasis versions { version change notice snapshot } } }', { id: item.id });
    const versions = pub.data?.CheckItem.versions;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(versions[0].notice).toBe('依据新修订的矿产资源法更新检查依据');
    expect(versions[1].snapshot.legalBasis).toBe(item.legalBasis);
    expect(pub.data?.CheckItem.legalBasis).toBe('《矿产资源法》（2024 年修订）');
  });

  it('retires instead of deleting, recording a RETIRE version', async () => {
    const item = await t.prisma.checkItem.findUniqueOrThrow({ where: { code: 'T-2' } });
    await t.gql('mutation($id: ID!) { deleteCheckItem(id: $id, notice: "事项取消") { retiredAt } }', { id: item.id }, admin);
    const after = await t.prisma.checkItem.findUniqueOrThrow({ where: { id: item.id }, include: { versions: true } });
    expect(after.retiredAt).not.toBeNull();
    expect(after.versions.map((v: { change: string }) => v.change).sort()).toEqual(['CREATE', 'RETIRE']);
    const list = await t.gql('{ allCheckItems(perPage: 100) { code } }');
    expect(list.data?.allCheckItems.map((i: { code: string }) => i.code)).not.toContain('T-2');
  });
});

describe('the units whose remit an item is in (rule 6)', () => {
  const REMIT = `mutation($code: String, $remit: [ID!]) {
    createCheckItem(code: $code, name: "土地测试事项", objectType: "建设用地使用权人", category: KEY, methods: [ON_SITE],
      unitId: "UNIT", legalBasis: "《测试条例》第二条", defaultRatio: 0.2, remitUnitIds: $remit) { id unitId remitUnitIds remitUnits { code } }
  }`;
  const unit = async (code: string) => (await t.prisma.unit.findUniqueOrThrow({ where: { code } })).id;

  it("puts a new item in its responsible unit's remit by default, or in the units named", async () => {
    const own = await t.gql(REMIT.replace('UNIT', unitId), { code: 'R-1' }, admin);
    expect(own.errors).toBeUndefined();
    expect(own.data!.createCheckItem).toMatchObject({ unitId, remitUnitIds: [unitId], remitUnits: [{ code: 'KGK' }] });
    const shared = await t.gql(REMIT.replace('UNIT', unitId), { code: 'R-2', remit: [await unit('GTS02'), unitId, await unit('GTS01')] }, admin);
    expect(shared.errors).toBeUndefined();
    expect(shared.data!.createCheckItem.remitUnits).toEqual([{ code: 'GTS01' }, { code: 'GTS02' }, { code: 'KGK' }]);
    const listed = await t.gql('query($u: ID) { allCheckItems(filter: { remitUnitId: $u, q: "土地测试" }) { code } }', { u: await unit('GTS02') }, admin);
    expect(listed.data!.allCheckItems).toEqual([{ code: 'R-2' }]);
  });

  it('changes the remit as a new version with its notice, and refuses an empty remit or an unknown unit', async () => {
    const item = await t.prisma.checkItem.findUniqueOrThrow({ where: { code: 'R-1' } });
    const UPDATE =
      'mutation($id: ID!, $remit: [ID!], $notice: String) { updateCheckItem(id: $id, remitUnitIds: $remit, notice: $notice) { version remitUnits { code } } }';
    const before = { version: item.version, audit: await t.prisma.auditEvent.count() };
    expect(codeOf(await t.gql(UPDATE, { id: item.id, remit: [], notice: '调整实施单位' }, admin))).toBe('CHECK_ITEM.REMIT_EMPTY');
    const unknown = await t.gql(UPDATE, { id: item.id, remit: ['no-such-unit'], notice: '调整实施单位' }, admin);
    expect(codeOf(unknown)).toBe('CHECK_ITEM.REMIT_UNIT_INVALID');
    expect(unknown.errors![0]!.message).toContain('实施单位不存在');
    expect({ version: (await t.prisma.checkItem.findUniqueOrThrow({ where: { id: item.id } })).version, audit: await t.prisma.auditEvent.count() }).toEqual(
      before,
    );

    const ok = await t.gql(UPDATE, { id: item.id, remit: [await unit('GTS03')], notice: '改由辛店国土资源所实施' }, admin);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.updateCheckItem).toEqual({ version: item.version + 1, remitUnits: [{ code: 'GTS03' }] });
    const version = await t.prisma.checkItemVersion.findFirstOrThrow({ where: { checkItemId: item.id, version: item.version + 1 } });
    expect(version.snapshot).toMatchObject({ unitId, remitUnitIds: [await unit('GTS03')] });
  });
});
