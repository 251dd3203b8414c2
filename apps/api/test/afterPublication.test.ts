// After publication (rules 21–22): corrections proposed by the unit and signed by its principal, shown beside
// the unchanged original; objections reviewed within 20 working days and fed back within 15, across 国庆.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
let kg: string; // kuangguan: staff and principal of KGK
let admin: string; // principal of the lead unit, not of KGK
let staff: string; // wenshao, another unit
let kgk: string;
let seq = 0;

/** A KGK result published on 2026-09-25 (inserted in its final state: the database freezes it). */
async function published(over: Record<string, unknown> = {}) {
  const plan =
    (await t.prisma.plan.findFirst({ where: { unitId: kgk, year: 2026, status: 'FILED' } })) ??
    (await t.prisma.plan.create({ data: { unitId: kgk, year: 2026, title: '2026 年度计划（公示后测试）', status: 'FILED', version: 1, filedAt: new Date() } }));
  seq += 1;
  const target = (await t.prisma.target.findMany({ where: { unitId: kgk }, take: 1, skip: 100 + seq, orderBy: { creditCode: 'asc' } }))[0]!;
  const item = await t.prisma.checkItem.findUniqueOrThrow({ where: { code: 'LZZR-03' } });
  const task = await t.prisma.task.create({
    data: {
      code: `RW-P-${seq}`,
      name: '公示后测试任务',
      planId: plan.id,
      ownerUnitId: kgk,
      executingUnitId: kgk,
      status: 'COMPLETED',
      windowFrom: new Date('2026-08-01'),
      windowTo: new Date('2026-09-10'),
      completedOn: new Date('2026-09-10'),
      checkItems: { create: [{ checkItemId: item.id }] },
      targets: { create: [{ targetId: target.id, status: 'INSPECTED' }] },
    },
    include: { targets: true },
  });
  return t.prisma.result.create({
    data: {
      taskTargetId: task.targets[0]!.id,
      method: 'ON_SITE',
      inspectedOn: new Date('2026-09-03'),
      outcome: 'NO_PROBLEM',
      followUpAction: 'NONE',
      findings: [{ checkItemId: item.id, compliant: true, finding: '符合' }],
      status: 'PUBLISHED',
      dueOn: new Date('2026-10-15'),
      submittedAt: new Date('2026-09-15T09:00:00+08:00'),
      approvedAt: new Date('2026-09-20T09:00:00+08:00'),
      publishedAt: new Date('2026-09-25T09:00:00+08:00'),
      ...over,
    },
  });
}

const C = 'id status reason signable signedById signedAt publishedAt refusalReason changes { outcome followUpAction remarks }';
const propose = (resultId: string, vars: Record<string, unknown>, token = kg) =>
  t.gql(
    `mutation($r: ID!, $reason: String, $o: ResultOutcome, $f: FollowUpAction, $rem: String, $rv: ID) {
      proposeCorrection(resultId: $r, reason: $reason, outcome: $o, followUpAction: $f, remarks: $rem, reviewId: $rv) { ${C} } }`,
    { r: resultId, ...vars },
    token,
  );
const sign = (id: string, token = kg) => t.gql(`mutation($id: ID!) { signCorrection(id: $id) { ${C} } }`, { id }, token);

beforeAll(async () => {
  t = await createTestApp({ today: '2026-12-04' });
  [kg, admin, staff] = await Promise.all([t.login('kuangguan'), t.login('admin'), t.login('wenshao')]);
  kgk = (await t.prisma.unit.findUniqueOrThrow({ where: { code: 'KGK' } })).id;
});
afterAll(() => t.close());

