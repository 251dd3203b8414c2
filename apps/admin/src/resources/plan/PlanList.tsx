import { Datagrid, FunctionField, List, NumberField, ReferenceField, TextField } from 'react-admin';
import { EnumField } from '../../common/EnumField';
import { PLAN_STATUS_COLOR } from '../../common/enums';
import { ListActions } from '../../common/ListActions';
import { LocalDateTimeField } from '../../common/LocalDateField';
import { UnitScopeChip } from '../../common/UnitScopeChip';
import { useOwnUnitFilter } from '../../common/useOwnUnitFilter';
import { CoverageBar } from './CoverageBar';
import { planFilters } from './PlanFilters';

type Row = { coverage?: { share: number } };

const PlanList = () => {
  const { isPending, filterDefaultValues } = useOwnUnitFilter();
  if (isPending) return null;
  return (
    <List filters={planFilters} filterDefaultValues={filterDefaultValues} actions={<ListActions />} sort={{ field: 'year', order: 'DESC' }} perPage={25}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <NumberField source="year" options={{ useGrouping: false }} />
        <TextField source="title" />
        <ReferenceField source="unitId" reference="Unit" link={false} />
        <EnumField source="status" enumName="PlanStatus" colors={PLAN_STATUS_COLOR} />
        <NumberField source="version" sortable={false} />
        <NumberField source="itemCount" sortable={false} />
        <FunctionField source="coverage" sortable={false} render={(r: Row) => (r.coverage ? <CoverageBar share={r.coverage.share} height={6} /> : null)} />
        <LocalDateTimeField source="filedAt" emptyText="—" />
        <UnitScopeChip source="scope" sortable={false} />
      </Datagrid>
    </List>
  );
};

export default PlanList;
