// The entry on the form (rules 18, 19, 22, 24): the form picker (forms of the task's check items first) with the
// chosen form's check points as guidance, method and date, one finding per task check item, the outcome (seven
// standard codes) and follow-up (none for "nothing found", required for a violation), remarks. Read-only unless
// the result's `editable` flag says the signed-in user may enter it now.
import { memo, useCallback } from 'react';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Box,
  Card,
  CardContent,
  CardHeader,
  FormControl,
  FormHelperText,
  InputLabel,
  ListSubheader,
  MenuItem,
  Select,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useGetList, useGetOne, useRecordContext, useTranslate } from 'react-admin';
import type { FormsForItemsQuery, FormsForItemsQueryVariables, ResultOutcome } from '@ssj/graphql-types/operations';
import { ENUMS, NOTHING_FOUND_OUTCOMES, VIOLATION_OUTCOMES } from '../../common/enums';
import { graphqlClient } from '../../dataProvider/graphqlClient';
import { FORMS_FOR_ITEMS } from '../../dataProvider/documents';
import { FindingsEditor } from './FindingsEditor';
import { findingsFor } from './findings';
import { ResultCommands, type EntryValues } from './ResultCommands';
import { OnSiteRecordSection } from './OnSiteRecordSection';
import { PreCheckSection } from './PreCheckSection';
import { TeamConfirmation } from './TeamConfirmation';
import type { Finding, Item, Result } from './types';
import { SyncState } from './SyncState';
import { useOfflineDraft } from './useOfflineDraft';
import type { Unit } from '@ssj/graphql-types';

const FORMS = FORMS_FOR_ITEMS;

const isNothingFound = (o: string) => (NOTHING_FOUND_OUTCOMES as readonly string[]).includes(o);
const isViolationOutcome = (o: string) => (VIOLATION_OUTCOMES as readonly string[]).includes(o);

function initialValues(r: Result): EntryValues {
  return {
    formId: r.formId ?? '',
    method: r.method ?? '',
    inspectedOn: r.inspectedOn ?? '',
    findings: findingsFor(r.task.checkItems ?? [], r.findings),
    outcome: r.outcome ?? '',
    followUpAction: r.followUpAction ?? 'NONE',
    followUpUnitId: r.followUpUnitId ?? '',
    remarks: r.remarks ?? '',
  };
}

const ReadOnlyNotice = ({ r }: { r: Result }) => {
  const translate = useTranslate();
  const { data: unit } = useGetOne<Pick<Unit, 'id' | 'name'>>(
    'Unit',
    { id: r.responsibleUnitId },
    { enabled: r.status === 'NOT_ENTERED' || r.status === 'RETURNED' },
  );
  if (r.editable) return null;
  const why =
    r.status === 'PUBLISHED'
      ? translate('resources.Result.why_published')
      : r.status === 'NOT_ENTERED' || r.status === 'RETURNED'
        ? translate('resources.Result.why_unit', { unit: unit?.name ?? '' })
        : translate('resources.Result.why_status');
  return (
    <Alert severity="info" data-testid="result-read-only">
      {translate('resources.Result.read_only', { why })}
    </Alert>
  );
};

type SetField = <K extends keyof EntryValues>(k: K, value: EntryValues[K]) => void;
const NO_ITEMS: readonly Item[] = [];

/**
 * The form picker with the chosen form's check points, method and date. memo: the entry renders again on every
 * keystroke (remarks, a finding), and this card with its selects need not.
 */
