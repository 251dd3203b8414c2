// Evidence archived per target (G30): photos, recordings, statements. Files are checked in the browser first
// (20 MB, the types the API accepts) so a user learns in Chinese before a long upload; the server checks again.
import { useRef, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  CardContent,
  CardHeader,
  IconButton,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import UploadIcon from '@mui/icons-material/UploadFileOutlined';
import DownloadIcon from '@mui/icons-material/DownloadOutlined';
import DeleteIcon from '@mui/icons-material/DeleteOutline';
import { useLocaleState, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type {
  AddEvidenceMutation,
  AddEvidenceMutationVariables,
  EvidenceContentQuery,
  EvidenceContentQueryVariables,
  RemoveEvidenceMutation,
  RemoveEvidenceMutationVariables,
} from '@ssj/graphql-types/operations';
import { graphqlClient } from '../../dataProvider/graphqlClient';
import { mutate } from '../../common/useCommand';
import { ADD_EVIDENCE, EVIDENCE_CONTENT, REMOVE_EVIDENCE } from '../../dataProvider/documents';
import { errorMessage } from '../../dataProvider/errors';
import { intlLocale } from '../../i18n';
import type { Evidence, Result } from './types';

const CONTENT = EVIDENCE_CONTENT;

/** The API's limits (apps/api/src/schema/result.ts: EVIDENCE_MAX_BYTES, EVIDENCE_TYPES). */
export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;
export const EVIDENCE_TYPES =
  /^(image\/(jpeg|png|gif|webp|heic|tiff)|application\/pdf|video\/(mp4|quicktime|webm)|audio\/(mpeg|mp4|wav|x-m4a|aac)|application\/(msword|vnd\.openxmlformats-officedocument\.(wordprocessingml\.document|spreadsheetml\.sheet))|application\/vnd\.ms-excel|text\/plain)$/;

const size = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

const readBase64 = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

export const EvidenceSection = () => {
  const r = useRecordContext<Result>()!;
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [locale] = useLocaleState();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // The server accepts changes until approval; the unit enters it while the result is editable.
  const mayChange = r.editable;
  const evidence = r.evidence ?? [];

  const upload = async (file: File) => {
    setProblem(null);
    const type = file.type || 'application/octet-stream';
    if (file.size > EVIDENCE_MAX_BYTES)
      return setProblem(translate('resources.Result.too_large', { name: file.name, size: (file.size / 1024 / 1024).toFixed(1) }));
    if (!EVIDENCE_TYPES.test(type)) return setProblem(translate('resources.Result.wrong_type', { name: file.name, type }));
    setBusy(true);
    try {
      await mutate<AddEvidenceMutation, AddEvidenceMutationVariables>(ADD_EVIDENCE, {
        resultId: r.id,
        filename: file.name,
        mimeType: type,
        contentBase64: await readBase64(file),
      });
      notify('resources.Result.uploaded', { type: 'success', messageArgs: { name: file.name } });
      refresh();
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  const download = async (e: Evidence) => {
    try {
      const { data } = await graphqlClient.query<EvidenceContentQuery, EvidenceContentQueryVariables>({
        query: CONTENT,
        variables: { resultId: r.id },
      });
      // Result is null when the result is gone or no longer visible; the file may have been removed meanwhile.
      const file = data.Result?.evidence.find((x) => x.id === e.id);
      if (!file) return notify('ra.notification.item_doesnt_exist', { type: 'warning' });
      const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
      const a = document.createElement('a');
      a.href = url;
      a.download = file.filename;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (err) {
      notify(errorMessage(err), { type: 'error' });
    }
  };

  const remove = async (e: Evidence) => {
    try {
      await mutate<RemoveEvidenceMutation, RemoveEvidenceMutationVariables>(REMOVE_EVIDENCE, { id: e.id });
      notify('resources.Result.removed', { type: 'info' });
      refresh();
    } catch (err) {
      notify(errorMessage(err), { type: 'error' });
    }
  };

  return (
    <Card variant="outlined" data-testid="evidence-section">
      <CardHeader
        title={translate('resources.Result.evidence_section')}
        subheader={translate('resources.Result.evidence_help')}
        slotProps={{ title: { variant: 'h6' }, subheader: { variant: 'body2' } }}
        action={
          mayChange && (
            <>
              <input ref={input} type="file" hidden data-testid="evidence-input" onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])} />
              <Button variant="outlined" startIcon={<UploadIcon />} disabled={busy} onClick={() => input.current?.click()} data-testid="evidence-upload">
                {translate(busy ? 'resources.Result.uploading' : 'resources.Result.upload')}
              </Button>
            </>
          )
        }
      />
      <CardContent>
        {busy && <LinearProgress sx={{ mb: 1 }} />}
        {problem && (
          <Alert severity="error" sx={{ mb: 1 }} data-testid="evidence-error">
            {problem}
          </Alert>
        )}
        {evidence.length === 0 ? (
          <Typography color="text.secondary">{translate('resources.Result.no_evidence')}</Typography>
        ) : (
          <Table size="small" data-testid="evidence-list">
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.Result.fields.evidence')}</TableCell>
                <TableCell>{translate('resources.Result.file_type')}</TableCell>
                <TableCell align="right">{translate('resources.Result.file_size')}</TableCell>
                <TableCell>SHA-256</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {evidence.map((e) => (
                <TableRow key={e.id}>
                  <TableCell sx={{ wordBreak: 'break-all' }}>
                    {e.filename}
                    <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                      {new Date(e.uploadedAt).toLocaleString(intlLocale(locale), { hour12: false })}
                    </Typography>
                  </TableCell>
                  <TableCell>{e.mimeType}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {size(e.size)}
                  </TableCell>
                  <TableCell sx={{ fontFamily: 'monospace', fontSize: 12 }}>
                    <Tooltip title={e.sha256}>
                      <span>{e.sha256.slice(0, 12)}…</span>
                    </Tooltip>
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <Tooltip title={translate('resources.Result.download')}>
                      <IconButton size="small" onClick={() => download(e)} data-testid="evidence-download">
                        <DownloadIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                    {mayChange && (
                      <Tooltip title={translate('resources.Result.remove')}>
                        <IconButton size="small" color="error" onClick={() => remove(e)} data-testid="evidence-remove">
                          <DeleteIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
};
