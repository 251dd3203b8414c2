// A chart's frame: title, a hint of what a click opens, the export of the chart's table, and a placeholder
// while the (lazily loaded) chart arrives.
import { Suspense, type ReactNode } from 'react';
import { Card, CardContent, CardHeader, Skeleton, Typography } from '@mui/material';

type Props = {
  title: string;
  subheader?: string;
  action?: ReactNode;
  height?: number;
  empty?: string | null;
  testId: string;
  children: ReactNode;
  wide?: boolean;
};

export const ChartCard = ({ title, subheader, action, height = 320, empty, testId, children, wide }: Props) => (
  <Card className="leadership-chart" data-testid={testId} sx={{ gridColumn: wide ? '1 / -1' : undefined, minWidth: 0 }}>
    <CardHeader
      title={title}
      subheader={subheader}
      action={action}
      slotProps={{
        title: { variant: 'h6', sx: { fontSize: { xs: '1.05rem', xl: '1.3rem' } } },
        subheader: { variant: 'body2', sx: { fontSize: { xl: '0.95rem' } } },
      }}
      sx={{ pb: 0 }}
    />
    <CardContent>
      {empty ? (
        <Typography color="text.secondary" sx={{ py: 4, textAlign: 'center' }} data-testid="chart-empty">
          {empty}
        </Typography>
      ) : (
        <Suspense fallback={<Skeleton variant="rounded" height={height} />}>{children}</Suspense>
      )}
    </CardContent>
  </Card>
);
