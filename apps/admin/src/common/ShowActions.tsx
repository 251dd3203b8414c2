import type { ReactNode } from 'react';
import { EditButton, ListButton, TopToolbar } from 'react-admin';

/** Show-page actions: back to the list, and edit when canAccess allows it for this very record. */
export const ShowActions = ({ children }: { children?: ReactNode }) => (
  <TopToolbar>
    {children}
    <ListButton />
    <EditButton />
  </TopToolbar>
);
