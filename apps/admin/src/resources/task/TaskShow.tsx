// The task page: details and checklist items; its classes of targets (add / edit / delete in dialogs before
// the draw, rules 11, 12 — the server's GENERAL-cap refusal shows in the dialog, whose ratio hint says whether the cap
// applies: not to a campaign-ordered task, rule 9); its draws (rule 17) with a link
// to the draw page; once locked, its inspection teams and completion (resources/team, rules 15, 16, 20) and its
// dispatched targets (rule 13).
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, Box, Button, Chip, Stack, TextField as MuiTextField, Typography, useMediaQuery, type Theme } from '@mui/material';
import VerifiedIcon from '@mui/icons-material/VerifiedOutlined';
import type { CheckItem, TaskClass, Task as TaskType } from '@ssj/graphql-types';
import type { ApproveCampaignExemptionMutation, ApproveCampaignExemptionMutationVariables } from '@ssj/graphql-types/operations';
import AddIcon from '@mui/icons-material/Add';
import CasinoIcon from '@mui/icons-material/CasinoOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import {
  ArrayField,
  BooleanField,
  Datagrid,
  DeleteButton,
  EditButton,
  FunctionField,
  Labeled,
  ListButton,
  NumberField,
  ReferenceField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useGetMany,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { EnumField } from '../../common/EnumField';
import { DRAW_STATUS_COLOR, TASK_STATUS_COLOR } from '../../common/enums';
import { FormDialog } from '../../common/FormDialog';
import { LocalDateField, LocalDateTimeField, useDateTimeFormat } from '../../common/LocalDateField';
import { formatPercent } from '../../common/PercentInput';
import { useCommand } from '../../common/useCommand';
import { APPROVE_CAMPAIGN_EXEMPTION } from '../../dataProvider/documents';
import { checkItemText } from '../planItem/PlanItemInputs';
import { CancelledNotice, CancelTaskButton } from './TaskCancellation';
import { TaskClassInputs } from '../taskClass/TaskClassInputs';
import { DocumentMenu, documentUrl } from '../../documents/DocumentMenu';
import { TaskResultsButton } from '../result/TaskResultsButton';
import { TaskTeams } from '../team/TaskTeams';
import { TaskTargetCards } from './TaskTargetCards';

/** A section whose table may be wider than a phone: it scrolls inside itself, the page does not. */
const wide = { width: '100%', maxWidth: '100%', overflowX: 'auto' } as const;

