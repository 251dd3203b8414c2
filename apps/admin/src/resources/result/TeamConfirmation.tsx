// 签字确认 (rule 19, G26.3, G32): every inspector of the visit's team confirms the result as it stands before it is
// submitted; an edit withdraws the confirmations (kept in the history below). Shows who has and who has not
// confirmed, what is still missing, and the signed-in inspector's confirm button.
import { memo } from 'react';
import { Alert, Box, Button, Card, CardContent, CardHeader, Chip, Stack, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { ConfirmResultMutation, ConfirmResultMutationVariables } from '@ssj/graphql-types/operations';
import { mutate, useCommand } from '../../common/useCommand';
import { CONFIRM_RESULT } from '../../dataProvider/documents';
import { intlLocale } from '../../i18n';
import type { Result } from './types';
import { mayRecord, signingMembers, useLinkedToInspector, useOnSite } from './useOnSite';

// memo: ResultEntry renders again on every keystroke of the entry; this section reads only the record (context).
export const TeamConfirmation = memo(function TeamConfirmation() {
  const r = useRecordContext<Result>()!;
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data: o } = useOnSite(r.id);
  const { run, busy, error } = useCommand();
  const linked = useLinkedToInspector();
  if (!o) return null;
  const t = (k: string, a?: Record<string, unknown>) => translate(`resources.Result.onsite.${k}`, a);
  const at = (iso: string) => new Date(iso).toLocaleString(intlLocale(locale), { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' });
  const live = new Map(o.confirmations.filter((c) => !c.withdrawnAt).map((c) => [c.teamMemberId, c]));
  const members = signingMembers(o);
  const missing = o.submissionProblems.filter((p) => p.code !== 'RESULT.UNCONFIRMED');
  const editable = o.status === 'NOT_ENTERED' || o.status === 'RETURNED';
  return (
    <Card variant="outlined" data-testid="team-confirmation">
      <CardHeader title={t('team')} subheader={t('team_help')} slotProps={{ title: { variant: 'h6' }, subheader: { variant: 'body2' } }} />
      <CardContent>
        <Stack spacing={2}>
          {!o.team && <Alert severity="warning">{t('no_team')}</Alert>}
          <Stack spacing={1}>
            {members.map((m) => {
              const c = live.get(m.id);
              return (
                <Stack key={m.id} direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }} data-testid={`member-${m.id}`}>
                  <Typography variant="body2" sx={{ minWidth: 96 }}>
                    {m.inspector?.name}（{translate(`enums.TeamRole.${m.role}`, { _: m.role })}）
                  </Typography>
                  <Chip size="small" color={c ? 'success' : 'default'} label={c ? t('confirmed_at', { at: at(c.confirmedAt) }) : t('not_confirmed')} />
                </Stack>
              );
            })}
          </Stack>
          {editable && missing.length > 0 && (
            <Alert severity="info" data-testid="submission-problems">
              {t('missing')}
              <Box component="ul" sx={{ m: 0, pl: 2 }}>
                {[...new Set(missing.map((p) => p.field))].map((f) => (
                  <li key={f}>{translate(`resources.Result.onsite.field.${f}`, { _: f })}</li>
                ))}
              </Box>
            </Alert>
          )}
          {editable && o.submissionProblems.length === 0 && <Alert severity="success">{t('ready')}</Alert>}
          {editable && !o.onTeam && o.team && linked !== undefined && (
            <Alert severity={linked ? 'info' : 'warning'} data-testid={linked ? 'not-on-team' : 'confirm-not-linked'}>
              {t(linked ? 'not_on_team' : 'not_linked')}
            </Alert>
          )}
          {error && <Alert severity="error">{error.message}</Alert>}
          {mayRecord(o) &&
            (o.confirmedByMe ? (
              <Chip color="success" label={t('confirmed')} sx={{ alignSelf: 'flex-start' }} />
            ) : (
              <Button
                variant="contained"
                color="success"
                sx={{ alignSelf: 'flex-start' }}
                disabled={busy || missing.length > 0}
                data-testid="confirm-result"
                onClick={() =>
                  run(() => mutate<ConfirmResultMutation, ConfirmResultMutationVariables>(CONFIRM_RESULT, { id: o.id }), {
                    success: 'resources.Result.onsite.confirmed',
                  })
                }
              >
                {t('confirm')}
              </Button>
            ))}
          {o.confirmations.some((c) => c.withdrawnAt) && (
            <Box>
              <Typography variant="subtitle2">{t('history')}</Typography>
              {o.confirmations.map((c) => (
                <Typography key={c.id} variant="caption" component="div" color="text.secondary">
                  {c.userName} · {at(c.confirmedAt)} {c.withdrawnAt ? `· ${t('withdrawn', { at: at(c.withdrawnAt) })}` : ''}
                </Typography>
              ))}
            </Box>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
});
