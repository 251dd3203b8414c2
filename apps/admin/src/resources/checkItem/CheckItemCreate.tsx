import { Create } from 'react-admin';
import { CheckItemForm } from './CheckItemForm';

const CheckItemCreate = () => (
  <Create redirect="show" mutationMode="pessimistic">
    <CheckItemForm mode="create" />
  </Create>
);

export default CheckItemCreate;
