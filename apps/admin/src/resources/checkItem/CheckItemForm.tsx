// The checklist's six fields (rule 1, G8) plus the sampling ratio (rule 2). Adjusting an existing item needs an
// adjustment notice (调整说明), published with the new version; it is an argument of updateCheckItem, not a field.
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  BooleanInput,
  CheckboxGroupInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { enumChoices } from '../../common/enums';
import { FormSection } from '../../common/FormSection';
import { FormToolbar } from '../../common/FormToolbar';
import { PercentInput } from '../../common/PercentInput';
import { ratioValidator } from '../../common/validators';

const RatioCap = () => {
  const category = useWatch({ name: 'category' }) as string | undefined;
  // KEY items have no upper limit (rule 2): the cap input only makes sense for GENERAL items.
  if (category === 'KEY') return null;
  return <PercentInput source="ratioCap" validate={ratioValidator} helperText="resources.CheckItem.ratio_cap_help" />;
};

/** G9/G19: the field an expert assigned directly to this item must have (asked only when the item needs one). */
const ExpertField = () => {
  const needsExpert = useWatch({ name: 'needsExpert' }) as boolean | undefined;
  if (!needsExpert) return null;
  return <TextInput source="expertField" helperText="resources.CheckItem.expert_field_help" />;
};

export const CheckItemForm = ({ mode }: { mode: 'create' | 'edit' }) => (
  <SimpleForm
    toolbar={<FormToolbar deletable={mode === 'edit'} />}
    defaultValues={mode === 'create' ? { category: 'GENERAL', methods: ['ON_SITE'], needsExpert: false, defaultRatio: 0.03 } : { notice: '' }}
    mode="onBlur"
    reValidateMode="onChange"
  >
    <FormSection columns={2}>
      <TextInput source="code" validate={required()} />
      <TextInput source="name" validate={required()} />
      <TextInput source="objectType" validate={required()} />
      <SelectInput source="category" choices={enumChoices('CheckCategory')} validate={required()} />
      <ReferenceInput source="unitId" reference="Unit">
        <AutocompleteInput validate={required()} />
      </ReferenceInput>
      <BooleanInput source="needsExpert" />
      <ExpertField />
    </FormSection>
    <FormSection columns={1}>
      {/* Rule 6: the units that plan the item — the section in charge, every land station, or both. */}
      <ReferenceArrayInput source="remitUnitIds" reference="Unit" perPage={100} sort={{ field: 'code', order: 'ASC' }}>
        <AutocompleteArrayInput helperText="resources.CheckItem.remit_help" validate={mode === 'edit' ? required() : undefined} />
      </ReferenceArrayInput>
    </FormSection>
    <CheckboxGroupInput source="methods" choices={enumChoices('CheckMethod')} validate={required()} />
    <FormSection columns={1}>
      <TextInput source="legalBasis" multiline minRows={2} validate={required()} />
    </FormSection>
    <FormSection columns={2}>
      <PercentInput source="defaultRatio" validate={[required(), ratioValidator]} helperText="resources.CheckItem.ratio_help" />
      <RatioCap />
    </FormSection>
    <FormSection columns={1}>
      <TextInput
        source="notice"
        multiline
        minRows={2}
        validate={mode === 'edit' ? required() : undefined}
        helperText={mode === 'edit' ? 'resources.CheckItem.notice_help' : 'resources.CheckItem.notice_create_help'}
      />
    </FormSection>
  </SimpleForm>
);
