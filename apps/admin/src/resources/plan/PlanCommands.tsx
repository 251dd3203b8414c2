// The filing commands of a plan: 备案 (file, rule 6: refused while a remit item is missing — the server's message
// names them), 调整 (adjust a filed plan: the full list of lines with a reason, rule 7) and 临时抽查 (add a
// temporary check with a reason, rule 10). They call the API's commands through the Apollo client.
import { useState, type ReactNode } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField as MuiTextField } from '@mui/material';
import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedInOutlined';
import TuneIcon from '@mui/icons-material/TuneOutlined';
import BoltIcon from '@mui/icons-material/BoltOutlined';
import {
  ArrayInput,
  Form,
  ResourceContextProvider,
  SaveButton,
  SimpleFormIterator,
  TextInput,
  required,
  useGetList,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type {
  AddTemporaryCheckMutation,
  AddTemporaryCheckMutationVariables,
  AdjustPlanMutation,
  AdjustPlanMutationVariables,
  FilePlanMutation,
  FilePlanMutationVariables,
} from '@ssj/graphql-types/operations';
import { mutate, useCommand } from '../../common/useCommand';
import { ADD_TEMPORARY_CHECK, ADJUST_PLAN, FILE_PLAN } from '../../dataProvider/documents';
import { newPlanItemDefaults, PlanItemInputs, toPlanItemInput } from '../planItem/PlanItemInputs';
import type { Plan as PlanType } from '@ssj/graphql-types';

// A react-admin record of the data provider (the plan page's record), not an answer of these documents.
type Plan = Pick<PlanType, 'id' | 'year' | 'unitId' | 'status' | 'filedWith'>;

/** The reason typed into a command dialog (react-admin form values are untyped). */
const reasonOf = (v: Record<string, unknown>) => (typeof v.reason === 'string' ? v.reason : null);

export const FilePlanButton = () => {
  const plan = useRecordContext<Plan>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [filedWith, setFiledWith] = useState('');
  const command = useCommand();
  const { busy } = command;
  // PLAN.COVERAGE_INCOMPLETE: "…未覆盖 LZZR-04 …" stays in the dialog, next to the input.
  const error = command.error?.message;
  if (plan?.status !== 'DRAFT') return null;
  const submit = async () => {
    const ok = await command.mutate<FilePlanMutation, FilePlanMutationVariables>(
      FILE_PLAN,
      { id: plan.id, filedWith: filedWith.trim() || null },
      { success: 'resources.Plan.filed_ok' },
    );
    if (ok) setOpen(false);
  };
  return (
    <>
      <Button
        variant="contained"
        color="success"
        startIcon={<AssignmentTurnedInIcon />}
        onClick={() => {
          setFiledWith(plan.filedWith ?? '');
          command.clear();
          setOpen(true);
        }}
        data-testid="file-plan"
      >
        {translate('resources.Plan.file')}
      </Button>
      <Dialog open={open} onClose={() => !busy && setOpen(false)} maxWidth="sm" fullWidth>
        <DialogTitle>{translate('resources.Plan.file_title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate('resources.Plan.file_content')}</DialogContentText>
          <MuiTextField
            label={translate('resources.Plan.fields.filedWith')}
            helperText={translate('resources.Plan.filed_with_help')}
            value={filedWith}
            onChange={(e) => setFiledWith(e.target.value)}
            name="filedWith"
            fullWidth
            required
          />
          {error && (
            <Alert severity="error" sx={{ mt: 2 }} data-testid="file-plan-error">
              {error}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} disabled={busy}>
            {translate('ra.action.cancel')}
          </Button>
          <Button onClick={submit} variant="contained" disabled={busy || !filedWith.trim()} data-testid="file-plan-ok">
            {translate('resources.Plan.file')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};

/**
 * A dialog holding a react-admin Form whose submit runs `onSubmit` through useCommand (busy, the success message,
 * refresh); the server's refusal stays visible, and the dialog closes on success.
 */
const PlanCommandDialog = <T,>({
  open,
  onClose,
  title,
  content,
  defaultValues,
  onSubmit,
  success,
  successArgs,
  children,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  content: string;
  defaultValues: Record<string, unknown>;
  onSubmit: (values: Record<string, unknown>) => Promise<T>;
  success: string;
  successArgs: (result: T) => Record<string, unknown>;
  children: ReactNode;
}) => {
  const translate = useTranslate();
  const command = useCommand();
  const { busy, error } = command;
  const submit = async (values: Record<string, unknown>) => {
    if (await command.run(() => onSubmit(values), { success, successArgs })) onClose();
  };
  const close = () => {
    if (busy) return;
    command.clear();
    onClose();
  };
  return (
    <Dialog open={open} onClose={close} maxWidth="lg" fullWidth>
      <DialogTitle>{translate(title)}</DialogTitle>
      {open && (
        <ResourceContextProvider value="PlanItem">
          <Form defaultValues={defaultValues} onSubmit={submit}>
            <DialogContent>
              <DialogContentText sx={{ mb: 2 }}>{translate(content)}</DialogContentText>
              <TextInput source="reason" label="resources.Plan.reason" validate={required()} multiline fullWidth />
              {children}
              {error && (
                <Alert severity="error" sx={{ mt: 2 }} data-testid="plan-command-error">
                  {error.message}
                </Alert>
              )}
            </DialogContent>
            <DialogActions>
              <Button onClick={close} disabled={busy}>
                {translate('ra.action.cancel')}
              </Button>
              <SaveButton alwaysEnable={!busy} disabled={busy} label="ra.action.confirm" />
            </DialogActions>
          </Form>
        </ResourceContextProvider>
      )}
    </Dialog>
  );
};

export const AdjustPlanButton = () => {
  const plan = useRecordContext<Plan>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  // The current lines, each keeping its id so tasks stay linked to it (adjustPlan replaces the full list).
  const { data: lines, isPending } = useGetList(
    'PlanItem',
    { filter: { planId: plan?.id }, pagination: { page: 1, perPage: 500 }, sort: { field: 'checkItemId', order: 'ASC' } },
    { enabled: open && !!plan },
  );
  if (plan?.status !== 'FILED') return null;
  return (
    <>
      <Button variant="outlined" startIcon={<TuneIcon />} onClick={() => setOpen(true)} data-testid="adjust-plan">
        {translate('resources.Plan.adjust')}
      </Button>
      {open && !isPending && (
        <PlanCommandDialog
          open={open}
          onClose={() => setOpen(false)}
          title="resources.Plan.adjust_title"
          content="resources.Plan.adjust_content"
          defaultValues={{ reason: '', items: (lines ?? []).map(toPlanItemInput) }}
          onSubmit={(v) =>
            mutate<AdjustPlanMutation, AdjustPlanMutationVariables>(ADJUST_PLAN, {
              id: plan.id,
              reason: reasonOf(v),
              items: (v.items as Record<string, unknown>[]).map(toPlanItemInput),
            })
          }
          success="resources.Plan.adjusted_ok"
          successArgs={(data) => ({ version: data?.adjustPlan.version })}
        >
          <ArrayInput source="items" label="resources.Plan.items">
            <SimpleFormIterator disableReordering fullWidth sx={{ '& .RaSimpleFormIterator-line': { borderBottom: 1, borderColor: 'divider', py: 1 } }}>
              <PlanItemInputs year={plan.year} unitId={plan.unitId} />
            </SimpleFormIterator>
          </ArrayInput>
        </PlanCommandDialog>
      )}
    </>
  );
};

export const TemporaryCheckButton = () => {
  const plan = useRecordContext<Plan>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  if (plan?.status !== 'FILED') return null;
  const { planId: _planId, ...defaults } = newPlanItemDefaults(plan.id, plan.year);
  return (
    <>
      <Button variant="outlined" startIcon={<BoltIcon />} onClick={() => setOpen(true)} data-testid="temporary-check">
        {translate('resources.Plan.temporary')}
      </Button>
      <PlanCommandDialog
        open={open}
        onClose={() => setOpen(false)}
        title="resources.Plan.temporary_title"
        content="resources.Plan.temporary_content"
        defaultValues={{ reason: '', ...defaults, temporary: true }}
        onSubmit={(v) => {
          const { reason: _reason, ...item } = v;
          return mutate<AddTemporaryCheckMutation, AddTemporaryCheckMutationVariables>(ADD_TEMPORARY_CHECK, {
            planId: plan.id,
            reason: reasonOf(v),
            item: { ...toPlanItemInput(item), temporary: true },
          });
        }}
        success="resources.Plan.temporary_ok"
        successArgs={(data) => ({ version: data?.addTemporaryCheck.version })}
      >
        <PlanItemInputs year={plan.year} withTemporary={false} autoRatio />
      </PlanCommandDialog>
    </>
  );
};
