import { Create } from 'react-admin';
import { toProfileInput } from './lists';
import { MappingProfileForm } from './MappingProfileForm';

const MappingProfileCreate = () => (
  <Create redirect="list" mutationMode="pessimistic" transform={toProfileInput}>
    <MappingProfileForm mode="create" />
  </Create>
);

export default MappingProfileCreate;
