// After publication (rules 21, 22, 24): the result is frozen; corrections are shown beside the original
// (original value → corrected value, who signed and when), proposed by the unit and signed or refused by its
// principal; objections are recorded here and reviewed on their own page with both countdowns; a violation's
// follow-up is one click away.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Chip,
  FormControl,
  InputLabel,
  MenuItem,
  Select,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import EditNoteIcon from '@mui/icons-material/EditNoteOutlined';
import GavelIcon from '@mui/icons-material/GavelOutlined';
import CheckIcon from '@mui/icons-material/CheckCircleOutline';
import CloseIcon from '@mui/icons-material/HighlightOff';
import ForwardIcon from '@mui/icons-material/ForwardOutlined';
import { useGetMany, useLocaleState, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import type {
  FollowUpAction,
  ProposeCorrectionMutation,
  ProposeCorrectionMutationVariables,
  RaiseObjectionMutation,
  RaiseObjectionMutationVariables,
  RefuseCorrectionMutation,
  RefuseCorrectionMutationVariables,
  ResultOutcome,
  SignCorrectionMutation,
  SignCorrectionMutationVariables,
} from '@ssj/graphql-types/operations';
import { CommandDialog } from '../../common/CommandDialog';
import { today } from '../../common/today';
import { Countdown } from '../../common/Countdown';
import { CORRECTION_STATUS_COLOR, ENUMS, FOLLOW_UP_STATUS_COLOR, REVIEW_STATUS_COLOR } from '../../common/enums';
import { mutate, useCommand } from '../../common/useCommand';
import { PROPOSE_CORRECTION, RAISE_OBJECTION, REFUSE_CORRECTION, SIGN_CORRECTION } from '../../dataProvider/documents';
import { intlLocale } from '../../i18n';
import { FindingsEditor, useDescribeFinding } from './FindingsEditor';
import { findingDiffers, normalizeFindings, publishedFindings } from './findings';
import type { Correction, Finding, Result } from './types';
import type { User } from '@ssj/graphql-types';
import { ReasonField } from '../../common/ReasonField';

const useDateTime = () => {
  const [locale] = useLocaleState();
  return (s: string | null | undefined) =>
    s
      ? new Date(s).toLocaleString(intlLocale(locale), { hour12: false, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      : '—';
};

type Proposal = { reason: string; outcome: ResultOutcome | ''; followUpAction: FollowUpAction | ''; remarks: string; reviewId: string; findings: Finding[] };

/** One correction: each changed field as original → corrected, its status, who signed or refused and when. */
const CorrectionRow = ({ c, r, names }: { c: Correction; r: Result; names: Map<string, string> }) => {
  const translate = useTranslate();
  const when = useDateTime();
  const describe = useDescribeFinding();
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const enumText = (e: string, v: string | null | undefined) => (v ? translate(`enums.${e}.${v}`) : '—');
  const changes: Array<{ field: string; from: string; to: string }> = [];
  if (c.changes.outcome)
    changes.push({
      field: translate('resources.Result.fields.outcome'),
      from: enumText('ResultOutcome', r.outcome),
      to: enumText('ResultOutcome', c.changes.outcome),
    });
  if (c.changes.followUpAction)
    changes.push({
      field: translate('resources.Result.fields.followUpAction'),
      from: enumText('FollowUpAction', r.followUpAction),
      to: enumText('FollowUpAction', c.changes.followUpAction),
    });
  if (c.changes.remarks !== undefined && c.changes.remarks !== null)
    changes.push({ field: translate('resources.Result.fields.remarks'), from: r.remarks ?? '—', to: c.changes.remarks || '—' });
  if (c.changes.findings) {
    // Each check item whose finding the correction changes, against the published original (rule 21).
    const items = r.task.checkItems ?? [];
    const differing = items.filter((i) =>
      findingDiffers(
        r.findings?.find((f) => f.checkItemId === i.id),
        c.changes.findings!.find((f) => f.checkItemId === i.id),
      ),
    );
    for (const i of differing) {
      changes.push({
        field: `${translate('resources.Result.fields.findings')} · ${i.code} ${i.name}`,
        from: describe(r.findings?.find((f) => f.checkItemId === i.id)),
        to: describe(c.changes.findings.find((f) => f.checkItemId === i.id)),
      });
    }
    if (differing.length === 0)
      changes.push({ field: translate('resources.Result.fields.findings'), from: '', to: translate('resources.Result.findings_changed') });
  }
  const command = useCommand();
  const sign = () =>
    command.mutate<SignCorrectionMutation, SignCorrectionMutationVariables>(SIGN_CORRECTION, { id: c.id }, { success: 'resources.Result.signed' });
  return (
    <TableRow data-testid="correction-row" data-status={c.status}>
      <TableCell sx={{ verticalAlign: 'top', minWidth: 180 }}>
        <Typography variant="body2">{c.reason}</Typography>
        <Typography variant="caption" color="text.secondary">
          {names.get(c.proposedById) ?? ''} · {when(c.proposedAt)}
        </Typography>
      </TableCell>
      <TableCell sx={{ verticalAlign: 'top' }}>
        {changes.map((x) => (
          <Box key={x.field} sx={{ mb: 0.5 }}>
            <Typography variant="caption" color="text.secondary">
              {x.field}
            </Typography>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              {x.from && (
                <Typography variant="body2" sx={{ textDecoration: c.status === 'SIGNED' ? 'line-through' : undefined, color: 'text.secondary' }}>
                  {x.from}
                </Typography>
              )}
              {x.from && <ForwardIcon fontSize="small" color="action" />}
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {x.to}
              </Typography>
            </Stack>
          </Box>
        ))}
      </TableCell>
      <TableCell sx={{ verticalAlign: 'top' }}>
        <Chip size="small" label={translate(`enums.CorrectionStatus.${c.status}`)} color={CORRECTION_STATUS_COLOR[c.status]} />
        <Typography variant="caption" sx={{ display: 'block', mt: 0.5 }} color="text.secondary">
          {c.status === 'SIGNED' && translate('resources.Result.correction_by', { who: names.get(c.signedById ?? '') ?? '', at: when(c.signedAt) })}
          {c.status === 'REFUSED' &&
            translate('resources.Result.correction_refused', {
              who: names.get(c.refusedById ?? '') ?? '',
              at: when(c.refusedAt),
              reason: c.refusalReason ?? '',
            })}
          {c.status === 'PENDING_SIGNATURE' && translate('resources.Result.correction_pending')}
        </Typography>
      </TableCell>
      <TableCell sx={{ verticalAlign: 'top', whiteSpace: 'nowrap' }}>
        {c.signable && (
          <Stack direction="row" spacing={1}>
            <Button size="small" variant="contained" color="success" startIcon={<CheckIcon />} onClick={sign} data-testid="correction-sign">
              {translate('resources.Result.sign')}
            </Button>
            <Button
              size="small"
              color="error"
              startIcon={<CloseIcon />}
              onClick={() => {
                setReason('');
                setRefusing(true);
              }}
              data-testid="correction-refuse"
            >
              {translate('resources.Result.refuse')}
            </Button>
          </Stack>
        )}
        <CommandDialog
          open={refusing}
          onClose={() => setRefusing(false)}
          title="resources.Result.refuse_title"
          confirmLabel="resources.Result.refuse"
          disabled={!reason.trim()}
          testId="refuse"
          success="resources.Result.refused"
          onConfirm={async () => {
            await mutate<RefuseCorrectionMutation, RefuseCorrectionMutationVariables>(REFUSE_CORRECTION, { id: c.id, reason: reason.trim() });
          }}
        >
          <ReasonField label="resources.Result.reason" value={reason} onChange={setReason} />
        </CommandDialog>
      </TableCell>
    </TableRow>
  );
};

export const AfterPublication = () => {
  const r = useRecordContext<Result>()!;
  const translate = useTranslate();
  const { permissions } = usePermissions<string>();
  const [dialog, setDialog] = useState<null | 'propose' | 'objection'>(null);
  const emptyProposal = (): Proposal => ({ reason: '', outcome: '', followUpAction: '', remarks: '', reviewId: '', findings: publishedFindings(r) });
  const [p, setP] = useState<Proposal>(emptyProposal);
  const [o, setO] = useState({ raisedBy: '', content: '', receivedOn: today() });
  const corrections = r.corrections ?? [];
  const reviews = r.reviews ?? [];
  const userIds = [...new Set(corrections.flatMap((c) => [c.proposedById, c.signedById, c.refusedById]).filter((x): x is string => !!x))];
  const { data: users } = useGetMany<Pick<User, 'id' | 'name'>>('User', { ids: userIds }, { enabled: userIds.length > 0 });
  const names = new Map((users ?? []).map((u) => [u.id, u.name]));
  const writer = permissions === 'ADMIN' || permissions === 'UNIT_STAFF';
  if (r.status !== 'PUBLISHED' && !r.followUp) return null;
  const items = r.task.checkItems ?? [];
  const published = publishedFindings(r);
  const findingsChanged = p.findings.some((f, i) => findingDiffers(f, published[i]));
  const setFinding = (i: number, f: Partial<Finding>) => setP((cur) => ({ ...cur, findings: cur.findings.map((x, j) => (j === i ? { ...x, ...f } : x)) }));

  return (
    <Stack spacing={2}>
      {r.followUp && (
        <Alert
          severity="info"
          data-testid="result-follow-up"
          action={
            <Button component={Link} to={`/FollowUp/${r.followUp.id}/show`} size="small" data-testid="open-follow-up">
              {translate('resources.Result.open_follow_up')}
            </Button>
          }
        >
          {translate('resources.Result.follow_up')}
          <Chip
            size="small"
            sx={{ ml: 1 }}
            label={translate(`enums.FollowUpStatus.${r.followUp.status}`)}
            color={FOLLOW_UP_STATUS_COLOR[r.followUp.status as keyof typeof FOLLOW_UP_STATUS_COLOR]}
          />
        </Alert>
      )}
      {r.status === 'PUBLISHED' && (
        <Card variant="outlined" data-testid="corrections">
          <CardHeader
            title={translate('resources.Result.corrections')}
            slotProps={{ title: { variant: 'h6' } }}
            action={
              writer && (
                <Stack direction="row" spacing={1}>
                  <Button
                    variant="outlined"
                    startIcon={<EditNoteIcon />}
                    onClick={() => {
                      setP(emptyProposal());
                      setDialog('propose');
                    }}
                    data-testid="propose-correction"
                  >
                    {translate('resources.Result.propose')}
                  </Button>
                  <Button
                    variant="outlined"
                    startIcon={<GavelIcon />}
                    onClick={() => {
                      setO({ raisedBy: '', content: '', receivedOn: today() });
                      setDialog('objection');
                    }}
                    data-testid="raise-objection"
                  >
                    {translate('resources.Result.objection')}
                  </Button>
                </Stack>
              )
            }
          />
          <CardContent>
            {corrections.length === 0 ? (
              <Typography color="text.secondary">{translate('resources.Result.no_corrections')}</Typography>
            ) : (
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('resources.Correction.fields.reason')}</TableCell>
                    <TableCell>
                      {translate('resources.Result.original')} → {translate('resources.Result.corrected_to')}
                    </TableCell>
                    <TableCell>{translate('resources.Correction.fields.status')}</TableCell>
                    <TableCell />
                  </TableRow>
                </TableHead>
                <TableBody>
                  {corrections.map((c) => (
                    <CorrectionRow key={c.id} c={c} r={r} names={names} />
                  ))}
                </TableBody>
              </Table>
            )}
          </CardContent>
        </Card>
      )}
      {r.status === 'PUBLISHED' && (
        <Card variant="outlined" data-testid="result-reviews">
          <CardHeader title={translate('resources.Result.reviews')} slotProps={{ title: { variant: 'h6' } }} />
          <CardContent>
            {reviews.length === 0 ? (
              <Typography color="text.secondary">{translate('resources.Result.no_reviews')}</Typography>
            ) : (
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('resources.Review.fields.raisedBy')}</TableCell>
                    <TableCell>{translate('resources.Review.fields.content')}</TableCell>
                    <TableCell>{translate('resources.Review.fields.status')}</TableCell>
                    <TableCell>{translate('resources.Review.fields.reviewDeadline')}</TableCell>
                    <TableCell>{translate('resources.Review.fields.feedbackDeadline')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {reviews.map((v) => (
                    <TableRow key={v.id} hover component={Link} to={`/Review/${v.id}/show`} sx={{ textDecoration: 'none' }} data-testid="review-row">
                      <TableCell>
                        {v.raisedBy}
                        <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                          {v.receivedOn}
                        </Typography>
                      </TableCell>
                      <TableCell>{v.content}</TableCell>
                      <TableCell>
                        <Chip size="small" label={translate(`enums.ReviewStatus.${v.status}`)} color={REVIEW_STATUS_COLOR[v.status]} />
                        {v.decision && (
                          <Typography variant="caption" sx={{ display: 'block' }}>
                            {translate(`enums.ReviewDecision.${v.decision}`)}
                          </Typography>
                        )}
                      </TableCell>
                      <TableCell>
                        <Countdown deadline={v.reviewDeadline} testId="review-countdown" />
                      </TableCell>
                      <TableCell>{v.feedbackDeadline ? <Countdown deadline={v.feedbackDeadline} testId="feedback-countdown" /> : '—'}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </CardContent>
        </Card>
      )}

      <CommandDialog
        open={dialog === 'propose'}
        onClose={() => setDialog(null)}
        title="resources.Result.propose_title"
        content="resources.Result.propose_content"
        confirmLabel="resources.Result.propose"
        disabled={!p.reason.trim()}
        testId="propose"
        maxWidth="md"
        success="resources.Result.proposed"
        onConfirm={async () => {
          await mutate<ProposeCorrectionMutation, ProposeCorrectionMutationVariables>(PROPOSE_CORRECTION, {
            resultId: r.id,
            reason: p.reason.trim(),
            outcome: p.outcome || null,
            followUpAction: p.followUpAction || null,
            remarks: p.remarks.trim() ? p.remarks.trim() : null,
            reviewId: p.reviewId || null,
            // Only when an item's finding differs from what is published: the correction then carries them all.
            findings: findingsChanged ? normalizeFindings(p.findings) : null,
          });
        }}
      >
        <ReasonField label="resources.Correction.fields.reason" value={p.reason} onChange={(v) => setP({ ...p, reason: v })} />
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <FormControl fullWidth>
            <InputLabel id="c-outcome">{translate('resources.Result.fields.outcome')}</InputLabel>
            <Select
              labelId="c-outcome"
              label={translate('resources.Result.fields.outcome')}
              value={p.outcome}
              onChange={(e) => setP({ ...p, outcome: e.target.value })}
              name="outcome"
            >
              <MenuItem value="">—</MenuItem>
              {ENUMS.ResultOutcome.map((x) => (
                <MenuItem key={x} value={x}>
                  {translate(`enums.ResultOutcome.${x}`)}
                </MenuItem>
              ))}
            </Select>
          </FormControl>
          <FormControl fullWidth>
            <InputLabel id="c-follow">{translate('resources.Result.fields.followUpAction')}</InputLabel>
            <Select
              labelId="c-follow"
              label={translate('resources.Result.fields.followUpAction')}
              value={p.followUpAction}
              onChange={(e) => setP({ ...p, followUpAction: e.target.value })}
              name="followUpAction"
            >
              <MenuItem value="">—</MenuItem>
              {ENUMS.FollowUpAction.map((x) => (
                <MenuItem key={x} value={x}>
                  {translate(`enums.FollowUpAction.${x}`)}
                </MenuItem>
              ))}
            </Select>
          </FormControl>
        </Stack>
        <TextField
          label={translate('resources.Result.fields.remarks')}
          value={p.remarks}
          onChange={(e) => setP({ ...p, remarks: e.target.value })}
          multiline
          minRows={2}
          fullWidth
          name="remarks"
        />
        {items.length > 0 && (
          <Box data-testid="propose-findings">
            <Typography variant="subtitle2">{translate('resources.Result.entry_section')}</Typography>
            <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mb: 1.5 }}>
              {findingsChanged
                ? translate('resources.Result.findings_will_change', { smart_count: p.findings.filter((f, i) => findingDiffers(f, published[i])).length })
                : translate('resources.Result.findings_prefilled')}
            </Typography>
            <FindingsEditor items={items} findings={p.findings} onChange={setFinding} original={published} />
          </Box>
        )}
        {reviews.length > 0 && (
          <FormControl fullWidth>
            <InputLabel id="c-review">{translate('resources.Review.name', { smart_count: 1 })}</InputLabel>
            <Select
              labelId="c-review"
              label={translate('resources.Review.name', { smart_count: 1 })}
              value={p.reviewId}
              onChange={(e) => setP({ ...p, reviewId: e.target.value })}
              name="reviewId"
            >
              <MenuItem value="">—</MenuItem>
              {reviews.map((v) => (
                <MenuItem key={v.id} value={v.id}>
                  {v.raisedBy}（{v.receivedOn}）
                </MenuItem>
              ))}
            </Select>
          </FormControl>
        )}
      </CommandDialog>

      <CommandDialog
        open={dialog === 'objection'}
        onClose={() => setDialog(null)}
        title="resources.Result.objection_title"
        content="resources.Result.objection_content"
        confirmLabel="resources.Result.objection"
        disabled={!o.raisedBy.trim() || !o.content.trim() || !o.receivedOn}
        testId="objection"
        success="resources.Result.objection_ok"
        onConfirm={async () => {
          await mutate<RaiseObjectionMutation, RaiseObjectionMutationVariables>(RAISE_OBJECTION, {
            resultId: r.id,
            raisedBy: o.raisedBy.trim(),
            content: o.content.trim(),
            receivedOn: o.receivedOn,
          });
        }}
      >
        <TextField
          label={translate('resources.Review.fields.raisedBy')}
          value={o.raisedBy}
          onChange={(e) => setO({ ...o, raisedBy: e.target.value })}
          required
          fullWidth
          name="raisedBy"
        />
        <TextField
          label={translate('resources.Review.fields.content')}
          value={o.content}
          onChange={(e) => setO({ ...o, content: e.target.value })}
          multiline
          minRows={3}
          required
          fullWidth
          name="content"
        />
        <TextField
          type="date"
          label={translate('resources.Review.fields.receivedOn')}
          value={o.receivedOn}
          onChange={(e) => setO({ ...o, receivedOn: e.target.value })}
          slotProps={{ inputLabel: { shrink: true } }}
          required
          name="receivedOn"
        />
      </CommandDialog>
    </Stack>
  );
};
