import { Edit } from 'react-admin';
import { toProfileInput } from './lists';
import { MappingProfileForm } from './MappingProfileForm';

const MappingProfileEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" transform={toProfileInput}>
    <MappingProfileForm mode="edit" />
  </Edit>
);

export default MappingProfileEdit;
