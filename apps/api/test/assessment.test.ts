// Assessment figures (rule 25): computed by SQL aggregation, checked against hand-computed expectations on a
// small fixed data set (each figure and its edges: published on the 20th working day is on time, a China
// morning that is still the day before in UTC is already late) and against the domain's formulas
// (packages/domain assessment.ts) on the demo data plus random records.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessUnits, calendarDaysBetween, resultDueDate, type AssessmentData, type UnitAssessment } from '@ssj/domain';
import { loadHolidayCalendar } from '../src/holidayCalendar.ts';
import { chinaDay, clock } from '../src/clock.ts';
import { codeOf, createTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
let leader: string;

const FIGURES = `unitId
  planCoverage { covered total share missingIds }
  planExecution { lines linesWithoutTask planned drawn completed done share }
  taskCompletion { tasks tasksCompleted tasksCompletedOnTime targetsDrawn targetsCompleted targetsClosed targetsTransferred targetsTransferredIn targetsDone targetsLate targetsMissing share }
  timelyEntry { onTime late missingPastDue pending deadlineUnknown share }
  followUp { found handedOver closed medianDaysToHandOver medianDaysToClose }
  directories { targets { size libraries { libraryId size } lastConfirmedOn daysSinceConfirmation } inspectors { size qualified lastConfirmedOn daysSinceConfirmation } }`;

const day = (s: string) => new Date(`${s}T00:00:00Z`);
let creditSeq = 0;
/** A syntactically unique 18-character credit code (the figures do not validate it). */
const creditCode = () => `91370305TEST${String(++creditSeq).padStart(6, '0')}`;

async function makeUnit(code: string) {
  return t.prisma.unit.create({ data: { code, name: `测试单位${code}`, kind: 'SECTION' } });
}

beforeAll(async () => {
  t = await createTestApp({ today: '2026-12-04' });
  leader = await t.login('leader');
});
afterAll(() => t.close());

describe('hand-computed figures on a small fixed data set', () => {
  it('counts each figure and its edges', async () => {
    const unit = await makeUnit('TST1');
    const other = await makeUnit('TST2');
    const [item1, item2] = await Promise.all(
      ['A', 'B'].map((x) =>
        t.prisma.checkItem.create({
          data: {
            code: `TST-${x}`,
            name: `测试事项${x}`,
            objectType: '企业',
            category: 'GENERAL',
            methods: ['ON_SITE'],
            unitId: unit.id,
            remitUnits: { connect: { id: unit.id } },
            legalBasis: '测试',
            defaultRatio: 0.03,
            version: 1,
            createdAt: new Date('2026-01-05'),
          },
        }),
      ),
    );
    const plan = await t.prisma.plan.create({
      data: { unitId: unit.id, year: 2026, title: '测试计划', status: 'FILED', version: 1, filedAt: new Date('2026-02-01') },
    });
    await t.prisma.planItem.create({
      data: {
        planId: plan.id,
        checkItemId: item1!.id,
        scope: '全区',
        windowFrom: day('2026-03-01'),
        windowTo: day('2026-10-31'),
        estimatedCount: 10,
        ratio: 0.03,
      },
    });
    // A temporary check does not cover an item (rule 6 counts regular lines).
    await t.prisma.planItem.create({
      data: {
        planId: plan.id,
        checkItemId: item2!.id,
        scope: '全区',
        windowFrom: day('2026-03-01'),
        windowTo: day('2026-10-31'),
        estimatedCount: 1,
        ratio: 0.03,
        temporary: true,
      },
    });

    const library = await t.prisma.targetLibrary.create({
      data: { code: 'TST-LIB', name: '测试名录库', kind: 'SPECIAL', unitId: unit.id, buildStandard: '测试', supervisionRequirements: '测试' },
    });
    const targets: { id: string }[] = [];
    for (let i = 0; i < 5; i++) {
      targets.push(
        await t.prisma.target.create({
          data: {
            creditCode: creditCode(),
            name: `测试企业${i}`,
            libraryId: library.id,
            unitId: unit.id,
            objectType: '企业',
            scale: 'SMALL',
            industry: '采矿业',
            area: '闻韶街道',
            address: '测试路',
            ...(i === 4 ? { retiredAt: new Date() } : {}),
          },
        }),
      );
    }
    await t.prisma.inspector.createMany({
      data: [
        { name: '甲', idNumber: 'TST-ID-1', unitId: unit.id, qualified: true },
        { name: '乙', idNumber: 'TST-ID-2', unitId: unit.id, qualified: false },
      ],
    });
    const admin = await t.prisma.user.findUniqueOrThrow({ where: { username: 'admin' } });
    await t.prisma.directoryConfirmation.create({
      data: { unitId: unit.id, confirmedById: admin.id, confirmedAt: new Date('2026-11-20T10:00:00+08:00'), targetCount: 4, inspectorCount: 2 },
    });

    // One task, window ending and completed on Sep 30: results due on Tue Nov 3 (国庆 and the make-up Saturday).
    const task = await t.prisma.task.create({
      data: {
        code: 'RW-TST-1',
        name: '测试任务',
        planId: plan.id,
        ownerUnitId: unit.id,
        executingUnitId: unit.id,
        status: 'COMPLETED',
        windowFrom: day('2026-09-01'),
        windowTo: day('2026-09-30'),
        completedOn: day('2026-09-30'),
      },
    });
    const dueOn = day('2026-11-03');
    const tts = await Promise.all(
      (['INSPECTED', 'INSPECTED', 'PENDING', 'TRANSFERRED'] as const).map((status, i) =>
        t.prisma.taskTarget.create({
          data: { taskId: task.id, targetId: targets[i]!.id, status, ...(status === 'TRANSFERRED' ? { transferredToUnitId: other.id } : {}) },
        }),
      ),
    );
    // A: published at 15:00 on the due day → on time.
    await t.prisma.result.create({
      data: {
        taskTargetId: tts[0]!.id,
        status: 'PUBLISHED',
        dueOn,
        outcome: 'NO_PROBLEM',
        inspectedOn: day('2026-09-10'),
        publishedAt: new Date('2026-11-03T15:00:00+08:00'),
      },
    });
    // B: published at 01:00 China time on Nov 4 — still Nov 3 in UTC — late; a violation handed over 2 days
    // after the inspection and closed 10 days after the hand-over.
    const b = await t.prisma.result.create({
      data: {
        taskTargetId: tts[1]!.id,
        status: 'PUBLISHED',
        dueOn,
        outcome: 'FOLLOW_UP_PENDING',
        followUpAction: 'REFER_CASE',
        inspectedOn: day('2026-09-10'),
        publishedAt: new Date('2026-11-04T01:00:00+08:00'),
      },
    });
    await t.prisma.followUp.create({
      data: {
        resultId: b.id,
        handedToUnitId: unit.id,
        status: 'CLOSED',
        handedOverAt: new Date('2026-09-12T09:00:00+08:00'),
        closedAt: new Date('2026-09-22T16:00:00+08:00'),
      },
    });
    // C: a violation submitted for review, not yet handed over, and not published past the due day → missing.
    await t.prisma.result.create({
      data: {
        taskTargetId: tts[2]!.id,
        status: 'PENDING_REVIEW',
        dueOn,
        outcome: 'SERIOUS_REFUSAL',
        followUpAction: 'REFER_CASE',
        inspectedOn: day('2026-09-20'),
      },
    });
    // D: transferred away: counted for neither completion nor timeliness of this unit.
    await t.prisma.result.create({ data: { taskTargetId: tts[3]!.id, dueOn } });

    const q = `query($u: [ID!], $q: Int, $m: Int) { assessment(year: 2026, quarter: $q, month: $m, unitIds: $u) { period { from to } units { ${FIGURES} } total { unitId } } }`;
    const r = await t.gql(q, { u: [unit.id], q: 3 }, leader);
    expect(r.errors).toBeUndefined();
    expect(r.data?.assessment.period).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    const f = r.data?.assessment.units[0];
    const today = clock.today();
    const onTimeOrPending = today > '2026-11-03' ? { missingPastDue: 1, pending: 0 } : { missingPastDue: 0, pending: 1 };
    expect(f).toEqual({
      unitId: unit.id,
      planCoverage: { covered: 1, total: 2, share: 0.5, missingIds: [item2!.id] },
      planExecution: { lines: 0, linesWithoutTask: 0, planned: 0, drawn: 0, completed: 0, done: 0, share: null },
      // Done (G33) = published on time: only A; B late; C missing once past its due day.
      taskCompletion: {
        tasks: 1,
        tasksCompleted: 1,
        tasksCompletedOnTime: 1,
        targetsDrawn: 3,
        targetsCompleted: 2,
        targetsClosed: 0,
        targetsTransferred: 1,
        targetsTransferredIn: 0,
        targetsDone: 1,
        targetsLate: 1,
        targetsMissing: onTimeOrPending.missingPastDue,
        share: 1 / 3,
      },
      timelyEntry: { onTime: 1, late: 1, ...onTimeOrPending, deadlineUnknown: 0, share: today > '2026-11-03' ? 1 / 3 : 1 / 2 },
      followUp: { found: 2, handedOver: 1, closed: 1, medianDaysToHandOver: 2, medianDaysToClose: 10 },
      directories: {
        targets: {
          size: 4,
          libraries: [{ libraryId: library.id, size: 4 }],
          lastConfirmedOn: '2026-11-20',
          daysSinceConfirmation: calendarDaysBetween('2026-11-20', today),
        },
        inspectors: { size: 2, qualified: 1, lastConfirmedOn: '2026-11-20', daysSinceConfirmation: calendarDaysBetween('2026-11-20', today) },
      },
    });
    expect(r.data?.assessment.total.unitId).toBeNull();

    // Drill-down: each number lists exactly the records it counts.
    const drill = async (kind: string) =>
      (
        await t.gql(
          'query($f: AssessmentFigureFilter) { allResults(filter: { figure: $f }) { id } _allResultsMeta(filter: { figure: $f }) { count } }',
          { f: { kind, year: 2026, quarter: 3, unitId: unit.id } },
          leader,
        )
      ).data as {
        allResults: { id: string }[];
        _allResultsMeta: { count: number };
      };
    const ids = async (kind: string) => (await drill(kind)).allResults.map((x) => x.id).sort();
    const resultOf = async (i: number) => (await t.prisma.result.findUniqueOrThrow({ where: { taskTargetId: tts[i]!.id } })).id;
    expect(await ids('ENTRY_ON_TIME')).toEqual([await resultOf(0)]);
    expect(await ids('ENTRY_LATE')).toEqual([await resultOf(1)]);
    expect((await drill('ENTRY_MISSING'))._allResultsMeta.count).toBe(onTimeOrPending.missingPastDue);
    expect(await ids('VIOLATIONS_HANDED_OVER')).toEqual([await resultOf(1)]);
    expect(await ids('VIOLATIONS_NOT_HANDED_OVER')).toEqual([await resultOf(2)]);
    expect((await ids('TARGETS_DRAWN')).length).toBe(3);
    expect(await ids('TARGETS_PENDING')).toEqual([await resultOf(2)]);

    // The fourth quarter: no task ends in it and nothing was completed or found in it.
    const q4 = (await t.gql(q, { u: [unit.id], q: 4 }, leader)).data?.assessment.units[0];
    expect(q4.taskCompletion.tasks).toBe(0);
    expect(q4.timelyEntry).toMatchObject({ onTime: 0, late: 0, missingPastDue: 0, share: null });
    expect(q4.followUp.found).toBe(0);
    // September alone is the same as the third quarter for this unit.
    const sep = (await t.gql(q, { u: [unit.id], m: 9 }, leader)).data?.assessment.units[0];
    expect(sep.timelyEntry).toEqual(f.timelyEntry);
  });

  it('refuses an impossible period', async () => {
    expect(codeOf(await t.gql('{ assessment(year: 2026, quarter: 5) { total { unitId } } }', {}, leader))).toBe('VALIDATION.INVALID');
    expect(codeOf(await t.gql('{ assessment(year: 2026, quarter: 1, month: 2) { total { unitId } } }', {}, leader))).toBe('VALIDATION.INVALID');
    expect(codeOf(await t.gql('{ assessment(year: 2026) { total { unitId } } }'))).toBe('UNAUTHENTICATED');
  });
});

describe('a unit filter: the total is that of the units asked for', () => {
  type Fig = Record<string, any>;
  const byPeriod = `query($u: [ID!], $q: Int) {
    assessment(year: 2025, quarter: $q, unitIds: $u) { units { ${FIGURES} } total { ${FIGURES} } }
    assessmentPrevious(year: 2026, quarter: $q, unitIds: $u) { units { ${FIGURES} } total { ${FIGURES} } }
    assessmentTrend(year: 2025, unitIds: $u) { units { unitId } total { ${FIGURES} } }
  }`;
  /** A unit's figures as a total reads them: no unit, and no list of missing items (the total lists none). */
  const asTotal = (f: Fig) => ({ ...f, unitId: null, planCoverage: { ...f.planCoverage, missingIds: [] } });
  const ask = async (u: string[] | null, q: number | null = null) => {
    const r = await t.gql(byPeriod, { u, q }, leader);
    expect(r.errors).toBeUndefined();
    return r.data as {
      assessment: { units: Fig[]; total: Fig };
      assessmentPrevious: { units: Fig[]; total: Fig };
      assessmentTrend: { units: Fig[]; total: Fig }[];
    };
  };

  it('gives one unit’s figures as the total — for the period, the period before and every month of the trend', async () => {
    const all = await ask(null);
    const [kgk, dhk] = await Promise.all(['KGK', 'DHK'].map((code) => t.prisma.unit.findUniqueOrThrow({ where: { code } })));
    const unitOf = (a: { units: Fig[] }, id: string) => a.units.find((f) => f.unitId === id)!;
    const kgkAll = unitOf(all.assessment, kgk!.id);
    // The demo's 2025 gives the section figures that differ from the bureau's, so the check means something.
    expect(kgkAll.taskCompletion.targetsDrawn).toBeGreaterThan(0);
    expect(kgkAll.taskCompletion.targetsDrawn).toBeLessThan(all.assessment.total.taskCompletion.targetsDrawn);

    const one = await ask([kgk!.id]);
    expect(one.assessment.units).toEqual([kgkAll]);
    expect(one.assessment.total).toEqual(asTotal(kgkAll));
    expect(one.assessmentPrevious.total).toEqual(asTotal(unitOf(all.assessmentPrevious, kgk!.id)));
    for (const [m, point] of one.assessmentTrend.entries()) {
      const everyone = all.assessmentTrend[m]!;
      expect(point.units.map((u) => u.unitId)).toEqual([kgk!.id]);
      // Per month, the unit's figures from the unfiltered trend are not asked for: compare with the month asked alone.
      const month = (
        await t.gql(`query($u: [ID!], $m: Int) { assessment(year: 2025, month: $m, unitIds: $u) { units { ${FIGURES} } } }`, { u: [kgk!.id], m: m + 1 }, leader)
      ).data!.assessment.units[0];
      expect(point.total, `2025-${m + 1}`).toEqual(asTotal(month));
      expect(everyone.total.unitId).toBeNull();
    }

    // Two units: their counts add up; the bureau's total is not theirs.
    const two = await ask([kgk!.id, dhk!.id], 3);
    const allQ3 = await ask(null, 3);
    const sum = (pick: (f: Fig) => number) => pick(unitOf(allQ3.assessment, kgk!.id)) + pick(unitOf(allQ3.assessment, dhk!.id));
    for (const pick of [
      (f: Fig) => f.planCoverage.total,
      (f: Fig) => f.planCoverage.covered,
      (f: Fig) => f.taskCompletion.tasks,
      (f: Fig) => f.taskCompletion.targetsDrawn,
      (f: Fig) => f.taskCompletion.targetsCompleted,
      (f: Fig) => f.timelyEntry.onTime,
      (f: Fig) => f.timelyEntry.late,
      (f: Fig) => f.timelyEntry.missingPastDue,
      (f: Fig) => f.followUp.found,
      (f: Fig) => f.followUp.handedOver,
      (f: Fig) => f.directories.targets.size,
      (f: Fig) => f.directories.inspectors.size,
    ])
      expect(pick(two.assessment.total), String(pick)).toBe(sum(pick));
    expect(two.assessment.units.map((u) => u.unitId).sort()).toEqual([kgk!.id, dhk!.id].sort());
    expect(two.assessment.total.directories.targets.libraries.length).toBe(
      unitOf(allQ3.assessment, kgk!.id).directories.targets.libraries.length + unitOf(allQ3.assessment, dhk!.id).directories.targets.libraries.length,
    );
    expect(two.assessment.total.planCoverage.total).toBeLessThan(allQ3.assessment.total.planCoverage.total);
  });

  it('counts nothing for an empty list, and the whole bureau without one', async () => {
    const none = await ask([]);
    expect(none.assessment.units).toEqual([]);
    expect(none.assessment.total).toMatchObject({
      planCoverage: { total: 0, covered: 0, share: null },
      taskCompletion: { tasks: 0, targetsDrawn: 0, share: null },
      timelyEntry: { onTime: 0, late: 0, share: null },
      followUp: { found: 0 },
      directories: { targets: { size: 0, libraries: [] }, inspectors: { size: 0 } },
    });
    const all = await ask(null);
    const total = (pick: (f: Fig) => number) => all.assessment.units.reduce((a, f) => a + pick(f), 0);
    expect(all.assessment.total.taskCompletion.targetsDrawn).toBe(total((f) => f.taskCompletion.targetsDrawn));
    expect(all.assessment.total.planCoverage.total).toBe(total((f) => f.planCoverage.total));
  });
});

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Everything the domain formulas take, read back from the database as plain rows. */
async function domainData(): Promise<AssessmentData> {
  const p = t.prisma;
  const [units, items, plans, planItems, tasks, tts, results, libraries, targets, inspectors, confirmations] = await Promise.all([
    p.unit.findMany({ where: { retiredAt: null } }),
    p.checkItem.findMany({ include: { remitUnits: { select: { id: true } }, versions: true } }),
    p.plan.findMany(),
    p.planItem.findMany({ where: { temporary: false } }),
    p.task.findMany({ where: { status: { not: 'CANCELLED' } } }),
    p.taskTarget.findMany({ include: { task: { select: { executingUnitId: true, status: true } } } }),
    p.result.findMany({ include: { taskTarget: { include: { task: { select: { executingUnitId: true, status: true } } } }, followUp: true } }),
    p.targetLibrary.findMany({ where: { retiredAt: null } }),
    p.target.findMany({ where: { retiredAt: null }, select: { id: true, libraryId: true } }),
    p.inspector.findMany({ where: { retiredAt: null } }),
    p.directoryConfirmation.findMany(),
  ]);
  const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
  const violations = results.filter((r) => (r.followUpAction !== 'NONE' && ['PENDING_REVIEW', 'APPROVED', 'PUBLISHED'].includes(r.status)) || r.followUp);
  return {
    units: units.map((u) => ({ id: u.id })),
    // Rule 1: each version from its day; an item without versions from its creation to its retirement.
    checkItems: items.flatMap((i) =>
      i.versions.length > 0
        ? i.versions.map((v) => ({
            id: i.id,
            version: v.version,
            effectiveOn: chinaDay(v.changedAt),
            unitId: (v.snapshot as { remitUnitIds?: string[] }).remitUnitIds ?? [],
            retired: v.change === 'RETIRE',
          }))
        : [
            { id: i.id, version: 1, effectiveOn: chinaDay(i.createdAt), unitId: i.remitUnits.map((u) => u.id) },
            ...(i.retiredAt ? [{ id: i.id, version: 2, effectiveOn: chinaDay(i.retiredAt), unitId: i.remitUnits.map((u) => u.id), retired: true }] : []),
          ],
    ),
    plans: plans.map((x) => ({ id: x.id, unitId: x.unitId, year: x.year, filedOn: x.status === 'FILED' ? iso(x.filedAt ?? new Date()) : null })),
    planItems: planItems.map((x) => ({ planId: x.planId, checkItemId: x.checkItemId, id: x.id, estimatedCount: x.estimatedCount, windowTo: iso(x.windowTo)! })),
    tasks: tasks.map((x) => ({
      id: x.id,
      planId: x.planId,
      planItemId: x.planItemId,
      unitId: x.executingUnitId,
      window: { from: iso(x.windowFrom)!, to: iso(x.windowTo)! },
      completedOn: iso(x.completedOn),
    })),
    taskTargets: tts
      .filter((x) => x.task.status !== 'CANCELLED')
      .map((x) => ({ taskId: x.taskId, targetId: x.targetId, status: x.status, transferredToUnitId: x.transferredToUnitId })),
    results: results.map((r) => ({
      taskId: r.taskTarget.taskId,
      targetId: r.taskTarget.targetId,
      publishedOn: r.publishedAt ? chinaDay(r.publishedAt) : null,
      submitted: r.submittedAt !== null,
    })),
    followUps: violations.map((r) => ({
      id: r.id,
      unitId: r.taskTarget.transferredToUnitId ?? r.taskTarget.task.executingUnitId,
      foundOn: r.inspectedOn ? iso(r.inspectedOn)! : chinaDay(r.submittedAt!),
      handedOverOn: r.followUp ? chinaDay(r.followUp.handedOverAt) : null,
      closedOn: r.followUp?.closedAt ? chinaDay(r.followUp.closedAt) : null,
    })),
    libraries: libraries.map((l) => ({ id: l.id, unitId: l.unitId })),
    targets,
    inspectors: inspectors.map((i) => ({ id: i.id, unitId: i.unitId, qualified: i.qualified })),
    confirmations: confirmations.flatMap((c) =>
      (['TARGETS', 'INSPECTORS'] as const).map((directory) => ({ unitId: c.unitId, directory, confirmedOn: chinaDay(c.confirmedAt) })),
    ),
  };
}

/** The domain's figures in the API's shape (library order aside). */
function asApi(u: UnitAssessment) {
  return {
    unitId: u.unitId,
    planCoverage: { covered: u.planCoverage.covered, total: u.planCoverage.total, share: u.planCoverage.share, missingIds: u.planCoverage.missing },
    planExecution: u.planExecution,
    taskCompletion: u.taskCompletion,
    timelyEntry: u.timelyEntry,
    followUp: u.followUp,
    directories: {
      targets: { ...u.directories.targets, libraries: [...u.directories.targets.libraries].sort((a, b) => (a.libraryId < b.libraryId ? -1 : 1)) },
      inspectors: u.directories.inspectors,
    },
  };
}

describe('the SQL figures equal the domain formulas', () => {
  it('on the demo data plus random plans, tasks, results and follow-ups, for a year, a quarter and a month', async () => {
    const random = rng(20261125);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    const calendar = await loadHolidayCalendar(t.prisma);
    const admin = await t.prisma.user.findUniqueOrThrow({ where: { username: 'admin' } });
    const kgkDhk = await t.prisma.unit.findMany({ where: { code: { in: ['KGK', 'DHK'] } }, select: { id: true } });
    // The records are written as a few statements where the order of random() calls allows (each write is a
    // transaction that refreshes the assessment aggregates of its tasks): the figures compared are the same.
    for (let u = 0; u < 3; u++) {
      const unit = await makeUnit(`RND${u}`);
      const items = await Promise.all(
        [0, 1, 2].map((i) =>
          t.prisma.checkItem.create({
            data: {
              code: `RND-${u}-${i}`,
              name: `随机事项${u}-${i}`,
              objectType: '企业',
              category: 'KEY',
              methods: ['WRITTEN'],
              unitId: unit.id,
              remitUnits: { connect: { id: unit.id } },
              legalBasis: '测试',
              defaultRatio: 0.1,
              version: 1,
              createdAt: new Date(Date.UTC(2026, Math.floor(random() * 12), 1 + Math.floor(random() * 27))),
              ...(i === 2 && random() < 0.5 ? { retiredAt: new Date(Date.UTC(2026, Math.floor(random() * 12), 1 + Math.floor(random() * 27))) } : {}),
            },
          }),
        ),
      );
      // Rule 1: some items carry versions — created, moved to another unit's remit, retired — each effective on its day.
      for (const it of items) {
        if (random() < 0.5) continue;
        const other = pick(kgkDhk);
        const at = (m: number) => new Date(Date.UTC(2026, m, 1 + Math.floor(random() * 27), Math.floor(random() * 24)));
        const versions: { change: 'CREATE' | 'UPDATE' | 'RETIRE'; remit: string[]; at: Date }[] = [
          { change: 'CREATE', remit: [unit.id], at: at(Math.floor(random() * 4)) },
          { change: 'UPDATE', remit: [unit.id, other!.id], at: at(4 + Math.floor(random() * 4)) },
        ];
        if (random() < 0.5) versions.push({ change: 'RETIRE', remit: [unit.id, other!.id], at: at(8 + Math.floor(random() * 4)) });
        for (const [v, x] of versions.entries()) {
          await t.prisma.checkItemVersion.create({
            data: { checkItemId: it.id, version: v + 1, change: x.change, snapshot: { remitUnitIds: x.remit }, notice: '测试', changedAt: x.at },
          });
        }
      }
      const plan = await t.prisma.plan.create({
        data: { unitId: unit.id, year: 2026, title: `随机计划${u}`, status: random() < 0.7 ? 'FILED' : 'DRAFT', version: 1, filedAt: new Date('2026-02-01') },
      });
      const lines: { id: string }[] = [];
      for (const it of items) {
        if (random() < 0.6) {
          const end = `2026-${String(2 + Math.floor(random() * 10)).padStart(2, '0')}-15`;
          lines.push(
            await t.prisma.planItem.create({
              data: {
                planId: plan.id,
                checkItemId: it.id,
                scope: '全区',
                windowFrom: day('2026-01-01'),
                windowTo: day(end),
                estimatedCount: 1 + Math.floor(random() * 9),
                ratio: 0.1,
                temporary: random() < 0.2,
              },
            }),
          );
        }
      }
      const library = await t.prisma.targetLibrary.create({
        data: { code: `RND-LIB-${u}`, name: `随机名录库${u}`, kind: 'SPECIAL', unitId: unit.id, buildStandard: '测试', supervisionRequirements: '测试' },
      });
      const targets = await t.prisma.target.createManyAndReturn({
        data: Array.from({ length: 12 }, (_, i) => ({
          creditCode: creditCode(),
          name: `随机企业${u}-${i}`,
          libraryId: library.id,
          unitId: unit.id,
          objectType: '企业',
          scale: 'SMALL' as const,
          industry: '采矿业',
          area: '闻韶街道',
          address: '测试路',
        })),
        select: { id: true },
      });
      await t.prisma.inspector.createMany({
        data: Array.from({ length: 4 }, (_, i) => ({ name: `随机${u}-${i}`, idNumber: `RND-${u}-${i}`, unitId: unit.id, qualified: random() < 0.7 })),
      });
      await t.prisma.directoryConfirmation.createMany({
        data: Array.from({ length: 2 }, () => ({
          unitId: unit.id,
          confirmedById: admin.id,
          confirmedAt: new Date(Date.UTC(2026, Math.floor(random() * 11), 1 + Math.floor(random() * 27), Math.floor(random() * 24))),
          targetCount: 12,
          inspectorCount: 4,
        })),
      });
      for (let k = 0; k < 4; k++) {
        const month = 1 + Math.floor(random() * 10);
        const windowTo = `2026-${String(month + 1).padStart(2, '0')}-15`;
        const completed = random() < 0.75;
        const completedOn = completed ? `2026-${String(month + 1).padStart(2, '0')}-${random() < 0.7 ? '10' : '25'}` : null;
        const task = await t.prisma.task.create({
          data: {
            code: `RW-RND-${u}-${k}`,
            name: '随机任务',
            planId: plan.id,
            planItemId: lines.length > 0 && random() < 0.7 ? pick(lines).id : null,
            ownerUnitId: unit.id,
            executingUnitId: unit.id,
            status: completed ? 'COMPLETED' : pick(['DISPATCHED', 'CANCELLED', 'DRAWN'] as const),
            windowFrom: day(`2026-${String(month).padStart(2, '0')}-01`),
            windowTo: day(windowTo),
            completedOn: completedOn ? day(completedOn) : null,
          },
        });
        // As completeTask stores it: the clock starts at the earlier of completion and the window's end (rule 20).
        const dueOn = completedOn ? day(resultDueDate(completedOn < windowTo ? completedOn : windowTo, calendar)) : null;
        // Around when results were due, for a task never marked complete too (from its window's end).
        const around = dueOn ?? day(resultDueDate(windowTo, calendar));
        for (const target of targets.filter(() => random() < 0.4)) {
          const status = pick(['PENDING', 'INSPECTED', 'INSPECTED', 'CLOSED_UNREACHABLE', 'CLOSED_DEREGISTERED', 'TRANSFERRED', 'TRANSFERRED'] as const);
          // G28: transferred (some to this very unit, as bad data might say), some closed by the receiving unit afterwards.
          const transferredTo =
            status === 'TRANSFERRED' || (status.startsWith('CLOSED') && random() < 0.3) ? (random() < 0.2 ? unit.id : pick(kgkDhk).id) : null;
          const tt = { taskId: task.id, targetId: target.id, status, transferredToUnitId: transferredTo };
          // Results are made at the lock; a few targets of a task never completed have none.
          if (!completed && random() < 0.2) {
            await t.prisma.taskTarget.create({ data: tt });
            continue;
          }
          const rStatus = pick(['NOT_ENTERED', 'PENDING_REVIEW', 'RETURNED', 'APPROVED', 'PUBLISHED', 'PUBLISHED'] as const);
          const violation = random() < 0.4;
          const inspectedOn = `2026-${String(month).padStart(2, '0')}-${String(1 + Math.floor(random() * 27)).padStart(2, '0')}`;
          const publishedAt =
            rStatus === 'PUBLISHED' ? new Date(around.getTime() + Math.floor((random() * 20 - 14) * 86_400_000) + Math.floor(random() * 24) * 3_600_000) : null;
          const result = {
            status: rStatus,
            dueOn,
            publishedAt,
            inspectedOn: day(inspectedOn),
            submittedAt: rStatus === 'NOT_ENTERED' ? null : day(inspectedOn),
            outcome: violation ? ('FOLLOW_UP_PENDING' as const) : ('NO_PROBLEM' as const),
            followUpAction: violation ? ('REFER_CASE' as const) : ('NONE' as const),
          };
          let followUp: { handedToUnitId: string; handedOverAt: Date; closedAt: Date | null; status: 'CLOSED' | 'ACCEPTED' } | undefined;
          if (violation && (rStatus === 'APPROVED' || rStatus === 'PUBLISHED')) {
            const handed = new Date(day(inspectedOn).getTime() + Math.floor(random() * 10) * 86_400_000 + 10 * 3_600_000);
            const closedAt = random() < 0.5 ? new Date(handed.getTime() + Math.floor(random() * 40) * 86_400_000) : null;
            followUp = { handedToUnitId: unit.id, handedOverAt: handed, closedAt, status: closedAt ? 'CLOSED' : 'ACCEPTED' };
          }
          // The target, its result and follow-up in one write.
          await t.prisma.taskTarget.create({
            data: { ...tt, result: { create: { ...result, ...(followUp ? { followUp: { create: followUp } } : {}) } } },
          });
        }
      }
    }

    const data = await domainData();
    const today = clock.today();
    const calendarForDomain = await loadHolidayCalendar(t.prisma);
    const periods = [
      { args: { y: 2026 }, from: '2026-01-01', to: '2026-12-31' },
      { args: { y: 2026, q: 3 }, from: '2026-07-01', to: '2026-09-30' },
      { args: { y: 2026, m: 5 }, from: '2026-05-01', to: '2026-05-31' },
    ];
    for (const p of periods) {
      const r = await t.gql(`query($y: Int!, $q: Int, $m: Int) { assessment(year: $y, quarter: $q, month: $m) { units { ${FIGURES} } } }`, p.args, leader);
      expect(r.errors).toBeUndefined();
      const api = (r.data!.assessment.units as ReturnType<typeof asApi>[]).map((u) => ({
        ...u,
        directories: {
          ...u.directories,
          targets: { ...u.directories.targets, libraries: [...u.directories.targets.libraries].sort((a, b) => (a.libraryId < b.libraryId ? -1 : 1)) },
        },
      }));
      const expected = assessUnits(data, { period: { from: p.from, to: p.to }, today, calendar: calendarForDomain }).map(asApi);
      const byId = new Map(api.map((u) => [u.unitId, u]));
      expect(api).toHaveLength(expected.length);
      for (const e of expected) expect(byId.get(e.unitId), `${p.from}–${p.to} ${e.unitId}`).toEqual(e);
      // The random units have figures worth comparing (not all zeros).
      expect(expected.some((e) => e.timelyEntry.onTime + e.timelyEntry.late + e.timelyEntry.missingPastDue > 0)).toBe(true);
      if (p.args.q === undefined && p.args.m === undefined) {
        expect(
          expected.some((e) => e.taskCompletion.targetsTransferredIn > 0),
          'transfers in',
        ).toBe(true);
        expect(
          expected.some((e) => e.planExecution.linesWithoutTask > 0),
          'plan lines without a task',
        ).toBe(true);
        expect(
          expected.some((e) => e.planExecution.drawn > 0),
          'plan lines drawn',
        ).toBe(true);
      }
    }
  });

  it('answers in a fixed number of SQL statements, however many units and records', async () => {
    const one = await t.countQueries(() =>
      t.gql('{ assessment(year: 2026) { units { unitId timelyEntry { onTime } } total { timelyEntry { onTime } } } }', {}, leader),
    );
    await makeUnit('QRY1');
    const two = await t.countQueries(() =>
      t.gql('{ assessment(year: 2026) { units { unitId timelyEntry { onTime } } total { timelyEntry { onTime } } } }', {}, leader),
    );
    expect(two.count).toBe(one.count);
    // 9 aggregate queries, the window ends and the holiday calendar (rule 20: due dates of tasks never marked complete), the session.
    expect(one.count).toBeLessThanOrEqual(14);
    // The dashboard's period and the one before, and the trend's twelve months: the same queries, grouped by period.
    const dashboard = await t.countQueries(() =>
      t.gql('{ assessment(year: 2026) { total { unitId } } assessmentPrevious(year: 2026) { total { unitId } } }', {}, leader),
    );
    const trend = await t.countQueries(() => t.gql('{ assessmentTrend(year: 2026) { period { month } total { unitId } } }', {}, leader));
    expect(dashboard.count).toBe(one.count);
    expect(trend.count).toBe(one.count);
  });
});

describe('figures a unit cannot game (rule 25, G33)', () => {
  const Q3 = `query($u: [ID!]) { assessment(year: 2026, quarter: 3, unitIds: $u) { units { ${FIGURES} } } }`;
  const q3 = async (unitId: string) => {
    const r = await t.gql(Q3, { u: [unitId] }, leader);
    expect(r.errors).toBeUndefined();
    return r.data!.assessment.units[0];
  };
  const drill = async (kind: string, unitId: string) => {
    const r = await t.gql(
      'query($f: AssessmentFigureFilter) { allResults(filter: { figure: $f }) { id } _allResultsMeta(filter: { figure: $f }) { count } }',
      { f: { kind, year: 2026, quarter: 3, unitId } },
      leader,
    );
    expect(r.errors).toBeUndefined();
    return (r.data!.allResults as { id: string }[]).map((x) => x.id).sort();
  };
  const task = async (code: string, unitId: string, completedOn: string | null) =>
    t.prisma.task.create({
      data: {
        code,
        name: '考核边界任务',
        planId: (await t.prisma.plan.findFirstOrThrow()).id,
        ownerUnitId: unitId,
        executingUnitId: unitId,
        status: completedOn ? 'COMPLETED' : 'DISPATCHED',
        windowFrom: day('2026-09-01'),
        windowTo: day('2026-09-30'),
        completedOn: completedOn ? day(completedOn) : null,
      },
    });
  const target = async (unitId: string) => {
    const library = await t.prisma.targetLibrary.findFirstOrThrow();
    return t.prisma.target.create({
      data: {
        creditCode: creditCode(),
        name: '考核边界企业',
        libraryId: library.id,
        unitId,
        objectType: '企业',
        scale: 'SMALL',
        industry: '采矿业',
        area: '闻韶街道',
        address: '测试路',
      },
    });
  };

  it('reads a past period against the checklist as it stood then: an item added today leaves 2025 alone', async () => {
    const admin = await t.login('admin');
    const kgk = await t.prisma.unit.findUniqueOrThrow({ where: { code: 'KGK' } });
    const coverage = async (year: number) =>
      (
        await t.gql(
          `query($u: [ID!], $y: Int!) { assessment(year: $y, unitIds: $u) { units { planCoverage { covered total missingIds } } } }`,
          { u: [kgk.id], y: year },
          leader,
        )
      ).data!.assessment.units[0].planCoverage;
    const [y2025, y2026] = [await coverage(2025), await coverage(2026)];
    expect(y2025.total).toBeGreaterThan(0);
    const r = await t.gql(
      `mutation($u: ID!) { createCheckItem(code: "EDGE-NEW-1", name: "新增测试事项", objectType: "采矿权人", category: KEY, methods: [ON_SITE], unitId: $u, remitUnitIds: [$u],
        legalBasis: "《测试条例》第一条", defaultRatio: 0.05, notice: "新增") { id } }`,
      { u: kgk.id },
      admin,
    );
    expect(r.errors).toBeUndefined();
    const added = r.data!.createCheckItem.id as string;
    expect(await coverage(2025)).toEqual(y2025);
    const after = await coverage(2026);
    expect(after.total).toBe(y2026.total + 1);
    expect(after.missingIds).toContain(added);
  });

  it('counts the unentered results of a task never marked complete as overdue from its window’s end', async () => {
    const unit = await makeUnit('EDG1');
    const k = await task('RW-EDGE-1', unit.id, null);
    const [a, b] = [await target(unit.id), await target(unit.id)];
    const ta = await t.prisma.taskTarget.create({ data: { taskId: k.id, targetId: a.id, status: 'INSPECTED' } });
    const tb = await t.prisma.taskTarget.create({ data: { taskId: k.id, targetId: b.id } });
    // The window ended on Sep 30 → due Nov 3. A published Oct 20: on time; B never entered: missing since Nov 4.
    const ra = await t.prisma.result.create({
      data: {
        taskTargetId: ta.id,
        status: 'PUBLISHED',
        outcome: 'NO_PROBLEM',
        submittedAt: day('2026-10-19'),
        publishedAt: new Date('2026-10-20T10:00:00+08:00'),
      },
    });
    const rb = await t.prisma.result.create({ data: { taskTargetId: tb.id } });
    const f = await q3(unit.id);
    expect(f.timelyEntry).toEqual({ onTime: 1, late: 0, missingPastDue: 1, pending: 0, deadlineUnknown: 0, share: 1 / 2 });
    expect(f.taskCompletion).toMatchObject({ tasks: 1, tasksCompleted: 0, targetsDrawn: 2, targetsDone: 1, targetsMissing: 1, share: 1 / 2 });
    expect(await drill('ENTRY_MISSING', unit.id)).toEqual([rb.id]);
    expect(await drill('TARGETS_MISSING', unit.id)).toEqual([rb.id]);
    expect(await drill('ENTRY_ON_TIME', unit.id)).toEqual([ra.id]);
    // Before the due day it is pending, not yet missing.
    t.setToday('2026-11-03');
    try {
      expect((await q3(unit.id)).timelyEntry).toMatchObject({ onTime: 1, missingPastDue: 0, pending: 1 });
    } finally {
      t.setToday('2026-12-04');
    }
  });

  it('counts a transferred result for the receiving unit, and as transferred out for the original one', async () => {
    const [from, to] = [await makeUnit('EDG2'), await makeUnit('EDG3')];
    const k = await task('RW-EDGE-2', from.id, '2026-09-30');
    const dueOn = day('2026-11-03');
    const [a, b] = [await target(from.id), await target(to.id)];
    const ta = await t.prisma.taskTarget.create({ data: { taskId: k.id, targetId: a.id, status: 'INSPECTED' } });
    const tb = await t.prisma.taskTarget.create({
      data: { taskId: k.id, targetId: b.id, status: 'TRANSFERRED', transferredToUnitId: to.id, transferNoticeRef: '临自然资函〔2026〕1号' },
    });
    const ra = await t.prisma.result.create({
      data: {
        taskTargetId: ta.id,
        status: 'PUBLISHED',
        dueOn,
        outcome: 'NO_PROBLEM',
        submittedAt: day('2026-10-09'),
        publishedAt: new Date('2026-10-10T10:00:00+08:00'),
      },
    });
    const rb = await t.prisma.result.create({
      data: {
        taskTargetId: tb.id,
        status: 'PUBLISHED',
        dueOn,
        outcome: 'NO_PROBLEM',
        submittedAt: day('2026-10-19'),
        publishedAt: new Date('2026-10-20T10:00:00+08:00'),
      },
    });
    const [ff, ft] = [await q3(from.id), await q3(to.id)];
    expect(ff.taskCompletion).toMatchObject({ tasks: 1, targetsDrawn: 1, targetsTransferred: 1, targetsTransferredIn: 0, targetsDone: 1, share: 1 });
    expect(ff.timelyEntry).toMatchObject({ onTime: 1, share: 1 });
    expect(ft.taskCompletion).toMatchObject({
      tasks: 0,
      targetsDrawn: 1,
      targetsTransferred: 0,
      targetsTransferredIn: 1,
      targetsCompleted: 1,
      targetsDone: 1,
      share: 1,
    });
    expect(ft.timelyEntry).toMatchObject({ onTime: 1, share: 1 });
    // The drill-down lists what each unit's figure counts.
    expect(await drill('ENTRY_ON_TIME', to.id)).toEqual([rb.id]);
    expect(await drill('TARGETS_DRAWN', from.id)).toEqual([ra.id]);
    expect(await drill('TARGETS_DONE', to.id)).toEqual([rb.id]);
  });

  it('measures plan execution: planned (estimated counts, lines with no task) vs drawn vs completed vs published on time', async () => {
    const unit = await makeUnit('EDG4');
    const item = await t.prisma.checkItem.create({
      data: {
        code: 'EDG-PX',
        name: '计划执行测试事项',
        objectType: '企业',
        category: 'KEY',
        methods: ['ON_SITE'],
        unitId: unit.id,
        remitUnits: { connect: { id: unit.id } },
        legalBasis: '测试',
        defaultRatio: 0.1,
        version: 1,
        createdAt: new Date('2026-01-05'),
      },
    });
    const plan = await t.prisma.plan.create({
      data: { unitId: unit.id, year: 2026, title: '计划执行测试', status: 'FILED', version: 1, filedAt: new Date('2026-02-01') },
    });
    const line = (estimatedCount: number, temporary = false) =>
      t.prisma.planItem.create({
        data: {
          planId: plan.id,
          checkItemId: item.id,
          scope: '全区',
          windowFrom: day('2026-07-01'),
          windowTo: day('2026-09-30'),
          estimatedCount,
          ratio: 0.1,
          temporary,
        },
      });
    const [l1] = [await line(10), await line(5), await line(99, true)];
    const k = await t.prisma.task.create({
      data: {
        code: 'RW-EDGE-PX',
        name: '计划执行任务',
        planId: plan.id,
        planItemId: l1!.id,
        ownerUnitId: unit.id,
        executingUnitId: unit.id,
        status: 'COMPLETED',
        windowFrom: day('2026-09-01'),
        windowTo: day('2026-09-30'),
        completedOn: day('2026-09-30'),
      },
    });
    const dueOn = day('2026-11-03');
    const [a, b] = [await target(unit.id), await target(unit.id)];
    const ta = await t.prisma.taskTarget.create({ data: { taskId: k.id, targetId: a.id, status: 'INSPECTED' } });
    const tb = await t.prisma.taskTarget.create({ data: { taskId: k.id, targetId: b.id, status: 'INSPECTED' } });
    await t.prisma.result.create({
      data: {
        taskTargetId: ta.id,
        status: 'PUBLISHED',
        dueOn,
        outcome: 'NO_PROBLEM',
        submittedAt: day('2026-10-09'),
        publishedAt: new Date('2026-10-10T10:00:00+08:00'),
      },
    });
    await t.prisma.result.create({ data: { taskTargetId: tb.id, status: 'PENDING_REVIEW', dueOn, outcome: 'NO_PROBLEM', submittedAt: day('2026-10-09') } });
    // Two regular lines (the temporary one is not planned work), 15 planned; one line has no task; of the line's
    // two targets both were checked, one published on time, the other still unpublished past its due day.
    expect((await q3(unit.id)).planExecution).toEqual({ lines: 2, linesWithoutTask: 1, planned: 15, drawn: 2, completed: 2, done: 1, share: 1 / 15 });
  });

  it('tells every figure’s definition and rule, in the query and in the schema', async () => {
    const r = await t.gql('{ figureDefinitions { key name definition rule } timely: __type(name: "TimelyEntryFigure") { description } }', {}, leader);
    expect(r.errors).toBeUndefined();
    const defs = r.data!.figureDefinitions as { key: string; name: string; definition: string; rule: string }[];
    expect(defs.map((d) => d.key)).toEqual([
      'PLAN_COVERAGE',
      'PLAN_EXECUTION',
      'TASK_COMPLETION',
      'TARGET_COMPLETION',
      'TIMELY_ENTRY',
      'FOLLOW_UP',
      'DIRECTORIES',
    ]);
    for (const d of defs) expect(d.rule).toMatch(/规则/);
    expect(r.data!.timely.description).toContain(defs.find((d) => d.key === 'TIMELY_ENTRY')!.definition);
  });
});
