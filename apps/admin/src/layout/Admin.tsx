// react-admin's <Admin>, composed from the same parts (AdminContext + the body of ra-ui-materialui's AdminUI) with
// our sign-in page as the only one: react-admin's own <Admin> names its default sign-in page (a form on
// react-hook-form and MUI's text fields) and its English messages, so they would be part of the first download
// even though this app never shows them. Everything else is react-admin's default, as <Admin> passes it.
import { CssBaseline } from '@mui/material';
import {
  AccessDenied,
  AdminContext,
  AuthCallback,
  AuthenticationError,
  CoreAdminUI,
  Error as ErrorPage,
  LoadingPage,
  NotFound,
  Notification,
  localStorageStore,
  type AdminProps as RaAdminProps,
  type CatchAllComponent,
} from 'react-admin';
// The query cache kept on the device for pages reloaded offline (pwa/queryCache.ts).
import { queryClient } from '../pwa/queryCache';

const store = localStorageStore();

export type AdminProps = Pick<
  RaAdminProps,
  'title' | 'dataProvider' | 'authProvider' | 'i18nProvider' | 'dashboard' | 'layout' | 'loginPage' | 'theme' | 'requireAuth' | 'disableTelemetry' | 'children'
>;

export const Admin = ({ title, dataProvider, authProvider, i18nProvider, theme, children, ...ui }: AdminProps) => (
  <AdminContext dataProvider={dataProvider} authProvider={authProvider} i18nProvider={i18nProvider} store={store} theme={theme} queryClient={queryClient}>
    <CssBaseline enableColorScheme>
      <CoreAdminUI
        title={title}
        accessDenied={AccessDenied}
        authCallbackPage={AuthCallback}
        authenticationError={AuthenticationError}
        catchAll={NotFound as CatchAllComponent}
        error={ErrorPage}
        loading={LoadingPage}
        {...ui}
      >
        {children}
      </CoreAdminUI>
      <Notification />
    </CssBaseline>
  </AdminContext>
);
