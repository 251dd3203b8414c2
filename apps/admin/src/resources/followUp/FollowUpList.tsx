import { Box, Typography } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  Datagrid,
  FunctionField,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
  useTranslate,
} from 'react-admin';
import { EnumField } from '../../common/EnumField';
import { enumChoices, FOLLOW_UP_STATUS_COLOR } from '../../common/enums';
import { ListActions } from '../../common/ListActions';
import { LocalDateTimeField } from '../../common/LocalDateField';
import type { FollowUp } from './types';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="handedToUnitId" source="handedToUnitId" reference="Unit" alwaysOn>
    <AutocompleteInput sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={enumChoices('FollowUpStatus')} alwaysOn />,
  <BooleanInput key="open" source="open" />,
];

export const FollowUpTarget = (_p: { label?: string }) => (
  <FunctionField<FollowUp>
    render={(f) => (
      <Box>
        <Typography variant="body2">{f.result?.target?.name}</Typography>
        <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
          {f.result?.target?.creditCode} · {f.result?.task?.code}
        </Typography>
      </Box>
    )}
  />
);

const DaysOpen = (_p: { label?: string; source?: string; sortable?: boolean }) => {
  const translate = useTranslate();
  return <FunctionField<FollowUp> render={(f) => translate('resources.FollowUp.days_open', { smart_count: Math.max(0, f.daysOpen) })} />;
};

const FollowUpList = () => (
  <List filters={filters} actions={<ListActions create={false} />} sort={{ field: 'handedOverAt', order: 'DESC' }} perPage={25}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <FollowUpTarget label="resources.FollowUp.target" />
      <FunctionField<FollowUp>
        label="resources.FollowUp.result_outcome"
        render={(f) => <EnumField record={f.result} source="outcome" enumName="ResultOutcome" />}
      />
      <ReferenceField source="handedToUnitId" reference="Unit" link={false} sortable={false} />
      <EnumField source="status" enumName="FollowUpStatus" colors={FOLLOW_UP_STATUS_COLOR} />
      <TextField source="caseNumber" emptyText="—" sortable={false} />
      <LocalDateTimeField source="handedOverAt" />
      <DaysOpen label="resources.FollowUp.fields.daysOpen" />
    </Datagrid>
  </List>
);

export default FollowUpList;
