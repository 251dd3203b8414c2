// Export of a list view — with its current filters and sort — as .xlsx or .csv (UTF-8, or GBK for older Excel),
// built by the server from the whole list (not only the page on screen), with Chinese headers that import back.
import { useState } from 'react';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, ListItemText, Menu, MenuItem, Stack, TextField, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import { useListContext, useTranslate } from 'react-admin';
import { useCommand } from '../common/useCommand';
import { LIST_OF_RESOURCE } from '../resources/mappingProfile/lists';
import { downloadFile } from './download';
import { ProfileSelect } from './ProfileSelect';

type Format = 'xlsx' | 'csv' | 'csv-gbk';

export function exportUrl(
  resource: string,
  format: Format,
  filter: Record<string, unknown>,
  sort?: { field: string; order: string },
  exchange: { profile?: string; changedSince?: string } = {},
) {
  const ext = format === 'xlsx' ? 'xlsx' : 'csv';
  const params = new URLSearchParams({ filter: JSON.stringify(filter) });
  if (sort) {
    params.set('sortField', sort.field);
    params.set('sortOrder', sort.order);
  }
  if (format === 'csv-gbk') params.set('encoding', 'gbk');
  if (exchange.profile) params.set('profile', exchange.profile);
  if (exchange.changedSince) params.set('changedSince', exchange.changedSince);
  return `/export/${resource}.${ext}?${params}`;
}

/** The two directories exchanged with the city take "changed since" (docs/publication.md). */
const CHANGE_RESOURCES = new Set(['Target', 'Inspector']);

/**
 * 交换导出: the list through an EXPORT mapping profile and, for the two directories, only what changed since a day;
 * shows the URL a schedule calls with a read-only API token.
 */
const ExchangeDialog = ({ resource, open, onClose }: { resource: string; open: boolean; onClose: () => void }) => {
  const translate = useTranslate();
  const { filterValues } = useListContext();
  const [profile, setProfile] = useState('');
  const [format, setFormat] = useState<Format>('xlsx');
  const [since, setSince] = useState('');
  const command = useCommand();
  const changes = CHANGE_RESOURCES.has(resource);
  const url = exportUrl(resource, format, filterValues ?? {}, undefined, { profile, ...(changes && since ? { changedSince: since } : {}) });
  const download = () => command.run(() => downloadFile(url, `${resource}.${format === 'xlsx' ? 'xlsx' : 'csv'}`), { refresh: false }).then(() => onClose());
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" data-testid="exchange-dialog">
      <DialogTitle>{translate('exporting.exchange_title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <ProfileSelect resource={resource} direction="EXPORT" value={profile} onChange={setProfile} />
          <TextField select size="small" label={translate('exporting.format')} value={format} onChange={(e) => setFormat(e.target.value as Format)}>
            <MenuItem value="xlsx">{translate('exporting.xlsx')}</MenuItem>
            <MenuItem value="csv">{translate('exporting.csv')}</MenuItem>
            <MenuItem value="csv-gbk">{translate('exporting.csv_gbk')}</MenuItem>
          </TextField>
          {changes && (
            <TextField
              size="small"
              type="date"
              label={translate('exporting.changed_since')}
              value={since}
              onChange={(e) => setSince(e.target.value)}
              helperText={translate('exporting.changed_since_help')}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'changed-since' } }}
            />
          )}
          <Typography variant="caption" color="text.secondary">
            {translate('exporting.schedule_help')}
          </Typography>
          <Box
            component="code"
            data-testid="exchange-url"
            sx={{ display: 'block', p: 1, bgcolor: 'action.hover', borderRadius: 1, fontSize: 12, wordBreak: 'break-all' }}
          >
            {`curl -H "Authorization: Bearer $SSJ_TOKEN" -o out.${format === 'xlsx' ? 'xlsx' : 'csv'} "${window.location.origin}${url}"`}
          </Box>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" startIcon={<DownloadIcon />} onClick={() => void download()} disabled={command.busy} data-testid="exchange-download">
          {translate('exporting.button')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/** `label` names what is exported when it is not the list as shown (e.g. only the published results). */
export const ExportMenu = ({ resource, label }: { resource: string; label?: string }) => {
  const translate = useTranslate();
  const { filterValues, sort, total } = useListContext();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [exchange, setExchange] = useState(false);
  // A download changes nothing: no refresh; a refusal (e.g. IMPORT.FILTER_INVALID) is notified.
  const command = useCommand();
  const { busy } = command;
  const run = (format: Format) => {
    setAnchor(null);
    return command.run(() => downloadFile(exportUrl(resource, format, filterValues ?? {}, sort), `${resource}.${format === 'xlsx' ? 'xlsx' : 'csv'}`), {
      refresh: false,
    });
  };
  return (
    <>
      <Button size="small" startIcon={<DownloadIcon />} onClick={(e) => setAnchor(e.currentTarget)} disabled={busy || total === 0} data-testid="export-menu">
        {translate(busy ? 'exporting.busy' : (label ?? 'exporting.button'))}
      </Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => void run('xlsx')}>
          <ListItemText primary={translate('exporting.xlsx')} secondary={label ? undefined : translate('exporting.filtered', { count: total ?? 0 })} />
        </MenuItem>
        <MenuItem onClick={() => void run('csv')}>
          <ListItemText primary={translate('exporting.csv')} />
        </MenuItem>
        <MenuItem onClick={() => void run('csv-gbk')}>
          <ListItemText primary={translate('exporting.csv_gbk')} />
        </MenuItem>
        {LIST_OF_RESOURCE[resource] && (
          <MenuItem
            onClick={() => {
              setAnchor(null);
              setExchange(true);
            }}
            data-testid="export-exchange"
          >
            <ListItemText primary={translate('exporting.exchange')} secondary={translate('exporting.exchange_help')} />
          </MenuItem>
        )}
      </Menu>
      {exchange && <ExchangeDialog resource={resource} open={exchange} onClose={() => setExchange(false)} />}
    </>
  );
};
