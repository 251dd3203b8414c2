// Every draw of the task, superseded ones included (rule 17: a draw is never silently redone), each with its
// receipt to download and a verification anyone may run (verifyDraw re-runs it from the receipt and the frozen list).
import { useState } from 'react';
import { Alert, Box, Button, Chip, Paper, Stack, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/DownloadOutlined';
import VerifiedIcon from '@mui/icons-material/VerifiedOutlined';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import type { DrawReceiptQuery, DrawReceiptQueryVariables, VerifyDrawQuery, VerifyDrawQueryVariables } from '@ssj/graphql-types/operations';
import { graphqlClient } from '../../dataProvider/graphqlClient';
import { DRAW_RECEIPT, VERIFY_DRAW } from '../../dataProvider/documents';
import { errorMessage } from '../../dataProvider/errors';
import { DRAW_STATUS_COLOR } from '../../common/enums';
import { intlLocale } from '../../i18n';
import type { DrawRecord, DrawTask } from './useDrawTask';

const RECEIPT = DRAW_RECEIPT;
const VERIFY = VERIFY_DRAW;

export const useDateTime = () => {
  const [locale] = useLocaleState();
  return (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString(intlLocale(locale), { hour12: false }) : '—');
};

const DrawCard = ({ draw, task }: { draw: DrawRecord; task: DrawTask }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const at = useDateTime();
  const [verification, setVerification] = useState<VerifyDrawQuery['verifyDraw'] | null>(null);
  const [busy, setBusy] = useState(false);

  const download = async () => {
    try {
      const { data } = await graphqlClient.query<DrawReceiptQuery, DrawReceiptQueryVariables>({ query: RECEIPT, variables: { drawId: draw.id } });
      const blob = new Blob([JSON.stringify(data.drawReceipt, null, 2)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `draw-receipt-${task.code}-${draw.sequence}.json`;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    }
  };

  const verify = async () => {
    setBusy(true);
    try {
      const { data } = await graphqlClient.query<VerifyDrawQuery, VerifyDrawQueryVariables>({ query: VERIFY, variables: { drawId: draw.id } });
      setVerification(data.verifyDraw);
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper
      variant="outlined"
      sx={{ p: 2, opacity: draw.status === 'SUPERSEDED' ? 0.85 : 1 }}
      data-testid="draw-card"
      data-sequence={draw.sequence}
      data-status={draw.status}
    >
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' }, justifyContent: 'space-between' }}>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
          <Typography variant="h6">#{draw.sequence}</Typography>
          <Chip color={DRAW_STATUS_COLOR[draw.status]} label={translate(`enums.DrawStatus.${draw.status}`)} />
          <Typography>{translate('resources.Draw.drawn_count', { smart_count: draw.drawnTargetCount })}</Typography>
          <Typography color="text.secondary">
            {translate('resources.Draw.fields.candidateCount')} {draw.candidateCount} · {at(draw.drawnAt)} · {draw.drawnByName ?? ''}
          </Typography>
        </Stack>
        <Stack direction="row" spacing={1}>
          <Button variant="outlined" startIcon={<DownloadIcon />} onClick={download} data-testid="download-receipt">
            {translate('resources.Draw.receipt')}
          </Button>
          <Button variant="outlined" startIcon={<VerifiedIcon />} onClick={verify} disabled={busy} data-testid="verify-draw">
            {translate('resources.Draw.verify')}
          </Button>
        </Stack>
      </Stack>
      <Box sx={{ mt: 1, color: 'text.secondary', fontSize: 14 }}>
        {draw.witnessName && <div>{translate('resources.Draw.witness', { name: draw.witnessName, entropy: draw.witnessEntropy ?? '' })}</div>}
        {draw.reason && <div>{translate('resources.Draw.redraw_reason', { reason: draw.reason })}</div>}
        {draw.status === 'LOCKED' && (
          <div>
            {translate('resources.Draw.labelled', {
              label: translate('resources.Draw.fields.lockedAt'),
              value: `${at(draw.lockedAt)} · ${draw.lockedByName ?? ''}`,
            })}
          </div>
        )}
        <div style={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
          {translate('resources.Draw.labelled', { label: translate('resources.Draw.fields.candidateListHash'), value: draw.candidateListHash })}
        </div>
        <div style={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
          {translate('resources.Draw.labelled', { label: translate('resources.Draw.fields.seedCommitment'), value: draw.seedCommitment })}
        </div>
      </Box>
      {draw.status === 'SUPERSEDED' && (
        <Alert severity="warning" sx={{ mt: 1 }}>
          {translate('resources.Draw.superseded_because', { reason: draw.supersededReason ?? '' })} · {at(draw.supersededAt)}
        </Alert>
      )}
      {verification && (
        <Alert
          icon={false}
          severity={verification.ok ? 'success' : 'error'}
          sx={{ mt: 1, '& .MuiAlert-message': { fontSize: 18 } }}
          data-testid="verify-result"
          data-ok={verification.ok}
        >
          <strong>{translate(verification.ok ? 'resources.Draw.verified' : 'resources.Draw.verify_failed')}</strong>
          {!verification.ok && (
            <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
              {verification.diff.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
    </Paper>
  );
};

export const DrawHistory = ({ task }: { task: DrawTask }) => {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="h5" sx={{ mb: 1 }}>
        {translate('resources.Draw.history')}
      </Typography>
      {task.draws.length === 0 ? (
        <Typography color="text.secondary">{translate('resources.Draw.no_draws')}</Typography>
      ) : (
        <Stack spacing={1.5}>
          {task.draws.map((d) => (
            <DrawCard key={d.id} draw={d} task={task} />
          ))}
        </Stack>
      )}
    </Box>
  );
};