describe('corrections (rule 21)', () => {
  it('are proposed by the unit and signed by its principal; the original stays and shows the correction beside it', async () => {
    const r = await published();
    expect(codeOf(await propose(r.id, { reason: null, o: 'CORRECTED_ON_ORDER' }))).toBe('VALIDATION.REQUIRED');
    expect(codeOf(await propose(r.id, { reason: '录入有误' }))).toBe('CORRECTION.NOTHING_CHANGED');
    expect(codeOf(await propose(r.id, { reason: '录入有误', o: 'FOLLOW_UP_PENDING' }))).toBe('RESULT.FOLLOW_UP_REQUIRED');
    expect(codeOf(await propose(r.id, { reason: '录入有误', o: 'CORRECTED_ON_ORDER' }, staff))).toBe('FORBIDDEN');

    const proposed = await propose(
      r.id,
      { reason: '现场发现的越界开采已当场责令改正，原录入为未发现问题', o: 'CORRECTED_ON_ORDER', rem: '已责令退回越界区域' },
      admin,
    );
    expect(proposed.errors).toBeUndefined();
    const c = proposed.data!.proposeCorrection;
    expect(c).toMatchObject({ status: 'PENDING_SIGNATURE', changes: { outcome: 'CORRECTED_ON_ORDER', remarks: '已责令退回越界区域' } });
    expect(codeOf(await propose(r.id, { reason: '再次更正', o: 'NO_PROBLEM' }))).toBe('CORRECTION.PENDING_EXISTS');

    // The lead unit's administrator is a principal, but not of the unit responsible for this result.
    expect((await t.gql(`query($id: ID!) { Correction(id: $id) { signable } }`, { id: c.id }, admin)).data?.Correction.signable).toBe(false);
    expect(codeOf(await sign(c.id, admin))).toBe('CORRECTION.PRINCIPAL_REQUIRED');
    const signed = await sign(c.id, kg);
    expect(signed.errors).toBeUndefined();
    expect(signed.data?.signCorrection).toMatchObject({ status: 'SIGNED', signable: false });
    expect(signed.data?.signCorrection.publishedAt).not.toBeNull();
    expect(codeOf(await sign(c.id, kg))).toBe('CORRECTION.NOT_PENDING');

    const shown = await t.gql('query($id: ID!) { Result(id: $id) { status outcome corrections { status changes { outcome } } } }', { id: r.id }, staff);
    expect(shown.data?.Result).toMatchObject({
      status: 'PUBLISHED',
      outcome: 'NO_PROBLEM',
      corrections: [{ status: 'SIGNED', changes: { outcome: 'CORRECTED_ON_ORDER' } }],
    });
    // Signed corrections are final, in the database too.
    await expect(t.prisma.$executeRawUnsafe(`UPDATE "Correction" SET "reason" = 'x' WHERE "id" = $1`, c.id)).rejects.toThrow(/signed/);
    expect(await t.prisma.auditEvent.count({ where: { entityId: c.id, action: { in: ['proposeCorrection', 'signCorrection'] } } })).toBe(2);
  });

  it('may be refused by the principal with a reason, and a correction into a violation hands it over', async () => {
    const r = await published();
    const first = (await propose(r.id, { reason: '更正后续处置', o: 'FOLLOW_UP_PENDING', f: 'REFER_CASE' })).data!.proposeCorrection;
    expect(codeOf(await t.gql('mutation($id: ID!) { refuseCorrection(id: $id) { id } }', { id: first.id }, kg))).toBe('VALIDATION.REQUIRED');
    const refused = await t.gql(`mutation($id: ID!) { refuseCorrection(id: $id, reason: "证据不足，维持原结果") { ${C} } }`, { id: first.id }, kg);
    expect(refused.data?.refuseCorrection).toMatchObject({ status: 'REFUSED', refusalReason: '证据不足，维持原结果' });
    expect(await t.prisma.followUp.count({ where: { resultId: r.id } })).toBe(0);

    const second = (await propose(r.id, { reason: '补充证据后更正', o: 'FOLLOW_UP_PENDING', f: 'REFER_CASE' })).data!.proposeCorrection;
    await sign(second.id);
    expect(await t.prisma.followUp.findUnique({ where: { resultId: r.id } })).toMatchObject({ status: 'HANDED_OVER' });
  });

  it('correct findings only of the task\u2019s check items, each once, and keep the original beside them', async () => {
    const r = await published();
    const item = await t.prisma.checkItem.findUniqueOrThrow({ where: { code: 'LZZR-03' } });
    const other = await t.prisma.checkItem.findUniqueOrThrow({ where: { code: 'LZZR-04' } });
    const correct = (findings: unknown) =>
      t.gql(
        `mutation($r: ID!, $fs: [ResultFindingInput!]) { proposeCorrection(resultId: $r, reason: "检查情况录入有误", findings: $fs) { id changes { findings } } }`,
        { r: r.id, fs: findings },
        kg,
      );
    const before = await t.prisma.correction.count();
    const foreign = await correct([{ checkItemId: other.id, compliant: false, finding: '越界开采' }]);
    expect(foreign.errors![0]).toMatchObject({
      message: expect.stringContaining('只能填写本任务的抽查事项'),
      extensions: { code: 'VALIDATION.INVALID', field: 'findings' },
    });
    expect(
      codeOf(
        await correct([
          { checkItemId: item.id, compliant: false },
          { checkItemId: item.id, compliant: true },
        ]),
      ),
    ).toBe('VALIDATION.INVALID');
    // Not a list of findings: refused by the schema before anything runs.
    expect((await correct('符合')).errors?.[0]).toMatchObject({
      message: '变量 $fs 的值无效：应为 ResultFindingInput 对象',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await t.prisma.correction.count()).toBe(before);

    const ok = await correct([{ checkItemId: item.id, compliant: false, finding: '  越界开采 0.3 公顷  ' }]);
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.proposeCorrection.changes.findings).toEqual([{ checkItemId: item.id, compliant: false, finding: '越界开采 0.3 公顷' }]);
    expect((await sign(ok.data!.proposeCorrection.id)).errors).toBeUndefined();
    expect((await t.prisma.result.findUniqueOrThrow({ where: { id: r.id } })).findings).toEqual([{ checkItemId: item.id, compliant: true, finding: '符合' }]);
  });

  it('are only for published results', async () => {
    const r = await published({ status: 'APPROVED', publishedAt: null });
    expect(codeOf(await propose(r.id, { reason: '更正', o: 'CORRECTED_ON_ORDER' }))).toBe('CORRECTION.RESULT_NOT_PUBLISHED');
  });
});

