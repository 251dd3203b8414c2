import { BooleanInput, Datagrid, EditButton, FunctionField, List, NumberField, SearchInput, SelectInput, TextField } from 'react-admin';
import { EnumField } from '../../common/EnumField';
import { enumChoices } from '../../common/enums';
import { FreshnessChip } from '../../common/Freshness';
import { ListActions } from '../../common/ListActions';
import { RetiredChip } from '../../common/RetiredChip';
import type { Unit } from '@ssj/graphql-types';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={enumChoices('UnitKind')} alwaysOn />,
  <BooleanInput key="includeRetired" source="includeRetired" />,
];

type UnitRow = Pick<Unit, 'lastConfirmation'>;

const UnitList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'code', order: 'ASC' }} perPage={25}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="code" />
      <TextField source="name" />
      <EnumField source="kind" enumName="UnitKind" />
      <TextField source="area" emptyText="—" sortable={false} />
      <NumberField source="targetCount" sortable={false} />
      <NumberField source="inspectorCount" sortable={false} />
      <FunctionField source="lastConfirmation" sortable={false} render={(r: UnitRow) => <FreshnessChip confirmedAt={r.lastConfirmation?.confirmedAt} />} />
      <RetiredChip source="retiredAt" label="" sortable={false} />
      <EditButton />
    </Datagrid>
  </List>
);

export default UnitList;
