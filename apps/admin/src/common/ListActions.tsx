// The top-right actions of a list: filters, create (only where the role may — CreateButton asks canAccess), export.
import type { ReactNode } from 'react';
import { CreateButton, ExportButton, FilterButton, TopToolbar } from 'react-admin';

export const ListActions = ({ children, create = true, exporter = true }: { children?: ReactNode; create?: boolean; exporter?: boolean }) => (
  <TopToolbar>
    {children}
    <FilterButton />
    {create && <CreateButton />}
    {exporter && <ExportButton />}
  </TopToolbar>
);
