import { Datagrid, EditButton, List, ReferenceField, TextField } from 'react-admin';
import { EnumField } from '../../common/EnumField';
import { CREDIT_COLOR, RISK_COLOR } from '../../common/enums';
import { ListActions } from '../../common/ListActions';
import { ListFileActions } from '../../importing/ListFileActions';
import { RetiredChip } from '../../common/RetiredChip';
import { UnitScopeChip } from '../../common/UnitScopeChip';
import { useOwnUnitFilter } from '../../common/useOwnUnitFilter';
import { targetFilters } from './TargetFilters';

const TargetList = () => {
  const { isPending, filterDefaultValues } = useOwnUnitFilter();
  if (isPending) return null;
  return (
    <List
      filters={targetFilters}
      filterDefaultValues={filterDefaultValues}
      actions={
        <ListActions exporter={false}>
          <ListFileActions resource="Target" />
        </ListActions>
      }
      sort={{ field: 'name', order: 'ASC' }}
      perPage={25}
    >
      <Datagrid rowClick="show" bulkActionButtons={false} sx={{ '& .column-name': { minWidth: 200 } }}>
        <TextField source="name" />
        <TextField source="creditCode" sx={{ fontFamily: 'monospace' }} />
        <ReferenceField source="libraryId" reference="TargetLibrary" sortable={false} link={false} />
        <ReferenceField source="unitId" reference="Unit" sortable={false} link={false} />
        <TextField source="area" />
        <EnumField source="riskLevel" enumName="RiskLevel" colors={RISK_COLOR} />
        <EnumField source="creditStatus" enumName="CreditStatus" colors={CREDIT_COLOR} sortable={false} />
        <UnitScopeChip source="scope" sortable={false} />
        <RetiredChip source="retiredAt" label="" sortable={false} />
        <EditButton />
      </Datagrid>
    </List>
  );
};

export default TargetList;
