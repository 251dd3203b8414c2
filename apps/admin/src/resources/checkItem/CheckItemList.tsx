import {
  AutocompleteInput,
  BooleanInput,
  Datagrid,
  EditButton,
  FunctionField,
  List,
  NumberField,
  ReferenceArrayField,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
  TextInput,
  useListContext,
  useTranslate,
} from 'react-admin';
import { EnumField } from '../../common/EnumField';
import { enumChoices } from '../../common/enums';
import { ListActions } from '../../common/ListActions';
import { ListFileActions } from '../../importing/ListFileActions';
import { LocalDateField } from '../../common/LocalDateField';
import { formatPercent } from '../../common/PercentInput';
import { RetiredChip } from '../../common/RetiredChip';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="category" source="category" choices={enumChoices('CheckCategory')} alwaysOn />,
  <ReferenceInput key="unitId" source="unitId" reference="Unit">
    <AutocompleteInput sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <ReferenceInput key="remitUnitId" source="remitUnitId" reference="Unit">
    <AutocompleteInput sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <TextInput key="objectType" source="objectType" />,
  <BooleanInput key="includeRetired" source="includeRetired" />,
];

/** The units an item is in the remit of, in one line: the first two and how many more (the item page lists all). */
const RemitSummary = () => {
  const { data } = useListContext<{ id: string; name: string; kind?: string }>();
  const translate = useTranslate();
  if (!data?.length) return null;
  const sorted = [...data].sort((a, b) => Number(a.kind === 'STATION') - Number(b.kind === 'STATION'));
  const names = sorted
    .slice(0, 2)
    .map((u) => u.name)
    .join('、');
  return <span>{data.length > 2 ? translate('resources.CheckItem.remit_more', { names, count: data.length }) : names}</span>;
};

const CheckItemList = () => (
  <List
    filters={filters}
    actions={
      <ListActions exporter={false}>
        <ListFileActions resource="CheckItem" />
      </ListActions>
    }
    sort={{ field: 'code', order: 'ASC' }}
    perPage={25}
  >
    <Datagrid rowClick="show" bulkActionButtons={false} sx={{ '& .column-name': { minWidth: 200 } }}>
      <TextField source="code" sx={{ whiteSpace: 'nowrap' }} />
      <TextField source="name" />
      <TextField source="objectType" sortable={false} />
      <EnumField source="category" enumName="CheckCategory" colors={{ KEY: 'warning', GENERAL: 'default' }} />
      <EnumField source="methods" enumName="CheckMethod" chip sortable={false} />
      <ReferenceField source="unitId" reference="Unit" link={false} sortable={false} />
      <ReferenceArrayField source="remitUnitIds" reference="Unit" sortable={false} perPage={100}>
        <RemitSummary />
      </ReferenceArrayField>
      <FunctionField source="defaultRatio" sortable={false} render={(r: { defaultRatio?: number }) => formatPercent(r.defaultRatio)} />
      <NumberField source="version" sortable={false} />
      <LocalDateField source="updatedAt" />
      <RetiredChip source="retiredAt" label="" sortable={false} />
      <EditButton />
    </Datagrid>
  </List>
);

export default CheckItemList;
