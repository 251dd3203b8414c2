// The plan's lines. While the plan is a draft its unit adds, changes and removes lines in dialogs; every change
// refetches the plan, so the coverage panel follows (rule 6). A filed plan's lines are read-only (rule 7).
import { useState } from 'react';
import { Box, Button, Stack, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/EditOutlined';
import {
  BooleanField,
  Datagrid,
  DeleteButton,
  FunctionField,
  NumberField,
  ReferenceField,
  ReferenceManyField,
  TextField,
  useCanAccess,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { LocalDateField } from '../../common/LocalDateField';
import { FormDialog } from '../../common/FormDialog';
import { formatPercent } from '../../common/PercentInput';
import { newPlanItemDefaults, PlanItemInputs, checkItemText } from '../planItem/PlanItemInputs';
import type { CheckItem, PlanItem, Plan as PlanType } from '@ssj/graphql-types';

type Plan = Pick<PlanType, 'id' | 'year' | 'unitId' | 'status' | 'editable'>;
type Line = Pick<PlanItem, 'id' | 'editable' | 'ratio' | 'provincialShare' | 'cityShare' | 'districtShare'>;

const EditLineButton = ({ onEdit }: { onEdit: (id: string) => void }) => {
  const line = useRecordContext<Line>();
  const translate = useTranslate();
  if (!line?.editable) return null;
  return (
    <Button
      size="small"
      startIcon={<EditIcon />}
      onClick={(e) => {
        e.stopPropagation();
        onEdit(line.id);
      }}
      data-testid="edit-plan-item"
    >
      {translate('ra.action.edit')}
    </Button>
  );
};

const DeleteLineButton = () => {
  const line = useRecordContext<Line>();
  const refresh = useRefresh();
  if (!line?.editable) return null;
  // The plan's coverage changes with its lines: refetch the whole page, not only the lines.
  return <DeleteButton mutationMode="pessimistic" redirect={false} resource="PlanItem" mutationOptions={{ onSuccess: () => refresh() }} />;
};

export const PlanItemsSection = () => {
  const plan = useRecordContext<Plan>();
  const translate = useTranslate();
  const [editing, setEditing] = useState<string | null | undefined>(undefined);
  const { canAccess } = useCanAccess({ action: 'edit', resource: 'Plan', record: plan });
  if (!plan) return null;
  const draft = plan.status === 'DRAFT';
  const shares = (l: Line) => [l.provincialShare, l.cityShare, l.districtShare].map(formatPercent).join(' / ');
  return (
    <Box sx={{ width: '100%' }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography variant="h6">{translate('resources.Plan.items')}</Typography>
        {draft && canAccess && (
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing(null)} data-testid="add-plan-item">
            {translate('resources.Plan.add_item')}
          </Button>
        )}
      </Stack>
      <ReferenceManyField reference="PlanItem" target="planId" sort={{ field: 'checkItemId', order: 'ASC' }} perPage={200}>
        <Datagrid
          bulkActionButtons={false}
          rowClick={false}
          empty={
            <Typography color="text.secondary" sx={{ p: 2 }}>
              —
            </Typography>
          }
        >
          <ReferenceField source="checkItemId" reference="CheckItem" link="show">
            <FunctionField render={(c: Pick<CheckItem, 'code' | 'name'>) => checkItemText(c)} />
          </ReferenceField>
          <TextField source="scope" />
          <LocalDateField source="windowFrom" />
          <LocalDateField source="windowTo" />
          <NumberField source="estimatedCount" />
          <FunctionField source="ratio" render={(l: Line) => formatPercent(l.ratio)} />
          <FunctionField label="resources.Plan.shares_help" render={shares} />
          <BooleanField source="temporary" />
          <EditLineButton onEdit={setEditing} />
          <DeleteLineButton />
        </Datagrid>
      </ReferenceManyField>
      <FormDialog
        resource="PlanItem"
        id={editing ?? undefined}
        record={newPlanItemDefaults(plan.id, plan.year)}
        title={editing ? 'resources.Plan.edit_item' : 'resources.Plan.add_item'}
        open={editing !== undefined}
        onClose={() => setEditing(undefined)}
      >
        <PlanItemInputs year={plan.year} unitId={plan.unitId} autoRatio />
      </FormDialog>
    </Box>
  );
};
