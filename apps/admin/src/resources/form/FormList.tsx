import {
  AutocompleteInput,
  BooleanInput,
  Datagrid,
  FunctionField,
  List,
  NumberField,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  TextField,
} from 'react-admin';
import { ListActions } from '../../common/ListActions';
import { RetiredChip } from '../../common/RetiredChip';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="checkItemId" source="checkItemId" reference="CheckItem" alwaysOn>
    <AutocompleteInput sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <BooleanInput key="includeRetired" source="includeRetired" />,
];

const FormList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'code', order: 'ASC' }} perPage={25}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="code" sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }} />
      <TextField source="name" />
      <ReferenceField source="checkItemId" reference="CheckItem" link={false} emptyText="—" />
      <FunctionField source="fields" sortable={false} render={(f: { fields?: unknown[] }) => f.fields?.length ?? 0} />
      <NumberField source="version" sortable={false} />
      <RetiredChip source="retiredAt" label="" sortable={false} />
    </Datagrid>
  </List>
);

export default FormList;
