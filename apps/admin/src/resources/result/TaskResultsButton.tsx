// On the task page: 检查结果 opens the result list filtered by the task (once its targets are dispatched).
import { useNavigate } from 'react-router-dom';
import { Button } from '@mui/material';
import FactCheckIcon from '@mui/icons-material/FactCheckOutlined';
import { useRecordContext, useTranslate } from 'react-admin';

export const TaskResultsButton = () => {
  const task = useRecordContext<{ id: string; status: string }>();
  const navigate = useNavigate();
  const translate = useTranslate();
  if (!task || (task.status !== 'DISPATCHED' && task.status !== 'COMPLETED')) return null;
  return (
    <Button
      variant="outlined"
      startIcon={<FactCheckIcon />}
      data-testid="open-task-results"
      onClick={() => navigate(`/Result?filter=${encodeURIComponent(JSON.stringify({ taskId: task.id }))}`)}
    >
      {translate('resources.Result.open_results')}
    </Button>
  );
};
