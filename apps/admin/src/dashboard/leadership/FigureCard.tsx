// One figure of rule 25: the number, its change against the previous period (▲ green / ▼ red, in percentage
// points), a line of detail and links to the records behind the number.
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Box, Card, CardContent, Link as MuiLink, Stack, Tooltip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Change } from './figures';

export type Level = 'good' | 'fair' | 'poor' | 'none';
export type CardLink = { label: string; to: string; count?: number; tone?: 'error' | 'warning' };

export const LEVEL_COLOR: Record<Level, string> = { good: '#2e7d32', fair: '#ed6c02', poor: '#d32f2f', none: '#9e9e9e' };
const TONE_COLOR = { good: '#2e7d32', bad: '#d32f2f', neutral: '#616161' } as const;

type Props = {
  title: string;
  value: ReactNode;
  /** A second number beside the first (e.g. 办结率 beside 移交率). */
  level: Level;
  change?: Change;
  /** Names the previous period in the change's tooltip. */
  previousLabel?: string;
  detail?: ReactNode;
  links?: CardLink[];
  to?: string;
  big?: boolean;
  testId: string;
};

export const ChangeLine = ({ change, previousLabel }: { change: Change; previousLabel?: string }) => {
  const translate = useTranslate();
  const arrow = change.direction === 'up' ? '▲' : change.direction === 'down' ? '▼' : change.direction === 'flat' ? '■' : '';
  const text =
    change.direction === 'none'
      ? translate('leadership.change_none')
      : change.direction === 'flat'
        ? translate('leadership.change_flat')
        : translate('leadership.change_points', { delta: change.text });
  return (
    <Tooltip title={previousLabel ?? ''} placement="bottom-start">
      <Typography
        component="div"
        variant="body2"
        data-testid="figure-change"
        data-direction={change.direction}
        sx={{ color: TONE_COLOR[change.tone], fontWeight: change.direction === 'none' ? 400 : 600, whiteSpace: 'nowrap' }}
      >
        {arrow && <span aria-hidden style={{ marginRight: 4 }}>{arrow}</span>}
        {text}
      </Typography>
    </Tooltip>
  );
};

export const FigureCard = ({ title, value, level, change, previousLabel, detail, links, to, big, testId }: Props) => (
  <Card className="leadership-card" data-testid={testId} sx={{ borderTop: `4px solid ${LEVEL_COLOR[level]}`, height: '100%' }}>
    <CardContent sx={{ p: big ? 2.5 : 2, '&:last-child': { pb: big ? 2.5 : 2 } }}>
      <Typography variant={big ? 'subtitle1' : 'body2'} color="text.secondary" sx={{ fontWeight: 500 }}>{title}</Typography>
      <Typography
        component={to ? Link : 'div'}
        {...(to ? { to } : {})}
        data-testid="figure-value"
        sx={{ display: 'block', fontSize: big ? '2.75rem' : '2.1rem', fontWeight: 700, lineHeight: 1.2, my: 0.5, color: 'text.primary', textDecoration: 'none', fontVariantNumeric: 'tabular-nums' }}
      >
        {value}
      </Typography>
      {change && <ChangeLine change={change} previousLabel={previousLabel} />}
      {detail && (
        <Typography component="div" variant={big ? 'body1' : 'body2'} color="text.secondary" sx={{ mt: 0.5 }}>
          {detail}
        </Typography>
      )}
      {links && links.length > 0 && (
        <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', columnGap: 1.5, rowGap: 0.25, mt: 0.75 }}>
          {links.map((l) => (
            <MuiLink key={l.label} component={Link} to={l.to} underline="hover" variant={big ? 'body1' : 'body2'} data-testid="figure-link" color={l.tone ?? 'primary'} sx={{ whiteSpace: 'nowrap' }}>
              {l.label}
              {l.count !== undefined && <Box component="span" sx={{ fontWeight: 600, ml: 0.5 }}>{l.count}</Box>}
            </MuiLink>
          ))}
        </Stack>
      )}
    </CardContent>
  </Card>
);
