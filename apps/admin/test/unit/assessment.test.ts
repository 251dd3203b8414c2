// The leadership dashboard's pure helpers: the change against the previous period, percentage formatting, the
// period in the URL, drill-down links and the exported sheets.
import { describe, expect, it } from 'vitest';
import {
  chinaToday,
  figureLink,
  formatDays,
  formatPercent,
  oldestConfirmation,
  periodLabel,
  planLink,
  ratio,
  selectionFromParams,
  selectionToParams,
  shareChange,
  shareLevel,
} from '../../src/dashboard/assessment/figures';
import {
  completionSheet,
  coverageSheet,
  detailSheet,
  followUpSheet,
  safeSheetName,
  tableRows,
  timelySheet,
  trendSheet,
} from '../../src/dashboard/assessment/sheets';
import { workbookBlob } from '../../src/dashboard/assessment/xlsx';
import type { Assessment, Figures } from '../../src/dashboard/assessment/types';
import { enApp } from '../../src/i18n/en';
import { zhApp } from '../../src/i18n/zh';

describe('formatPercent', () => {
  it('shows a share with one decimal, and a dash when there is nothing to count', () => {
    expect(formatPercent(0.8271604938271605)).toBe('82.7%');
    expect(formatPercent(1)).toBe('100.0%');
    expect(formatPercent(0)).toBe('0.0%');
    expect(formatPercent(0.12345, 2)).toBe('12.35%');
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(undefined)).toBe('—');
    expect(formatPercent(Number.NaN)).toBe('—');
  });

  it('divides only by something', () => {
    expect(ratio(3, 4)).toBe(0.75);
    expect(ratio(0, 0)).toBeNull();
  });

  it('shows median days as whole or one decimal', () => {
    expect(formatDays(3.5)).toBe('3.5');
    expect(formatDays(62)).toBe('62');
    expect(formatDays(null)).toBe('—');
  });
});

describe('shareChange (against the previous period, in percentage points)', () => {
  it('is up and good when the share rose', () => {
    expect(shareChange(0.827, 0.795)).toEqual({ points: 3.2, direction: 'up', tone: 'good', text: '+3.2' });
  });

  it('is down and bad when it fell, with a real minus sign', () => {
    expect(shareChange(0.5192307692307693, 0.8271604938271605)).toEqual({ points: -30.8, direction: 'down', tone: 'bad', text: '\u221230.8' });
  });

  it('agrees with the two rounded percentages shown', () => {
    // 66.0% (0.65955) after 65.9% (0.65948): the numbers on screen differ by 0.1, so does the change.
    const c = shareChange(0.65955, 0.65948);
    expect(formatPercent(0.65955)).toBe('66.0%');
    expect(formatPercent(0.65948)).toBe('65.9%');
    expect(c.text).toBe('+0.1');
  });

  it('is flat when equal, and none when either period has no share', () => {
    expect(shareChange(0.5, 0.5)).toMatchObject({ points: 0, direction: 'flat', tone: 'neutral', text: '0.0' });
    expect(shareChange(0.5, null)).toMatchObject({ points: null, direction: 'none', text: '—' });
    expect(shareChange(null, 0.5)).toMatchObject({ direction: 'none' });
  });

  it('can read a fall as good for a figure where lower is better', () => {
    expect(shareChange(0.1, 0.2, false)).toMatchObject({ direction: 'down', tone: 'good', text: '\u221210.0' });
  });

  it('renders as "较上期 +3.2 个百分点" in Chinese', () => {
    expect(zhApp.assessment.change_points.replace('%{delta}', shareChange(0.827, 0.795).text)).toBe('较上期 +3.2 个百分点');
    expect(enApp.assessment.change_points).toContain('%{delta}');
  });
});

describe('shareLevel', () => {
  it('colours ≥ 90% good, ≥ 70% fair, else poor', () => {
    expect(shareLevel(0.95)).toBe('good');
    expect(shareLevel(0.9)).toBe('good');
    expect(shareLevel(0.7)).toBe('fair');
    expect(shareLevel(0.69)).toBe('poor');
    expect(shareLevel(null)).toBe('none');
  });
});

