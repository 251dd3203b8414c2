import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '@ssj/domain';
import { codeOf, createTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
let staff: string;
let ownUnitId: string;

const idNo = (serial: number) => {
  const body = `37030519850612${String(serial).padStart(3, '0')}`;
  return body + idNumberCheckChar(body);
};

const CREATE = `mutation($name: String, $idNumber: String, $qualified: Boolean, $drawable: Boolean) {
  createInspector(name: $name, idNumber: $idNumber, qualified: $qualified, drawable: $drawable) { id name qualified drawable unitId }
}`;

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.login('wenshao');
  ownUnitId = (await t.prisma.unit.findUniqueOrThrow({ where: { code: 'GTS01' } })).id;
});
afterAll(() => t.close());

describe('inspectors (rules 3, 5)', () => {
  it('creates a qualified, drawable inspector in the own unit', async () => {
    const r = await t.gql(CREATE, { name: '测试员甲', idNumber: idNo(1), qualified: true, drawable: true }, staff);
    expect(r.data?.createInspector).toMatchObject({ qualified: true, drawable: true, unitId: ownUnitId });
  });

  it('refuses marking an inspector without enforcement qualification as drawable', async () => {
    const before = await t.prisma.inspector.count();
    const r = await t.gql(CREATE, { name: '测试员乙', idNumber: idNo(2), qualified: false, drawable: true }, staff);
    expect(codeOf(r)).toBe('INSPECTOR.DRAWABLE_NOT_QUALIFIED');
    expect(r.errors?.[0]?.message).toBe('不具备执法资格的人员不能设为可参与抽取');
    expect(await t.prisma.inspector.count()).toBe(before);
  });

  it('refuses withdrawing the qualification of a drawable inspector without withdrawing the draw flag', async () => {
    const i = await t.prisma.inspector.findFirstOrThrow({ where: { unitId: ownUnitId, drawable: true } });
    const r = await t.gql('mutation($id: ID!) { updateInspector(id: $id, qualified: false) { id } }', { id: i.id }, staff);
    expect(codeOf(r)).toBe('INSPECTOR.DRAWABLE_NOT_QUALIFIED');
    const ok = await t.gql('mutation($id: ID!) { updateInspector(id: $id, qualified: false, drawable: false) { qualified drawable } }', { id: i.id }, staff);
    expect(ok.data?.updateInspector).toEqual({ qualified: false, drawable: false });
  });

  it('refuses an invalid or duplicate ID number', async () => {
    expect(codeOf(await t.gql(CREATE, { name: '甲', idNumber: '370305198506120011' }, staff))).toBe('ID_NUMBER.INVALID');
    expect(codeOf(await t.gql(CREATE, { name: '乙', idNumber: idNo(1) }, staff))).toBe('INSPECTOR.ID_NUMBER_DUPLICATE');
  });

  it("refuses unit staff editing another unit's inspector", async () => {
    const other = await t.prisma.inspector.findFirstOrThrow({ where: { NOT: { unitId: ownUnitId } } });
    const r = await t.gql('mutation($id: ID!) { updateInspector(id: $id, title: "改") { id } }', { id: other.id }, staff);
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect((await t.prisma.inspector.findUniqueOrThrow({ where: { id: other.id } })).title).toBe(other.title);
  });

  it("masks another unit's inspectors' ID numbers and phones", async () => {
    const other = await t.prisma.inspector.findFirstOrThrow({ where: { NOT: { unitId: ownUnitId } } });
    const r = await t.gql('query($id: ID!) { Inspector(id: $id) { idNumber phone editable } }', { id: other.id }, staff);
    expect(r.data?.Inspector.idNumber).toBe(`${other.idNumber.slice(0, 6)}********${other.idNumber.slice(14)}`);
    expect(r.data?.Inspector.phone).toBeNull();
    expect(r.data?.Inspector.editable).toBe(false);
  });

  it('lists only qualified inspectors when asked', async () => {
    const r = await t.gql('{ allInspectors(perPage: 500, filter: { qualified: false }) { qualified drawable } }', {}, staff);
    expect(r.data?.allInspectors.length).toBeGreaterThan(0);
    expect(r.data?.allInspectors.every((i: { qualified: boolean; drawable: boolean }) => !i.qualified && !i.drawable)).toBe(true);
  });
});