describe('objection reviews (rule 22)', () => {
  it('are due 20 working days after receipt and fed back within 15 working days of the decision, across 国庆', async () => {
    const r = await published();
    const raise = (vars: Record<string, unknown>, token = kg) =>
      t.gql(
        'mutation($r: ID!, $by: String, $c: String, $on: Date) { raiseObjection(resultId: $r, raisedBy: $by, content: $c, receivedOn: $on) { id status receivedOn reviewDueOn reviewDeadline { state } } }',
        { r: r.id, ...vars },
        token,
      );
    expect(codeOf(await raise({ by: '某矿业公司', c: '对检查结果有异议', on: null }))).toBe('VALIDATION.REQUIRED');
    expect(codeOf(await raise({ by: '某矿业公司', c: '对检查结果有异议', on: '2026-09-24' }))).toBe('VALIDATION.INVALID');
    expect(codeOf(await raise({ by: '某矿业公司', c: '对检查结果有异议', on: '2026-09-28' }, staff))).toBe('FORBIDDEN');
    const raised = await raise({ by: '某矿业公司（委托代理人 刘某）', c: '认为开采范围核查有误，申请复查', on: '2026-09-28' });
    expect(raised.errors).toBeUndefined();
    // Sep 29, 30 are working days 1–2; Oct 1–7 are off; Sat Oct 10 is worked; the 20th is Fri Oct 30.
    expect(raised.data?.raiseObjection).toMatchObject({ status: 'RECEIVED', receivedOn: '2026-09-28', reviewDueOn: '2026-10-30' });
    const id = raised.data!.raiseObjection.id;

    const decide = (vars: Record<string, unknown>) =>
      t.gql(
        'mutation($id: ID!, $d: ReviewDecision, $n: String, $on: Date) { decideReview(id: $id, decision: $d, note: $n, decidedOn: $on) { status decision feedbackDueOn reviewDeadline { state } } }',
        { id, ...vars },
        kg,
      );
    const feedback = (vars: Record<string, unknown>) =>
      t.gql(
        'mutation($id: ID!, $on: Date, $n: String) { recordReviewFeedback(id: $id, fedBackOn: $on, note: $n) { status fedBackOn feedbackDeadline { state } } }',
        { id, ...vars },
        kg,
      );
    expect(codeOf(await feedback({ on: '2026-10-21', n: '书面告知' }))).toBe('REVIEW.WRONG_STATE');
    expect(codeOf(await decide({ d: 'UPHELD', n: '维持', on: '2026-09-27' }))).toBe('VALIDATION.INVALID');
    const decided = await decide({ d: 'UPHELD', n: '经复核测量，开采范围与许可一致，维持原检查结果', on: '2026-10-20' });
    expect(decided.errors).toBeUndefined();
    // 15 working days after Tue Oct 20: Oct 21 … Nov 10.
    expect(decided.data?.decideReview).toMatchObject({
      status: 'DECIDED',
      decision: 'UPHELD',
      feedbackDueOn: '2026-11-10',
      reviewDeadline: { state: 'ON_TIME' },
    });
    expect(codeOf(await decide({ d: 'CORRECTED', n: '改', on: '2026-10-21' }))).toBe('REVIEW.WRONG_STATE');
    const fed = await feedback({ on: '2026-11-11', n: '邮寄复查决定书' });
    expect(fed.data?.recordReviewFeedback).toMatchObject({ status: 'FED_BACK', fedBackOn: '2026-11-11', feedbackDeadline: { state: 'LATE' } });
    const actions = (await t.prisma.auditEvent.findMany({ where: { entityId: id }, orderBy: { id: 'asc' }, select: { action: true } })).map((a) => a.action);
    expect(actions).toEqual(['raiseObjection', 'decideReview', 'recordReviewFeedback']);
  });

  it('are only raised against published results, and a corrected decision links its correction', async () => {
    const approved = await published({ status: 'APPROVED', publishedAt: null });
    expect(
      codeOf(
        await t.gql(
          'mutation($r: ID!) { raiseObjection(resultId: $r, raisedBy: "甲", content: "乙", receivedOn: "2026-10-09") { id } }',
          { r: approved.id },
          kg,
        ),
      ),
    ).toBe('REVIEW.RESULT_NOT_PUBLISHED');
    const r = await published();
    const rv = (
      await t.gql(
        'mutation($r: ID!) { raiseObjection(resultId: $r, raisedBy: "某公司", content: "结果有误", receivedOn: "2026-10-09") { id } }',
        { r: r.id },
        kg,
      )
    ).data!.raiseObjection;
    await t.gql('mutation($id: ID!) { decideReview(id: $id, decision: CORRECTED, note: "异议成立", decidedOn: "2026-10-16") { id } }', { id: rv.id }, kg);
    const c = await propose(r.id, { reason: '复查异议成立', o: 'NO_RELEVANT_ACTIVITY', rv: rv.id });
    expect(c.errors).toBeUndefined();
    const other = await published();
    expect(codeOf(await propose(other.id, { reason: '复查异议成立', o: 'NO_RELEVANT_ACTIVITY', rv: rv.id }))).toBe('VALIDATION.INVALID');
    const shown = await t.gql('query($id: ID!) { Review(id: $id) { corrections { id } } }', { id: rv.id }, kg);
    expect(shown.data?.Review.corrections).toEqual([{ id: c.data!.proposeCorrection.id }]);
  });
});

