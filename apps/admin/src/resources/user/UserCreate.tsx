import { Create } from 'react-admin';
import { UserForm } from './UserForm';

const UserCreate = () => (
  <Create redirect="show" mutationMode="pessimistic">
    <UserForm mode="create" />
  </Create>
);

export default UserCreate;