const grid = { display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(4, minmax(0, 1fr))' }, gap: 2, width: '100%' } as const;

// The task record as the data provider returns it (fields.ts: its scalars, checkItems as ITEM_BRIEF).
type Task = Pick<
  TaskType,
  | 'id'
  | 'code'
  | 'status'
  | 'ownerUnitId'
  | 'editable'
  | 'campaignOrdered'
  | 'campaignApprovedAt'
  | 'campaignApprovedByName'
  | 'campaignApprovalDocNo'
  | 'campaignApprovalDocDate'
  | 'canApproveCampaign'
> & { checkItems: Pick<CheckItem, 'id' | 'code' | 'name'>[] };

/**
 * Rule 9 (G13): a campaign-ordered task lifts the caps (for its directed classes) only once the lead unit approved it
 * on a written basis. Shows the approval, or that the caps still apply; the lead unit's ADMIN approves here.
 */
const CampaignApprovalSection = () => {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  const [docNo, setDocNo] = useState('');
  const [docDate, setDocDate] = useState('');
  const command = useCommand();
  const { busy } = command;
  const error = command.error?.message;
  const formatDateTime = useDateTimeFormat();
  if (!task?.campaignOrdered) return null;
  const approve = () =>
    command.mutate<ApproveCampaignExemptionMutation, ApproveCampaignExemptionMutationVariables>(
      APPROVE_CAMPAIGN_EXEMPTION,
      { taskId: task.id, documentNumber: docNo.trim(), documentDate: docDate },
      { success: 'resources.Task.campaign_approved_ok' },
    );
  return (
    <Box data-testid="campaign-approval">
      <Typography variant="h6" gutterBottom>
        {translate('resources.Task.campaign_approval')}
      </Typography>
      {task.campaignApprovedAt ? (
        <Alert severity="success" icon={<VerifiedIcon />} sx={{ overflowWrap: 'anywhere' }}>
          {translate('resources.Task.campaign_approved', {
            at: formatDateTime(task.campaignApprovedAt),
            by: task.campaignApprovedByName ?? '—',
            no: task.campaignApprovalDocNo ?? '—',
            date: task.campaignApprovalDocDate ?? '—',
          })}
        </Alert>
      ) : (
        <Stack spacing={1.5}>
          <Alert severity="warning" sx={{ overflowWrap: 'anywhere' }}>
            {translate('resources.Task.campaign_pending')}
          </Alert>
          {task.canApproveCampaign && (
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ alignItems: { sm: 'center' } }}>
              <MuiTextField
                size="small"
                label={translate('resources.Task.campaign_doc_no')}
                value={docNo}
                onChange={(e) => setDocNo(e.target.value)}
                required
                name="documentNumber"
                sx={{ minWidth: 260 }}
              />
              <MuiTextField
                size="small"
                type="date"
                label={translate('resources.Task.campaign_doc_date')}
                value={docDate}
                onChange={(e) => setDocDate(e.target.value)}
                required
                name="documentDate"
                slotProps={{ inputLabel: { shrink: true } }}
              />
              <Button
                variant="contained"
                startIcon={<VerifiedIcon />}
                disabled={busy || !docNo.trim() || !docDate}
                onClick={approve}
                data-testid="approve-campaign"
                sx={{ flexShrink: 0, whiteSpace: 'nowrap' }}
              >
                {translate('resources.Task.campaign_approve')}
              </Button>
            </Stack>
          )}
          {error && <Alert severity="error">{error}</Alert>}
        </Stack>
      )}
    </Box>
  );
};
type Klass = Pick<TaskClass, 'id' | 'editable' | 'ratio' | 'count' | 'directed'>;

const DrawPageButton = () => {
  const task = useRecordContext<Task>();
  const navigate = useNavigate();
  const translate = useTranslate();
  if (!task) return null;
  return (
    <Button variant="contained" startIcon={<CasinoIcon />} onClick={() => navigate(`/Task/${task.id}/draw`)} data-testid="open-draw-page">
      {translate('resources.Task.open_draw')}
    </Button>
  );
};

/**
 * Edit while the server says the task is `editable`. Read from the record itself: react-admin caches its access
 * check per record id, so after a cancellation it would keep offering Edit until the page is reloaded.
 */
const TaskEditButton = () => {
  const task = useRecordContext<Task>();
  return task?.editable ? <EditButton /> : null;
};

/** The announcement once the list is locked (G17), and the publication of the results of a public task (rule 26). */
const TaskDocuments = () => {
  const task = useRecordContext<{ id: string; code: string; announcedAt?: string | null; isPublic?: boolean }>();
  if (!task?.announcedAt) return null;
  return (
    <DocumentMenu
      documents={[
        { label: 'documents.announcement', url: documentUrl.announcement(task.id), fileName: `抽查公告-${task.code}.pdf` },
        ...(task.isPublic
          ? [{ label: 'documents.results', hint: 'documents.results_hint', url: documentUrl.results(task.id), fileName: `抽查结果公示-${task.code}.pdf` }]
          : []),
      ]}
    />
  );
};

const TaskActions = () => (
  <TopToolbar sx={{ flexWrap: 'wrap', justifyContent: 'flex-end' }}>
    <TaskEditButton />
    <CancelTaskButton />
    <DrawPageButton />
    <TaskResultsButton />
    <TaskDocuments />
    <ListButton />
  </TopToolbar>
);

/** The task's checklist items (read with their code and name: see dataProvider/fields.ts). */
const TaskCheckItems = (_props: { label?: string }) => {
  const task = useRecordContext<Task>();
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {(task?.checkItems ?? []).map((i) => (
        <Chip key={i.id} size="small" label={checkItemText(i)} />
      ))}
    </Stack>
  );
};