describe('to-do lists', () => {
  it('show each user what waits for them, soonest due first', async () => {
    const r = await published();
    const objection = await t.gql(
      'mutation($r: ID!) { raiseObjection(resultId: $r, raisedBy: "某公司", content: "有异议", receivedOn: "2026-10-09") { reviewDueOn } }',
      { r: r.id },
      kg,
    );
    const reviewDueOn = objection.data!.raiseObjection.reviewDueOn as string;
    const pending = (await propose(r.id, { reason: '备注更正', rem: '补充说明' })).data!.proposeCorrection;
    // A result to enter, due after the objection's review: the list is by due date, not by kind of work.
    await published({ status: 'NOT_ENTERED', dueOn: new Date('2026-12-31'), submittedAt: null, approvedAt: null, publishedAt: null, outcome: null });
    const q = '{ myTodos { kind title count resource recordId filter dueOn deadline { state workingDaysLeft } unitName } }';
    const mine = (await t.gql(q, {}, kg)).data!.myTodos as { kind: string; recordId: string | null; dueOn: string | null }[];
    expect(mine.map((x) => x.kind)).toEqual(expect.arrayContaining(['REVIEW_TO_DECIDE', 'CORRECTION_TO_SIGN', 'RESULTS_TO_ENTER']));
    const review = mine.findIndex((x) => x.kind === 'REVIEW_TO_DECIDE' && x.dueOn === reviewDueOn);
    const toEnter = mine.findIndex((x) => x.kind === 'RESULTS_TO_ENTER' && x.dueOn === '2026-12-31');
    expect(review).toBeGreaterThanOrEqual(0);
    expect(toEnter).toBeGreaterThan(review);
    // Among the corrections KGK's principal has to sign (the demo's and other tests' too).
    expect(mine.filter((x) => x.kind === 'CORRECTION_TO_SIGN').map((x) => x.recordId)).toContain(pending.id);
    const dated = mine.filter((x) => x.dueOn).map((x) => x.dueOn!);
    expect(dated).toEqual([...dated].sort());
    // Undated items come after dated ones.
    const firstUndated = mine.findIndex((x) => !x.dueOn);
    if (firstUndated >= 0) expect(mine.slice(firstUndated).every((x) => !x.dueOn)).toBe(true);
    // Another unit's staff do not see KGK's work; a leader has no to-dos.
    const theirs = (await t.gql(q, {}, staff)).data!.myTodos as { recordId: string | null }[];
    expect(theirs.some((x) => x.recordId === pending.id)).toBe(false);
    expect((await t.gql(q, {}, await t.login('leader'))).data?.myTodos).toEqual([]);
  });
});
