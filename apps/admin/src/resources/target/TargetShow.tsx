import { BooleanField, Labeled, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { Box, Stack } from '@mui/material';
import { EnumField } from '../../common/EnumField';
import { CREDIT_COLOR, RISK_COLOR } from '../../common/enums';
import { LocalDateTimeField } from '../../common/LocalDateField';
import { RetiredChip } from '../../common/RetiredChip';
import { ShowActions } from '../../common/ShowActions';
import { UnitScopeChip } from '../../common/UnitScopeChip';
import { TargetHistory } from '../../documents/TargetHistory';

const grid = { display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, minmax(0, 1fr))' }, gap: 2, width: '100%' } as const;

const TargetShow = () => (
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
          <TextField source="creditCode" sx={{ fontFamily: 'monospace' }} />
        </Labeled>
        <Labeled>
          <ReferenceField source="libraryId" reference="TargetLibrary" />
        </Labeled>
        <Labeled>
          <ReferenceField source="unitId" reference="Unit" />
        </Labeled>
        <Labeled>
          <TextField source="objectType" />
        </Labeled>
        <Labeled>
          <EnumField source="scale" enumName="BusinessScale" />
        </Labeled>
        <Labeled>
          <TextField source="industry" />
        </Labeled>
        <Labeled>
          <TextField source="area" />
        </Labeled>
        <Labeled>
          <TextField source="address" />
        </Labeled>
        <Labeled>
          <TextField source="legalRepresentative" emptyText="—" />
        </Labeled>
        <Labeled>
          <TextField source="contactPhone" emptyText="—" />
        </Labeled>
        <Labeled>
          <EnumField source="riskLevel" enumName="RiskLevel" colors={RISK_COLOR} />
        </Labeled>
        <Labeled>
          <EnumField source="creditStatus" enumName="CreditStatus" colors={CREDIT_COLOR} />
        </Labeled>
        <Labeled>
          <EnumField source="registrationStatus" enumName="RegistrationStatus" />
        </Labeled>
        <Labeled>
          <BooleanField source="keyIndustry" />
        </Labeled>
        <Labeled>
          <BooleanField source="repeatedComplaints" />
        </Labeled>
        <Labeled>
          <BooleanField source="seriousViolation" />
        </Labeled>
        <Labeled>
          <LocalDateTimeField source="createdAt" />
        </Labeled>
        <Labeled>
          <LocalDateTimeField source="updatedAt" />
        </Labeled>
        <Labeled>
          <LocalDateTimeField source="retiredAt" emptyText="—" />
        </Labeled>
      </Box>
      <TextField source="notes" emptyText="—" />
      <TargetHistory />
    </SimpleShowLayout>
  </Show>
);

export default TargetShow;
