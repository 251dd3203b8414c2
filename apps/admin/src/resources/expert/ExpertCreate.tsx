import { Create } from 'react-admin';
import { ExpertForm } from './ExpertForm';

const ExpertCreate = () => (
  <Create redirect="show" mutationMode="pessimistic">
    <ExpertForm mode="create" />
  </Create>
);

export default ExpertCreate;
