// Setting up a task (rule 11, G15): from a filed plan of the user's unit, optionally one of its lines, with the
// checklist items it checks (all in the plan), the executing unit (the plan's own, or delegated, G14), the window
// in the plan year, at least 2 inspectors per target (rule 15), whether results are published, temporary
// (rule 10), and whether a campaign or higher authority ordered it (rule 9, with its basis).
import { useEffect, useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  AutocompleteInput,
  BooleanInput,
  Create,
  DateInput,
  NumberInput,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  SimpleForm,
  TextInput,
  minValue,
  required,
  useGetIdentity,
  useGetList,
  useGetMany,
  useGetOne,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { Alert } from '@mui/material';
import { enumChoices } from '../../common/enums';
import { FormSection } from '../../common/FormSection';
import { FormToolbar } from '../../common/FormToolbar';
import { checkItemText } from '../planItem/PlanItemInputs';
import type { CheckItem, Plan, PlanItem } from '@ssj/graphql-types';

type PlanLine = Pick<PlanItem, 'id' | 'checkItemId' | 'windowFrom' | 'windowTo' | 'temporary'>;

/** The checklist items of the chosen plan (a task runs its plan, G15); choosing a line preselects its item and window. */
const PlanDependentInputs = () => {
  const translate = useTranslate();
  const planId = useWatch({ name: 'planId' }) as string | undefined;
  const planItemId = useWatch({ name: 'planItemId' }) as string | undefined;
  const { setValue } = useFormContext();
  const { data: plan } = useGetOne<Pick<Plan, 'id' | 'year' | 'unitId'>>('Plan', { id: planId ?? '' }, { enabled: !!planId });
  const { data: lines } = useGetList<PlanLine>(
    'PlanItem',
    { filter: { planId }, pagination: { page: 1, perPage: 500 }, sort: { field: 'checkItemId', order: 'ASC' } },
    { enabled: !!planId },
  );
  const itemIds = useMemo(() => [...new Set((lines ?? []).map((l) => l.checkItemId))], [lines]);
  const { data: items } = useGetMany<Pick<CheckItem, 'id' | 'code' | 'name'>>('CheckItem', { ids: itemIds }, { enabled: itemIds.length > 0 });
  const byId = new Map((items ?? []).map((i) => [i.id, i]));
  useEffect(() => {
    if (plan) setValue('executingUnitId', plan.unitId, { shouldDirty: true });
  }, [plan, setValue]);
  useEffect(() => {
    const line = lines?.find((l) => l.id === planItemId);
    if (!line) return;
    setValue('checkItemIds', [line.checkItemId], { shouldDirty: true });
    setValue('windowFrom', line.windowFrom, { shouldDirty: true });
    setValue('windowTo', line.windowTo, { shouldDirty: true });
    setValue('temporary', line.temporary, { shouldDirty: true });
  }, [planItemId, lines, setValue]);
  const lineChoices = (lines ?? []).map((l) => ({
    id: l.id,
    name: `${checkItemText(byId.get(l.checkItemId))}${l.temporary ? ` · ${translate('resources.PlanItem.fields.temporary')}` : ''}`,
  }));
  const itemChoices = itemIds.map((id) => ({ id, name: checkItemText(byId.get(id)) || id }));
  return (
    <>
      <FormSection columns={2}>
        <AutocompleteInput source="planItemId" choices={lineChoices} disabled={!planId} />
        <SelectArrayInput source="checkItemIds" choices={itemChoices} validate={required()} disabled={!planId} helperText="resources.Task.plan_items_help" />
      </FormSection>
      <FormSection columns={2}>
        <DateInput source="windowFrom" validate={required()} inputProps={plan ? { min: `${plan.year}-01-01`, max: `${plan.year}-12-31` } : undefined} />
        <DateInput source="windowTo" validate={required()} inputProps={plan ? { min: `${plan.year}-01-01`, max: `${plan.year}-12-31` } : undefined} />
      </FormSection>
    </>
  );
};

const CampaignBasis = () => {
  const ordered = useWatch({ name: 'campaignOrdered' }) as boolean | undefined;
  if (!ordered) return null;
  return <TextInput source="campaignBasis" validate={required()} />;
};

/** Rule 26: results kept from the public name their legal ground and basis (the server refuses otherwise). */
const Withholding = () => {
  const isPublic = useWatch({ name: 'isPublic' }) as boolean | undefined;
  if (isPublic !== false) return null;
  return (
    <FormSection columns={2}>
      <SelectInput
        source="withheldCategory"
        choices={enumChoices('WithholdingCategory')}
        validate={required()}
        helperText="resources.Task.withholding.category_help"
      />
      <TextInput source="withheldBasis" validate={required()} helperText="resources.Task.withholding.basis_help" multiline />
    </FormSection>
  );
};

const TaskCreate = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<string>();
  if (!identity) return null;
  // Staff see their own unit's filed plans (G15: the unit that made the plan sets up its tasks).
  const planFilter = { status: 'FILED', ...(permissions === 'UNIT_STAFF' ? { unitId: identity.unitId } : {}) };
  return (
    <Create redirect="show" mutationMode="pessimistic">
      <SimpleForm
        toolbar={<FormToolbar deletable={false} />}
        defaultValues={{ teamSize: 2, isPublic: true, temporary: false, campaignOrdered: false, executingUnitId: identity.unitId }}
        mode="onBlur"
        reValidateMode="onChange"
      >
        <Alert severity="info" sx={{ mb: 2, width: '100%' }}>
          {translate('resources.Task.create_from_plan')}
        </Alert>
        <FormSection columns={2}>
          <ReferenceInput source="planId" reference="Plan" filter={planFilter} sort={{ field: 'year', order: 'DESC' }}>
            <AutocompleteInput validate={required()} />
          </ReferenceInput>
          <TextInput source="name" validate={required()} />
        </FormSection>
        <PlanDependentInputs />
        <FormSection columns={2}>
          <ReferenceInput source="executingUnitId" reference="Unit">
            <AutocompleteInput validate={required()} />
          </ReferenceInput>
          <NumberInput source="teamSize" validate={[required(), minValue(2)]} step={1} min={2} />
        </FormSection>
        <FormSection columns={3}>
          <BooleanInput source="isPublic" />
          <BooleanInput source="temporary" />
          <BooleanInput source="campaignOrdered" helperText="resources.Task.campaign_help" />
        </FormSection>
        <Withholding />
        <FormSection columns={1}>
          <CampaignBasis />
        </FormSection>
      </SimpleForm>
    </Create>
  );
};

export default TaskCreate;
