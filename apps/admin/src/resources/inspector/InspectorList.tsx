import {
  AutocompleteInput,
  BooleanField,
  BooleanInput,
  Datagrid,
  EditButton,
  List,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  TextField,
} from 'react-admin';
import { ListActions } from '../../common/ListActions';
import { ListFileActions } from '../../importing/ListFileActions';
import { RetiredChip } from '../../common/RetiredChip';
import { UnitScopeChip } from '../../common/UnitScopeChip';
import { useOwnUnitFilter } from '../../common/useOwnUnitFilter';

export const inspectorFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="unitId" source="unitId" reference="Unit" alwaysOn>
    <AutocompleteInput sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <NullableBooleanInput key="qualified" source="qualified" />,
  <NullableBooleanInput key="drawable" source="drawable" />,
  <BooleanInput key="includeRetired" source="includeRetired" />,
];

const InspectorList = () => {
  const { isPending, filterDefaultValues } = useOwnUnitFilter();
  if (isPending) return null;
  return (
    <List
      filters={inspectorFilters}
      filterDefaultValues={filterDefaultValues}
      actions={
        <ListActions exporter={false}>
          <ListFileActions resource="Inspector" />
        </ListActions>
      }
      sort={{ field: 'name', order: 'ASC' }}
      perPage={25}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <ReferenceField source="unitId" reference="Unit" link={false} />
        <TextField source="idNumber" sortable={false} sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }} />
        <TextField source="certificateNumber" sortable={false} emptyText="—" />
        <TextField source="title" sortable={false} emptyText="—" />
        <BooleanField source="qualified" />
        <BooleanField source="drawable" sortable={false} />
        <UnitScopeChip source="scope" sortable={false} />
        <RetiredChip source="retiredAt" label="" sortable={false} />
        <EditButton />
      </Datagrid>
    </List>
  );
};

export default InspectorList;
