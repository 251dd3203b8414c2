import { Box, Typography } from '@mui/material';
import { Datagrid, FunctionField, List, ReferenceField, SelectInput, TextField } from 'react-admin';
import { EnumField } from '../../common/EnumField';
import { CORRECTION_STATUS_COLOR, enumChoices } from '../../common/enums';
import { ListActions } from '../../common/ListActions';
import { LocalDateTimeField } from '../../common/LocalDateField';
import type { Correction, ResultBrief } from '../result/types';

const filters = [<SelectInput key="status" source="status" choices={enumChoices('CorrectionStatus')} alwaysOn />];

export const CorrectionTarget = (_p: { label?: string }) => (
  <FunctionField<Correction & { result?: ResultBrief }>
    render={(c) => (
      <Box>
        <Typography variant="body2">{c.result?.target?.name}</Typography>
        <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
          {c.result?.task?.code}
        </Typography>
      </Box>
    )}
  />
);

const CorrectionList = () => (
  <List
    filters={filters}
    filterDefaultValues={{ status: 'PENDING_SIGNATURE' }}
    actions={<ListActions create={false} />}
    sort={{ field: 'proposedAt', order: 'DESC' }}
    perPage={25}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <CorrectionTarget label="resources.Result.fields.target" />
      <TextField source="reason" />
      <EnumField source="status" enumName="CorrectionStatus" colors={CORRECTION_STATUS_COLOR} />
      <ReferenceField source="proposedById" reference="User" link={false} />
      <LocalDateTimeField source="proposedAt" />
      <ReferenceField source="signedById" reference="User" link={false} emptyText="—" />
      <LocalDateTimeField source="signedAt" emptyText="—" />
    </Datagrid>
  </List>
);

export default CorrectionList;
