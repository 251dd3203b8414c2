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

/**
 * The system's "reduce motion" setting (prefers-reduced-motion, read once at start): no transitions (dialogs, menus,
 * the sidebar and the app bar appear and go at once) and no ripple on a click. The browser walks ask for it
 * (test/browser/harness.ts, walkBrowser), which spares Chromium painting every frame of those animations.
 */
export const REDUCED_MOTION = typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

const still: Pick<RaThemeOptions, 'transitions'> = {
  transitions: {
    create: () => 'none',
    // Menus and collapsing panels size their transition by their height ('auto').
    getAutoHeightDuration: () => 0,
    duration: { shortest: 0, shorter: 0, short: 0, standard: 0, complex: 0, enteringScreen: 0, leavingScreen: 0 },
  },
};

/** The admin's theme; `reducedMotion`: without transitions and ripples (`REDUCED_MOTION`). */
export const themeFor = (reducedMotion: boolean): RaThemeOptions => ({
  ...defaultTheme,
  palette: {
    mode: 'light',
    primary: { main: '#1f5f8b', contrastText: '#ffffff' },
    secondary: { main: '#2e7d5b', contrastText: '#ffffff' },
    background: { default: '#f4f6f8' },
  },
  typography: { ...defaultTheme.typography, fontFamily, fontSize: 14 },
  shape: { borderRadius: 6 },
  ...(reducedMotion ? still : {}),
  sidebar: { width: 230, closedWidth: 55 },
  components: {
    ...base,
    ...(reducedMotion ? { MuiButtonBase: { defaultProps: { disableRipple: true } } } : {}),
    MuiAppBar: { styleOverrides: { colorSecondary: { backgroundColor: '#1f5f8b', color: '#ffffff' } } },
    // Sentence case in English, as Chinese labels read (MUI upper-cases buttons by default).
    MuiButton: { styleOverrides: { root: { textTransform: 'none' } } },
    // On a phone a list's table scrolls inside its own box; the page itself never scrolls sideways.
    // (the list's column may shrink below its table's width: min-width 0 on the flex item).
    RaList: { styleOverrides: { root: { '& .RaList-main': { minWidth: 0 } } } },
    RaDatagrid: { styleOverrides: { root: { '& .RaDatagrid-tableWrapper': { overflowX: 'auto' } } } },
    MuiTableCell: { styleOverrides: { head: { fontWeight: 600, whiteSpace: 'nowrap' } } },
    // react-admin's defaults (full width, dense) with outlined inputs, which read better in dense forms.
    MuiTextField: { ...base.MuiTextField, defaultProps: { ...base.MuiTextField?.defaultProps, variant: 'outlined' } },
    MuiFormControl: { ...base.MuiFormControl, defaultProps: { ...base.MuiFormControl?.defaultProps, variant: 'outlined' } },
  },
});

export const theme = themeFor(REDUCED_MOTION);
