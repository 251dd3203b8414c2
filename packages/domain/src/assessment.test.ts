import { describe, expect, it } from 'vitest';
import { knownYears } from './calendar.ts';
import { assessUnits, checklistOn, median, type AssessmentData } from './assessment.ts';
import { resultDueDate } from './deadlines.ts';
import { FIGURE_DEFINITIONS, figureDescription } from './figureDefinitions.ts';

// A small fixture whose figures are computed by hand in the comments.
const data: AssessmentData = {
  units: [{ id: 'U1' }, { id: 'U2' }],
  checkItems: [
    { id: 'CI-1', unitId: 'U1' },
    { id: 'CI-2', unitId: 'U1' },
    { id: 'CI-3', unitId: 'U1', retired: true },
    { id: 'CI-4', unitId: 'U2' },
  ],
  plans: [
    { id: 'P1', unitId: 'U1', year: 2026, filedOn: '2026-01-10' },
    { id: 'P1-draft', unitId: 'U1', year: 2026, filedOn: null }, // not filed: does not count
    { id: 'P2', unitId: 'U2', year: 2026, filedOn: '2026-01-12' },
    { id: 'P2-old', unitId: 'U2', year: 2025, filedOn: '2025-01-12' },
  ],
  planItems: [
    { planId: 'P1', checkItemId: 'CI-1' },
    { planId: 'P1-draft', checkItemId: 'CI-2' },
    { planId: 'P2', checkItemId: 'CI-4' },
  ],
  tasks: [
    { id: 'K1', planId: 'P1', unitId: 'U1', window: { from: '2026-09-01', to: '2026-09-30' }, completedOn: '2026-09-15' },
    { id: 'K2', planId: 'P1', unitId: 'U1', window: { from: '2026-10-01', to: '2026-10-31' }, completedOn: null },
    { id: 'K3', planId: 'P1', unitId: 'U1', window: { from: '2026-06-01', to: '2026-06-30' }, completedOn: '2026-07-03' },
    { id: 'K5', planId: 'P1', unitId: 'U1', window: { from: '2026-10-01', to: '2026-10-16' }, completedOn: '2026-10-16' },
    { id: 'K-old', planId: 'P1', unitId: 'U1', window: { from: '2025-05-01', to: '2025-05-31' }, completedOn: '2025-05-20' },
  ],
  taskTargets: [
    { taskId: 'K1', targetId: 'A', status: 'INSPECTED' },
    { taskId: 'K1', targetId: 'B', status: 'CLOSED_UNREACHABLE' },
    { taskId: 'K1', targetId: 'C', status: 'TRANSFERRED', transferredToUnitId: 'U2' }, // U2 answers for it (G28)
    { taskId: 'K2', targetId: 'D', status: 'PENDING' },
    { taskId: 'K2', targetId: 'E', status: 'INSPECTED' },
    { taskId: 'K3', targetId: 'F', status: 'INSPECTED' },
    { taskId: 'K5', targetId: 'G', status: 'INSPECTED' },
    { taskId: 'K-old', targetId: 'H', status: 'INSPECTED' },
  ],
  results: [
    // K1 completed Tue 2026-09-15 → due 2026-10-19 (20th working day, across 中秋 and 国庆).
    { taskId: 'K1', targetId: 'A', publishedOn: '2026-10-19' }, // the 20th working day: on time
    { taskId: 'K1', targetId: 'B', publishedOn: '2026-10-20' }, // the 21st: late
    // K3 completed Fri 2026-07-03 → due 2026-07-31; F unpublished on 2026-11-02: missing past due.
    { taskId: 'K3', targetId: 'F', publishedOn: null },
    // K5 completed Fri 2026-10-16 → due 2026-11-13; G unpublished: pending.
  ],
  followUps: [
    { id: 'F1', unitId: 'U1', foundOn: '2026-09-15', handedOverOn: '2026-09-18', closedOn: '2026-10-08' }, // 3 d, 20 d
    { id: 'F2', unitId: 'U1', foundOn: '2026-09-20', handedOverOn: '2026-09-30', closedOn: null }, // 10 d
    { id: 'F3', unitId: 'U1', foundOn: '2026-10-01', handedOverOn: null, closedOn: null },
    { id: 'F4', unitId: 'U1', foundOn: '2025-12-01', handedOverOn: '2025-12-02', closedOn: '2025-12-03' }, // other period
  ],
  libraries: [
    { id: 'L1', unitId: 'U1' },
    { id: 'L2', unitId: 'U1' },
    { id: 'L3', unitId: 'U2' },
  ],
  targets: [
    { id: 'A', libraryId: 'L1' },
    { id: 'B', libraryId: 'L1' },
    { id: 'C', libraryId: 'L1' },
    { id: 'D', libraryId: 'L2' },
    { id: 'X', libraryId: 'L3' },
    { id: 'Y', libraryId: 'L3' },
  ],
  inspectors: [
    { id: 'I1', unitId: 'U1', qualified: true },
    { id: 'I2', unitId: 'U1', qualified: true },
    { id: 'I3', unitId: 'U1', qualified: false },
    { id: 'I4', unitId: 'U2', qualified: true },
  ],
  confirmations: [
    { unitId: 'U1', directory: 'TARGETS', confirmedOn: '2026-10-01' },
    { unitId: 'U1', directory: 'TARGETS', confirmedOn: '2026-10-15' },
    { unitId: 'U1', directory: 'INSPECTORS', confirmedOn: '2026-09-01' },
    { unitId: 'U1', directory: 'INSPECTORS', confirmedOn: '2026-12-01' }, // after today: ignored
  ],
};

