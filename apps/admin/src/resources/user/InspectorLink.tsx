// Rule 19: the inspector an account belongs to (User.inspectorId). Only a team's inspectors enter and confirm its
// results, so the lead unit's administrators link each inspector's account here; an inspector belongs to one
// account only (the server refuses a second with USER.INSPECTOR_LINKED, naming the other account).
import { AutocompleteInput, ReferenceField, ReferenceInput, useRecordContext } from 'react-admin';
import { Typography } from '@mui/material';
import type { Inspector } from '@ssj/graphql-types';

/** The Inspector record as the link reads it (its unit only when the data provider loaded it). */
type InspectorBrief = Pick<Inspector, 'id' | 'name' | 'certificateNumber'> & { unit?: Pick<Inspector['unit'], 'name'> | null };

/** 姓名 · 执法证号 · 单位: enough to tell two people of the same name apart. */
export const inspectorLabel = (r: InspectorBrief | undefined | null) => (r ? [r.name, r.certificateNumber, r.unit?.name].filter(Boolean).join(' · ') : '');

export const InspectorLinkInput = () => (
  <ReferenceInput source="inspectorId" reference="Inspector" perPage={20} sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput
      optionText={inspectorLabel}
      filterToQuery={(q: string) => ({ q })}
      helperText="resources.User.inspector_help"
      parse={(v: string | null) => (v === '' ? null : v)}
    />
  </ReferenceInput>
);

const InspectorText = () => {
  const r = useRecordContext<InspectorBrief>();
  return (
    <Typography variant="body2" component="span">
      {inspectorLabel(r)}
    </Typography>
  );
};

export const InspectorLinkField = (_props: { label?: string; sortable?: boolean }) => (
  <ReferenceField source="inspectorId" reference="Inspector" link="show" emptyText="—">
    <InspectorText />
  </ReferenceField>
);
