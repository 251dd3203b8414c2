// Create: unit (own by default; unit staff cannot change it, rule 3), year and title. Edit (draft only): title
// and the filing authority; a filed plan changes only through an adjustment (rule 7).
import {
  AutocompleteInput,
  NumberInput,
  ReferenceInput,
  SimpleForm,
  TextInput,
  maxValue,
  minValue,
  required,
  useGetIdentity,
  useGetList,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { Alert } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { EditGuard } from '../../common/EditGuard';
import { FormSection } from '../../common/FormSection';
import { FormToolbar } from '../../common/FormToolbar';
import { useToday } from '../../common/today';

/**
 * Rule 6: what the plan must cover, before it is made — or, for a unit with nothing in its remit, why it needs no
 * plan (the API refuses one with PLAN.NO_REMIT rather than create a draft that can never be filed).
 */
export const RemitNotice = ({ unitId }: { unitId?: string }) => {
  const translate = useTranslate();
  const { data, total, isPending } = useGetList<{ id: string; code: string; name: string }>(
    'CheckItem',
    { filter: { remitUnitId: unitId }, pagination: { page: 1, perPage: 100 }, sort: { field: 'code', order: 'ASC' } },
    { enabled: !!unitId },
  );
  if (!unitId || isPending) return null;
  if (!total)
    return (
      <Alert severity="info" data-testid="plan-no-remit">
        {translate('resources.Plan.no_remit')}
      </Alert>
    );
  return (
    <Alert severity="info" data-testid="plan-remit">
      {translate('resources.Plan.remit', { items: (data ?? []).map((i) => `${i.code} ${i.name}`).join('；') })}
    </Alert>
  );
};

const WatchedRemitNotice = () => <RemitNotice unitId={useWatch({ name: 'unitId' }) as string | undefined} />;

export const PlanForm = ({ mode }: { mode: 'create' | 'edit' }) => {
  const { permissions, isPending } = usePermissions<string>();
  const { identity } = useGetIdentity();
  // The bureau's year (the server's day), not the browser's.
  const year = Number(useToday().slice(0, 4));
  // Wait for both, so the unit is read-only for staff from the first render (rule 3).
  if (isPending || (mode === 'create' && !identity)) return null;
  const defaults =
    mode === 'create' && identity
      ? { unitId: identity.unitId, year, title: `${identity.unitName as string}${year}年度“双随机、一公开”抽查工作计划` }
      : undefined;
  return (
    <SimpleForm
      key={mode === 'create' ? year : undefined}
      toolbar={<FormToolbar deletable={mode === 'edit'} />}
      defaultValues={defaults}
      mode="onBlur"
      reValidateMode="onChange"
    >
      <EditGuard />
      <FormSection columns={2}>
        <ReferenceInput source="unitId" reference="Unit">
          <AutocompleteInput validate={required()} readOnly={mode === 'edit' || permissions === 'UNIT_STAFF'} />
        </ReferenceInput>
        <NumberInput source="year" validate={[required(), minValue(2000), maxValue(2100)]} readOnly={mode === 'edit'} />
      </FormSection>
      {mode === 'create' && <WatchedRemitNotice />}
      <FormSection columns={1}>
        <TextInput source="title" validate={required()} />
        {mode === 'edit' && <TextInput source="filedWith" helperText="resources.Plan.filed_with_help" />}
      </FormSection>
    </SimpleForm>
  );
};
