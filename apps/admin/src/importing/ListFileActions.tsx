// Import and export in a list's top toolbar (children of ListActions, which then drops react-admin's own
// page-sized export).
import { ImportButton } from './ImportButton';
import { ExportMenu } from '../exporting/ExportMenu';

export const ListFileActions = ({ resource }: { resource: string }) => (
  <>
    <ImportButton resource={resource} />
    <ExportMenu resource={resource} />
  </>
);
