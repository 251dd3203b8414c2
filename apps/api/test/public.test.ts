// The public disclosure (一公开, rule 26): signed out, the public queries answer only what may be published —
// filed plans, announced tasks of public tasks with their locked draws, published results of public tasks with
// their signed corrections — and nothing of tasks withheld by law; no public type can lead to personal or
// internal data; the internal queries still refuse anonymous callers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
let kgk: string;
let item: string;
const ids: Record<string, string> = {};

/** A small library of our own targets, so searches see exactly what this test made. */
async function targets(n: number) {
  const lib = await t.prisma.targetLibrary.create({
    data: {
      code: 'LIB-PUB',
      name: '公示测试名录库',
      kind: 'SPECIAL',
      objectType: '采矿权人',
      unitId: kgk,
      buildStandard: '测试',
      supervisionRequirements: '测试',
    },
  });
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const tg = await t.prisma.target.create({
      data: {
        creditCode: `91370305PUBTEST${String(i).padStart(3, '0')}`,
        name: `公示测试${'甲乙丙丁戊'[i]}矿业有限公司`,
        libraryId: lib.id,
        unitId: kgk,
        objectType: '采矿权人',
        scale: 'SMALL',
        industry: '石灰岩开采',
        area: '金岭回族镇',
        address: '临淄区金岭回族镇某村',
        legalRepresentative: '张某某',
        contactPhone: '13800000000',
      },
    });
    out.push(tg.id);
  }
  return out;
}

/** A task of the plan with one target and its result in the given state (inserted in its final state). */
async function taskWithResult(o: {
  code: string;
  targetId: string;
  planId: string;
  isPublic?: boolean;
  announced?: boolean;
  result: 'PUBLISHED' | 'APPROVED';
}) {
  const task = await t.prisma.task.create({
    data: {
      code: o.code,
      name: `公示测试任务 ${o.code}`,
      planId: o.planId,
      ownerUnitId: kgk,
      executingUnitId: kgk,
      status: 'COMPLETED',
      isPublic: o.isPublic ?? true,
      windowFrom: new Date('2031-03-01'),
      windowTo: new Date('2031-04-30'),
      completedOn: new Date('2031-04-30'),
      announcedAt: o.announced === false ? null : new Date('2031-02-20T10:00:00+08:00'),
      checkItems: { create: [{ checkItemId: item }] },
      targets: { create: [{ targetId: o.targetId, status: 'INSPECTED' }] },
    },
    include: { targets: true },
  });
  const published = o.result === 'PUBLISHED';
  const result = await t.prisma.result.create({
    data: {
      taskTargetId: task.targets[0]!.id,
      method: 'ON_SITE',
      inspectedOn: new Date('2031-04-10'),
      outcome: 'NO_PROBLEM',
      followUpAction: 'NONE',
      findings: [{ checkItemId: item, compliant: true, finding: '现场见证人李某某在场，符合' }],
      remarks: '法定代表人张某某签字',
      status: o.result,
      dueOn: new Date('2031-05-29'),
      submittedAt: new Date('2031-04-12'),
      approvedAt: new Date('2031-04-15'),
      publishedAt: published ? new Date('2031-04-20T09:00:00+08:00') : null,
    },
  });
  return { taskId: task.id, resultId: result.id };
}

/** A draw of the task (its receipt as stored; only the status matters here). */
const draw = (taskId: string, sequence: number, status: 'DRAWN' | 'LOCKED' | 'SUPERSEDED') =>
  t.prisma.draw.create({
    data: {
      taskId,
      kind: 'TARGETS',
      sequence,
      status,
      candidateCount: 5,
      candidateListHash: 'h',
      seedCommitment: 'c',
      seed: `seed-${sequence}`,
      witnessName: '王见证',
      witnessEntropy: '3-1-4',
      receipt: { parametersHash: 'p', result: [] },
      lockedAt: status === 'DRAWN' ? null : new Date(),
      supersededReason: status === 'SUPERSEDED' ? '名录库有误，经批准重新摇号' : null,
    },
  });

