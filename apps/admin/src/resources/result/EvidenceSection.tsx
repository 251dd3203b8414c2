// Evidence archived per target (G30): photos, recordings, statements. Files are checked in the browser first
// (20 MB, the types the API accepts) so a user learns in Chinese before a long upload; the server checks again.
// On a phone the camera takes photos and videos straight into it (EvidenceCapture), a photo is resized first
// unless the original is kept (resizePhoto.ts), and the files show as cards (EvidenceCards).
import { useState } from 'react';
import {
  Alert,
  Card,
  CardContent,
  CardHeader,
  IconButton,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/DownloadOutlined';
import DeleteIcon from '@mui/icons-material/DeleteOutline';
import { useLocaleState, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type {
  AddEvidenceMutation,
  AddEvidenceMutationVariables,
  EvidenceContentQuery,
  EvidenceContentQueryVariables,
  RemoveEvidenceMutation,
  RemoveEvidenceMutationVariables,
} from '@ssj/graphql-types/operations';
import { mutate, query, useCommand } from '../../common/useCommand';
import { ADD_EVIDENCE, EVIDENCE_CONTENT, REMOVE_EVIDENCE } from '../../dataProvider/documents';
import { intlLocale } from '../../i18n';
import { EvidenceCapture } from './EvidenceCapture';
import { EvidenceCards } from './EvidenceCards';
import { isResizable, resizePhoto } from './resizePhoto';
import type { Evidence, Result } from './types';

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
  const [locale] = useLocaleState();
  const small = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  // A phone or tablet (a touch screen) gets the camera buttons.
  const touch = useMediaQuery('(pointer: coarse)') || small;
  const [resizing, setResizing] = useState(false);
  // An upload's refusal stays in the section (with the browser's own checks'); a download's or removal's is notified.
  const uploading = useCommand();
  const other = useCommand();
  const busy = uploading.busy || resizing;
  const [check, setCheck] = useState<string | null>(null);
  const problem = check ?? uploading.error?.message ?? null;
  // The server accepts changes until approval; the unit enters it while the result is editable.
  const mayChange = r.editable;
  const evidence = r.evidence ?? [];

  const upload = async (picked: File, keepOriginal = false) => {
    setCheck(null);
    uploading.clear();
    const type = picked.type || 'application/octet-stream';
    if (!EVIDENCE_TYPES.test(type)) return setCheck(translate('resources.Result.wrong_type', { name: picked.name, type }));
    let file = picked;
    if (!keepOriginal && isResizable(picked)) {
      setResizing(true);
      // A photo the browser cannot decode is uploaded as it is (the server checks it as any file).
      file = await resizePhoto(picked).catch(() => picked);
      setResizing(false);
    }
    if (file.size > EVIDENCE_MAX_BYTES)
      return setCheck(translate('resources.Result.too_large', { name: file.name, size: (file.size / 1024 / 1024).toFixed(1) }));
    await uploading.run(
      async () =>
        mutate<AddEvidenceMutation, AddEvidenceMutationVariables>(ADD_EVIDENCE, {
          resultId: r.id,
          filename: file.name,
          mimeType: file.type || type,
          contentBase64: await readBase64(file),
        }),
      { success: 'resources.Result.uploaded', successArgs: { name: file.name } },
    );
  };

  const download = (e: Evidence) =>
    other.run(
      async () => {
        const data = await query<EvidenceContentQuery, EvidenceContentQueryVariables>(EVIDENCE_CONTENT, { resultId: r.id });
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
      },
      { refresh: false },
    );

  const remove = (e: Evidence) =>
    other.mutate<RemoveEvidenceMutation, RemoveEvidenceMutationVariables>(REMOVE_EVIDENCE, { id: e.id }, { success: 'resources.Result.removed' });

  return (
    <Card variant="outlined" data-testid="evidence-section">
      <CardHeader
        title={translate('resources.Result.evidence_section')}
        subheader={translate('resources.Result.evidence_help')}
        slotProps={{ title: { variant: 'h6' }, subheader: { variant: 'body2' } }}
      />
      <CardContent>
        {mayChange && (
          <Stack sx={{ mb: 1.5 }}>
            <EvidenceCapture busy={busy} onFile={upload} camera={touch} />
          </Stack>
        )}
        {resizing && (
          <Typography variant="body2" color="text.secondary" data-testid="evidence-resizing">
            {translate('resources.Result.resizing')}
          </Typography>
        )}
        {busy && <LinearProgress sx={{ mb: 1 }} />}
        {problem && (
          <Alert severity="error" sx={{ mb: 1 }} data-testid="evidence-error">
            {problem}
          </Alert>
        )}
        {evidence.length === 0 ? (
          <Typography color="text.secondary">{translate('resources.Result.no_evidence')}</Typography>
        ) : small ? (
          <EvidenceCards evidence={evidence} size={size} mayChange={mayChange} onDownload={download} onRemove={remove} />
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
