// A correction with the result it corrects: the principal signs or refuses it on the result page, where the
// original and the corrected values stand side by side.
import { Link } from 'react-router-dom';
import { Box, Button, Stack, Typography } from '@mui/material';
import {
  Labeled,
  ListButton,
  RecordContextProvider,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { EnumField } from '../../common/EnumField';
import { CORRECTION_STATUS_COLOR } from '../../common/enums';
import { LocalDateTimeField } from '../../common/LocalDateField';
import { useDescribeFinding } from '../result/FindingsEditor';
import type { Correction } from '../result/types';
import { CorrectionTarget } from './CorrectionList';

const grid = { display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, minmax(0, 1fr))' }, gap: 2, width: '100%' } as const;

const OpenResult = () => {
  const c = useRecordContext<Correction & { resultId: string }>();
  const translate = useTranslate();
  if (!c) return null;
  return (
    <Button variant="contained" component={Link} to={`/Result/${c.resultId}/show`} data-testid="correction-open-result">
      {translate('resources.Correction.open_result')}
    </Button>
  );
};

/** The corrected findings, one line per check item (the result page shows them beside the published ones). */
const CorrectedFindings = () => {
  const c = useRecordContext<Correction>();
  const describe = useDescribeFinding();
  const findings = c?.changes?.findings;
  if (!findings?.length) return null;
  return (
    <Labeled label="resources.Result.fields.findings" fullWidth>
      <Stack spacing={1} data-testid="correction-findings">
        {findings.map((f) => (
          <Stack key={f.checkItemId} direction={{ xs: 'column', md: 'row' }} spacing={{ xs: 0, md: 2 }}>
            <Box sx={{ minWidth: 280 }}>
              <RecordContextProvider value={f}>
                <ReferenceField source="checkItemId" reference="CheckItem" link={false} />
              </RecordContextProvider>
            </Box>
            <Typography variant="body2">{describe(f)}</Typography>
          </Stack>
        ))}
      </Stack>
    </Labeled>
  );
};

const CorrectionShow = () => (
  <Show
    actions={
      <TopToolbar>
        <OpenResult />
        <ListButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout spacing={3}>
      <CorrectionTarget label="resources.Result.fields.target" />
      <Stack direction="row">
        <EnumField source="status" enumName="CorrectionStatus" colors={CORRECTION_STATUS_COLOR} />
      </Stack>
      <Labeled fullWidth>
        <TextField source="reason" />
      </Labeled>
      <Box sx={grid}>
        <Labeled>
          <EnumField source="changes.outcome" enumName="ResultOutcome" label="resources.Result.fields.outcome" />
        </Labeled>
        <Labeled>
          <EnumField source="changes.followUpAction" enumName="FollowUpAction" label="resources.Result.fields.followUpAction" />
        </Labeled>
        <Labeled>
          <TextField source="changes.remarks" label="resources.Result.fields.remarks" emptyText="—" />
        </Labeled>
        <Labeled>
          <ReferenceField source="proposedById" reference="User" link={false} />
        </Labeled>
        <Labeled>
          <LocalDateTimeField source="proposedAt" />
        </Labeled>
        <Labeled>
          <LocalDateTimeField source="publishedAt" emptyText="—" />
        </Labeled>
        <Labeled>
          <ReferenceField source="signedById" reference="User" link={false} emptyText="—" />
        </Labeled>
        <Labeled>
          <LocalDateTimeField source="signedAt" emptyText="—" />
        </Labeled>
        <Labeled>
          <TextField source="refusalReason" emptyText="—" />
        </Labeled>
      </Box>
      <CorrectedFindings />
    </SimpleShowLayout>
  </Show>
);

export default CorrectionShow;
