import { SelectInput, SimpleForm, TextArrayInput, TextInput, required } from 'react-admin';
import { areaChoices, enumChoices } from '../../common/enums';
import { FormSection } from '../../common/FormSection';
import { FormToolbar } from '../../common/FormToolbar';

export const UnitForm = ({ mode }: { mode: 'create' | 'edit' }) => (
  <SimpleForm
    toolbar={<FormToolbar deletable={mode === 'edit'} />}
    defaultValues={mode === 'create' ? { kind: 'STATION', neighbourCodes: [] } : undefined}
    mode="onBlur"
    reValidateMode="onChange"
  >
    <FormSection columns={2}>
      <TextInput source="code" validate={required()} />
      <TextInput source="name" validate={required()} />
      <SelectInput source="kind" choices={enumChoices('UnitKind')} validate={required()} />
      <SelectInput source="area" choices={areaChoices} emptyText="app.none" />
    </FormSection>
    <TextArrayInput source="neighbourCodes" />
  </SimpleForm>
);