beforeAll(async () => {
  t = await createTestApp();
  kgk = (await t.prisma.unit.findUniqueOrThrow({ where: { code: 'KGK' } })).id;
  item = (await t.prisma.checkItem.findUniqueOrThrow({ where: { code: 'LZZR-03' } })).id;
  const [a, b, c, d] = await targets(4);
  const plan = await t.prisma.plan.create({
    data: {
      unitId: kgk,
      year: 2031,
      title: '2031 年度公示测试计划',
      status: 'FILED',
      version: 1,
      filedAt: new Date('2031-01-10T09:00:00+08:00'),
      filedWith: '淄博市自然资源局',
      items: {
        create: [
          { checkItemId: item, scope: '全区采矿权人', windowFrom: new Date('2031-03-01'), windowTo: new Date('2031-11-30'), estimatedCount: 12, ratio: 0.1 },
        ],
      },
      adjustments: { create: [{ version: 1, reason: '初次备案', snapshot: { kind: 'INITIAL' }, filedAt: new Date('2031-01-10T09:00:00+08:00') }] },
    },
  });
  ids.plan = plan.id;
  ids.draftPlan = (await t.prisma.plan.create({ data: { unitId: kgk, year: 2032, title: '2032 年度草稿计划', status: 'DRAFT' } })).id;

  const pub = await taskWithResult({ code: 'GS-2031-01', targetId: a!, planId: plan.id, result: 'PUBLISHED' });
  const hidden = await taskWithResult({ code: 'GS-2031-02', targetId: b!, planId: plan.id, isPublic: false, result: 'PUBLISHED' });
  const unpublished = await taskWithResult({ code: 'GS-2031-03', targetId: c!, planId: plan.id, result: 'APPROVED' });
  const unannounced = await taskWithResult({ code: 'GS-2031-04', targetId: d!, planId: plan.id, announced: false, result: 'APPROVED' });
  Object.assign(ids, {
    pubTask: pub.taskId,
    pubResult: pub.resultId,
    hiddenTask: hidden.taskId,
    hiddenResult: hidden.resultId,
    unpublishedTask: unpublished.taskId,
    unpublishedResult: unpublished.resultId,
    unannouncedTask: unannounced.taskId,
  });

  const user = await t.prisma.user.findUniqueOrThrow({ where: { username: 'kuangguan' } });
  const corr = (data: Record<string, unknown>) =>
    t.prisma.correction.create({
      data: {
        resultId: pub.resultId,
        proposedById: user.id,
        changes: { outcome: 'CORRECTED_ON_ORDER', remarks: '内部备注' },
        reason: '更正',
        ...data,
      } as never,
    });
  ids.signed = (
    await corr({
      reason: '现场发现的问题已当场责令改正',
      signedById: user.id,
      signedAt: new Date('2031-05-06T10:00:00+08:00'),
      publishedAt: new Date('2031-05-06T10:05:00+08:00'),
    })
  ).id;
  ids.refused = (await corr({ reason: '被否决的更正', refusedById: user.id, refusedAt: new Date('2031-05-07'), refusalReason: '证据不足' })).id;
  ids.pending = (await corr({ reason: '待签批的更正' })).id;
  await t.prisma.correction.create({
    data: {
      resultId: hidden.resultId,
      proposedById: user.id,
      changes: { outcome: 'FALSIFICATION' },
      reason: '不公开任务的更正',
      signedById: user.id,
      signedAt: new Date(),
      publishedAt: new Date(),
    },
  });

  ids.superseded = (await draw(pub.taskId, 1, 'SUPERSEDED')).id;
  ids.locked = (await draw(pub.taskId, 2, 'LOCKED')).id;
  ids.unlocked = (await draw(unpublished.taskId, 1, 'DRAWN')).id;
  ids.hiddenDraw = (await draw(hidden.taskId, 1, 'LOCKED')).id;
});
afterAll(() => t.close());

const RESULT_FIELDS = `id taskId taskCode taskName targetName creditCode unitName methodText inspectedOn outcome outcomeText followUpAction followUpActionText publishedAt
  checkItems { code name } corrections { id reason outcome outcomeText followUpAction followUpActionText signedAt publishedAt }`;

