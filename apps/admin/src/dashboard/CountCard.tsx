import type { ComponentType, ReactNode } from 'react';
import { Box, Card, CardActionArea, Typography } from '@mui/material';
import { LinkBase } from 'react-admin';

type Props = { icon: ComponentType<{ sx?: object }>; title: string; value: ReactNode; detail?: ReactNode; to: string; testId?: string };

/** One figure with a link to the list it counts. */
export const CountCard = ({ icon: Icon, title, value, detail, to, testId }: Props) => (
  <Card sx={{ flex: '1 1 200px' }}>
    <CardActionArea component={LinkBase} to={to} sx={{ p: 2, display: 'flex', alignItems: 'center', justifyContent: 'flex-start', gap: 2 }}>
      <Box sx={{ bgcolor: 'primary.main', color: 'primary.contrastText', borderRadius: 2, p: 1.2, display: 'flex' }}>
        <Icon sx={{ fontSize: 32 }} />
      </Box>
      <Box>
        <Typography variant="body2" color="text.secondary">
          {title}
        </Typography>
        <Typography variant="h4" component="div" data-testid={testId} sx={{ fontWeight: 600, lineHeight: 1.2 }}>
          {value}
        </Typography>
        {detail && (
          <Typography variant="caption" color="text.secondary">
            {detail}
          </Typography>
        )}
      </Box>
    </CardActionArea>
  </Card>
);
