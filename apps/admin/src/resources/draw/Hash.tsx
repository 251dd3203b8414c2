// A SHA-256 shown for a witness to copy down or compare: large monospace, wrapped, with a copy button.
import { useState } from 'react';
import { Box, IconButton, Tooltip, Typography } from '@mui/material';
import ContentCopyIcon from '@mui/icons-material/ContentCopyOutlined';
import { useTranslate } from 'react-admin';

export const Hash = ({ label, value, size = 22, testId }: { label: string; value: string; size?: number; testId?: string }) => {
  const translate = useTranslate();
  const [copied, setCopied] = useState(false);
  return (
    <Box sx={{ mb: 1.5 }}>
      <Typography variant="subtitle2" color="text.secondary">
        {translate(label)}
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
        <Typography
          component="code"
          data-testid={testId}
          sx={{
            fontFamily: '"DejaVu Sans Mono", "Noto Sans Mono", monospace',
            fontSize: size,
            fontWeight: 600,
            lineHeight: 1.35,
            wordBreak: 'break-all',
            letterSpacing: 0.5,
          }}
        >
          {value}
        </Typography>
        <Tooltip title={translate(copied ? 'app.copied' : 'app.copy')}>
          <IconButton
            size="small"
            onClick={() => {
              void navigator.clipboard?.writeText(value).then(() => setCopied(true));
            }}
          >
            <ContentCopyIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      </Box>
    </Box>
  );
};
