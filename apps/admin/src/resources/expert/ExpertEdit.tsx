import { Edit } from 'react-admin';
import { ShowActions } from '../../common/ShowActions';
import { ExpertForm } from './ExpertForm';

const ExpertEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" actions={<ShowActions />}>
    <ExpertForm mode="edit" />
  </Edit>
);

export default ExpertEdit;
