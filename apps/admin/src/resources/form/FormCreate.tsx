import { Create } from 'react-admin';
import { CheckFormInputs } from './CheckFormInputs';
import { toFormInput } from './points';

const FormCreate = () => (
  <Create redirect="show" mutationMode="pessimistic" transform={toFormInput('create')}>
    <CheckFormInputs mode="create" />
  </Create>
);

export default FormCreate;
