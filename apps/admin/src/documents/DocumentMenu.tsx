// The printable documents of a page (the API's /documents/… routes, apps/api/src/documents): one button opening a
// menu of the PDFs (and the dossier's ZIP) this record has. Each downloads with the session's token under the
// server's Chinese file name; a refusal (e.g. DOCUMENT.NOT_AVAILABLE) is notified in the UI's language.
import { useState } from 'react';
import { Button, ListItemText, Menu, MenuItem } from '@mui/material';
import PrintIcon from '@mui/icons-material/PrintOutlined';
import { useTranslate } from 'react-admin';
import { useCommand } from '../common/useCommand';
import { downloadFile } from '../exporting/download';

export type DocumentLink = {
  /** i18n key of the document's name (documents.*). */
  label: string;
  /** i18n key of a line under it, if any. */
  hint?: string;
  /** The API path, e.g. /documents/tasks/<id>/announcement.pdf. */
  url: string;
  /** The name to save under if the server sends none. */
  fileName: string;
};

export const documentUrl = {
  notice: (taskTargetId: string) => `/documents/task-targets/${encodeURIComponent(taskTargetId)}/notice.pdf`,
  record: (taskTargetId: string, blank = false) => `/documents/task-targets/${encodeURIComponent(taskTargetId)}/record.pdf${blank ? '?blank=1' : ''}`,
  announcement: (taskId: string) => `/documents/tasks/${encodeURIComponent(taskId)}/announcement.pdf`,
  results: (taskId: string) => `/documents/tasks/${encodeURIComponent(taskId)}/results.pdf`,
  plan: (planId: string) => `/documents/plans/${encodeURIComponent(planId)}/plan.pdf`,
  dossier: (targetId: string, format: 'pdf' | 'zip' | 'json') => `/documents/targets/${encodeURIComponent(targetId)}/dossier.${format}`,
};

export const DocumentMenu = ({ documents, testId = 'document-menu' }: { documents: readonly DocumentLink[]; testId?: string }) => {
  const translate = useTranslate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const command = useCommand();
  if (!documents.length) return null;
  const run = (d: DocumentLink) => {
    setAnchor(null);
    return command.run(() => downloadFile(d.url, d.fileName), { refresh: false });
  };
  return (
    <>
      <Button size="small" startIcon={<PrintIcon />} onClick={(e) => setAnchor(e.currentTarget)} disabled={command.busy} data-testid={testId}>
        {translate(command.busy ? 'documents.busy' : 'documents.button')}
      </Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        {documents.map((d) => (
          <MenuItem key={d.url} onClick={() => void run(d)}>
            <ListItemText primary={translate(d.label)} secondary={d.hint ? translate(d.hint) : undefined} />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};
