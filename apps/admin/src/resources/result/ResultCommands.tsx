// The commands of a result, shown by its per-user flags (rules 20, 22, 23): 保存 and 提交审核 (editable), 退回 with a
// reason and 审核通过 (reviewable: a second person, four eyes), 公示 (publishable), and for a target not yet
// inspected 无法联系/已注销办结 and 申请迁移移交 (rule 23: carried out once approved, see resources/transfer).
import { useState } from 'react';
import { Button, FormControl, FormControlLabel, InputLabel, MenuItem, Paper, Radio, RadioGroup, Select, Stack, TextField } from '@mui/material';
import SaveIcon from '@mui/icons-material/SaveOutlined';
import SendIcon from '@mui/icons-material/SendOutlined';
import UndoIcon from '@mui/icons-material/UndoOutlined';
import DoneAllIcon from '@mui/icons-material/DoneAllOutlined';
import PublicIcon from '@mui/icons-material/PublicOutlined';
import BlockIcon from '@mui/icons-material/BlockOutlined';
import MoveUpIcon from '@mui/icons-material/MoveUpOutlined';
import { Confirm, useGetList, useRecordContext, useTranslate } from 'react-admin';
import type {
  ApproveResultMutation,
  ApproveResultMutationVariables,
  CheckMethod,
  CloseTaskTargetMutation,
  CloseTaskTargetMutationVariables,
  FollowUpAction,
  PublishResultsMutation,
  PublishResultsMutationVariables,
  ResultOutcome,
  ReturnResultMutation,
  ReturnResultMutationVariables,
  SubmitResultMutation,
  SubmitResultMutationVariables,
  RequestTransferMutation,
  RequestTransferMutationVariables,
  UpdateResultMutation,
  UpdateResultMutationVariables,
} from '@ssj/graphql-types/operations';
import { CommandDialog } from '../../common/CommandDialog';
import { mutate, useCommand } from '../../common/useCommand';
import {
  APPROVE_RESULT,
  CLOSE_TASK_TARGET,
  PUBLISH_RESULTS,
  REQUEST_TRANSFER,
  RETURN_RESULT,
  SUBMIT_RESULT,
  UPDATE_RESULT,
} from '../../dataProvider/documents';
import type { Finding, Result } from './types';
import type { OfflineEntry } from './useOfflineDraft';
import type { Unit } from '@ssj/graphql-types';
import { ReasonField } from '../../common/ReasonField';

/** What the entry form holds; '' is "not chosen yet" (sent as null). */
export type EntryValues = {
  formId: string;
  method: CheckMethod | '';
  inspectedOn: string;
  findings: Finding[];
  outcome: ResultOutcome | '';
  followUpAction: FollowUpAction;
  followUpUnitId: string;
  remarks: string;
};

export const toVariables = (id: string, v: EntryValues): UpdateResultMutationVariables => ({
  id,
  formId: v.formId || null,
  method: v.method || null,
  inspectedOn: v.inspectedOn || null,
  findings: v.findings.map((f) => ({ checkItemId: f.checkItemId, compliant: f.compliant, finding: f.finding?.trim() || null })),
  outcome: v.outcome || null,
  followUpAction: v.followUpAction,
  followUpUnitId: v.followUpAction !== 'NONE' ? v.followUpUnitId || null : null,
  remarks: v.remarks,
});