describe('published results (signed out)', () => {
  it('are found by credit code or name, only when published and of a public task, with signed corrections only', async () => {
    const search = (q: string) => t.gql(`query($q: String) { publicResults(q: $q) { ${RESULT_FIELDS} } _publicResultsMeta(q: $q) { count } }`, { q });
    const byCode = await search('91370305PUBTEST000');
    expect(byCode.errors).toBeUndefined();
    expect(byCode.data!.publicResults).toHaveLength(1);
    expect(byCode.data!._publicResultsMeta.count).toBe(1);
    const r = byCode.data!.publicResults[0];
    expect(r).toMatchObject({
      id: ids.pubResult,
      taskCode: 'GS-2031-01',
      targetName: '公示测试甲矿业有限公司',
      creditCode: '91370305PUBTEST000',
      unitName: '矿产资源管理科',
      methodText: '实地核查',
      inspectedOn: '2031-04-10',
      outcome: 'NO_PROBLEM',
      outcomeText: '未发现问题',
      followUpActionText: '无',
      checkItems: [{ code: 'LZZR-03' }],
    });
    // The original stays; the signed correction is beside it — not the refused or pending ones.
    expect(r.corrections).toEqual([
      expect.objectContaining({
        id: ids.signed,
        reason: '现场发现的问题已当场责令改正',
        outcome: 'CORRECTED_ON_ORDER',
        outcomeText: '发现问题经责令已改正',
        followUpAction: null,
      }),
    ]);

    // By name (every word), and a credit code typed in lower case.
    const byName = await search('公示测试 矿业');
    expect(byName.data!.publicResults.map((x: { id: string }) => x.id)).toEqual([ids.pubResult]);
    expect((await search('91370305pubtest')).data!._publicResultsMeta.count).toBe(1);
    // The withheld task's published result and the approved-but-unpublished one are nowhere.
    expect((await search('公示测试乙')).data!._publicResultsMeta.count).toBe(0);
    expect((await search('公示测试丙')).data!._publicResultsMeta.count).toBe(0);
    for (const id of [ids.hiddenResult, ids.unpublishedResult]) {
      expect((await t.gql('query($id: ID!) { publicResult(id: $id) { id } }', { id })).data!.publicResult).toBeNull();
    }
    expect((await t.gql(`query($id: ID!) { publicResult(id: $id) { id targetName } }`, { id: ids.pubResult })).data!.publicResult.targetName).toBe(
      '公示测试甲矿业有限公司',
    );
  });

  it('never include anything but published results of public tasks (the whole list, demo data included)', async () => {
    const all = await t.gql('{ publicResults(perPage: 500) { id } _publicResultsMeta { count } }');
    expect(all.errors).toBeUndefined();
    const shown = all.data!.publicResults.map((x: { id: string }) => x.id);
    const allowed = await t.prisma.result.count({ where: { status: 'PUBLISHED', taskTarget: { task: { isPublic: true } } } });
    expect(all.data!._publicResultsMeta.count).toBe(allowed);
    const rows = await t.prisma.result.findMany({
      where: { id: { in: shown } },
      select: { status: true, publishedAt: true, taskTarget: { select: { task: { select: { isPublic: true } } } } },
    });
    expect(rows).toHaveLength(shown.length);
    for (const row of rows) expect(row).toMatchObject({ status: 'PUBLISHED', taskTarget: { task: { isPublic: true } } });
    expect(shown).not.toContain(ids.hiddenResult);
  });

  it('a page is a fixed number of SQL statements', async () => {
    const page = (perPage: number) => t.countQueries(() => t.gql(`query($n: Int) { publicResults(perPage: $n) { ${RESULT_FIELDS} } }`, { n: perPage }));
    const [few, many] = [await page(2), await page(100)];
    expect(many.count).toBe(few.count);
  });
});

