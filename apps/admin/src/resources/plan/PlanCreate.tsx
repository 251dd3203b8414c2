import { Create } from 'react-admin';
import { PlanForm } from './PlanForm';

const PlanCreate = () => (
  <Create redirect="show" mutationMode="pessimistic">
    <PlanForm mode="create" />
  </Create>
);

export default PlanCreate;
