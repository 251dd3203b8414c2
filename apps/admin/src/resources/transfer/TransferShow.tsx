// A transfer request with its decision: the giving unit's principal or the lead unit approves or refuses it
// (G28: 按程序批准) — the buttons show only to who may decide, never to the requester.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Box, Button, Stack } from '@mui/material';
import DoneIcon from '@mui/icons-material/DoneOutlined';
import CloseIcon from '@mui/icons-material/CloseOutlined';
import { Labeled, ListButton, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import type {
  ApproveTransferMutation,
  ApproveTransferMutationVariables,
  RefuseTransferMutation,
  RefuseTransferMutationVariables,
} from '@ssj/graphql-types/operations';
import { CommandDialog } from '../../common/CommandDialog';
import { EnumField } from '../../common/EnumField';
import { TRANSFER_STATUS_COLOR } from '../../common/enums';
import { LocalDateTimeField } from '../../common/LocalDateField';
import { mutate } from '../../common/useCommand';
import { APPROVE_TRANSFER, REFUSE_TRANSFER } from '../../dataProvider/documents';
import { TransferTarget } from './TransferList';
import type { Transfer } from './types';
import { ReasonField } from '../../common/ReasonField';

const grid = { display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, minmax(0, 1fr))' }, gap: 2, width: '100%' } as const;

const OpenResult = () => {
  const x = useRecordContext<Transfer>();
  const translate = useTranslate();
  const resultId = x?.taskTarget?.result?.id;
  if (!resultId) return null;
  return (
    <Button component={Link} to={`/Result/${resultId}/show`}>
      {translate('resources.Transfer.open_result')}
    </Button>
  );
};

export const TransferDecision = () => {
  const x = useRecordContext<Transfer>();
  const translate = useTranslate();
  const [dialog, setDialog] = useState<null | 'approve' | 'refuse'>(null);
  const [reason, setReason] = useState('');
  if (!x?.decidable) return null;
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} data-testid="transfer-decision">
      <Button variant="contained" color="success" startIcon={<DoneIcon />} onClick={() => setDialog('approve')} data-testid="transfer-approve">
        {translate('resources.Transfer.approve')}
      </Button>
      <Button
        variant="outlined"
        color="warning"
        startIcon={<CloseIcon />}
        onClick={() => {
          setReason('');
          setDialog('refuse');
        }}
        data-testid="transfer-refuse"
      >
        {translate('resources.Transfer.refuse')}
      </Button>
      <CommandDialog
        open={dialog === 'approve'}
        onClose={() => setDialog(null)}
        title="resources.Transfer.approve_title"
        content="resources.Transfer.approve_content"
        confirmLabel="resources.Transfer.approve"
        testId="transfer-approve"
        success="resources.Transfer.approved_ok"
        onConfirm={async () => {
          await mutate<ApproveTransferMutation, ApproveTransferMutationVariables>(APPROVE_TRANSFER, { id: x.id });
        }}
      />
      <CommandDialog
        open={dialog === 'refuse'}
        onClose={() => setDialog(null)}
        title="resources.Transfer.refuse_title"
        content="resources.Transfer.refuse_content"
        confirmLabel="resources.Transfer.refuse"
        testId="transfer-refuse"
        disabled={!reason.trim()}
        success="resources.Transfer.refused_ok"
        onConfirm={async () => {
          await mutate<RefuseTransferMutation, RefuseTransferMutationVariables>(REFUSE_TRANSFER, { id: x.id, reason: reason.trim() });
        }}
      >
        <ReasonField label="resources.Transfer.refusal_reason" value={reason} onChange={setReason} />
      </CommandDialog>
    </Stack>
  );
};

const TransferShow = () => (
  <Show
    actions={
      <TopToolbar>
        <OpenResult />
        <ListButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout spacing={3}>
      <TransferTarget label="resources.Transfer.fields.taskTargetId" />
      <Stack direction="row">
        <EnumField source="status" enumName="TransferStatus" colors={TRANSFER_STATUS_COLOR} />
      </Stack>
      <TransferDecision />
      <Box sx={grid}>
        <Labeled>
          <ReferenceField source="fromUnitId" reference="Unit" link={false} />
        </Labeled>
        <Labeled>
          <ReferenceField source="toUnitId" reference="Unit" link={false} />
        </Labeled>
        <Labeled>
          <TextField source="noticeRef" />
        </Labeled>
        <Labeled>
          <TextField source="requestedByName" />
        </Labeled>
        <Labeled>
          <LocalDateTimeField source="requestedAt" />
        </Labeled>
        <Labeled>
          <TextField source="decidedByName" emptyText="—" />
        </Labeled>
        <Labeled>
          <LocalDateTimeField source="decidedAt" emptyText="—" />
        </Labeled>
        <Labeled>
          <TextField source="refusalReason" emptyText="—" />
        </Labeled>
      </Box>
      <Labeled fullWidth>
        <TextField source="reason" />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);

export default TransferShow;
