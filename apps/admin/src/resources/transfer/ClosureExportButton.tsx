// G28 (由市局汇总后将名单上报省厅): the list of targets closed without inspection (unreachable, deregistered) and
// transferred, for a period and a unit, as .xlsx or .csv for the city/provincial report.
import { useState } from 'react';
import { Button, FormControl, InputLabel, MenuItem, Select, Stack, TextField } from '@mui/material';
import ReportIcon from '@mui/icons-material/AssignmentReturnedOutlined';
import { useGetIdentity, useGetList, useTranslate } from 'react-admin';
import { CommandDialog } from '../../common/CommandDialog';
import { today } from '../../common/today';
import { downloadFile } from '../../exporting/download';
import { exportUrl } from '../../exporting/ExportMenu';

type Format = 'xlsx' | 'csv' | 'csv-gbk';

export const ClosureExportButton = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const [open, setOpen] = useState(false);
  const year = today().slice(0, 4);
  const [from, setFrom] = useState(`${year}-01-01`);
  const [to, setTo] = useState(today());
  const [unitId, setUnitId] = useState<string | null>(null);
  const [format, setFormat] = useState<Format>('xlsx');
  const { data: units } = useGetList<{ id: string; name: string }>(
    'Unit',
    { pagination: { page: 1, perPage: 500 }, sort: { field: 'code', order: 'ASC' } },
    { enabled: open },
  );
  const unit = unitId ?? (identity?.role === 'ADMIN' ? '' : String(identity?.unitId ?? ''));
  return (
    <>
      <Button size="small" startIcon={<ReportIcon />} onClick={() => setOpen(true)} data-testid="closure-export">
        {translate('resources.Transfer.closure_export')}
      </Button>
      <CommandDialog
        open={open}
        onClose={() => setOpen(false)}
        title="resources.Transfer.closure_export_title"
        content="resources.Transfer.closure_export_content"
        confirmLabel="resources.Transfer.closure_export_go"
        testId="closure-export"
        disabled={!from || !to || from > to}
        onConfirm={async () => {
          await downloadFile(exportUrl('Closure', format, { from, to, ...(unit ? { unitId: unit } : {}) }), `closures.${format === 'xlsx' ? 'xlsx' : 'csv'}`);
          setOpen(false);
        }}
      >
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField
            type="date"
            label={translate('resources.Transfer.period_from')}
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
            fullWidth
            name="from"
          />
          <TextField
            type="date"
            label={translate('resources.Transfer.period_to')}
            value={to}
            onChange={(e) => setTo(e.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
            fullWidth
            name="to"
          />
        </Stack>
        <FormControl fullWidth>
          <InputLabel id="closure-unit" shrink>
            {translate('resources.Transfer.unit')}
          </InputLabel>
          <Select
            labelId="closure-unit"
            label={translate('resources.Transfer.unit')}
            value={units ? unit : ''}
            onChange={(e) => setUnitId(e.target.value)}
            name="unitId"
            displayEmpty
            notched
          >
            <MenuItem value="">{translate('resources.Transfer.all_units')}</MenuItem>
            {(units ?? []).map((u) => (
              <MenuItem key={u.id} value={u.id}>
                {u.name}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        <FormControl fullWidth>
          <InputLabel id="closure-format">{translate('resources.Transfer.format')}</InputLabel>
          <Select
            labelId="closure-format"
            label={translate('resources.Transfer.format')}
            value={format}
            onChange={(e) => setFormat(e.target.value as Format)}
            name="format"
          >
            <MenuItem value="xlsx">{translate('exporting.xlsx')}</MenuItem>
            <MenuItem value="csv">{translate('exporting.csv')}</MenuItem>
            <MenuItem value="csv-gbk">{translate('exporting.csv_gbk')}</MenuItem>
          </Select>
        </FormControl>
      </CommandDialog>
    </>
  );
};