const FormCard = memo(function FormCard({
  forms,
  formId,
  method,
  inspectedOn,
  savedForm,
  disabled,
  set,
}: {
  forms: FormsForItemsQuery | undefined;
  formId: string;
  method: EntryValues['method'];
  inspectedOn: string;
  savedForm: Result['form'];
  disabled: boolean;
  set: SetField;
}) {
  const translate = useTranslate();
  const matching = forms?.matching ?? [];
  const others = (forms?.all ?? []).filter((f) => !matching.some((m) => m.id === f.id));
  const chosen = [...matching, ...others].find((f) => f.id === formId) ?? (savedForm?.id === formId ? savedForm : null);
  return (
    <Card variant="outlined">
      <CardHeader title={translate('resources.Result.form_section')} slotProps={{ title: { variant: 'h6' } }} />
      <CardContent>
        <Stack spacing={2}>
          <FormControl fullWidth disabled={disabled}>
            <InputLabel id="form-label">{translate('resources.Result.fields.formId')}</InputLabel>
            <Select
              labelId="form-label"
              label={translate('resources.Result.fields.formId')}
              value={forms ? formId : ''}
              onChange={(e) => set('formId', e.target.value)}
              name="formId"
              data-testid="form-picker"
            >
              <ListSubheader>{translate('resources.Result.form_matching')}</ListSubheader>
              {matching.map((f) => (
                <MenuItem key={f.id} value={f.id}>
                  {f.code} {f.name}
                </MenuItem>
              ))}
              {others.length > 0 && <ListSubheader>{translate('resources.Result.form_other')}</ListSubheader>}
              {others.map((f) => (
                <MenuItem key={f.id} value={f.id}>
                  {f.code} {f.name}
                </MenuItem>
              ))}
            </Select>
          </FormControl>
          {chosen && chosen.fields.length > 0 && (
            <Box sx={{ bgcolor: 'action.hover', borderRadius: 1, p: 2 }} data-testid="check-points">
              <Typography variant="subtitle2" sx={{ mb: 1 }}>
                {translate('resources.Result.check_points')}
              </Typography>
              <Box component="ol" sx={{ m: 0, pl: 3 }}>
                {chosen.fields.map((f) => (
                  <li key={f.key}>
                    <Typography variant="body2">{f.label}</Typography>
                    {f.basis && (
                      <Typography variant="caption" color="text.secondary">
                        {translate('resources.Result.basis', { basis: f.basis })}
                      </Typography>
                    )}
                  </li>
                ))}
              </Box>
            </Box>
          )}
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
            <FormControl sx={{ minWidth: 240 }} disabled={disabled}>
              <InputLabel id="method-label">{translate('resources.Result.fields.method')}</InputLabel>
              <Select
                labelId="method-label"
                label={translate('resources.Result.fields.method')}
                value={method}
                onChange={(e) => set('method', e.target.value)}
                name="method"
              >
                {ENUMS.CheckMethod.map((m) => (
                  <MenuItem key={m} value={m}>
                    {translate(`enums.CheckMethod.${m}`)}
                  </MenuItem>
                ))}
              </Select>
            </FormControl>
            <TextField
              type="date"
              name="inspectedOn"
              label={translate('resources.Result.fields.inspectedOn')}
              value={inspectedOn}
              disabled={disabled}
              onChange={(e) => set('inspectedOn', e.target.value)}
              slotProps={{ inputLabel: { shrink: true } }}
              sx={{ minWidth: 200 }}
            />
          </Stack>
        </Stack>
      </CardContent>
    </Card>
  );
});

