// The result of one draw: how many targets were drawn (large, for the projector), the targets with their class
// and rank (rule 12: classes drawn separately, merged), and every excluded candidate with its reason (rules 9, 23).
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useTargetNames, type DrawRecord, type DrawTask } from './useDrawTask';

export const DrawResult = ({ draw, task }: { draw: DrawRecord; task: DrawTask }) => {
  const translate = useTranslate();
  const labels = new Map(task.classes.map((c) => [c.key, c.label]));
  const { data: names } = useTargetNames(draw.exclusions.map((e) => e.targetId));
  const rows = [...draw.drawnTargets].sort((a, b) => a.rank - b.rank || a.target.name.localeCompare(b.target.name, 'zh'));
  return (
    <Box data-testid="draw-result">
      <Typography sx={{ fontSize: 40, fontWeight: 700, my: 1 }} data-testid="drawn-count">
        {translate('resources.Draw.drawn_count', { smart_count: draw.drawnTargetCount })}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {draw.classResults
          .map((c) => translate('resources.Draw.labelled', { label: labels.get(c.classKey) ?? c.classKey, value: `${c.selectedCount} / ${c.eligibleCount}` }))
          .join(' · ')}
      </Typography>
      {/* On a phone the tables scroll inside the step, not the whole page sideways (contain: their width never widens the page). */}
      <Box sx={{ overflowX: 'auto', contain: 'inline-size' }}>
        <Table size="small" sx={{ '& td, & th': { fontSize: 16 } }} data-testid="drawn-targets">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.Draw.rank')}</TableCell>
              <TableCell>{translate('resources.Draw.target')}</TableCell>
              <TableCell>{translate('resources.Draw.credit_code')}</TableCell>
              <TableCell>{translate('resources.Draw.class')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((t) => (
              <TableRow key={t.id}>
                <TableCell sx={{ fontVariantNumeric: 'tabular-nums' }}>{t.rank}</TableCell>
                <TableCell>{t.target.name}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{t.target.creditCode}</TableCell>
                <TableCell>{t.classKeys.map((k) => labels.get(k) ?? k).join('、')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      <Typography variant="h6" sx={{ mt: 3, mb: 1 }}>
        {translate('resources.Draw.exclusions', { smart_count: draw.exclusions.length })}
      </Typography>
      {draw.exclusions.length === 0 ? (
        <Typography color="text.secondary">{translate('resources.Draw.no_exclusions')}</Typography>
      ) : (
        <Box sx={{ overflowX: 'auto', contain: 'inline-size' }}>
          <Table size="small" data-testid="draw-exclusions">
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.Draw.target')}</TableCell>
                <TableCell>{translate('resources.Draw.credit_code')}</TableCell>
                <TableCell>{translate('resources.Draw.exclusion_reason')}</TableCell>
                <TableCell>{translate('resources.Draw.exclusion_detail')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {draw.exclusions.map((e) => (
                <TableRow key={e.targetId}>
                  <TableCell>{names?.get(e.targetId)?.name ?? e.targetId}</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{names?.get(e.targetId)?.creditCode ?? ''}</TableCell>
                  <TableCell>{translate(`resources.Draw.exclusion.${e.code.replace(/^DRAW\./, '')}`, { _: e.message })}</TableCell>
                  <TableCell>{exclusionDetail(e, translate)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Box>
  );
};

/** The detail in words: a registration status (NOT_ACTIVE) or the draws this year (YEARLY_CAP). */
function exclusionDetail(e: { code: string; detail: string }, translate: (k: string, o?: Record<string, unknown>) => string) {
  if (e.code === 'DRAW.EXCLUDED_NOT_ACTIVE') return translate(`enums.RegistrationStatus.${e.detail}`, { _: e.detail });
  const m = /drawsThisYear=(\d+)/.exec(e.detail);
  return m ? translate('resources.Draw.draws_this_year', { count: m[1] }) : e.detail;
}
