// 工作日历 (rule 20): the working-day calendar deadlines are counted in. Per year: where its schedule comes from
// (the State Council's, in the holiday package; declared by the bureau; or provisional — not declared yet and
// counted from the statutory holidays), the year at a glance, the days the bureau entered, the declaration with
// a preview of the provisional due dates it moves, and who changed what. Administrators edit; others read.
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import AddIcon from '@mui/icons-material/Add';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonthOutlined';
import DeleteIcon from '@mui/icons-material/DeleteOutline';
import EditIcon from '@mui/icons-material/EditOutlined';
import VerifiedIcon from '@mui/icons-material/VerifiedOutlined';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  IconButton,
  Skeleton,
  Stack,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tabs,
  Tooltip,
  Typography,
} from '@mui/material';
import { Confirm, Title, useNotify, usePermissions, useTranslate } from 'react-admin';
import type { DeleteCalendarEntryMutation, DeleteCalendarEntryMutationVariables } from '@ssj/graphql-types/operations';
import { ProvisionalMark } from '../common/Countdown';
import { useToday } from '../common/today';
import { graphqlClient } from '../dataProvider/graphqlClient';
import { errorMessage } from '../dataProvider/errors';
import { useLocalDay } from '../resources/team/useTaskTeams';
import type { Role } from '../session';
import { Q, useCalendarHistory, useCalendarYear, useCalendarYears, useRefreshCalendar, type CalendarEntry, type YearStatus } from './api';
import { CalendarHistory } from './CalendarHistory';
import { declarationOf, historyOfYear, isoWeekday, withEntries } from './calendarDays';
import { DeclareDialog } from './DeclareDialog';
import { EntryDialog } from './EntryDialog';
import { Legend, YearView } from './YearView';

/** The year shown first: the one asked for, else the first undeclared year from this one on, else this one. */
export function defaultYear(years: readonly Pick<YearStatus, 'year' | 'provisional'>[], asked: number | null, thisYear: number): number | null {
  if (asked !== null && years.some((y) => y.year === asked)) return asked;
  return years.find((y) => y.provisional && y.year >= thisYear)?.year ?? years.find((y) => y.year === thisYear)?.year ?? years.at(-1)?.year ?? null;
}

const StatusLine = ({ status }: { status: YearStatus }) => {
  const translate = useTranslate();
  const history = useCalendarHistory();
  const declaration = history.data ? historyOfYear(history.data, status.year).find((e) => e.action === 'declareCalendarYear') : undefined;
  const note = declaration ? declarationOf(declaration.after).note : null;
  const entries = status.entries > 0 ? translate('calendar.status_entries', { smart_count: status.entries }) : '';
  if (status.provisional) {
    return (
      <Alert severity="warning" data-testid="calendar-status" data-status="PROVISIONAL">
        <strong>{translate('calendar.status_provisional')}</strong>
        <Box component="span" sx={{ display: 'block' }}>
          {translate('calendar.status_provisional_help', { year: status.year })} {entries}
          {status.provisionalDueDates > 0 && ` ${translate('calendar.provisional_due_dates', { smart_count: status.provisionalDueDates })}`}
        </Box>
      </Alert>
    );
  }
  if (status.declared) {
    return (
      <Alert severity="success" data-testid="calendar-status" data-status="DECLARED">
        <strong>{translate('calendar.status_declared')}</strong>
        {(note || entries) && (
          <Box component="span" sx={{ display: 'block' }}>
            {[note && translate('calendar.history_note', { note }), entries].filter(Boolean).join('；')}
          </Box>
        )}
      </Alert>
    );
  }
  return (
    <Alert severity="success" data-testid="calendar-status" data-status="PACKAGE">
      <strong>{translate('calendar.status_package')}</strong>
      {entries && (
        <Box component="span" sx={{ display: 'block' }}>
          {entries}
        </Box>
      )}
    </Alert>
  );
};

