// How long ago a unit last confirmed its directories (rule 4), coloured so stale ones stand out.
import { Chip, Tooltip } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { intlLocale } from '../i18n';

export const daysSince = (iso: string, now: number = Date.now()) => Math.max(0, Math.floor((now - Date.parse(iso)) / 86_400_000));

export const FreshnessChip = ({ confirmedAt }: { confirmedAt?: string | null }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!confirmedAt) return <Chip size="small" color="error" variant="outlined" label={translate('dashboard.never')} sx={{ width: 'fit-content' }} />;
  const days = daysSince(confirmedAt);
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
