import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { useToday } from '../common/today';
import { AppBar } from './AppBar';
import { LocaleTheme } from './LocaleTheme';
import { Menu } from './Menu';

export const Layout = ({ children }: { children: ReactNode }) => {
  // Signed in: fetch the server's day once, so every page counts from it (a pinned demo or test day).
  useToday();
  return (
    <LocaleTheme>
      {/* The content column may shrink below its widest table (min-width 0 on the flex item): a wide table then
          scrolls inside its own section instead of widening the whole page past a phone's screen. */}
      <RaLayout appBar={AppBar} menu={Menu} sx={{ minWidth: 0, '& .RaLayout-content': { minWidth: 0 } }}>
        {children}
      </RaLayout>
    </LocaleTheme>
  );
};
