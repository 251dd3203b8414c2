// A calm, readable theme: government blue, green for "up to date", fonts that have the CJK glyphs.
import { defaultTheme, type RaThemeOptions } from 'react-admin';

const fontFamily = [
  '"Noto Sans CJK SC"',
  '"Noto Sans SC"',
  '"Source Han Sans SC"',
  '"PingFang SC"',
  '"Microsoft YaHei"',
  '"WenQuanYi Micro Hei"',
  'Roboto',
  '"Helvetica Neue"',
  'Arial',
  'sans-serif',
].join(',');

const base = defaultTheme.components ?? {};

export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    mode: 'light',
    primary: { main: '#1f5f8b', contrastText: '#ffffff' },
    secondary: { main: '#2e7d5b', contrastText: '#ffffff' },
    background: { default: '#f4f6f8' },
  },
  typography: { ...defaultTheme.typography, fontFamily, fontSize: 14 },
  shape: { borderRadius: 6 },
  sidebar: { width: 230, closedWidth: 55 },
  components: {
    ...base,
    MuiAppBar: { styleOverrides: { colorSecondary: { backgroundColor: '#1f5f8b', color: '#ffffff' } } },
    // Sentence case in English, as Chinese labels read (MUI upper-cases buttons by default).
    MuiButton: { styleOverrides: { root: { textTransform: 'none' } } },
    MuiTableCell: { styleOverrides: { head: { fontWeight: 600, whiteSpace: 'nowrap' } } },
    // react-admin's defaults (full width, dense) with outlined inputs, which read better in dense forms.
    MuiTextField: { ...base.MuiTextField, defaultProps: { ...base.MuiTextField?.defaultProps, variant: 'outlined' } },
    MuiFormControl: { ...base.MuiFormControl, defaultProps: { ...base.MuiFormControl?.defaultProps, variant: 'outlined' } },
  },
};
