// The result list on a phone: one card per result (target, status, the working-day countdown and due date, the
// task), each card a link to the result's page — the table's seven columns do not fit 390 px. Bulk publishing
// stays on the wide screen (ResultList's Datagrid).
import { Link } from 'react-router-dom';
import { Box, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { RecordContextProvider, useListContext, useTranslate } from 'react-admin';
import { Countdown } from '../../common/Countdown';
import { EnumField } from '../../common/EnumField';
import { RESULT_STATUS_COLOR } from '../../common/enums';
import type { Result } from './types';

export const ResultCards = () => {
  const { data, isPending } = useListContext<Result>();
  const translate = useTranslate();
  if (isPending) return <LinearProgress />;
  if (!data?.length) return null;
  return (
    <Stack spacing={1} sx={{ p: 1 }} data-testid="result-list" data-layout="cards">
      {data.map((r) => (
        <RecordContextProvider key={r.id} value={r}>
          <Box
            component={Link}
            to={`/Result/${encodeURIComponent(r.id)}/show`}
            data-testid="result-card"
            sx={{
              display: 'flex',
              alignItems: 'center',
              gap: 1,
              minHeight: 72,
              p: 1.5,
              border: 1,
              borderColor: r.deadline?.state === 'OVERDUE' ? 'error.light' : 'divider',
              borderRadius: 1,
              color: 'inherit',
              textDecoration: 'none',
            }}
          >
            <Stack spacing={0.5} sx={{ flex: 1, minWidth: 0 }}>
              <Typography variant="body1" sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}>
                {r.target?.name}
              </Typography>
              <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
                {r.target?.creditCode} · {r.task?.code}
              </Typography>
              <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                <EnumField source="status" enumName="ResultStatus" colors={RESULT_STATUS_COLOR} />
                {r.deadline && <Countdown deadline={r.deadline} />}
                {r.deadline && <Chip size="small" variant="outlined" label={translate('countdown.due_short', { dueOn: r.deadline.dueOn })} />}
              </Stack>
            </Stack>
            <ChevronRightIcon color="action" />
          </Box>
        </RecordContextProvider>
      ))}
    </Stack>
  );
};
