// Saving a result from a device that may have been offline: each save names the version it started from and a key
// the device made for it. A save started before someone else changed the result is refused with RESULT.STALE and
// changes nothing; a key sent again (a retry, a queued save sent twice, twenty at the same moment) has one effect.
// The version is raised by the database itself (migration 20261208070000) on any change of the entry or status.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApp, type GqlResult, type TestApp } from './helpers.ts';
import { teamOf } from './fixtures.ts';

let t: TestApp;
let kg: string; // kuangguan, principal of 矿产资源管理科 (KGK)
let admin: string;
let kgk: string;
let seq = 0;

/** A dispatched KGK task of one target with its result record (as lockDraw makes it); the result's id. */
async function openResult(): Promise<string> {
  const items = await t.prisma.checkItem.findMany({ where: { code: { in: ['LZZR-03', 'LZZR-04'] } }, select: { id: true } });
  const plan =
    (await t.prisma.plan.findFirst({ where: { unitId: kgk, year: 2026, status: 'FILED' } })) ??
    (await t.prisma.plan.create({
      data: { unitId: kgk, year: 2026, title: '2026 年度计划（离线保存测试）', status: 'FILED', version: 1, filedAt: new Date() },
    }));
  seq += 1;
  const [target] = await t.prisma.target.findMany({ where: { unitId: kgk, registrationStatus: 'ACTIVE' }, take: 1, skip: seq, orderBy: { creditCode: 'asc' } });
  const task = await t.prisma.task.create({
    data: {
      code: `RW-OFFLINE-${seq}`,
      name: '离线保存测试任务',
      planId: plan.id,
      ownerUnitId: kgk,
      executingUnitId: kgk,
      status: 'DISPATCHED',
      windowFrom: new Date('2026-09-01'),
      windowTo: new Date('2026-10-31'),
      checkItems: { create: items.map((i) => ({ checkItemId: i.id })) },
      targets: { create: [{ targetId: target!.id }] },
    },
    include: { targets: true },
  });
  // Rule 19: kuangguan enters it as an inspector of the visit's team.
  await teamOf(t, [task.targets[0]!.id]);
  return (await t.prisma.result.create({ data: { taskTargetId: task.targets[0]!.id } })).id;
}

const save = (id: string, vars: { remarks?: string; baseVersion?: number | null; idempotencyKey?: string | null }, token = kg) =>
  t.gql(
    `mutation($id: ID!, $remarks: String, $baseVersion: Int, $idempotencyKey: String) {
      updateResult(id: $id, remarks: $remarks, baseVersion: $baseVersion, idempotencyKey: $idempotencyKey) { id remarks version } }`,
    { id, ...vars },
    token,
  );
const stored = (id: string) => t.prisma.result.findUniqueOrThrow({ where: { id }, select: { remarks: true, version: true } });
const saves = (id: string) => t.prisma.auditEvent.count({ where: { action: 'updateResult', entityId: id } });

beforeAll(async () => {
  t = await createTestApp({ today: '2026-12-04' });
  [kg, admin] = await Promise.all([t.login('kuangguan'), t.login('admin')]);
  kgk = (await t.prisma.unit.findUniqueOrThrow({ where: { code: 'KGK' } })).id;
}, 240_000);
afterAll(() => t?.close());

