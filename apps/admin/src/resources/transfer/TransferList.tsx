import { Box, Typography, useMediaQuery, type Theme } from '@mui/material';
import { Datagrid, FunctionField, List, ReferenceField, SelectInput, SimpleList, TextField, useTranslate } from 'react-admin';
import { EnumField } from '../../common/EnumField';
import { enumChoices, TRANSFER_STATUS_COLOR } from '../../common/enums';
import { ListActions } from '../../common/ListActions';
import { LocalDateTimeField } from '../../common/LocalDateField';
import { ClosureExportButton } from './ClosureExportButton';
import type { Transfer } from './types';

const filters = [<SelectInput key="status" source="status" choices={enumChoices('TransferStatus')} alwaysOn />];

export const TransferTarget = (_p: { label?: string }) => (
  <FunctionField<Transfer>
    render={(x) => (
      <Box>
        <Typography variant="body2">{x.taskTarget?.target?.name}</Typography>
        <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
          {x.taskTarget?.task?.code}
        </Typography>
      </Box>
    )}
  />
);

const TransferList = () => {
  const translate = useTranslate();
  // A phone gets one line per request (react-admin demo's pattern): the table would scroll sideways.
  const small = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  return (
    <List
      filters={filters}
      filterDefaultValues={{ status: 'PENDING' }}
      actions={
        <ListActions create={false} exporter={false}>
          <ClosureExportButton />
        </ListActions>
      }
      sort={{ field: 'requestedAt', order: 'DESC' }}
      perPage={25}
    >
      {small ? (
        <SimpleList<Transfer>
          linkType="show"
          primaryText={(x) => x.taskTarget?.target?.name ?? ''}
          secondaryText={(x) => `${x.noticeRef} · ${x.requestedByName}`}
          tertiaryText={(x) => translate(`enums.TransferStatus.${x.status}`)}
          data-testid="transfer-list"
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false} data-testid="transfer-list">
          <TransferTarget label="resources.Transfer.fields.taskTargetId" />
          <ReferenceField source="fromUnitId" reference="Unit" link={false} />
          <ReferenceField source="toUnitId" reference="Unit" link={false} />
          <TextField source="noticeRef" />
          <EnumField source="status" enumName="TransferStatus" colors={TRANSFER_STATUS_COLOR} />
          <TextField source="requestedByName" />
          <LocalDateTimeField source="requestedAt" />
          <TextField source="decidedByName" emptyText="—" />
        </Datagrid>
      )}
    </List>
  );
};

export default TransferList;
