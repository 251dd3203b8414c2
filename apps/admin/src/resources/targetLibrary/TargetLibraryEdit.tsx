import { Edit } from 'react-admin';
import { ShowActions } from '../../common/ShowActions';
import { TargetLibraryForm } from './TargetLibraryForm';

const TargetLibraryEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" actions={<ShowActions />}>
    <TargetLibraryForm mode="edit" />
  </Edit>
);

export default TargetLibraryEdit;
