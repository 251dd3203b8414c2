// The unit's reminder channels (docs/notifications.md "Channels"), a tab of the unit's page: a 企业微信 or 钉钉 group
// robot's webhook, or e-mail over SMTP, each with its quiet hours, and the latest messages sent through it.
// The lead unit's administrators manage every unit's; a unit's principal their own (the server decides, too).
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useGetIdentity, useRecordContext, useTranslate } from 'react-admin';
import {
  Alert,
  Box,
  Button,
  Card,
  CardActions,
  CardContent,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import type {
  DeleteNotificationChannelMutation,
  DeleteNotificationChannelMutationVariables,
  NotificationChannelsQuery,
  NotificationChannelsQueryVariables,
  SaveNotificationChannelMutation,
  SaveNotificationChannelMutationVariables,
} from '@ssj/graphql-types/operations';
import type { NotificationChannelInput, NotificationChannelKind } from '@ssj/graphql-types';
import { graphqlClient } from '../../dataProvider/graphqlClient';
import { errorMessage } from '../../dataProvider/errors';
import { useCommand } from '../../common/useCommand';
import { DELETE_NOTIFICATION_CHANNEL, NOTIFICATION_CHANNELS, SAVE_NOTIFICATION_CHANNEL } from '../../dataProvider/notificationDocuments';
import { useDateTimeFormat } from '../../common/LocalDateField';

type Channel = NotificationChannelsQuery['notificationChannels'][number];
const KINDS: NotificationChannelKind[] = ['WECOM', 'DINGTALK', 'EMAIL'];

/** Whether the signed-in user manages this unit's channels (as the server's rule). */
export const useMayManageChannels = (unitId: string | undefined) => {
  const { identity } = useGetIdentity();
  if (!identity || !unitId) return false;
  return identity.role === 'ADMIN' || (identity.role === 'UNIT_STAFF' && !!identity.isPrincipal && identity.unitId === unitId);
};

type Draft = {
  kind: NotificationChannelKind;
  name: string;
  enabled: boolean;
  url: string;
  secret: string;
  smtpHost: string;
  smtpPort: string;
  smtpSecure: boolean;
  smtpUser: string;
  smtpPassword: string;
  mailFrom: string;
  recipients: string;
  quietFrom: string;
  quietTo: string;
};

const draftOf = (c?: Channel): Draft => ({
  kind: c?.kind ?? 'WECOM',
  name: c?.name ?? '',
  enabled: c?.enabled ?? true,
  url: c?.url ?? '',
  secret: '',
  smtpHost: c?.smtpHost ?? '',
  smtpPort: c?.smtpPort != null ? String(c.smtpPort) : '',
  smtpSecure: c?.smtpSecure ?? false,
  smtpUser: c?.smtpUser ?? '',
  smtpPassword: '',
  mailFrom: c?.mailFrom ?? '',
  recipients: (c?.recipients ?? []).join(', '),
  quietFrom: c?.quietFrom ?? '20:00',
  quietTo: c?.quietTo ?? '08:00',
});

const ChannelDialog = ({ unitId, channel, onClose }: { unitId: string; channel: Channel | null | undefined; onClose: (saved: boolean) => void }) => {
  const translate = useTranslate();
  const [d, setD] = useState<Draft>(() => draftOf(channel ?? undefined));
  const command = useCommand();
  const set = (k: keyof Draft) => (e: { target: { value: string; checked?: boolean } }) =>
    setD({ ...d, [k]: typeof d[k] === 'boolean' ? !!e.target.checked : e.target.value });
  const f = (k: keyof Draft) => translate(`reminders.channel.${k}`);
  const save = async () => {
    const input: NotificationChannelInput = {
      ...(channel ? {} : { unitId, kind: d.kind }),
      name: d.name,
      enabled: d.enabled,
      quietFrom: d.quietFrom,
      quietTo: d.quietTo,
      ...(d.kind === 'EMAIL'
        ? {
            smtpHost: d.smtpHost,
            smtpPort: d.smtpPort ? Number(d.smtpPort) : null,
            smtpSecure: d.smtpSecure,
            smtpUser: d.smtpUser,
            mailFrom: d.mailFrom,
            recipients: d.recipients.split(/[,，;；\s]+/).filter(Boolean),
            ...(d.smtpPassword ? { smtpPassword: d.smtpPassword } : {}),
          }
        : { url: d.url, ...(d.kind === 'DINGTALK' && d.secret ? { secret: d.secret } : {}) }),
    } as NotificationChannelInput;
    const saved = await command.mutate<SaveNotificationChannelMutation, SaveNotificationChannelMutationVariables>(
      SAVE_NOTIFICATION_CHANNEL,
      { id: channel?.id ?? null, input },
      { refresh: false },
    );
    if (saved) onClose(true);
  };
  return (
    <Dialog open onClose={() => onClose(false)} fullWidth maxWidth="sm">
      <DialogTitle>{translate(channel ? 'reminders.channel.edit' : 'reminders.channel.add')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          {command.error && <Alert severity="error">{command.error.message}</Alert>}
          <TextField select label={f('kind')} value={d.kind} onChange={set('kind')} disabled={!!channel} name="kind">
            {KINDS.map((k) => (
              <MenuItem key={k} value={k}>
                {translate(`enums.NotificationChannelKind.${k}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField label={f('name')} value={d.name} onChange={set('name')} name="name" required />
          {d.kind !== 'EMAIL' && (
            <TextField label={f('url')} value={d.url} onChange={set('url')} name="url" helperText={translate(`reminders.help.${d.kind}`)} />
          )}
          {d.kind === 'DINGTALK' && (
            <TextField
              label={f('secret')}
              value={d.secret}
              onChange={set('secret')}
              name="secret"
              type="password"
              helperText={channel?.hasSecret ? translate('reminders.help.secret_kept') : translate('reminders.help.secret')}
            />
          )}
          {d.kind === 'EMAIL' && (
            <>
              <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
                <TextField label={f('smtpHost')} value={d.smtpHost} onChange={set('smtpHost')} name="smtpHost" sx={{ flex: 2 }} />
                <TextField label={f('smtpPort')} value={d.smtpPort} onChange={set('smtpPort')} name="smtpPort" sx={{ flex: 1 }} />
              </Stack>
              <FormControlLabel control={<Switch checked={d.smtpSecure} onChange={set('smtpSecure')} />} label={f('smtpSecure')} />
              <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
                <TextField label={f('smtpUser')} value={d.smtpUser} onChange={set('smtpUser')} name="smtpUser" sx={{ flex: 1 }} />
                <TextField
                  label={f('smtpPassword')}
                  value={d.smtpPassword}
                  onChange={set('smtpPassword')}
                  name="smtpPassword"
                  type="password"
                  sx={{ flex: 1 }}
                  helperText={channel?.hasSmtpPassword ? translate('reminders.help.secret_kept') : undefined}
                />
              </Stack>
              <TextField label={f('mailFrom')} value={d.mailFrom} onChange={set('mailFrom')} name="mailFrom" />
              <TextField
                label={f('recipients')}
                value={d.recipients}
                onChange={set('recipients')}
                name="recipients"
                helperText={translate('reminders.help.recipients')}
              />
            </>
          )}
          <Stack direction="row" spacing={2}>
            <TextField label={f('quietFrom')} value={d.quietFrom} onChange={set('quietFrom')} name="quietFrom" sx={{ flex: 1 }} />
            <TextField label={f('quietTo')} value={d.quietTo} onChange={set('quietTo')} name="quietTo" sx={{ flex: 1 }} />
          </Stack>
          <FormControlLabel control={<Switch checked={d.enabled} onChange={set('enabled')} />} label={f('enabled')} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose(false)}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={save} disabled={command.busy} data-testid="channel-save">
          {translate('ra.action.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

export const NotificationChannels = () => {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const command = useCommand();
  const format = useDateTimeFormat();
  const queryClient = useQueryClient();
  const may = useMayManageChannels(record?.id);
  const [editing, setEditing] = useState<Channel | null | undefined>(undefined); // undefined: closed; null: new
  const { data, error } = useQuery({
    queryKey: ['notificationChannels', record?.id],
    enabled: !!record && may,
    queryFn: async () =>
      (
        await graphqlClient.query<NotificationChannelsQuery, NotificationChannelsQueryVariables>({
          query: NOTIFICATION_CHANNELS,
          variables: { unitId: record!.id },
        })
      ).data,
  });
  if (!record) return null;
  if (!may) return <Alert severity="info">{translate('reminders.channel.not_yours')}</Alert>;
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['notificationChannels', record.id] });
  const remove = async (c: Channel) => {
    if (!window.confirm(translate('reminders.channel.confirm_delete', { name: c.name }))) return;
    await command.mutate<DeleteNotificationChannelMutation, DeleteNotificationChannelMutationVariables>(DELETE_NOTIFICATION_CHANNEL, { id: c.id }, { refresh });
  };
  return (
    <Box data-testid="notification-channels">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('reminders.channel.intro', { time: data?.notificationDigestTime ?? '08:30' })}
      </Typography>
      {error && <Alert severity="error">{errorMessage(error)}</Alert>}
      <Stack spacing={2}>
        {data?.notificationChannels.map((c) => (
          <Card key={c.id} variant="outlined" data-testid="notification-channel">
            <CardContent>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
                <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
                  {c.name}
                </Typography>
                <Chip size="small" label={translate(`enums.NotificationChannelKind.${c.kind}`)} />
                <Chip size="small" color={c.enabled ? 'success' : 'default'} label={translate(c.enabled ? 'reminders.channel.on' : 'reminders.channel.off')} />
                <Chip size="small" variant="outlined" label={translate('reminders.channel.quiet', { from: c.quietFrom, to: c.quietTo })} />
              </Stack>
              <Typography variant="body2" sx={{ mt: 1, wordBreak: 'break-all', fontFamily: 'monospace' }}>
                {c.kind === 'EMAIL'
                  ? `${c.smtpHost ?? ''}:${c.smtpPort ?? (c.smtpSecure ? 465 : 25)} · ${c.mailFrom ?? ''} → ${c.recipients.length ? c.recipients.join(', ') : translate('reminders.channel.unit_users')}`
                  : `${c.url ?? ''}${c.hasSecret ? ` · ${translate('reminders.channel.signed')}` : ''}`}
              </Typography>
              {c.recentDeliveries.length > 0 && (
                <Box sx={{ mt: 1 }}>
                  {c.recentDeliveries.map((x) => (
                    <Typography
                      key={`${x.createdAt}-${x.title}`}
                      variant="caption"
                      component="div"
                      color={x.status === 'SENT' ? 'text.secondary' : 'warning.main'}
                    >
                      {translate(`enums.NotificationDeliveryStatus.${x.status}`)} · {format(x.sentAt ?? x.nextAttemptAt)} · {x.title}
                      {x.lastError ? ` · ${x.lastError}（${x.attempts}）` : ''}
                    </Typography>
                  ))}
                </Box>
              )}
            </CardContent>
            <CardActions>
              <Button size="small" onClick={() => setEditing(c)}>
                {translate('ra.action.edit')}
              </Button>
              <Button size="small" color="error" onClick={() => void remove(c)}>
                {translate('ra.action.delete')}
              </Button>
            </CardActions>
          </Card>
        ))}
        {data && data.notificationChannels.length === 0 && <Typography color="text.secondary">{translate('reminders.channel.none')}</Typography>}
      </Stack>
      <Button variant="outlined" sx={{ mt: 2 }} onClick={() => setEditing(null)} data-testid="channel-add">
        {translate('reminders.channel.add')}
      </Button>
      {editing !== undefined && (
        <ChannelDialog
          unitId={record.id}
          channel={editing}
          onClose={(saved) => {
            setEditing(undefined);
            if (saved) void refresh();
          }}
        />
      )}
    </Box>
  );
};