export const ResultEntry = () => {
  const r = useRecordContext<Result>()!;
  const translate = useTranslate();
  // Kept on the device as it is typed, and saved with its version and a key (useOfflineDraft.ts).
  const entry = useOfflineDraft(r, () => initialValues(r));
  const [v, setV] = [entry.values, entry.setValues];
  const disabled = !r.editable;
  const items = r.task.checkItems ?? NO_ITEMS;
  const { data: forms } = useQuery({
    queryKey: ['formsForItems', items.map((i) => i.id).join(',')],
    queryFn: async () =>
      (await graphqlClient.query<FormsForItemsQuery, FormsForItemsQueryVariables>({ query: FORMS, variables: { checkItemIds: items.map((i) => i.id) } })).data,
  });
  const { data: units } = useGetList<Pick<Unit, 'id' | 'name'>>('Unit', { pagination: { page: 1, perPage: 500 }, sort: { field: 'code', order: 'ASC' } });
  // Stable, so that the sections a keystroke does not change (memo) are not rendered again.
  const set = useCallback<SetField>((k, value) => setV((cur) => ({ ...cur, [k]: value })), [setV]);
  const setFinding = useCallback(
    (i: number, f: Partial<Finding>) => setV((cur) => ({ ...cur, findings: cur.findings.map((x, j) => (j === i ? { ...x, ...f } : x)) })),
    [setV],
  );
  const setOutcome = (o: ResultOutcome | '') =>
    setV((cur) => ({
      ...cur,
      outcome: o,
      followUpAction: isNothingFound(o) ? 'NONE' : cur.followUpAction,
      followUpUnitId: isNothingFound(o) ? '' : cur.followUpUnitId,
    }));
  const followUpDisabled = disabled || (!!v.outcome && isNothingFound(v.outcome));
  const followUpMissing = !!v.outcome && isViolationOutcome(v.outcome) && v.followUpAction === 'NONE';
  const closed = r.taskTarget?.status === 'CLOSED_UNREACHABLE' || r.taskTarget?.status === 'CLOSED_DEREGISTERED';

  return (
    <Stack spacing={2}>
      <ReadOnlyNotice r={r} />
      <SyncState entry={entry} editable={!!r.editable} />
      {!closed && <PreCheckSection />}
      {!closed && <FormCard forms={forms} formId={v.formId} method={v.method} inspectedOn={v.inspectedOn} savedForm={r.form} disabled={disabled} set={set} />}
      {!closed && (
        <Card variant="outlined">
          <CardHeader title={translate('resources.Result.entry_section')} slotProps={{ title: { variant: 'h6' } }} />
          <CardContent>
            <FindingsEditor items={items} findings={v.findings} onChange={setFinding} disabled={disabled} />
          </CardContent>
        </Card>
      )}
      <Card variant="outlined">
        <CardHeader title={translate('resources.Result.outcome_section')} slotProps={{ title: { variant: 'h6' } }} />
        <CardContent>
          <Stack spacing={2}>
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
              <FormControl sx={{ minWidth: 320 }} disabled={disabled}>
                <InputLabel id="outcome-label">{translate('resources.Result.fields.outcome')}</InputLabel>
                <Select
                  labelId="outcome-label"
                  label={translate('resources.Result.fields.outcome')}
                  value={v.outcome}
                  onChange={(e) => setOutcome(e.target.value)}
                  name="outcome"
                >
                  {ENUMS.ResultOutcome.map((o) => (
                    <MenuItem key={o} value={o}>
                      {translate(`enums.ResultOutcome.${o}`)}
                    </MenuItem>
                  ))}
                </Select>
              </FormControl>
              <FormControl sx={{ minWidth: 240 }} disabled={followUpDisabled} error={followUpMissing} required={!!v.outcome && isViolationOutcome(v.outcome)}>
                <InputLabel id="follow-up-label">{translate('resources.Result.fields.followUpAction')}</InputLabel>
                <Select
                  labelId="follow-up-label"
                  label={translate('resources.Result.fields.followUpAction')}
                  value={v.followUpAction}
                  onChange={(e) => set('followUpAction', e.target.value)}
                  name="followUpAction"
                >
                  {ENUMS.FollowUpAction.map((o) => (
                    <MenuItem key={o} value={o}>
                      {translate(`enums.FollowUpAction.${o}`)}
                    </MenuItem>
                  ))}
                </Select>
                <FormHelperText>
                  {v.outcome && isNothingFound(v.outcome)
                    ? translate('resources.Result.follow_up_disabled')
                    : followUpMissing
                      ? translate('resources.Result.follow_up_required')
                      : ' '}
                </FormHelperText>
              </FormControl>
              <FormControl sx={{ minWidth: 240 }} disabled={followUpDisabled || v.followUpAction === 'NONE'}>
                <InputLabel id="follow-up-unit-label">{translate('resources.Result.fields.followUpUnitId')}</InputLabel>
                <Select
                  labelId="follow-up-unit-label"
                  label={translate('resources.Result.fields.followUpUnitId')}
                  value={units ? v.followUpUnitId : ''}
                  onChange={(e) => set('followUpUnitId', e.target.value)}
                  name="followUpUnitId"
                >
                  <MenuItem value="">—</MenuItem>
                  {(units ?? []).map((u) => (
                    <MenuItem key={u.id} value={u.id}>
                      {u.name}
                    </MenuItem>
                  ))}
                </Select>
                <FormHelperText>{translate('resources.Result.follow_up_unit_help')}</FormHelperText>
              </FormControl>
            </Stack>
            <TextField
              label={translate('resources.Result.fields.remarks')}
              helperText={translate('resources.Result.remarks_help')}
              value={v.remarks}
              disabled={disabled}
              onChange={(e) => set('remarks', e.target.value)}
              multiline
              minRows={2}
              fullWidth
              name="remarks"
            />
          </Stack>
        </CardContent>
      </Card>
      {!closed && <OnSiteRecordSection />}
      {!closed && <TeamConfirmation />}
      <ResultCommands values={v} entry={entry} />
    </Stack>
  );
};
