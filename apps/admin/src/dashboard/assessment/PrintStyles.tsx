// Print (打印): the page on A4 portrait without the app bar, the menu, the picker and the buttons; cards three to
// a row and charts one to a row, none split across pages. The 打印 button first lays the dashboard out at the
// A4 width on screen (so the charts measure themselves for it), then prints, and keeps that layout until the
// browser says printing is over (afterprint). Ctrl+P without the button gets the same page; the charts then
// keep their screen width.
import { GlobalStyles } from '@mui/material';

/** The printable width of A4 portrait with 12 mm margins, in CSS pixels (186 mm at 96 px per inch). */
export const A4_CONTENT_PX = 700;

export const PrintStyles = () => (
  <GlobalStyles
    styles={{
      '@page': { size: 'A4 portrait', margin: '12mm' },
      '@media print': {
        'html, body': { background: '#fff !important', printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact' },
        'header.MuiAppBar-root, .RaSidebar-root, .MuiDrawer-root, .no-print, .MuiTooltip-popper': { display: 'none !important' },
        '.RaLayout-appFrame': { marginTop: '0 !important' },
        '.RaLayout-content': { padding: '0 !important', margin: '0 !important', background: '#fff !important' },
        '.leadership-dashboard': { width: `${A4_CONTENT_PX}px !important`, maxWidth: '100% !important', margin: '0 !important' },
        '.leadership-cards': { gridTemplateColumns: 'repeat(3, 1fr) !important', gap: '8px !important' },
        '.leadership-charts': { gridTemplateColumns: '1fr !important', gap: '8px !important' },
        '.leadership-card, .leadership-chart': { breakInside: 'avoid', boxShadow: 'none !important', border: '1px solid #ccc' },
        '.leadership-chart td, .leadership-chart th': { fontSize: '10px !important', padding: '2px 3px !important' },
        // Links keep their colour (red for missing, amber for late): on paper the colour is the meaning.
        a: { textDecoration: 'none !important' },
      },
    }}
  />
);
