import { Edit } from 'react-admin';
import { ShowActions } from '../../common/ShowActions';
import { CheckFormInputs } from './CheckFormInputs';
import { toFormInput } from './points';

const FormEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" actions={<ShowActions />} transform={toFormInput('edit')}>
    <CheckFormInputs mode="edit" />
  </Edit>
);

export default FormEdit;
