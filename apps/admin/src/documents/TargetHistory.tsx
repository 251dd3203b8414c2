// The target's history on its page (一对象一档案, rule 24, G30): every draw that picked it, every task with its
// result, findings, corrections, objections and follow-up, and the evidence files with their SHA-256 — read from
// /documents/targets/<id>/dossier.json, the same loader as the dossier PDF, so screen and paper agree. Cards, not
// a wide table, so it reads on a phone.
import { useEffect, useState } from 'react';
import { Alert, Box, Card, CardContent, Chip, Divider, LinearProgress, Link as MuiLink, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useRecordContext, useTranslate } from 'react-admin';
import { authHeaders, responseError } from '../exporting/download';
import { errorMessage } from '../dataProvider/errors';
import { DocumentMenu, documentUrl } from './DocumentMenu';

type Ref = { id: string; code: string; name: string };
type Member = { role: string; inspector: { name: string } | null; expert: { name: string } | null };
type History = {
  id: string;
  name: string;
  drawnIn: {
    rank: number;
    draw: {
      id: string;
      sequence: number;
      status: string;
      drawnAt: string;
      candidateCount: number;
      candidateListHash: string;
      task: Ref & { plan: { year: number } };
    };
  }[];
  tasks: {
    id: string;
    status: string;
    closedReason: string | null;
    transferredToUnit: { name: string } | null;
    task: Ref & {
      windowFrom: string;
      windowTo: string;
      plan: { year: number };
      executingUnit: { name: string };
      checkItems: { checkItem: { id: string; name: string } }[];
    };
    visit: { teams: { members: Member[] }[] } | null;
    result: {
      id: string;
      status: string;
      method: string | null;
      outcome: string | null;
      followUpAction: string;
      inspectedOn: string | null;
      publishedAt: string | null;
      remarks: string | null;
      findings: { checkItemId: string; compliant: boolean | null; finding: string | null }[] | null;
      corrections: { id: string; reason: string; signedAt: string | null; refusedAt: string | null; proposedAt: string }[];
      reviews: { id: string; raisedBy: string; content: string; status: string; decision: string | null; receivedOn: string }[];
      followUp: { status: string; caseNumber: string | null; handedToUnit: { name: string } } | null;
    } | null;
  }[];
  evidence: { id: string; path: string; filename: string; size: number; sha256: string; taskCode: string }[];
};

const day = (s: string | null | undefined) => (s ? s.slice(0, 10) : '—');

function useHistory(targetId: string | undefined) {
  const [state, setState] = useState<{ data?: History; error?: string; loading: boolean }>({ loading: true });
  useEffect(() => {
    if (!targetId) return;
    let live = true;
    setState({ loading: true });
    fetch(documentUrl.dossier(targetId, 'json'), { headers: authHeaders() })
      .then(async (res) => {
        if (!res.ok) throw await responseError(res);
        return (await res.json()) as History;
      })
      .then((data) => live && setState({ data, loading: false }))
      .catch((e) => live && setState({ error: errorMessage(e), loading: false }));
    return () => {
      live = false;
    };
  }, [targetId]);
  return state;
}

const Fact = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Box sx={{ minWidth: 0 }}>
    <Typography variant="caption" color="text.secondary" component="div">
      {label}
    </Typography>
    <Typography variant="body2" component="div" sx={{ overflowWrap: 'anywhere' }}>
      {children}
    </Typography>
  </Box>
);

