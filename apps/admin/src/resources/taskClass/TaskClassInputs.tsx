// The inputs of a class (rules 11, 12): key and label, the library (a special library restricts to its
// targets), the directed filters (all empty = undirected), a ratio (typed as a percentage) or a count, and the
// task's checklist items it draws for (empty = all; the GENERAL items' caps apply, rule 2 — except on a task ordered
// by a special campaign / higher authority, which rule 9 exempts from ratio limits; the server checks the caps).
import { Alert, Chip } from '@mui/material';
import { useWatch } from 'react-hook-form';
import {
  AutocompleteInput,
  NumberInput,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  TextInput,
  minValue,
  regex,
  required,
  useTranslate,
  type Validator,
} from 'react-admin';
import { areaChoices, enumChoices } from '../../common/enums';
import { FormSection } from '../../common/FormSection';
import { PercentInput } from '../../common/PercentInput';
import { ratioValidator } from '../../common/validators';

const L = (f: string) => `resources.TaskClass.fields.${f}`;

/** Rule 12: a ratio or a count, not both and not neither. */
const ratioXorCount: Validator = (_value: unknown, all: Record<string, unknown>) => {
  const has = (v: unknown) => v !== null && v !== undefined && v !== '';
  return has(all.ratio) === has(all.count) ? 'resources.Task.ratio_or_count' : undefined;
};

const DirectedChip = () => {
  const translate = useTranslate();
  const [objectType, scale, industry, area] = useWatch({ name: ['objectType', 'scale', 'industry', 'area'] }) as unknown[];
  const directed = [objectType, scale, industry, area].some((v) => v !== null && v !== undefined && v !== '');
  return (
    <Chip
      color={directed ? 'primary' : 'default'}
      label={translate(directed ? 'resources.Task.directed' : 'resources.Task.undirected')}
      sx={{ width: 'fit-content' }}
      data-testid="class-directed"
    />
  );
};

export const TaskClassInputs = ({ checkItems, campaignOrdered = false }: { checkItems: { id: string; name: string }[]; campaignOrdered?: boolean }) => {
  const translate = useTranslate();
  return (
    <>
      <Alert severity="info" sx={{ mb: 2, width: '100%' }}>
        {translate('resources.Task.class_help')}
      </Alert>
      <FormSection columns={3}>
        <TextInput source="key" label={L('key')} validate={[required(), regex(/^[^:]+$/, 'VALIDATION.INVALID')]} />
        <TextInput source="label" label={L('label')} validate={required()} />
        <ReferenceInput source="libraryId" reference="TargetLibrary">
          <AutocompleteInput label={L('libraryId')} />
        </ReferenceInput>
      </FormSection>
      <FormSection columns={2}>
        <TextInput source="objectType" label={L('objectType')} />
        <SelectInput source="scale" label={L('scale')} choices={enumChoices('BusinessScale')} emptyText="—" />
        <TextInput source="industry" label={L('industry')} />
        <SelectInput source="area" label={L('area')} choices={areaChoices} emptyText="—" />
      </FormSection>
      <DirectedChip />
      <FormSection columns={3}>
        <PercentInput
          source="ratio"
          label={L('ratio')}
          validate={[ratioValidator, ratioXorCount]}
          helperText={campaignOrdered ? 'resources.Task.ratio_cap_campaign' : 'resources.Task.ratio_cap_help'}
        />
        <NumberInput source="count" label={L('count')} validate={[minValue(1), ratioXorCount]} step={1} />
        <SelectArrayInput source="checkItemIds" label={L('checkItemIds')} choices={checkItems} helperText="resources.Task.all_items" />
      </FormSection>
    </>
  );
};
