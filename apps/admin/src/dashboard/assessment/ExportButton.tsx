// 导出 Excel: the given tables as an .xlsx (exceljs is loaded on the first click).
import { Button, CircularProgress, IconButton, Tooltip } from '@mui/material';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import { useTranslate } from 'react-admin';
import { useCommand } from '../../common/useCommand';
import type { Sheet } from './sheets';
import { saveBlob, workbookBlob, xlsxFileName } from './xlsx';

type Props = { sheets: () => Sheet[]; title: string; period: string; compact?: boolean; testId: string };

export const ExportButton = ({ sheets, title, period, compact, testId }: Props) => {
  const translate = useTranslate();
  // Built in the browser from figures already on screen: nothing to refresh; a failure is notified.
  const command = useCommand();
  const { busy } = command;
  const run = () =>
    command.run(async () => saveBlob(await workbookBlob(sheets(), { title, subject: period }), xlsxFileName(title, period)), {
      refresh: false,
      failure: 'assessment.export_error',
    });
  const icon = busy ? <CircularProgress size={16} /> : <DownloadIcon fontSize="small" />;
  if (compact) {
    return (
      <Tooltip title={translate('assessment.export_table')}>
        <span>
          <IconButton
            size="small"
            onClick={() => void run()}
            disabled={busy}
            data-testid={testId}
            className="no-print"
            aria-label={translate('assessment.export_table')}
          >
            {icon}
          </IconButton>
        </span>
      </Tooltip>
    );
  }
  return (
    <Button size="small" variant="outlined" startIcon={icon} onClick={() => void run()} disabled={busy} data-testid={testId} className="no-print">
      {translate('assessment.export_all')}
    </Button>
  );
};
