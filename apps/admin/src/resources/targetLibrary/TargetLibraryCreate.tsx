import { Create } from 'react-admin';
import { TargetLibraryForm } from './TargetLibraryForm';

const TargetLibraryCreate = () => (
  <Create redirect="show" mutationMode="pessimistic">
    <TargetLibraryForm mode="create" />
  </Create>
);

export default TargetLibraryCreate;
