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
