import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { AppBar } from './AppBar';
import { LocaleTheme } from './LocaleTheme';
import { Menu } from './Menu';

export const Layout = ({ children }: { children: ReactNode }) => (
  <LocaleTheme>
    <RaLayout appBar={AppBar} menu={Menu}>
      {children}
    </RaLayout>
  </LocaleTheme>
);
