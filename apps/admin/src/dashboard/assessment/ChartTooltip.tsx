// The charts' tooltip: a title and label/value lines, in the page's type rather than recharts' default box.
import type { ReactNode } from 'react';
import { Paper, Typography } from '@mui/material';

export type TooltipLine = { label: string; value: ReactNode; color?: string };

export type TooltipBoxProps = { title: string; lines: TooltipLine[]; footer?: ReactNode };

export const TooltipBox = ({ title, lines, footer }: TooltipBoxProps) => (
  <Paper elevation={3} sx={{ px: 1.5, py: 1, maxWidth: 360 }}>
    <Typography variant="subtitle2" sx={{ fontWeight: 600, mb: 0.5 }}>
      {title}
    </Typography>
    {lines.map((l) => (
      <Typography key={l.label} variant="body2" sx={{ display: 'flex', gap: 2, justifyContent: 'space-between' }}>
        <span style={{ color: l.color }}>
          {l.color && '● '}
          {l.label}
        </span>
        <span style={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>{l.value}</span>
      </Typography>
    ))}
    {footer}
  </Paper>
);

/**
 * recharts' tooltip `content` for the hovered data row (a bar's unit, a month, a funnel stage): nothing while no
 * row is hovered, else the box that `describe` makes of the row.
 */
export const rowTooltip =
  <R,>(describe: (row: R) => TooltipBoxProps) =>
  ({ active, payload }: { active?: boolean; payload?: readonly { payload?: unknown }[] }) => {
    const row = active ? (payload?.[0]?.payload as R | undefined) : undefined;
    return row ? <TooltipBox {...describe(row)} /> : null;
  };
