// 领导驾驶舱 (rule 25): how every unit performs in a year, quarter or month — plan coverage, task completion,
// timely entry, violations handed over and closed, directory freshness — with the change against the period
// before, charts by unit and by month, and every number a way down to the records behind it. Where LEADER lands
// after signing in; ADMIN reaches it from the menu (考核看板). The figures are the server's (assessment query).
import { lazy, useEffect, useMemo, useState } from 'react';
import { Alert, Box, Button, Skeleton, Stack, Typography, useMediaQuery } from '@mui/material';
import PrintIcon from '@mui/icons-material/PrintOutlined';
import { Title, useTranslate } from 'react-admin';
import { errorMessage } from '../../dataProvider/errors';
import { ChartCard } from './ChartCard';
import { ExportButton } from './ExportButton';
import { Definitions } from './Definitions';
import { ClosingCard, CompletionCard, CoverageCard, DirectoryCard, HandOverCard, PlanExecutionCard, TimelyCard } from './FigureCards';
import { periodLabel } from './figures';
import { PeriodPicker } from './PeriodPicker';
import { A4_CONTENT_PX, PrintStyles } from './PrintStyles';
import { completionSheet, coverageSheet, detailSheet, followUpSheet, timelySheet, trendSheet, type Sheet, type Translate } from './sheets';
import type { Assessment } from './types';
import { UnitTable } from './UnitTable';
import { useAssessment, useAssessmentTrend, useAssessmentUnits } from './useAssessment';
import { useSelection } from './useSelection';

// recharts is the largest dependency: each chart is its own chunk, loaded when the dashboard shows it.
const CompletionChart = lazy(() => import('./CompletionChart'));
const TimelyEntryChart = lazy(() => import('./TimelyEntryChart'));
const CoverageChart = lazy(() => import('./CoverageChart'));
const FollowUpFunnel = lazy(() => import('./FollowUpFunnel'));
const TrendChart = lazy(() => import('./TrendChart'));

/** How long the charts get to re-measure at the A4 width before the print dialog opens. */
const PRINT_LAYOUT_MS = 400;

