// 现场检查笔录 (rule 19, G26.2, G32): certificates shown, the inspection notice served, a verdict per check point of
// the form, the representative's signature or witnessed refusal, the video, samples kept. One column on a phone;
// what the saved method and outcome require is marked, and the API refuses confirmation while any of it is missing.
import { memo, useEffect, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Checkbox,
  FormControl,
  FormControlLabel,
  FormLabel,
  IconButton,
  MenuItem,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import DeleteIcon from '@mui/icons-material/DeleteOutline';
import { useRecordContext, useTranslate } from 'react-admin';
import type { PointVerdict, RecordOnSiteMutation, RecordOnSiteMutationVariables, RepresentativeSignature } from '@ssj/graphql-types/operations';
import { ENUMS } from '../../common/enums';
import { mutate, useCommand } from '../../common/useCommand';
import { RECORD_ON_SITE } from '../../dataProvider/documents';
import { RequiredHint } from './PreCheckSection';
import type { Result } from './types';
import { mayRecord, signingMembers, useOnSite, type OnSite } from './useOnSite';

type Values = {
  certificates: Record<string, string>;
  noticeServedAt: string;
  noticeServedTo: string;
  points: Record<string, { verdict: PointVerdict | ''; note: string }>;
  recordText: string;
  representativeName: string;
  signature: RepresentativeSignature | '';
  refusalNote: string;
  witnessName: string;
  video: '' | 'yes' | 'no';
  videoNote: string;
  samples: { key: number; what: string; quantity: string; keptAt: string }[];
};

/** A DateTime as the value of a datetime-local input, in Beijing time (the bureau's clock). */
const toLocal = (iso: string | null | undefined) => (iso ? new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16) : '');
const fromLocal = (v: string) => (v ? new Date(`${v}:00+08:00`).toISOString() : null);

function valuesOf(o: OnSite): Values {
  const rec = o.onSiteRecord;
  return {
    certificates: Object.fromEntries((rec?.certificates ?? []).map((c) => [c.inspectorId, c.certificateNumber])),
    noticeServedAt: toLocal(rec?.noticeServedAt),
    noticeServedTo: rec?.noticeServedTo ?? '',
    points: Object.fromEntries((rec?.pointFindings ?? []).map((p) => [p.pointKey, { verdict: p.verdict ?? '', note: p.note ?? '' }])),
    recordText: rec?.recordText ?? '',
    representativeName: rec?.representativeName ?? '',
    signature: rec?.signature ?? '',
    refusalNote: rec?.refusalNote ?? '',
    witnessName: rec?.witnessName ?? '',
    video: rec?.videoRecorded === true ? 'yes' : rec?.videoRecorded === false ? 'no' : '',
    videoNote: rec?.videoNote ?? '',
    samples: (rec?.samples ?? []).map((s, i) => ({ key: i, what: s.what, quantity: String(s.quantity), keptAt: s.keptAt })),
  };
}

