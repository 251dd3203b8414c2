// A task's dispatched targets on a phone (rule 13): one card per target instead of the table — name, credit code,
// address and contact phone (a tap calls it), the target's status, and once the task is completed its result's
// status with the working-day countdown and due date (rule 20) and a full-width button to the result's page,
// where the inspector enters it on site.
import { Link } from 'react-router-dom';
import { Box, Button, Chip, Link as MuiLink, Stack, Typography } from '@mui/material';
import EditNoteIcon from '@mui/icons-material/EditNoteOutlined';
import PhoneIcon from '@mui/icons-material/PhoneOutlined';
import PlaceIcon from '@mui/icons-material/PlaceOutlined';
import { RecordContextProvider, useGetList, useGetMany, useRecordContext, useTranslate } from 'react-admin';
import type { Target, TaskTarget } from '@ssj/graphql-types';
import { Countdown } from '../../common/Countdown';
import { EnumField } from '../../common/EnumField';
import { RESULT_STATUS_COLOR } from '../../common/enums';
import type { Result } from '../result/types';

type Dispatched = Pick<TaskTarget, 'id' | 'targetId' | 'status'>;
type TargetBrief = Pick<Target, 'id' | 'name' | 'creditCode' | 'address' | 'contactPhone'>;

export const TaskTargetCards = () => {
  const task = useRecordContext<{ id: string; status?: string; targets?: Dispatched[] }>();
  const translate = useTranslate();
  const targets = task?.targets ?? [];
  const { data: details } = useGetMany<TargetBrief>('Target', { ids: targets.map((t) => t.targetId) }, { enabled: targets.length > 0 });
  // The results exist once the task is completed (rule 20); before that the cards have no result line.
  const { data: results } = useGetList<Result>(
    'Result',
    { filter: { taskId: task?.id }, pagination: { page: 1, perPage: 500 }, sort: { field: 'dueOn', order: 'ASC' } },
    { enabled: !!task?.id && task.status === 'COMPLETED' },
  );
  if (!task || targets.length === 0) return null;
  return (
    <Stack spacing={1} data-testid="task-targets" data-layout="cards">
      {targets.map((tt) => {
        const target = details?.find((d) => d.id === tt.targetId);
        const result = results?.find((r) => r.taskTargetId === tt.id);
        return (
          <Box key={tt.id} data-testid="task-target-card" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}>
            <Stack spacing={0.75}>
              <MuiLink
                component={Link}
                to={`/Target/${encodeURIComponent(tt.targetId)}/show`}
                underline="hover"
                sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}
              >
                {target?.name ?? '…'}
              </MuiLink>
              <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
                {target?.creditCode}
              </Typography>
              {target?.address && (
                <Stack direction="row" spacing={0.5} sx={{ alignItems: 'flex-start' }}>
                  <PlaceIcon fontSize="small" color="action" />
                  <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                    {target.address}
                  </Typography>
                </Stack>
              )}
              {target?.contactPhone && (
                <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
                  <PhoneIcon fontSize="small" color="action" />
                  <MuiLink href={`tel:${target.contactPhone}`} variant="body2" sx={{ py: 0.5 }}>
                    {target.contactPhone}
                  </MuiLink>
                </Stack>
              )}
              <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                <RecordContextProvider value={tt}>
                  <EnumField source="status" enumName="TaskTargetStatus" chip />
                </RecordContextProvider>
                {result && (
                  <RecordContextProvider value={result}>
                    <EnumField source="status" enumName="ResultStatus" colors={RESULT_STATUS_COLOR} />
                  </RecordContextProvider>
                )}
                {result?.deadline && <Countdown deadline={result.deadline} />}
                {result?.deadline && <Chip size="small" variant="outlined" label={translate('countdown.due_short', { dueOn: result.deadline.dueOn })} />}
              </Stack>
              {result && (
                <Button
                  component={Link}
                  to={`/Result/${encodeURIComponent(result.id)}/show`}
                  variant={result.editable ? 'contained' : 'outlined'}
                  startIcon={<EditNoteIcon />}
                  fullWidth
                  sx={{ minHeight: 48, mt: 0.5 }}
                  data-testid="task-target-result"
                >
                  {translate(result.editable ? 'resources.Task.enter_result' : 'resources.Task.open_result')}
                </Button>
              )}
            </Stack>
          </Box>
        );
      })}
    </Stack>
  );
};
