// 未同步 on a to-do line of results (dashboard/TodoCard.tsx) when this device holds entries of that task not yet on
// the server (offlineDraft.ts), so they are not forgotten once the connection is back.
import { useEffect, useState } from 'react';
import { Chip } from '@mui/material';
import CloudOffIcon from '@mui/icons-material/CloudOffOutlined';
import { useTranslate } from 'react-admin';
import { getValidSession } from '../../session';
import { listDrafts, onDraftsChanged } from './offlineDraft';

/** The number of unsynced drafts per task on this device, kept current. */
function useUnsyncedByTask(): Map<string, number> {
  const [counts, setCounts] = useState<Map<string, number>>(new Map());
  useEffect(() => {
    const userId = getValidSession()?.me.id;
    if (!userId || typeof indexedDB === 'undefined') return;
    let alive = true;
    const load = () =>
      void listDrafts(userId)
        .then((ds) => {
          if (!alive) return;
          const m = new Map<string, number>();
          for (const d of ds) m.set(d.taskId, (m.get(d.taskId) ?? 0) + 1);
          setCounts(m);
        })
        .catch(() => undefined);
    load();
    const off = onDraftsChanged(load);
    return () => {
      alive = false;
      off();
    };
  }, []);
  return counts;
}

export const UnsyncedBadge = ({ todo }: { todo: { resource: string; filter?: unknown } }) => {
  const translate = useTranslate();
  const counts = useUnsyncedByTask();
  const taskId = (todo.filter as { taskId?: unknown } | null | undefined)?.taskId;
  const n = todo.resource === 'Result' && typeof taskId === 'string' ? (counts.get(taskId) ?? 0) : 0;
  if (n === 0) return null;
  return (
    <Chip
      size="small"
      color="warning"
      icon={<CloudOffIcon />}
      label={translate('resources.Result.offline.todo_unsynced', { smart_count: n })}
      sx={{ ml: 1 }}
      data-testid="todo-unsynced"
    />
  );
};
