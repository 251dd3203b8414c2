// Monthly trend of the year (lazy): the on-time share and the completion share (left axis, %) and the violations
// found (right axis, count); a point opens the results behind it for that month.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useNavigate } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { COLORS, chartFont } from './chartKit';
import { rowTooltip } from './ChartTooltip';
import { figureLink, type FigureKind } from './figures';
import type { TrendPoint } from './types';

type Row = { month: number; label: string; timely: number | null; completion: number | null; found: number };

const pct = (s: number | null) => (s === null ? null : Math.round(s * 1000) / 10);

export const trendRows = (points: readonly TrendPoint[], monthLabel: (m: number) => string): Row[] =>
  points.map((p) => ({
    month: p.period.month ?? 0,
    label: monthLabel(p.period.month ?? 0),
    timely: pct(p.total.timelyEntry.share),
    completion: pct(p.total.taskCompletion.share),
    found: p.total.followUp.found,
  }));

type Series = { key: 'timely' | 'completion' | 'found'; kind: FigureKind; color: string; axis: 'pct' | 'count'; label: string; dash?: string };

type DotProps = { cx?: number; cy?: number; index?: number; payload?: Row; value?: number | null };

const TrendChart = ({ points, year, unitId, big }: { points: TrendPoint[]; year: number; unitId: string | null; big: boolean }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const font = chartFont(big);
  const rows = trendRows(points, (m) => translate('assessment.month_n', { n: m }));
  const series: Series[] = [
    { key: 'timely', kind: 'ENTRY_ON_TIME', color: COLORS.good, axis: 'pct', label: translate('assessment.columns.timely_share') },
    { key: 'completion', kind: 'TARGETS_COMPLETED', color: COLORS.neutral, axis: 'pct', label: translate('assessment.columns.completion_share') },
    { key: 'found', kind: 'VIOLATIONS_FOUND', color: COLORS.violet, axis: 'count', label: translate('assessment.kinds.VIOLATIONS_FOUND'), dash: '6 4' },
  ];
  const dot = (s: Series, r: number) =>
    // biome-ignore lint/correctness/noComponentHookFactories: recharts takes a render function per series as `dot`; it calls no hooks
    function TrendDot(props: DotProps) {
      const { cx, cy, payload, index } = props;
      const key = `${s.key}-${index ?? 0}-${r}`;
      if (cx === undefined || cy === undefined || !payload || payload[s.key] === null) return <g key={key} />;
      return (
        // biome-ignore lint/a11y/noStaticElementInteractions: a shortcut for the mouse; the same records open from the unit table by keyboard
        <circle
          key={key}
          cx={cx}
          cy={cy}
          r={r}
          fill={s.color}
          stroke="#fff"
          strokeWidth={1.5}
          cursor="pointer"
          className="trend-dot"
          data-series={s.key}
          data-month={payload.month}
          onClick={() => navigate(figureLink(s.kind, { year, quarter: null, month: payload.month }, unitId))}
        />
      );
    };
  return (
    <ResponsiveContainer width="100%" height={big ? 360 : 300}>
      <LineChart data={rows} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={{ fontSize: font.tick }} interval={0} />
        <YAxis yAxisId="pct" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" tick={{ fontSize: font.tick }} width={big ? 60 : 52} />
        <YAxis yAxisId="count" orientation="right" allowDecimals={false} tick={{ fontSize: font.tick }} width={big ? 44 : 36} />
        <Tooltip
          content={rowTooltip<Row>((r) => ({
            title: translate('assessment.period_month', { year, month: r.month }),
            lines: series.map((s) => ({
              label: s.label,
              value: r[s.key] === null ? '—' : s.axis === 'pct' ? `${(r[s.key] as number).toFixed(1)}%` : r[s.key],
              color: s.color,
            })),
          }))}
        />
        <Legend verticalAlign="bottom" itemSorter={null} wrapperStyle={{ fontSize: font.legend }} />
        {series.map((s) => (
          <Line
            key={s.key}
            yAxisId={s.axis}
            type="linear"
            dataKey={s.key}
            name={s.label}
            stroke={s.color}
            strokeWidth={big ? 3 : 2}
            strokeDasharray={s.dash}
            dot={dot(s, big ? 5 : 4)}
            activeDot={dot(s, big ? 8 : 6)}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
};

export default TrendChart;
