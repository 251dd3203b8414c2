// Shared create/edit form. Outside the own unit the server sends the ID number masked and no phone; on save
// the masked number comes back unchanged, which the server recognises as "no change".
import { AutocompleteInput, BooleanInput, ReferenceInput, SimpleForm, TextArrayInput, TextInput, required, useGetIdentity, usePermissions } from 'react-admin';
import { EditGuard } from '../../common/EditGuard';
import { FormSection } from '../../common/FormSection';
import { FormToolbar } from '../../common/FormToolbar';
import { idNumberValidators, upper } from '../../common/validators';

export const InspectorForm = ({ mode }: { mode: 'create' | 'edit' }) => {
  const { permissions } = usePermissions<string>();
  const { identity } = useGetIdentity();
  if (mode === 'create' && !identity) return null;
  const defaults = mode === 'create' && identity ? { unitId: identity.unitId, qualified: true, drawable: true, canLead: true, specialties: [] } : undefined;
  return (
    <SimpleForm toolbar={<FormToolbar deletable={mode === 'edit'} />} defaultValues={defaults} mode="onBlur" reValidateMode="onChange">
      <EditGuard />
      <FormSection columns={2}>
        <TextInput source="name" validate={required()} />
        <TextInput
          source="idNumber"
          validate={idNumberValidators}
          parse={upper}
          helperText="resources.Inspector.masked_help"
          inputProps={{ maxLength: 18, style: { fontFamily: 'monospace' } }}
        />
        <ReferenceInput source="unitId" reference="Unit">
          <AutocompleteInput validate={required()} readOnly={permissions === 'UNIT_STAFF'} />
        </ReferenceInput>
        <TextInput source="certificateNumber" />
        <TextInput source="title" />
        <TextInput source="phone" />
      </FormSection>
      <FormSection columns={3}>
        <BooleanInput source="qualified" />
        <BooleanInput source="drawable" helperText="resources.Inspector.drawable_help" />
        <BooleanInput source="canLead" />
      </FormSection>
      <FormSection columns={1}>
        <TextArrayInput source="specialties" />
      </FormSection>
    </SimpleForm>
  );
};
