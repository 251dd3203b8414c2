// Loaded on demand (React.lazy): recharts is the largest dependency and only the dashboard needs it.
// Horizontal bars, so the units' Chinese names read on one line; targets and inspectors have their own scales.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTheme } from '@mui/material/styles';
import { useTranslate } from 'react-admin';
import type { UnitFigures } from './useDashboardFigures';

const UnitChart = ({ units }: { units: UnitFigures[] }) => {
  const theme = useTheme();
  const translate = useTranslate();
  const data = units.map((u) => ({ name: u.name, targets: u.targetCount, inspectors: u.inspectorCount }));
  return (
    <ResponsiveContainer width="100%" height={Math.max(240, data.length * 30 + 70)}>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }} barGap={1}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis xAxisId="t" type="number" orientation="bottom" tick={{ fontSize: 12 }} allowDecimals={false} />
        <XAxis xAxisId="i" type="number" orientation="top" tick={{ fontSize: 12 }} allowDecimals={false} />
        <YAxis yAxisId="units" type="category" dataKey="name" width={170} tick={{ fontSize: 12 }} interval={0} />
        <Tooltip />
        <Legend verticalAlign="bottom" />
        <Bar xAxisId="t" yAxisId="units" dataKey="targets" name={translate('dashboard.targets')} fill={theme.palette.primary.main} barSize={10} />
        <Bar xAxisId="i" yAxisId="units" dataKey="inspectors" name={translate('dashboard.inspectors')} fill={theme.palette.secondary.main} barSize={10} />
      </BarChart>
    </ResponsiveContainer>
  );
};

export default UnitChart;
