// The findings of a result, one per task check item: 符合 / 不符合 and what was found (rules 18, 19). Used by the
// entry on the form and by the correction dialog (rule 21), which passes the published findings as `original`:
// each item that differs from them is marked and shows what was published.
import { memo } from 'react';
import { Box, Chip, Divider, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { findingDiffers } from './findings';
import type { Finding, Item } from './types';

/** A finding in words: 符合 / 不符合 / 未填写, then what was found. */
export const useDescribeFinding = () => {
  const translate = useTranslate();
  return (f: Finding | undefined) => {
    const compliance =
      f?.compliant === true
        ? translate('resources.Result.compliant')
        : f?.compliant === false
          ? translate('resources.Result.not_compliant')
          : translate('resources.Result.not_filled');
    const text = f?.finding?.trim();
    return text ? `${compliance}：${text}` : compliance;
  };
};

// memo: the entry's other fields (remarks, outcome) change on every keystroke; the findings only with a finding.
export const FindingsEditor = memo(function FindingsEditor({
  items,
  findings,
  onChange,
  disabled = false,
  original,
}: {
  items: readonly Item[];
  findings: readonly Finding[];
  onChange: (index: number, change: Partial<Finding>) => void;
  disabled?: boolean;
  /** The published findings: rows that differ from them are marked as changed. */
  original?: readonly Finding[];
}) {
  const translate = useTranslate();
  const describe = useDescribeFinding();
  return (
    <Stack spacing={2} divider={<Divider flexItem />}>
      {items.map((item, i) => {
        const f = findings[i]!;
        const before = original?.find((o) => o.checkItemId === item.id);
        const changed = !!original && findingDiffers(f, before);
        return (
          <Stack
            key={item.id}
            direction={{ xs: 'column', md: 'row' }}
            spacing={2}
            data-testid={`finding-${item.code}`}
            data-changed={original ? String(changed) : undefined}
            sx={{ alignItems: { md: 'flex-start' }, ...(changed ? { borderLeft: 3, borderColor: 'warning.main', pl: 1.5 } : {}) }}
          >
            <Box sx={{ width: { md: 280 }, flexShrink: 0 }}>
              <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
                {item.code}
              </Typography>
              <Typography variant="body2">{item.name}</Typography>
              {changed && (
                <>
                  <Chip size="small" color="warning" label={translate('resources.Result.finding_changed')} sx={{ mt: 0.5 }} data-testid="finding-changed" />
                  <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 0.5 }}>
                    {translate('resources.Result.finding_was', { value: describe(before) })}
                  </Typography>
                </>
              )}
            </Box>
            <ToggleButtonGroup
              exclusive
              size="small"
              disabled={disabled}
              sx={{ flexShrink: 0, '& .MuiToggleButton-root': { whiteSpace: 'nowrap', px: 1.5 } }}
              value={f.compliant === null ? null : f.compliant ? 'yes' : 'no'}
              onChange={(_e, val: string | null) => onChange(i, { compliant: val === null ? null : val === 'yes' })}
            >
              <ToggleButton value="yes" color="success" data-testid="compliant-yes">
                {translate('resources.Result.compliant')}
              </ToggleButton>
              <ToggleButton value="no" color="error" data-testid="compliant-no">
                {translate('resources.Result.not_compliant')}
              </ToggleButton>
            </ToggleButtonGroup>
            <TextField
              label={translate('resources.Result.finding')}
              value={f.finding ?? ''}
              disabled={disabled}
              multiline
              minRows={1}
              fullWidth
              size="small"
              onChange={(e) => onChange(i, { finding: e.target.value })}
              name={`finding-${item.code}`}
            />
          </Stack>
        );
      })}
    </Stack>
  );
});
