// Completing a task starts the 20-working-day clock for its results (rule 20).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchedTask as seedDispatchedTask } from './fixtures.ts';
import { codeOf, createTestApp, type TestApp } from './helpers.ts';
import { clock } from '../src/clock.ts';

let t: TestApp;
let kg: string; // kuangguan, 矿产资源管理科 (KGK)
let staff: string; // wenshao, another unit

const dispatchedTask = (targets = 3, status: 'DISPATCHED' | 'READY' = 'DISPATCHED', teams: 'confirmed' | 'unconfirmed' = 'confirmed') =>
  seedDispatchedTask(t, { targets, status, teams, name: '完成测试任务' });

/** Completes on an earlier day than today, with the reason that needs (rule 20: the completion day is the day it is marked). */
const complete = (taskId: string, completedOn: string | null, token = kg, reason: string | null = '检查工作已于该日结束，补记完成') =>
  t.gql(
    'mutation($id: ID!, $d: Date, $why: String) { completeTask(taskId: $id, completedOn: $d, reason: $why) { status completedOn targets { resultDueOn } } }',
    { id: taskId, d: completedOn, why: reason },
    token,
  );

beforeAll(async () => {
  t = await createTestApp();
  [kg, staff] = await Promise.all([t.login('kuangguan'), t.login('wenshao')]);
});
afterAll(() => t.close());

