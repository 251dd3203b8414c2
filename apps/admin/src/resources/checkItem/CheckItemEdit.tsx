import { Edit } from 'react-admin';
import { ShowActions } from '../../common/ShowActions';
import { CheckItemForm } from './CheckItemForm';

// The adjustment notice is not part of the record: the form starts it empty (defaultValues), so each
// adjustment gets its own notice.
const CheckItemEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" actions={<ShowActions />}>
    <CheckItemForm mode="edit" />
  </Edit>
);

export default CheckItemEdit;
