// Who changed the year's calendar and when (G4, G5): the audit trail of its entries and its declaration, newest
// first; each line opens the full audit entry.
import { Link } from 'react-router-dom';
import { Alert, Box, Link as MuiLink, Skeleton, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { errorMessage } from '../dataProvider/errors';
import { intlLocale } from '../i18n';
import { useCalendarHistory, type HistoryEvent } from './api';
import { declarationOf, entryOf, historyOfYear } from './calendarDays';

const What = ({ e }: { e: HistoryEvent }) => {
  const translate = useTranslate();
  const kind = (k: string | null) => (k ? translate(`calendar.kind_${k}`, { _: k }) : '');
  const entry = (v: unknown) => {
    const x = entryOf(v);
    return [kind(x.kind), x.name].filter(Boolean).join(' · ');
  };
  if (e.entity === 'CalendarYear') {
    const d = declarationOf(e.after);
    return (
      <>
        {translate('calendar.history_settled', { settled: d.settled, moved: d.moved })}
        {d.note && <>；{translate('calendar.history_note', { note: d.note })}</>}
      </>
    );
  }
  if (e.action === 'updateCalendarEntry')
    return (
      <>
        {e.entityId}：{entry(e.before)} → {entry(e.after)}
      </>
    );
  if (e.action === 'deleteCalendarEntry')
    return (
      <>
        {e.entityId}：<s>{entry(e.before)}</s>
      </>
    );
  return (
    <>
      {e.entityId}：{entry(e.after)}
    </>
  );
};

export const CalendarHistory = ({ year }: { year: number }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, error, isPending } = useCalendarHistory();
  const events = data ? historyOfYear(data, year) : [];
  return (
    <Box data-testid="calendar-history">
      <Typography variant="h6" sx={{ mb: 1 }}>
        {translate('calendar.history')}
      </Typography>
      {isPending && <Skeleton variant="rounded" height={60} />}
      {error && <Alert severity="error">{errorMessage(error)}</Alert>}
      {data && events.length === 0 && <Typography color="text.secondary">{translate('calendar.history_none')}</Typography>}
      <Stack divider={<Box sx={{ borderTop: 1, borderColor: 'divider' }} />}>
        {events.map((e) => (
          <Box key={e.id} sx={{ py: 0.75 }} data-testid="calendar-history-item" data-action={e.action}>
            <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'baseline' }}>
              <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
                {new Date(e.at).toLocaleString(intlLocale(locale), { hour12: false, timeZone: 'Asia/Shanghai' })}
              </Typography>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {e.actorName}
              </Typography>
              <MuiLink component={Link} to={`/AuditEvent/${encodeURIComponent(e.id)}/show`} underline="hover" variant="body2">
                {translate(`resources.AuditEvent.actions.${e.action}`, { _: e.action })}
              </MuiLink>
            </Stack>
            <Typography variant="body2" sx={{ wordBreak: 'break-word' }}>
              <What e={e} />
            </Typography>
          </Box>
        ))}
      </Stack>
    </Box>
  );
};