const Entries = ({
  year,
  entries,
  admin,
  onEdit,
  onRemove,
}: {
  year: number;
  entries: readonly CalendarEntry[];
  admin: boolean;
  onEdit: (e: CalendarEntry) => void;
  onRemove: (e: CalendarEntry) => void;
}) => {
  const translate = useTranslate();
  const day = useLocalDay();
  if (entries.length === 0)
    return (
      <Typography color="text.secondary" data-testid="calendar-entries-none">
        {translate('calendar.entries_none', { year })}
      </Typography>
    );
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid="calendar-entries" sx={{ '& td, & th': { px: { xs: 0.75, sm: 2 } } }}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('calendar.date')}</TableCell>
            <TableCell>{translate('calendar.kind')}</TableCell>
            <TableCell>{translate('calendar.name')}</TableCell>
            {admin && <TableCell />}
          </TableRow>
        </TableHead>
        <TableBody>
          {entries.map((e) => (
            <TableRow key={e.id} data-testid="calendar-entry" data-date={e.date} data-kind={e.kind}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {day(e.date)}{' '}
                <Typography component="span" variant="caption" color="text.secondary">
                  {translate(`calendar.weekday_${isoWeekday(e.date)}`)}
                </Typography>
              </TableCell>
              <TableCell>
                <Chip size="small" label={translate(`calendar.kind_${e.kind}`)} sx={{ bgcolor: e.kind === 'HOLIDAY' ? '#fde2e1' : '#dbe9fb' }} />
              </TableCell>
              <TableCell>{e.name ?? '—'}</TableCell>
              {admin && (
                <TableCell align="right" sx={{ whiteSpace: 'nowrap', py: 0 }}>
                  <Tooltip title={translate('calendar.edit')}>
                    <IconButton size="small" onClick={() => onEdit(e)} data-testid="calendar-entry-edit">
                      <EditIcon fontSize="small" />
                    </IconButton>
                  </Tooltip>
                  <Tooltip title={translate('calendar.remove')}>
                    <IconButton size="small" color="error" onClick={() => onRemove(e)} data-testid="calendar-entry-remove">
                      <DeleteIcon fontSize="small" />
                    </IconButton>
                  </Tooltip>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

export const CalendarPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const today = useToday();
  const { permissions } = usePermissions<Role>();
  const admin = permissions === 'ADMIN';
  const [params, setParams] = useSearchParams();
  const years = useCalendarYears();
  const asked = params.get('year') ? Number(params.get('year')) : null;
  const year = years.data ? defaultYear(years.data, asked, Number(today.slice(0, 4))) : null;
  const status = years.data?.find((y) => y.year === year);
  const detail = useCalendarYear(year);
  const refresh = useRefreshCalendar();
  const [editing, setEditing] = useState<{ entry: CalendarEntry | null } | null>(null);
  const [removing, setRemoving] = useState<CalendarEntry | null>(null);
  const [declaring, setDeclaring] = useState(false);
  // An undeclared year's days as they stand: the entries over the provisional statutory days.
  const days = detail.data
    ? status?.provisional
      ? withEntries(detail.data.calendarYearDays, detail.data.allCalendarEntries)
      : detail.data.calendarYearDays
    : [];
  const notEntered = status?.provisional ? days.filter((d) => d.provisional && d.kind === 'HOLIDAY') : [];

  const remove = async () => {
    if (!removing) return;
    try {
      await graphqlClient.mutate<DeleteCalendarEntryMutation, DeleteCalendarEntryMutationVariables>({ mutation: Q.remove, variables: { id: removing.id } });
      notify('calendar.removed', { type: 'info' });
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    } finally {
      setRemoving(null);
      await refresh();
    }
  };

  return (
    // Inline-size containment: the page takes the width it is given and its month grids wrap into it, instead of
    // widening react-admin's content column past a phone's screen (no sideways scrolling at 390 px).
    <Box sx={{ mt: 2, containerType: 'inline-size' }} data-testid="calendar-page">
      <Title title="calendar.title" />
      <Card>
        <CardContent sx={{ px: { xs: 1.5, sm: 2 } }}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
            <CalendarMonthIcon color="primary" />
            <Typography variant="h6">{translate('calendar.title')}</Typography>
          </Stack>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('calendar.intro')}
          </Typography>
          {years.error && <Alert severity="error">{errorMessage(years.error)}</Alert>}
          {years.isPending && <Skeleton variant="rounded" height={48} />}
          {years.data && year !== null && (
            <Tabs
              value={year}
              onChange={(_e, y: number) => setParams({ year: String(y) }, { replace: true })}
              variant="scrollable"
              scrollButtons="auto"
              sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}
              data-testid="calendar-years"
            >
              {years.data.map((y) => (
                <Tab
                  key={y.year}
                  value={y.year}
                  data-testid="calendar-year-tab"
                  data-year={y.year}
                  data-provisional={y.provisional ? '1' : '0'}
                  label={
                    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
                      <span>{translate('calendar.year', { year: y.year })}</span>
                      {y.provisional && <ProvisionalMark testId="calendar-year-provisional" />}
                    </Stack>
                  }
                />
              ))}
            </Tabs>
          )}
          {status && (
            <Stack spacing={2}>
              <StatusLine status={status} />
              {admin && status.provisional && (
                <Box>
                  <Button variant="contained" startIcon={<VerifiedIcon />} onClick={() => setDeclaring(true)} data-testid="calendar-declare">
                    {translate('calendar.declare')}
                  </Button>
                </Box>
              )}
              {!admin && (
                <Typography variant="body2" color="text.secondary">
                  {translate('calendar.read_only')}
                </Typography>
              )}
              <Legend provisional={status.provisional} />
              {detail.error && <Alert severity="error">{errorMessage(detail.error)}</Alert>}
              {detail.isPending ? (
                <Skeleton variant="rounded" height={360} />
              ) : (
                detail.data && <YearView year={status.year} days={days} provisional={status.provisional} today={today} />
              )}
              <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1, pt: 1 }}>
                <Typography variant="h6">{translate('calendar.entries', { year: status.year })}</Typography>
                {admin && (
                  <Button variant="outlined" startIcon={<AddIcon />} onClick={() => setEditing({ entry: null })} data-testid="calendar-add">
                    {translate('calendar.add')}
                  </Button>
                )}
              </Stack>
              {detail.data && (
                <Entries
                  year={status.year}
                  entries={detail.data.allCalendarEntries}
                  admin={admin}
                  onEdit={(entry) => setEditing({ entry })}
                  onRemove={setRemoving}
                />
              )}
              <CalendarHistory year={status.year} />
            </Stack>
          )}
        </CardContent>
      </Card>
      {year !== null && (
        <>
          <EntryDialog year={year} open={!!editing} entry={editing?.entry ?? null} onClose={() => setEditing(null)} />
          <DeclareDialog year={year} open={declaring} onClose={() => setDeclaring(false)} notEntered={notEntered} />
        </>
      )}
      <Confirm
        isOpen={!!removing}
        title="calendar.remove_title"
        translateOptions={{ date: removing?.date ?? '' }}
        content="calendar.remove_content"
        onConfirm={remove}
        onClose={() => setRemoving(null)}
      />
    </Box>
  );
};

export default CalendarPage;
