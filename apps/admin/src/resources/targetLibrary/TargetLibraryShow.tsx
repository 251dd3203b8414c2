import {
  Datagrid,
  Labeled,
  NumberField,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Box, Chip, Stack, Typography } from '@mui/material';
import { EnumField } from '../../common/EnumField';
import { RISK_COLOR } from '../../common/enums';
import { RetiredChip } from '../../common/RetiredChip';
import { ShowActions } from '../../common/ShowActions';
import { UnitScopeChip } from '../../common/UnitScopeChip';

const grid = { display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, minmax(0, 1fr))' }, gap: 2, width: '100%' } as const;

const Indicators = () => {
  const record = useRecordContext<{ indicators?: string[] }>();
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {(record?.indicators ?? []).map((s) => (
        <Chip key={s} size="small" label={s} />
      ))}
    </Stack>
  );
};

const TargetLibraryShow = () => {
  const translate = useTranslate();
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <Stack direction="row" spacing={1}>
          <RetiredChip />
        </Stack>
        <Box sx={grid}>
          <Labeled>
            <TextField source="code" />
          </Labeled>
          <Labeled>
            <TextField source="name" />
          </Labeled>
          <Labeled>
            <EnumField source="kind" enumName="LibraryKind" />
          </Labeled>
          <Labeled>
            <TextField source="objectType" emptyText="—" />
          </Labeled>
          <Labeled>
            <ReferenceField source="unitId" reference="Unit" />
          </Labeled>
          <Labeled>
            <NumberField source="targetCount" />
          </Labeled>
        </Box>
        <TextField source="buildStandard" />
        <Labeled source="indicators">
          <Indicators />
        </Labeled>
        <TextField source="supervisionRequirements" />
        <Typography variant="h6" sx={{ mt: 2 }}>
          {translate('resources.Target.library_targets')}
        </Typography>
        <ReferenceManyField
          reference="Target"
          target="libraryId"
          label={false}
          perPage={10}
          pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
          sort={{ field: 'name', order: 'ASC' }}
        >
          <Datagrid rowClick="show" bulkActionButtons={false}>
            <TextField source="name" />
            <TextField source="creditCode" sx={{ fontFamily: 'monospace' }} />
            <ReferenceField source="unitId" reference="Unit" link={false} sortable={false} />
            <TextField source="area" />
            <EnumField source="riskLevel" enumName="RiskLevel" colors={RISK_COLOR} />
            <UnitScopeChip source="scope" sortable={false} />
          </Datagrid>
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
};

export default TargetLibraryShow;
