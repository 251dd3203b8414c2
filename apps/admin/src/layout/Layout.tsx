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
      <RaLayout appBar={AppBar} menu={Menu}>
        {children}
      </RaLayout>
    </LocaleTheme>
  );
};
