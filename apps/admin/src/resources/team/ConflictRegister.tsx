// The 回避登记 (conflict register) section of a task's teams (rule 16, G21): the registered inspector ↔ target
// interests of the task's targets, which random matching and replacement honour. The executing unit adds an entry
// ahead of matching (inspector, target, reason) or removes one with a reason kept in the audit trail.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Box, Button, IconButton, MenuItem, Paper, Stack, TextField, Tooltip, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/DeleteOutline';
import { useTranslate } from 'react-admin';
import type {
  CreateConflictOfInterestMutation,
  CreateConflictOfInterestMutationVariables,
  DeleteConflictOfInterestMutation,
  DeleteConflictOfInterestMutationVariables,
  TaskConflictsQuery,
  TaskConflictsQueryVariables,
} from '@ssj/graphql-types/operations';
import { graphqlClient } from '../../dataProvider/graphqlClient';
import { CREATE_CONFLICT, DELETE_CONFLICT, TASK_CONFLICTS } from '../../dataProvider/documents';
import { useDateTime } from '../draw/DrawHistory';
import { CommandDialog } from '../../common/CommandDialog';
import { useTeamInspectors, type TeamTask } from './useTaskTeams';
import { mutate, useCommand } from '../../common/useCommand';

const LIST = TASK_CONFLICTS;
type Entry = TaskConflictsQuery['allConflictOfInterests'][number];

export const ConflictRegister = ({ task, canRun }: { task: TeamTask; canRun: boolean }) => {
  const translate = useTranslate();
  const at = useDateTime();
  const targetIds = task.targets.map((t) => t.targetId);
  const [version, setVersion] = useState(0);
  const list = useQuery({
    queryKey: ['taskConflicts', task.id, version],
    queryFn: async () =>
      (await graphqlClient.query<TaskConflictsQuery, TaskConflictsQueryVariables>({ query: LIST, variables: { targetIds } })).data.allConflictOfInterests,
  });
  const editable = canRun && task.status === 'DISPATCHED';
  const inspectors = useTeamInspectors(editable);
  const add = useCommand();
  const remove = useCommand();
  const [inspectorId, setInspectorId] = useState('');
  const [targetId, setTargetId] = useState('');
  const [reason, setReason] = useState('');
  const [removing, setRemoving] = useState<Entry | null>(null);
  const [removeReason, setRemoveReason] = useState('');
  const own = (inspectors.data ?? []).filter((i) => i.unitId === task.executingUnitId);
  const entries = list.data ?? [];
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="conflict-register">
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
        {translate('resources.Task.team.conflicts_title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('resources.Task.team.conflicts_help')}
      </Typography>
      {entries.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.Task.team.conflicts_none')}
        </Typography>
      )}
      {entries.map((e) => (
        <Stack key={e.id} direction="row" spacing={1} sx={{ alignItems: 'center', py: 0.25 }} data-testid="conflict-entry">
          <Typography variant="body2" sx={{ flex: 1 }}>
            <b>{e.inspector.name}</b> ↔ {e.target.name}：{e.reason}
            <Typography component="span" variant="caption" color="text.secondary">
              （{at(e.declaredAt)}）
            </Typography>
          </Typography>
          {editable && (
            <Tooltip title={translate('resources.Task.team.conflict_remove')}>
              <IconButton
                size="small"
                onClick={() => setRemoving(e)}
                data-testid="conflict-remove"
                aria-label={translate('resources.Task.team.conflict_remove')}
              >
                <DeleteIcon fontSize="small" />
              </IconButton>
            </Tooltip>
          )}
        </Stack>
      ))}
      {editable && (
        <Box sx={{ mt: 1.5 }}>
          {add.error && (
            <Typography color="error" variant="body2" data-testid="conflict-error">
              {add.error.message}
            </Typography>
          )}
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} useFlexGap>
            <TextField
              select
              size="small"
              label={translate('resources.Task.team.conflict_inspector')}
              value={inspectorId}
              onChange={(e) => setInspectorId(e.target.value)}
              name="conflictInspectorId"
              sx={{ width: { xs: '100%', md: 160 }, flexShrink: 0 }}
            >
              {own.map((i) => (
                <MenuItem key={i.id} value={i.id}>
                  {i.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              size="small"
              label={translate('resources.Task.team.target')}
              value={targetId}
              onChange={(e) => setTargetId(e.target.value)}
              name="conflictTargetId"
              sx={{ width: { xs: '100%', md: 260 }, flexShrink: 0 }}
            >
              {task.targets.map((t) => (
                <MenuItem key={t.targetId} value={t.targetId}>
                  {t.target.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              size="small"
              label={translate('resources.Task.team.conflict_reason')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              name="conflictReason"
              sx={{ flex: 1, minWidth: { md: 200 } }}
            />
            <Button
              variant="outlined"
              sx={{ flexShrink: 0 }}
              disabled={!inspectorId || !targetId || !reason.trim() || add.busy}
              data-testid="conflict-add"
              onClick={async () => {
                const ok = await add.run(
                  () =>
                    mutate<CreateConflictOfInterestMutation, CreateConflictOfInterestMutationVariables>(CREATE_CONFLICT, {
                      inspectorId,
                      targetId,
                      reason: reason.trim(),
                    }),
                  { success: 'resources.Task.team.conflict_added' },
                );
                if (ok) {
                  setReason('');
                  setVersion((v) => v + 1);
                }
              }}
            >
              {translate('resources.Task.team.conflict_add')}
            </Button>
          </Stack>
        </Box>
      )}
      <CommandDialog
        open={!!removing}
        title={translate('resources.Task.team.conflict_remove')}
        content={removing ? `${removing.inspector.name} ↔ ${removing.target.name}：${removing.reason}` : ''}
        onClose={() => {
          remove.clear();
          setRemoving(null);
          setRemoveReason('');
        }}
        confirmLabel={translate('resources.Task.team.conflict_remove')}
        command={remove}
        testId="conflict-remove"
        color="warning"
        disabled={!removeReason.trim()}
        success="resources.Task.team.conflict_removed"
        onDone={() => setVersion((v) => v + 1)}
        onConfirm={async () => {
          if (!removing) return;
          await mutate<DeleteConflictOfInterestMutation, DeleteConflictOfInterestMutationVariables>(DELETE_CONFLICT, {
            id: removing.id,
            reason: removeReason.trim(),
          });
        }}
      >
        <TextField
          label={translate('resources.Task.team.conflict_remove_reason')}
          value={removeReason}
          onChange={(e) => setRemoveReason(e.target.value)}
          name="conflictRemoveReason"
          required
          fullWidth
          multiline
          minRows={2}
        />
      </CommandDialog>
    </Paper>
  );
};
