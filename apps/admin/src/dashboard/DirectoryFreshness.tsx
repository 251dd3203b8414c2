// Rule 4 / rule 25: directory size and freshness per unit, as the server counts them.
import { Card, CardContent, CardHeader, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { LinkBase, useTranslate } from 'react-admin';
import { FreshnessChip, daysSince } from '../common/Freshness';
import type { UnitFigures } from './useDashboardFigures';

export const DirectoryFreshness = ({ units }: { units: UnitFigures[] }) => {
  const translate = useTranslate();
  // Stalest first: the units that need to act are at the top.
  const rows = [...units].sort((a, b) => {
    const da = a.lastConfirmation ? daysSince(a.lastConfirmation.confirmedAt) : Number.POSITIVE_INFINITY;
    const db = b.lastConfirmation ? daysSince(b.lastConfirmation.confirmedAt) : Number.POSITIVE_INFINITY;
    return db - da || a.code.localeCompare(b.code);
  });
  return (
    <Card>
      <CardHeader
        title={translate('dashboard.freshness')}
        subheader={translate('dashboard.freshness_hint')}
        slotProps={{ title: { variant: 'h6' }, subheader: { variant: 'body2' } }}
      />
      {/* The card sits in a narrow column: the table scrolls inside it rather than being cut at the card's edge. */}
      <CardContent sx={{ pt: 0, overflowX: 'auto' }}>
        <Table size="small" data-testid="freshness-table">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.Unit.fields.name')}</TableCell>
              <TableCell align="right">{translate('dashboard.targets')}</TableCell>
              <TableCell align="right">{translate('dashboard.inspectors')}</TableCell>
              <TableCell>{translate('resources.Unit.fields.lastConfirmation')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((u) => (
              <TableRow key={u.id} hover>
                <TableCell>
                  <Typography component={LinkBase} to={`/Unit/${encodeURIComponent(u.id)}/show`} variant="body2" sx={{ color: 'inherit' }}>
                    {u.name}
                  </Typography>
                </TableCell>
                <TableCell align="right">{u.targetCount}</TableCell>
                <TableCell align="right">{u.inspectorCount}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <FreshnessChip confirmedAt={u.lastConfirmation?.confirmedAt} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
};
