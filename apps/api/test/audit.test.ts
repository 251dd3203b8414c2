import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '@ssj/domain';
import { schema } from '../src/schema/index.ts';
import { codeOf, createTestApp, type GqlResult, type TestApp } from './helpers.ts';

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

  it('names the record and each referenced record, field by field, with enums marked (issue 15)', async () => {
    const target = await t.prisma.target.findFirstOrThrow({ where: { retiredAt: null, riskLevel: { not: 'HIGH' } }, include: { unit: true } });
    const other = await t.prisma.unit.findFirstOrThrow({ where: { id: { not: target.unitId }, kind: 'STATION' } });
    const r = await t.gql('mutation($id: ID!, $u: ID) { updateTarget(id: $id, unitId: $u, riskLevel: HIGH) { id } }', { id: target.id, u: other.id }, admin);
    expect(r.errors).toBeUndefined();
    const ev = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'updateTarget', entityId: target.id }, orderBy: { id: 'desc' } });
    const q = await t.gql(
      'query($id: ID!) { AuditEvent(id: $id) { entityName changes { field enum reference before after beforeName afterName inBefore inAfter changed } } }',
      { id: ev.id.toString() },
      admin,
    );
    expect(q.errors).toBeUndefined();
    const shown = q.data?.AuditEvent;
    expect(shown.entityName).toBe(target.name);
    const byField = Object.fromEntries(shown.changes.map((c: { field: string }) => [c.field, c]));
    expect(byField.unitId).toEqual({
      field: 'unitId',
      enum: null,
      reference: 'Unit',
      before: target.unitId,
      after: other.id,
      beforeName: target.unit.name,
      afterName: other.name,
      inBefore: true,
      inAfter: true,
      changed: true,
    });
    expect(byField.riskLevel).toMatchObject({ enum: 'RiskLevel', reference: null, before: target.riskLevel, after: 'HIGH', changed: true });
    expect(byField.name).toMatchObject({ enum: null, reference: null, changed: false });
    // An update that records only what it read and set: what its after leaves out is not changed to nothing, what
    // only its after holds it set.
    const upd = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'updateResult' } });
    const partial = await t.gql('query($id: ID!) { AuditEvent(id: $id) { changes { field inBefore inAfter changed } } }', { id: upd.id.toString() }, admin);
    const untouched = partial.data?.AuditEvent.changes.filter((c: { inAfter: boolean }) => !c.inAfter);
    expect(untouched.length).toBeGreaterThan(0);
    expect(untouched.every((c: { changed: boolean }) => !c.changed)).toBe(true);
    // A step's actor kept as a bare user id is named as the user.
    const adv = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'advanceFollowUp' } });
    const who = await t.gql('query($id: ID!) { AuditEvent(id: $id) { changes { field reference afterName } } }', { id: adv.id.toString() }, admin);
    expect(who.data?.AuditEvent.changes.find((c: { field: string }) => c.field === 'handedOverById')).toMatchObject({
      reference: 'User',
      afterName: expect.stringMatching(/^\S+（\w+）$/),
    });
    const set = partial.data?.AuditEvent.changes.filter((c: { inBefore: boolean; inAfter: boolean }) => c.inAfter && !c.inBefore);
    expect(set.length).toBeGreaterThan(0);
    expect(set.every((c: { changed: boolean }) => c.changed)).toBe(true);
    // Secrets never reach a reader field by field either.
    const login = await t.prisma.auditEvent.findFirst({ where: { entity: 'User', after: { not: null as never } }, orderBy: { id: 'desc' } });
    if (login) {
      const u = await t.gql('query($id: ID!) { AuditEvent(id: $id) { changes { field } } }', { id: login.id.toString() }, admin);
      expect(u.data?.AuditEvent.changes.map((c: { field: string }) => c.field)).not.toContain('passwordHash');
    }
  });

  it('names a deleted record from its last snapshot, and a list of events in a few queries', async () => {
    const created = await t.gql('mutation { createExpert(name: "待删专家", organization: "测试院", field: "测绘") { id } }', {}, admin);
    const id = created.data?.createExpert.id as string;
    expect((await t.gql('mutation($id: ID!) { deleteExpert(id: $id) { id } }', { id }, admin)).errors).toBeUndefined();
    const list = await t.gql('query($id: ID!) { allAuditEvents(filter: { entity: "Expert", entityId: $id }) { action entityName } }', { id }, admin);
    expect(list.data?.allAuditEvents).toEqual(
      expect.arrayContaining([
        { action: 'createExpert', entityName: '待删专家' },
        { action: 'deleteExpert', entityName: '待删专家' },
      ]),
    );
    // A page of events names its records in one query per model it mentions, not one per event.
    let page: GqlResult | undefined;
    const { statements } = await t.countQueries(async () => {
      page = await t.gql(
        'query { allAuditEvents(perPage: 100, sortField: "at", sortOrder: "DESC") { entity entityId entityName changes { afterName } } }',
        {},
        admin,
      );
    });
    expect(page?.errors).toBeUndefined();
    const events = page?.data?.allAuditEvents as { entity: string; entityName: string | null }[];
    expect(events.filter((e) => e.entityName).length).toBeGreaterThan(events.length / 2);
    const entities = new Set(events.map((e) => e.entity)).size;
    // The session, the page, its count, and at most a name query per model (entities and their referenced ones).
    expect(statements.length).toBeLessThanOrEqual(3 + 2 * entities + 4);
    expect(statements.length).toBeLessThan(events.length);
  });
});
