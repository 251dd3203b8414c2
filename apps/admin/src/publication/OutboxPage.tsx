// 公示推送 (issue 16, docs/publication.md): the outbox's documents with their state per receiver, the receivers
// (added, changed, removed by the lead unit's administrators), the delivery log, re-sending from a document on, and
// the daily bundle for upload by hand (BundleSection).
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import AddIcon from '@mui/icons-material/Add';
import SendIcon from '@mui/icons-material/SendOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import DeleteIcon from '@mui/icons-material/DeleteOutline';
import ReplayIcon from '@mui/icons-material/Replay';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  IconButton,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  TextField,
  Tooltip,
  Typography,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import { Confirm, Title, useLocaleState, usePermissions, useTranslate } from 'react-admin';
import type {
  CreatePublicationReceiverMutation,
  CreatePublicationReceiverMutationVariables,
  DeletePublicationReceiverMutation,
  DeletePublicationReceiverMutationVariables,
  PublicationDeliveryLogQuery,
  PublicationDeliveryLogQueryVariables,
  PublicationOutboxQuery,
  PublicationOutboxQueryVariables,
  ResendPublicationDocumentMutation,
  ResendPublicationDocumentMutationVariables,
  UpdatePublicationReceiverMutation,
  UpdatePublicationReceiverMutationVariables,
} from '@ssj/graphql-types/operations';
import { query, useCommand } from '../common/useCommand';
import * as documents from '../dataProvider/documents';
import { errorMessage } from '../dataProvider/errors';
import { intlLocale } from '../i18n';
import { BundleSection } from './BundleSection';
import type { Role } from '../session';

type Outbox = PublicationOutboxQuery;
type Receiver = Outbox['publicationReceivers'][number];
type Doc = Outbox['publicationDocuments']['documents'][number];

const STATE_COLOR: Record<string, 'success' | 'warning' | 'error' | 'default'> = {
  DELIVERED: 'success',
  PENDING: 'warning',
  FAILING: 'error',
  NOT_SUBSCRIBED: 'default',
};

/** Phones get stacked rows instead of tables wider than the screen. */
const usePhone = () => useMediaQuery(useTheme().breakpoints.down('sm'));

const useFormat = () => {
  const [locale] = useLocaleState();
  return (iso: string | null) => (iso ? new Date(iso).toLocaleString(intlLocale(locale), { hour12: false }) : '—');
};

