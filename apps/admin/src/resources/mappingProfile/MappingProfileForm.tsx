// A mapping profile's form: what it lays out (list, direction), its columns in order (our field, their header) and
// its value mappings per field (IMPORT: their value → ours; EXPORT: ours → theirs). For a publication document's
// list the field is a dotted path into the document JSON, typed freely; for the other lists it is chosen from the
// list's fields (the server's mappingProfileFields). The server checks everything again.
import {
  ArrayInput,
  AutocompleteInput,
  FormDataConsumer,
  RadioButtonGroupInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  required,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { useQuery } from '@tanstack/react-query';
import { Alert } from '@mui/material';
import type { MappingProfileFieldsQuery, MappingProfileFieldsQueryVariables } from '@ssj/graphql-types/operations';
import { enumChoices } from '../../common/enums';
import { FormSection } from '../../common/FormSection';
import { FormToolbar } from '../../common/FormToolbar';
import { query } from '../../common/useCommand';
import { MAPPING_PROFILE_FIELDS } from '../../dataProvider/mappingProfileDocuments';
import { listLabel, PROFILE_LISTS } from './lists';

const label = (k: string) => `resources.MappingProfile.fields.${k}`;

const lineSx = {
  '& .RaSimpleFormIterator-line': { borderBottom: 1, borderColor: 'divider', py: 1 },
  '& .RaSimpleFormIterator-inline': { flexWrap: { xs: 'wrap', md: 'nowrap' }, alignItems: 'flex-start', columnGap: 1 },
};

/** The fields a profile of this list may name (null while unknown; [] for a publication list: any path). */
function useProfileFields(list: string | undefined, direction: 'IMPORT' | 'EXPORT' | undefined) {
  const { data } = useQuery({
    queryKey: ['mappingProfileFields', list, direction],
    enabled: !!list && !!direction,
    queryFn: () => query<MappingProfileFieldsQuery, MappingProfileFieldsQueryVariables>(MAPPING_PROFILE_FIELDS, { list: list!, direction: direction! }),
  });
  return data?.mappingProfileFields ?? null;
}

export const MappingProfileForm = ({ mode }: { mode: 'create' | 'edit' }) => (
  <SimpleForm
    toolbar={<FormToolbar deletable={mode === 'edit'} />}
    defaultValues={mode === 'create' ? { direction: 'EXPORT', list: 'targets', columns: [{ field: '', header: '' }], values: [] } : undefined}
    mode="onBlur"
    reValidateMode="onChange"
  >
    <ProfileInputs />
  </SimpleForm>
);

const ProfileInputs = () => {
  const translate = useTranslate();
  const [list, direction] = useWatch({ name: ['list', 'direction'] }) as [string | undefined, 'IMPORT' | 'EXPORT' | undefined];
  const fields = useProfileFields(list, direction);
  const freePath = !!list?.startsWith('publication.');
  const fieldChoices = (fields ?? []).map((f) => ({ id: f.field, name: `${f.header}（${f.field}）` }));
  return (
    <>
      <FormSection columns={2}>
        <TextInput source="name" validate={required()} />
        <SelectInput source="list" choices={PROFILE_LISTS.map((id) => ({ id, name: listLabel(id) }))} validate={required()} />
        <RadioButtonGroupInput source="direction" choices={enumChoices('MappingDirection')} validate={required()} />
      </FormSection>
      <Alert severity="info" sx={{ mb: 2, width: '100%' }} data-testid="profile-help">
        {translate(direction === 'IMPORT' ? 'resources.MappingProfile.help_import' : 'resources.MappingProfile.help_export')}
        {freePath ? ` ${translate('resources.MappingProfile.help_path')}` : ''}
      </Alert>
      <ArrayInput source="columns" helperText="resources.MappingProfile.columns_help">
        <SimpleFormIterator inline fullWidth data-testid="profile-columns" sx={lineSx}>
          {freePath ? (
            <TextInput source="field" label={label('field')} validate={required()} sx={{ flex: 1, minWidth: 220 }} helperText={false} />
          ) : (
            <AutocompleteInput
              source="field"
              label={label('field')}
              choices={fieldChoices}
              validate={required()}
              sx={{ flex: 1, minWidth: 220 }}
              helperText={false}
            />
          )}
          <TextInput source="header" label={label('header')} validate={required()} sx={{ flex: 1, minWidth: 200 }} helperText={false} />
        </SimpleFormIterator>
      </ArrayInput>
      <FormDataConsumer>
        {({ formData }) => {
          const chosen = ((formData.columns ?? []) as { field?: string; header?: string }[]).filter((c) => c?.field);
          const choices = chosen.map((c) => ({ id: c.field!, name: c.header ? `${c.header}（${c.field}）` : c.field! }));
          return (
            <ArrayInput
              source="values"
              helperText={direction === 'IMPORT' ? 'resources.MappingProfile.values_help_import' : 'resources.MappingProfile.values_help_export'}
            >
              <SimpleFormIterator inline fullWidth data-testid="profile-values" sx={lineSx}>
                <SelectInput source="field" label={label('field')} choices={choices} validate={required()} sx={{ flex: 1, minWidth: 200 }} helperText={false} />
                <TextInput
                  source="from"
                  label={direction === 'IMPORT' ? label('their_value') : label('our_value')}
                  validate={required()}
                  sx={{ flex: 1, minWidth: 160 }}
                  helperText={false}
                />
                <TextInput
                  source="to"
                  label={direction === 'IMPORT' ? label('our_value') : label('their_value')}
                  sx={{ flex: 1, minWidth: 160 }}
                  helperText={false}
                />
              </SimpleFormIterator>
            </ArrayInput>
          );
        }}
      </FormDataConsumer>
    </>
  );
};
