// 计划覆盖率 by unit (lazy): the share of the unit's checklist items its filed plans cover, the items still
// missing in the tooltip; a bar opens the unit's plans of the year.
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useNavigate } from 'react-router-dom';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { COLORS, chartFont, unitAxisWidth, unitChartHeight } from './chartKit';
import { rowTooltip } from './ChartTooltip';
import { formatPercent, planLink, shareLevel } from './figures';
import type { Figures } from './types';

type Row = { unitId: string; name: string; percent: number; share: number | null; covered: number; total: number; missing: { code: string; name: string }[] };

export const coverageRows = (units: readonly Figures[]): Row[] =>
  units
    .filter((u) => u.unitId && u.planCoverage.total > 0)
    .map((u) => ({
      unitId: u.unitId!,
      name: u.unit?.name ?? '',
      percent: Math.round((u.planCoverage.share ?? 0) * 1000) / 10,
      share: u.planCoverage.share,
      covered: u.planCoverage.covered,
      total: u.planCoverage.total,
      missing: u.planCoverage.missing,
    }));

const LEVEL_FILL = { good: COLORS.good, fair: COLORS.warn, poor: COLORS.bad, none: COLORS.pending } as const;

const CoverageChart = ({ units, year, big }: { units: Figures[]; year: number; big: boolean }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const font = chartFont(big);
  const rows = coverageRows(units);
  return (
    <ResponsiveContainer width="100%" height={unitChartHeight(rows.length, big) - 30}>
      <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 56, bottom: 4, left: 4 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" tick={{ fontSize: font.tick }} />
        <YAxis yAxisId="units" type="category" dataKey="name" width={unitAxisWidth(big)} tick={{ fontSize: font.tick }} interval={0} />
        <Tooltip
          cursor={{ fill: 'rgba(0,0,0,0.04)' }}
          content={rowTooltip<Row>((r) => ({
            title: r.name,
            lines: [
              { label: translate('assessment.columns.coverage_share'), value: formatPercent(r.share) },
              { label: translate('assessment.columns.covered'), value: `${r.covered} / ${r.total}` },
            ],
            footer:
              r.missing.length > 0 ? (
                <Box sx={{ mt: 0.5 }}>
                  <Typography variant="body2" sx={{ color: COLORS.bad, fontWeight: 600 }}>
                    {translate('assessment.columns.missing_items')}
                  </Typography>
                  {r.missing.map((m) => (
                    <Typography key={m.code} variant="body2">
                      {m.code} {m.name}
                    </Typography>
                  ))}
                </Box>
              ) : undefined,
          }))}
        />
        <Bar
          yAxisId="units"
          dataKey="percent"
          name={translate('assessment.columns.coverage_share')}
          minPointSize={3}
          barSize={big ? 20 : 16}
          cursor="pointer"
          isAnimationActive={false}
          onClick={(d: { payload?: Row }) => d.payload && navigate(planLink(year, d.payload.unitId))}
        >
          {rows.map((r) => (
            <Cell key={r.unitId} fill={LEVEL_FILL[shareLevel(r.share)]} />
          ))}
          <LabelList dataKey="percent" position="right" formatter={(v: unknown) => `${Number(v).toFixed(1)}%`} style={{ fontSize: font.label, fill: '#333' }} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
};

export default CoverageChart;
