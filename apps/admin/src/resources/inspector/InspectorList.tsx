import { AutocompleteInput, BooleanField, BooleanInput, Datagrid, EditButton, List, NullableBooleanInput, ReferenceField, ReferenceInput, SearchInput, ShowButton, TextField } from 'react-admin';
import { ListActions } from '../../common/ListActions';
import { RetiredChip } from '../../common/RetiredChip';
import { UnitScopeChip } from '../../common/UnitScopeChip';

export const inspectorFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="unitId" source="unitId" reference="Unit" alwaysOn>
    <AutocompleteInput sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <NullableBooleanInput key="qualified" source="qualified" />,
  <NullableBooleanInput key="drawable" source="drawable" />,
  <BooleanInput key="includeRetired" source="includeRetired" />,
];

const InspectorList = () => (
  <List filters={inspectorFilters} actions={<ListActions />} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="name" />
      <ReferenceField source="unitId" reference="Unit" link={false} />
      <TextField source="idNumber" sortable={false} sx={{ fontFamily: 'monospace' }} />
      <TextField source="certificateNumber" sortable={false} emptyText="—" />
      <TextField source="title" sortable={false} emptyText="—" />
      <BooleanField source="qualified" />
      <BooleanField source="drawable" sortable={false} />
      <BooleanField source="canLead" sortable={false} />
      <UnitScopeChip source="scope" sortable={false} />
      <RetiredChip source="retiredAt" label="" sortable={false} />
      <ShowButton />
      <EditButton />
    </Datagrid>
  </List>
);

export default InspectorList;
