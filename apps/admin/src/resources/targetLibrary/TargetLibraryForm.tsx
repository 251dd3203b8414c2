// A library's build standard (G9): name, object type, classification indicators, supervision requirements.
import { AutocompleteInput, ReferenceInput, SelectInput, SimpleForm, TextArrayInput, TextInput, required } from 'react-admin';
import { enumChoices } from '../../common/enums';
import { FormSection } from '../../common/FormSection';
import { FormToolbar } from '../../common/FormToolbar';

export const TargetLibraryForm = ({ mode }: { mode: 'create' | 'edit' }) => (
  <SimpleForm
    toolbar={<FormToolbar deletable={mode === 'edit'} />}
    defaultValues={mode === 'create' ? { kind: 'SPECIAL', indicators: [] } : undefined}
    mode="onBlur"
    reValidateMode="onChange"
  >
    <FormSection columns={2}>
      <TextInput source="code" validate={required()} />
      <TextInput source="name" validate={required()} />
      <SelectInput source="kind" choices={enumChoices('LibraryKind')} validate={required()} />
      <TextInput source="objectType" />
      <ReferenceInput source="unitId" reference="Unit">
        <AutocompleteInput validate={required()} />
      </ReferenceInput>
    </FormSection>
    <FormSection columns={1}>
      <TextInput source="buildStandard" multiline minRows={2} validate={required()} />
      <TextArrayInput source="indicators" />
      <TextInput source="supervisionRequirements" multiline minRows={2} validate={required()} />
    </FormSection>
  </SimpleForm>
);
