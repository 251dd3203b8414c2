import { AutocompleteInput, BooleanInput, PasswordInput, ReferenceInput, SelectInput, SimpleForm, TextInput, minLength, required } from 'react-admin';
import { enumChoices } from '../../common/enums';
import { FormSection } from '../../common/FormSection';
import { FormToolbar } from '../../common/FormToolbar';
import { InspectorLinkInput } from './InspectorLink';

export const UserForm = ({ mode }: { mode: 'create' | 'edit' }) => (
  <SimpleForm
    toolbar={<FormToolbar deletable={mode === 'edit'} />}
    defaultValues={mode === 'create' ? { role: 'UNIT_STAFF', isPrincipal: false, active: true } : undefined}
    mode="onBlur"
    reValidateMode="onChange"
  >
    <FormSection columns={2}>
      <TextInput source="username" validate={required()} autoComplete="off" />
      <TextInput source="name" validate={required()} />
      <SelectInput source="role" choices={enumChoices('Role')} validate={required()} />
      <ReferenceInput source="unitId" reference="Unit">
        <AutocompleteInput validate={required()} />
      </ReferenceInput>
      {/* On edit, an empty password keeps the current one; a new one ends the user's other sessions. */}
      <PasswordInput source="password" validate={mode === 'create' ? [required(), minLength(8)] : minLength(8)} autoComplete="new-password" />
    </FormSection>
    <FormSection columns={1}>
      <InspectorLinkInput />
    </FormSection>
    <FormSection columns={2}>
      <BooleanInput source="isPrincipal" />
      <BooleanInput source="active" />
    </FormSection>
  </SimpleForm>
);