// memo: ResultEntry renders again on every keystroke of the entry; this section reads only the record (context).
export const OnSiteRecordSection = memo(function OnSiteRecordSection() {
  const r = useRecordContext<Result>()!;
  const translate = useTranslate();
  const { data: o } = useOnSite(r.id);
  const { run, busy, error } = useCommand();
  const [v, setV] = useState<Values | null>(null);
  useEffect(() => {
    if (o) setV(valuesOf(o));
  }, [o]);
  if (!o || !v) return null;
  const need = o.onSiteRequirements;
  const disabled = !mayRecord(o) || busy;
  const set = <K extends keyof Values>(k: K, value: Values[K]) => setV((cur) => (cur ? { ...cur, [k]: value } : cur));
  const members = signingMembers(o);
  const points = o.form?.fields ?? [];
  const t = (k: string) => translate(`resources.Result.onsite.${k}`);
  const save = () =>
    mutate<RecordOnSiteMutation, RecordOnSiteMutationVariables>(RECORD_ON_SITE, {
      resultId: o.id,
      certificates: Object.entries(v.certificates).map(([inspectorId, certificateNumber]) => ({ inspectorId, certificateNumber: certificateNumber || null })),
      noticeServedAt: fromLocal(v.noticeServedAt),
      noticeServedTo: v.noticeServedTo,
      pointFindings: points.map((p) => ({ pointKey: p.key, verdict: v.points[p.key]?.verdict || null, note: v.points[p.key]?.note ?? null })),
      recordText: v.recordText,
      representativeName: v.representativeName,
      signature: v.signature || null,
      refusalNote: v.refusalNote,
      witnessName: v.witnessName,
      videoRecorded: v.video === '' ? null : v.video === 'yes',
      videoNote: v.videoNote,
      samples: v.samples.map((s) => ({ what: s.what, quantity: Number(s.quantity), keptAt: s.keptAt })),
    });

  return (
    <Card variant="outlined" data-testid="on-site-section">
      <CardHeader title={t('on_site')} subheader={t('on_site_help')} slotProps={{ title: { variant: 'h6' }, subheader: { variant: 'body2' } }} />
      <CardContent>
        <Stack spacing={3}>
          <Typography variant="caption" color="text.secondary">
            {t('requirements_note')}
          </Typography>

          <FormControl component="fieldset" data-testid="on-site-certificates">
            <FormLabel>{t('certificates')}</FormLabel>
            <RequiredHint required={need.certificates > 0} />
            {members.map((m) => {
              const id = m.inspectorId!;
              const shown = id in v.certificates;
              return (
                <Stack key={m.id} direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' } }}>
                  <FormControlLabel
                    control={
                      <Checkbox
                        checked={shown}
                        disabled={disabled}
                        onChange={() => {
                          const next = { ...v.certificates };
                          if (shown) delete next[id];
                          else next[id] = m.inspector?.certificateNumber ?? '';
                          set('certificates', next);
                        }}
                      />
                    }
                    label={`${m.inspector?.name ?? ''}（${translate(`enums.TeamRole.${m.role}`, { _: m.role })}）`}
                  />
                  {shown && (
                    <TextField
                      size="small"
                      label={translate('resources.Inspector.fields.certificateNumber', { _: '执法证号' })}
                      value={v.certificates[id]}
                      disabled={disabled}
                      onChange={(e) => set('certificates', { ...v.certificates, [id]: e.target.value })}
                    />
                  )}
                </Stack>
              );
            })}
          </FormControl>

          <Stack spacing={2}>
            <RequiredHint required={need.notice} />
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
              <TextField
                type="datetime-local"
                label={t('notice_at')}
                value={v.noticeServedAt}
                disabled={disabled}
                onChange={(e) => set('noticeServedAt', e.target.value)}
                slotProps={{ inputLabel: { shrink: true } }}
                name="noticeServedAt"
              />
              <TextField
                label={t('notice_to')}
                value={v.noticeServedTo}
                disabled={disabled}
                onChange={(e) => set('noticeServedTo', e.target.value)}
                name="noticeServedTo"
                fullWidth
              />
            </Stack>
          </Stack>

          <Box data-testid="on-site-points">
            <FormLabel>{t('points')}</FormLabel>
            <RequiredHint required={need.pointFindings} />
            <Stack spacing={2} sx={{ mt: 1 }}>
              {points.map((p, i) => (
                <Box key={p.key} sx={{ borderLeft: 3, borderColor: 'divider', pl: 1.5 }} data-testid={`point-${p.key}`}>
                  <Typography variant="body2" sx={{ mb: 1 }}>
                    {i + 1}. {p.label}
                  </Typography>
                  <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
                    <TextField
                      select
                      size="small"
                      label={t('verdict')}
                      value={v.points[p.key]?.verdict ?? ''}
                      disabled={disabled}
                      onChange={(e) => set('points', { ...v.points, [p.key]: { note: v.points[p.key]?.note ?? '', verdict: e.target.value as PointVerdict } })}
                      sx={{ minWidth: 140 }}
                      name={`verdict-${p.key}`}
                    >
                      <MenuItem value="">—</MenuItem>
                      {ENUMS.PointVerdict.map((x) => (
                        <MenuItem key={x} value={x}>
                          {translate(`enums.PointVerdict.${x}`)}
                        </MenuItem>
                      ))}
                    </TextField>
                    <TextField
                      size="small"
                      label={t('point_note')}
                      value={v.points[p.key]?.note ?? ''}
                      disabled={disabled}
                      onChange={(e) => set('points', { ...v.points, [p.key]: { verdict: v.points[p.key]?.verdict ?? '', note: e.target.value } })}
                      fullWidth
                    />
                  </Stack>
                </Box>
              ))}
            </Stack>
          </Box>

          <TextField
            label={t('record_text')}
            value={v.recordText}
            disabled={disabled}
            onChange={(e) => set('recordText', e.target.value)}
            multiline
            minRows={2}
            fullWidth
            name="recordText"
          />

          <Stack spacing={1}>
            <RequiredHint required={need.signature} />
            <TextField
              label={t('representative')}
              value={v.representativeName}
              disabled={disabled}
              onChange={(e) => set('representativeName', e.target.value)}
              name="representativeName"
            />
            <FormControl disabled={disabled}>
              <FormLabel>{t('signature')}</FormLabel>
              <RadioGroup row value={v.signature} onChange={(e) => set('signature', e.target.value as RepresentativeSignature)} name="signature">
                {ENUMS.RepresentativeSignature.map((s) => (
                  <FormControlLabel key={s} value={s} control={<Radio />} label={translate(`enums.RepresentativeSignature.${s}`)} />
                ))}
              </RadioGroup>
            </FormControl>
            {v.signature === 'REFUSED' && (
              <>
                <TextField
                  label={t('refusal_note')}
                  value={v.refusalNote}
                  disabled={disabled}
                  onChange={(e) => set('refusalNote', e.target.value)}
                  multiline
                  fullWidth
                  required
                  name="refusalNote"
                />
                <TextField
                  label={t('witness')}
                  value={v.witnessName}
                  disabled={disabled}
                  onChange={(e) => set('witnessName', e.target.value)}
                  required
                  error={!v.witnessName.trim()}
                  name="witnessName"
                />
              </>
            )}
          </Stack>

          <FormControl disabled={disabled}>
            <FormLabel>{t('video')}</FormLabel>
            <RequiredHint required={need.video} />
            <RadioGroup row value={v.video} onChange={(e) => set('video', e.target.value as Values['video'])} name="videoRecorded">
              <FormControlLabel value="yes" control={<Radio />} label={t('video_yes')} />
              <FormControlLabel value="no" control={<Radio />} label={t('video_no')} />
            </RadioGroup>
            {v.video === 'no' && (
              <TextField label={t('video_note')} value={v.videoNote} onChange={(e) => set('videoNote', e.target.value)} required fullWidth name="videoNote" />
            )}
          </FormControl>

          <Box data-testid="on-site-samples">
            <FormLabel>{t('samples')}</FormLabel>
            <RequiredHint required={need.samples} />
            <Stack spacing={1} sx={{ mt: 1 }}>
              {v.samples.map((s, i) => (
                <Stack key={s.key} direction={{ xs: 'column', sm: 'row' }} spacing={1}>
                  <TextField
                    size="small"
                    label={t('sample_what')}
                    value={s.what}
                    disabled={disabled}
                    onChange={(e) =>
                      set(
                        'samples',
                        v.samples.map((x, j) => (j === i ? { ...x, what: e.target.value } : x)),
                      )
                    }
                    fullWidth
                  />
                  <TextField
                    size="small"
                    type="number"
                    label={t('sample_quantity')}
                    value={s.quantity}
                    disabled={disabled}
                    onChange={(e) =>
                      set(
                        'samples',
                        v.samples.map((x, j) => (j === i ? { ...x, quantity: e.target.value } : x)),
                      )
                    }
                    sx={{ width: { sm: 120 } }}
                  />
                  <TextField
                    size="small"
                    label={t('sample_kept_at')}
                    value={s.keptAt}
                    disabled={disabled}
                    onChange={(e) =>
                      set(
                        'samples',
                        v.samples.map((x, j) => (j === i ? { ...x, keptAt: e.target.value } : x)),
                      )
                    }
                    fullWidth
                  />
                  {!disabled && (
                    <IconButton
                      aria-label={t('remove_sample')}
                      onClick={() =>
                        set(
                          'samples',
                          v.samples.filter((_, j) => j !== i),
                        )
                      }
                    >
                      <DeleteIcon />
                    </IconButton>
                  )}
                </Stack>
              ))}
              {!disabled && (
                <Button
                  size="small"
                  sx={{ alignSelf: 'flex-start' }}
                  onClick={() => set('samples', [...v.samples, { key: Math.max(-1, ...v.samples.map((x) => x.key)) + 1, what: '', quantity: '1', keptAt: '' }])}
                >
                  {t('add_sample')}
                </Button>
              )}
            </Stack>
          </Box>

          {error && <Alert severity="error">{error.message}</Alert>}
          {mayRecord(o) && (
            <Button
              variant="outlined"
              sx={{ alignSelf: 'flex-start' }}
              disabled={busy}
              data-testid="on-site-save"
              onClick={() => run(save, { success: 'resources.Result.onsite.saved' })}
            >
              {t('save')}
            </Button>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
});
