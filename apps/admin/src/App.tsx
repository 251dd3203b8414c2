// Wires the resources; everything else lives in its own module (CONVENTIONS: App.tsx only wires).
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { lazy } from 'react';
import { authProvider } from './authProvider';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { theme } from './layout/theme';
import auditEvent from './resources/auditEvent';
import checkItem from './resources/checkItem';
import correction from './resources/correction';
import transfer from './resources/transfer';
import directoryConfirmation from './resources/directoryConfirmation';
import draw from './resources/draw';
import expert from './resources/expert';
import followUp from './resources/followUp';
import form from './resources/form';
import inspector from './resources/inspector';
import plan from './resources/plan';
import planItem from './resources/planItem';
import result from './resources/result';
import review from './resources/review';
import target from './resources/target';
import targetLibrary from './resources/targetLibrary';
import task from './resources/task';
import taskClass from './resources/taskClass';
import unit from './resources/unit';
import user from './resources/user';

const ApiTokensPage = lazy(() => import('./apiTokens/ApiTokensPage'));
const CalendarPage = lazy(() => import('./calendar/CalendarPage'));
const DrawPage = lazy(() => import('./resources/draw/DrawPage'));
const ImportPage = lazy(() => import('./importing/ImportPage'));
const LeadershipDashboard = lazy(() => import('./dashboard/leadership/LeadershipDashboard'));

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
    <Resource name="CheckItem" {...checkItem} />
    <Resource name="TargetLibrary" {...targetLibrary} />
    <Resource name="Target" {...target} />
    <Resource name="Inspector" {...inspector} />
    <Resource name="Expert" {...expert} />
    <Resource name="DirectoryConfirmation" {...directoryConfirmation} />
    <Resource name="Plan" {...plan} />
    <Resource name="PlanItem" {...planItem} />
    <Resource name="Task" {...task} />
    <Resource name="TaskClass" {...taskClass} />
    <Resource name="Draw" {...draw} />
    <Resource name="Result" {...result} />
    <Resource name="Form" {...form} />
    <Resource name="Review" {...review} />
    <Resource name="Correction" {...correction} />
    <Resource name="Transfer" {...transfer} />
    <Resource name="FollowUp" {...followUp} />
    <Resource name="Unit" {...unit} />
    <Resource name="User" {...user} />
    <Resource name="AuditEvent" {...auditEvent} />
    <CustomRoutes>
      <Route path="/api-tokens" element={<ApiTokensPage />} />
      <Route path="/calendar" element={<CalendarPage />} />
      <Route path="/Task/:id/draw" element={<DrawPage />} />
      <Route path="/import/:kind" element={<ImportPage />} />
      <Route path="/leadership" element={<LeadershipDashboard />} />
    </CustomRoutes>
  </Admin>
);