const ClassEditButton = ({ onEdit }: { onEdit: (id: string) => void }) => {
  const c = useRecordContext<Klass>();
  const translate = useTranslate();
  if (!c?.editable) return null;
  return (
    <Button size="small" startIcon={<EditIcon />} onClick={() => onEdit(c.id)}>
      {translate('ra.action.edit')}
    </Button>
  );
};

const ClassDeleteButton = () => {
  const c = useRecordContext<Klass>();
  const refresh = useRefresh();
  if (!c?.editable) return null;
  return <DeleteButton resource="TaskClass" mutationMode="pessimistic" redirect={false} mutationOptions={{ onSuccess: () => refresh() }} />;
};

const ClassesSection = () => {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  const [editing, setEditing] = useState<string | null | undefined>(undefined);
  if (!task) return null;
  const choices = (task.checkItems ?? []).map((i) => ({ id: i.id, name: checkItemText(i) }));
  return (
    <Box sx={wide}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1, gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="h6">{translate('resources.Task.classes')}</Typography>
        {task.editable && (
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing(null)} data-testid="add-task-class">
            {translate('resources.Task.add_class')}
          </Button>
        )}
      </Stack>
      <ReferenceManyField reference="TaskClass" target="taskId" sort={{ field: 'key', order: 'ASC' }} perPage={100}>
        <Datagrid bulkActionButtons={false} rowClick={false} empty={<Alert severity="warning">{translate('resources.Task.no_classes')}</Alert>}>
          <TextField source="key" />
          <TextField source="label" />
          <ReferenceField source="libraryId" reference="TargetLibrary" link={false} emptyText="—" />
          <FunctionField
            source="directed"
            render={(c: Klass) => (
              <Chip
                size="small"
                color={c.directed ? 'primary' : 'default'}
                label={translate(c.directed ? 'resources.Task.directed' : 'resources.Task.undirected')}
              />
            )}
          />
          <TextField source="objectType" emptyText="—" />
          <EnumField source="scale" enumName="BusinessScale" />
          <TextField source="industry" emptyText="—" />
          <TextField source="area" emptyText="—" />
          <FunctionField source="mode" render={(c: Klass) => (c.ratio != null ? formatPercent(c.ratio) : `${c.count ?? ''}`)} />
          <ClassCheckItems label="resources.TaskClass.fields.checkItemIds" />
          <ClassEditButton onEdit={setEditing} />
          <ClassDeleteButton />
        </Datagrid>
      </ReferenceManyField>
      <FormDialog
        resource="TaskClass"
        id={editing ?? undefined}
        record={{ taskId: task.id }}
        title={editing ? 'resources.Task.edit_class' : 'resources.Task.add_class'}
        open={editing !== undefined}
        onClose={() => setEditing(undefined)}
      >
        <TaskClassInputs checkItems={choices} campaignOrdered={!!task.campaignOrdered} />
      </FormDialog>
    </Box>
  );
};

/** The checklist items a class draws for, by code. */
const ClassCheckItems = (_props: { label?: string }) => {
  const c = useRecordContext<{ checkItemIds?: string[] }>();
  const { data } = useGetMany<Pick<CheckItem, 'id' | 'code'>>('CheckItem', { ids: c?.checkItemIds ?? [] }, { enabled: !!c?.checkItemIds?.length });
  return <span>{(data ?? []).map((i) => i.code).join('、')}</span>;
};

const DrawsSection = () => {
  const translate = useTranslate();
  return (
    <Box sx={wide}>
      <Typography variant="h6" sx={{ mb: 1 }}>
        {translate('resources.Task.draws')}
      </Typography>
      <ReferenceManyField reference="Draw" target="taskId" sort={{ field: 'sequence', order: 'DESC' }} perPage={50}>
        <Datagrid
          bulkActionButtons={false}
          rowClick={false}
          empty={
            <Typography color="text.secondary" sx={{ p: 2 }}>
              {translate('resources.Draw.no_draws')}
            </Typography>
          }
        >
          <NumberField source="sequence" />
          <EnumField source="status" enumName="DrawStatus" colors={DRAW_STATUS_COLOR} />
          <NumberField source="candidateCount" />
          <NumberField source="drawnTargetCount" />
          <TextField source="witnessName" emptyText="—" />
          <LocalDateTimeField source="drawnAt" />
          <LocalDateTimeField source="lockedAt" emptyText="—" />
          <TextField source="reason" emptyText="—" />
          <TextField source="supersededReason" emptyText="—" />
        </Datagrid>
      </ReferenceManyField>
    </Box>
  );
};

