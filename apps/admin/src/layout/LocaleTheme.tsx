// MUI's own texts follow the user's language: react-admin translates its props, but MUI components fill the ones
// react-admin leaves unset from the theme — the Autocomplete's "No options", an Alert's "Close", the pagination's
// "Go to next page" labels — which are English unless the theme carries MUI's locale (@mui/material/locale).
import { createTheme, ThemeProvider, useTheme } from '@mui/material/styles';
import { useMemo, type ReactNode } from 'react';
import { useLocaleState } from 'react-admin';
import { muiLocale } from './muiLocale';

export const LocaleTheme = ({ children }: { children: ReactNode }) => {
  const [locale] = useLocaleState();
  const theme = useTheme();
  const localized = useMemo(() => createTheme(theme, muiLocale(locale)), [theme, locale]);
  return <ThemeProvider theme={localized}>{children}</ThemeProvider>;
};
