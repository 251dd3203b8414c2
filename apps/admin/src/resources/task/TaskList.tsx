import { AutocompleteInput, Datagrid, List, NumberField, NumberInput, ReferenceField, ReferenceInput, SearchInput, SelectInput, TextField } from 'react-admin';
import { EnumField } from '../../common/EnumField';
import { enumChoices, TASK_STATUS_COLOR } from '../../common/enums';
import { ListActions } from '../../common/ListActions';
import { LocalDateField } from '../../common/LocalDateField';
import { useOwnUnitFilter } from '../../common/useOwnUnitFilter';
import { taskListDefaults } from './listDefaults';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="unitId" source="unitId" reference="Unit" alwaysOn>
    <AutocompleteInput sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <ReferenceInput key="ownerUnitId" source="ownerUnitId" reference="Unit">
    <AutocompleteInput sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={enumChoices('TaskStatus')} alwaysOn />,
  <NumberInput key="year" source="year" sx={{ width: 120 }} />,
  <ReferenceInput key="executingUnitId" source="executingUnitId" reference="Unit">
    <AutocompleteInput sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <ReferenceInput key="planId" source="planId" reference="Plan">
    <AutocompleteInput sx={{ minWidth: 260 }} />
  </ReferenceInput>,
];

const TaskList = () => {
  const { isPending, filterDefaultValues } = useOwnUnitFilter();
  if (isPending) return null;
  const defaults = taskListDefaults(filterDefaultValues);
  return (
    <List filters={filters} filterDefaultValues={defaults} actions={<ListActions />} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" sx={{ whiteSpace: 'nowrap', fontFamily: 'monospace' }} />
        <TextField source="name" />
        <ReferenceField source="ownerUnitId" reference="Unit" link={false} sortable={false} />
        <ReferenceField source="executingUnitId" reference="Unit" link={false} sortable={false} />
        <LocalDateField source="windowFrom" />
        <LocalDateField source="windowTo" />
        <EnumField source="status" enumName="TaskStatus" colors={TASK_STATUS_COLOR} />
        <NumberField source="targetCount" sortable={false} />
      </Datagrid>
    </List>
  );
};

export default TaskList;
