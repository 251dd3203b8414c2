// The audit trail (G4, G5: 全程留痕): filter by entity, action, actor, unit and date range. Read-only.
import {
  AutocompleteInput,
  DateInput,
  Datagrid,
  FunctionField,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
  TextInput,
} from 'react-admin';
import { enApp } from '../../i18n/en';
import { ListActions } from '../../common/ListActions';
import { ActionLabel, EntityLabel, RecordName } from './labels';
import { type AuditChange, useFieldLabel } from './AuditEventShow';
import { LocalDateTimeField } from '../../common/LocalDateField';
import { AuditChainPanel } from './AuditChainPanel';

/** The filter's `from`/`to` are DateTimes: a picked day means from its first to its last moment, local time. */
const startOfDay = (v: string) => (v ? new Date(`${v}T00:00:00`).toISOString() : null);
const endOfDay = (v: string) => (v ? new Date(`${v}T23:59:59.999`).toISOString() : null);

// Every recorded action and entity has a label (a unit test checks it against the API's audit calls), so the
// labelled ones are the choices: a new action appears in the filter as soon as it is labelled.
const entityChoices = Object.keys(enApp.resources.AuditEvent.entities).map((e) => ({ id: e, name: `resources.AuditEvent.entities.${e}` }));
const actionChoices = Object.keys(enApp.resources.AuditEvent.actions).map((a) => ({ id: a, name: `resources.AuditEvent.actions.${a}` }));

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="entity" source="entity" choices={entityChoices} alwaysOn />,
  <AutocompleteInput key="action" source="action" choices={actionChoices} sx={{ minWidth: 220 }} />,
  <ReferenceInput key="actorId" source="actorId" reference="User" alwaysOn>
    <AutocompleteInput sx={{ minWidth: 200 }} />
  </ReferenceInput>,
  <ReferenceInput key="unitId" source="unitId" reference="Unit">
    <AutocompleteInput sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <DateInput key="from" source="from" parse={startOfDay} alwaysOn />,
  <DateInput key="to" source="to" parse={endOfDay} alwaysOn />,
  // Record ids are 25 characters: wide enough to read the one pasted in.
  <TextInput key="entityId" source="entityId" sx={{ minWidth: 280 }} />,
];

type Row = { action?: string; entity?: string; entityId?: string; entityName?: string | null; changes?: AuditChange[] };

/** The labels of the fields the event changed (a creation or deletion changes none field by field: it is the record). */
const ChangedFields = ({ row }: { row: Row }) => {
  const label = useFieldLabel(row.entity);
  const changed = (row.changes ?? []).filter((c) => c.changed).map((c) => label(c.field));
  if (!changed.length) return <>—</>;
  const shown = changed.slice(0, 4).join('、');
  return <span title={changed.join('、')}>{changed.length > 4 ? `${shown} …` : shown}</span>;
};

const AuditEventList = () => (
  <>
    <AuditChainPanel />
    <List filters={filters} actions={<ListActions create={false} />} sort={{ field: 'at', order: 'DESC' }} perPage={25}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <LocalDateTimeField source="at" />
        <TextField source="actorName" sortable={false} />
        <ReferenceField source="unitId" reference="Unit" link={false} sortable={false} emptyText="—" />
        <FunctionField source="action" render={(r: Row) => <ActionLabel action={r.action} />} />
        <FunctionField source="entity" render={(r: Row) => <EntityLabel entity={r.entity} />} />
        <FunctionField source="entityName" sortable={false} render={(r: Row) => <RecordName entity={r.entity} id={r.entityId} name={r.entityName} />} />
        <FunctionField source="changedFields" sortable={false} render={(r: Row) => <ChangedFields row={r} />} />
      </Datagrid>
    </List>
  </>
);

export default AuditEventList;
