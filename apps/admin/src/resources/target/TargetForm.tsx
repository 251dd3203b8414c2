// The form shared by create and edit. Required inputs mirror the server's required fields
// (apps/api/src/schema/target.ts LABELS); the server still checks them, and the check digit and duplicates.
import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  AutocompleteInput,
  BooleanInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
  useGetIdentity,
  useGetOne,
  usePermissions,
} from 'react-admin';
import { EditGuard } from '../../common/EditGuard';
import { areaChoices, enumChoices } from '../../common/enums';
import { FormSection } from '../../common/FormSection';
import { FormToolbar } from '../../common/FormToolbar';
import { creditCodeValidators, upper } from '../../common/validators';

/** Choosing a special library fills in the object type it holds (the user can still change it). */
const ObjectTypeFromLibrary = () => {
  const libraryId = useWatch({ name: 'libraryId' }) as string | undefined;
  const { setValue, getValues } = useFormContext();
  const { data: library } = useGetOne<{ id: string; objectType?: string | null }>('TargetLibrary', { id: libraryId ?? '' }, { enabled: !!libraryId });
  useEffect(() => {
    if (library?.objectType && !getValues('objectType')) setValue('objectType', library.objectType, { shouldDirty: true });
  }, [library, getValues, setValue]);
  return null;
};

export const TargetForm = ({ mode }: { mode: 'create' | 'edit' }) => {
  const { permissions } = usePermissions<string>();
  const { identity } = useGetIdentity();
  const staff = permissions === 'UNIT_STAFF';
  // Create waits for the identity so the unit defaults to the user's own (rule 3).
  if (mode === 'create' && !identity) return null;
  const defaults =
    mode === 'create' && identity
      ? {
          unitId: identity.unitId,
          riskLevel: 'MEDIUM',
          creditStatus: 'NORMAL',
          registrationStatus: 'ACTIVE',
          keyIndustry: false,
          repeatedComplaints: false,
          seriousViolation: false,
        }
      : undefined;
  return (
    <SimpleForm toolbar={<FormToolbar deletable={mode === 'edit'} />} defaultValues={defaults} mode="onBlur" reValidateMode="onChange">
      <EditGuard />
      <ObjectTypeFromLibrary />
      <FormSection columns={2}>
        <TextInput
          source="creditCode"
          validate={creditCodeValidators}
          parse={upper}
          helperText="resources.Target.credit_code_help"
          inputProps={{ maxLength: 18, style: { fontFamily: 'monospace' } }}
        />
        <TextInput source="name" validate={required()} />
        <ReferenceInput source="libraryId" reference="TargetLibrary">
          <AutocompleteInput validate={required()} />
        </ReferenceInput>
        <ReferenceInput source="unitId" reference="Unit">
          {/* Unit staff create only in their own unit (rule 3): the unit is shown but cannot be changed. */}
          <AutocompleteInput validate={required()} readOnly={staff} />
        </ReferenceInput>
        <TextInput source="objectType" validate={required()} />
        <SelectInput source="scale" choices={enumChoices('BusinessScale')} validate={required()} />
        <TextInput source="industry" validate={required()} />
        <SelectInput source="area" choices={areaChoices} validate={required()} helperText="resources.Target.area_help" />
      </FormSection>
      <FormSection columns={1}>
        <TextInput source="address" validate={required()} />
      </FormSection>
      <FormSection columns={2}>
        <TextInput source="legalRepresentative" />
        <TextInput source="contactPhone" />
      </FormSection>
      <FormSection columns={3}>
        <SelectInput source="riskLevel" choices={enumChoices('RiskLevel')} validate={required()} />
        <SelectInput source="creditStatus" choices={enumChoices('CreditStatus')} validate={required()} />
        <SelectInput source="registrationStatus" choices={enumChoices('RegistrationStatus')} validate={required()} />
      </FormSection>
      <FormSection title="resources.Target.fields.exemptions" columns={3}>
        <BooleanInput source="keyIndustry" />
        <BooleanInput source="repeatedComplaints" />
        <BooleanInput source="seriousViolation" />
      </FormSection>
      <FormSection columns={1}>
        <TextInput source="notes" multiline minRows={2} />
      </FormSection>
    </SimpleForm>
  );
};
