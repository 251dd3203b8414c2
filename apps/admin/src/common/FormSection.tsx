// A titled group of inputs laid out in responsive columns, so long forms stay readable.
import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

export const FormSection = ({ title, children, columns = 2 }: { title?: string; children: ReactNode; columns?: 1 | 2 | 3 }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%', mb: 1 }}>
      {title && (
        <Typography variant="subtitle1" sx={{ fontWeight: 600, mt: 1, mb: 1, color: 'text.secondary' }}>
          {translate(title, { _: title })}
        </Typography>
      )}
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', md: `repeat(${columns}, minmax(0, 1fr))` },
          columnGap: 2,
          alignItems: 'start',
          '& > *': { minWidth: 0 },
        }}
      >
        {children}
      </Box>
    </Box>
  );
};
