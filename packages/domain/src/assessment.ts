// Rule 25 (P6, G7, G33): the assessment figures, computed only from the system's own records — a
// result not entered, or entered late, counts as not done. The inputs are plain rows mirroring the
// relational model (one array per table, foreign keys by id), so the API can feed query results in
// directly, or the same figures can be recomputed in SQL and compared with these as a test oracle.

import type { HolidayCalendar } from './calendar.ts';
import { planCoverage, type CoverageCheckItem } from './coverage.ts';
import { calendarDaysBetween, yearOf } from './dates.ts';
import { resultClockStart, resultDueDate } from './deadlines.ts';
import { isDomainError } from './errors.ts';
import { closedWithoutInspection, type TaskTargetState } from './lifecycles/taskTarget.ts';

// ——— records ———————————————————————————————————————————————————————————————————————

export interface AssessmentUnitRecord {
  id: string;
  name?: string | null;
}
/**
 * One version of a checklist item (rule 1: every change is versioned). `effectiveOn` is the day the version
 * took effect (null = always); the checklist of a day is, per item, its latest version effective by then —
 * an item whose latest version is retired, or with none yet, is not on it. An item given once with neither
 * field is simply on the checklist (unless retired).
 */
export interface AssessmentCheckItemRecord extends CoverageCheckItem {
  version?: number;
  effectiveOn?: string | null;
}
export interface AssessmentPlanRecord {
  id: string;
  unitId: string;
  year: number;
  /** Date filed (备案) with the level above; null = draft. Only filed plans count. */
  filedOn: string | null;
}
/** A regular plan line (temporary checks excluded, rule 10). */
export interface AssessmentPlanItemRecord {
  planId: string;
  checkItemId: string;
  /** Needed for plan execution only; lines without an id or window end are not counted there. */
  id?: string;
  estimatedCount?: number;
  windowTo?: string;
}
export interface AssessmentTaskRecord {
  id: string;
  planId: string | null;
  /** The executing unit (rule 11: may be a lower unit the task was delegated to). */
  unitId: string;
  window: { from: string; to: string };
  completedOn: string | null;
  /** The plan line the task runs (rule 11); null for a task not tied to one line. */
  planItemId?: string | null;
}
/**
 * Rule 23 (G28): a target that cannot be reached or was deregistered / revoked counts as completed
 * (CLOSED_*); a target that moved is transferred to the unit of its new location and no longer
 * counts for this task's unit.
 */
export type TaskTargetStatus = TaskTargetState;
export interface AssessmentTaskTargetRecord {
  taskId: string;
  targetId: string;
  status: TaskTargetStatus;
  /** G28: the unit a moved target was transferred to; it answers for the result from then on. */
  transferredToUnitId?: string | null;
}
export interface AssessmentResultRecord {
  taskId: string;
  targetId: string;
  /** Date published (公示); null = not yet published (draft, pending review, returned). */
  publishedOn: string | null;
  /** Entered and submitted for review at least once (a transferred target is completed by this). */
  submitted?: boolean;
}
export interface AssessmentFollowUpRecord {
  id: string;
  /** The unit that found the violation (the executing unit of the check). */
  unitId: string;
  foundOn: string;
  /** Rule 24: handed over (移交) to the unit responsible for daily supervision. */
  handedOverOn: string | null;
  /** The follow-up was concluded (case closed, rectified, transferred to judicial organs …). */
  closedOn: string | null;
}
export interface AssessmentLibraryRecord {
  id: string;
  unitId: string;
  name?: string | null;
}
export interface AssessmentTargetRecord {
  id: string;
  libraryId: string;
}
export interface AssessmentInspectorRecord {
  id: string;
  unitId: string;
  qualified: boolean;
}
/** Rule 4 (P2): the directories are confirmed as up to date before every draw; who and when. */
export interface DirectoryConfirmationRecord {
  unitId: string;
  directory: 'TARGETS' | 'INSPECTORS';
  confirmedOn: string;
}

export interface AssessmentData {
  units: readonly AssessmentUnitRecord[];
  checkItems: readonly AssessmentCheckItemRecord[];
  plans: readonly AssessmentPlanRecord[];
  planItems: readonly AssessmentPlanItemRecord[];
  tasks: readonly AssessmentTaskRecord[];
  taskTargets: readonly AssessmentTaskTargetRecord[];
  results: readonly AssessmentResultRecord[];
  followUps: readonly AssessmentFollowUpRecord[];
  libraries: readonly AssessmentLibraryRecord[];
  targets: readonly AssessmentTargetRecord[];
  inspectors: readonly AssessmentInspectorRecord[];
  confirmations: readonly DirectoryConfirmationRecord[];
}