const ReceiverDialog = ({
  open,
  receiver,
  kinds,
  onClose,
  onSaved,
}: {
  open: boolean;
  receiver: Receiver | null;
  kinds: string[];
  onClose: () => void;
  onSaved: () => void;
}) => {
  const translate = useTranslate();
  const command = useCommand();
  const [name, setName] = useState(receiver?.name ?? '');
  const [url, setUrl] = useState(receiver?.url ?? '');
  const [headerName, setHeaderName] = useState(receiver?.authHeaderName ?? 'Authorization');
  const [headerValue, setHeaderValue] = useState('');
  const [chosen, setChosen] = useState<string[]>(receiver?.kinds ?? kinds);
  const [active, setActive] = useState(receiver?.active ?? true);
  const [fromStart, setFromStart] = useState(false);
  const save = async () => {
    const common = { name: name.trim(), url: url.trim(), authHeaderName: headerName.trim() || null, kinds: chosen, active };
    const done = receiver
      ? await command.mutate<UpdatePublicationReceiverMutation, UpdatePublicationReceiverMutationVariables>(
          documents.UPDATE_PUBLICATION_RECEIVER,
          { id: receiver.id, ...common, ...(headerValue ? { authHeaderValue: headerValue } : {}) },
          { refresh: false, success: 'outbox.saved' },
        )
      : await command.mutate<CreatePublicationReceiverMutation, CreatePublicationReceiverMutationVariables>(
          documents.CREATE_PUBLICATION_RECEIVER,
          { ...common, authHeaderValue: headerValue || null, fromStart },
          { refresh: false, success: 'outbox.saved' },
        );
    if (done) onSaved();
  };
  return (
    <Dialog open={open} onClose={() => !command.busy && onClose()} maxWidth="sm" fullWidth>
      <DialogTitle>{translate(receiver ? 'outbox.edit_receiver' : 'outbox.add_receiver')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <TextField name="name" label={translate('outbox.receiver_name')} value={name} onChange={(e) => setName(e.target.value)} required autoFocus />
          <TextField name="url" label={translate('outbox.url')} value={url} onChange={(e) => setUrl(e.target.value)} required placeholder="https://" />
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField
              name="authHeaderName"
              label={translate('outbox.auth_header_name')}
              value={headerName}
              onChange={(e) => setHeaderName(e.target.value)}
              fullWidth
            />
            <TextField
              name="authHeaderValue"
              type="password"
              label={translate('outbox.auth_header_value')}
              value={headerValue}
              onChange={(e) => setHeaderValue(e.target.value)}
              helperText={receiver?.hasAuthHeader ? translate('outbox.auth_kept') : undefined}
              fullWidth
            />
          </Stack>
          <Box>
            <Typography variant="body2" color="text.secondary">
              {translate('outbox.kinds')}
            </Typography>
            {kinds.map((k) => (
              <FormControlLabel
                key={k}
                control={
                  <Checkbox
                    size="small"
                    checked={chosen.includes(k)}
                    onChange={(e) => setChosen(e.target.checked ? [...chosen, k] : chosen.filter((x) => x !== k))}
                  />
                }
                label={translate(`outbox.kind.${k}`)}
              />
            ))}
          </Box>
          <FormControlLabel control={<Checkbox checked={active} onChange={(e) => setActive(e.target.checked)} />} label={translate('outbox.active')} />
          {!receiver && (
            <FormControlLabel
              control={<Checkbox checked={fromStart} onChange={(e) => setFromStart(e.target.checked)} />}
              label={translate('outbox.from_start')}
            />
          )}
          {command.error && <Alert severity="error">{command.error.message}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={command.busy}>
          {translate('ra.action.cancel')}
        </Button>
        <Button onClick={save} variant="contained" disabled={command.busy || !name.trim() || !url.trim() || chosen.length === 0}>
          {translate('ra.action.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

const DeliveryLog = ({ receiverId, documentId }: { receiverId?: string | null; documentId?: string | null }) => {
  const translate = useTranslate();
  const fmt = useFormat();
  const phone = usePhone();
  const { data, error } = useQuery({
    queryKey: ['publicationDeliveryLog', receiverId ?? null, documentId ?? null],
    queryFn: () =>
      query<PublicationDeliveryLogQuery, PublicationDeliveryLogQueryVariables>(documents.PUBLICATION_DELIVERY_LOG, {
        receiverId: receiverId ?? null,
        documentId: documentId ?? null,
        take: 30,
      }),
  });
  if (error) return <Alert severity="error">{errorMessage(error)}</Alert>;
  const rows = data?.publicationDeliveryLog ?? [];
  if (rows.length === 0) return <Typography color="text.secondary">{translate('outbox.log_none')}</Typography>;
  if (phone)
    return (
      <Stack divider={<Box sx={{ borderTop: 1, borderColor: 'divider' }} />} data-testid="delivery-log">
        {rows.map((a) => (
          <Box key={a.id} sx={{ py: 1 }}>
            <Stack direction="row" justifyContent="space-between" alignItems="center" gap={1}>
              <Typography variant="body2">
                #{a.documentSeq} {translate(`outbox.kind.${a.kind}`)}
              </Typography>
              <Chip size="small" variant="outlined" color={a.ok ? 'success' : 'error'} label={a.statusCode ?? translate('outbox.no_answer')} />
            </Stack>
            <Typography variant="caption" color="text.secondary" display="block">
              {fmt(a.at)} · {a.receiverName}
            </Typography>
            {a.error && (
              <Typography variant="caption" color="error" display="block" sx={{ wordBreak: 'break-word' }}>
                {a.error}
              </Typography>
            )}
          </Box>
        ))}
      </Stack>
    );
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid="delivery-log">
        <TableHead>
          <TableRow>
            <TableCell>{translate('outbox.at')}</TableCell>
            <TableCell>{translate('outbox.receiver')}</TableCell>
            <TableCell>{translate('outbox.seq')}</TableCell>
            <TableCell>{translate('outbox.result')}</TableCell>
            <TableCell>{translate('outbox.error')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((a) => (
            <TableRow key={a.id}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{fmt(a.at)}</TableCell>
              <TableCell>{a.receiverName}</TableCell>
              <TableCell>
                #{a.documentSeq} {translate(`outbox.kind.${a.kind}`)}
              </TableCell>
              <TableCell>
                <Chip size="small" variant="outlined" color={a.ok ? 'success' : 'error'} label={a.statusCode ?? translate('outbox.no_answer')} />
              </TableCell>
              <TableCell sx={{ wordBreak: 'break-word' }}>{a.error ?? ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

const DocumentDialog = ({ doc, receivers, onClose, onResent }: { doc: Doc | null; receivers: Receiver[]; onClose: () => void; onResent: () => void }) => {
  const translate = useTranslate();
  const command = useCommand();
  const phone = usePhone();
  if (!doc) return null;
  const resend = async (receiverId: string) => {
    const done = await command.mutate<ResendPublicationDocumentMutation, ResendPublicationDocumentMutationVariables>(
      documents.RESEND_PUBLICATION_DOCUMENT,
      { documentId: doc.id, receiverId },
      { refresh: false, success: 'outbox.resent' },
    );
    if (done) onResent();
  };
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth fullScreen={phone}>
      <DialogTitle>
        #{doc.seq} {translate(`outbox.kind.${doc.kind}`)} · v{doc.schemaVersion}
      </DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1, wordBreak: 'break-all' }}>
          {translate('outbox.idempotency_key')}: <code>{doc.id}</code>
        </Typography>
        <Stack spacing={1} sx={{ mb: 2 }}>
          {doc.deliveries.map((d) => (
            <Stack key={d.receiverId} direction="row" spacing={1} alignItems="center" flexWrap="wrap">
              <Typography sx={{ minWidth: 120 }}>{d.receiverName}</Typography>
              <Chip size="small" color={STATE_COLOR[d.state] ?? 'default'} variant="outlined" label={translate(`enums.DeliveryState.${d.state}`)} />
              {d.state !== 'NOT_SUBSCRIBED' && receivers.some((r) => r.id === d.receiverId) && (
                <Button size="small" startIcon={<ReplayIcon />} disabled={command.busy} onClick={() => resend(d.receiverId)}>
                  {translate('outbox.resend')}
                </Button>
              )}
            </Stack>
          ))}
        </Stack>
        <Typography variant="caption" color="text.secondary">
          {translate('outbox.resend_hint')}
        </Typography>
        <Box component="pre" sx={{ bgcolor: 'grey.100', p: 1, borderRadius: 1, fontSize: 12, overflowX: 'auto', maxHeight: 280 }}>
          {JSON.stringify(doc.document, null, 2)}
        </Box>
        <Typography variant="subtitle2" sx={{ mt: 2 }}>
          {translate('outbox.log')}
        </Typography>
        <DeliveryLog documentId={doc.id} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.close')}</Button>
      </DialogActions>
    </Dialog>
  );
};

export const OutboxPage = () => {
  const translate = useTranslate();
  const fmt = useFormat();
  const queryClient = useQueryClient();
  const { permissions, isPending: permissionsPending } = usePermissions<Role>();
  const allowed = permissions === 'ADMIN';
  const [kind, setKind] = useState('');
  const [subject, setSubject] = useState('');
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(10);
  const [editing, setEditing] = useState<Receiver | 'new' | null>(null);
  const [removing, setRemoving] = useState<Receiver | null>(null);
  const [open, setOpen] = useState<Doc | null>(null);
  const removeCommand = useCommand();
  const phone = usePhone();
  const { data, error } = useQuery({
    queryKey: ['publicationOutbox', kind, subject, page, perPage],
    enabled: allowed,
    queryFn: () =>
      query<PublicationOutboxQuery, PublicationOutboxQueryVariables>(documents.PUBLICATION_OUTBOX, {
        kind: kind || null,
        subjectKey: subject.trim() || null,
        page,
        perPage,
      }),
  });
  const reload = () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: ['publicationOutbox'] }), queryClient.invalidateQueries({ queryKey: ['publicationDeliveryLog'] })]);

  if (permissionsPending) return null;
  if (!allowed)
    return (
      <Alert severity="warning" sx={{ mt: 2 }}>
        {translate('outbox.forbidden')}
      </Alert>
    );
  const kinds = data?.publicationKinds ?? [];
  const receivers = data?.publicationReceivers ?? [];
  const docs = data?.publicationDocuments.documents ?? [];

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="outbox.title" />
      {error && <Alert severity="error">{errorMessage(error)}</Alert>}
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Stack direction="row" alignItems="center" justifyContent="space-between" sx={{ mb: 1 }} flexWrap="wrap" gap={1}>
            <Stack direction="row" spacing={1} alignItems="center">
              <SendIcon color="primary" />
              <Typography variant="h6">{translate('outbox.receivers')}</Typography>
            </Stack>
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing('new')}>
              {translate('outbox.add_receiver')}
            </Button>
          </Stack>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('outbox.intro')}
          </Typography>
          {receivers.length === 0 ? (
            <Typography color="text.secondary">{translate('outbox.receivers_none')}</Typography>
          ) : (
            <Stack spacing={1} data-testid="receivers">
              {receivers.map((r) => (
                <Box key={r.id} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}>
                  <Stack direction="row" alignItems="flex-start" justifyContent="space-between" gap={1}>
                    <Box sx={{ minWidth: 0 }}>
                      <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap">
                        <Typography fontWeight={600}>{r.name}</Typography>
                        {!r.active && <Chip size="small" label={translate('outbox.inactive')} />}
                        {r.failures > 0 ? (
                          <Chip size="small" color="error" variant="outlined" label={translate('outbox.failing', { n: r.failures })} />
                        ) : (
                          <Chip
                            size="small"
                            color={r.pending ? 'warning' : 'success'}
                            variant="outlined"
                            label={r.pending ? translate('outbox.pending', { n: r.pending }) : translate('outbox.up_to_date')}
                          />
                        )}
                      </Stack>
                      <Typography variant="body2" color="text.secondary" sx={{ wordBreak: 'break-all' }}>
                        {r.url}
                      </Typography>
                      <Typography variant="caption" color="text.secondary">
                        {r.kinds.map((k) => translate(`outbox.kind.${k}`)).join('、')}
                        {r.nextAttemptAt ? ` · ${translate('outbox.next_attempt')} ${fmt(r.nextAttemptAt)}` : ''}
                      </Typography>
                      {r.lastError && (
                        <Typography variant="caption" color="error" display="block" sx={{ wordBreak: 'break-word' }}>
                          {r.lastError}
                        </Typography>
                      )}
                    </Box>
                    <Stack direction="row">
                      <Tooltip title={translate('ra.action.edit')}>
                        <IconButton size="small" onClick={() => setEditing(r)} aria-label={translate('ra.action.edit')}>
                          <EditIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                      <Tooltip title={translate('ra.action.delete')}>
                        <IconButton size="small" onClick={() => setRemoving(r)} aria-label={translate('ra.action.delete')}>
                          <DeleteIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    </Stack>
                  </Stack>
                </Box>
              ))}
            </Stack>
          )}
        </CardContent>
      </Card>

      <BundleSection />

      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Typography variant="h6" sx={{ mb: 1 }}>
            {translate('outbox.documents')}
          </Typography>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 1 }}>
            <TextField
              select
              size="small"
              label={translate('outbox.kind_filter')}
              value={kind}
              onChange={(e) => {
                setKind(e.target.value);
                setPage(0);
              }}
              sx={{ minWidth: 200 }}
            >
              <MenuItem value="">{translate('outbox.all_kinds')}</MenuItem>
              {kinds.map((k) => (
                <MenuItem key={k} value={k}>
                  {translate(`outbox.kind.${k}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              size="small"
              label={translate('outbox.subject')}
              value={subject}
              onChange={(e) => {
                setSubject(e.target.value);
                setPage(0);
              }}
            />
          </Stack>
          {docs.length === 0 ? (
            <Typography color="text.secondary">{translate('outbox.documents_none')}</Typography>
          ) : phone ? (
            <Stack divider={<Box sx={{ borderTop: 1, borderColor: 'divider' }} />} data-testid="outbox-documents">
              {docs.map((d) => (
                <Box key={d.id} sx={{ py: 1, cursor: 'pointer' }} onClick={() => setOpen(d)} role="button">
                  <Stack direction="row" justifyContent="space-between" gap={1}>
                    <Typography fontWeight={600}>
                      #{d.seq} {translate(`outbox.kind.${d.kind}`)}
                    </Typography>
                    <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
                      {fmt(d.occurredAt)}
                    </Typography>
                  </Stack>
                  <Typography variant="caption" sx={{ fontFamily: 'monospace' }} display="block">
                    {d.subjectKey}
                  </Typography>
                  <Stack direction="row" gap={0.5} flexWrap="wrap" sx={{ mt: 0.5 }}>
                    {d.deliveries
                      .filter((x) => x.state !== 'NOT_SUBSCRIBED')
                      .map((x) => (
                        <Chip
                          key={x.receiverId}
                          size="small"
                          variant="outlined"
                          color={STATE_COLOR[x.state] ?? 'default'}
                          label={`${x.receiverName}：${translate(`enums.DeliveryState.${x.state}`)}`}
                          sx={{ maxWidth: '100%' }}
                        />
                      ))}
                  </Stack>
                </Box>
              ))}
            </Stack>
          ) : (
            <Box sx={{ overflowX: 'auto' }}>
              <Table size="small" data-testid="outbox-documents">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('outbox.seq')}</TableCell>
                    <TableCell>{translate('outbox.kind_filter')}</TableCell>
                    <TableCell>{translate('outbox.subject')}</TableCell>
                    <TableCell>{translate('outbox.at')}</TableCell>
                    <TableCell>{translate('outbox.delivery')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {docs.map((d) => (
                    <TableRow key={d.id} hover sx={{ cursor: 'pointer' }} onClick={() => setOpen(d)}>
                      <TableCell>#{d.seq}</TableCell>
                      <TableCell>{translate(`outbox.kind.${d.kind}`)}</TableCell>
                      <TableCell sx={{ fontFamily: 'monospace', fontSize: 12 }}>{d.subjectKey}</TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{fmt(d.occurredAt)}</TableCell>
                      <TableCell>
                        <Stack direction="row" gap={0.5} flexWrap="wrap">
                          {d.deliveries
                            .filter((x) => x.state !== 'NOT_SUBSCRIBED')
                            .map((x) => (
                              <Chip
                                key={x.receiverId}
                                size="small"
                                variant="outlined"
                                color={STATE_COLOR[x.state] ?? 'default'}
                                label={`${x.receiverName}：${translate(`enums.DeliveryState.${x.state}`)}`}
                              />
                            ))}
                        </Stack>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
          )}
          <TablePagination
            component="div"
            count={data?.publicationDocuments.total ?? 0}
            page={page}
            onPageChange={(_e, p) => setPage(p)}
            rowsPerPage={perPage}
            rowsPerPageOptions={[10, 25, 50]}
            onRowsPerPageChange={(e) => {
              setPerPage(Number(e.target.value));
              setPage(0);
            }}
          />
        </CardContent>
      </Card>

      <Card>
        <CardContent>
          <Typography variant="h6" sx={{ mb: 1 }}>
            {translate('outbox.log')}
          </Typography>
          <DeliveryLog />
        </CardContent>
      </Card>

      {editing && (
        <ReceiverDialog
          open
          receiver={editing === 'new' ? null : editing}
          kinds={kinds}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void reload();
          }}
        />
      )}
      <DocumentDialog doc={open} receivers={receivers} onClose={() => setOpen(null)} onResent={() => void reload()} />
      <Confirm
        isOpen={!!removing}
        title={translate('outbox.delete_title', { name: removing?.name ?? '' })}
        content={translate('outbox.delete_content')}
        loading={removeCommand.busy}
        onConfirm={async () => {
          if (!removing) return;
          await removeCommand.mutate<DeletePublicationReceiverMutation, DeletePublicationReceiverMutationVariables>(
            documents.DELETE_PUBLICATION_RECEIVER,
            { id: removing.id },
            { refresh: false, success: 'outbox.deleted' },
          );
          setRemoving(null);
          void reload();
        }}
        onClose={() => setRemoving(null)}
      />
    </Box>
  );
};

export default OutboxPage;