const facts = { display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(4, minmax(0, 1fr))' }, gap: 1.5 } as const;

export const TargetHistory = () => {
  const target = useRecordContext<{ id: string; name: string }>();
  const translate = useTranslate();
  const { data, error, loading } = useHistory(target?.id);
  if (!target) return null;
  const t = (k: string, o?: Record<string, unknown>) => translate(`documents.history.${k}`, o);
  const e = (name: string, v: string | null | undefined) => (v ? translate(`enums.${name}.${v}`) : '—');
  return (
    <Stack spacing={2} sx={{ width: '100%' }} data-testid="target-history">
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1 }}>
        <Typography variant="h6">{t('title')}</Typography>
        <DocumentMenu
          testId="dossier-menu"
          documents={[
            { label: 'documents.dossier_pdf', url: documentUrl.dossier(target.id, 'pdf'), fileName: `${target.name}.pdf` },
            { label: 'documents.dossier_zip', hint: 'documents.dossier_zip_hint', url: documentUrl.dossier(target.id, 'zip'), fileName: `${target.name}.zip` },
          ]}
        />
      </Stack>
      {loading && <LinearProgress />}
      {error && <Alert severity="error">{error}</Alert>}
      {data && (
        <>
          <Typography variant="subtitle1">{t('draws', { count: data.drawnIn.length })}</Typography>
          {data.drawnIn.length === 0 && <Typography color="text.secondary">{t('no_draws')}</Typography>}
          <Stack spacing={1}>
            {data.drawnIn.map((d) => (
              <Card key={d.draw.id} variant="outlined">
                <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 } }}>
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
                    <Chip size="small" label={d.draw.task.plan.year} />
                    <MuiLink component={Link} to={`/Task/${d.draw.task.id}/show`} underline="hover">
                      {d.draw.task.code}
                    </MuiLink>
                    <Typography variant="body2">{d.draw.task.name}</Typography>
                  </Stack>
                  <Box sx={{ ...facts, mt: 1 }}>
                    <Fact label={t('draw')}>
                      {t('draw_sequence', { n: d.draw.sequence })} · {e('DrawStatus', d.draw.status)}
                    </Fact>
                    <Fact label={t('drawn_at')}>{day(d.draw.drawnAt)}</Fact>
                    <Fact label={t('rank')}>
                      {d.rank} / {d.draw.candidateCount}
                    </Fact>
                    <Fact label={t('candidate_hash')}>
                      <Box component="span" sx={{ fontFamily: 'monospace', fontSize: 12 }}>
                        {d.draw.candidateListHash}
                      </Box>
                    </Fact>
                  </Box>
                </CardContent>
              </Card>
            ))}
          </Stack>
          <Typography variant="subtitle1">{t('tasks', { count: data.tasks.length })}</Typography>
          {data.tasks.length === 0 && <Typography color="text.secondary">{t('no_tasks')}</Typography>}
          {data.tasks.map((tt) => {
            const r = tt.result;
            const items = new Map(tt.task.checkItems.map((c) => [c.checkItem.id, c.checkItem.name]));
            const members = tt.visit?.teams[0]?.members ?? [];
            const files = data.evidence.filter((f) => f.taskCode === tt.task.code);
            return (
              <Card key={tt.id} variant="outlined" data-testid="history-task">
                <CardContent>
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
                    <Chip size="small" label={tt.task.plan.year} />
                    <MuiLink component={Link} to={`/Task/${tt.task.id}/show`} underline="hover">
                      {tt.task.code}
                    </MuiLink>
                    <Typography variant="body2">{tt.task.name}</Typography>
                    <Chip size="small" variant="outlined" label={e('TaskTargetStatus', tt.status)} />
                  </Stack>
                  <Box sx={{ ...facts, mt: 1.5 }}>
                    <Fact label={t('unit')}>
                      {tt.transferredToUnit ? `${tt.task.executingUnit.name} → ${tt.transferredToUnit.name}` : tt.task.executingUnit.name}
                    </Fact>
                    <Fact label={t('window')}>
                      {day(tt.task.windowFrom)} ~ {day(tt.task.windowTo)}
                    </Fact>
                    <Fact label={t('team')}>{members.map((m) => m.inspector?.name ?? m.expert?.name).join('、') || '—'}</Fact>
                    {r && (
                      <Fact label={t('result')}>
                        <MuiLink component={Link} to={`/Result/${r.id}/show`} underline="hover">
                          {e('ResultStatus', r.status)}
                        </MuiLink>
                      </Fact>
                    )}
                    {r && <Fact label={t('outcome')}>{e('ResultOutcome', r.outcome)}</Fact>}
                    {r && <Fact label={t('follow_up')}>{e('FollowUpAction', r.followUpAction)}</Fact>}
                    {r && <Fact label={t('inspected_on')}>{day(r.inspectedOn)}</Fact>}
                    {r && <Fact label={t('published_at')}>{day(r.publishedAt)}</Fact>}
                  </Box>
                  {tt.closedReason && (
                    <Typography variant="body2" sx={{ mt: 1 }}>
                      {tt.closedReason}
                    </Typography>
                  )}
                  {r?.findings?.length ? (
                    <Stack spacing={0.5} sx={{ mt: 1.5 }}>
                      {r.findings.map((f) => (
                        <Typography key={f.checkItemId} variant="body2">
                          <b>{items.get(f.checkItemId) ?? f.checkItemId}</b>（
                          {f.compliant === true ? t('compliant') : f.compliant === false ? t('not_compliant') : '—'}）{f.finding ? `：${f.finding}` : ''}
                        </Typography>
                      ))}
                    </Stack>
                  ) : null}
                  {r && (r.corrections.length > 0 || r.reviews.length > 0 || r.followUp) && <Divider sx={{ my: 1.5 }} />}
                  {r?.corrections.map((c) => (
                    <Typography key={c.id} variant="body2">
                      {t('correction')}（{c.signedAt ? t('signed', { day: day(c.signedAt) }) : c.refusedAt ? t('refused') : t('proposed')}）：{c.reason}
                    </Typography>
                  ))}
                  {r?.reviews.map((v) => (
                    <Typography key={v.id} variant="body2">
                      {t('review')}（{day(v.receivedOn)}，{e('ReviewStatus', v.status)}
                      {v.decision ? ` · ${e('ReviewDecision', v.decision)}` : ''}）：{v.raisedBy}：{v.content}
                    </Typography>
                  ))}
                  {r?.followUp && (
                    <Typography variant="body2">
                      {t('handed_over', { unit: r.followUp.handedToUnit.name })} · {e('FollowUpStatus', r.followUp.status)}
                      {r.followUp.caseNumber ? ` · ${r.followUp.caseNumber}` : ''}
                    </Typography>
                  )}
                  {files.length > 0 && (
                    <Stack spacing={0.5} sx={{ mt: 1.5 }}>
                      <Typography variant="caption" color="text.secondary">
                        {t('evidence', { count: files.length })}
                      </Typography>
                      {files.map((f) => (
                        <Box key={f.id} data-testid="history-evidence">
                          <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                            {f.filename}（{(f.size / 1024).toFixed(1)} KB）
                          </Typography>
                          <Typography variant="caption" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere', display: 'block' }}>
                            SHA-256 {f.sha256}
                          </Typography>
                        </Box>
                      ))}
                    </Stack>
                  )}
                </CardContent>
              </Card>
            );
          })}
        </>
      )}
    </Stack>
  );
};
