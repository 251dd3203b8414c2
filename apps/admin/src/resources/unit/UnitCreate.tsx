import { Create } from 'react-admin';
import { UnitForm } from './UnitForm';

const UnitCreate = () => (
  <Create redirect="show" mutationMode="pessimistic">
    <UnitForm mode="create" />
  </Create>
);

export default UnitCreate;
