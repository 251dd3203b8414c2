// The six directory deletes (retiring.ts): deleted when never used, else retired once, with the unit check and audit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
let admin: string;
let staff: string; // 闻韶国土资源所 (GTS01)

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  staff = await t.login('wenshao');
});
afterAll(() => t.close());

const audits = (action: string, entityId: string) => t.prisma.auditEvent.count({ where: { action, entityId } });

describe('retiring a directory record', () => {
  it('retires a used inspector (no longer drawable), answers it retired, and retires it only once', async () => {
    const own = await t.prisma.unit.findUniqueOrThrow({ where: { code: 'GTS01' } });
    const used = await t.prisma.inspector.findFirstOrThrow({ where: { unitId: own.id, memberships: { some: {} }, retiredAt: null } });
    const q = 'mutation($id: ID!) { deleteInspector(id: $id) { id retiredAt drawable } }';
    const r = await t.gql(q, { id: used.id }, staff);
    expect(r.errors).toBeUndefined();
    expect(r.data?.deleteInspector.retiredAt).not.toBeNull();
    expect(r.data?.deleteInspector.drawable).toBe(false);
    const again = await t.gql(q, { id: used.id }, staff);
    expect(again.data?.deleteInspector.retiredAt).toBe(r.data?.deleteInspector.retiredAt);
    expect(await audits('retireInspector', used.id)).toBe(1);
    expect(await t.prisma.inspector.count({ where: { id: used.id } })).toBe(1);
  });

  it("refuses another unit's inspector and changes nothing", async () => {
    const other = await t.prisma.unit.findUniqueOrThrow({ where: { code: 'GTS02' } });
    const theirs = await t.prisma.inspector.findFirstOrThrow({ where: { unitId: other.id, retiredAt: null } });
    const r = await t.gql('mutation($id: ID!) { deleteInspector(id: $id) { id } }', { id: theirs.id }, staff);
    expect(codeOf(r)).toMatch(/^FORBIDDEN/);
    expect((await t.prisma.inspector.findUniqueOrThrow({ where: { id: theirs.id } })).retiredAt).toBeNull();
  });

  it('deletes an expert who never served, and answers "not found" for an unknown id', async () => {
    const created = await t.gql('mutation { createExpert(name: "临时专家", organization: "某设计院", field: "测绘") { id } }', {}, admin);
    const id = created.data!.createExpert.id;
    const r = await t.gql('mutation($id: ID!) { deleteExpert(id: $id) { id name } }', { id }, admin);
    expect(r.data?.deleteExpert).toEqual({ id, name: '临时专家' });
    expect(await t.prisma.expert.count({ where: { id } })).toBe(0);
    expect(await audits('deleteExpert', id)).toBe(1);
    expect(codeOf(await t.gql('mutation($id: ID!) { deleteExpert(id: $id) { id } }', { id }, admin))).toBe('NOT_FOUND');
  });

  it('refuses retiring the lead unit and retires another unit once', async () => {
    const lead = await t.prisma.unit.findFirstOrThrow({ where: { kind: 'LEAD' } });
    expect(codeOf(await t.gql('mutation($id: ID!) { deleteUnit(id: $id) { id } }', { id: lead.id }, admin))).toBe('FORBIDDEN');
    expect((await t.prisma.unit.findUniqueOrThrow({ where: { id: lead.id } })).retiredAt).toBeNull();
    const other = await t.prisma.unit.findUniqueOrThrow({ where: { code: 'GTS02' } });
    const r = await t.gql('mutation($id: ID!) { deleteUnit(id: $id) { retiredAt } }', { id: other.id }, admin);
    expect(r.data?.deleteUnit.retiredAt).not.toBeNull();
    await t.gql('mutation($id: ID!) { deleteUnit(id: $id) { retiredAt } }', { id: other.id }, admin);
    expect(await audits('retireUnit', other.id)).toBe(1);
  });
});
