// 分析人员的只读 API 令牌: create (the token is shown once), list, revoke. ANALYST and ADMIN only.
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import AddIcon from '@mui/icons-material/Add';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import KeyIcon from '@mui/icons-material/KeyOutlined';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { Confirm, Title, useLocaleState, usePermissions, useTranslate } from 'react-admin';
import type {
  CreateApiTokenMutation,
  CreateApiTokenMutationVariables,
  MyApiTokensQuery,
  MyApiTokensQueryVariables,
  RevokeApiTokenMutation,
  RevokeApiTokenMutationVariables,
} from '@ssj/graphql-types/operations';
import { mayManageApiTokens } from '../authProvider';
import { mutate, useCommand } from '../common/useCommand';
import { graphqlClient } from '../dataProvider/graphqlClient';
import * as documents from '../dataProvider/documents';
import { errorMessage } from '../dataProvider/errors';
import { intlLocale } from '../i18n';
import type { Role } from '../session';

type ApiToken = MyApiTokensQuery['myApiTokens'][number];

const MY_TOKENS = documents.MY_API_TOKENS;

const useTokens = (enabled: boolean) =>
  useQuery({
    queryKey: ['myApiTokens'],
    enabled,
    queryFn: async () => (await graphqlClient.query<MyApiTokensQuery, MyApiTokensQueryVariables>({ query: MY_TOKENS })).data.myApiTokens,
  });

const Status = ({ t }: { t: ApiToken }) => {
  const translate = useTranslate();
  if (t.revokedAt) return <Chip size="small" label={translate('apiTokens.revoked')} />;
  if (Date.parse(t.expiresAt) <= Date.now()) return <Chip size="small" color="warning" variant="outlined" label={translate('apiTokens.expired')} />;
  return <Chip size="small" color="success" variant="outlined" label={translate('apiTokens.active')} />;
};

