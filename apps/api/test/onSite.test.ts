// Rule 19 (G5, G26, G32): the on-site procedure as data. The pre-check and the on-site record are recorded by the
// visit's team, every team inspector confirms, an edit withdraws the confirmations, and a result is submitted only
// when the procedure its method and outcome require is recorded and the whole team has confirmed. Each refusal at
// the rules' edges is typed and changes nothing; the demo's submitted results satisfy the rule.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApp, type TestApp } from './helpers.ts';
import { inspectorsOf, signOff, teamOf } from './fixtures.ts';

let t: TestApp;
let kg: string; // kuangguan: leader of the fixture teams
let kg2: string; // kuangguan2: the other inspector
let admin: string;
let kgk: string;
let items: { id: string }[];
let seq = 0;

async function result(): Promise<{ id: string; taskTargetId: string }> {
  seq += 1;
  const plan =
    (await t.prisma.plan.findFirst({ where: { unitId: kgk, year: 2026 } })) ??
    (await t.prisma.plan.create({ data: { unitId: kgk, year: 2026, title: '2026 年度计划', status: 'FILED', version: 1, filedAt: new Date('2026-01-10') } }));
  const [target] = await t.prisma.target.findMany({
    where: { unitId: kgk, registrationStatus: 'ACTIVE' },
    skip: 40 + seq,
    take: 1,
    orderBy: { creditCode: 'asc' },
  });
  const task = await t.prisma.task.create({
    data: {
      code: `RW-OS-${seq}`,
      name: '现场程序测试',
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
  const form = await t.prisma.form.findFirstOrThrow({ where: { checkItemId: items[0]!.id } });
  const tt = task.targets[0]!;
  const r = await t.prisma.result.create({ data: { taskTargetId: tt.id, formId: form.id } });
  await teamOf(t, [tt.id]);
  return { id: r.id, taskTargetId: tt.id };
}

const enter = (id: string, over: Record<string, unknown> = {}, token = kg) =>
  t.gql(
    `mutation($id: ID!, $m: CheckMethod, $o: ResultOutcome, $f: FollowUpAction, $fs: [ResultFindingInput!]) {
      updateResult(id: $id, method: $m, inspectedOn: "2026-09-15", outcome: $o, followUpAction: $f, findings: $fs) { id } }`,
    { id, m: 'ON_SITE', o: 'NO_PROBLEM', f: 'NONE', fs: items.map((i) => ({ checkItemId: i.id, compliant: true, finding: '符合' })), ...over },
    token,
  );
const onSite = (id: string, vars: Record<string, unknown>, token = kg) => {
  const names = Object.keys(vars);
  const types: Record<string, string> = {
    signature: 'RepresentativeSignature',
    witnessName: 'String',
    refusalNote: 'String',
    representativeName: 'String',
    videoRecorded: 'Boolean',
    certificates: '[CertificateShownInput!]',
    pointFindings: '[PointFindingInput!]',
    samples: '[SampleInput!]',
  };
  return t.gql(
    `mutation($id: ID!${names.map((n) => `, $${n}: ${types[n]}`).join('')}) { recordOnSite(resultId: $id${names.map((n) => `, ${n}: $${n}`).join('')}) { id signature witnessName samples { what quantity keptAt } certificates { name certificateNumber } } }`,
    { id, ...vars },
    token,
  );
};
const confirm = (id: string, token = kg) => t.gql('mutation($id: ID!) { confirmResult(id: $id) { id confirmedByMe } }', { id }, token);
const submit = (id: string, token = kg) => t.gql('mutation($id: ID!) { submitResult(id: $id) { id status } }', { id }, token);
const problems = async (id: string) =>
  (
    await t.gql<{ Result: { submissionProblems: { code: string; field: string }[] } }>(
      'query($id: ID!) { Result(id: $id) { submissionProblems { code field } } }',
      { id },
      kg,
    )
  ).data!.Result.submissionProblems.map((p) => `${p.code}:${p.field}`);

beforeAll(async () => {
  t = await createTestApp();
  [kg, kg2, admin] = await Promise.all([t.login('kuangguan'), t.login('kuangguan2'), t.login('admin')]);
  kgk = (await t.prisma.unit.findUniqueOrThrow({ where: { code: 'KGK' } })).id;
  items = await t.prisma.checkItem.findMany({ where: { code: { in: ['LZZR-03', 'LZZR-04'] } }, select: { id: true }, orderBy: { code: 'asc' } });
});
afterAll(() => t.close());

describe('the on-site procedure before submission (rule 19, G26)', () => {
  it('names what is missing, and submits once the team recorded the procedure and everyone confirmed', async () => {
    const r = await result();
    expect((await enter(r.id)).errors).toBeUndefined();
    expect(await problems(r.id)).toEqual([
      'ONSITE.INCOMPLETE:preCheck',
      'ONSITE.TOO_FEW_CERTIFICATES:certificates',
      'ONSITE.INCOMPLETE:notice',
      'ONSITE.INCOMPLETE:pointFindings',
      'ONSITE.INCOMPLETE:representative',
      'ONSITE.INCOMPLETE:video',
      'RESULT.UNCONFIRMED:confirmations',
    ]);
    const before = await t.fingerprint();
    expect(codeOf(await submit(r.id))).toBe('ONSITE.INCOMPLETE');
    expect(codeOf(await confirm(r.id))).toBe('RESULT.NOT_READY_TO_CONFIRM');
    expect(await t.fingerprint()).toEqual(before);
    await signOff(t, r.id);
    expect(await problems(r.id)).toEqual([]);
    const done = await submit(r.id);
    expect(done.errors).toBeUndefined();
    expect(done.data?.submitResult.status).toBe('PENDING_REVIEW');
    const actions = (await t.prisma.auditEvent.findMany({ where: { entityId: r.id }, orderBy: { id: 'asc' }, select: { action: true, actorName: true } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual(['updateResult', 'recordPreCheck', 'recordOnSite', 'confirmResult', 'confirmResult', 'submitResult']);
  });

  it('one member not yet confirmed: not submittable, naming who', async () => {
    const r = await result();
    await enter(r.id);
    await signOff(t, r.id, ['kuangguan', 'kuangguan2']);
    // Saving it unchanged (the entry page saves before it submits) keeps the confirmations …
    expect((await enter(r.id)).errors).toBeUndefined();
    expect(await t.prisma.resultConfirmation.count({ where: { resultId: r.id, withdrawnAt: null } })).toBe(2);
    // … an edit after the confirmations withdraws them; only kuangguan confirms again.
    expect((await enter(r.id, { fs: items.map((i) => ({ checkItemId: i.id, compliant: true, finding: '复核后符合' })) })).errors).toBeUndefined();
    expect(await t.prisma.resultConfirmation.count({ where: { resultId: r.id, withdrawnAt: { not: null } } })).toBe(2);
    expect((await confirm(r.id)).data?.confirmResult.confirmedByMe).toBe(true);
    expect(codeOf(await confirm(r.id))).toBe('RESULT.ALREADY_CONFIRMED');
    const refused = await submit(r.id);
    expect(codeOf(refused)).toBe('RESULT.UNCONFIRMED');
    const [, second] = await inspectorsOf(t, ['kuangguan', 'kuangguan2']);
    const name = (await t.prisma.inspector.findUniqueOrThrow({ where: { id: second! } })).name;
    expect(refused.errors?.[0]?.message).toContain(name);
    expect((await confirm(r.id, kg2)).errors).toBeUndefined();
    expect((await submit(r.id)).data?.submitResult.status).toBe('PENDING_REVIEW');
    // The history keeps both versions' confirmations.
    const history = await t.gql('query($id: ID!) { Result(id: $id) { confirmations { userName withdrawnAt } } }', { id: r.id }, admin);
    expect(history.data?.Result.confirmations).toHaveLength(4);
    expect(history.data?.Result.confirmations.filter((c: { withdrawnAt: string | null }) => c.withdrawnAt)).toHaveLength(2);
  });

  it('a refusal to sign needs a witness; the witness named, it passes', async () => {
    const r = await result();
    await enter(r.id);
    await signOff(t, r.id);
    expect((await onSite(r.id, { signature: 'REFUSED', refusalNote: '当事人拒绝签字' })).errors).toBeUndefined();
    expect(await problems(r.id)).toEqual(['ONSITE.WITNESS_REQUIRED:witnessName', 'RESULT.UNCONFIRMED:confirmations']);
    expect(codeOf(await confirm(r.id))).toBe('RESULT.NOT_READY_TO_CONFIRM');
    expect(codeOf(await submit(r.id))).toBe('ONSITE.WITNESS_REQUIRED');
    const named = await onSite(r.id, { witnessName: '  李四（村委会主任）  ' });
    expect(named.data?.recordOnSite).toMatchObject({ signature: 'REFUSED', witnessName: '李四（村委会主任）' });
    expect(await problems(r.id)).toEqual(['RESULT.UNCONFIRMED:confirmations']);
  });

  it('nobody off the team enters, records or confirms; the unit check stays for the entry', async () => {
    const r = await result();
    const outsider = await t.login('wenshao'); // another unit's inspector
    const colleague = await t.login('gengbao'); // another section, no inspector link
    expect(codeOf(await enter(r.id, {}, admin))).toBe('RESULT.NOT_ON_TEAM');
    expect(codeOf(await enter(r.id, {}, outsider))).toBe('FORBIDDEN');
    expect(codeOf(await onSite(r.id, { videoRecorded: true }, outsider))).toBe('RESULT.NOT_ON_TEAM');
    expect(codeOf(await onSite(r.id, { videoRecorded: true }, colleague))).toBe('RESULT.NOT_ON_TEAM');
    expect(codeOf(await confirm(r.id, admin))).toBe('RESULT.NOT_ON_TEAM');
    const pre = await t.gql(
      'mutation($tt: ID!) { recordPreCheck(taskTargetId: $tt, sources: [REGISTRATION], findings: "一致", checkedOn: "2026-09-10") { id } }',
      { tt: r.taskTargetId },
      outsider,
    );
    expect(codeOf(pre)).toBe('RESULT.NOT_ON_TEAM');
    const editable = await t.gql('query($id: ID!) { Result(id: $id) { editable onTeam } }', { id: r.id }, admin);
    expect(editable.data?.Result).toEqual({ editable: false, onTeam: false });
    expect((await t.gql('query($id: ID!) { Result(id: $id) { editable onTeam } }', { id: r.id }, kg)).data?.Result).toEqual({ editable: true, onTeam: true });
  });

  it('checks the record on input: certificates of the team, points of the form, samples complete, no future dates', async () => {
    const r = await result();
    const outsiderInspector = (await t.prisma.inspector.findFirstOrThrow({ where: { unitId: { not: kgk } } })).id;
    expect(codeOf(await onSite(r.id, { certificates: [{ inspectorId: outsiderInspector, certificateNumber: 'X' }] }))).toBe('ONSITE.CERTIFICATE_NOT_ON_TEAM');
    expect(codeOf(await onSite(r.id, { pointFindings: [{ pointKey: 'nope', verdict: 'COMPLIANT' }] }))).toBe('VALIDATION.INVALID');
    expect(codeOf(await onSite(r.id, { samples: [{ what: '样品', quantity: 0, keptAt: '证物室' }] }))).toBe('VALIDATION.INVALID');
    expect(codeOf(await onSite(r.id, { samples: [{ what: ' ', quantity: 1, keptAt: '证物室' }] }))).toBe('VALIDATION.REQUIRED');
    const [leader] = await inspectorsOf(t, ['kuangguan']);
    const shown = await onSite(r.id, { certificates: [{ inspectorId: leader }] });
    const own = (await t.prisma.inspector.findUniqueOrThrow({ where: { id: leader! } })).certificateNumber;
    expect(shown.data?.recordOnSite.certificates).toEqual([{ name: expect.any(String), certificateNumber: own }]);
    const future = await t.gql(
      'mutation($tt: ID!) { recordPreCheck(taskTargetId: $tt, sources: [REGISTRATION], findings: "一致", checkedOn: "2026-12-31") { id } }',
      { tt: r.taskTargetId },
      kg,
    );
    expect(codeOf(future)).toBe('VALIDATION.INVALID');
    const none = await t.gql(
      'mutation($tt: ID!) { recordPreCheck(taskTargetId: $tt, sources: [], findings: "一致", checkedOn: "2026-09-10") { id } }',
      { tt: r.taskTargetId },
      kg,
    );
    expect(codeOf(none)).toBe('VALIDATION.REQUIRED');
  });

  it('a pre-check after the visit and a sample-testing check without samples are refused at submission', async () => {
    const r = await result();
    await enter(r.id, { m: 'SAMPLE_TESTING' });
    await signOff(t, r.id);
    await t.gql(
      'mutation($tt: ID!) { recordPreCheck(taskTargetId: $tt, sources: [REGISTRATION], findings: "一致", checkedOn: "2026-09-16") { id } }',
      { tt: r.taskTargetId },
      kg,
    );
    await onSite(r.id, { samples: [] });
    expect(await problems(r.id)).toEqual(['ONSITE.PRE_CHECK_AFTER_VISIT:preCheck', 'ONSITE.INCOMPLETE:samples', 'RESULT.UNCONFIRMED:confirmations']);
  });

  it('a written check needs none of the on-site procedure, only the team’s confirmation', async () => {
    const r = await result();
    await enter(r.id, { m: 'WRITTEN' });
    expect(await problems(r.id)).toEqual(['RESULT.UNCONFIRMED:confirmations']);
    await confirm(r.id);
    await confirm(r.id, kg2);
    expect((await submit(r.id)).data?.submitResult.status).toBe('PENDING_REVIEW');
  });

  it('two identical confirmations at the same moment have one effect', async () => {
    const r = await result();
    await enter(r.id, { m: 'WRITTEN' });
    const both = await Promise.all([confirm(r.id), confirm(r.id)]);
    expect(both.map(codeOf).sort()).toEqual(['RESULT.ALREADY_CONFIRMED', undefined]);
    expect(await t.prisma.resultConfirmation.count({ where: { resultId: r.id } })).toBe(1);
  });
});

describe('linking an account to its inspector (rule 19)', () => {
  it('the lead unit links and unlinks; an inspector belongs to one account only', async () => {
    const gengbao = await t.prisma.user.findUniqueOrThrow({ where: { username: 'gengbao' } });
    const free = await t.prisma.inspector.findFirstOrThrow({ where: { account: null } });
    const [taken] = await inspectorsOf(t, ['kuangguan']);
    const link = (inspectorId: string | null, token = admin) =>
      t.gql('mutation($id: ID!, $i: ID) { updateUser(id: $id, inspectorId: $i) { id inspectorId } }', { id: gengbao.id, i: inspectorId }, token);
    expect((await link(free.id)).data?.updateUser.inspectorId).toBe(free.id);
    const refused = await link(taken!);
    expect(codeOf(refused)).toBe('USER.INSPECTOR_LINKED');
    expect(refused.errors?.[0]?.message).toContain('kuangguan');
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: gengbao.id } })).inspectorId).toBe(free.id);
    expect(codeOf(await link('nope'))).toBe('VALIDATION.INVALID');
    expect(codeOf(await link(free.id, kg))).toBe('FORBIDDEN');
    expect((await link(null)).data?.updateUser.inspectorId).toBeNull();
  });

  it("the signed-in user's own link shows in `me` (the result page says when there is none)", async () => {
    const [taken] = await inspectorsOf(t, ['kuangguan']);
    const me = async (token: string) => (await t.gql<{ me: { inspectorId: string | null } }>('{ me { inspectorId } }', {}, token)).data?.me.inspectorId;
    expect(await me(kg)).toBe(taken);
    expect(await me(admin)).toBeNull();
  });
});

describe("the demo's results (rule 19)", () => {
  it('every submitted inspection was entered by its team, with the procedure recorded and every inspector confirmed', async () => {
    const submitted = await t.prisma.result.findMany({
      where: { status: { not: 'NOT_ENTERED' }, taskTarget: { status: 'INSPECTED' } },
      select: { id: true },
    });
    expect(submitted.length).toBeGreaterThan(50);
    const rows: { id: string; submissionProblems: { code: string }[] }[] = [];
    for (let i = 0; i < submitted.length; i += 50) {
      const page = await t.gql<{ allResults: { id: string; submissionProblems: { code: string }[] }[] }>(
        'query($ids: [ID!]) { allResults(perPage: 50, filter: { ids: $ids }) { id submissionProblems { code } } }',
        { ids: submitted.slice(i, i + 50).map((s) => s.id) },
        admin,
      );
      expect(page.errors).toBeUndefined();
      rows.push(...(page.data?.allResults ?? []));
    }
    expect(rows.length).toBe(submitted.length);
    expect(rows.filter((r) => r.submissionProblems.length > 0)).toEqual([]);
  });
});
