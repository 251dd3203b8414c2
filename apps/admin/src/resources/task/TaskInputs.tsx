// The inputs of a task, shared by setting it up (TaskCreate) and changing it before its draw (TaskEdit): the plan's
// checklist items and window (rule 11, G15), the withholding ground (rule 26) and the campaign basis (rule 9).
import { useEffect, useMemo } from 'react';
import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import {
  AutocompleteInput,
  BooleanInput,
  NumberInput,
  ReferenceInput,
  minValue,
  DateInput,
  SelectArrayInput,
  SelectInput,
  TextInput,
  required,
  useGetList,
  useGetMany,
  useGetOne,
  useTranslate,
} from 'react-admin';
import { enumChoices } from '../../common/enums';
import { FormSection } from '../../common/FormSection';
import { checkItemText } from '../planItem/PlanItemInputs';
import type { CheckItem, Plan, PlanItem } from '@ssj/graphql-types';

type PlanLine = Pick<PlanItem, 'id' | 'checkItemId' | 'windowFrom' | 'windowTo' | 'temporary'>;

/**
 * The checklist items of the chosen plan (a task runs its plan, G15); choosing a line preselects its item and window,
 * and choosing the plan its unit as the executing unit. Editing (`editing`), the plan is fixed and only a line the
 * user picks changes the other inputs — the stored values are not overwritten when the page loads.
 */
export const PlanDependentInputs = ({ editing = false }: { editing?: boolean }) => {
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
    if (plan && !editing) setValue('executingUnitId', plan.unitId, { shouldDirty: true });
  }, [plan, setValue, editing]);
  const { dirtyFields } = useFormState({ name: 'planItemId' });
  const isDirty = !!(dirtyFields as Record<string, unknown>).planItemId;
  useEffect(() => {
    const line = lines?.find((l) => l.id === planItemId);
    if (!line || (editing && !isDirty)) return;
    setValue('checkItemIds', [line.checkItemId], { shouldDirty: true });
    setValue('windowFrom', line.windowFrom, { shouldDirty: true });
    setValue('windowTo', line.windowTo, { shouldDirty: true });
    setValue('temporary', line.temporary, { shouldDirty: true });
  }, [planItemId, lines, setValue, editing, isDirty]);
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

export const CampaignBasis = () => {
  const ordered = useWatch({ name: 'campaignOrdered' }) as boolean | undefined;
  if (!ordered) return null;
  return <TextInput source="campaignBasis" validate={required()} />;
};

/** Rule 26: results kept from the public name their legal ground and basis (the server refuses otherwise). */
export const Withholding = () => {
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

/** Everything of a task after its plan and name: the plan's line, items and window, the executing unit, the team size, publication, temporary and campaign. */
export const TaskInputs = ({ editing = false }: { editing?: boolean }) => (
  <>
    <PlanDependentInputs editing={editing} />
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
  </>
);