export interface AssessmentOptions {
  /** Inclusive ISO dates. */
  period: { from: string; to: string };
  today: string;
  calendar?: HolidayCalendar | null;
}

// ——— figures ———————————————————————————————————————————————————————————————————————

export interface UnitAssessment {
  unitId: string;
  /**
   * Plans filed for the years the period touches: remit items covered / remit items, with the checklist as
   * it stood on the period's last day (today for a running period) — adding an item today does not change
   * a past period's coverage.
   */
  planCoverage: { covered: number; total: number; share: number | null; missing: string[] };
  /**
   * Rule 25 "completed vs planned": the regular lines of the unit's filed plans whose window ends in the
   * period; planned = their estimated counts; the targets of the tasks run for those lines, wherever a
   * target was transferred (the plan is its unit's). share = done (published on time) / planned.
   */
  planExecution: { lines: number; linesWithoutTask: number; planned: number; drawn: number; completed: number; done: number; share: number | null };
  /** Tasks executed by the unit whose window ends in the period, and the targets the unit answers for. */
  taskCompletion: {
    tasks: number;
    tasksCompleted: number;
    /** Completed on or before the window's last day. */
    tasksCompletedOnTime: number;
    /** Targets the unit answers for: its own not transferred away, and those transferred to it (G28). */
    targetsDrawn: number;
    /** Inspected or closed (unreachable / deregistered, rule 23); a transferred one once its result is entered. */
    targetsCompleted: number;
    targetsClosed: number;
    /** Transferred away to another unit (counted there). */
    targetsTransferred: number;
    /** Transferred to this unit from another unit's task (counted here). */
    targetsTransferredIn: number;
    /** G33: done = result entered and published on time; late and missing shown apart, both not done. */
    targetsDone: number;
    targetsLate: number;
    targetsMissing: number;
    /** targetsDone / targetsDrawn. */
    share: number | null;
  };
  /**
   * Rule 20: one entry per target the unit answers for, of tasks whose result clock starts in the period.
   * The clock starts on the earlier of the completion day and the window's last day; a task whose window
   * has ended unmarked starts it on the window's last day (timely entry cannot be dodged by not completing).
   * onTime = published by the end of the 20th working day after; late = published after; missingPastDue =
   * unpublished after the deadline; pending = unpublished, deadline not yet passed; deadlineUnknown =
   * the deadline could not be computed (flagged, not guessed).
   */
  timelyEntry: {
    onTime: number;
    late: number;
    missingPastDue: number;
    pending: number;
    deadlineUnknown: number;
    /** onTime / (onTime + late + missingPastDue): late and missing count as not done (G33). */
    share: number | null;
  };
  /** Rule 24: violations found in the period. Days are calendar days. */
  followUp: {
    found: number;
    handedOver: number;
    /** Closed among those handed over. */
    closed: number;
    medianDaysToHandOver: number | null;
    medianDaysToClose: number | null;
  };
  /** G7: library sizes and freshness (days since the last confirmation up to today). */
  directories: {
    targets: {
      libraries: { libraryId: string; size: number }[];
      size: number;
      lastConfirmedOn: string | null;
      daysSinceConfirmation: number | null;
    };
    inspectors: { size: number; qualified: number; lastConfirmedOn: string | null; daysSinceConfirmation: number | null };
  };
}

function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function within(d: string, p: { from: string; to: string }): boolean {
  return p.from <= d && d <= p.to;
}