describe('task announcements and plans (signed out)', () => {
  it('list announced public tasks only, with their locked and superseded draws but not unlocked ones', async () => {
    const list = await t.gql('{ publicTasks(q: "GS-2031", perPage: 50) { code } _publicTasksMeta(q: "GS-2031") { count } }');
    expect(list.errors).toBeUndefined();
    expect(list.data!.publicTasks.map((x: { code: string }) => x.code).sort()).toEqual(['GS-2031-01', 'GS-2031-03']);
    expect(list.data!._publicTasksMeta.count).toBe(2);

    const one = await t.gql(
      `query($id: ID!) { publicTask(id: $id) { code name year planTitle ownerUnitName executingUnitName windowFrom windowTo status announcedAt targetCount publishedResultCount
        checkItems { code name legalBasis } targets { name creditCode } draws { id sequence status seed witnessEntropy supersededReason receipt } } }`,
      { id: ids.pubTask },
    );
    expect(one.errors).toBeUndefined();
    expect(one.data!.publicTask).toMatchObject({
      code: 'GS-2031-01',
      year: 2031,
      planTitle: '2031 年度公示测试计划',
      ownerUnitName: '矿产资源管理科',
      executingUnitName: '矿产资源管理科',
      windowFrom: '2031-03-01',
      windowTo: '2031-04-30',
      status: 'COMPLETED',
      targetCount: 1,
      publishedResultCount: 1,
      checkItems: [{ code: 'LZZR-03' }],
      targets: [{ name: '公示测试甲矿业有限公司', creditCode: '91370305PUBTEST000' }],
    });
    expect(one.data!.publicTask.draws.map((d: { id: string; status: string }) => [d.id, d.status])).toEqual([
      [ids.locked, 'LOCKED'],
      [ids.superseded, 'SUPERSEDED'],
    ]);

    const three = await t.gql('query($id: ID!) { publicTask(id: $id) { draws { id } publishedResultCount } }', { id: ids.unpublishedTask });
    expect(three.data!.publicTask).toEqual({ draws: [], publishedResultCount: 0 });
    for (const id of [ids.hiddenTask, ids.unannouncedTask]) {
      expect((await t.gql('query($id: ID!) { publicTask(id: $id) { id } }', { id })).data!.publicTask).toBeNull();
    }
    // The withheld task's draw is not public either, through draw.ts's public queries.
    expect((await t.gql('query($id: ID!) { publicDraw(id: $id) { id } }', { id: ids.hiddenDraw })).data!.publicDraw).toBeNull();
    expect(codeOf(await t.gql('query($id: ID!) { drawReceipt(drawId: $id) }', { id: ids.hiddenDraw }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql('query($id: ID!) { verifyDraw(drawId: $id) { ok } }', { id: ids.hiddenDraw }))).toBe('UNAUTHENTICATED');
    expect((await t.gql('query($id: ID!) { drawReceipt(drawId: $id) }', { id: ids.locked })).data!.drawReceipt).toMatchObject({ parametersHash: 'p' });
  });

  it('a page of announcements with their targets and draws is a fixed number of SQL statements', async () => {
    const q = '{ publicTasks(perPage: $n) { id targetCount publishedResultCount targets { name } draws { id } checkItems { code } } }'.replace(
      '{ publicTasks',
      'query($n: Int) { publicTasks',
    );
    const few = await t.countQueries(() => t.gql(q, { n: 1 }));
    const many = await t.countQueries(() => t.gql(q, { n: 50 }));
    expect(many.count).toBe(few.count);
  });

  it('show filed plans with their lines and filed versions, not drafts', async () => {
    const r = await t.gql(
      '{ publicPlans(year: 2031) { id title unitName version filedWith items { scope estimatedCount ratio windowFrom checkItem { code } } adjustments { version kind reason } } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.publicPlans).toEqual([
      expect.objectContaining({
        id: ids.plan,
        unitName: '矿产资源管理科',
        filedWith: '淄博市自然资源局',
        items: [{ scope: '全区采矿权人', estimatedCount: 12, ratio: 0.1, windowFrom: '2031-03-01', checkItem: { code: 'LZZR-03' } }],
        adjustments: [{ version: 1, kind: '初次备案', reason: '初次备案' }],
      }),
    ]);
    expect((await t.gql('{ publicPlans(year: 2032) { id } }')).data!.publicPlans).toEqual([]);
    const all = await t.gql('{ publicPlans { id } }');
    expect(all.data!.publicPlans.map((p: { id: string }) => p.id)).not.toContain(ids.draftPlan);
    expect(all.data!.publicPlans.length).toBe(await t.prisma.plan.count({ where: { status: 'FILED' } }));
  });
});

