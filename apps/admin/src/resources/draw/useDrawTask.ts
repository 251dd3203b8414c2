// The task as the draw page needs it (classes, every draw with its result and exclusions), read through the
// Apollo client with react-query, so react-admin's refresh (e.g. after confirming the directories) refetches it.
import { useQuery } from '@tanstack/react-query';
import type {
  DrawProgressQuery,
  DrawProgressQueryVariables,
  DrawPreviewQuery,
  DrawPreviewQueryVariables,
  DrawTaskQuery,
  DrawTaskQueryVariables,
  TargetNamesQuery,
  TargetNamesQueryVariables,
} from '@ssj/graphql-types/operations';
import { graphqlClient } from '../../dataProvider/graphqlClient';
import { DRAW_PREVIEW, DRAW_PROGRESS, DRAW_TASK, TARGET_NAMES } from '../../dataProvider/documents';

// The pieces of the answers the draw components take, derived from the generated operation types.
export type DrawTask = NonNullable<DrawTaskQuery['Task']>;
export type DrawRecord = DrawTask['draws'][number];
export type DrawnTarget = DrawRecord['drawnTargets'][number];
export type Exclusion = DrawRecord['exclusions'][number];
export type Preview = DrawPreviewQuery['drawCandidatesPreview'];

const TASK = DRAW_TASK;
const PREVIEW = DRAW_PREVIEW;
const NAMES = TARGET_NAMES;

export function useDrawTask(id: string | undefined) {
  return useQuery({
    queryKey: ['drawPage', id],
    enabled: !!id,
    queryFn: async () => {
      if (!id) return null; // not run without an id (enabled), but the query needs one
      const { data } = await graphqlClient.query<DrawTaskQuery, DrawTaskQueryVariables>({ query: TASK, variables: { id } });
      return data.Task;
    },
  });
}

/** Rule 17: what the draw would use now — shown to the witness before the draw. */
export function useDrawPreview(task: DrawTask | null | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['drawPreview', task?.id, task?.seedCommitment, task?.status],
    enabled: !!task && enabled,
    retry: false,
    queryFn: async () => {
      if (!task) throw new Error('no task'); // not run without a task (enabled)
      const { data } = await graphqlClient.query<DrawPreviewQuery, DrawPreviewQueryVariables>({ query: PREVIEW, variables: { taskId: task.id } });
      return data.drawCandidatesPreview;
    },
  });
}

/**
 * Issue 14: while a preview, draw or lock of the task runs (seconds to minutes at a province's size), the step it is
 * at, asked every second from the server (any replica can tell; null before the step starts and after it ends).
 */
export function useDrawProgress(taskId: string | undefined, running: boolean) {
  return useQuery({
    queryKey: ['drawProgress', taskId],
    enabled: !!taskId && running,
    refetchInterval: running ? 1000 : false,
    retry: false,
    queryFn: async () => {
      if (!taskId) return null; // not run without a task (enabled)
      const { data } = await graphqlClient.query<DrawProgressQuery, DrawProgressQueryVariables>({
        query: DRAW_PROGRESS,
        variables: { taskId },
      });
      return data.drawProgress;
    },
  });
}

/** Names of the excluded candidates (an exclusion carries only the target's id). */
export function useTargetNames(ids: string[]) {
  return useQuery({
    queryKey: ['targetNames', ids],
    enabled: ids.length > 0,
    queryFn: async () => {
      const { data } = await graphqlClient.query<TargetNamesQuery, TargetNamesQueryVariables>({ query: NAMES, variables: { ids } });
      return new Map(data.allTargets.map((t) => [t.id, t]));
    },
  });
}
