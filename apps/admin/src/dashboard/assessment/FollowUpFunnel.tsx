// 违法线索 follow-up funnel (lazy): found → handed over → closed in the period; a stage opens the results behind
// it (VIOLATIONS_FOUND / _HANDED_OVER / _CLOSED).
import { Funnel, FunnelChart, LabelList, ResponsiveContainer, Tooltip } from 'recharts';
import { useNavigate } from 'react-router-dom';
import { Box, Link as MuiLink, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { COLORS, chartFont } from './chartKit';
import { rowTooltip } from './ChartTooltip';
import { figureLink, formatPercent, ratio, type FigureKind, type Period } from './figures';
import type { Figures } from './types';

type Stage = { kind: FigureKind; name: string; value: number; fill: string; share: number | null };

const FollowUpFunnel = ({ total, period, unitId, big }: { total: Figures; period: Period; unitId: string | null; big: boolean }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const font = chartFont(big);
  const f = total.followUp;
  const stages: Stage[] = [
    { kind: 'VIOLATIONS_FOUND', name: translate('assessment.kinds.VIOLATIONS_FOUND'), value: f.found, fill: COLORS.neutral, share: ratio(f.found, f.found) },
    {
      kind: 'VIOLATIONS_HANDED_OVER',
      name: translate('assessment.kinds.VIOLATIONS_HANDED_OVER'),
      value: f.handedOver,
      fill: COLORS.neutral2,
      share: ratio(f.handedOver, f.found),
    },
    { kind: 'VIOLATIONS_CLOSED', name: translate('assessment.kinds.VIOLATIONS_CLOSED'), value: f.closed, fill: COLORS.good, share: ratio(f.closed, f.found) },
  ];
  const go = (kind: FigureKind) => navigate(figureLink(kind, period, unitId));
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
      <Box sx={{ flex: '1 1 auto', minWidth: 0 }}>
        <ResponsiveContainer width="100%" height={big ? 300 : 240}>
          <FunnelChart margin={{ top: 4, right: 4, bottom: 4, left: 4 }}>
            <Tooltip
              content={rowTooltip<Stage>((s) => ({
                title: s.name,
                lines: [
                  { label: translate('assessment.columns.count'), value: s.value },
                  { label: translate('assessment.share_of_found'), value: formatPercent(s.share) },
                ],
              }))}
            />
            <Funnel
              data={stages}
              dataKey="value"
              nameKey="name"
              isAnimationActive={false}
              cursor="pointer"
              lastShapeType="rectangle"
              onClick={(d: { payload?: Stage }) => d.payload && go(d.payload.kind)}
            >
              <LabelList position="center" dataKey="value" fill="#fff" stroke="none" style={{ fontSize: font.label + 4, fontWeight: 700 }} />
            </Funnel>
          </FunnelChart>
        </ResponsiveContainer>
      </Box>
      {/* The stages as text beside the funnel: the numbers stay readable however narrow a stage is. */}
      <Stack spacing={big ? 2 : 1.5} sx={{ flex: '0 0 auto', minWidth: big ? 210 : 170 }} data-testid="funnel-stages">
        {stages.map((s) => (
          <Box key={s.kind} sx={{ borderLeft: `4px solid ${s.fill}`, pl: 1 }}>
            <MuiLink
              component="button"
              type="button"
              underline="hover"
              onClick={() => go(s.kind)}
              sx={{ fontSize: big ? '1.05rem' : '0.9rem', textAlign: 'left' }}
              data-testid="funnel-stage"
            >
              {s.name}
            </MuiLink>
            <Typography sx={{ fontSize: big ? '1.6rem' : '1.3rem', fontWeight: 700, lineHeight: 1.2, fontVariantNumeric: 'tabular-nums' }}>
              {s.value}
              {s.kind !== 'VIOLATIONS_FOUND' && (
                <Typography component="span" color="text.secondary" sx={{ ml: 1, fontSize: big ? '1rem' : '0.85rem', fontWeight: 500 }}>
                  {formatPercent(s.share)}
                </Typography>
              )}
            </Typography>
          </Box>
        ))}
        {f.found > f.handedOver && (
          <MuiLink
            component="button"
            type="button"
            underline="hover"
            color="error"
            onClick={() => go('VIOLATIONS_NOT_HANDED_OVER')}
            sx={{ textAlign: 'left', fontSize: big ? '1rem' : '0.85rem' }}
          >
            {translate('assessment.kinds.VIOLATIONS_NOT_HANDED_OVER')} {f.found - f.handedOver}
          </MuiLink>
        )}
      </Stack>
    </Box>
  );
};

export default FollowUpFunnel;
