// 各单位考核明细: every figure per unit and for the bureau, each number a link to the records behind it.
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Box, Link as MuiLink, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { COLORS } from './chartKit';
import { confirmationLink, figureLink, formatPercent, freshnessLevel, planLink, shareLevel, type FigureKind, type Period } from './figures';
import { tableRows } from './sheets';
import type { Assessment, Figures } from './types';

const LEVEL_TEXT = { good: COLORS.good, fair: COLORS.warn, poor: COLORS.bad, none: 'inherit' } as const;

const Num = ({ to, value, color, testId }: { to: string; value: ReactNode; color?: string; testId?: string }) => (
  <MuiLink component={Link} to={to} underline="hover" sx={{ color: color ?? 'inherit', fontVariantNumeric: 'tabular-nums' }} data-testid={testId}>
    {value}
  </MuiLink>
);

const Share = ({ share, sub }: { share: number | null; sub: string }) => (
  <Box sx={{ whiteSpace: 'nowrap' }}>
    <Box component="span" sx={{ fontWeight: 600, color: LEVEL_TEXT[shareLevel(share)] }}>
      {formatPercent(share)}
    </Box>
    <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 0.75 }}>
      {sub}
    </Typography>
  </Box>
);

export const UnitTable = ({
  assessment,
  unitChosen,
  period,
  big,
  dense,
}: {
  assessment: Assessment;
  unitChosen: boolean;
  period: Period;
  big: boolean;
  dense?: boolean;
}) => {
  const translate = useTranslate();
  const rows: Figures[] = tableRows(assessment, unitChosen);
  const link = (kind: FigureKind, f: Figures) => figureLink(kind, period, f.unitId);
  const h = (key: string) => translate(`assessment.columns.${key}`);
  return (
    <TableContainer sx={{ overflowX: 'auto' }} data-testid="unit-table-container">
      <Table
        size="small"
        data-testid="unit-table"
        sx={{
          '& td, & th': dense ? { fontSize: '0.68rem', px: 0.4, py: 0.25, whiteSpace: 'normal !important' } : { fontSize: big ? '1rem' : undefined, px: 1 },
        }}
      >
        <TableHead>
          <TableRow>
            <TableCell>{h('unit')}</TableCell>
            <TableCell>{h('coverage_share')}</TableCell>
            <TableCell>{h('completion_share')}</TableCell>
            <TableCell>{h('timely_share')}</TableCell>
            <TableCell align="right">{h('late')}</TableCell>
            <TableCell align="right">{h('missing')}</TableCell>
            <TableCell align="right">{h('found')}</TableCell>
            <TableCell align="right">{h('handed_over')}</TableCell>
            <TableCell align="right">{h('closed')}</TableCell>
            <TableCell align="right">{h('days_since')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((f) => {
            const isTotal = f.unitId === null;
            const c = f.taskCompletion;
            const e = f.timelyEntry;
            const u = f.followUp;
            const days = f.directories.targets.daysSinceConfirmation;
            return (
              <TableRow
                key={f.unitId ?? 'total'}
                hover
                data-testid={isTotal ? 'unit-row-total' : 'unit-row'}
                sx={isTotal ? { '& td': { fontWeight: 700, borderTop: '2px solid', borderTopColor: 'divider' } } : undefined}
              >
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{f.unit?.name ?? translate('assessment.total')}</TableCell>
                <TableCell>
                  <MuiLink component={Link} to={planLink(period.year, f.unitId)} underline="hover" color="inherit">
                    <Share share={f.planCoverage.share} sub={`${f.planCoverage.covered}/${f.planCoverage.total}`} />
                  </MuiLink>
                </TableCell>
                <TableCell>
                  <MuiLink component={Link} to={link('TARGETS_COMPLETED', f)} underline="hover" color="inherit">
                    <Share share={c.share} sub={`${c.targetsDone}/${c.targetsDrawn}`} />
                  </MuiLink>
                </TableCell>
                <TableCell>
                  <MuiLink component={Link} to={link('ENTRY_ON_TIME', f)} underline="hover" color="inherit">
                    <Share share={e.share} sub={`${e.onTime}/${e.onTime + e.late + e.missingPastDue}`} />
                  </MuiLink>
                </TableCell>
                <TableCell align="right">
                  <Num to={link('ENTRY_LATE', f)} value={e.late} color={e.late > 0 ? COLORS.warn : undefined} />
                </TableCell>
                <TableCell align="right">
                  <Num
                    to={link('ENTRY_MISSING', f)}
                    value={e.missingPastDue}
                    color={e.missingPastDue > 0 ? COLORS.bad : undefined}
                    testId={isTotal ? 'total-missing' : undefined}
                  />
                </TableCell>
                <TableCell align="right">
                  <Num to={link('VIOLATIONS_FOUND', f)} value={u.found} />
                </TableCell>
                <TableCell align="right">
                  <Num to={link('VIOLATIONS_HANDED_OVER', f)} value={u.handedOver} color={u.handedOver < u.found ? COLORS.bad : undefined} />
                </TableCell>
                <TableCell align="right">
                  <Num to={link('VIOLATIONS_CLOSED', f)} value={u.closed} />
                </TableCell>
                <TableCell align="right">
                  {isTotal ? (
                    ''
                  ) : (
                    <Num
                      to={confirmationLink(f.unitId)}
                      value={days === null ? translate('assessment.cards.never') : days}
                      color={LEVEL_TEXT[freshnessLevel(days)]}
                    />
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
