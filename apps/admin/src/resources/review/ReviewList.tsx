import { Box, Typography } from '@mui/material';
import { BooleanInput, Datagrid, FunctionField, List, SelectInput, TextField } from 'react-admin';
import { Countdown } from '../../common/Countdown';
import { EnumField } from '../../common/EnumField';
import { enumChoices, REVIEW_STATUS_COLOR } from '../../common/enums';
import { ListActions } from '../../common/ListActions';
import { LocalDateField } from '../../common/LocalDateField';
import type { Review } from '../result/types';

const filters = [
  <SelectInput key="status" source="status" choices={enumChoices('ReviewStatus')} alwaysOn />,
  <BooleanInput key="overdue" source="overdue" alwaysOn />,
];

const ReviewList = () => (
  <List filters={filters} actions={<ListActions create={false} />} sort={{ field: 'reviewDueOn', order: 'ASC' }} perPage={25}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <FunctionField<Review>
        label="resources.Result.fields.target"
        render={(v) => (
          <Box>
            <Typography variant="body2">{v.result?.target?.name}</Typography>
            <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
              {v.result?.task?.code}
            </Typography>
          </Box>
        )}
      />
      <TextField source="raisedBy" />
      <LocalDateField source="receivedOn" />
      <EnumField source="status" enumName="ReviewStatus" colors={REVIEW_STATUS_COLOR} />
      <EnumField source="decision" enumName="ReviewDecision" />
      <FunctionField<Review> source="reviewDeadline" sortable={false} render={(v) => <Countdown deadline={v.reviewDeadline} />} />
      <FunctionField<Review>
        source="feedbackDeadline"
        sortable={false}
        render={(v) => (v.feedbackDeadline ? <Countdown deadline={v.feedbackDeadline} /> : '—')}
      />
    </Datagrid>
  </List>
);

export default ReviewList;
