// Where the entry stands against the server (useOfflineDraft.ts): 已同步, or 未同步 with why (offline: sent by itself
// when the connection returns; online: press 保存), 正在同步, or refused because the result changed meanwhile
// (RESULT.STALE) with 重新加载 — the form keeps what was typed here — and 放弃本机草稿.
import { Alert, AlertTitle, Button, Chip, Stack } from '@mui/material';
import CloudDoneIcon from '@mui/icons-material/CloudDoneOutlined';
import CloudOffIcon from '@mui/icons-material/CloudOffOutlined';
import CloudSyncIcon from '@mui/icons-material/CloudSyncOutlined';
import { useTranslate } from 'react-admin';
import type { OfflineEntry } from './useOfflineDraft';

export const SyncState = ({ entry, editable }: { entry: OfflineEntry; editable: boolean }) => {
  const translate = useTranslate();
  const { status, online, queued, rebasedTo } = entry;
  if (status === 'synced') {
    if (!editable) return null;
    return (
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }} data-testid="sync-state" data-state="synced">
        <Chip size="small" variant="outlined" color="success" icon={<CloudDoneIcon />} label={translate('resources.Result.offline.synced_chip')} />
        {!online && <Chip size="small" variant="outlined" icon={<CloudOffIcon />} label={translate('resources.Result.offline.offline_chip')} />}
      </Stack>
    );
  }
  if (status === 'syncing') {
    return (
      <Alert severity="info" icon={<CloudSyncIcon />} data-testid="sync-state" data-state="syncing">
        {translate('resources.Result.offline.syncing')}
      </Alert>
    );
  }
  // The buttons go under the text, not beside it: at 390 px there is no room for both on one line.
  if (status === 'stale') {
    return (
      <Alert severity="error" data-testid="sync-state" data-state="stale">
        <AlertTitle>{translate('resources.Result.offline.stale_title')}</AlertTitle>
        {translate('resources.Result.offline.stale_body')}
        <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 1, flexWrap: 'wrap' }}>
          <Button color="inherit" size="small" variant="outlined" onClick={entry.reload} data-testid="sync-reload">
            {translate('resources.Result.offline.reload')}
          </Button>
          <Button color="inherit" size="small" onClick={() => void entry.discard()} data-testid="sync-discard">
            {translate('resources.Result.offline.discard')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert severity="warning" icon={<CloudOffIcon />} data-testid="sync-state" data-state="unsynced">
      <AlertTitle>{translate('resources.Result.offline.unsynced')}</AlertTitle>
      {rebasedTo !== null
        ? translate('resources.Result.offline.rebased', { version: rebasedTo })
        : !online
          ? translate('resources.Result.offline.unsynced_offline')
          : queued
            ? translate('resources.Result.offline.unsynced_queued')
            : translate('resources.Result.offline.unsynced_online')}
      {rebasedTo !== null && (
        <Stack direction="row" sx={{ mt: 1 }}>
          <Button color="inherit" size="small" variant="outlined" onClick={() => void entry.discard()} data-testid="sync-discard">
            {translate('resources.Result.offline.discard')}
          </Button>
        </Stack>
      )}
    </Alert>
  );
};