describe('completing a task (rule 20)', () => {
  it('sets every result due on the 20th working day after completion, across 国庆 and its make-up Saturday', async () => {
    const id = await dispatchedTask();
    const r = await complete(id, '2026-09-30');
    expect(r.errors).toBeUndefined();
    expect(r.data?.completeTask.status).toBe('COMPLETED');
    expect(r.data?.completeTask.completedOn).toBe('2026-09-30');
    // Oct 1–7 are off, Sat Oct 10 is worked: the 20th working day after Sep 30 is Tue Nov 3.
    expect(r.data?.completeTask.targets.map((x: { resultDueOn: string }) => x.resultDueOn)).toEqual(['2026-11-03', '2026-11-03', '2026-11-03']);
    expect(await t.prisma.result.count({ where: { taskTarget: { taskId: id }, status: 'NOT_ENTERED' } })).toBe(3);
    expect(await t.prisma.auditEvent.count({ where: { action: 'completeTask', entityId: id } })).toBe(1);
  });

  it('gives a result published before completion its due date, and nothing else of it changes', async () => {
    const id = await dispatchedTask(2);
    const [early, other] = await t.prisma.taskTarget.findMany({ where: { taskId: id }, orderBy: { id: 'asc' } });
    // Entered, reviewed and published while the task still ran (rule 20 allows results before completion).
    const published = await t.prisma.result.create({
      data: {
        taskTargetId: early!.id,
        status: 'PUBLISHED',
        method: 'ON_SITE',
        inspectedOn: new Date('2026-09-10'),
        outcome: 'NO_PROBLEM',
        followUpAction: 'NONE',
        findings: [],
        submittedAt: new Date('2026-09-11T09:00:00+08:00'),
        approvedAt: new Date('2026-09-12T09:00:00+08:00'),
        publishedAt: new Date('2026-09-14T09:00:00+08:00'),
      },
    });
    await t.prisma.result.create({ data: { taskTargetId: other!.id } });
    const r = await complete(id, '2026-09-30');
    expect(r.errors).toBeUndefined();
    const after = await t.prisma.result.findUniqueOrThrow({ where: { id: published.id } });
    expect(after.dueOn?.toISOString().slice(0, 10)).toBe('2026-11-03');
    const { dueOn: _a, updatedAt: _b, ...rest } = after;
    const { dueOn: _c, updatedAt: _d, ...before } = published;
    expect(rest).toEqual(before);
    // Still frozen otherwise: a second due date, or the due date together with anything else, is refused.
    await expect(t.prisma.$executeRawUnsafe(`UPDATE "Result" SET "dueOn" = '2026-12-31' WHERE "id" = $1`, published.id)).rejects.toThrow(/published/);
    await t.prisma.$executeRawUnsafe(`ALTER TABLE "Result" DISABLE TRIGGER "Result_published_immutable"`);
    await t.prisma.$executeRawUnsafe(`UPDATE "Result" SET "dueOn" = NULL WHERE "id" = $1`, published.id);
    await t.prisma.$executeRawUnsafe(`ALTER TABLE "Result" ENABLE TRIGGER "Result_published_immutable"`);
    await expect(t.prisma.$executeRawUnsafe(`UPDATE "Result" SET "dueOn" = '2026-11-03', "remarks" = 'x' WHERE "id" = $1`, published.id)).rejects.toThrow(
      /published/,
    );
    await expect(t.prisma.$executeRawUnsafe(`DELETE FROM "Result" WHERE "id" = $1`, published.id)).rejects.toThrow(/published/);
  });

  it('refuses a task that was not dispatched, and a second completion', async () => {
    const ready = await dispatchedTask(1, 'READY');
    expect(codeOf(await complete(ready, '2026-09-30'))).toBe('TASK.NOT_DISPATCHED');
    const id = await dispatchedTask(1);
    await complete(id, '2026-10-09');
    expect(codeOf(await complete(id, '2026-10-12'))).toBe('TASK.NOT_DISPATCHED');
  });

  it('refuses a completion day before the window or in the future, saving nothing', async () => {
    const id = await dispatchedTask(1);
    expect(codeOf(await complete(id, '2026-08-31'))).toBe('TASK.COMPLETION_BEFORE_WINDOW');
    expect(codeOf(await complete(id, '2099-01-04'))).toBe('TASK.COMPLETION_IN_FUTURE');
    expect((await t.prisma.task.findUniqueOrThrow({ where: { id } })).status).toBe('DISPATCHED');
    expect(await t.prisma.result.count({ where: { taskTarget: { taskId: id } } })).toBe(0);
  });

  it('refuses while a target to inspect has no confirmed team, saving nothing; closed and transferred targets need none (rule 15)', async () => {
    const id = await dispatchedTask(4, 'DISPATCHED', 'unconfirmed');
    const tts = await t.prisma.taskTarget.findMany({ where: { taskId: id }, orderBy: { targetId: 'asc' } });
    // One target's team is confirmed, one target has no visit (so no team) at all.
    await t.prisma.team.updateMany({ where: { visitId: tts[0]!.visitId! }, data: { confirmedAt: new Date() } });
    await t.prisma.taskTarget.update({ where: { id: tts[1]!.id }, data: { visitId: null } });
    const nothingSaved = async () => {
      expect((await t.prisma.task.findUniqueOrThrow({ where: { id } })).status).toBe('DISPATCHED');
      expect(await t.prisma.result.count({ where: { taskTarget: { taskId: id } } })).toBe(0);
      expect(await t.prisma.auditEvent.count({ where: { action: 'completeTask', entityId: id } })).toBe(0);
    };

    const refused = await complete(id, '2026-09-30');
    expect(codeOf(refused)).toBe('TASK.TEAMS_NOT_CONFIRMED');
    expect(refused.errors![0]!.message).toBe(
      '检查组未确认，不能完成任务：每个待检查的检查对象须有经执行单位确认的检查组（不少于 2 名执法检查人员，1 名组长）：尚有 3 个检查对象的检查组未确认',
    );
    expect(refused.errors![0]!.extensions).toMatchObject({ targetsWithoutConfirmedTeam: 3, targetIds: tts.slice(1).map((x) => x.targetId) });
    await nothingSaved();

    // Rule 23 (G28): a target closed as unreachable, or transferred to another unit, is not inspected here.
    await t.prisma.taskTarget.update({ where: { id: tts[1]!.id }, data: { status: 'CLOSED_UNREACHABLE', closedReason: '登记住所无法联系' } });
    await t.prisma.taskTarget.update({ where: { id: tts[2]!.id }, data: { status: 'TRANSFERRED', closedReason: '已迁至外区' } });
    const still = await complete(id, '2026-09-30');
    expect(codeOf(still)).toBe('TASK.TEAMS_NOT_CONFIRMED');
    expect(still.errors![0]!.message).toMatch(/尚有 1 个检查对象的检查组未确认$/);
    expect(still.errors![0]!.extensions).toMatchObject({ targetsWithoutConfirmedTeam: 1, targetIds: [tts[3]!.targetId] });
    await nothingSaved();

    await t.prisma.team.updateMany({ where: { visitId: tts[3]!.visitId! }, data: { confirmedAt: new Date() } });
    const r = await complete(id, '2026-09-30');
    expect(r.errors).toBeUndefined();
    expect(r.data?.completeTask.status).toBe('COMPLETED');
  });

  it('completes on the day it is marked; an earlier day needs a reason, which is audited', async () => {
    const id = await dispatchedTask(1);
    const refused = await complete(id, '2026-10-20', kg, null);
    expect(codeOf(refused)).toBe('TASK.COMPLETION_BACKDATE_REASON_REQUIRED');
    expect(refused.errors![0]!.extensions).toMatchObject({ field: 'reason' });
    expect(codeOf(await complete(id, '2026-10-20', kg, '   '))).toBe('TASK.COMPLETION_BACKDATE_REASON_REQUIRED');
    expect(await t.prisma.auditEvent.count({ where: { action: 'completeTask', entityId: id } })).toBe(0);
    const r = await complete(id, '2026-10-20', kg, '检查已于 10 月 20 日结束');
    expect(r.errors).toBeUndefined();
    const audit = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'completeTask', entityId: id } });
    expect(audit.after).toMatchObject({ completedOn: '2026-10-20', markedOn: clock.today(), backdatedReason: '检查已于 10 月 20 日结束' });

    // No day given: today, no reason needed. The window (to Oct 31) has passed, so the clock starts at its end.
    const late = await dispatchedTask(1);
    const done = await complete(late, null, kg, null);
    expect(done.errors).toBeUndefined();
    expect(done.data?.completeTask.completedOn).toBe(clock.today());
    const fromWindowEnd = (await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'completeTask', entityId: late } })).after as Record<string, unknown>;
    expect(fromWindowEnd).toMatchObject({ resultClockStart: '2026-10-31' });
    expect(fromWindowEnd.backdatedReason).toBeUndefined();
    // Oct 31 (a Saturday) → the 20th working day after is Fri Nov 27.
    expect(done.data?.completeTask.targets.map((x: { resultDueOn: string }) => x.resultDueOn)).toEqual(['2026-11-27']);
  });

  it('refuses another unit completing the task', async () => {
    const id = await dispatchedTask(1);
    expect(codeOf(await complete(id, '2026-09-30', staff))).toBe('FORBIDDEN');
  });
});
