// The dashboard's tables as spreadsheet sheets: one per chart and the per-unit detail, headers in the user's
// language (Chinese by default), shares as numbers formatted as percentages so Excel can compute with them.
// Pure: the workbook itself is written by xlsx.ts.
import { ratio } from './figures';
import type { Assessment, Figures, TrendPoint } from './types';

export type Translate = (key: string, options?: Record<string, unknown>) => string;
export type CellFormat = 'int' | 'percent' | 'decimal' | 'text';
export type Column = { header: string; format: CellFormat; width?: number };
export type Cell = string | number | null;
export type Sheet = { name: string; columns: Column[]; rows: Cell[][] };

const col = (t: Translate, key: string, format: CellFormat, width?: number): Column => ({ header: t(`assessment.columns.${key}`), format, width });

const unitName = (t: Translate, f: Figures) => f.unit?.name ?? t('assessment.total');

/**
 * The rows of a table: the units (in the server's order), then the bureau-wide total. With a unit chosen the
 * server's total is that unit's own figures, so there is no bureau row to add (a "全局合计" row would repeat
 * the unit under the bureau's name).
 */
export const tableRows = (a: Assessment, unitChosen = false): Figures[] => (unitChosen ? a.units : [...a.units, a.total]);

export function detailSheet(t: Translate, a: Assessment, unitChosen = false): Sheet {
  return {
    name: t('assessment.sheets.detail'),
    columns: [
      col(t, 'unit', 'text', 24),
      col(t, 'coverage_share', 'percent'),
      col(t, 'covered', 'int'),
      col(t, 'remit', 'int'),
      col(t, 'completion_share', 'percent'),
      col(t, 'targets_completed', 'int'),
      col(t, 'targets_drawn', 'int'),
      col(t, 'timely_share', 'percent'),
      col(t, 'on_time', 'int'),
      col(t, 'late', 'int'),
      col(t, 'missing', 'int'),
      col(t, 'pending', 'int'),
      col(t, 'found', 'int'),
      col(t, 'handed_over', 'int'),
      col(t, 'closed', 'int'),
      col(t, 'handover_share', 'percent'),
      col(t, 'closing_share', 'percent'),
      col(t, 'median_handover', 'decimal'),
      col(t, 'median_close', 'decimal'),
      col(t, 'directory_targets', 'int'),
      col(t, 'directory_inspectors', 'int'),
      col(t, 'last_confirmed', 'text', 14),
      col(t, 'days_since', 'int'),
    ],
    rows: tableRows(a, unitChosen).map((f) => [
      unitName(t, f),
      f.planCoverage.share,
      f.planCoverage.covered,
      f.planCoverage.total,
      f.taskCompletion.share,
      f.taskCompletion.targetsCompleted,
      f.taskCompletion.targetsDrawn,
      f.timelyEntry.share,
      f.timelyEntry.onTime,
      f.timelyEntry.late,
      f.timelyEntry.missingPastDue,
      f.timelyEntry.pending,
      f.followUp.found,
      f.followUp.handedOver,
      f.followUp.closed,
      ratio(f.followUp.handedOver, f.followUp.found),
      ratio(f.followUp.closed, f.followUp.found),
      f.followUp.medianDaysToHandOver,
      f.followUp.medianDaysToClose,
      f.directories.targets.size,
      f.directories.inspectors.size,
      f.directories.targets.lastConfirmedOn,
      f.directories.targets.daysSinceConfirmation,
    ]),
  };
}

export function completionSheet(t: Translate, a: Assessment, unitChosen = false): Sheet {
  return {
    name: t('assessment.sheets.completion'),
    columns: [
      col(t, 'unit', 'text', 24),
      col(t, 'tasks', 'int'),
      col(t, 'tasks_completed', 'int'),
      col(t, 'tasks_on_time', 'int'),
      col(t, 'targets_drawn', 'int'),
      col(t, 'targets_completed', 'int'),
      col(t, 'targets_closed', 'int'),
      col(t, 'targets_transferred', 'int'),
      col(t, 'targets_transferred_in', 'int'),
      col(t, 'targets_done', 'int'),
      col(t, 'late', 'int'),
      col(t, 'missing', 'int'),
      col(t, 'completion_share', 'percent'),
    ],
    rows: tableRows(a, unitChosen).map((f) => {
      const c = f.taskCompletion;
      return [
        unitName(t, f),
        c.tasks,
        c.tasksCompleted,
        c.tasksCompletedOnTime,
        c.targetsDrawn,
        c.targetsCompleted,
        c.targetsClosed,
        c.targetsTransferred,
        c.targetsTransferredIn,
        c.targetsDone,
        c.targetsLate,
        c.targetsMissing,
        c.share,
      ];
    }),
  };
}

export function timelySheet(t: Translate, a: Assessment, unitChosen = false): Sheet {
  return {
    name: t('assessment.sheets.timely'),
    columns: [
      col(t, 'unit', 'text', 24),
      col(t, 'on_time', 'int'),
      col(t, 'late', 'int'),
      col(t, 'missing', 'int'),
      col(t, 'pending', 'int'),
      col(t, 'deadline_unknown', 'int'),
      col(t, 'timely_share', 'percent'),
    ],
    rows: tableRows(a, unitChosen).map((f) => {
      const e = f.timelyEntry;
      return [unitName(t, f), e.onTime, e.late, e.missingPastDue, e.pending, e.deadlineUnknown, e.share];
    }),
  };
}

export function followUpSheet(t: Translate, a: Assessment, unitChosen = false): Sheet {
  return {
    name: t('assessment.sheets.follow_up'),
    columns: [
      col(t, 'unit', 'text', 24),
      col(t, 'found', 'int'),
      col(t, 'handed_over', 'int'),
      col(t, 'closed', 'int'),
      col(t, 'handover_share', 'percent'),
      col(t, 'closing_share', 'percent'),
      col(t, 'median_handover', 'decimal'),
      col(t, 'median_close', 'decimal'),
    ],
    rows: tableRows(a, unitChosen).map((f) => {
      const u = f.followUp;
      return [
        unitName(t, f),
        u.found,
        u.handedOver,
        u.closed,
        ratio(u.handedOver, u.found),
        ratio(u.closed, u.found),
        u.medianDaysToHandOver,
        u.medianDaysToClose,
      ];
    }),
  };
}

export function coverageSheet(t: Translate, a: Assessment, unitChosen = false): Sheet {
  return {
    name: t('assessment.sheets.coverage'),
    columns: [
      col(t, 'unit', 'text', 24),
      col(t, 'covered', 'int'),
      col(t, 'remit', 'int'),
      col(t, 'coverage_share', 'percent'),
      col(t, 'missing_items', 'text', 60),
    ],
    rows: tableRows(a, unitChosen).map((f) => {
      const c = f.planCoverage;
      return [unitName(t, f), c.covered, c.total, c.share, c.missing.map((m) => `${m.code} ${m.name}`).join('；')];
    }),
  };
}

export function trendSheet(t: Translate, points: readonly TrendPoint[]): Sheet {
  return {
    name: t('assessment.sheets.trend'),
    columns: [col(t, 'month', 'text', 12), col(t, 'timely_share', 'percent'), col(t, 'completion_share', 'percent'), col(t, 'found', 'int')],
    rows: points.map((p) => [
      t('assessment.period_month', { year: p.period.year, month: p.period.month ?? 0 }),
      p.total.timelyEntry.share,
      p.total.taskCompletion.share,
      p.total.followUp.found,
    ]),
  };
}

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
export const safeSheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet';
