import { AutocompleteInput, NumberInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { enumChoices } from '../../common/enums';

export const planFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="unitId" source="unitId" reference="Unit" alwaysOn>
    <AutocompleteInput sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <NumberInput key="year" source="year" alwaysOn sx={{ width: 120 }} />,
  <SelectInput key="status" source="status" choices={enumChoices('PlanStatus')} alwaysOn />,
];
