// The evidence files on a phone: one card each (name, time, type and size, the start of its SHA-256) with large
// download and remove buttons, instead of the table's five columns.
import { Box, IconButton, Stack, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/DownloadOutlined';
import DeleteIcon from '@mui/icons-material/DeleteOutline';
import { useLocaleState, useTranslate } from 'react-admin';
import { intlLocale } from '../../i18n';
import type { Evidence } from './types';

export const EvidenceCards = ({
  evidence,
  size,
  mayChange,
  onDownload,
  onRemove,
}: {
  evidence: readonly Evidence[];
  size: (bytes: number) => string;
  mayChange: boolean;
  onDownload: (e: Evidence) => void;
  onRemove: (e: Evidence) => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Stack spacing={1} data-testid="evidence-list" data-layout="cards">
      {evidence.map((e) => (
        <Box
          key={e.id}
          data-testid="evidence-card"
          sx={{ display: 'flex', alignItems: 'center', gap: 1, border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}
        >
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Typography variant="body2" sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}>
              {e.filename}
            </Typography>
            <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
              {new Date(e.uploadedAt).toLocaleString(intlLocale(locale), { hour12: false })}
            </Typography>
            <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }} data-testid="evidence-size">
              {e.mimeType} · {size(e.size)} · <span style={{ fontFamily: 'monospace' }}>{e.sha256.slice(0, 12)}…</span>
            </Typography>
          </Box>
          <IconButton
            aria-label={translate('resources.Result.download')}
            onClick={() => onDownload(e)}
            sx={{ width: 48, height: 48 }}
            data-testid="evidence-download"
          >
            <DownloadIcon />
          </IconButton>
          {mayChange && (
            <IconButton
              aria-label={translate('resources.Result.remove')}
              color="error"
              onClick={() => onRemove(e)}
              sx={{ width: 48, height: 48 }}
              data-testid="evidence-remove"
            >
              <DeleteIcon />
            </IconButton>
          )}
        </Box>
      ))}
    </Stack>
  );
};
