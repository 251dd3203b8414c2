import { Edit } from 'react-admin';
import { ShowActions } from '../../common/ShowActions';
import { UserForm } from './UserForm';

// The password is never read back; the edit form starts it empty (= unchanged).
const UserEdit = () => (
  <Edit
    mutationMode="pessimistic"
    redirect="show"
    actions={<ShowActions />}
    transform={(d: Record<string, unknown>) => (d.password ? d : { ...d, password: undefined })}
  >
    <UserForm mode="edit" />
  </Edit>
);

export default UserEdit;
