import {
  AutocompleteInput,
  BooleanInput,
  Datagrid,
  EditButton,
  List,
  NumberField,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
} from 'react-admin';
import { EnumField } from '../../common/EnumField';
import { enumChoices } from '../../common/enums';
import { ListActions } from '../../common/ListActions';
import { RetiredChip } from '../../common/RetiredChip';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={enumChoices('LibraryKind')} alwaysOn />,
  <ReferenceInput key="unitId" source="unitId" reference="Unit">
    <AutocompleteInput sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <BooleanInput key="includeRetired" source="includeRetired" />,
];

const TargetLibraryList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'code', order: 'ASC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="code" />
      <TextField source="name" />
      <EnumField source="kind" enumName="LibraryKind" colors={{ COMPREHENSIVE: 'primary', SPECIAL: 'default' }} sortable={false} />
      <TextField source="objectType" emptyText="—" sortable={false} />
      <ReferenceField source="unitId" reference="Unit" link={false} sortable={false} />
      <NumberField source="targetCount" sortable={false} />
      <RetiredChip source="retiredAt" label="" sortable={false} />
      <EditButton />
    </Datagrid>
  </List>
);

export default TargetLibraryList;