export const ResultCommands = ({ values, entry }: { values: EntryValues; entry?: OfflineEntry }) => {
  const r = useRecordContext<Result>()!;
  const translate = useTranslate();
  const [dialog, setDialog] = useState<null | 'return' | 'close' | 'transfer'>(null);
  const [reason, setReason] = useState('');
  const [kind, setKind] = useState<'CLOSED_UNREACHABLE' | 'CLOSED_DEREGISTERED'>('CLOSED_UNREACHABLE');
  const [toUnitId, setToUnitId] = useState('');
  const [noticeRef, setNoticeRef] = useState('');
  /** Approving and publishing cannot be undone: each asks first (rules 21, 26). */
  const [confirming, setConfirming] = useState<'approve' | 'publish' | null>(null);
  const { data: units } = useGetList<Pick<Unit, 'id' | 'name' | 'retiredAt'>>(
    'Unit',
    { pagination: { page: 1, perPage: 500 }, sort: { field: 'code', order: 'ASC' } },
    { enabled: dialog === 'transfer' },
  );

  const command = useCommand();
  const busy = command.busy;
  const run = (fn: () => Promise<unknown>, success: string, successArgs?: Record<string, unknown>) => command.run(fn, { success, successArgs });
  // With the entry kept on the device (useOfflineDraft.ts): the version it started from and a key; offline, queued.
  const save = () => (entry ? entry.save() : mutate<UpdateResultMutation, UpdateResultMutationVariables>(UPDATE_RESULT, toVariables(r.id, values)));
  const open = (d: 'return' | 'close' | 'transfer') => {
    setReason('');
    setNoticeRef('');
    setDialog(d);
  };
  const pendingTarget = r.editable && (r.taskTarget?.status === 'PENDING' || r.taskTarget?.status === 'TRANSFERRED');

  if (!r.editable && !r.reviewable && !r.publishable) return null;
  return (
    <Paper variant="outlined" sx={{ p: 2, position: 'sticky', bottom: 0, zIndex: 2 }} data-testid="result-commands">
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {r.editable && (
          <>
            <Button
              variant="outlined"
              startIcon={<SaveIcon />}
              disabled={busy}
              onClick={() => run(save, entry && !entry.online ? 'resources.Result.offline.saved_on_device' : 'resources.Result.saved')}
              data-testid="result-save"
            >
              {translate('resources.Result.save')}
            </Button>
            <Button
              variant="contained"
              startIcon={<SendIcon />}
              disabled={busy}
              data-testid="result-submit"
              onClick={() =>
                run(async () => {
                  if ((await save()) === 'queued') throw new Error(translate('resources.Result.offline.submit_needs_connection'));
                  await mutate<SubmitResultMutation, SubmitResultMutationVariables>(SUBMIT_RESULT, { id: r.id });
                }, 'resources.Result.submitted')
              }
            >
              {translate('resources.Result.submit')}
            </Button>
          </>
        )}
        {r.reviewable && (
          <>
            <Button variant="outlined" color="warning" startIcon={<UndoIcon />} disabled={busy} onClick={() => open('return')} data-testid="result-return">
              {translate('resources.Result.return')}
            </Button>
            <Button
              variant="contained"
              color="success"
              startIcon={<DoneAllIcon />}
              disabled={busy}
              data-testid="result-approve"
              onClick={() => setConfirming('approve')}
            >
              {translate('resources.Result.approve')}
            </Button>
          </>
        )}
        {r.publishable && (
          <Button
            variant="contained"
            color="success"
            startIcon={<PublicIcon />}
            disabled={busy}
            data-testid="result-publish"
            onClick={() => setConfirming('publish')}
          >
            {translate('resources.Result.publish')}
          </Button>
        )}
        {pendingTarget && (
          <>
            <Button color="inherit" startIcon={<BlockIcon />} disabled={busy} onClick={() => open('close')} data-testid="result-close">
              {translate('resources.Result.close')}
            </Button>
            {r.taskTarget?.status === 'PENDING' && !r.taskTarget.transfers?.some((x) => x.status === 'PENDING') && (
              <Button color="inherit" startIcon={<MoveUpIcon />} disabled={busy} onClick={() => open('transfer')} data-testid="result-transfer">
                {translate('resources.Result.transfer')}
              </Button>
            )}
          </>
        )}
      </Stack>

      <Confirm
        isOpen={confirming !== null}
        title={confirming === 'publish' ? 'resources.Result.confirm_publish_title' : 'resources.Result.confirm_approve_title'}
        content={confirming === 'publish' ? 'resources.Result.confirm_publish_content' : 'resources.Result.confirm_approve_content'}
        translateOptions={{ smart_count: 1 }}
        confirm={confirming === 'publish' ? 'resources.Result.publish' : 'resources.Result.approve'}
        loading={busy}
        onClose={() => setConfirming(null)}
        onConfirm={() => {
          const step = confirming;
          setConfirming(null);
          if (step === 'approve')
            void run(() => mutate<ApproveResultMutation, ApproveResultMutationVariables>(APPROVE_RESULT, { id: r.id }), 'resources.Result.approved');
          if (step === 'publish')
            void run(() => mutate<PublishResultsMutation, PublishResultsMutationVariables>(PUBLISH_RESULTS, { ids: [r.id] }), 'resources.Result.published', {
              smart_count: 1,
            });
        }}
      />

      <CommandDialog
        open={dialog === 'return'}
        onClose={() => setDialog(null)}
        title="resources.Result.return_title"
        content="resources.Result.return_content"
        confirmLabel="resources.Result.return"
        disabled={!reason.trim()}
        testId="return"
        success="resources.Result.returned_ok"
        onConfirm={async () => {
          await mutate<ReturnResultMutation, ReturnResultMutationVariables>(RETURN_RESULT, { id: r.id, reason: reason.trim() });
        }}
      >
        <ReasonField label="resources.Result.reason" value={reason} onChange={setReason} />
      </CommandDialog>

      <CommandDialog
        open={dialog === 'close'}
        onClose={() => setDialog(null)}
        title="resources.Result.close_title"
        content="resources.Result.close_content"
        disabled={!reason.trim()}
        testId="close"
        success="resources.Result.closed_ok"
        onConfirm={async () => {
          await mutate<CloseTaskTargetMutation, CloseTaskTargetMutationVariables>(CLOSE_TASK_TARGET, {
            taskTargetId: r.taskTargetId,
            kind,
            reason: reason.trim(),
          });
        }}
      >
        <RadioGroup value={kind} onChange={(e) => setKind(e.target.value as typeof kind)} name="kind">
          <FormControlLabel value="CLOSED_UNREACHABLE" control={<Radio />} label={translate('resources.Result.close_unreachable')} />
          <FormControlLabel value="CLOSED_DEREGISTERED" control={<Radio />} label={translate('resources.Result.close_deregistered')} />
        </RadioGroup>
        <ReasonField label="resources.Result.close_reason" value={reason} onChange={setReason} />
      </CommandDialog>

      <CommandDialog
        open={dialog === 'transfer'}
        onClose={() => setDialog(null)}
        title="resources.Result.transfer_title"
        content="resources.Result.transfer_content"
        disabled={!reason.trim() || !toUnitId || !noticeRef.trim()}
        testId="transfer"
        success="resources.Result.transfer_requested_ok"
        onConfirm={async () => {
          await mutate<RequestTransferMutation, RequestTransferMutationVariables>(REQUEST_TRANSFER, {
            taskTargetId: r.taskTargetId,
            toUnitId,
            reason: reason.trim(),
            noticeRef: noticeRef.trim(),
          });
        }}
      >
        <FormControl fullWidth required>
          <InputLabel id="transfer-unit">{translate('resources.Result.transfer_to')}</InputLabel>
          <Select
            labelId="transfer-unit"
            label={translate('resources.Result.transfer_to')}
            value={units ? toUnitId : ''}
            onChange={(e) => setToUnitId(e.target.value)}
            name="toUnitId"
          >
            {(units ?? [])
              .filter((u) => !u.retiredAt && u.id !== r.responsibleUnitId)
              .map((u) => (
                <MenuItem key={u.id} value={u.id}>
                  {u.name}
                </MenuItem>
              ))}
          </Select>
        </FormControl>
        <ReasonField label="resources.Result.transfer_reason" value={reason} onChange={setReason} />
        {/* G28: the moving-out unit notifies the receiving unit in writing; the transfer names that notice. */}
        <TextField
          label={translate('resources.Result.transfer_notice')}
          helperText={translate('resources.Result.transfer_notice_help')}
          value={noticeRef}
          onChange={(e) => setNoticeRef(e.target.value)}
          required
          fullWidth
          name="noticeRef"
        />
      </CommandDialog>
    </Paper>
  );
};
