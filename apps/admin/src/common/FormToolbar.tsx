import { DeleteButton, SaveButton, Toolbar } from 'react-admin';

/**
 * Save, and delete only where canAccess allows it for this record (DeleteButton checks it itself).
 * On a create form Save is always enabled, so clicking it on an empty form shows what is missing; on an edit
 * form it waits for a change, as react-admin does by default.
 */
export const FormToolbar = ({ deletable = true }: { deletable?: boolean }) => (
  <Toolbar sx={{ display: 'flex', justifyContent: 'space-between' }}>
    <SaveButton alwaysEnable={!deletable ? true : undefined} />
    {deletable && <DeleteButton mutationMode="pessimistic" />}
  </Toolbar>
);