describe('the public surface', () => {
  const PUBLIC_QUERIES = [
    'publicPlans',
    'publicTasks',
    '_publicTasksMeta',
    'publicTask',
    'publicResults',
    '_publicResultsMeta',
    'publicResult',
    'publicDraw',
    'verifyDraw',
    'drawReceipt',
    'drawCandidates',
    'drawAnnouncement',
  ];
  const FORBIDDEN =
    /idNumber|phone|password|evidence|audit|inspector|expert|team|user|session|token|remarks|findings|address|legalRep|secret|candidates|createdBy|proposedBy|signedBy|approvedBy|enteredBy|drawnBy|lockedBy|witnessName/i;

  // Published on purpose (rule 17, verification offline): a locked draw's frozen candidate list — opaque target ids
  // and the fields the draw ranks by, no names, credit codes or personal data (drawVerification.test.ts checks).
  const PUBLISHED_ON_PURPOSE = new Set(['PublicDraw.candidates']);

  it('no type reachable from a public query has a field that could carry personal or internal data (introspection)', async () => {
    const intro = await t.gql<{ __schema: { queryType: { name: string }; types: IntroType[] } }>(`{ __schema { queryType { name } types {
      name kind description fields { name description args { name description } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`);
    expect(intro.errors).toBeUndefined();
    type Ref = { kind: string; name: string | null; ofType?: Ref | null };
    type IntroType = {
      name: string;
      kind: string;
      description: string | null;
      fields: { name: string; description: string | null; args: { name: string; description: string | null }[]; type: Ref }[] | null;
    };
    const types = new Map(intro.data!.__schema.types.map((x) => [x.name, x]));
    const named = (r: Ref): string => (r.ofType ? named(r.ofType) : r.name!);
    const query = types.get(intro.data!.__schema.queryType.name)!;
    const seen = new Set<string>();
    const queue = query.fields!.filter((f) => PUBLIC_QUERIES.includes(f.name)).map((f) => named(f.type));
    expect(queue).toHaveLength(PUBLIC_QUERIES.length);
    const problems: string[] = [];
    for (const f of query.fields!.filter((x) => PUBLIC_QUERIES.includes(x.name))) {
      if (!f.description?.includes(' / ')) problems.push(`Query.${f.name}: no "中文 / English" description`);
      for (const a of f.args) if (!a.description?.includes(' / ')) problems.push(`Query.${f.name}(${a.name}): no "中文 / English" description`);
    }
    while (queue.length) {
      const name = queue.shift()!;
      if (seen.has(name)) continue;
      seen.add(name);
      const type = types.get(name)!;
      if (type.kind !== 'OBJECT') continue;
      if (!type.description) problems.push(`${name}: no description`);
      for (const f of type.fields ?? []) {
        if (FORBIDDEN.test(f.name) && !PUBLISHED_ON_PURPOSE.has(`${name}.${f.name}`)) problems.push(`${name}.${f.name}`);
        if (!f.description?.includes(' / ')) problems.push(`${name}.${f.name}: no "中文 / English" description`);
        queue.push(named(f.type));
      }
    }
    expect(problems).toEqual([]);
    expect([...seen]).toEqual(expect.arrayContaining(['PublicPlan', 'PublicTask', 'PublicResult', 'PublicCorrection', 'PublicDraw', 'PublicCheckItem']));
    // Closed: nothing internal is reachable.
    for (const internal of ['Result', 'Task', 'Target', 'Unit', 'User', 'Inspector', 'Correction', 'Evidence', 'AuditEvent', 'Draw'])
      expect(seen.has(internal), internal).toBe(false);
  });

  it('answers with no personal data: the targets’ legal representatives, phones and addresses, remarks and findings stay inside', async () => {
    const r = await t.gql(
      `query($id: ID!) { publicTask(id: $id) { targets { name creditCode } draws { receipt } } publicResults(q: "公示测试") { ${RESULT_FIELDS} } }`,
      { id: ids.pubTask },
    );
    const text = JSON.stringify(r.data);
    for (const secret of ['张某某', '13800000000', '某村', '李某某', '内部备注', '王见证', '待签批的更正', '被否决的更正', '不公开任务的更正'])
      expect(text).not.toContain(secret);
  });

  it('the internal queries still refuse anonymous callers', async () => {
    const internal = [
      '{ allResults { id } }',
      '{ _allResultsMeta { count } }',
      '{ allTasks { id } }',
      '{ allCorrections { id } }',
      '{ allInspectors { id } }',
      '{ allExperts { id } }',
      '{ allUsers { id } }',
      '{ allAuditEvents { id } }',
      '{ allPlans { id } }',
      '{ allTargets { id } }',
      '{ allFollowUps { id } }',
      '{ allReviews { id } }',
      '{ allDraws { id } }',
      `{ Result(id: "${ids.pubResult}") { id } }`,
      `{ Task(id: "${ids.pubTask}") { id } }`,
    ];
    for (const q of internal) expect(codeOf(await t.gql(q)), q).toBe('UNAUTHENTICATED');
  });
});
