// 任务完成率 by unit (lazy): completed and not yet completed targets stacked per unit; a segment opens the
// results behind it (TARGETS_COMPLETED / TARGETS_PENDING of that unit and period).
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useNavigate } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { COLORS, chartFont, unitAxisWidth, unitChartHeight } from './chartKit';
import { rowTooltip } from './ChartTooltip';
import { figureLink, formatPercent, type FigureKind, type Period } from './figures';
import type { Figures } from './types';

type Row = { unitId: string; name: string; completed: number; pending: number; share: number | null; tasks: number; tasksCompleted: number };

export const completionRows = (units: readonly Figures[]): Row[] =>
  units
    .filter((u) => u.unitId && u.taskCompletion.targetsDrawn > 0)
    .map((u) => ({
      unitId: u.unitId!,
      name: u.unit?.name ?? '',
      completed: u.taskCompletion.targetsCompleted,
      pending: u.taskCompletion.targetsDrawn - u.taskCompletion.targetsCompleted,
      share: u.taskCompletion.share,
      tasks: u.taskCompletion.tasks,
      tasksCompleted: u.taskCompletion.tasksCompleted,
    }));

const CompletionChart = ({ units, period, big }: { units: Figures[]; period: Period; big: boolean }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const font = chartFont(big);
  const rows = completionRows(units);
  const drill = (kind: FigureKind) => (d: { payload?: Row }) => d.payload && navigate(figureLink(kind, period, d.payload.unitId));
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
              { label: translate('assessment.columns.completion_share'), value: formatPercent(r.share) },
              { label: translate('assessment.kinds.TARGETS_COMPLETED'), value: r.completed, color: COLORS.good },
              { label: translate('assessment.kinds.TARGETS_PENDING'), value: r.pending, color: COLORS.warn },
              { label: translate('assessment.columns.tasks_completed'), value: `${r.tasksCompleted} / ${r.tasks}` },
            ],
          }))}
        />
        <Legend verticalAlign="bottom" itemSorter={null} wrapperStyle={{ fontSize: font.legend }} />
        <Bar
          yAxisId="units"
          dataKey="completed"
          stackId="t"
          name={translate('assessment.kinds.TARGETS_COMPLETED')}
          fill={COLORS.good}
          barSize={big ? 20 : 16}
          cursor="pointer"
          onClick={drill('TARGETS_COMPLETED')}
          isAnimationActive={false}
        />
        <Bar
          yAxisId="units"
          dataKey="pending"
          stackId="t"
          name={translate('assessment.kinds.TARGETS_PENDING')}
          fill={COLORS.warn}
          barSize={big ? 20 : 16}
          cursor="pointer"
          onClick={drill('TARGETS_PENDING')}
          isAnimationActive={false}
        />
      </BarChart>
    </ResponsiveContainer>
  );
};

export default CompletionChart;
