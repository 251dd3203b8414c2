import { Datagrid, DateField, FunctionField, List, SearchInput, SelectInput, TextField, useTranslate } from 'react-admin';
import { Chip } from '@mui/material';
import { enumChoices } from '../../common/enums';
import { ListActions } from '../../common/ListActions';
import { listLabel, PROFILE_LISTS } from './lists';

const ListChoices = () => PROFILE_LISTS.map((id) => ({ id, name: listLabel(id) }));

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="list" source="list" choices={ListChoices()} alwaysOn />,
  <SelectInput key="direction" source="direction" choices={enumChoices('MappingDirection')} alwaysOn />,
];

type Row = { list: string; direction: string; columns?: unknown[]; values?: unknown[] };

const MappingProfileList = () => {
  const translate = useTranslate();
  return (
    <List filters={filters} actions={<ListActions exporter={false} />} sort={{ field: 'name', order: 'ASC' }}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="name" />
        <FunctionField<Row> source="list" render={(r) => translate(listLabel(r.list), { _: r.list })} />
        <FunctionField<Row>
          source="direction"
          render={(r) => (
            <Chip size="small" color={r.direction === 'IMPORT' ? 'primary' : 'secondary'} label={translate(`enums.MappingDirection.${r.direction}`)} />
          )}
        />
        <FunctionField<Row> source="columns" sortable={false} render={(r) => r.columns?.length ?? 0} />
        <FunctionField<Row> source="values" sortable={false} render={(r) => r.values?.length ?? 0} />
        <DateField source="updatedAt" showTime />
      </Datagrid>
    </List>
  );
};

export default MappingProfileList;
