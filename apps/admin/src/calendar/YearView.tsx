// The year at a glance: 12 month grids (Monday first) with the days off in red, the make-up working days (调休上班)
// in blue marked 班, weekends in grey and today outlined; a year not declared yet is drawn dashed and marked 暂定.
// The grids wrap: four or five across on a desktop, one on a phone.
import { Box, Chip, Stack, Tooltip, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { intlLocale } from '../i18n';
import { kindOf, monthWeeks, type DayKind, type SpecialDay } from './calendarDays';

const COLORS: Record<DayKind, { bg: string; fg: string }> = {
  HOLIDAY: { bg: '#fde2e1', fg: '#b71c1c' },
  MAKEUP_WORKDAY: { bg: '#dbe9fb', fg: '#0d47a1' },
  WEEKEND: { bg: 'transparent', fg: '#9e9e9e' },
  WORKDAY: { bg: 'transparent', fg: 'inherit' },
};

/** Monday 2024-01-01 onwards: the weekday headers in the UI's language. */
const WEEK = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)));

const Day = ({
  day,
  kind,
  info,
  provisional,
  isToday,
}: {
  day: string;
  kind: DayKind;
  info: SpecialDay | undefined;
  provisional: boolean;
  isToday: boolean;
}) => {
  const translate = useTranslate();
  const c = COLORS[kind];
  const special = kind === 'HOLIDAY' || kind === 'MAKEUP_WORKDAY';
  const title = [day, translate(`calendar.day_${kind}`), info?.name, provisional ? translate('calendar.legend_provisional') : null].filter(Boolean).join(' · ');
  const cell = (
    <Box
      data-testid="calendar-day"
      data-date={day}
      data-kind={kind}
      data-provisional={provisional ? '1' : '0'}
      sx={{
        position: 'relative',
        height: 26,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        fontSize: 12,
        borderRadius: 0.75,
        bgcolor: c.bg,
        color: c.fg,
        fontWeight: special ? 600 : undefined,
        border: isToday ? '2px solid' : special && provisional ? '1px dashed' : '1px solid transparent',
        borderColor: isToday ? 'primary.main' : special && provisional ? c.fg : 'transparent',
      }}
    >
      {Number(day.slice(8))}
      {kind === 'MAKEUP_WORKDAY' && (
        <Box component="span" sx={{ position: 'absolute', top: -1, right: 1, fontSize: 8, lineHeight: 1 }}>
          {translate('calendar.workday_mark')}
        </Box>
      )}
    </Box>
  );
  return special || isToday ? <Tooltip title={title}>{cell}</Tooltip> : cell;
};

const Month = ({
  year,
  month,
  special,
  provisional,
  today,
}: {
  year: number;
  month: number;
  special: ReadonlyMap<string, SpecialDay>;
  provisional: boolean;
  today: string;
}) => {
  const [locale] = useLocaleState();
  const fmt = new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', timeZone: 'UTC' });
  const weekday = new Intl.DateTimeFormat(intlLocale(locale), { weekday: 'narrow', timeZone: 'UTC' });
  return (
    <Box data-testid="calendar-month" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1, minWidth: 0 }}>
      <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
        {fmt.format(new Date(Date.UTC(year, month - 1, 1)))}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: '2px' }}>
        {WEEK.map((d, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the seven weekday headings never move
          <Box key={i} sx={{ fontSize: 11, textAlign: 'center', color: i >= 5 ? 'text.disabled' : 'text.secondary' }}>
            {weekday.format(d)}
          </Box>
        ))}
        {monthWeeks(year, month)
          .flat()
          .map((day, i) =>
            day ? (
              <Day
                key={day}
                day={day}
                kind={kindOf(day, special)}
                info={special.get(day)}
                provisional={special.get(day)?.provisional ?? provisional}
                isToday={day === today}
              />
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: the blank cells before the 1st hold no data and never move
              <Box key={`e${i}`} />
            ),
          )}
      </Box>
    </Box>
  );
};

export const Legend = ({ provisional }: { provisional: boolean }) => {
  const translate = useTranslate();
  const swatch = (kind: DayKind, label: string, dashed = false) => (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
      <Box
        sx={{
          width: 14,
          height: 14,
          borderRadius: 0.5,
          bgcolor: COLORS[kind].bg,
          border: dashed ? '1px dashed' : '1px solid',
          borderColor: kind === 'WORKDAY' ? 'divider' : COLORS[kind].fg,
        }}
      />
      <Typography variant="caption">{label}</Typography>
    </Stack>
  );
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }} data-testid="calendar-legend">
      {swatch('HOLIDAY', translate('calendar.day_HOLIDAY'))}
      {swatch('MAKEUP_WORKDAY', translate('calendar.day_MAKEUP_WORKDAY'))}
      {swatch('WEEKEND', translate('calendar.day_WEEKEND'))}
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
        <Box sx={{ width: 14, height: 14, borderRadius: 0.5, border: '2px solid', borderColor: 'primary.main' }} />
        <Typography variant="caption">{translate('calendar.legend_today')}</Typography>
      </Stack>
      {provisional && (
        <Chip size="small" variant="outlined" color="warning" sx={{ borderStyle: 'dashed' }} label={translate('calendar.legend_provisional_days')} />
      )}
    </Stack>
  );
};

export const YearView = ({ year, days, provisional, today }: { year: number; days: readonly SpecialDay[]; provisional: boolean; today: string }) => {
  const special = new Map(days.map((d) => [d.date, d]));
  return (
    <Box
      data-testid="calendar-year-view"
      data-year={year}
      data-provisional={provisional ? '1' : '0'}
      sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 165px), 1fr))', gap: 1.5 }}
    >
      {Array.from({ length: 12 }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the twelve months of the year, in order
        <Month key={i} year={year} month={i + 1} special={special} provisional={provisional} today={today} />
      ))}
    </Box>
  );
};
