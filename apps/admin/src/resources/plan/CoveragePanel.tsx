// Rule 6 (P3, G11): which checklist items of the unit's remit the plan covers and which are still missing. Read
// from the plan's own `coverage`, so it follows every line change (the page refetches after each).
import { Alert, Box, Chip, Paper, Stack, Typography } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircleOutline';
import ErrorIcon from '@mui/icons-material/ErrorOutline';
import { useRecordContext, useTranslate } from 'react-admin';
import { CoverageBar } from './CoverageBar';
import type { CheckItem, PlanCoverage } from '@ssj/graphql-types';

// As fields.ts asks for the plan's coverage (its items as ITEM_BRIEF).
type Item = Pick<CheckItem, 'id' | 'code' | 'name' | 'category'>;
export type Coverage = Pick<PlanCoverage, 'share' | 'mayFile'> & { covered: Item[]; missing: Item[]; extra: Item[] };

const ItemChips = ({ items, color, testId }: { items: Item[]; color: 'success' | 'error' | 'default'; testId: string }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" useFlexGap spacing={1} sx={{ flexWrap: 'wrap' }} data-testid={testId}>
      {items.map((i) => (
        <Chip
          key={i.id}
          color={color}
          variant={color === 'default' ? 'outlined' : 'filled'}
          icon={color === 'success' ? <CheckCircleIcon /> : color === 'error' ? <ErrorIcon /> : undefined}
          label={`${i.code} ${i.name}${i.category === 'KEY' ? `（${translate('enums.CheckCategory.KEY')}）` : ''}`}
          data-code={i.code}
        />
      ))}
    </Stack>
  );
};

export const CoveragePanel = () => {
  const record = useRecordContext<{ coverage?: Coverage; status?: string }>();
  const translate = useTranslate();
  const c = record?.coverage;
  if (!c) return null;
  const pct = `${Math.round(c.share * 1000) / 10}%`;
  return (
    <Paper variant="outlined" sx={{ p: 2, width: '100%' }} data-testid="coverage-panel" data-missing={c.missing.length}>
      <Typography variant="h6" sx={{ mb: 1 }}>
        {translate('resources.Plan.coverage')}
      </Typography>
      <CoverageBar share={c.share} height={14} label={translate('resources.Plan.coverage_share', { share: pct })} />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2, mt: 2 }}>
        <Box>
          <Typography variant="subtitle2" color="success.main" sx={{ mb: 1 }}>
            {translate('resources.Plan.covered')} · {c.covered.length}
          </Typography>
          {c.covered.length ? <ItemChips items={c.covered} color="success" testId="coverage-covered" /> : <Typography color="text.secondary">—</Typography>}
        </Box>
        <Box>
          <Typography variant="subtitle2" color="error.main" sx={{ mb: 1 }}>
            {translate('resources.Plan.missing')} · {c.missing.length}
          </Typography>
          {c.missing.length ? <ItemChips items={c.missing} color="error" testId="coverage-missing" /> : <Typography color="text.secondary">—</Typography>}
        </Box>
      </Box>
      {c.extra.length > 0 && (
        <Box sx={{ mt: 2 }}>
          <Typography variant="subtitle2" color="text.secondary" sx={{ mb: 1 }}>
            {translate('resources.Plan.extra')}
          </Typography>
          <ItemChips items={c.extra} color="default" testId="coverage-extra" />
        </Box>
      )}
      {record?.status === 'DRAFT' && (
        // An empty remit is not "100% covered, may file": the plan has nothing to cover (PLAN.NO_REMIT).
        <Alert
          severity={c.covered.length + c.missing.length === 0 ? 'info' : c.missing.length === 0 ? 'success' : 'warning'}
          sx={{ mt: 2 }}
          data-testid="coverage-verdict"
        >
          {translate(
            c.covered.length + c.missing.length === 0
              ? 'resources.Plan.no_remit'
              : c.missing.length === 0
                ? 'resources.Plan.none_missing'
                : 'resources.Plan.must_cover',
          )}
        </Alert>
      )}
    </Paper>
  );
};
