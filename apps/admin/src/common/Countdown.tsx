// A deadline's countdown chip: "剩 N 个工作日" / "今日截止" / "逾期 N 个工作日" (red), grey once done (rules 20, 22),
// with a small 暂定 mark while the due date is counted through a year whose calendar is not declared yet.
import { Chip, Stack, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { countdownLabel, type Deadline } from './countdown';

/** 暂定: the date was counted through a year whose holiday schedule is not declared yet and may still move. */
export const ProvisionalMark = ({ testId = 'provisional-mark' }: { testId?: string }) => {
  const translate = useTranslate();
  return (
    <Tooltip title={translate('countdown.provisional_hint')}>
      <Chip
        size="small"
        variant="outlined"
        color="warning"
        label={translate('countdown.provisional')}
        data-testid={testId}
        sx={{ height: 20, fontSize: 12, borderStyle: 'dashed', '& .MuiChip-label': { px: 0.75 } }}
      />
    </Tooltip>
  );
};

/** A due date (already formatted) followed by the 暂定 mark when it is provisional. */
export const DueDate = ({ text, provisional, testId }: { text: string; provisional: boolean | null | undefined; testId?: string }) => (
  <Stack
    component="span"
    direction="row"
    spacing={0.5}
    sx={{ display: 'inline-flex', alignItems: 'center', whiteSpace: 'nowrap' }}
    data-testid={testId}
    data-provisional={provisional ? '1' : '0'}
  >
    <span>{text}</span>
    {provisional && <ProvisionalMark />}
  </Stack>
);

export const Countdown = ({ deadline, testId }: { deadline: Deadline | null | undefined; testId?: string }) => {
  const translate = useTranslate();
  if (!deadline) return null;
  const c = countdownLabel(deadline);
  return (
    <Stack component="span" direction="row" spacing={0.5} sx={{ display: 'inline-flex', alignItems: 'center', whiteSpace: 'nowrap' }}>
      <Tooltip title={translate('countdown.due_on', { dueOn: deadline.dueOn })}>
        <Chip
          size="small"
          label={translate(c.key, c.args)}
          color={c.color}
          variant={c.done ? 'outlined' : 'filled'}
          data-testid={testId ?? 'countdown'}
          data-state={deadline.state}
          data-due-on={deadline.dueOn}
          data-provisional={c.provisional ? '1' : '0'}
          sx={{ fontWeight: c.color === 'error' ? 600 : undefined }}
        />
      </Tooltip>
      {c.provisional && <ProvisionalMark />}
    </Stack>
  );
};
