import { AutocompleteInput, BooleanInput, ReferenceInput, SearchInput, SelectInput, TextInput } from 'react-admin';
import { areaChoices, enumChoices } from '../../common/enums';

export const targetFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="unitId" source="unitId" reference="Unit" alwaysOn>
    <AutocompleteInput sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <ReferenceInput key="libraryId" source="libraryId" reference="TargetLibrary">
    <AutocompleteInput sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <SelectInput key="area" source="area" choices={areaChoices} />,
  <SelectInput key="riskLevel" source="riskLevel" choices={enumChoices('RiskLevel')} />,
  <SelectInput key="creditStatus" source="creditStatus" choices={enumChoices('CreditStatus')} />,
  <SelectInput key="registrationStatus" source="registrationStatus" choices={enumChoices('RegistrationStatus')} />,
  <SelectInput key="scale" source="scale" choices={enumChoices('BusinessScale')} />,
  <TextInput key="objectType" source="objectType" />,
  <TextInput key="industry" source="industry" />,
  <BooleanInput key="includeRetired" source="includeRetired" />,
];