const TargetsSection = () => {
  const task = useRecordContext<Task & { targets?: unknown[] }>();
  const translate = useTranslate();
  // A phone gets one card per target, with its result's deadline and a button to enter it (TaskTargetCards).
  const small = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  if (!task?.targets?.length) return null;
  return (
    <Box sx={wide}>
      <Typography variant="h6" sx={{ mb: 1 }}>
        {translate('resources.Task.targets')}
      </Typography>
      {small ? (
        <TaskTargetCards />
      ) : (
        <ArrayField source="targets" label={false}>
          <Datagrid bulkActionButtons={false} rowClick={false} data-testid="task-targets">
            <ReferenceField source="targetId" reference="Target" link="show" label="resources.Target.name" />
            <ReferenceField source="targetId" reference="Target" link={false} label="resources.Target.fields.creditCode">
              <TextField source="creditCode" sx={{ fontFamily: 'monospace' }} />
            </ReferenceField>
            <EnumField source="status" enumName="TaskTargetStatus" label="resources.Task.fields.status" />
          </Datagrid>
        </ArrayField>
      )}
    </Box>
  );
};

/** Rule 26: why the task's results are not published, and who recorded it — for staff only (the public sees nothing). */
const WithheldFields = () => {
  const task = useRecordContext<{ isPublic?: boolean }>();
  if (task?.isPublic !== false) return null;
  return (
    <>
      <Labeled>
        <EnumField source="withheldCategory" enumName="WithholdingCategory" />
      </Labeled>
      <Labeled>
        <TextField source="withheldBasis" />
      </Labeled>
      <Labeled>
        <TextField source="withheldByName" emptyText="—" />
      </Labeled>
    </>
  );
};

const TaskShow = () => (
  <Show actions={<TaskActions />}>
    <SimpleShowLayout spacing={3}>
      <Stack direction="row" spacing={1}>
        <EnumField source="status" enumName="TaskStatus" colors={TASK_STATUS_COLOR} />
      </Stack>
      <CancelledNotice />
      <Box sx={grid}>
        <Labeled>
          <TextField source="code" sx={{ fontFamily: 'monospace' }} />
        </Labeled>
        <Labeled>
          <TextField source="name" />
        </Labeled>
        <Labeled>
          <ReferenceField source="planId" reference="Plan" />
        </Labeled>
        <Labeled>
          <ReferenceField source="ownerUnitId" reference="Unit" />
        </Labeled>
        <Labeled>
          <ReferenceField source="executingUnitId" reference="Unit" />
        </Labeled>
        <Labeled>
          <LocalDateField source="windowFrom" />
        </Labeled>
        <Labeled>
          <LocalDateField source="windowTo" />
        </Labeled>
        <Labeled>
          <NumberField source="teamSize" />
        </Labeled>
        <Labeled>
          <BooleanField source="isPublic" />
        </Labeled>
        <WithheldFields />
        <Labeled>
          <BooleanField source="temporary" />
        </Labeled>
        <Labeled>
          <BooleanField source="campaignOrdered" />
        </Labeled>
        <Labeled>
          <TextField source="campaignBasis" emptyText="—" />
        </Labeled>
        <Labeled>
          <LocalDateTimeField source="announcedAt" emptyText="—" />
        </Labeled>
      </Box>
      <Labeled label="resources.Task.fields.checkItemIds">
        <TaskCheckItems />
      </Labeled>
      <CampaignApprovalSection />
      <ClassesSection />
      <DrawsSection />
      <TaskTeams />
      <TargetsSection />
    </SimpleShowLayout>
  </Show>
);

export default TaskShow;