const options = { period: { from: '2026-01-01', to: '2026-12-31' }, today: '2026-11-02' };

describe('assessment (rule 25)', () => {
  const [u1, u2] = assessUnits(data, options);

  it('computes plan coverage from filed plans only, over non-retired remit items', () => {
    expect(u1!.planCoverage).toEqual({ covered: 1, total: 2, share: 0.5, missing: ['CI-2'] });
    expect(u2!.planCoverage).toEqual({ covered: 1, total: 1, share: 1, missing: [] });
  });

  it('counts tasks ending in the period and their targets, closed ones as completed, transferred ones for the receiving unit', () => {
    // K1, K2, K3, K5; completed K1, K3, K5; on time K1 (9-15 ≤ 9-30) and K5 (10-16 ≤ 10-16).
    // Targets A, B, D, E, F, G (C transferred to U2); completed all but D; closed B.
    // Done (G33: published on time) only A; B late; F missing (K3's clock starts on its window's end 6-30).
    expect(u1!.taskCompletion).toEqual({
      tasks: 4,
      tasksCompleted: 3,
      tasksCompletedOnTime: 2,
      targetsDrawn: 6,
      targetsCompleted: 5,
      targetsClosed: 1,
      targetsTransferred: 1,
      targetsTransferredIn: 0,
      targetsDone: 1,
      targetsLate: 1,
      targetsMissing: 1,
      share: 1 / 6,
    });
    // C, transferred to U2 and never entered: U2's, missing past K1's due day 10-19.
    expect(u2!.taskCompletion).toMatchObject({ tasks: 0, targetsDrawn: 1, targetsTransferredIn: 1, targetsCompleted: 0, targetsMissing: 1, share: 0 });
  });

  it('counts publication on the 20th working day as on time, the 21st as late, and unpublished results by deadline', () => {
    // A on time, B late, F missing; D and E (K2, window ended 10-31 unmarked: due 20 working days later) and G pending.
    expect(u1!.timelyEntry).toEqual({ onTime: 1, late: 1, missingPastDue: 1, pending: 3, deadlineUnknown: 0, share: 1 / 3 });
    expect(u2!.timelyEntry).toMatchObject({ onTime: 0, missingPastDue: 1, share: 0 });
  });

  it('measures follow-up handling of violations found in the period', () => {
    expect(u1!.followUp).toEqual({ found: 3, handedOver: 2, closed: 1, medianDaysToHandOver: 6.5, medianDaysToClose: 20 });
    expect(u2!.followUp).toEqual({ found: 0, handedOver: 0, closed: 0, medianDaysToHandOver: null, medianDaysToClose: null });
  });

  it('reports library sizes and the age of the last directory confirmation', () => {
    expect(u1!.directories).toEqual({
      targets: {
        libraries: [
          { libraryId: 'L1', size: 3 },
          { libraryId: 'L2', size: 1 },
        ],
        size: 4,
        lastConfirmedOn: '2026-10-15',
        daysSinceConfirmation: 18,
      },
      inspectors: { size: 3, qualified: 2, lastConfirmedOn: '2026-09-01', daysSinceConfirmation: 62 },
    });
    expect(u2!.directories.targets).toMatchObject({ size: 2, lastConfirmedOn: null, daysSinceConfirmation: null });
  });

  it('counts a result whose deadline runs into an undeclared year against its provisional date (rule 20)', () => {
    const last = knownYears().at(-1)!;
    const late: AssessmentData = {
      ...data,
      tasks: [{ id: 'K9', planId: 'P1', unitId: 'U1', window: { from: `${last}-12-01`, to: `${last}-12-31` }, completedOn: `${last}-12-28` }],
      taskTargets: [{ taskId: 'K9', targetId: 'Z', status: 'INSPECTED' }],
      results: [{ taskId: 'K9', targetId: 'Z', publishedOn: `${last}-12-30` }],
    };
    const [a] = assessUnits(late, { period: { from: `${last}-01-01`, to: `${last}-12-31` }, today: `${last}-12-31` });
    expect(a!.timelyEntry).toMatchObject({ deadlineUnknown: 0, onTime: 1, share: 1 });
  });

  it('measures a past period against the checklist as it stood then (rule 1 versions)', () => {
    // CI-5 is added to U2's remit on 2026-10-20, CI-4 is retired on 2026-10-01: the third quarter still
    // reads U2's checklist as {CI-4}; the year, read on today (11-02), as {CI-5}.
    const changed: AssessmentData = {
      ...data,
      checkItems: [
        ...data.checkItems.filter((i) => i.id !== 'CI-4'),
        { id: 'CI-4', unitId: 'U2', version: 1, effectiveOn: '2026-01-01' },
        { id: 'CI-4', unitId: 'U2', version: 2, effectiveOn: '2026-10-01', retired: true },
        { id: 'CI-5', unitId: 'U2', version: 1, effectiveOn: '2026-10-20' },
      ],
    };
    const q3 = assessUnits(changed, { period: { from: '2026-07-01', to: '2026-09-30' }, today: '2026-11-02' });
    expect(q3[1]!.planCoverage).toEqual({ covered: 1, total: 1, share: 1, missing: [] });
    const year = assessUnits(changed, options);
    expect(year[1]!.planCoverage).toEqual({ covered: 0, total: 1, share: 0, missing: ['CI-5'] });
    // An item added today does not reach back into 2025.
    const today = assessUnits(
      { ...changed, checkItems: [...changed.checkItems, { id: 'CI-6', unitId: 'U1', version: 1, effectiveOn: '2026-11-02' }] },
      { period: { from: '2025-01-01', to: '2025-12-31' }, today: '2026-11-02' },
    );
    expect(today[0]!.planCoverage.total).toBe(
      assessUnits(changed, { period: { from: '2025-01-01', to: '2025-12-31' }, today: '2026-11-02' })[0]!.planCoverage.total,
    );
    expect(checklistOn(changed.checkItems, '2025-12-31').map((i) => i.id)).toEqual(['CI-1', 'CI-2']);
  });

  it('counts the unentered results of a task never marked complete as overdue from its window’s end', () => {
    // K2: window 10-01..10-31, never completed; due 20 working days after 10-31.
    const due = resultDueDate('2026-10-31');
    const k2 = (today: string, completedOn: string | null = null) =>
      assessUnits(
        { ...data, tasks: data.tasks.map((t) => (t.id === 'K2' ? { ...t, completedOn } : t)) },
        { period: { from: '2026-10-01', to: '2026-12-31' }, today },
      )[0]!;
    expect(k2(due).timelyEntry).toMatchObject({ missingPastDue: 1, pending: 2 }); // D, E pending on the due day; K5's G (due 11-13) missing
    const after = k2('2026-12-31');
    expect(after.timelyEntry).toMatchObject({ missingPastDue: 3, pending: 0 });
    expect(after.taskCompletion).toMatchObject({ targetsMissing: 3, targetsDone: 0 });
    // Marking it complete afterwards does not restart the clock: it still starts on the window's end.
    expect(k2('2026-12-31', '2026-12-20').timelyEntry).toEqual(after.timelyEntry);
  });

  it('measures plan execution: planned (estimated counts, lines with no task) vs drawn vs completed vs done', () => {
    const planned: AssessmentData = {
      ...data,
      planItems: [
        { planId: 'P1', checkItemId: 'CI-1', id: 'PI-1', estimatedCount: 10, windowTo: '2026-10-31' },
        { planId: 'P1', checkItemId: 'CI-2', id: 'PI-2', estimatedCount: 5, windowTo: '2026-12-31' },
        { planId: 'P1-draft', checkItemId: 'CI-2', id: 'PI-X', estimatedCount: 99, windowTo: '2026-12-31' }, // not filed
        { planId: 'P2', checkItemId: 'CI-4', id: 'PI-3', estimatedCount: 7, windowTo: '2025-12-31' }, // another period
      ],
      tasks: data.tasks.map((t) => (t.id === 'K1' || t.id === 'K2' ? { ...t, planItemId: 'PI-1' } : t)),
    };
    const [a, b] = assessUnits(planned, options);
    // PI-1's tasks K1 (A, B, C transferred but still the plan's) and K2 (D, E): completed A, B, E; on time A.
    expect(a!.planExecution).toEqual({ lines: 2, linesWithoutTask: 1, planned: 15, drawn: 5, completed: 3, done: 1, share: 1 / 15 });
    expect(b!.planExecution).toEqual({ lines: 0, linesWithoutTask: 0, planned: 0, drawn: 0, completed: 0, done: 0, share: null });
  });

  it('counts a transferred target for the receiving unit once its result is entered and published', () => {
    const entered: AssessmentData = { ...data, results: [...data.results, { taskId: 'K1', targetId: 'C', publishedOn: '2026-10-10', submitted: true }] };
    const [a, b] = assessUnits(entered, options);
    expect(b!.taskCompletion).toMatchObject({ targetsDrawn: 1, targetsTransferredIn: 1, targetsCompleted: 1, targetsDone: 1, share: 1 });
    expect(b!.timelyEntry).toMatchObject({ onTime: 1, share: 1 });
    expect(a!.taskCompletion).toMatchObject({ targetsDrawn: 6, targetsTransferred: 1 });
    expect(a!.timelyEntry.onTime).toBe(1);
  });

  it('defines every figure with its rule, once', () => {
    expect(new Set(FIGURE_DEFINITIONS.map((d) => d.key)).size).toBe(FIGURE_DEFINITIONS.length);
    for (const d of FIGURE_DEFINITIONS) {
      expect(d.rule).toMatch(/规则 \d+/);
      expect(figureDescription(d.key)).toContain(d.definition);
    }
  });

  it('takes the median of an even count as the mean of the middle two', () => {
    expect(median([10, 3])).toBe(6.5);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([])).toBeNull();
  });
});
