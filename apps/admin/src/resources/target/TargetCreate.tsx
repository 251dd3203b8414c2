import { Create } from 'react-admin';
import { TargetForm } from './TargetForm';

const TargetCreate = () => (
  <Create redirect="show" mutationMode="pessimistic">
    <TargetForm mode="create" />
  </Create>
);

export default TargetCreate;
