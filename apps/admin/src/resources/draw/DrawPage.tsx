// The draw page (/Task/:id/draw): what the supervising witness watches, step by step, readable on a projector.
//   1. the owner unit's directories confirmed within 24 h (rule 4);
//   2. the draw announced: the server's seed commitment (SHA-256) published before anyone gives entropy (rule 17);
//   3. the frozen candidate list: count, list hash and parameters hash, as the draw will use them;
//   4. the witness's name and entropy (free text, used exactly as typed), then the draw: result and exclusions;
//   5. confirm and lock (dispatch, rule 13) or re-draw with a reason (the old draw stays, superseded).
// Every draw below can be downloaded as a receipt and verified. Only the unit that set up the task (or an
// administrator) runs the commands; everyone else follows read-only.
import { useState, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import {
  Alert,
  Box,
  Button,
  Chip,
  CircularProgress,
  Dialog,
  DialogActions,
  LinearProgress,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import CampaignIcon from '@mui/icons-material/CampaignOutlined';
import CasinoIcon from '@mui/icons-material/CasinoOutlined';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import LockIcon from '@mui/icons-material/LockOutlined';
import RefreshIcon from '@mui/icons-material/Refresh';
import ReplayIcon from '@mui/icons-material/Replay';
import { Title, useGetIdentity, useTranslate } from 'react-admin';
import { DIRECTORY_CONFIRMATION_HOURS } from '@ssj/domain';
import type {
  AnnounceDrawMutation,
  AnnounceDrawMutationVariables,
  DrawTargetsMutation,
  DrawTargetsMutationVariables,
  LockDrawMutation,
  LockDrawMutationVariables,
  RedrawTargetsMutation,
  RedrawTargetsMutationVariables,
} from '@ssj/graphql-types/operations';
import { mayRunDraw } from '../../authProvider';
import { mutate, useCommand } from '../../common/useCommand';
import { ANNOUNCE_DRAW, DRAW_TARGETS, LOCK_DRAW, REDRAW_TARGETS } from '../../dataProvider/documents';
import { errorMessage } from '../../dataProvider/errors';
import { TASK_STATUS_COLOR } from '../../common/enums';
import type { Role } from '../../session';
import { ConfirmDirectoriesButton } from '../directoryConfirmation/ConfirmDirectoriesButton';
import { DrawHistory, useDateTime } from './DrawHistory';
import { DrawResult } from './DrawResult';
import { Hash } from './Hash';
import { useDrawPreview, useDrawProgress, useDrawTask, type DrawTask } from './useDrawTask';
import { CandidateList } from './CandidateList';

const Step = ({
  n,
  title,
  done,
  active,
  children,
  testId,
}: {
  n: number;
  title: string;
  done: boolean;
  active: boolean;
  children: ReactNode;
  testId: string;
}) => {
  const translate = useTranslate();
  return (
    <Paper
      variant="outlined"
      data-testid={testId}
      data-done={done}
      sx={{ p: { xs: 2, md: 3 }, borderWidth: active ? 2 : 1, borderColor: active ? 'primary.main' : done ? 'success.light' : 'divider' }}
    >
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', mb: 2 }}>
        <Box
          sx={{
            width: 40,
            height: 40,
            borderRadius: '50%',
            display: 'grid',
            placeItems: 'center',
            fontSize: 20,
            fontWeight: 700,
            bgcolor: done ? 'success.main' : active ? 'primary.main' : 'grey.300',
            color: done || active ? 'common.white' : 'text.secondary',
          }}
        >
          {done ? <CheckCircleIcon /> : n}
        </Box>
        <Typography variant="h5" sx={{ fontWeight: 600 }}>
          {translate(title)}
        </Typography>
      </Stack>
      {children}
    </Paper>
  );
};

const ReasonDialog = ({ open, onClose, onConfirm, busy }: { open: boolean; onClose: () => void; onConfirm: (reason: string) => void; busy: boolean }) => {
  const translate = useTranslate();
  const [reason, setReason] = useState('');
  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{translate('resources.Draw.redraw_title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{translate('resources.Draw.redraw_content')}</DialogContentText>
        <TextField
          label={translate('resources.Draw.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          name="reason"
          fullWidth
          multiline
          minRows={2}
          required
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {translate('ra.action.cancel')}
        </Button>
        <Button variant="contained" color="warning" disabled={busy || !reason.trim()} onClick={() => onConfirm(reason.trim())} data-testid="redraw-ok">
          {translate('resources.Draw.redraw')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/**
 * Issue 14: what a long request (the preview, the draw, the lock) is doing, polled from the server while it runs —
 * the step in words and, for the counted ones (hashing the list page by page), a bar. Nothing when no step reports.
 */
const RunningStep = ({ taskId, running }: { taskId: string; running: boolean }) => {
  const translate = useTranslate();
  const { data } = useDrawProgress(taskId, running);
  if (!running || !data) return null;
  const counted = data.total > 0;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="draw-progress" data-step={data.step}>
      <Typography sx={{ fontSize: 18, mb: 1 }}>
        {translate(`resources.Draw.progress_${data.step}`)}
        {counted ? ` · ${translate('resources.Draw.progress_pages', { done: data.done, total: data.total })}` : ''}
      </Typography>
      <LinearProgress variant={counted ? 'determinate' : 'indeterminate'} value={counted ? (100 * data.done) / data.total : undefined} />
    </Paper>
  );
};

/** Characters as a person counts them (a CJK character or an emoji is one, not two UTF-16 units). */
const codePoints = (s: string) => Array.from(s).length;

/**
 * Rule 17: before the draw, the witness reads back exactly what will be recorded in the receipt — verbatim,
 * spaces kept (and marked when leading or trailing, which an input box hides), with its character count.
 */
const WitnessConfirmDialog = ({
  witness,
  busy,
  onClose,
  onConfirm,
}: {
  witness: { name: string; entropy: string } | null;
  busy: boolean;
  onClose: () => void;
  onConfirm: (w: { name: string; entropy: string }) => void;
}) => {
  const translate = useTranslate();
  const entropy = witness?.entropy ?? '';
  const edgeSpace = entropy !== entropy.trim();
  return (
    <Dialog open={!!witness} onClose={busy ? undefined : onClose} maxWidth="md" fullWidth data-testid="witness-confirm">
      <DialogTitle sx={{ fontSize: 24 }}>{translate('resources.Draw.confirm_title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2, fontSize: 18 }}>{translate('resources.Draw.confirm_content')}</DialogContentText>
        <Typography color="text.secondary">{translate('resources.Draw.witness_name')}</Typography>
        <Typography sx={{ fontSize: 24, mb: 2 }} data-testid="witness-confirm-name">
          {witness?.name}
        </Typography>
        <Typography color="text.secondary">{translate('resources.Draw.witness_entropy_recorded')}</Typography>
        <Box
          data-testid="witness-confirm-entropy"
          sx={{
            fontSize: 32,
            fontWeight: 600,
            lineHeight: 1.4,
            p: 2,
            my: 1,
            borderRadius: 1,
            bgcolor: 'grey.100',
            border: 1,
            borderColor: 'divider',
            whiteSpace: 'pre-wrap',
            overflowWrap: 'anywhere',
          }}
        >
          {entropy}
        </Box>
        <Typography sx={{ fontSize: 18 }} data-testid="witness-confirm-count">
          {translate('resources.Draw.entropy_count', { smart_count: codePoints(entropy) })}
        </Typography>
        {edgeSpace && (
          <Alert severity="warning" sx={{ mt: 1 }}>
            {translate('resources.Draw.entropy_edge_space')}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button size="large" onClick={onClose} disabled={busy} data-testid="witness-confirm-back">
          {translate('resources.Draw.confirm_back')}
        </Button>
        <Button
          size="large"
          variant="contained"
          startIcon={<CasinoIcon />}
          disabled={busy || !witness}
          data-testid="do-draw-ok"
          onClick={() => witness && onConfirm(witness)}
        >
          {translate('resources.Draw.confirm_draw')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

const DrawSteps = ({ task, canRun }: { task: DrawTask; canRun: boolean }) => {
  const translate = useTranslate();
  const at = useDateTime();
  const cmd = useCommand();
  const [witnessName, setWitnessName] = useState('');
  const [witnessEntropy, setWitnessEntropy] = useState('');
  /** What the confirm dialog shows, and exactly what the draw then sends (rule 17: recorded as typed). */
  const [confirming, setConfirming] = useState<{ name: string; entropy: string } | null>(null);
  const [lockOpen, setLockOpen] = useState(false);
  const [redrawOpen, setRedrawOpen] = useState(false);

  const confirmedAt = task.ownerUnit.lastConfirmation?.confirmedAt ?? null;
  // Rule 4: recent enough for a draw, by the server's clock (a pinned demo day, not the browser's).
  const fresh = task.ownerUnit.lastConfirmation?.fresh ?? false;
  const announced = !!task.seedCommitment && task.status !== 'DRAFT';
  const ready = task.status === 'READY';
  const preview = useDrawPreview(task, ready);
  // The draw this round is about: the newest one unless it was superseded (then a new round has begun).
  const current = task.draws[0] && task.draws[0].status !== 'SUPERSEDED' ? task.draws[0] : null;
  const drawn = !!current;

  const doDraw = async (witness: { name: string; entropy: string }) => {
    const ok = await cmd.run(async () => {
      await mutate<DrawTargetsMutation, DrawTargetsMutationVariables>(DRAW_TARGETS, {
        taskId: task.id,
        witnessName: witness.name,
        witnessEntropy: witness.entropy,
        // The draw must use exactly what the witness was shown (else DRAW.CANDIDATES_CHANGED).
        candidateListHash: preview.data?.candidateListHash,
        parametersHash: preview.data?.parametersHash,
      });
      setWitnessEntropy('');
    });
    if (ok) setConfirming(null);
  };

  return (
    <Stack spacing={2}>
      {cmd.error && (
        <Alert severity="error" sx={{ fontSize: 18 }} data-testid="draw-error" onClose={cmd.clear}>
          {cmd.error.message}
        </Alert>
      )}
      <RunningStep taskId={task.id} running={cmd.busy || preview.isFetching} />

      <Step n={1} title="resources.Draw.step_directories" done={fresh || drawn} active={!fresh && !drawn} testId="step-directories">
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
          <Box sx={{ flex: 1 }}>
            <Typography sx={{ fontSize: 20 }}>
              {task.ownerUnit.name} ·{' '}
              {confirmedAt ? translate('resources.Draw.last_confirmed', { at: at(confirmedAt) }) : translate('resources.Draw.never_confirmed')}
            </Typography>
            {!drawn && (
              <Chip
                sx={{ mt: 1, fontSize: 16 }}
                color={fresh ? 'success' : 'warning'}
                label={translate(fresh ? 'resources.Draw.fresh' : 'resources.Draw.stale', { hours: DIRECTORY_CONFIRMATION_HOURS })}
                data-testid="directories-fresh"
                data-fresh={fresh}
              />
            )}
          </Box>
          {canRun && !drawn && <ConfirmDirectoriesButton unitId={task.ownerUnitId} unitName={task.ownerUnit.name} />}
        </Stack>
      </Step>

      <Step n={2} title="resources.Draw.step_announce" done={announced} active={fresh && !announced && task.status === 'DRAFT'} testId="step-announce">
        {task.pendingRedrawReason && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            {translate('resources.Draw.pending_redraw', { reason: task.pendingRedrawReason })}
          </Alert>
        )}
        {task.seedCommitment ? (
          <Hash label="resources.Draw.commitment" value={task.seedCommitment} size={30} testId="seed-commitment" />
        ) : (
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
            <Typography sx={{ flex: 1 }} color="text.secondary">
              {translate('resources.Draw.not_announced')} {translate('resources.Draw.announce_help')}
            </Typography>
            {canRun && task.status === 'DRAFT' && (
              <Button
                size="large"
                variant="contained"
                startIcon={<CampaignIcon />}
                disabled={cmd.busy}
                data-testid="announce-draw"
                onClick={() => cmd.run(() => mutate<AnnounceDrawMutation, AnnounceDrawMutationVariables>(ANNOUNCE_DRAW, { taskId: task.id }))}
              >
                {translate('resources.Draw.announce')}
              </Button>
            )}
          </Stack>
        )}
      </Step>

      <Step n={3} title="resources.Draw.step_preview" done={drawn} active={ready} testId="step-preview">
        {drawn && current ? (
          <>
            <Typography sx={{ fontSize: 28, fontWeight: 700 }}>
              {translate('resources.Draw.labelled', { label: translate('resources.Draw.candidate_count'), value: current.candidateCount })}
            </Typography>
            <Hash label="resources.Draw.candidate_hash" value={current.candidateListHash} />
            <Hash label="resources.Draw.parameters_hash" value={current.parametersHash} />
            <Hash label="resources.Draw.algorithm" value={current.algorithm} />
          </>
        ) : ready ? (
          preview.isPending ? (
            <CircularProgress />
          ) : preview.error ? (
            <Alert severity="error" sx={{ fontSize: 18 }}>
              {errorMessage(preview.error)}
            </Alert>
          ) : preview.data ? (
            <>
              <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
                <Typography sx={{ fontSize: { xs: 32, md: 40 }, fontWeight: 700 }} data-testid="candidate-count">
                  {translate('resources.Draw.labelled', { label: translate('resources.Draw.candidate_count'), value: preview.data.candidateCount })}
                </Typography>
                <Typography color="text.secondary">{translate('resources.Draw.computed_at', { at: at(preview.data.computedAt) })}</Typography>
                <Button startIcon={<RefreshIcon />} onClick={() => void preview.refetch()}>
                  {translate('resources.Draw.refresh_preview')}
                </Button>
              </Stack>
              <Hash label="resources.Draw.candidate_hash" value={preview.data.candidateListHash} testId="candidate-hash" />
              <Hash label="resources.Draw.parameters_hash" value={preview.data.parametersHash} testId="parameters-hash" />
              <CandidateList taskId={task.id} taskCode={task.code} />
            </>
          ) : null
        ) : (
          <Typography color="text.secondary">—</Typography>
        )}
      </Step>

      <Step n={4} title="resources.Draw.step_draw" done={drawn} active={ready && !!preview.data} testId="step-draw">
        {current ? (
          <>
            <Typography sx={{ fontSize: 18, mb: 1, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="recorded-witness">
              {translate('resources.Draw.witness', { name: current.witnessName ?? '', entropy: current.witnessEntropy ?? '' })}
            </Typography>
            <Hash label="resources.Draw.fields.seed" value={current.seed} size={18} />
            <DrawResult draw={current} task={task} />
          </>
        ) : ready && canRun ? (
          // One field under the other, each the step's full width (the theme makes text fields full width, so a
          // row left the entropy field its min-content width: 28 px, where Chromium inserts committed IME text
          // at the start and the witness's Chinese came out reversed in the receipt).
          <Stack spacing={2}>
            <TextField
              label={translate('resources.Draw.witness_name')}
              value={witnessName}
              onChange={(e) => setWitnessName(e.target.value)}
              name="witnessName"
              fullWidth
              slotProps={{ htmlInput: { style: { fontSize: 22 } } }}
            />
            <TextField
              label={translate('resources.Draw.witness_entropy')}
              helperText={translate('resources.Draw.witness_help', { smart_count: codePoints(witnessEntropy) })}
              value={witnessEntropy}
              onChange={(e) => setWitnessEntropy(e.target.value)}
              name="witnessEntropy"
              fullWidth
              autoComplete="off"
              slotProps={{
                htmlInput: { spellCheck: false, autoCapitalize: 'off', autoCorrect: 'off', style: { fontSize: 28, whiteSpace: 'pre' } },
                formHelperText: { sx: { fontSize: 16 } },
              }}
            />
            {/* The whole value, wrapped, as it will be recorded: a phone's field shows only part of a long one. */}
            {witnessEntropy && (
              <Box data-testid="entropy-echo" sx={{ px: 2, py: 1, borderRadius: 1, bgcolor: 'grey.100' }}>
                <Typography variant="body2" color="text.secondary">
                  {translate('resources.Draw.witness_entropy_recorded')}
                </Typography>
                <Typography sx={{ fontSize: 22, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="entropy-echo-value">
                  {witnessEntropy}
                </Typography>
              </Box>
            )}
            <Box>
              <Button
                size="large"
                variant="contained"
                startIcon={<CasinoIcon />}
                sx={{ fontSize: 22, px: 5 }}
                disabled={cmd.busy || !fresh || !preview.data || !witnessName.trim() || !witnessEntropy}
                onClick={() => setConfirming({ name: witnessName.trim(), entropy: witnessEntropy })}
                data-testid="do-draw"
              >
                {translate('resources.Draw.do_draw')}
              </Button>
              {!fresh && (
                <Typography color="warning.main" sx={{ mt: 1 }}>
                  {translate('resources.Draw.stale', { hours: DIRECTORY_CONFIRMATION_HOURS })}
                </Typography>
              )}
            </Box>
          </Stack>
        ) : (
          <Typography color="text.secondary">—</Typography>
        )}
      </Step>

      <Step n={5} title="resources.Draw.step_lock" done={current?.status === 'LOCKED'} active={current?.status === 'DRAWN'} testId="step-lock">
        {current?.status === 'LOCKED' ? (
          <Alert severity="success" sx={{ fontSize: 20 }} data-testid="draw-locked">
            {translate('resources.Draw.dispatched')} {at(current.lockedAt)} · {current.lockedByName ?? ''}
          </Alert>
        ) : current?.status === 'DRAWN' && canRun ? (
          <Stack direction="row" spacing={2}>
            <Button
              size="large"
              variant="contained"
              color="success"
              startIcon={<LockIcon />}
              sx={{ fontSize: 20 }}
              onClick={() => setLockOpen(true)}
              disabled={cmd.busy}
              data-testid="lock-draw"
            >
              {translate('resources.Draw.lock')}
            </Button>
            <Button
              size="large"
              variant="outlined"
              color="warning"
              startIcon={<ReplayIcon />}
              onClick={() => setRedrawOpen(true)}
              disabled={cmd.busy}
              data-testid="redraw"
            >
              {translate('resources.Draw.redraw')}
            </Button>
          </Stack>
        ) : (
          <Typography color="text.secondary">—</Typography>
        )}
      </Step>

      <Dialog open={lockOpen} onClose={() => setLockOpen(false)} maxWidth="sm" fullWidth>
        <DialogTitle>{translate('resources.Draw.lock_title')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('resources.Draw.lock_content')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setLockOpen(false)} disabled={cmd.busy}>
            {translate('ra.action.cancel')}
          </Button>
          <Button
            variant="contained"
            color="success"
            disabled={cmd.busy}
            data-testid="lock-draw-ok"
            onClick={async () => {
              setLockOpen(false);
              if (!current) return; // the dialog opens only on a DRAWN current draw
              await cmd.run(() => mutate<LockDrawMutation, LockDrawMutationVariables>(LOCK_DRAW, { drawId: current.id }), {
                success: 'resources.Draw.locked_ok',
              });
            }}
          >
            {translate('resources.Draw.lock')}
          </Button>
        </DialogActions>
      </Dialog>
      <WitnessConfirmDialog witness={confirming} busy={cmd.busy} onClose={() => setConfirming(null)} onConfirm={(w) => void doDraw(w)} />
      <ReasonDialog
        open={redrawOpen}
        busy={cmd.busy}
        onClose={() => setRedrawOpen(false)}
        onConfirm={async (reason) => {
          const ok = await cmd.run(() => mutate<RedrawTargetsMutation, RedrawTargetsMutationVariables>(REDRAW_TARGETS, { taskId: task.id, reason }), {
            success: 'resources.Draw.redraw_ok',
          });
          if (ok) setRedrawOpen(false);
        }}
      />
    </Stack>
  );
};

const DrawPage = () => {
  const { id } = useParams<{ id: string }>();
  const navigate = useNavigate();
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { data: task, isPending, error } = useDrawTask(id);
  if (isPending) return <CircularProgress sx={{ m: 4 }} />;
  if (error || !task)
    return (
      <Alert severity="error" sx={{ m: 2 }}>
        {error ? errorMessage(error) : translate('ra.page.not_found')}
      </Alert>
    );
  const canRun = mayRunDraw(identity ? { role: identity.role as Role, unitId: identity.unitId as string } : null, task);
  const title = translate('resources.Draw.title', { code: task.code, name: task.name });
  return (
    <Box sx={{ p: { xs: 1, md: 2 }, maxWidth: 1400 }} data-testid="draw-page">
      <Title title={title} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap' }} useFlexGap>
        <Button startIcon={<ArrowBackIcon />} onClick={() => navigate(`/Task/${task.id}/show`)}>
          {translate('resources.Draw.back')}
        </Button>
        <Typography variant="h4" sx={{ fontWeight: 700 }}>
          {title}
        </Typography>
        <Chip
          color={TASK_STATUS_COLOR[task.status]}
          label={translate(`enums.TaskStatus.${task.status}`)}
          sx={{ fontSize: 16 }}
          data-testid="task-status"
          data-status={task.status}
        />
      </Stack>
      {!canRun && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('resources.Draw.read_only')}
        </Alert>
      )}
      <DrawSteps task={task} canRun={canRun} />
      <Box sx={{ mt: 4 }}>
        <DrawHistory task={task} />
      </Box>
    </Box>
  );
};

export default DrawPage;