const CreateDialog = ({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (token: string) => void }) => {
  const translate = useTranslate();
  const [name, setName] = useState('');
  const [days, setDays] = useState('90');
  // The new token is shown once (NewTokenDialog); the page's list refetches through onCreated.
  const command = useCommand();
  const { busy } = command;
  const error = command.error?.message;
  const submit = async () => {
    const data = await command.mutate<CreateApiTokenMutation, CreateApiTokenMutationVariables>(
      documents.CREATE_API_TOKEN,
      { name: name.trim(), days: days ? Number(days) : null },
      { refresh: false },
    );
    if (data) {
      onCreated(data.createApiToken.token);
      setName('');
    }
  };
  return (
    <Dialog open={open} onClose={() => !busy && onClose()} maxWidth="xs" fullWidth>
      <DialogTitle>{translate('apiTokens.create')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <TextField
            name="name"
            label={translate('apiTokens.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            autoFocus
            error={!!error}
          />
          <TextField
            name="days"
            type="number"
            label={translate('apiTokens.days')}
            value={days}
            onChange={(e) => setDays(e.target.value)}
            slotProps={{ htmlInput: { min: 1, max: 365 } }}
          />
          {error && <Alert severity="error">{error}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {translate('ra.action.cancel')}
        </Button>
        <Button onClick={submit} variant="contained" disabled={busy || !name.trim()}>
          {translate('ra.action.create')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

const NewTokenDialog = ({ token, onClose }: { token: string | null; onClose: () => void }) => {
  const translate = useTranslate();
  const [copied, setCopied] = useState(false);
  return (
    <Dialog open={!!token} onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{translate('apiTokens.created_title')}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('apiTokens.created_once')}
        </Alert>
        <Stack direction="row" spacing={1} alignItems="center">
          <Box component="code" data-testid="new-token" sx={{ flex: 1, p: 1, bgcolor: 'grey.100', borderRadius: 1, wordBreak: 'break-all', fontSize: 14 }}>
            {token}
          </Box>
          <Tooltip title={translate(copied ? 'app.copied' : 'app.copy')}>
            <IconButton onClick={() => token && navigator.clipboard?.writeText(token).then(() => setCopied(true))}>
              <ContentCopyIcon />
            </IconButton>
          </Tooltip>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button
          onClick={() => {
            setCopied(false);
            onClose();
          }}
          variant="contained"
        >
          {translate('ra.action.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

export const ApiTokensPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const revokeCommand = useCommand();
  const { permissions, isPending: permissionsPending } = usePermissions<Role>();
  const allowed = mayManageApiTokens(permissions);
  const queryClient = useQueryClient();
  const { data, error, isPending } = useTokens(allowed);
  const [creating, setCreating] = useState(false);
  const [newToken, setNewToken] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const fmt = (iso: string | null) => (iso ? new Date(iso).toLocaleString(intlLocale(locale), { hour12: false }) : '—');

  if (permissionsPending) return null;
  if (!allowed)
    return (
      <Alert severity="warning" sx={{ mt: 2 }}>
        {translate('apiTokens.forbidden')}
      </Alert>
    );

  const revoke = async () => {
    if (!revoking) return;
    await revokeCommand.run(() => mutate<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>(documents.REVOKE_API_TOKEN, { id: revoking.id }), {
      success: 'apiTokens.revoked_ok',
      refresh: false,
    });
    // Refused or not, the list shows the token as it now stands (e.g. revoked meanwhile in another tab).
    setRevoking(null);
    await queryClient.invalidateQueries({ queryKey: ['myApiTokens'] });
  };

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="apiTokens.title" />
      <Card>
        <CardContent>
          <Stack direction="row" alignItems="center" justifyContent="space-between" sx={{ mb: 2 }}>
            <Stack direction="row" spacing={1} alignItems="center">
              <KeyIcon color="primary" />
              <Typography variant="h6">{translate('apiTokens.title')}</Typography>
            </Stack>
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
              {translate('apiTokens.create')}
            </Button>
          </Stack>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('apiTokens.intro')}
          </Typography>
          {error && <Alert severity="error">{errorMessage(error)}</Alert>}
          {isPending && <Skeleton variant="rounded" height={80} />}
          {data && data.length === 0 && <Typography color="text.secondary">{translate('apiTokens.none')}</Typography>}
          {data && data.length > 0 && (
            <Table size="small" data-testid="api-tokens">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('apiTokens.name')}</TableCell>
                  <TableCell>{translate('apiTokens.token_hint')}</TableCell>
                  <TableCell>{translate('apiTokens.created_at')}</TableCell>
                  <TableCell>{translate('apiTokens.expires_at')}</TableCell>
                  <TableCell>{translate('apiTokens.last_used_at')}</TableCell>
                  <TableCell>{translate('apiTokens.status')}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {data.map((t) => (
                  <TableRow key={t.id}>
                    <TableCell>{t.name ?? '—'}</TableCell>
                    <TableCell>
                      <code>{t.tokenHint}…</code>
                    </TableCell>
                    <TableCell>{fmt(t.createdAt)}</TableCell>
                    <TableCell>{fmt(t.expiresAt)}</TableCell>
                    <TableCell>{fmt(t.lastUsedAt)}</TableCell>
                    <TableCell>
                      <Status t={t} />
                    </TableCell>
                    <TableCell align="right">
                      {!t.revokedAt && (
                        <Button size="small" color="error" onClick={() => setRevoking(t)}>
                          {translate('apiTokens.revoke')}
                        </Button>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
      <CreateDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(token) => {
          setCreating(false);
          setNewToken(token);
          void queryClient.invalidateQueries({ queryKey: ['myApiTokens'] });
        }}
      />
      <NewTokenDialog token={newToken} onClose={() => setNewToken(null)} />
      <Confirm
        isOpen={!!revoking}
        loading={revokeCommand.busy}
        title="apiTokens.revoke_title"
        translateOptions={{ name: revoking?.name ?? revoking?.tokenHint ?? '' }}
        content="apiTokens.revoke_content"
        onConfirm={revoke}
        onClose={() => setRevoking(null)}
      />
    </Box>
  );
};

export default ApiTokensPage;
