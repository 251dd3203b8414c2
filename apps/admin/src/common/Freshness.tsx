// How long ago a unit last confirmed its directories (rule 4), coloured so stale ones stand out.
import { Chip, Tooltip } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { intlLocale } from '../i18n';
import { browserToday, today, useToday } from './today';

/**
 * Whole Beijing calendar days from the moment `iso` to `day` (the bureau's today as the server has it, so a
 * pinned demo or test server counts from its own day, not from the browser's clock).
 */
export const daysSince = (iso: string, day: string = today()) =>
  Math.max(0, Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${browserToday(new Date(iso))}T00:00:00Z`)) / 86_400_000));

export const FreshnessChip = ({ confirmedAt }: { confirmedAt?: string | null }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const day = useToday();
  if (!confirmedAt) return <Chip size="small" color="error" variant="outlined" label={translate('dashboard.never')} sx={{ width: 'fit-content' }} />;
  const days = daysSince(confirmedAt, day);
  const color = days <= 30 ? 'success' : days <= 90 ? 'warning' : 'error';
  return (
    <Tooltip title={new Date(confirmedAt).toLocaleString(intlLocale(locale), { hour12: false })}>
      <Chip
        size="small"
        color={color}
        variant="outlined"
        sx={{ width: 'fit-content' }}
        label={days === 0 ? translate('dashboard.today') : translate('dashboard.days_ago', { smart_count: days })}
      />
    </Tooltip>
  );
};
