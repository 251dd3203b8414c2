import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '@ssj/domain';
import { schema } from '../src/schema/index.ts';
import { codeOf, createTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
let admin: string;
let staff: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  staff = await t.login('wenshao');
});
afterAll(() => t.close());

describe('audit trail (全程留痕、责任可溯)', () => {
  it('records who confirmed the directories, and when (rule 4)', async () => {
    const r = await t.gql(
      'mutation { confirmDirectories(note: "已核对") { id unitId targetCount inspectorCount confirmedBy { username } confirmedAt } }',
      {},
      staff,
    );
    const c = r.data?.confirmDirectories;
    expect(c.confirmedBy.username).toBe('wenshao');
    const unit = await t.prisma.unit.findUniqueOrThrow({ where: { code: 'GTS01' } });
    expect(c.unitId).toBe(unit.id);
    expect(c.targetCount).toBe(await t.prisma.target.count({ where: { unitId: unit.id, retiredAt: null } }));
    const ev = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'confirmDirectories', entityId: c.id } });
    expect(ev.unitId).toBe(unit.id);
    const shown = await t.gql('query($id: ID!) { Unit(id: $id) { lastConfirmation { id fresh } } }', { id: unit.id }, staff);
    expect(shown.data?.Unit.lastConfirmation).toEqual({ id: c.id, fresh: true });
    // Fresh for a draw by the server's clock (rule 4: within 24 hours), whatever the browser's clock says.
    t.setToday('2026-11-04');
    const later = await t.gql('query($id: ID!) { Unit(id: $id) { lastConfirmation { fresh } } }', { id: unit.id }, staff);
    t.setToday('2026-11-02');
    expect(later.data?.Unit.lastConfirmation.fresh).toBe(false);
  });

  it("refuses confirming another unit's directories", async () => {
    const other = await t.prisma.unit.findUniqueOrThrow({ where: { code: 'KGK' } });
    expect(codeOf(await t.gql('mutation($u: ID) { confirmDirectories(unitId: $u) { id } }', { u: other.id }, staff))).toBe('FORBIDDEN');
  });

  it('appends an event for every successful mutation, and none for a refused one', async () => {
    const before = await t.prisma.auditEvent.count();
    await t.gql('mutation { createExpert(name: "测试专家", organization: "测试院", field: "测绘") { id } }', {}, admin);
    expect(await t.prisma.auditEvent.count()).toBe(before + 1);
    await t.gql('mutation { createExpert(name: "", organization: "测试院", field: "测绘") { id } }', {}, admin);
    expect(await t.prisma.auditEvent.count()).toBe(before + 1);
  });

  it('offers no mutation that changes or deletes an audit event', () => {
    const names = Object.keys(schema.getMutationType()!.getFields());
    expect(names.filter((n) => /audit/i.test(n))).toEqual([]);
  });

  it('is append-only in the database itself: UPDATE and DELETE are refused', async () => {
    const ev = await t.prisma.auditEvent.findFirstOrThrow();
    await expect(t.prisma.$executeRaw`UPDATE "AuditEvent" SET "actorName" = 'x' WHERE id = ${ev.id}`).rejects.toThrow(/append-only/);
    await expect(t.prisma.$executeRaw`DELETE FROM "AuditEvent" WHERE id = ${ev.id}`).rejects.toThrow(/append-only/);
    expect((await t.prisma.auditEvent.findUniqueOrThrow({ where: { id: ev.id } })).actorName).toBe(ev.actorName);
  });

  it('lets the admin filter the trail by entity and action; staff see their own unit only', async () => {
    const r = await t.gql('{ allAuditEvents(perPage: 50, filter: { entity: "Expert" }) { entity action actorName } }', {}, admin);
    expect(r.data?.allAuditEvents.length).toBeGreaterThan(0);
    expect(r.data?.allAuditEvents.every((e: { entity: string }) => e.entity === 'Expert')).toBe(true);
    const own = await t.gql('{ allAuditEvents(perPage: 200) { unitId } }', {}, staff);
    const unit = await t.prisma.unit.findUniqueOrThrow({ where: { code: 'GTS01' } });
    expect(own.data?.allAuditEvents.every((e: { unitId: string }) => e.unitId === unit.id)).toBe(true);
  });

  it('never stores password hashes in the trail', async () => {
    const unit = await t.prisma.unit.findFirstOrThrow();
    await t.gql(
      'mutation($u: ID) { createUser(username: "newuser", name: "新用户", role: UNIT_STAFF, unitId: $u, password: "Tr1cky-Otter-42") { id } }',
      { u: unit.id },
      admin,
    );
    const ev = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'createUser' } });
    expect(JSON.stringify(ev.after)).not.toContain('passwordHash');
  });
});

describe('personal data in the audit trail (issue: masked wherever it appears)', () => {
  const idNumber = (() => {
    const body = '37030519800101771';
    return body + idNumberCheckChar(body);
  })();
  const masked = `${idNumber.slice(0, 6)}********${idNumber.slice(14)}`;
  const trail = (entity: string, token: string) =>
    t.gql<{ allAuditEvents: { action: string; after: Record<string, unknown> | null }[] }>(
      'query($f: AuditEventFilter) { allAuditEvents(filter: $f, perPage: 5) { action after } }',
      { f: { entity } },
      token,
    );

  it('shows ID and phone numbers whole to the lead unit only, masked to leadership and analysts', async () => {
    const i = await t.gql(
      'mutation($n: String) { createInspector(name: "审计测试员", idNumber: $n, phone: "13800000001", qualified: true) { id } }',
      { n: idNumber },
      admin,
    );
    expect(i.errors).toBeUndefined();
    const e = await t.gql(
      'mutation($n: String) { createExpert(name: "审计测试专家", organization: "测试院", field: "测绘", idNumber: $n, phone: "13800000002") { id } }',
      { n: `${idNumber.slice(0, 16)}2${idNumberCheckChar(`${idNumber.slice(0, 16)}2`)}` },
      admin,
    );
    expect(e.errors).toBeUndefined();
    const leader = await t.login('leader');
    const analystSession = await t.login('analyst');
    const analyst = (await t.gql('mutation { createApiToken(name: "审计测试", days: 1) { token } }', {}, analystSession)).data?.createApiToken.token as string;

    const asAdmin = (await trail('Inspector', admin)).data!.allAuditEvents.find((x) => x.action === 'createInspector')!;
    expect(asAdmin.after).toMatchObject({ idNumber, phone: '13800000001' });
    for (const token of [leader, analyst]) {
      const ins = (await trail('Inspector', token)).data!.allAuditEvents.find((x) => x.action === 'createInspector')!;
      expect(ins.after).toMatchObject({ idNumber: masked, phone: null, name: '审计测试员' });
      const exp = (await trail('Expert', token)).data!.allAuditEvents.find((x) => x.action === 'createExpert')!;
      expect(exp.after?.phone).toBeNull();
      expect(String(exp.after?.idNumber)).toContain('********');
    }
    // The stored trail itself is unchanged (append-only): masking happens when it is read.
    const stored = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'createInspector' }, orderBy: { id: 'desc' } });
    expect(stored.after).toMatchObject({ idNumber, phone: '13800000001' });
  });
});
