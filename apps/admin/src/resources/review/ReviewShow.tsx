// An objection review with both countdowns (rule 22): 作出复查结论 while received, 登记反馈 once decided.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Box, Button, FormControl, InputLabel, MenuItem, Select, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import GavelIcon from '@mui/icons-material/GavelOutlined';
import ReplyIcon from '@mui/icons-material/ReplyOutlined';
import { FunctionField, Labeled, ListButton, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import type {
  DecideReviewMutation,
  DecideReviewMutationVariables,
  RecordReviewFeedbackMutation,
  RecordReviewFeedbackMutationVariables,
  ReviewDecision,
} from '@ssj/graphql-types/operations';
import { CommandDialog } from '../../common/CommandDialog';
import { today } from '../../common/today';
import { Countdown } from '../../common/Countdown';
import { EnumField } from '../../common/EnumField';
import { ENUMS, REVIEW_STATUS_COLOR } from '../../common/enums';
import { LocalDateField } from '../../common/LocalDateField';
import { mutate } from '../../common/useCommand';
import { DECIDE_REVIEW, RECORD_REVIEW_FEEDBACK } from '../../dataProvider/documents';
import type { Review } from '../result/types';

const grid = { display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, minmax(0, 1fr))' }, gap: 2, width: '100%' } as const;

const ReviewCommands = () => {
  const v = useRecordContext<Review>();
  const translate = useTranslate();
  const [dialog, setDialog] = useState<null | 'decide' | 'feedback'>(null);
  const [d, setD] = useState<{ decision: ReviewDecision; note: string; on: string }>({ decision: 'UPHELD', note: '', on: today() });
  const [f, setF] = useState({ note: '', on: today() });
  if (!v) return null;
  return (
    <>
      {v.result && (
        <Button component={Link} to={`/Result/${v.result.id}/show`} data-testid="review-open-result">
          {translate('resources.Review.open_result')}
        </Button>
      )}
      {v.editable && v.status === 'RECEIVED' && (
        <Button
          variant="contained"
          startIcon={<GavelIcon />}
          onClick={() => {
            setD({ decision: 'UPHELD', note: '', on: today() });
            setDialog('decide');
          }}
          data-testid="review-decide"
        >
          {translate('resources.Review.decide')}
        </Button>
      )}
      {v.editable && v.status === 'DECIDED' && (
        <Button
          variant="contained"
          startIcon={<ReplyIcon />}
          onClick={() => {
            setF({ note: '', on: today() });
            setDialog('feedback');
          }}
          data-testid="review-feedback"
        >
          {translate('resources.Review.feedback')}
        </Button>
      )}
      <CommandDialog
        open={dialog === 'decide'}
        onClose={() => setDialog(null)}
        title="resources.Review.decide_title"
        content="resources.Review.decide_content"
        confirmLabel="resources.Review.decide"
        disabled={!d.note.trim() || !d.on}
        testId="decide"
        success="resources.Review.decided"
        onConfirm={async () => {
          await mutate<DecideReviewMutation, DecideReviewMutationVariables>(DECIDE_REVIEW, {
            id: v.id,
            decision: d.decision,
            note: d.note.trim(),
            decidedOn: d.on,
          });
        }}
      >
        <FormControl fullWidth required>
          <InputLabel id="decision">{translate('resources.Review.fields.decision')}</InputLabel>
          <Select
            labelId="decision"
            label={translate('resources.Review.fields.decision')}
            value={d.decision}
            onChange={(e) => setD({ ...d, decision: e.target.value })}
            name="decision"
          >
            {ENUMS.ReviewDecision.map((x) => (
              <MenuItem key={x} value={x}>
                {translate(`enums.ReviewDecision.${x}`)}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        <MuiTextField
          label={translate('resources.Review.fields.decisionNote')}
          value={d.note}
          onChange={(e) => setD({ ...d, note: e.target.value })}
          multiline
          minRows={3}
          required
          fullWidth
          name="note"
        />
        <MuiTextField
          type="date"
          label={translate('resources.Review.fields.decidedOn')}
          value={d.on}
          onChange={(e) => setD({ ...d, on: e.target.value })}
          slotProps={{ inputLabel: { shrink: true } }}
          required
          name="decidedOn"
        />
      </CommandDialog>
      <CommandDialog
        open={dialog === 'feedback'}
        onClose={() => setDialog(null)}
        title="resources.Review.feedback_title"
        content="resources.Review.feedback_content"
        confirmLabel="resources.Review.feedback"
        disabled={!f.note.trim() || !f.on}
        testId="feedback"
        success="resources.Review.fed_back"
        onConfirm={async () => {
          await mutate<RecordReviewFeedbackMutation, RecordReviewFeedbackMutationVariables>(RECORD_REVIEW_FEEDBACK, {
            id: v.id,
            note: f.note.trim(),
            fedBackOn: f.on,
          });
        }}
      >
        <MuiTextField
          label={translate('resources.Review.fields.feedbackNote')}
          value={f.note}
          onChange={(e) => setF({ ...f, note: e.target.value })}
          multiline
          minRows={2}
          required
          fullWidth
          name="note"
        />
        <MuiTextField
          type="date"
          label={translate('resources.Review.fields.fedBackOn')}
          value={f.on}
          onChange={(e) => setF({ ...f, on: e.target.value })}
          slotProps={{ inputLabel: { shrink: true } }}
          required
          name="fedBackOn"
        />
      </CommandDialog>
    </>
  );
};

const CorrectedHint = () => {
  const v = useRecordContext<Review>();
  const translate = useTranslate();
  if (v?.decision !== 'CORRECTED') return null;
  return <Alert severity="info">{translate('resources.Review.propose_hint')}</Alert>;
};

const ReviewShow = () => {
  const translate = useTranslate();
  return (
    <Show
      actions={
        <TopToolbar>
          <ReviewCommands />
          <ListButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout spacing={3}>
        <FunctionField<Review>
          label="resources.Result.fields.target"
          render={(v) => (
            <Box>
              <Typography variant="h6">{v.result?.target?.name}</Typography>
              <Typography variant="body2" color="text.secondary">
                {v.result?.task?.code} {v.result?.task?.name}
              </Typography>
            </Box>
          )}
        />
        <Stack direction="row" spacing={1}>
          <EnumField source="status" enumName="ReviewStatus" colors={REVIEW_STATUS_COLOR} />
        </Stack>
        <Box sx={grid}>
          <Labeled>
            <TextField source="raisedBy" />
          </Labeled>
          <Labeled>
            <LocalDateField source="receivedOn" />
          </Labeled>
          <Labeled label="resources.Review.review_deadline">
            <FunctionField<Review> render={(v) => <Countdown deadline={v.reviewDeadline} testId="review-countdown" />} />
          </Labeled>
          <Labeled>
            <EnumField source="decision" enumName="ReviewDecision" emptyText="—" />
          </Labeled>
          <Labeled>
            <LocalDateField source="decidedOn" emptyText="—" />
          </Labeled>
          <Labeled label="resources.Review.feedback_deadline">
            <FunctionField<Review>
              render={(v) =>
                v.feedbackDeadline ? (
                  <Countdown deadline={v.feedbackDeadline} testId="feedback-countdown" />
                ) : (
                  <span data-testid="feedback-not-started">{translate('resources.Review.feedback_not_started')}</span>
                )
              }
            />
          </Labeled>
          <Labeled>
            <LocalDateField source="fedBackOn" emptyText="—" />
          </Labeled>
        </Box>
        <Labeled fullWidth>
          <TextField source="content" />
        </Labeled>
        <Labeled fullWidth>
          <TextField source="decisionNote" emptyText="—" />
        </Labeled>
        <Labeled fullWidth>
          <TextField source="feedbackNote" emptyText="—" />
        </Labeled>
        <CorrectedHint />
      </SimpleShowLayout>
    </Show>
  );
};

export default ReviewShow;
