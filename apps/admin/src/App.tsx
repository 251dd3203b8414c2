// Wires the resources of the registry (resources/registry.ts) and the custom pages; everything else lives in
// its own module (CONVENTIONS: App.tsx only wires).
import { CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { Suspense, lazy } from 'react';
import { authProvider } from './authProvider';
import { lazyPage } from './common/lazyPage';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import { Admin } from './layout/Admin';
import { Layout } from './layout/Layout';
import { theme } from './layout/theme';
import { RESOURCE_VIEWS } from './resources';
import { RESOURCES } from './resources/registry';

// The sign-in page is a chunk of its own (its form library is not needed once signed in), like every page
// but the dashboard and the layout; the other pages come with the resources' Chinese messages (lazyPage).
const LazyLoginPage = lazy(() => import('./layout/LoginPage').then((m) => ({ default: m.LoginPage })));
const LoginPage = () => (
  <Suspense fallback={null}>
    <LazyLoginPage />
  </Suspense>
);
const ApiTokensPage = lazyPage(() => import('./apiTokens/ApiTokensPage'));
const CalendarPage = lazyPage(() => import('./calendar/CalendarPage'));
const OutboxPage = lazyPage(() => import('./publication/OutboxPage'));
const DrawPage = lazyPage(() => import('./resources/draw/DrawPage'));
const ImportPage = lazyPage(() => import('./importing/ImportPage'));
const AssessmentDashboard = lazyPage(() => import('./dashboard/assessment/AssessmentDashboard'));

export const App = () => (
  <Admin
    title="双随机、一公开监管平台"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    layout={Layout}
    loginPage={LoginPage}
    theme={theme}
    requireAuth
    disableTelemetry
  >
    {RESOURCES.map(({ name }) => (
      <Resource key={name} name={name} {...RESOURCE_VIEWS[name]} />
    ))}
    <CustomRoutes>
      <Route path="/api-tokens" element={<ApiTokensPage />} />
      <Route path="/calendar" element={<CalendarPage />} />
      <Route path="/outbox" element={<OutboxPage />} />
      <Route path="/Task/:id/draw" element={<DrawPage />} />
      <Route path="/import/:kind" element={<ImportPage />} />
      <Route path="/leadership" element={<AssessmentDashboard />} />
    </CustomRoutes>
  </Admin>
);
