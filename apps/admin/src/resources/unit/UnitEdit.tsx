import { Edit } from 'react-admin';
import { ShowActions } from '../../common/ShowActions';
import { UnitForm } from './UnitForm';

const UnitEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" actions={<ShowActions />}>
    <UnitForm mode="edit" />
  </Edit>
);

export default UnitEdit;
