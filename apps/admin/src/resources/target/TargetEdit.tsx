import { Edit } from 'react-admin';
import { ShowActions } from '../../common/ShowActions';
import { TargetForm } from './TargetForm';

const TargetEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" actions={<ShowActions />}>
    <TargetForm mode="edit" />
  </Edit>
);

export default TargetEdit;
