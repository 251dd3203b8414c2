import {
  AutocompleteInput,
  BooleanField,
  Datagrid,
  EditButton,
  List,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
} from 'react-admin';
import { EnumField } from '../../common/EnumField';
import { enumChoices } from '../../common/enums';
import { ListActions } from '../../common/ListActions';
import { InspectorLinkField } from './InspectorLink';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={enumChoices('Role')} alwaysOn />,
  <ReferenceInput key="unitId" source="unitId" reference="Unit">
    <AutocompleteInput sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <NullableBooleanInput key="active" source="active" />,
];

const UserList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'username', order: 'ASC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="username" />
      <TextField source="name" />
      <EnumField source="role" enumName="Role" />
      <ReferenceField source="unitId" reference="Unit" link={false} sortable={false} />
      <InspectorLinkField label="resources.User.fields.inspectorId" sortable={false} />
      <BooleanField source="isPrincipal" sortable={false} />
      <BooleanField source="active" sortable={false} />
      <EditButton />
    </Datagrid>
  </List>
);

export default UserList;
