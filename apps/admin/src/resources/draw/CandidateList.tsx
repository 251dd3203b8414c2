// Issue 15: before the draw, the candidates it would freeze now — paged, searchable by name or credit code, and
// downloadable whole as CSV (GET /export/draw-candidates/<taskId>.csv) — so the witness and the unit can check who is
// in the pool, not only how many. Cards on a phone, a table on a wide screen.
import { useState } from 'react';
import { useQuery, keepPreviousData } from '@tanstack/react-query';
import { useNotify, useTranslate } from 'react-admin';
import {
  Alert,
  Box,
  Button,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  TextField,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import type { DrawCandidateListQuery, DrawCandidateListQueryVariables } from '@ssj/graphql-types/operations';
import { graphqlClient } from '../../dataProvider/graphqlClient';
import { DRAW_CANDIDATE_LIST } from '../../dataProvider/documents';
import { errorMessage } from '../../dataProvider/errors';
import { downloadFile } from '../../exporting/download';

type Row = DrawCandidateListQuery['drawCandidateList']['rows'][number];

export function CandidateList({ taskId, taskCode }: { taskId: string; taskCode: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const small = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const [q, setQ] = useState('');
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(10);
  const [downloading, setDownloading] = useState(false);
  const list = useQuery({
    queryKey: ['drawCandidateList', taskId, q.trim(), page, perPage],
    placeholderData: keepPreviousData,
    retry: false,
    queryFn: async () =>
      (
        await graphqlClient.query<DrawCandidateListQuery, DrawCandidateListQueryVariables>({
          query: DRAW_CANDIDATE_LIST,
          variables: { taskId, q: q.trim() || null, page, perPage },
        })
      ).data.drawCandidateList,
  });
  const t = (key: string, opts?: object) => translate(`resources.Draw.candidates.${key}`, opts);
  const enumLabel = (name: string, v: string) => translate(`enums.${name}.${v}`, { _: v });
  const exemptions = (r: Row) => r.exemptions.map((e) => translate(`resources.Draw.candidates.exemption.${e}`, { _: e })).join('、');
  const download = async () => {
    setDownloading(true);
    try {
      await downloadFile(`/export/draw-candidates/${encodeURIComponent(taskId)}.csv`, `候选名单-${taskCode}.csv`);
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    } finally {
      setDownloading(false);
    }
  };
  const rows = list.data?.rows ?? [];
  return (
    <Box data-testid="candidate-list" sx={{ mt: 2 }}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} useFlexGap sx={{ alignItems: { sm: 'center' }, mb: 1 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, flexGrow: 1 }}>
          {t('title')}
        </Typography>
        <TextField
          size="small"
          label={t('search')}
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setPage(0);
          }}
          slotProps={{ htmlInput: { maxLength: 100, 'data-testid': 'candidate-search' } }}
        />
        <Button startIcon={<DownloadIcon />} onClick={() => void download()} disabled={downloading} data-testid="candidate-download">
          {t('download')}
        </Button>
      </Stack>
      {list.error ? (
        <Alert severity="error">{errorMessage(list.error)}</Alert>
      ) : small ? (
        <Stack spacing={1}>
          {rows.map((r) => (
            <Box key={r.targetId} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1 }} data-testid="candidate-row">
              <Typography sx={{ fontWeight: 600 }}>{r.name}</Typography>
              <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
                {r.creditCode}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {[r.objectType, r.area, enumLabel('RiskLevel', r.riskLevel), enumLabel('CreditStatus', r.creditStatus), exemptions(r)]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography>
            </Box>
          ))}
        </Stack>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('name')}</TableCell>
                <TableCell>{t('creditCode')}</TableCell>
                <TableCell>{t('objectType')}</TableCell>
                <TableCell>{t('area')}</TableCell>
                <TableCell>{t('riskLevel')}</TableCell>
                <TableCell>{t('creditStatus')}</TableCell>
                <TableCell>{t('drawsThisYear')}</TableCell>
                <TableCell>{t('exemptions')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.targetId} data-testid="candidate-row">
                  <TableCell>{r.name}</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{r.creditCode}</TableCell>
                  <TableCell>{r.objectType}</TableCell>
                  <TableCell>{r.area ?? '—'}</TableCell>
                  <TableCell>{enumLabel('RiskLevel', r.riskLevel)}</TableCell>
                  <TableCell>{enumLabel('CreditStatus', r.creditStatus)}</TableCell>
                  <TableCell>{r.drawsThisYear}</TableCell>
                  <TableCell>{r.exemptions.length ? <Chip size="small" label={exemptions(r)} /> : '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      <TablePagination
        component="div"
        count={list.data?.total ?? 0}
        page={page}
        onPageChange={(_e, p) => setPage(p)}
        rowsPerPage={perPage}
        onRowsPerPageChange={(e) => {
          setPerPage(Number(e.target.value));
          setPage(0);
        }}
        // On a phone the page-size choice would push the next-page arrow out of the 390 px row: fixed at 10 there.
        rowsPerPageOptions={small ? [] : [10, 25, 50, 100]}
        sx={{ '& .MuiTablePagination-toolbar': { px: { xs: 0, sm: 2 } } }}
        labelRowsPerPage={t('per_page')}
        labelDisplayedRows={({ from, to, count }) => t('shown', { from, to, count })}
      />
    </Box>
  );
}
