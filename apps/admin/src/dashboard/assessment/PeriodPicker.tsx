// The year, the part of it (whole year / a quarter / a month) and the unit (or all of them) the dashboard shows.
import { FormControl, InputLabel, MenuItem, Select, Stack, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useToday } from '../../common/today';
import { chinaToday, type Selection } from './figures';
import type { UnitRef } from './types';

type Props = { value: Selection; onChange: (s: Selection) => void; units: UnitRef[] | undefined; firstYear?: number };

const FIRST_YEAR = 2025; // the platform's first year of records

export const PeriodPicker = ({ value, onChange, units, firstYear = FIRST_YEAR }: Props) => {
  const translate = useTranslate();
  const today = chinaToday(useToday());
  const lastYear = Math.max(today.year, value.year);
  const years = Array.from({ length: lastYear - Math.min(firstYear, value.year) + 1 }, (_, i) => lastYear - i);
  const granularity = value.month !== null ? 'month' : value.quarter !== null ? 'quarter' : 'year';
  // Switching to quarters or months starts from the current one in the current year, else the last of the year.
  const currentMonth = value.year === today.year ? today.month : 12;
  const setGranularity = (g: string | null) => {
    if (!g || g === granularity) return;
    if (g === 'year') onChange({ ...value, quarter: null, month: null });
    if (g === 'quarter') onChange({ ...value, quarter: Math.ceil((value.month ?? currentMonth) / 3), month: null });
    if (g === 'month') onChange({ ...value, quarter: null, month: value.quarter ? value.quarter * 3 : currentMonth });
  };
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }} data-testid="period-picker">
      <FormControl size="small" variant="outlined" fullWidth={false} margin="none" sx={{ minWidth: 110 }}>
        <InputLabel id="lp-year">{translate('assessment.year')}</InputLabel>
        <Select
          labelId="lp-year"
          label={translate('assessment.year')}
          value={value.year}
          onChange={(e) => onChange({ ...value, year: Number(e.target.value) })}
          inputProps={{ 'data-testid': 'picker-year' }}
        >
          {years.map((y) => (
            <MenuItem key={y} value={y}>
              {translate('assessment.period_year', { year: y })}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      <ToggleButtonGroup
        size="small"
        exclusive
        value={granularity}
        onChange={(_e, g: string | null) => setGranularity(g)}
        aria-label={translate('assessment.granularity')}
      >
        <ToggleButton value="year" data-testid="picker-whole-year">
          {translate('assessment.whole_year')}
        </ToggleButton>
        <ToggleButton value="quarter" data-testid="picker-quarter">
          {translate('assessment.quarter')}
        </ToggleButton>
        <ToggleButton value="month" data-testid="picker-month">
          {translate('assessment.month')}
        </ToggleButton>
      </ToggleButtonGroup>
      {granularity === 'quarter' && (
        <FormControl size="small" variant="outlined" fullWidth={false} margin="none" sx={{ minWidth: 120 }}>
          <InputLabel id="lp-quarter">{translate('assessment.quarter')}</InputLabel>
          <Select
            labelId="lp-quarter"
            label={translate('assessment.quarter')}
            value={value.quarter ?? 1}
            onChange={(e) => onChange({ ...value, quarter: Number(e.target.value), month: null })}
          >
            {[1, 2, 3, 4].map((q) => (
              <MenuItem key={q} value={q}>
                {translate('assessment.quarter_n', { n: q })}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
      )}
      {granularity === 'month' && (
        <FormControl size="small" variant="outlined" fullWidth={false} margin="none" sx={{ minWidth: 100 }}>
          <InputLabel id="lp-month">{translate('assessment.month')}</InputLabel>
          <Select
            labelId="lp-month"
            label={translate('assessment.month')}
            value={value.month ?? 1}
            onChange={(e) => onChange({ ...value, month: Number(e.target.value), quarter: null })}
          >
            {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
              <MenuItem key={m} value={m}>
                {translate('assessment.month_n', { n: m })}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
      )}
      <FormControl size="small" variant="outlined" fullWidth={false} margin="none" sx={{ minWidth: 220 }}>
        <InputLabel id="lp-unit" shrink>
          {translate('assessment.unit')}
        </InputLabel>
        <Select
          labelId="lp-unit"
          label={translate('assessment.unit')}
          value={value.unitId ?? ''}
          displayEmpty
          notched
          onChange={(e) => onChange({ ...value, unitId: e.target.value || null })}
          data-testid="picker-unit"
        >
          <MenuItem value="">{translate('assessment.all_units')}</MenuItem>
          {(units ?? []).map((u) => (
            <MenuItem key={u.id} value={u.id}>
              {u.name}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
    </Stack>
  );
};
