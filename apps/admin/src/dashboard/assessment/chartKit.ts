// Colours and sizes the charts share. Colours carry meaning: green done / on time, amber late or not yet done,
// red missing past due, grey not yet due; blue for counts that are neither good nor bad.
export const COLORS = {
  good: '#2e7d32',
  warn: '#ed6c02',
  bad: '#d32f2f',
  pending: '#9e9e9e',
  neutral: '#1f5f8b',
  neutral2: '#5b8db8',
  violet: '#7b1fa2',
} as const;

/** Axis and label type: larger on a projector. */
export const chartFont = (big: boolean) => ({ tick: big ? 15 : 12, label: big ? 15 : 12, legend: big ? 15 : 13 });

/** Height of a per-unit horizontal bar chart: a row per unit, room for the axis and legend. */
export const unitChartHeight = (rows: number, big: boolean) => Math.max(200, rows * (big ? 34 : 28) + 80);

/** Width of the unit-name axis: the longest name in the bureau (12 characters) on one line. */
export const unitAxisWidth = (big: boolean) => (big ? 200 : 160);
