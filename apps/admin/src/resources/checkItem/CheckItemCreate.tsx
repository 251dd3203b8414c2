import { Create } from 'react-admin';
import { CheckItemForm } from './CheckItemForm';

const CheckItemCreate = () => (
  // No unit chosen: the item is in its responsible unit's remit (the API's default).
  <Create
    redirect="show"
    mutationMode="pessimistic"
    transform={(d: { remitUnitIds?: string[] }) => ({ ...d, remitUnitIds: d.remitUnitIds?.length ? d.remitUnitIds : undefined })}
  >
    <CheckItemForm mode="create" />
  </Create>
);

export default CheckItemCreate;