const AssessmentDashboard = () => {
  const translate = useTranslate();
  const [selection, setSelection] = useSelection();
  const { data, error, isPending, isFetching } = useAssessment(selection);
  const trend = useAssessmentTrend(selection.year, selection.unitId);
  const units = useAssessmentUnits();
  // A projector (1920×1080 and up) gets larger type; a laptop (1366×768) the regular size.
  const wide = useMediaQuery('(min-width:1800px)');
  const [printing, setPrinting] = useState(false);
  const big = wide && !printing;

  useEffect(() => {
    if (!printing) return;
    const done = () => setPrinting(false);
    window.addEventListener('afterprint', done);
    const timer = setTimeout(() => window.print(), PRINT_LAYOUT_MS);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('afterprint', done);
    };
  }, [printing]);

  const current = data?.current;
  const period = current?.period ?? { ...selection, from: '', to: '' };
  const label = periodLabel(selection);
  const periodText = translate(label.key, label.args);
  const unitName = selection.unitId ? (units.data?.find((u) => u.id === selection.unitId)?.name ?? '') : translate('assessment.all_units');
  const previousText = data?.previous
    ? translate('assessment.previous', { period: translate(periodLabel(data.previous.period).key, periodLabel(data.previous.period).args) })
    : undefined;
  const title = translate('assessment.title');
  const fileTitle = `${title}_${unitName}`;

  const sheets = useMemo(() => {
    const t = translate as unknown as Translate;
    const one = (build: (t: Translate, a: Assessment, unitChosen: boolean) => Sheet) => () => (current ? [build(t, current, !!selection.unitId)] : []);
    const trendSheets = () => (trend.data ? [trendSheet(t, trend.data)] : []);
    return {
      detail: one(detailSheet),
      completion: one(completionSheet),
      timely: one(timelySheet),
      coverage: one(coverageSheet),
      followUp: one(followUpSheet),
      trend: trendSheets,
      all: () => [...one(detailSheet)(), ...one(completionSheet)(), ...one(timelySheet)(), ...one(followUpSheet)(), ...one(coverageSheet)(), ...trendSheets()],
    };
  }, [current, trend.data, translate, selection.unitId]);

  const cardProps = current && { current, previous: data?.previous, selection, previousLabel: previousText ?? '', big, definitions: data?.definitions ?? [] };
  const exportOf = (key: keyof typeof sheets, testId: string, name: string) => (
    <ExportButton compact sheets={sheets[key]} title={`${fileTitle}_${name}`} period={periodText} testId={testId} />
  );
  const any = (n: number) => (n > 0 ? null : translate('assessment.no_data'));

  return (
    <Box
      className="leadership-dashboard"
      data-testid="leadership-dashboard"
      data-printing={printing ? '1' : '0'}
      sx={{ mt: 2, mb: 4, ...(printing ? { width: A4_CONTENT_PX, mx: 'auto' } : {}) }}
    >
      <PrintStyles />
      <Title title="assessment.title" />
      <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', gap: 2, mb: 2 }}>
        <Box sx={{ mr: 2 }}>
          <Typography variant="h5" component="h1" sx={{ fontWeight: 600, fontSize: big ? '2rem' : undefined }}>
            {title}
          </Typography>
          <Typography variant={big ? 'h6' : 'body1'} color="text.secondary" data-testid="leadership-subtitle">
            {translate('assessment.subtitle', { period: periodText, unit: unitName })}
            {current && ` · ${current.period.from} — ${current.period.to}`}
          </Typography>
        </Box>
        <Box className="no-print">
          <PeriodPicker value={selection} onChange={setSelection} units={units.data} />
        </Box>
        <Stack direction="row" spacing={1} className="no-print" sx={{ ml: 'auto' }}>
          {current && <ExportButton sheets={sheets.all} title={fileTitle} period={periodText} testId="export-all" />}
          <Button size="small" variant="contained" startIcon={<PrintIcon />} onClick={() => setPrinting(true)} disabled={!current} data-testid="print-button">
            {translate('assessment.print')}
          </Button>
        </Stack>
      </Stack>
      {error && <Alert severity="error">{translate('assessment.loading_error', { message: errorMessage(error) })}</Alert>}
      {isPending && <Skeleton variant="rounded" height={160} />}
      {current && cardProps && (
        <Box sx={{ opacity: isFetching ? 0.6 : 1, transition: 'opacity 0.2s' }}>
          <Box
            className="leadership-cards"
            sx={{
              display: 'grid',
              gap: 2,
              mb: 2,
              gridTemplateColumns: printing ? 'repeat(4, 1fr)' : { xs: '1fr', sm: 'repeat(2, 1fr)', md: 'repeat(4, 1fr)', xl: 'repeat(7, 1fr)' },
            }}
          >
            <CoverageCard {...cardProps} />
            <PlanExecutionCard {...cardProps} />
            <CompletionCard {...cardProps} />
            <TimelyCard {...cardProps} />
            <HandOverCard {...cardProps} />
            <ClosingCard {...cardProps} />
            <DirectoryCard {...cardProps} />
          </Box>
          <Box
            className="leadership-charts"
            sx={{ display: 'grid', gap: 2, gridTemplateColumns: printing ? '1fr' : { xs: '1fr', lg: '1fr 1fr' }, alignItems: 'start' }}
          >
            <ChartCard
              testId="chart-completion"
              title={translate('assessment.charts.completion')}
              subheader={translate('assessment.charts.click_hint')}
              action={exportOf('completion', 'export-completion', translate('assessment.sheets.completion'))}
              empty={any(current.total.taskCompletion.targetsDrawn)}
            >
              <CompletionChart units={current.units} period={period} big={big} />
            </ChartCard>
            <ChartCard
              testId="chart-timely"
              title={translate('assessment.charts.timely')}
              subheader={translate('assessment.charts.click_hint')}
              action={exportOf('timely', 'export-timely', translate('assessment.sheets.timely'))}
              empty={any(
                current.total.timelyEntry.onTime +
                  current.total.timelyEntry.late +
                  current.total.timelyEntry.missingPastDue +
                  current.total.timelyEntry.pending,
              )}
            >
              <TimelyEntryChart units={current.units} period={period} big={big} />
            </ChartCard>
            <ChartCard
              testId="chart-coverage"
              title={translate('assessment.charts.coverage')}
              subheader={translate('assessment.charts.coverage_hint')}
              action={exportOf('coverage', 'export-coverage', translate('assessment.sheets.coverage'))}
              empty={any(current.total.planCoverage.total)}
            >
              <CoverageChart units={current.units} year={selection.year} big={big} />
            </ChartCard>
            <ChartCard
              testId="chart-follow-up"
              title={translate('assessment.charts.follow_up')}
              subheader={translate('assessment.charts.follow_up_hint', {
                handover: current.total.followUp.medianDaysToHandOver ?? '—',
                close: current.total.followUp.medianDaysToClose ?? '—',
              })}
              action={exportOf('followUp', 'export-follow-up', translate('assessment.sheets.follow_up'))}
              empty={any(current.total.followUp.found)}
            >
              <FollowUpFunnel total={current.total} period={period} unitId={selection.unitId} big={big} />
            </ChartCard>
            <ChartCard
              testId="chart-trend"
              wide
              title={translate('assessment.charts.trend', { year: selection.year })}
              subheader={translate('assessment.charts.trend_hint')}
              action={exportOf('trend', 'export-trend', translate('assessment.sheets.trend'))}
              empty={trend.error ? translate('assessment.loading_error', { message: errorMessage(trend.error) }) : null}
            >
              {/* Not the previous unit's or year's trend while this one loads (placeholder data), under this one's title. */}
              {trend.data && !trend.isPlaceholderData ? (
                <TrendChart points={trend.data} year={selection.year} unitId={selection.unitId} big={big} />
              ) : (
                <Skeleton variant="rounded" height={300} />
              )}
            </ChartCard>
            <ChartCard
              testId="table-units"
              wide
              title={translate('assessment.charts.detail')}
              subheader={translate('assessment.charts.detail_hint')}
              action={exportOf('detail', 'export-detail', translate('assessment.sheets.detail'))}
            >
              <UnitTable assessment={current} unitChosen={!!selection.unitId} period={period} big={big} dense={printing} />
            </ChartCard>
            <ChartCard testId="card-definitions" wide title={translate('assessment.definitions')} subheader={translate('assessment.definitions_hint')}>
              <Box id="definitions">
                <Definitions definitions={data?.definitions ?? []} />
              </Box>
            </ChartCard>
          </Box>
        </Box>
      )}
    </Box>
  );
};

export default AssessmentDashboard;
