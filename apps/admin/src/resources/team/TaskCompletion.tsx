// 任务完成 (rule 20, P5, G26.4): the executing unit records the completion day (default today, in China); the server
// sets every target's result due date to the end of the 20th working day after it, on the official calendar
// with its make-up working days. A completed task shows that date; each row of the teams table shows its own.
import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Paper, Stack, TextField, Typography } from '@mui/material';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { useTranslate } from 'react-admin';
import type { CompleteTaskMutation, CompleteTaskMutationVariables } from '@ssj/graphql-types/operations';
import { COMPLETE_TASK } from '../../dataProvider/documents';
import { ProvisionalMark } from '../../common/Countdown';
import { useToday } from '../../common/today';
import { useLocalDay, type TeamTask } from './useTaskTeams';
import { mutate, useCommand } from '../../common/useCommand';

/**
 * `teamsFormed`: every target has a team (the checks need one, rule 19), so completion is offered only then; the
 * server also refuses it until the teams are confirmed (rule 15, TASK.TEAMS_NOT_CONFIRMED), so the dialog says so.
 */
export const TaskCompletion = ({
  task,
  canRun,
  teamsFormed,
  teamsConfirmed,
}: {
  task: TeamTask;
  canRun: boolean;
  teamsFormed: boolean;
  teamsConfirmed: boolean;
}) => {
  const translate = useTranslate();
  const localDay = useLocalDay();
  const cmd = useCommand();
  const [open, setOpen] = useState(false);
  const [day, setDay] = useState('');
  // Rule 20: the completion day is the day it is marked; an earlier day needs a reason (audited).
  const [reason, setReason] = useState('');
  // The server refuses a completion day after its own today (pinned in demos and tests).
  const today = useToday();

  if (task.status === 'COMPLETED') {
    // Every result of the task is due on the same day; a target added later would carry its own.
    const due = [...new Set(task.targets.map((t) => t.resultDueOn).filter((d): d is string => !!d))].sort();
    // Rule 20: counted through a year whose calendar is not declared yet, the date may still move (暂定).
    const provisional = task.targets.some((t) => t.resultDueOn && t.resultDueProvisional);
    return (
      <Alert
        severity="success"
        data-testid="task-completed"
        data-due-on={due[0] ?? ''}
        data-provisional={provisional ? '1' : '0'}
        sx={{ fontSize: 16, '& .MuiAlert-message': { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 } }}
      >
        <span>{translate('resources.Task.completed_notice', { completedOn: localDay(task.completedOn), dueOn: due.map(localDay).join('、') || '—' })}</span>
        {provisional && <ProvisionalMark />}
      </Alert>
    );
  }
  if (task.status !== 'DISPATCHED' || !canRun || !teamsFormed) return null;

  const close = () => {
    cmd.clear();
    setOpen(false);
  };
  const backdated = !!day && day < today;
  const invalid = !day || day < task.windowFrom || day > today || !teamsConfirmed || (backdated && !reason.trim());
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
        <Typography sx={{ flex: 1 }} color="text.secondary">
          {translate('resources.Task.complete_help')}
        </Typography>
        <Button
          variant="contained"
          color="secondary"
          startIcon={<TaskAltIcon />}
          onClick={() => {
            setDay(today);
            setReason('');
            setOpen(true);
          }}
          data-testid="complete-task"
        >
          {translate('resources.Task.complete')}
        </Button>
      </Stack>
      <Dialog open={open} onClose={cmd.busy ? undefined : close} maxWidth="sm" fullWidth data-testid="complete-dialog">
        <DialogTitle>{translate('resources.Task.complete_title', { code: task.code })}</DialogTitle>
        <DialogContent>
          {cmd.error && (
            <Alert severity="error" sx={{ mb: 2 }} data-testid="complete-error">
              {cmd.error.message}
            </Alert>
          )}
          {!teamsConfirmed && (
            <Alert severity="warning" sx={{ mb: 2 }}>
              {translate('resources.Task.teams_not_confirmed')}
            </Alert>
          )}
          <DialogContentText sx={{ mb: 2 }}>{translate('resources.Task.complete_content')}</DialogContentText>
          <TextField
            type="date"
            label={translate('resources.Task.completed_on')}
            value={day}
            onChange={(e) => {
              setDay(e.target.value);
              cmd.clear();
            }}
            name="completedOn"
            required
            fullWidth
            helperText={translate('resources.Task.completed_on_help', { from: localDay(task.windowFrom), today: localDay(today) })}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: task.windowFrom, max: today } }}
          />
          {backdated && (
            <TextField
              label={translate('resources.Task.completed_reason')}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                cmd.clear();
              }}
              name="reason"
              required
              fullWidth
              multiline
              minRows={2}
              sx={{ mt: 2 }}
              helperText={translate('resources.Task.completed_reason_help')}
            />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={close} disabled={cmd.busy}>
            {translate('ra.action.cancel')}
          </Button>
          <Button
            variant="contained"
            color="secondary"
            disabled={cmd.busy || invalid}
            data-testid="complete-task-ok"
            onClick={async () => {
              if (
                await cmd.run(
                  () =>
                    mutate<CompleteTaskMutation, CompleteTaskMutationVariables>(COMPLETE_TASK, {
                      taskId: task.id,
                      completedOn: day,
                      reason: backdated ? reason.trim() : null,
                    }),
                  { success: 'resources.Task.complete_ok' },
                )
              )
                close();
            }}
          >
            {translate('resources.Task.complete')}
          </Button>
        </DialogActions>
      </Dialog>
    </Paper>
  );
};
