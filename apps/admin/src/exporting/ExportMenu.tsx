// Export of a list view — with its current filters and sort — as .xlsx or .csv (UTF-8, or GBK for older Excel),
// built by the server from the whole list (not only the page on screen), with Chinese headers that import back.
import { useState } from 'react';
import { Button, ListItemText, Menu, MenuItem } from '@mui/material';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import { useListContext, useTranslate } from 'react-admin';
import { useCommand } from '../common/useCommand';
import { downloadFile } from './download';

type Format = 'xlsx' | 'csv' | 'csv-gbk';

export function exportUrl(resource: string, format: Format, filter: Record<string, unknown>, sort?: { field: string; order: string }) {
  const ext = format === 'xlsx' ? 'xlsx' : 'csv';
  const params = new URLSearchParams({ filter: JSON.stringify(filter) });
  if (sort) {
    params.set('sortField', sort.field);
    params.set('sortOrder', sort.order);
  }
  if (format === 'csv-gbk') params.set('encoding', 'gbk');
  return `/export/${resource}.${ext}?${params}`;
}

/** `label` names what is exported when it is not the list as shown (e.g. only the published results). */
export const ExportMenu = ({ resource, label }: { resource: string; label?: string }) => {
  const translate = useTranslate();
  const { filterValues, sort, total } = useListContext();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
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
      </Menu>
    </>
  );
};
