// The result page, "一对象一表单" (rules 18–24): header (target, task, responsible unit, due countdown), the entry
// on the chosen form while the unit may enter it, its evidence, the commands its flags allow, and after
// publication the corrections beside the original, the objection reviews and the follow-up.
import { Alert, Box, Button, Card, CardContent, Chip, LinearProgress, Link as MuiLink, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { ListButton, ReferenceField, Show, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { Countdown } from '../../common/Countdown';
import { EnumField } from '../../common/EnumField';
import { RESULT_STATUS_COLOR } from '../../common/enums';
import { AfterPublication } from './AfterPublication';
import { EvidenceSection } from './EvidenceSection';
import { ResultEntry } from './ResultEntry';
import { ResultEntryLayout } from './ResultEntryLayout';
import type { Result } from './types';
import { useLinkedToInspector } from './useOnSite';
import { DocumentMenu, documentUrl } from '../../documents/DocumentMenu';

/** The visit's papers: the notice to hand over, the blank record to take along, the filled record once entered. */
const ResultDocuments = () => {
  const r = useRecordContext<Result>();
  const ttId = r?.taskTarget?.id;
  if (!r || !ttId) return null;
  const name = `${r.target?.name ?? ''}-${r.task?.code ?? ''}`;
  return (
    <DocumentMenu
      documents={[
        { label: 'documents.notice', url: documentUrl.notice(ttId), fileName: `检查告知书-${name}.pdf` },
        { label: 'documents.record_blank', hint: 'documents.record_blank_hint', url: documentUrl.record(ttId, true), fileName: `现场检查记录表-${name}.pdf` },
        ...(r.status !== 'NOT_ENTERED' ? [{ label: 'documents.record_filled', url: documentUrl.record(ttId), fileName: `现场检查记录表-${name}.pdf` }] : []),
      ]}
    />
  );
};

const Header = () => {
  const r = useRecordContext<Result>();
  const translate = useTranslate();
  if (!r) return null;
  return (
    <Card variant="outlined" data-testid="result-header">
      <CardContent>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={3} sx={{ justifyContent: 'space-between' }}>
          <Box>
            <Typography variant="h5" data-testid="result-target">
              {r.target?.name}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
              {r.target?.creditCode}
            </Typography>
            {r.target?.address && (
              <Typography variant="body2" color="text.secondary">
                {r.target.address}
              </Typography>
            )}
          </Box>
          <Stack spacing={0.5} sx={{ minWidth: 260 }}>
            <Typography variant="caption" color="text.secondary">
              {translate('resources.Result.header_task')}
            </Typography>
            <MuiLink component={Link} to={`/Task/${r.task.id}/show`} underline="hover">
              <span style={{ fontFamily: 'monospace' }}>{r.task.code}</span> {r.task.name}
            </MuiLink>
            <Typography variant="caption" color="text.secondary">
              {translate('resources.Result.header_unit')}
            </Typography>
            <ReferenceField source="responsibleUnitId" reference="Unit" link={false} />
          </Stack>
          <Stack spacing={1} sx={{ alignItems: { md: 'flex-end' } }}>
            <EnumField source="status" enumName="ResultStatus" colors={RESULT_STATUS_COLOR} />
            <Typography variant="caption" color="text.secondary">
              {translate('resources.Result.header_due')}
            </Typography>
            {r.deadline ? (
              <>
                <Countdown deadline={r.deadline} testId="result-countdown" />
                {/* The date itself, as a phone shows no tooltip. */}
                <Typography variant="caption" data-testid="result-header-due-on">
                  {translate('countdown.due_short', { dueOn: r.deadline.dueOn })}
                </Typography>
              </>
            ) : (
              <Chip size="small" variant="outlined" label={translate('resources.Result.not_due_yet')} />
            )}
            {r.taskTarget && r.taskTarget.status !== 'PENDING' && r.taskTarget.status !== 'INSPECTED' && (
              <EnumField source="taskTarget.status" enumName="TaskTargetStatus" chip />
            )}
          </Stack>
        </Stack>
      </CardContent>
    </Card>
  );
};

const Notices = () => {
  const r = useRecordContext<Result>();
  const translate = useTranslate();
  const linked = useLinkedToInspector();
  if (!r) return null;
  return (
    <>
      {/* Rule 19: only the team's inspectors enter and confirm; an account without an inspector can only read. */}
      {linked === false && (r.status === 'NOT_ENTERED' || r.status === 'RETURNED') && (
        <Alert severity="warning" data-testid="not-linked">
          {translate('resources.Result.onsite.not_linked')}
        </Alert>
      )}
      {r.status === 'RETURNED' && r.returnReason && (
        <Alert severity="warning" data-testid="return-reason">
          {translate('resources.Result.returned', { reason: r.returnReason })}
        </Alert>
      )}
      {/* Rule 26: staff see why the task's results are kept from the public; the public sees nothing of them. */}
      {r.task.isPublic === false && (
        <Alert severity="info" data-testid="result-withheld">
          {translate('resources.Task.withholding.not_public', {
            category: r.task.withheldCategory ? translate(`enums.WithholdingCategory.${r.task.withheldCategory}`) : '—',
            basis: r.task.withheldBasis ?? '—',
          })}
        </Alert>
      )}
      {/* Rule 23 (G28): a transfer waits for the approval of the giving unit's principal or the lead unit. */}
      {r.taskTarget?.transfers
        ?.filter((x) => x.status === 'PENDING')
        .map((x) => (
          <Alert
            key={x.id}
            severity="warning"
            data-testid="result-transfer-pending"
            action={
              <Button component={Link} to={`/Transfer/${x.id}/show`} color="inherit" size="small">
                {translate(x.decidable ? 'resources.Transfer.decide' : 'resources.Transfer.open')}
              </Button>
            }
          >
            {translate('resources.Transfer.pending_notice', { notice: x.noticeRef, by: x.requestedByName })}{' '}
            <ReferenceField record={x} source="toUnitId" reference="Unit" link={false} />
          </Alert>
        ))}
      {r.taskTarget?.transfers?.[0]?.status === 'REFUSED' && r.taskTarget.status === 'PENDING' && (
        <Alert severity="info">{translate('resources.Transfer.refused_notice', { reason: r.taskTarget.transfers[0].refusalReason ?? '' })}</Alert>
      )}
      {r.taskTarget?.closedReason &&
        (r.taskTarget.status === 'CLOSED_UNREACHABLE' || r.taskTarget.status === 'CLOSED_DEREGISTERED' || r.taskTarget.status === 'TRANSFERRED') && (
          <Alert severity="info">{translate('resources.Result.closed', { reason: r.taskTarget.closedReason })}</Alert>
        )}
    </>
  );
};

const ResultPage = () => {
  const r = useRecordContext<Result>();
  if (!r) return null;
  // Opened from a list, the record is at first the list's row (react-admin seeds the one-record cache with it),
  // without the fields only this page asks for (findings, remarks, evidence, the task target …). The entry form
  // takes its values once, when it mounts: it waits for the whole record, or a reviewer would see the findings
  // and remarks blank, and a unit saving a returned result would erase them.
  if (r.taskTarget === undefined) {
    return (
      <Stack spacing={2} sx={{ p: 2 }}>
        <Header />
        <LinearProgress data-testid="result-loading" />
      </Stack>
    );
  }
  return (
    <ResultEntryLayout>
      <Header />
      <Notices />
      {/* Published: the corrections and objections come first, the frozen original below them (rule 21). */}
      {r.status === 'PUBLISHED' && <AfterPublication />}
      <ResultEntry key={`${r.id}-${r.status}`} />
      <EvidenceSection />
      {r.status !== 'PUBLISHED' && <AfterPublication />}
    </ResultEntryLayout>
  );
};

const ResultShow = () => (
  <Show
    actions={
      <TopToolbar>
        <ResultDocuments />
        <ListButton />
      </TopToolbar>
    }
  >
    <ResultPage />
  </Show>
);

export default ResultShow;
