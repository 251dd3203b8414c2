import { Create } from 'react-admin';
import { InspectorForm } from './InspectorForm';

const InspectorCreate = () => (
  <Create redirect="show" mutationMode="pessimistic">
    <InspectorForm mode="create" />
  </Create>
);

export default InspectorCreate;
