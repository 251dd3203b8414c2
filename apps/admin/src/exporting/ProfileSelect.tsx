// Picks a mapping profile (映射方案) of a list for the import wizard or the export dialog; "none" is the list's own
// layout. The profiles are kept on their own page (resources/mappingProfile).
import { useQuery } from '@tanstack/react-query';
import { FormControl, InputLabel, MenuItem, Select } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { MappingProfileChoicesQuery, MappingProfileChoicesQueryVariables, MappingDirection } from '@ssj/graphql-types/operations';
import { query } from '../common/useCommand';
import { MAPPING_PROFILE_CHOICES } from '../dataProvider/mappingProfileDocuments';
import { LIST_OF_RESOURCE } from '../resources/mappingProfile/lists';

export const ProfileSelect = ({
  resource,
  direction,
  value,
  onChange,
  disabled,
}: {
  resource: string;
  direction: MappingDirection;
  value: string;
  onChange: (id: string) => void;
  disabled?: boolean;
}) => {
  const translate = useTranslate();
  const list = LIST_OF_RESOURCE[resource];
  const { data } = useQuery({
    queryKey: ['mappingProfileChoices', list, direction],
    enabled: !!list,
    queryFn: () => query<MappingProfileChoicesQuery, MappingProfileChoicesQueryVariables>(MAPPING_PROFILE_CHOICES, { list: list!, direction }),
  });
  if (!list) return null;
  return (
    <FormControl size="small" sx={{ minWidth: 240 }} disabled={disabled}>
      <InputLabel id={`profile-${direction}`}>{translate('exporting.profile')}</InputLabel>
      <Select
        labelId={`profile-${direction}`}
        label={translate('exporting.profile')}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        data-testid={`profile-select-${direction}`}
      >
        <MenuItem value="">{translate('exporting.no_profile')}</MenuItem>
        {(data?.allMappingProfiles ?? []).map((p) => (
          <MenuItem key={p.id} value={p.id}>
            {p.name}
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
};