describe('a save names the version it started from', () => {
  it('starts at version 1 and raises it by one per change; an unchanged save keeps it', async () => {
    const id = await openResult();
    expect((await t.gql('query($id: ID!) { Result(id: $id) { version } }', { id }, kg)).data?.Result.version).toBe(1);
    const first = await save(id, { remarks: '第一次保存', baseVersion: 1, idempotencyKey: randomUUID() });
    expect(first.errors).toBeUndefined();
    expect(first.data?.updateResult).toMatchObject({ remarks: '第一次保存', version: 2 });
    const same = await save(id, { remarks: '第一次保存', baseVersion: 2, idempotencyKey: randomUUID() });
    expect(same.data?.updateResult.version).toBe(2);
    // A recounted due date (calendar change) is not the user's entry: it leaves the version as it is.
    await t.prisma.result.update({ where: { id }, data: { dueOn: new Date('2026-12-31'), dueProvisional: true } });
    expect((await stored(id)).version).toBe(2);
  });

  it('refuses a save started before the result changed (RESULT.STALE) and changes nothing', async () => {
    const id = await openResult();
    // Two devices of the team open version 1; the other inspector's saves first.
    expect((await save(id, { remarks: '办公室录入', baseVersion: 1, idempotencyKey: randomUUID() }, await t.login('kuangguan2'))).errors).toBeUndefined();
    const before = await stored(id);
    const auditsBefore = await saves(id);
    const stale = await save(id, { remarks: '现场离线录入', baseVersion: 1, idempotencyKey: randomUUID() });
    expect(codeOf(stale)).toBe('RESULT.STALE');
    expect(stale.errors?.[0]?.message).toMatch(/已被修改/);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ baseVersion: 1, currentVersion: 2 });
    expect(await stored(id)).toEqual(before);
    expect(await saves(id)).toBe(auditsBefore);
    expect(await t.prisma.resultWrite.count({ where: { resultId: id } })).toBe(1);
    // Reloaded, the device saves from the version it now has.
    const rebased = await save(id, { remarks: '现场离线录入', baseVersion: 2, idempotencyKey: randomUUID() });
    expect(rebased.data?.updateResult).toMatchObject({ remarks: '现场离线录入', version: 3 });
  });

  it('counts a status change as a change: a save started before a submission is stale', async () => {
    const id = await openResult();
    await t.prisma.result.update({ where: { id }, data: { status: 'PENDING_REVIEW' } });
    await t.prisma.result.update({ where: { id }, data: { status: 'RETURNED', returnReason: '请补充' } });
    expect((await stored(id)).version).toBe(3);
    expect(codeOf(await save(id, { remarks: '旧草稿', baseVersion: 1, idempotencyKey: randomUUID() }))).toBe('RESULT.STALE');
  });

  it('still saves as before for a client that names no version or key (last one wins)', async () => {
    const id = await openResult();
    expect((await save(id, { remarks: '无版本' })).data?.updateResult).toMatchObject({ remarks: '无版本', version: 2 });
  });
});

describe('a save sent again with the same key has one effect', () => {
  it('answers a repeated key with the result and changes nothing more, even once its version is old', async () => {
    const id = await openResult();
    const key = randomUUID();
    const first = await save(id, { remarks: '离线保存', baseVersion: 1, idempotencyKey: key });
    expect(first.data?.updateResult.version).toBe(2);
    const again = await save(id, { remarks: '离线保存', baseVersion: 1, idempotencyKey: key });
    expect(again.errors).toBeUndefined();
    expect(again.data?.updateResult).toMatchObject({ remarks: '离线保存', version: 2 });
    expect(await saves(id)).toBe(1);
  });

  it('has one effect for twenty identical saves at the same moment', async () => {
    const id = await openResult();
    const key = randomUUID();
    const answers: GqlResult[] = await Promise.all(Array.from({ length: 20 }, () => save(id, { remarks: '同时提交', baseVersion: 1, idempotencyKey: key })));
    expect(answers.flatMap((a) => a.errors ?? [])).toEqual([]);
    expect(new Set(answers.map((a) => a.data?.updateResult.version))).toEqual(new Set([2]));
    expect(await stored(id)).toEqual({ remarks: '同时提交', version: 2 });
    expect(await saves(id)).toBe(1);
    expect(await t.prisma.resultWrite.count({ where: { key } })).toBe(1);
  });

  it('lets one of twenty different saves from the same version through; the others are stale and change nothing', async () => {
    const id = await openResult();
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => save(id, { remarks: `设备 ${i}`, baseVersion: 1, idempotencyKey: randomUUID() })));
    const ok = answers.filter((a) => !a.errors);
    expect(ok).toHaveLength(1);
    expect(new Set(answers.filter((a) => a.errors).map(codeOf))).toEqual(new Set(['RESULT.STALE']));
    expect(await stored(id)).toEqual({ remarks: ok[0]!.data?.updateResult.remarks, version: 2 });
    expect(await saves(id)).toBe(1);
  });

  it('refuses a key used for another result or by another person, and a malformed key', async () => {
    const [a, b] = [await openResult(), await openResult()];
    const key = randomUUID();
    expect((await save(a, { remarks: '甲', baseVersion: 1, idempotencyKey: key })).errors).toBeUndefined();
    expect(codeOf(await save(b, { remarks: '乙', baseVersion: 1, idempotencyKey: key }))).toBe('RESULT.WRITE_KEY_REUSED');
    expect(codeOf(await save(a, { remarks: '甲', baseVersion: 2, idempotencyKey: key }, admin))).toBe('RESULT.WRITE_KEY_REUSED');
    expect(await stored(b)).toEqual({ remarks: null, version: 1 });
    for (const bad of ['short', 'x'.repeat(65), 'has space in the key!!']) {
      expect(codeOf(await save(a, { remarks: '丙', baseVersion: 2, idempotencyKey: bad }))).toBe('VALIDATION.INVALID');
    }
    expect((await stored(a)).remarks).toBe('甲');
  });
});
