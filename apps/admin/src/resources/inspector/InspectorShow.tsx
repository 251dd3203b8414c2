import { BooleanField, Labeled, ReferenceField, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import { Box, Chip, Stack } from '@mui/material';
import { LocalDateTimeField } from '../../common/LocalDateField';
import { RetiredChip } from '../../common/RetiredChip';
import { ShowActions } from '../../common/ShowActions';
import { UnitScopeChip } from '../../common/UnitScopeChip';

const grid = { display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, minmax(0, 1fr))' }, gap: 2, width: '100%' } as const;

const Specialties = () => {
  const record = useRecordContext<{ specialties?: string[] }>();
  const list = record?.specialties ?? [];
  if (list.length === 0) return <span>—</span>;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {list.map((s) => (
        <Chip key={s} size="small" label={s} />
      ))}
    </Stack>
  );
};

const InspectorShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <Stack direction="row" spacing={1}>
        <UnitScopeChip />
        <RetiredChip />
      </Stack>
      <Box sx={grid}>
        <Labeled>
          <TextField source="name" />
        </Labeled>
        <Labeled>
          <TextField source="idNumber" sx={{ fontFamily: 'monospace' }} />
        </Labeled>
        <Labeled>
          <ReferenceField source="unitId" reference="Unit" />
        </Labeled>
        <Labeled>
          <TextField source="certificateNumber" emptyText="—" />
        </Labeled>
        <Labeled>
          <TextField source="title" emptyText="—" />
        </Labeled>
        <Labeled>
          <TextField source="phone" emptyText="—" />
        </Labeled>
        <Labeled>
          <BooleanField source="qualified" />
        </Labeled>
        <Labeled>
          <BooleanField source="drawable" />
        </Labeled>
        <Labeled>
          <BooleanField source="canLead" />
        </Labeled>
        <Labeled source="specialties">
          <Specialties />
        </Labeled>
        <Labeled>
          <LocalDateTimeField source="createdAt" />
        </Labeled>
        <Labeled>
          <LocalDateTimeField source="updatedAt" />
        </Labeled>
      </Box>
    </SimpleShowLayout>
  </Show>
);

export default InspectorShow;
