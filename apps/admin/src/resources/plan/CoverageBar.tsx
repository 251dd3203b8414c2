// The plan's coverage share (rule 6) as a progress bar: green when complete, amber while items are missing.
import { Box, LinearProgress, Typography } from '@mui/material';

export const CoverageBar = ({ share, height = 8, label }: { share: number; height?: number; label?: string }) => {
  const pct = Math.round(share * 1000) / 10;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 140 }} data-testid="coverage-bar" data-share={share}>
      <LinearProgress
        variant="determinate"
        value={pct}
        color={share >= 1 ? 'success' : 'warning'}
        sx={{ flex: 1, height, borderRadius: height / 2, '& .MuiLinearProgress-bar': { transition: 'none' } }}
      />
      <Typography variant="body2" sx={{ minWidth: 48, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
        {label ?? `${pct}%`}
      </Typography>
    </Box>
  );
};
