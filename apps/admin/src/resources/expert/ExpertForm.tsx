import { SimpleForm, TextInput, regex, required } from 'react-admin';
import { FormSection } from '../../common/FormSection';
import { FormToolbar } from '../../common/FormToolbar';
import { upper } from '../../common/validators';

export const ExpertForm = ({ mode }: { mode: 'create' | 'edit' }) => (
  <SimpleForm toolbar={<FormToolbar deletable={mode === 'edit'} />} mode="onBlur" reValidateMode="onChange">
    <FormSection columns={2}>
      <TextInput source="name" validate={required()} />
      <TextInput source="organization" validate={required()} />
      <TextInput source="field" validate={required()} />
      <TextInput source="title" />
      <TextInput source="idNumber" parse={upper} validate={regex(/^(\d{17}[\dXx])?$/, 'app.validation.id_number')} />
      <TextInput source="phone" />
    </FormSection>
  </SimpleForm>
);
