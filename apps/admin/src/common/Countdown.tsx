// A deadline's countdown chip: "剩 N 个工作日" / "今日截止" / "逾期 N 个工作日" (red), grey once done (rules 20, 22).
import { Chip, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { countdownLabel, type Deadline } from './countdown';

export const Countdown = ({ deadline, testId }: { deadline: Deadline | null | undefined; testId?: string }) => {
  const translate = useTranslate();
  if (!deadline) return null;
  const c = countdownLabel(deadline);
  return (
    <Tooltip title={translate('countdown.due_on', { dueOn: deadline.dueOn })}>
      <Chip
        size="small"
        label={translate(c.key, c.args)}
        color={c.color}
        variant={c.done ? 'outlined' : 'filled'}
        data-testid={testId ?? 'countdown'}
        data-state={deadline.state}
        data-due-on={deadline.dueOn}
        sx={{ fontWeight: c.color === 'error' ? 600 : undefined }}
      />
    </Tooltip>
  );
};