function groupBy<T>(rows: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

function lastConfirmation(rows: readonly DirectoryConfirmationRecord[], today: string): string | null {
  // A confirmation dated after `today` cannot have happened yet; ignore it rather than show negative age.
  const dates = rows
    .map((r) => r.confirmedOn)
    .filter((d) => d <= today)
    .sort();
  return dates.at(-1) ?? null;
}

/** Rule 1: the checklist on a day — per item, its latest version effective by then, unless that retires it. */
export function checklistOn(items: readonly AssessmentCheckItemRecord[], day: string): CoverageCheckItem[] {
  const latest = new Map<string, AssessmentCheckItemRecord>();
  for (const v of items) {
    if (v.effectiveOn != null && v.effectiveOn > day) continue;
    const prev = latest.get(v.id);
    if (!prev || (v.version ?? 0) > (prev.version ?? 0)) latest.set(v.id, v);
  }
  return [...latest.values()].filter((v) => !v.retired).map((v) => ({ id: v.id, unitId: v.unitId }));
}

/** Rule 25: the assessment figures of every unit for a period. */
export function assessUnits(data: AssessmentData, options: AssessmentOptions): UnitAssessment[] {
  const { period, today, calendar } = options;
  const years = new Set<number>();
  for (let y = yearOf(period.from); y <= yearOf(period.to); y++) years.add(y);
  // The checklist as it stood at the period's end (rule 1: versions take effect on a day).
  const asOf = period.to < today ? period.to : today;
  const checklist = checklistOn(data.checkItems, asOf);

  const filedPlans = data.plans.filter((p) => p.filedOn !== null && years.has(p.year));
  const planItemsByPlan = groupBy(data.planItems, (i) => i.planId);
  const tasksByUnit = groupBy(data.tasks, (t) => t.unitId);
  const taskById = new Map(data.tasks.map((t) => [t.id, t]));
  const taskTargetsByTask = groupBy(data.taskTargets, (t) => t.taskId);
  const resultByPair = new Map(data.results.map((r) => [`${r.taskId}\u0000${r.targetId}`, r]));
  // G28: the unit that answers for a target — the one it was transferred to, else the executing unit.
  const responsible = (p: AssessmentTaskTargetRecord) => p.transferredToUnitId ?? taskById.get(p.taskId)?.unitId ?? null;
  const pairsByResponsible = groupBy(
    data.taskTargets.filter((p) => taskById.has(p.taskId)),
    (p) => responsible(p)!,
  );
  const tasksByPlanItem = groupBy(
    data.tasks.filter((t) => t.planItemId),
    (t) => t.planItemId!,
  );
  const followUpsByUnit = groupBy(data.followUps, (f) => f.unitId);
  const targetsByLibrary = groupBy(data.targets, (t) => t.libraryId);
  const confirmationsByUnit = groupBy(data.confirmations, (c) => c.unitId);
  const dueCache = new Map<string, string | null>();
  const dueFor = (completedOn: string): string | null => {
    if (!dueCache.has(completedOn)) {
      try {
        dueCache.set(completedOn, resultDueDate(completedOn, calendar));
      } catch (e) {
        if (isDomainError(e) && e.code === 'CALENDAR.YEAR_UNKNOWN') dueCache.set(completedOn, null);
        else throw e;
      }
    }
    return dueCache.get(completedOn)!;
  };
  /** Rule 20: the day a task's result clock starts, or null while its window runs unmarked. */
  const clockStart = (t: AssessmentTaskRecord): string | null => resultClockStart({ completedOn: t.completedOn, windowTo: t.window.to }, today);
  type Entry = 'onTime' | 'late' | 'missingPastDue' | 'pending' | 'deadlineUnknown';
  /** Where one target's result stands against its deadline; null = no clock yet. */
  const entryOf = (p: AssessmentTaskTargetRecord): Entry | null => {
    const start = clockStart(taskById.get(p.taskId)!);
    if (start === null) return null;
    const due = dueFor(start);
    const publishedOn = resultByPair.get(`${p.taskId}\u0000${p.targetId}`)?.publishedOn ?? null;
    if (due === null) return 'deadlineUnknown';
    if (publishedOn !== null) return publishedOn <= due ? 'onTime' : 'late';
    return today > due ? 'missingPastDue' : 'pending';
  };
  /** Inspected or closed; a transferred target once the receiving unit has entered its result. */
  const isCompleted = (p: AssessmentTaskTargetRecord) =>
    p.status === 'TRANSFERRED' ? !!resultByPair.get(`${p.taskId}\u0000${p.targetId}`)?.submitted : p.status !== 'PENDING';

  return data.units.map((unit): UnitAssessment => {
    // Plan coverage (rule 6): the union of the unit's filed plans for the period's years.
    const planItems = filedPlans.filter((p) => p.unitId === unit.id).flatMap((p) => planItemsByPlan.get(p.id) ?? []);
    const cov = planCoverage({ unitId: unit.id, checklist, planItems });
    const total = cov.covered.length + cov.missing.length;

    // Plan execution (rule 25: completed vs planned): lines whose window ends in the period.
    const lines = planItems.filter((l) => l.id !== undefined && l.windowTo !== undefined && within(l.windowTo, period));
    const lineTargets = lines.flatMap((l) => (tasksByPlanItem.get(l.id!) ?? []).flatMap((t) => taskTargetsByTask.get(t.id) ?? []));
    const planned = lines.reduce((a, l) => a + (l.estimatedCount ?? 0), 0);
    const lineDone = lineTargets.filter((p) => entryOf(p) === 'onTime').length;

    // Task completion: the unit's tasks ending in the period; the targets of any task ending in it that the unit answers for.
    const tasks = (tasksByUnit.get(unit.id) ?? []).filter((t) => within(t.window.to, period));
    const pairs = tasks.flatMap((t) => taskTargetsByTask.get(t.id) ?? []);
    const own = (pairsByResponsible.get(unit.id) ?? []).filter((p) => within(taskById.get(p.taskId)!.window.to, period));
    const completed = own.filter(isCompleted);
    const ownEntries = own.map(entryOf);

    // Timely entry (rule 20): targets the unit answers for, of tasks whose clock starts in the period.
    const entry = { onTime: 0, late: 0, missingPastDue: 0, pending: 0, deadlineUnknown: 0 };
    for (const p of pairsByResponsible.get(unit.id) ?? []) {
      const start = clockStart(taskById.get(p.taskId)!);
      if (start === null || !within(start, period)) continue;
      entry[entryOf(p)!]++;
    }

    // Follow-up (rule 24).
    const found = (followUpsByUnit.get(unit.id) ?? []).filter((f) => within(f.foundOn, period));
    const handed = found.filter((f) => f.handedOverOn !== null);
    const closed = handed.filter((f) => f.closedOn !== null);

    // Directories (rule 4, G7).
    const libraries = data.libraries.filter((l) => l.unitId === unit.id).map((l) => ({ libraryId: l.id, size: targetsByLibrary.get(l.id)?.length ?? 0 }));
    const confirmations = confirmationsByUnit.get(unit.id) ?? [];
    const targetsConfirmed = lastConfirmation(
      confirmations.filter((c) => c.directory === 'TARGETS'),
      today,
    );
    const inspectorsConfirmed = lastConfirmation(
      confirmations.filter((c) => c.directory === 'INSPECTORS'),
      today,
    );
    const inspectors = data.inspectors.filter((i) => i.unitId === unit.id);

    return {
      unitId: unit.id,
      planCoverage: { covered: cov.covered.length, total, share: ratio(cov.covered.length, total), missing: cov.missing },
      planExecution: {
        lines: lines.length,
        linesWithoutTask: lines.filter((l) => !tasksByPlanItem.has(l.id!)).length,
        planned,
        drawn: lineTargets.length,
        completed: lineTargets.filter(isCompleted).length,
        done: lineDone,
        share: ratio(lineDone, planned),
      },
      taskCompletion: {
        tasks: tasks.length,
        tasksCompleted: tasks.filter((t) => t.completedOn !== null).length,
        tasksCompletedOnTime: tasks.filter((t) => t.completedOn !== null && t.completedOn <= t.window.to).length,
        targetsDrawn: own.length,
        targetsCompleted: completed.length,
        targetsClosed: own.filter((p) => closedWithoutInspection(p.status)).length,
        targetsTransferred: pairs.filter((p) => responsible(p) !== unit.id).length,
        targetsTransferredIn: own.filter((p) => taskById.get(p.taskId)!.unitId !== unit.id).length,
        targetsDone: ownEntries.filter((e) => e === 'onTime').length,
        targetsLate: ownEntries.filter((e) => e === 'late').length,
        targetsMissing: ownEntries.filter((e) => e === 'missingPastDue').length,
        share: ratio(ownEntries.filter((e) => e === 'onTime').length, own.length),
      },
      timelyEntry: { ...entry, share: ratio(entry.onTime, entry.onTime + entry.late + entry.missingPastDue) },
      followUp: {
        found: found.length,
        handedOver: handed.length,
        closed: closed.length,
        medianDaysToHandOver: median(handed.map((f) => calendarDaysBetween(f.foundOn, f.handedOverOn!))),
        medianDaysToClose: median(closed.map((f) => calendarDaysBetween(f.handedOverOn!, f.closedOn!))),
      },
      directories: {
        targets: {
          libraries,
          size: libraries.reduce((a, l) => a + l.size, 0),
          lastConfirmedOn: targetsConfirmed,
          daysSinceConfirmation: targetsConfirmed === null ? null : calendarDaysBetween(targetsConfirmed, today),
        },
        inspectors: {
          size: inspectors.length,
          qualified: inspectors.filter((i) => i.qualified).length,
          lastConfirmedOn: inspectorsConfirmed,
          daysSinceConfirmation: inspectorsConfirmed === null ? null : calendarDaysBetween(inspectorsConfirmed, today),
        },
      },
    };
  });
}
