import { Edit } from 'react-admin';
import { ShowActions } from '../../common/ShowActions';
import { PlanForm } from './PlanForm';

const PlanEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" actions={<ShowActions />}>
    <PlanForm mode="edit" />
  </Edit>
);

export default PlanEdit;
