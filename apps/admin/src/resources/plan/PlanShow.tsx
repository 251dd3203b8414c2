// The plan page: its details, the coverage panel (rule 6), its lines (editable while a draft), the filing
// commands (备案, 调整, 临时抽查) for the plan's own unit, and the filing history (rule 7).
import { Alert, Box, Stack, Typography } from '@mui/material';
import {
  ArrayField,
  Datagrid,
  EditButton,
  Labeled,
  ListButton,
  NumberField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { EnumField } from '../../common/EnumField';
import { PLAN_STATUS_COLOR } from '../../common/enums';
import { LocalDateTimeField } from '../../common/LocalDateField';
import { UnitScopeChip } from '../../common/UnitScopeChip';
import { CoveragePanel } from './CoveragePanel';
import { AdjustPlanButton, FilePlanButton, TemporaryCheckButton } from './PlanCommands';
import { PlanItemsSection } from './PlanItemsSection';
import { DocumentMenu, documentUrl } from '../../documents/DocumentMenu';
import type { Plan as PlanType } from '@ssj/graphql-types';

const grid = { display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(4, minmax(0, 1fr))' }, gap: 2, width: '100%' } as const;

type Plan = Pick<PlanType, 'id' | 'status' | 'unitId' | 'editable'>;

const PlanActions = () => {
  const plan = useRecordContext<Plan>();
  const { canAccess } = useCanAccess({ action: 'edit', resource: 'Plan', record: plan });
  return (
    <TopToolbar>
      {canAccess && plan?.status === 'DRAFT' && <FilePlanButton />}
      {canAccess && plan?.status === 'FILED' && <AdjustPlanButton />}
      {canAccess && plan?.status === 'FILED' && <TemporaryCheckButton />}
      {plan && (
        <DocumentMenu
          documents={[{ label: plan.status === 'FILED' ? 'documents.plan' : 'documents.plan_draft', url: documentUrl.plan(plan.id), fileName: 'plan.pdf' }]}
        />
      )}
      <ListButton />
      {plan?.status === 'DRAFT' && <EditButton />}
    </TopToolbar>
  );
};

const FiledNotice = () => {
  const plan = useRecordContext<Plan>();
  const translate = useTranslate();
  if (plan?.status !== 'FILED') return null;
  return (
    <Alert severity="info" sx={{ width: '100%' }} data-testid="plan-filed-notice">
      {translate('resources.Plan.read_only_filed')}
    </Alert>
  );
};

const History = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%' }}>
      <Typography variant="h6" sx={{ mb: 1 }}>
        {translate('resources.Plan.history')}
      </Typography>
      <ArrayField source="adjustments" label={false}>
        <Datagrid
          bulkActionButtons={false}
          rowClick={false}
          empty={
            <Typography color="text.secondary" sx={{ p: 2 }}>
              —
            </Typography>
          }
          data-testid="plan-history"
        >
          <NumberField source="version" label="resources.Plan.fields.version" />
          <EnumField source="kind" enumName="PlanAdjustmentKind" chip label="resources.Plan.history" />
          <TextField source="reason" label="resources.Plan.reason" />
          <LocalDateTimeField source="filedAt" label="resources.Plan.fields.filedAt" />
          <ReferenceField source="filedById" reference="User" link={false} label="resources.Plan.fields.filedById" />
        </Datagrid>
      </ArrayField>
    </Box>
  );
};

const PlanShow = () => (
  <Show actions={<PlanActions />}>
    <SimpleShowLayout spacing={3}>
      <Stack direction="row" spacing={1}>
        <UnitScopeChip />
        <EnumField source="status" enumName="PlanStatus" colors={PLAN_STATUS_COLOR} />
      </Stack>
      <Box sx={grid}>
        <Labeled>
          <TextField source="title" />
        </Labeled>
        <Labeled>
          <ReferenceField source="unitId" reference="Unit" />
        </Labeled>
        <Labeled>
          <NumberField source="year" options={{ useGrouping: false }} />
        </Labeled>
        <Labeled>
          <NumberField source="version" />
        </Labeled>
        <Labeled>
          <TextField source="filedWith" emptyText="—" />
        </Labeled>
        <Labeled>
          <LocalDateTimeField source="filedAt" emptyText="—" />
        </Labeled>
        <Labeled>
          <LocalDateTimeField source="updatedAt" />
        </Labeled>
      </Box>
      <FiledNotice />
      <CoveragePanel />
      <PlanItemsSection />
      <History />
    </SimpleShowLayout>
  </Show>
);

export default PlanShow;
