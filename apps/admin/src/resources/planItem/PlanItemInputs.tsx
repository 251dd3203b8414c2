// The inputs of one plan line (rule 7, G12): checklist item, scope, time window, estimated count, ratio (typed as
// a percentage), the provincial / city / district shares and the temporary flag. Used by the line dialog and,
// inside an ArrayInput, by the adjustment dialog; labels are explicit so both read `resources.PlanItem.fields.*`.
import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { AutocompleteInput, BooleanInput, DateInput, NumberInput, ReferenceInput, TextInput, minValue, required, useGetOne } from 'react-admin';
import { FormSection } from '../../common/FormSection';
import { PercentInput } from '../../common/PercentInput';
import { ratioValidator } from '../../common/validators';
import type { CheckItem } from '@ssj/graphql-types';

const L = (f: string) => `resources.PlanItem.fields.${f}`;

/** The CheckItem record the ratio is taken from. */
type CheckItemChoice = Pick<CheckItem, 'id' | 'defaultRatio'>;
/** 编码 名称 of a checklist item (a choice, a chip, a line). */
export const checkItemText = (c?: Pick<CheckItem, 'code' | 'name'> | null) => (c ? `${c.code ?? ''} ${c.name ?? ''}`.trim() : '');

/** Choosing a checklist item fills in its default ratio (the user can still change it). */
const RatioFromCheckItem = () => {
  const checkItemId = useWatch({ name: 'checkItemId' }) as string | undefined;
  const { setValue, getValues } = useFormContext();
  const { data } = useGetOne<CheckItemChoice>('CheckItem', { id: checkItemId ?? '' }, { enabled: !!checkItemId });
  useEffect(() => {
    if (data?.defaultRatio && !getValues('id')) setValue('ratio', data.defaultRatio, { shouldDirty: true });
  }, [data, getValues, setValue]);
  return null;
};

export const PlanItemInputs = ({
  year,
  unitId,
  withTemporary = true,
  autoRatio = false,
}: {
  year: number;
  unitId?: string;
  withTemporary?: boolean;
  autoRatio?: boolean;
}) => (
  <>
    {autoRatio && <RatioFromCheckItem />}
    <FormSection columns={2}>
      <ReferenceInput
        source="checkItemId"
        reference="CheckItem"
        sort={{ field: 'code', order: 'ASC' }}
        perPage={200}
        filter={unitId ? { remitUnitId: unitId } : undefined}
      >
        <AutocompleteInput label={L('checkItemId')} optionText={checkItemText} validate={required()} sx={{ minWidth: 280 }} />
      </ReferenceInput>
      <TextInput source="scope" label={L('scope')} validate={required()} />
    </FormSection>
    <FormSection columns={3}>
      <DateInput source="windowFrom" label={L('windowFrom')} validate={required()} inputProps={{ min: `${year}-01-01`, max: `${year}-12-31` }} />
      <DateInput source="windowTo" label={L('windowTo')} validate={required()} inputProps={{ min: `${year}-01-01`, max: `${year}-12-31` }} />
      <NumberInput source="estimatedCount" label={L('estimatedCount')} validate={[required(), minValue(0)]} step={1} />
    </FormSection>
    <FormSection columns={3}>
      <PercentInput source="ratio" label={L('ratio')} validate={[required(), ratioValidator]} helperText="resources.Plan.ratio_help" />
      {withTemporary && <BooleanInput source="temporary" label={L('temporary')} />}
    </FormSection>
    <FormSection columns={3}>
      <PercentInput source="provincialShare" label={L('provincialShare')} helperText="resources.Plan.shares_help" />
      <PercentInput source="cityShare" label={L('cityShare')} />
      <PercentInput source="districtShare" label={L('districtShare')} />
    </FormSection>
  </>
);

/** A new line's defaults: the whole plan year, the district samples everything. */
export const newPlanItemDefaults = (planId: string, year: number) => ({
  planId,
  scope: '辖区内全部检查对象',
  windowFrom: `${year}-03-01`,
  windowTo: `${year}-11-30`,
  estimatedCount: 1,
  provincialShare: 0,
  cityShare: 0,
  districtShare: 1,
  temporary: false,
});

/** The fields of a line as PlanItemInput takes them (adjustments, temporary checks). */
export const toPlanItemInput = (i: Record<string, unknown>) => {
  const keys = [
    'id',
    'checkItemId',
    'scope',
    'windowFrom',
    'windowTo',
    'estimatedCount',
    'ratio',
    'provincialShare',
    'cityShare',
    'districtShare',
    'areaWeights',
    'temporary',
  ];
  return Object.fromEntries(keys.filter((k) => i[k] !== undefined).map((k) => [k, i[k]]));
};
