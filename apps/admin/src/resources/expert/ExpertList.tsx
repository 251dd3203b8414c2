import { BooleanInput, Datagrid, EditButton, List, SearchInput, TextField, TextInput } from 'react-admin';
import { ListActions } from '../../common/ListActions';
import { ListFileActions } from '../../importing/ListFileActions';
import { RetiredChip } from '../../common/RetiredChip';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <TextInput key="field" source="field" alwaysOn />,
  <BooleanInput key="includeRetired" source="includeRetired" />,
];

const ExpertList = () => (
  <List
    filters={filters}
    actions={
      <ListActions exporter={false}>
        <ListFileActions resource="Expert" />
      </ListActions>
    }
    sort={{ field: 'name', order: 'ASC' }}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="name" />
      <TextField source="organization" />
      <TextField source="field" />
      <TextField source="title" emptyText="—" sortable={false} />
      <TextField source="idNumber" emptyText="—" sortable={false} sx={{ fontFamily: 'monospace' }} />
      <RetiredChip source="retiredAt" label="" sortable={false} />
      <EditButton />
    </Datagrid>
  </List>
);

export default ExpertList;
