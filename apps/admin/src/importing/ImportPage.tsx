// Importing a list from a spreadsheet (.xlsx, or .csv in UTF-8 or GBK): upload → map the columns (recognised
// from the headers, remembered from earlier files) → dry run listing every row's outcome → commit, all or
// nothing. Refused rows block the commit: the user downloads the error report, fixes the file and imports again.
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  FormControl,
  LinearProgress,
  MenuItem,
  Select,
  Stack,
  Step,
  StepLabel,
  Stepper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import UploadIcon from '@mui/icons-material/UploadFileOutlined';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import { Link, Title, useTranslate } from 'react-admin';
import { errorMessage } from '../dataProvider/errors';
import { downloadFile } from '../exporting/download';
import { ProfileSelect } from '../exporting/ProfileSelect';
import { IMPORT_ROW_ACTION } from '@ssj/domain';
import * as api from './api';

const KINDS = ['Target', 'Inspector', 'Expert', 'CheckItem'];
const ACTION_COLOR = { CREATE: 'success', UPDATE: 'info', UNCHANGED: 'default', REFUSED: 'error' } as const;
const ACTIONS = IMPORT_ROW_ACTION.values;

type Phase = { label: string; fraction: number | null; detail?: string };

const PhaseBar = ({ phase }: { phase: Phase }) => (
  <Box sx={{ my: 2 }} data-testid="import-progress">
    <Typography variant="body2" sx={{ mb: 0.5 }}>
      {phase.label}
      {phase.detail ? ` · ${phase.detail}` : ''}
    </Typography>
    <LinearProgress
      variant={phase.fraction === null ? 'indeterminate' : 'determinate'}
      value={Math.round((phase.fraction ?? 0) * 100)}
      sx={{ height: 8, borderRadius: 4 }}
    />
  </Box>
);

const CountChips = ({ counts }: { counts: api.Counts }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }} data-testid="import-counts">
      {ACTIONS.map((a) => (
        <Chip
          key={a}
          color={ACTION_COLOR[a]}
          variant={a === 'REFUSED' && counts.REFUSED === 0 ? 'outlined' : 'filled'}
          label={`${translate(`enums.ImportRowAction.${a}`)} ${counts[a]}`}
        />
      ))}
      <Chip variant="outlined" label={translate('importing.total_rows', { count: counts.total })} />
    </Stack>
  );
};

