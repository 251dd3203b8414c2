// 预查比对 (rule 19, G26.1): what the team compared before the visit and what it found, on the task target.
import { memo, useEffect, useState } from 'react';
import { Alert, Button, Card, CardContent, CardHeader, Checkbox, FormControlLabel, FormGroup, FormLabel, Stack, TextField, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { PreCheckSource, RecordPreCheckMutation, RecordPreCheckMutationVariables } from '@ssj/graphql-types/operations';
import { ENUMS } from '../../common/enums';
import { mutate, useCommand } from '../../common/useCommand';
import { RECORD_PRE_CHECK } from '../../dataProvider/documents';
import type { Result } from './types';
import { mayRecord, useOnSite } from './useOnSite';

export const RequiredHint = ({ required }: { required: boolean }) => {
  const translate = useTranslate();
  return (
    // A line of its own: inline after a label it reads as part of it (留样 + 本结果… as "留样本结果…").
    <Typography variant="caption" component="div" color={required ? 'warning.main' : 'text.secondary'}>
      {translate(required ? 'resources.Result.onsite.required' : 'resources.Result.onsite.optional')}
    </Typography>
  );
};

// memo: ResultEntry renders again on every keystroke of the entry; this section reads only the record (context).
export const PreCheckSection = memo(function PreCheckSection() {
  const r = useRecordContext<Result>()!;
  const translate = useTranslate();
  const { data: o } = useOnSite(r.id);
  const { run, busy, error } = useCommand();
  const [sources, setSources] = useState<PreCheckSource[]>([]);
  const [findings, setFindings] = useState('');
  const [checkedOn, setCheckedOn] = useState('');
  useEffect(() => {
    setSources((o?.preCheck?.sources ?? []) as PreCheckSource[]);
    setFindings(o?.preCheck?.findings ?? '');
    setCheckedOn(o?.preCheck?.checkedOn ?? '');
  }, [o?.preCheck]);
  if (!o) return null;
  const disabled = !mayRecord(o) || busy;
  const toggle = (s: PreCheckSource) => setSources((cur) => (cur.includes(s) ? cur.filter((x) => x !== s) : [...cur, s]));
  return (
    <Card variant="outlined" data-testid="pre-check-section">
      <CardHeader
        title={translate('resources.Result.onsite.pre_check')}
        subheader={translate('resources.Result.onsite.pre_check_help')}
        slotProps={{ title: { variant: 'h6' }, subheader: { variant: 'body2' } }}
      />
      <CardContent>
        <Stack spacing={2}>
          <RequiredHint required={o.onSiteRequirements.preCheck} />
          <FormGroup>
            <FormLabel>{translate('resources.Result.onsite.sources')}</FormLabel>
            <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap' }}>
              {ENUMS.PreCheckSource.map((s) => (
                <FormControlLabel
                  key={s}
                  control={<Checkbox checked={sources.includes(s)} onChange={() => toggle(s)} disabled={disabled} name={`source-${s}`} />}
                  label={translate(`enums.PreCheckSource.${s}`)}
                />
              ))}
            </Stack>
          </FormGroup>
          <TextField
            label={translate('resources.Result.onsite.findings')}
            value={findings}
            onChange={(e) => setFindings(e.target.value)}
            disabled={disabled}
            multiline
            minRows={2}
            fullWidth
            name="preCheckFindings"
          />
          <TextField
            type="date"
            label={translate('resources.Result.onsite.checked_on')}
            value={checkedOn}
            onChange={(e) => setCheckedOn(e.target.value)}
            disabled={disabled}
            slotProps={{ inputLabel: { shrink: true } }}
            sx={{ maxWidth: 240 }}
            name="preCheckOn"
          />
          {o.preCheck && (
            <Typography variant="caption" color="text.secondary">
              {translate('resources.Result.onsite.checked_by', { name: o.preCheck.checkedByName })}
            </Typography>
          )}
          {error && <Alert severity="error">{error.message}</Alert>}
          {mayRecord(o) && (
            <Button
              variant="outlined"
              sx={{ alignSelf: 'flex-start' }}
              disabled={busy}
              data-testid="pre-check-save"
              onClick={() =>
                run(
                  () =>
                    mutate<RecordPreCheckMutation, RecordPreCheckMutationVariables>(RECORD_PRE_CHECK, {
                      taskTargetId: o.taskTargetId,
                      sources,
                      findings,
                      checkedOn,
                    }),
                  { success: 'resources.Result.onsite.saved' },
                )
              }
            >
              {translate('resources.Result.onsite.save')}
            </Button>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
});
