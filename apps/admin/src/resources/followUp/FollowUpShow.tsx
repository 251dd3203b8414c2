// A follow-up with the timeline of its dates and 登记进展, which offers only the statuses the domain allows next
// (nextStatuses); a filed case needs its case number (rule 24, G29).
import { useState } from 'react';
import { Link } from 'react-router-dom';
import {
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  FormControlLabel,
  Radio,
  RadioGroup,
  Step,
  StepContent,
  StepLabel,
  Stepper,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import TimelineIcon from '@mui/icons-material/TimelineOutlined';
import {
  FunctionField,
  Labeled,
  ListButton,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { AdvanceFollowUpMutation, AdvanceFollowUpMutationVariables, FollowUpStatus } from '@ssj/graphql-types/operations';
import { CommandDialog } from '../../common/CommandDialog';
import { today } from '../../common/today';
import { EnumField } from '../../common/EnumField';
import { FOLLOW_UP_STATUS_COLOR } from '../../common/enums';
import { mutate } from '../../common/useCommand';
import { ADVANCE_FOLLOW_UP } from '../../dataProvider/documents';
import { intlLocale } from '../../i18n';
import { FollowUpTarget } from './FollowUpList';
import type { FollowUp } from './types';

const grid = { display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(4, minmax(0, 1fr))' }, gap: 2, width: '100%' } as const;

const AdvanceButton = () => {
  const f = useRecordContext<FollowUp>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [v, setV] = useState<{ status: FollowUpStatus | ''; on: string; caseNumber: string; notes: string }>({
    status: '',
    on: today(),
    caseNumber: '',
    notes: '',
  });
  if (!f?.editable || f.nextStatuses.length === 0) return null;
  const needsCase = v.status === 'CASE_FILED';
  return (
    <>
      <Button
        variant="contained"
        startIcon={<TimelineIcon />}
        onClick={() => {
          setV({ status: f.nextStatuses[0] ?? '', on: today(), caseNumber: f.caseNumber ?? '', notes: '' });
          setOpen(true);
        }}
        data-testid="follow-up-advance"
      >
        {translate('resources.FollowUp.advance')}
      </Button>
      <CommandDialog
        open={open}
        onClose={() => setOpen(false)}
        title="resources.FollowUp.advance_title"
        content="resources.FollowUp.advance_content"
        confirmLabel="resources.FollowUp.advance"
        disabled={!v.status || !v.on || (needsCase && !v.caseNumber.trim())}
        testId="advance"
        success="resources.FollowUp.advanced"
        onConfirm={async () => {
          if (!v.status) return; // the button is disabled until a status is chosen
          await mutate<AdvanceFollowUpMutation, AdvanceFollowUpMutationVariables>(ADVANCE_FOLLOW_UP, {
            id: f.id,
            status: v.status,
            on: v.on,
            caseNumber: v.caseNumber.trim() || null,
            notes: v.notes.trim() || null,
          });
        }}
      >
        <Typography variant="subtitle2">{translate('resources.FollowUp.next_status')}</Typography>
        <RadioGroup value={v.status} onChange={(e) => setV({ ...v, status: f.nextStatuses.find((s) => s === e.target.value) ?? '' })} name="status">
          {f.nextStatuses.map((s) => (
            <FormControlLabel key={s} value={s} control={<Radio />} label={translate(`enums.FollowUpStatus.${s}`)} data-testid={`next-${s}`} />
          ))}
        </RadioGroup>
        <MuiTextField
          type="date"
          label={translate('resources.FollowUp.on')}
          value={v.on}
          onChange={(e) => setV({ ...v, on: e.target.value })}
          slotProps={{ inputLabel: { shrink: true } }}
          required
          name="on"
        />
        {(needsCase || f.caseNumber) && (
          <MuiTextField
            label={translate('resources.FollowUp.fields.caseNumber')}
            value={v.caseNumber}
            onChange={(e) => setV({ ...v, caseNumber: e.target.value })}
            required={needsCase}
            helperText={needsCase ? translate('resources.FollowUp.case_number_required') : ' '}
            name="caseNumber"
          />
        )}
        <MuiTextField
          label={translate('resources.FollowUp.fields.notes')}
          value={v.notes}
          onChange={(e) => setV({ ...v, notes: e.target.value })}
          multiline
          minRows={2}
          fullWidth
          name="notes"
        />
      </CommandDialog>
    </>
  );
};

const OpenResult = () => {
  const f = useRecordContext<FollowUp>();
  const translate = useTranslate();
  if (!f) return null;
  return (
    <Button component={Link} to={`/Result/${f.resultId}/show`}>
      {translate('resources.Review.open_result')}
    </Button>
  );
};

/** The dates of the follow-up, in order; steps not taken are left out, the current one highlighted. */
const Timeline = () => {
  const f = useRecordContext<FollowUp>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!f) return null;
  const day = (s: string) => new Date(s).toLocaleDateString(intlLocale(locale), { timeZone: 'Asia/Shanghai' });
  const steps = [
    { status: 'HANDED_OVER', at: f.handedOverAt },
    { status: 'ACCEPTED', at: f.acceptedAt },
    { status: 'CASE_FILED', at: f.caseFiledAt, extra: f.caseNumber },
    { status: 'RECTIFIED', at: f.rectifiedAt },
    { status: 'SENT_TO_JUDICIAL', at: f.sentToJudicialAt },
    { status: 'CLOSED', at: f.closedAt },
  ].filter((s): s is { status: string; at: string; extra?: string | null } => !!s.at);
  return (
    <Card variant="outlined" sx={{ width: '100%' }} data-testid="follow-up-timeline">
      <CardHeader title={translate('resources.FollowUp.timeline')} slotProps={{ title: { variant: 'h6' } }} />
      <CardContent>
        <Stepper orientation="vertical" activeStep={steps.length - 1}>
          {steps.map((s) => (
            <Step key={s.status} completed>
              <StepLabel optional={<Typography variant="caption">{day(s.at)}</Typography>}>{translate(`enums.FollowUpStatus.${s.status}`)}</StepLabel>
              <StepContent>
                {s.extra && (
                  <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
                    {s.extra}
                  </Typography>
                )}
              </StepContent>
            </Step>
          ))}
        </Stepper>
      </CardContent>
    </Card>
  );
};

const FollowUpShow = () => {
  const translate = useTranslate();
  return (
    <Show
      actions={
        <TopToolbar>
          <AdvanceButton />
          <OpenResult />
          <ListButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout spacing={3}>
        <FollowUpTarget label="resources.FollowUp.target" />
        <Box sx={grid}>
          <Labeled label="resources.FollowUp.fields.status">
            <EnumField source="status" enumName="FollowUpStatus" colors={FOLLOW_UP_STATUS_COLOR} />
          </Labeled>
          <Labeled>
            <ReferenceField source="handedToUnitId" reference="Unit" link={false} />
          </Labeled>
          <Labeled label="resources.FollowUp.result_outcome">
            <FunctionField<FollowUp> render={(f) => <EnumField record={f.result} source="outcome" enumName="ResultOutcome" />} />
          </Labeled>
          <Labeled label="resources.Result.fields.followUpAction">
            <FunctionField<FollowUp> render={(f) => <EnumField record={f.result} source="followUpAction" enumName="FollowUpAction" />} />
          </Labeled>
          <Labeled label="resources.FollowUp.fields.daysOpen">
            <FunctionField<FollowUp> render={(f) => translate('resources.FollowUp.days_open', { smart_count: Math.max(0, f.daysOpen) })} />
          </Labeled>
          <Labeled>
            <TextField source="caseNumber" emptyText="—" />
          </Labeled>
        </Box>
        <Labeled fullWidth>
          <TextField source="notes" emptyText="—" />
        </Labeled>
        <Timeline />
      </SimpleShowLayout>
    </Show>
  );
};

export default FollowUpShow;
