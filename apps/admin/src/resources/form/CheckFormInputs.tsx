// The inputs of a check form (检查表单, rule 18, G23, G26.1): its code (fixed once created: results and tasks refer to
// the form), name, the checklist item it serves (so targets of that item are matched to it) and its check points,
// the list an inspector goes through on site. A point's key is only an identifier: left empty, it is numbered.
import {
  ArrayInput,
  AutocompleteInput,
  BooleanInput,
  ReferenceInput,
  SaveButton,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  Toolbar,
  required,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Alert } from '@mui/material';
import { FormSection } from '../../common/FormSection';
import { pointsValidator, type FormValues } from './points';

const VersionNotice = () => {
  const record = useRecordContext<{ version?: number }>();
  const translate = useTranslate();
  if (!record?.version) return null;
  return (
    <Alert severity="info" sx={{ mb: 2, width: '100%' }} data-testid="form-version-notice">
      {translate('resources.Form.version_notice', { version: record.version, next: record.version + 1 })}
    </Alert>
  );
};

export const CheckFormInputs = ({ mode }: { mode: 'create' | 'edit' }) => {
  const record = useRecordContext<FormValues>();
  return (
    <SimpleForm
      // No delete: a form is retired instead (results and tasks keep referring to it). On create Save is always
      // enabled so that clicking it on an empty form shows what is missing.
      toolbar={
        <Toolbar>
          <SaveButton alwaysEnable={mode === 'create' ? true : undefined} />
        </Toolbar>
      }
      defaultValues={mode === 'create' ? { fields: [{ key: '', label: '', basis: '' }] } : { retired: !!record?.retiredAt }}
      mode="onBlur"
      reValidateMode="onChange"
    >
      {mode === 'edit' && <VersionNotice />}
      <FormSection columns={2}>
        <TextInput
          source="code"
          validate={mode === 'create' ? required() : undefined}
          disabled={mode === 'edit'}
          helperText={mode === 'edit' ? 'resources.Form.code_fixed' : false}
        />
        <TextInput source="name" validate={required()} />
        <ReferenceInput source="checkItemId" reference="CheckItem">
          <AutocompleteInput helperText="resources.Form.check_item_help" />
        </ReferenceInput>
        {mode === 'edit' && <BooleanInput source="retired" helperText="resources.Form.retired_help" />}
      </FormSection>
      <ArrayInput source="fields" validate={pointsValidator} helperText="resources.Form.points_help">
        <SimpleFormIterator
          inline
          fullWidth
          data-testid="form-points"
          sx={{
            '& .RaSimpleFormIterator-line': { borderBottom: 1, borderColor: 'divider', py: 1 },
            '& .RaSimpleFormIterator-inline': { flexWrap: { xs: 'wrap', md: 'nowrap' }, alignItems: 'flex-start' },
          }}
        >
          <TextInput source="key" label="resources.Form.fields.key" helperText="resources.Form.key_help" sx={{ width: 140, flexShrink: 0 }} />
          <TextInput source="label" label="resources.Form.fields.label" validate={required()} multiline sx={{ flex: 2, minWidth: 280 }} helperText={false} />
          <TextInput source="basis" label="resources.Form.fields.basis" sx={{ flex: 1, minWidth: 200 }} helperText={false} />
        </SimpleFormIterator>
      </ArrayInput>
    </SimpleForm>
  );
};
