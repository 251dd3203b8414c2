// Add or edit one day of the year's holiday schedule (放假 / 调休上班) — administrators only. The server's typed
// refusal is shown under the input it names (e.g. a day already entered) or else in the dialog.
import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
} from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import type {
  CalendarDayKind,
  CreateCalendarEntryMutation,
  CreateCalendarEntryMutationVariables,
  UpdateCalendarEntryMutation,
  UpdateCalendarEntryMutationVariables,
} from '@ssj/graphql-types/operations';
import { graphqlClient } from '../dataProvider/graphqlClient';
import { errorField, errorMessage } from '../dataProvider/errors';
import { Q, useRefreshCalendar, type CalendarEntry } from './api';
import { isoWeekday } from './calendarDays';

type Props = { year: number; open: boolean; entry: CalendarEntry | null; onClose: () => void };

export const EntryDialog = ({ year, open, entry, onClose }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefreshCalendar();
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<CalendarDayKind>('HOLIDAY');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ field: string | null; message: string } | null>(null);

  useEffect(() => {
    if (!open) return;
    setDate(entry?.date ?? '');
    setKind(entry?.kind ?? 'HOLIDAY');
    setName(entry?.name ?? '');
    setError(null);
  }, [open, entry]);

  const outside = !!date && !date.startsWith(`${year}-`);
  // A make-up working day on a weekday, or a day off on a weekend, changes nothing: say so, the server takes it anyway.
  const idle = !!date && !outside && (kind === 'WORKDAY' ? isoWeekday(date) < 6 : isoWeekday(date) >= 6);
  const fieldError = (f: string) => (error?.field === f ? error.message : null);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      if (entry) {
        await graphqlClient.mutate<UpdateCalendarEntryMutation, UpdateCalendarEntryMutationVariables>({
          mutation: Q.update,
          variables: { id: entry.id, kind, name: name.trim() || null },
        });
      } else {
        await graphqlClient.mutate<CreateCalendarEntryMutation, CreateCalendarEntryMutationVariables>({
          mutation: Q.create,
          variables: { date, kind, name: name.trim() || null },
        });
      }
      notify('calendar.saved', { type: 'info' });
      await refresh();
      onClose();
    } catch (e) {
      setError({ field: errorField(e), message: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  const dateError = fieldError('date') ?? (outside ? translate('calendar.date_outside', { year }) : null);
  return (
    <Dialog open={open} onClose={() => !busy && onClose()} maxWidth="xs" fullWidth data-testid="calendar-entry-dialog">
      <DialogTitle>{entry ? translate('calendar.edit_title', { date: entry.date }) : translate('calendar.add_title', { year })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <TextField
            type="date"
            name="date"
            label={translate('calendar.date')}
            value={date}
            onChange={(e) => {
              setDate(e.target.value);
              setError(null);
            }}
            required
            disabled={!!entry}
            error={!!dateError}
            helperText={dateError ?? (entry ? translate('calendar.date_fixed') : ' ')}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: `${year}-01-01`, max: `${year}-12-31`, 'data-testid': 'entry-date' } }}
          />
          <FormControl error={!!fieldError('kind')}>
            <FormLabel>{translate('calendar.kind')}</FormLabel>
            <RadioGroup
              row
              name="kind"
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as CalendarDayKind);
                setError(null);
              }}
            >
              <FormControlLabel value="HOLIDAY" control={<Radio />} label={translate('calendar.kind_HOLIDAY')} />
              <FormControlLabel value="WORKDAY" control={<Radio />} label={translate('calendar.kind_WORKDAY')} />
            </RadioGroup>
            <FormHelperText>
              {fieldError('kind') ?? (idle ? translate(kind === 'WORKDAY' ? 'calendar.idle_workday' : 'calendar.idle_holiday') : ' ')}
            </FormHelperText>
          </FormControl>
          <TextField
            name="name"
            label={translate('calendar.name')}
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setError(null);
            }}
            error={!!fieldError('name')}
            helperText={fieldError('name') ?? translate('calendar.name_help')}
          />
          {error && !error.field && (
            <Alert severity="error" data-testid="calendar-entry-error">
              {error.message}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {translate('ra.action.cancel')}
        </Button>
        <Button variant="contained" onClick={submit} disabled={busy || !date || outside} data-testid="calendar-entry-save">
          {translate('ra.action.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