const MappingTable = ({ job, mapping, onChange }: { job: api.Job; mapping: (string | null)[]; onChange: (m: (string | null)[]) => void }) => {
  const translate = useTranslate();
  const used = new Set(mapping.filter(Boolean));
  return (
    <Table size="small" data-testid="import-mapping">
      <TableHead>
        <TableRow>
          <TableCell>{translate('importing.file_column')}</TableCell>
          <TableCell>{translate('importing.sample')}</TableCell>
          <TableCell sx={{ width: 280 }}>{translate('importing.imported_as')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {job.headers.map((h, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the file's columns, by position (headers may repeat)
          <TableRow key={i}>
            <TableCell sx={{ fontWeight: 500 }}>{h}</TableCell>
            <TableCell sx={{ color: 'text.secondary', maxWidth: 360, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
              {job.sample
                .map((r) => r[i])
                .filter(Boolean)
                .slice(0, 3)
                .join('；')}
            </TableCell>
            <TableCell>
              <FormControl size="small" fullWidth>
                <Select
                  value={mapping[i] ?? ''}
                  displayEmpty
                  inputProps={{ 'data-column': i, 'aria-label': h }}
                  onChange={(e) => onChange(mapping.map((m, j) => (j === i ? (e.target.value as string) || null : m)))}
                >
                  <MenuItem value="">
                    <em>{translate('importing.ignore')}</em>
                  </MenuItem>
                  {job.fields.map((f) => (
                    <MenuItem key={f.field} value={f.field} disabled={used.has(f.field) && mapping[i] !== f.field}>
                      {f.header}
                      {f.required ? ' *' : ''}
                    </MenuItem>
                  ))}
                </Select>
              </FormControl>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const RowsTable = ({ job, keyHeader }: { job: api.Job; keyHeader: string }) => {
  const translate = useTranslate();
  const counts = job.counts!;
  const [action, setAction] = useState<api.RowAction | null>(counts.REFUSED > 0 ? 'REFUSED' : null);
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(25);
  const [data, setData] = useState<{ total: number; rows: api.Row[] } | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a commit refused as out of date brings new counts; the page is read again
  useEffect(() => {
    let live = true;
    void api.rows(job.id, action, page, perPage).then((d) => live && setData(d));
    return () => {
      live = false;
    };
  }, [job.id, job.counts, action, page, perPage]);
  return (
    <Box>
      <ToggleButtonGroup
        size="small"
        exclusive
        value={action ?? 'ALL'}
        onChange={(_e, v) => {
          setAction(v === 'ALL' || !v ? null : v);
          setPage(0);
        }}
        sx={{ my: 1 }}
      >
        <ToggleButton value="ALL">{translate('importing.all_rows')}</ToggleButton>
        {ACTIONS.map((a) => (
          <ToggleButton key={a} value={a}>
            {translate(`enums.ImportRowAction.${a}`)} ({counts[a]})
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <Table size="small" data-testid="import-rows">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 80 }}>{translate('importing.row')}</TableCell>
            <TableCell sx={{ width: 90 }}>{translate('importing.outcome')}</TableCell>
            <TableCell sx={{ width: 200 }}>{keyHeader}</TableCell>
            <TableCell sx={{ width: 240 }}>{translate('importing.name')}</TableCell>
            <TableCell>{translate('importing.details')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data?.rows.map((r) => (
            <TableRow key={r.row} data-action={r.action}>
              <TableCell>{r.row}</TableCell>
              <TableCell>
                <Chip size="small" color={ACTION_COLOR[r.action]} label={translate(`enums.ImportRowAction.${r.action}`)} />
              </TableCell>
              <TableCell sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>{r.key.replace(/^(id|name):/, '')}</TableCell>
              <TableCell>{r.name}</TableCell>
              <TableCell sx={{ color: r.action === 'REFUSED' ? 'error.main' : 'text.secondary' }}>{(r.reasons ?? r.changes ?? []).join('；')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <TablePagination
        component="div"
        count={data?.total ?? 0}
        page={page}
        rowsPerPage={perPage}
        rowsPerPageOptions={[25, 50, 100]}
        onPageChange={(_e, p) => setPage(p)}
        onRowsPerPageChange={(e) => {
          setPerPage(Number(e.target.value));
          setPage(0);
        }}
        labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
        labelDisplayedRows={({ from, to, count }) => translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })}
      />
    </Box>
  );
};

const ImportPage = () => {
  const translate = useTranslate();
  const { kind = '' } = useParams();
  const [job, setJob] = useState<api.Job | null>(null);
  const [mapping, setMapping] = useState<(string | null)[]>([]);
  const [profileId, setProfileId] = useState('');
  const [phase, setPhase] = useState<Phase | null>(null);
  const [suggested, setSuggested] = useState<(string | null)[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [inputKey, setInputKey] = useState(0);
  if (!KINDS.includes(kind)) return <Alert severity="error">{translate('ra.page.not_found')}</Alert>;
  const listName = translate(`resources.${kind}.name`);
  const step = !job ? 0 : job.status === 'UPLOADED' ? 1 : job.status === 'ANALYSED' ? 2 : 3;
  const fraction = (p: api.Progress) => (p.totalBytes ? Math.min(1, p.bytes / p.totalBytes) : null);
  const rowsDetail = (p: api.Progress) => translate('importing.rows_read', { count: p.rows });

  const run = async (fn: () => Promise<void>) => {
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPhase(null);
    }
  };
  const onFile = (file: File | undefined) =>
    file &&
    run(async () => {
      setPhase({ label: translate('importing.uploading', { name: file.name }), fraction: 0 });
      const j = await api.upload(kind, file, (f) => setPhase({ label: translate('importing.uploading', { name: file.name }), fraction: f }));
      setJob(j);
      setMapping(j.mapping);
      setSuggested(j.mapping);
      setProfileId('');
    });
  // A profile's header mapping replaces the suggested one (the user may still change it); none brings the suggestion back.
  const onProfile = (id: string) =>
    run(async () => {
      const j = await api.getJob(job!.id, id || null);
      setProfileId(id);
      setMapping(id ? j.mapping : suggested);
    });
  const onDryRun = () =>
    run(async () => {
      setPhase({ label: translate('importing.dry_running'), fraction: 0 });
      const j = await api.dryRun(
        job!.id,
        mapping,
        (p) => setPhase({ label: translate('importing.dry_running'), fraction: fraction(p), detail: rowsDetail(p) }),
        profileId || null,
      );
      setJob(j);
    });
  const onCommit = () =>
    run(async () => {
      setPhase({ label: translate('importing.committing'), fraction: 0 });
      try {
        const j = await api.commit(job!.id, notice.trim() || null, (p) =>
          setPhase({ label: translate('importing.committing'), fraction: fraction(p), detail: rowsDetail(p) }),
        );
        setJob(j);
      } catch (e) {
        // A row refused at commit replaces the dry run's outcome: show the new one.
        if ((e as { code?: string }).code === 'IMPORT.CHANGED_SINCE_DRY_RUN') setJob(await api.getJob(job!.id));
        throw e;
      }
    });
  const restart = () => {
    setJob(null);
    setError(null);
    setNotice('');
    setInputKey((k) => k + 1);
  };
  const missingRequired = job ? job.fields.filter((f) => f.required && !mapping.includes(f.field)) : [];
  const keyHeader = job?.fields[kind === 'Inspector' || kind === 'Expert' ? 1 : 0]?.header ?? '';
  const busy = phase !== null;

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('importing.title', { name: listName })} />
      <Card>
        <CardContent>
          <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 2 }}>
            <Typography variant="h6">{translate('importing.title', { name: listName })}</Typography>
            <Button component={Link} to={`/${kind}`} size="small">
              {translate('importing.back', { name: listName })}
            </Button>
          </Stack>
          <Stepper activeStep={step} sx={{ mb: 3 }}>
            {['upload', 'map', 'dry_run', 'commit'].map((s) => (
              <Step key={s}>
                <StepLabel>{translate(`importing.steps.${s}`)}</StepLabel>
              </Step>
            ))}
          </Stepper>

          {error && (
            <Alert severity="error" sx={{ mb: 2 }} data-testid="import-error">
              {error}
            </Alert>
          )}
          {phase && <PhaseBar phase={phase} />}

          {step === 0 && (
            <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
              <Typography variant="body2" color="text.secondary">
                {translate('importing.upload_help')}
              </Typography>
              <Stack direction="row" spacing={2}>
                <Button variant="contained" component="label" startIcon={<UploadIcon />} disabled={busy}>
                  {translate('importing.choose_file')}
                  <input key={inputKey} hidden type="file" accept=".xlsx,.csv" data-testid="import-file" onChange={(e) => void onFile(e.target.files?.[0])} />
                </Button>
                <Button
                  startIcon={<DownloadIcon />}
                  onClick={() =>
                    void run(async () => {
                      await downloadFile(`/import/${kind}/template.xlsx`, `${kind}.xlsx`);
                    })
                  }
                >
                  {translate('importing.template')}
                </Button>
              </Stack>
            </Stack>
          )}

          {step === 1 && job && (
            <Stack spacing={2}>
              <Typography variant="body2" color="text.secondary">
                {translate('importing.file_info', {
                  name: job.fileName,
                  row: job.headerRow,
                  encoding: job.encoding ? translate(`importing.encoding.${job.encoding}`) : 'Excel',
                })}
              </Typography>
              <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
                <ProfileSelect resource={kind} direction="IMPORT" value={profileId} onChange={(id) => void onProfile(id)} disabled={busy} />
                {profileId && (
                  <Typography variant="caption" color="text.secondary">
                    {translate('exporting.import_profile_help')}
                  </Typography>
                )}
              </Stack>
              <MappingTable job={job} mapping={mapping} onChange={setMapping} />
              {missingRequired.length > 0 && (
                <Alert severity="warning">{translate('importing.missing_required', { fields: missingRequired.map((f) => f.header).join('、') })}</Alert>
              )}
              <Typography variant="caption" color="text.secondary">
                {translate('importing.blank_help')}
              </Typography>
              <Stack direction="row" spacing={2}>
                <Button variant="contained" onClick={() => void onDryRun()} disabled={busy} data-testid="import-dry-run">
                  {translate('importing.dry_run')}
                </Button>
                <Button onClick={restart} disabled={busy}>
                  {translate('importing.other_file')}
                </Button>
              </Stack>
            </Stack>
          )}

          {step >= 2 && job?.counts && (
            <Stack spacing={2}>
              <CountChips counts={job.counts} />
              {step === 2 && job.counts.REFUSED > 0 && <Alert severity="error">{translate('importing.refused_help', { count: job.counts.REFUSED })}</Alert>}
              {step === 2 && job.counts.REFUSED === 0 && <Alert severity="info">{translate('importing.ready_help')}</Alert>}
              {step === 3 && (
                <Alert severity="success" data-testid="import-done">
                  {translate('importing.done', { created: job.counts.CREATE, updated: job.counts.UPDATE, unchanged: job.counts.UNCHANGED })}
                </Alert>
              )}
              {step === 2 && (
                <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                  {job.counts.REFUSED > 0 && (
                    <Button
                      variant="outlined"
                      color="error"
                      startIcon={<DownloadIcon />}
                      data-testid="import-error-report"
                      onClick={() =>
                        void run(async () => {
                          await downloadFile(`/import/jobs/${job.id}/errors.xlsx`, 'errors.xlsx');
                        })
                      }
                    >
                      {translate('importing.error_report')}
                    </Button>
                  )}
                  {kind === 'CheckItem' && job.counts.REFUSED === 0 && job.counts.UPDATE > 0 && (
                    <TextField
                      size="small"
                      required
                      label={translate('resources.CheckItem.fields.notice')}
                      value={notice}
                      onChange={(e) => setNotice(e.target.value)}
                      sx={{ minWidth: 360 }}
                      helperText={translate('resources.CheckItem.notice_help')}
                    />
                  )}
                  <Button
                    variant="contained"
                    onClick={() => void onCommit()}
                    data-testid="import-commit"
                    disabled={
                      busy ||
                      job.counts.REFUSED > 0 ||
                      job.counts.CREATE + job.counts.UPDATE === 0 ||
                      (kind === 'CheckItem' && job.counts.UPDATE > 0 && !notice.trim())
                    }
                  >
                    {translate('importing.commit', { count: job.counts.CREATE + job.counts.UPDATE })}
                  </Button>
                  <Button onClick={restart} disabled={busy} data-testid="import-restart">
                    {translate('importing.other_file')}
                  </Button>
                </Stack>
              )}
              {step === 3 && (
                <Stack direction="row" spacing={2}>
                  <Button variant="contained" component={Link} to={`/${kind}`}>
                    {translate('importing.back', { name: listName })}
                  </Button>
                  <Button onClick={restart}>{translate('importing.other_file')}</Button>
                </Stack>
              )}
              {step === 2 && <RowsTable job={job} keyHeader={keyHeader} />}
            </Stack>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};

export default ImportPage;
