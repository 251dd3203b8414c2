// 按期公示 by unit (lazy): on time, late, missing past due (red) and not yet due, stacked per unit; a segment
// opens the results behind it (ENTRY_ON_TIME / ENTRY_LATE / ENTRY_MISSING / ENTRY_PENDING).
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useNavigate } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { COLORS, chartFont, unitAxisWidth, unitChartHeight } from './chartKit';
import { rowTooltip } from './ChartTooltip';
import { figureLink, formatPercent, type FigureKind, type Period } from './figures';
import type { Figures } from './types';

type Row = { unitId: string; name: string; onTime: number; late: number; missing: number; pending: number; share: number | null };

export const timelyRows = (units: readonly Figures[]): Row[] =>
  units
    .filter((u) => u.unitId && u.timelyEntry.onTime + u.timelyEntry.late + u.timelyEntry.missingPastDue + u.timelyEntry.pending > 0)
    .map((u) => ({
      unitId: u.unitId!,
      name: u.unit?.name ?? '',
      onTime: u.timelyEntry.onTime,
      late: u.timelyEntry.late,
      missing: u.timelyEntry.missingPastDue,
      pending: u.timelyEntry.pending,
      share: u.timelyEntry.share,
    }));

const SEGMENTS: { key: keyof Row; kind: FigureKind; color: string }[] = [
  { key: 'onTime', kind: 'ENTRY_ON_TIME', color: COLORS.good },
  { key: 'late', kind: 'ENTRY_LATE', color: COLORS.warn },
  { key: 'missing', kind: 'ENTRY_MISSING', color: COLORS.bad },
  { key: 'pending', kind: 'ENTRY_PENDING', color: COLORS.pending },
];

const TimelyEntryChart = ({ units, period, big }: { units: Figures[]; period: Period; big: boolean }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const font = chartFont(big);
  const rows = timelyRows(units);
  return (
    <ResponsiveContainer width="100%" height={unitChartHeight(rows.length, big)}>
      <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 4 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={{ fontSize: font.tick }} />
        <YAxis yAxisId="units" type="category" dataKey="name" width={unitAxisWidth(big)} tick={{ fontSize: font.tick }} interval={0} />
        <Tooltip
          cursor={{ fill: 'rgba(0,0,0,0.04)' }}
          content={rowTooltip<Row>((r) => ({
            title: r.name,
            lines: [
              { label: translate('assessment.columns.timely_share'), value: formatPercent(r.share) },
              ...SEGMENTS.map((s) => ({ label: translate(`assessment.kinds.${s.kind}`), value: r[s.key] as number, color: s.color })),
            ],
          }))}
        />
        <Legend verticalAlign="bottom" itemSorter={null} wrapperStyle={{ fontSize: font.legend }} />
        {SEGMENTS.map((s) => (
          <Bar
            key={s.key}
            yAxisId="units"
            dataKey={s.key}
            stackId="e"
            name={translate(`assessment.kinds.${s.kind}`)}
            fill={s.color}
            barSize={big ? 20 : 16}
            cursor="pointer"
            isAnimationActive={false}
            onClick={(d: { payload?: Row }) => d.payload && navigate(figureLink(s.kind, period, d.payload.unitId))}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
};

export default TimelyEntryChart;
