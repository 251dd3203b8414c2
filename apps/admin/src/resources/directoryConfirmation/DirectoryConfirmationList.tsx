import { AutocompleteInput, Datagrid, List, NumberField, ReferenceField, ReferenceInput, TextField } from 'react-admin';
import { ListActions } from '../../common/ListActions';
import { LocalDateTimeField } from '../../common/LocalDateField';
import { ConfirmDirectoriesButton } from './ConfirmDirectoriesButton';

const filters = [
  <ReferenceInput key="unitId" source="unitId" reference="Unit" alwaysOn>
    <AutocompleteInput sx={{ minWidth: 240 }} />
  </ReferenceInput>,
];

const DirectoryConfirmationList = () => (
  <List
    filters={filters}
    actions={
      <ListActions create={false}>
        <ConfirmDirectoriesButton />
      </ListActions>
    }
    sort={{ field: 'confirmedAt', order: 'DESC' }}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <LocalDateTimeField source="confirmedAt" />
      <ReferenceField source="unitId" reference="Unit" link="show" sortable={false} />
      <ReferenceField source="confirmedById" reference="User" link={false} sortable={false} />
      <NumberField source="targetCount" sortable={false} />
      <NumberField source="inspectorCount" sortable={false} />
      <TextField source="note" emptyText="—" sortable={false} />
    </Datagrid>
  </List>
);

export default DirectoryConfirmationList;
