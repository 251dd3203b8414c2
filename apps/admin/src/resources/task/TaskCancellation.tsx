// Calling a task off before its draw (cancelTask): the button and its dialog while the server says the task is
// `cancellable` (its unit, before the draw), and, once cancelled, who did it, when and why. A reason is required
// once the draw was announced — the commitment is public, so is the cancellation (the server refuses otherwise).
import { useState } from 'react';
import { Alert, Button } from '@mui/material';
import BlockIcon from '@mui/icons-material/BlockOutlined';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Task as TaskType } from '@ssj/graphql-types';
import type { CancelTaskMutation, CancelTaskMutationVariables } from '@ssj/graphql-types/operations';
import { CommandDialog } from '../../common/CommandDialog';
import { useDateTimeFormat } from '../../common/LocalDateField';
import { mutate } from '../../common/useCommand';
import { CANCEL_TASK } from '../../dataProvider/documents';
import { ReasonField } from '../../common/ReasonField';

type Task = Pick<TaskType, 'id' | 'code' | 'status'> & Partial<Pick<TaskType, 'cancellable' | 'cancelledAt' | 'cancelledByName' | 'cancelReason'>>;

export const CancelTaskButton = () => {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!task?.cancellable) return null;
  const announced = task.status !== 'DRAFT';
  return (
    <>
      <Button color="warning" startIcon={<BlockIcon />} onClick={() => setOpen(true)} data-testid="cancel-task">
        {translate('resources.Task.cancel')}
      </Button>
      <CommandDialog
        open={open}
        onClose={() => setOpen(false)}
        title={translate('resources.Task.cancel_title', { code: task.code })}
        content={announced ? 'resources.Task.cancel_content_announced' : 'resources.Task.cancel_content_draft'}
        confirmLabel="resources.Task.cancel"
        color="warning"
        testId="cancel-task"
        disabled={announced && !reason.trim()}
        success="resources.Task.cancelled_ok"
        onConfirm={() => mutate<CancelTaskMutation, CancelTaskMutationVariables>(CANCEL_TASK, { id: task.id, reason: reason.trim() || null })}
      >
        <ReasonField label="resources.Task.cancel_reason" value={reason} onChange={setReason} required={announced} />
      </CommandDialog>
    </>
  );
};

/** On a cancelled task's page: when, by whom and why. */
export const CancelledNotice = () => {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  const formatDateTime = useDateTimeFormat();
  if (task?.status !== 'CANCELLED') return null;
  return (
    <Alert severity="warning" sx={{ overflowWrap: 'anywhere' }} data-testid="task-cancelled">
      {translate('resources.Task.cancelled_notice', {
        at: task.cancelledAt ? formatDateTime(task.cancelledAt) : '—',
        by: task.cancelledByName ?? '—',
        reason: task.cancelReason ?? translate('resources.Task.no_reason'),
      })}
    </Alert>
  );
};
