// One figure of rule 25: the number, its change against the previous period (▲ green / ▼ red, in percentage
// points), a line of detail and links to the records behind the number.
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Box, Card, CardContent, IconButton, Link as MuiLink, Stack, Tooltip, Typography } from '@mui/material';
import InfoIcon from '@mui/icons-material/InfoOutlined';
import { useLocale, useTranslate } from 'react-admin';
import type { Change } from './figures';
import type { FigureDefinition } from './types';

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
  /** The figure's 口径 and its rule, shown in a tooltip beside the title. */
  definition?: FigureDefinition;
};

/** Rule 25: the definition a figure is computed by, and the rule it comes from, in the reader's language. */
export const definitionText = (d: FigureDefinition, locale: string) =>
  locale.startsWith('en') ? { name: d.nameEn, text: d.definitionEn, rule: d.rule } : { name: d.name, text: d.definition, rule: d.rule };

export const DefinitionTip = ({ definition }: { definition: FigureDefinition }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const d = definitionText(definition, locale);
  return (
    <Tooltip
      enterTouchDelay={0}
      leaveTouchDelay={8000}
      title={
        <Box data-testid="figure-definition-text" sx={{ fontSize: '0.8rem', lineHeight: 1.5 }}>
          <div>{d.text}</div>
          <Box sx={{ mt: 0.5, opacity: 0.85 }}>{translate('assessment.definition_rule', { rule: d.rule })}</Box>
        </Box>
      }
    >
      <IconButton
        size="small"
        className="no-print"
        aria-label={translate('assessment.definition_of', { name: d.name })}
        data-testid="figure-definition"
        sx={{ p: 0.25, ml: 0.25 }}
      >
        <InfoIcon sx={{ fontSize: '1rem' }} />
      </IconButton>
    </Tooltip>
  );
};

export const ChangeLine = ({ change, previousLabel }: { change: Change; previousLabel?: string }) => {
  const translate = useTranslate();
  const arrow = change.direction === 'up' ? '▲' : change.direction === 'down' ? '▼' : change.direction === 'flat' ? '■' : '';
  const text =
    change.direction === 'none'
      ? translate('assessment.change_none')
      : change.direction === 'flat'
        ? translate('assessment.change_flat')
        : translate('assessment.change_points', { delta: change.text });
  return (
    <Tooltip title={previousLabel ?? ''} placement="bottom-start">
      <Typography
        component="div"
        variant="body2"
        data-testid="figure-change"
        data-direction={change.direction}
        sx={{ color: TONE_COLOR[change.tone], fontWeight: change.direction === 'none' ? 400 : 600, whiteSpace: 'nowrap' }}
      >
        {arrow && (
          <span aria-hidden style={{ marginRight: 4 }}>
            {arrow}
          </span>
        )}
        {text}
      </Typography>
    </Tooltip>
  );
};

export const FigureCard = ({ title, value, level, change, previousLabel, detail, links, to, big, testId, definition }: Props) => (
  <Card className="leadership-card" data-testid={testId} sx={{ borderTop: `4px solid ${LEVEL_COLOR[level]}`, height: '100%' }}>
    <CardContent sx={{ p: big ? 2.5 : 2, '&:last-child': { pb: big ? 2.5 : 2 } }}>
      <Typography component="div" variant={big ? 'subtitle1' : 'body2'} color="text.secondary" sx={{ fontWeight: 500, display: 'flex', alignItems: 'center' }}>
        {title}
        {definition && <DefinitionTip definition={definition} />}
      </Typography>
      <Typography
        component={to ? Link : 'div'}
        {...(to ? { to } : {})}
        data-testid="figure-value"
        sx={{
          display: 'block',
          fontSize: big ? '2.75rem' : '2.1rem',
          fontWeight: 700,
          lineHeight: 1.2,
          my: 0.5,
          color: 'text.primary',
          textDecoration: 'none',
          fontVariantNumeric: 'tabular-nums',
        }}
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
            <MuiLink
              key={l.label}
              component={Link}
              to={l.to}
              underline="hover"
              variant={big ? 'body1' : 'body2'}
              data-testid="figure-link"
              color={l.tone ?? 'primary'}
              sx={{ whiteSpace: 'nowrap' }}
            >
              {l.label}
              {l.count !== undefined && (
                <Box component="span" sx={{ fontWeight: 600, ml: 0.5 }}>
                  {l.count}
                </Box>
              )}
            </MuiLink>
          ))}
        </Stack>
      )}
    </CardContent>
  </Card>
);