describe('the selection in the URL', () => {
  it('reads year, quarter or month and unit, falling back to the whole default year', () => {
    expect(selectionFromParams(new URLSearchParams(''), 2026)).toEqual({ year: 2026, quarter: null, month: null, unitId: null });
    expect(selectionFromParams(new URLSearchParams('year=2025&quarter=3&unit=u1'), 2026)).toEqual({ year: 2025, quarter: 3, month: null, unitId: 'u1' });
    expect(selectionFromParams(new URLSearchParams('year=2025&month=9&quarter=1'), 2026)).toEqual({ year: 2025, quarter: null, month: 9, unitId: null });
    expect(selectionFromParams(new URLSearchParams('year=abc&quarter=5&month=13'), 2026)).toEqual({ year: 2026, quarter: null, month: null, unitId: null });
  });

  it('writes only what differs from the whole year of all units, and reads back the same', () => {
    expect(selectionToParams({ year: 2026, quarter: null, month: null, unitId: null })).toEqual({ year: '2026' });
    const s = { year: 2025, quarter: 2, month: null, unitId: 'u9' };
    expect(selectionFromParams(new URLSearchParams(selectionToParams(s)), 2026)).toEqual(s);
  });

  it('names the period', () => {
    expect(periodLabel({ year: 2026, quarter: null, month: null })).toEqual({ key: 'assessment.period_year', args: { year: 2026 } });
    expect(periodLabel({ year: 2026, quarter: 3, month: null }).key).toBe('assessment.period_quarter');
    expect(periodLabel({ year: 2026, quarter: null, month: 9 })).toEqual({ key: 'assessment.period_month', args: { year: 2026, month: 9 } });
  });

  it("takes the year and month of the bureau's today", () => {
    expect(chinaToday('2027-01-01')).toEqual({ year: 2027, month: 1 });
    expect(chinaToday('2026-11-02')).toEqual({ year: 2026, month: 11 });
  });
});

describe('drill-down links', () => {
  it('open the Result list with the figure filter of the period and unit', () => {
    const url = figureLink('ENTRY_MISSING', { year: 2026, quarter: 3, month: null }, 'u1');
    expect(url.startsWith('/Result?filter=')).toBe(true);
    expect(JSON.parse(decodeURIComponent(url.split('filter=')[1]!))).toEqual({ figure: { kind: 'ENTRY_MISSING', year: 2026, quarter: 3, unitId: 'u1' } });
    const all = figureLink('VIOLATIONS_FOUND', { year: 2025, quarter: null, month: 4 }, null);
    expect(JSON.parse(decodeURIComponent(all.split('filter=')[1]!))).toEqual({ figure: { kind: 'VIOLATIONS_FOUND', year: 2025, month: 4 } });
  });

  it('open the plans of the year for plan coverage', () => {
    expect(JSON.parse(decodeURIComponent(planLink(2026, 'u1').split('filter=')[1]!))).toEqual({ unitId: 'u1', year: 2026 });
  });
});

describe('oldestConfirmation', () => {
  it('is the unit confirmed longest ago, a unit never confirmed counting as the oldest', () => {
    expect(
      oldestConfirmation([
        { id: 'a', days: 3 },
        { id: 'b', days: 40 },
        { id: 'c', days: 10 },
      ]),
    ).toEqual({ unit: { id: 'b', days: 40 }, never: 0 });
    expect(
      oldestConfirmation([
        { id: 'a', days: 3 },
        { id: 'b', days: null },
      ]),
    ).toEqual({ unit: { id: 'b', days: null }, never: 1 });
    expect(oldestConfirmation([])).toBeNull();
  });
});

