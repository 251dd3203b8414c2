// 声明年度录入完成 (rule 20): before the administrator confirms, the server counts every provisional due date
// again on the year as entered and the dialog shows how many there are and which move; declaring does exactly
// that in one transaction, audited. The note records the basis (the State Council notice's number).
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Link as MuiLink,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import type { DeclareCalendarYearMutation, DeclareCalendarYearMutationVariables } from '@ssj/graphql-types/operations';
import { ProvisionalMark } from '../common/Countdown';
import { graphqlClient } from '../dataProvider/graphqlClient';
import { errorMessage } from '../dataProvider/errors';
import { useLocalDay } from '../resources/team/useTaskTeams';
import { Q, useDeclarationPreview, useRefreshCalendar } from './api';
import type { SpecialDay } from './calendarDays';

/** The list shows at most this many changes (the server sends the first 200). */
const SHOWN = 200;

/**
 * `notEntered`: the statutory days off the year has provisionally that nobody entered — once declared, the year
 * counts only what was entered, so these would become working days: the dialog lists them before confirming.
 */
export const DeclareDialog = ({ year, open, onClose, notEntered }: { year: number; open: boolean; onClose: () => void; notEntered: readonly SpecialDay[] }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const day = useLocalDay();
  const refresh = useRefreshCalendar();
  const preview = useDeclarationPreview(year, open);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (open) {
      setNote('');
      setError(null);
    }
  }, [open]);

  const declare = async () => {
    setBusy(true);
    setError(null);
    try {
      await graphqlClient.mutate<DeclareCalendarYearMutation, DeclareCalendarYearMutationVariables>({
        mutation: Q.declare,
        variables: { year, note: note.trim() || null },
      });
      notify('calendar.declared_ok', { type: 'info', messageArgs: { year } });
      await refresh();
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const p = preview.data;
  return (
    <Dialog open={open} onClose={() => !busy && onClose()} maxWidth="md" fullWidth data-testid="calendar-declare-dialog">
      <DialogTitle>{translate('calendar.declare_title', { year })}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{translate('calendar.declare_content', { year })}</DialogContentText>
        {notEntered.length > 0 && (
          <Alert severity="warning" sx={{ mb: 2 }} data-testid="calendar-not-entered" data-count={notEntered.length}>
            {translate('calendar.not_entered', { smart_count: notEntered.length })}
            <Box component="span" sx={{ display: 'block', mt: 0.5 }}>
              {notEntered.map((d) => `${day(d.date)}${d.name ? ` ${d.name}` : ''}`).join('、')}
            </Box>
          </Alert>
        )}
        {preview.isPending && <Skeleton variant="rounded" height={48} data-testid="calendar-preview-loading" />}
        {preview.error && <Alert severity="error">{errorMessage(preview.error)}</Alert>}
        {p && (
          <Box data-testid="calendar-preview" data-count={p.provisionalDueDates} data-moving={p.moving}>
            <Alert severity={p.moving > 0 ? 'warning' : 'info'} sx={{ mb: 1 }} data-testid="calendar-preview-summary">
              {translate('calendar.declare_summary', { count: p.provisionalDueDates, moving: p.moving })}
            </Alert>
            {p.changes.length > 0 && (
              <Box sx={{ overflowX: 'auto', maxHeight: 280, mb: 1 }}>
                <Table size="small" stickyHeader data-testid="calendar-preview-changes">
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate('calendar.change_record')}</TableCell>
                      <TableCell>{translate('calendar.change_from')}</TableCell>
                      <TableCell>{translate('calendar.change_to')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {p.changes.map((c) => (
                      <TableRow key={`${c.field}-${c.entityId}`} data-testid="calendar-preview-change">
                        <TableCell>
                          <MuiLink component={Link} to={`/${c.entity}/${encodeURIComponent(c.entityId)}/show`} target="_blank" underline="hover">
                            {translate(`calendar.field_${c.field.replace('.', '_')}`, { _: c.field })}
                          </MuiLink>
                        </TableCell>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>{day(c.from)}</TableCell>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>
                          {day(c.to)} {c.provisional && <ProvisionalMark />}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </Box>
            )}
            {p.moving > SHOWN && (
              <Typography variant="caption" color="text.secondary">
                {translate('calendar.changes_more', { shown: SHOWN })}
              </Typography>
            )}
          </Box>
        )}
        <TextField
          name="note"
          label={translate('calendar.declare_note')}
          helperText={translate('calendar.declare_note_help', { year })}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          fullWidth
          sx={{ mt: 2 }}
        />
        {error && (
          <Alert severity="error" sx={{ mt: 2 }} data-testid="calendar-declare-error">
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {translate('ra.action.cancel')}
        </Button>
        <Button variant="contained" color="primary" onClick={declare} disabled={busy || !p} data-testid="calendar-declare-ok">
          {translate('calendar.declare')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
