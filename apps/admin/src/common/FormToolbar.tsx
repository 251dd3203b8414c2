import { DeleteButton, SaveButton, Toolbar } from 'react-admin';

/** Save, and delete only where canAccess allows it for this record (DeleteButton checks it itself). */
export const FormToolbar = ({ deletable = true }: { deletable?: boolean }) => (
  <Toolbar sx={{ display: 'flex', justifyContent: 'space-between' }}>
    <SaveButton />
    {deletable && <DeleteButton mutationMode="pessimistic" />}
  </Toolbar>
);