const figures = (unitId: string | null, name: string | null, drawn: number, done: number): Figures => ({
  unitId,
  unit: unitId && name ? { id: unitId, code: unitId, name, kind: 'SECTION' } : null,
  planCoverage: { covered: 1, total: 2, share: 0.5, missing: [{ id: 'i2', code: 'LZZR-02', name: '临时用地' }] },
  planExecution: { lines: 1, linesWithoutTask: 0, planned: drawn, drawn, completed: done, done, share: ratio(done, drawn) },
  taskCompletion: {
    tasks: 1,
    tasksCompleted: 1,
    tasksCompletedOnTime: 1,
    targetsDrawn: drawn,
    targetsCompleted: done,
    targetsClosed: 0,
    targetsTransferred: 0,
    targetsTransferredIn: 0,
    targetsDone: done,
    targetsLate: 0,
    targetsMissing: drawn - done,
    share: ratio(done, drawn),
  },
  timelyEntry: { onTime: done, late: 0, missingPastDue: drawn - done, pending: 0, deadlineUnknown: 0, share: ratio(done, drawn) },
  followUp: { found: 2, handedOver: 2, closed: 1, medianDaysToHandOver: 3.5, medianDaysToClose: null },
  directories: {
    targets: { size: 100, lastConfirmedOn: '2026-11-01', daysSinceConfirmation: 24 },
    inspectors: { size: 8, qualified: 7, lastConfirmedOn: '2026-11-01', daysSinceConfirmation: 24 },
  },
});

describe('sheets', () => {
  const t = (key: string, args?: Record<string, unknown>) => {
    const msg = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], { assessment: zhApp.assessment }) as string;
    return msg.replace(/%\{(\w+)\}/g, (_m, k: string) => String(args?.[k] ?? ''));
  };
  const a: Assessment = {
    period: { year: 2026, quarter: null, month: null, from: '2026-01-01', to: '2026-12-31' },
    units: [figures('u1', '矿产资源管理科', 10, 8)],
    total: figures(null, null, 10, 8),
  };

  it('have Chinese headers, a row per unit and the bureau total, shares as numbers', () => {
    const s = detailSheet(t, a);
    expect(s.name).toBe('各单位考核明细');
    expect(s.columns[0]!.header).toBe('单位');
    expect(s.columns.map((c) => c.header)).toContain('对象完成率（按期公示）');
    expect(s.rows).toHaveLength(2);
    expect(s.rows[0]![0]).toBe('矿产资源管理科');
    expect(s.rows[1]![0]).toBe('全局合计');
    const completion = s.columns.findIndex((c) => c.header === '对象完成率（按期公示）');
    expect(s.columns[completion]!.format).toBe('percent');
    expect(s.rows[0]![completion]).toBe(0.8);
    expect(s.columns.every((c, i) => s.rows.every((r) => r.length === s.columns.length) && c.header && i >= 0)).toBe(true);
  });

  it('with a unit chosen, have that unit’s row only: the server’s total is then the unit’s, not the bureau’s', () => {
    expect(tableRows(a, true)).toEqual(a.units);
    expect(tableRows(a, false)).toEqual([...a.units, a.total]);
    for (const build of [detailSheet, completionSheet, timelySheet, followUpSheet, coverageSheet]) {
      const s = build(t, a, true);
      expect(
        s.rows.map((r) => r[0]),
        s.name,
      ).toEqual(['矿产资源管理科']);
    }
  });

  it('name the months of the trend', () => {
    const s = trendSheet(t, [
      {
        period: { year: 2026, month: 3 },
        total: { taskCompletion: { share: 0.5, targetsDrawn: 4 }, timelyEntry: { share: null, onTime: 0, late: 0, missingPastDue: 0 }, followUp: { found: 1 } },
      },
    ]);
    expect(s.rows).toEqual([['2026 年 3 月', null, 0.5, 1]]);
  });

  it('write a hostile unit name as a string cell, never a formula, and negative figures as numbers', async () => {
    const hostile = '=HYPERLINK("http://evil.example/","点击")';
    const blob = await workbookBlob(
      [
        {
          name: '明细',
          columns: [
            { header: '单位', format: 'text' },
            { header: '差值', format: 'int' },
          ],
          rows: [[hostile, -3]],
        },
      ],
      { title: '考核' },
    );
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await blob.arrayBuffer()) as never);
    const row = wb.worksheets[0]!.getRow(2);
    expect(row.getCell(1).value).toBe(hostile);
    expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(2).value).toBe(-3);
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.Number);
  });

  it('keep sheet names Excel accepts', () => {
    expect(safeSheetName('a/b:c*d?[e]')).toBe('a b c d  e ');
    expect(safeSheetName('x'.repeat(40))).toHaveLength(31);
  });
});
