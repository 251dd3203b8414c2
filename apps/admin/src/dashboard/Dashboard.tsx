// A first dashboard: directory sizes and freshness (rule 25's first figures). LEADER lands on the leadership
// dashboard instead (assessment/, rule 25's assessment).
import { Suspense, lazy } from 'react';
import { Alert, Box, Card, CardContent, CardHeader, Skeleton, Stack, Typography } from '@mui/material';
import StoreIcon from '@mui/icons-material/StoreMallDirectoryOutlined';
import BadgeIcon from '@mui/icons-material/BadgeOutlined';
import ChecklistIcon from '@mui/icons-material/ChecklistOutlined';
import ScienceIcon from '@mui/icons-material/ScienceOutlined';
import { Title, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import { lazyPage } from '../common/lazyPage';
import { errorMessage } from '../dataProvider/errors';
import { CountCard } from './CountCard';
import { DirectoryFreshness } from './DirectoryFreshness';
import { TodoCard } from './TodoCard';
import { useDashboardFigures } from './useDashboardFigures';

const UnitChart = lazy(() => import('./UnitChart'));

/** The work dashboard: directories, to-do list. */
const WorkDashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { data, error, isPending } = useDashboardFigures();
  // 我的待办 for those who do the work; the leadership dashboard is its own page.
  const { permissions } = usePermissions<string>();
  const withTodos = permissions === 'ADMIN' || permissions === 'UNIT_STAFF';
  return (
    <Box sx={{ mt: 2, mb: 4 }}>
      <Title title="dashboard.title" />
      {identity && (
        <Box sx={{ mb: 2 }}>
          <Typography variant="h5">{translate('dashboard.welcome', { name: identity.fullName })}</Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('dashboard.welcome_unit', { unit: identity.unitName, role: translate(`app.role.${String(identity.role)}`) })}
          </Typography>
        </Box>
      )}
      {withTodos && (
        <Box sx={{ mb: 2 }}>
          <TodoCard />
        </Box>
      )}
      {error && <Alert severity="error">{translate('dashboard.loading_error', { message: errorMessage(error) })}</Alert>}
      {isPending && <Skeleton variant="rounded" height={120} />}
      {data && (
        <Stack spacing={2}>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} useFlexGap>
            <CountCard icon={StoreIcon} title={translate('dashboard.targets')} value={data.targets.count} to="/Target" testId="count-targets" />
            <CountCard
              icon={BadgeIcon}
              title={translate('dashboard.inspectors')}
              value={data.inspectors.count}
              detail={translate('dashboard.qualified', { count: data.qualified.count })}
              to="/Inspector"
              testId="count-inspectors"
            />
            <CountCard
              icon={ChecklistIcon}
              title={translate('dashboard.check_items')}
              value={data.checkItems.count}
              detail={translate('dashboard.key_items', { count: data.keyItems.count })}
              to="/CheckItem"
              testId="count-check-items"
            />
            <CountCard icon={ScienceIcon} title={translate('dashboard.experts')} value={data.experts.count} to="/Expert" />
          </Stack>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2, alignItems: 'start' }}>
            <Card data-testid="unit-chart">
              <CardHeader title={translate('dashboard.chart')} slotProps={{ title: { variant: 'h6' } }} />
              <CardContent>
                <Suspense fallback={<Skeleton variant="rounded" height={320} />}>
                  <UnitChart units={data.units} />
                </Suspense>
              </CardContent>
            </Card>
            <DirectoryFreshness units={data.units} />
          </Box>
        </Stack>
      )}
    </Box>
  );
};

const AssessmentDashboard = lazyPage(() => import('./assessment/AssessmentDashboard'));

/** Home by role: LEADER lands on the leadership dashboard (领导驾驶舱), everyone else on the work dashboard. */
export const Dashboard = () => {
  const { permissions, isPending } = usePermissions<string>();
  if (isPending) return null;
  if (permissions === 'LEADER') {
    return (
      <Suspense fallback={<Skeleton variant="rounded" height={320} sx={{ mt: 2 }} />}>
        <AssessmentDashboard />
      </Suspense>
    );
  }
  return <WorkDashboard />;
};
