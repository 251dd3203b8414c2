// Loaded on demand (React.lazy): recharts is the largest dependency and only the dashboard needs it.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTheme } from '@mui/material/styles';
import { useTranslate } from 'react-admin';
import type { UnitFigures } from './useDashboardFigures';

const short = (name: string) => name.replace(/国土资源所$/, '所').replace(/管理科$|监督科$|防治科$/, '科');

const UnitChart = ({ units }: { units: UnitFigures[] }) => {
  const theme = useTheme();
  const translate = useTranslate();
  const data = units.map((u) => ({ name: short(u.name), full: u.name, targets: u.targetCount, inspectors: u.inspectorCount }));
  return (
    <ResponsiveContainer width="100%" height={320}>
      <BarChart data={data} margin={{ top: 8, right: 16, bottom: 48, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="name" interval={0} angle={-35} textAnchor="end" tick={{ fontSize: 12 }} />
        <YAxis yAxisId="t" tick={{ fontSize: 12 }} />
        <YAxis yAxisId="i" orientation="right" tick={{ fontSize: 12 }} />
        <Tooltip labelFormatter={(_l, p) => (p?.[0]?.payload as { full?: string } | undefined)?.full ?? ''} />
        <Legend verticalAlign="top" />
        <Bar yAxisId="t" dataKey="targets" name={translate('dashboard.targets')} fill={theme.palette.primary.main} />
        <Bar yAxisId="i" dataKey="inspectors" name={translate('dashboard.inspectors')} fill={theme.palette.secondary.main} />
      </BarChart>
    </ResponsiveContainer>
  );
};

export default UnitChart;
