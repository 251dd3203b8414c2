import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { useToday } from '../common/today';
import { AppBar } from './AppBar';
import { LocaleTheme } from './LocaleTheme';
import { Menu } from './Menu';
import { REDUCED_MOTION } from './theme';

export const Layout = ({ children }: { children: ReactNode }) => {
  // Signed in: fetch the server's day once, so every page counts from it (a pinned demo or test day).
  useToday();
  return (
    <LocaleTheme>
      {/* The content column may shrink below its widest table (min-width 0 on the flex item): a wide table then
          scrolls inside its own section instead of widening the whole page past a phone's screen. */}
      {/* react-admin's bar slides away while the page scrolls down and back when it scrolls up. For a reader who
          asked for reduced motion it stays put, the sidebar below it (as the theme drops transitions and ripples for
          them, theme.ts): nothing moving with every scroll, nothing sliding in over what they are about to click. */}
      <RaLayout appBarAlwaysOn={REDUCED_MOTION} appBar={AppBar} menu={Menu} sx={{ minWidth: 0, '& .RaLayout-content': { minWidth: 0 } }}>
        {children}
      </RaLayout>
    </LocaleTheme>
  );
};
