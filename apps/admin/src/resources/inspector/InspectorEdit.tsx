import { Edit } from 'react-admin';
import { ShowActions } from '../../common/ShowActions';
import { InspectorForm } from './InspectorForm';

const InspectorEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" actions={<ShowActions />}>
    <InspectorForm mode="edit" />
  </Edit>
);

export default InspectorEdit;
