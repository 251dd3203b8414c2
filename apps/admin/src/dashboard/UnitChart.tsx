// Loaded on demand (React.lazy): recharts is the largest dependency and only the dashboard needs it.
// Horizontal bars, so the units' Chinese names read on one line; targets and inspectors have their own scales.
// The category axis keeps recharts' default id: given its own id, recharts 3 took a numeric axis for the
// tooltip's, titled it with the row index ("0", "1") and mapped the pointer to the wrong unit's row.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTheme } from '@mui/material/styles';
import { useTranslate } from 'react-admin';
import { rowTooltip } from './assessment/ChartTooltip';
import type { UnitFigures } from './useDashboardFigures';

type Row = { name: string; targets: number; inspectors: number };

const UnitChart = ({ units }: { units: UnitFigures[] }) => {
  const theme = useTheme();
  const translate = useTranslate();
  const data: Row[] = units.map((u) => ({ name: u.name, targets: u.targetCount, inspectors: u.inspectorCount }));
  const targets = { label: translate('dashboard.targets'), color: theme.palette.primary.main };
  const inspectors = { label: translate('dashboard.inspectors'), color: theme.palette.secondary.main };
  return (
    <ResponsiveContainer width="100%" height={Math.max(240, data.length * 30 + 70)}>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }} barGap={1}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis xAxisId="t" type="number" orientation="bottom" tick={{ fontSize: 12 }} allowDecimals={false} />
        <XAxis xAxisId="i" type="number" orientation="top" tick={{ fontSize: 12 }} allowDecimals={false} />
        <YAxis type="category" dataKey="name" width={170} tick={{ fontSize: 12 }} interval={0} />
        <Tooltip
          content={rowTooltip<Row>((r) => ({
            title: r.name,
            lines: [
              { label: targets.label, value: r.targets, color: targets.color },
              { label: inspectors.label, value: r.inspectors, color: inspectors.color },
            ],
          }))}
        />
        <Legend verticalAlign="bottom" />
        <Bar xAxisId="t" dataKey="targets" name={targets.label} fill={targets.color} barSize={10} />
        <Bar xAxisId="i" dataKey="inspectors" name={inspectors.label} fill={inspectors.color} barSize={10} />
      </BarChart>
    </ResponsiveContainer>
  );
};

export default UnitChart;
