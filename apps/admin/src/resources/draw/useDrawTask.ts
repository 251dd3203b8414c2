// The task as the draw page needs it (classes, every draw with its result and exclusions), read through the
// Apollo client with react-query, so react-admin's refresh (e.g. after confirming the directories) refetches it.
import { gql } from '@apollo/client';
import { useQuery } from '@tanstack/react-query';
import { apolloClient } from '../../dataProvider/apolloClient';
import { DRAW_PREVIEW, DRAW_TASK, TARGET_NAMES } from '../../dataProvider/documents';

export type DrawnTarget = { id: string; targetId: string; rank: number; classKeys: string[]; target: { id: string; name: string; creditCode: string } };
export type Exclusion = { targetId: string; code: string; detail: string; message: string };
export type DrawRecord = {
  id: string; sequence: number; status: 'DRAWN' | 'LOCKED' | 'SUPERSEDED'; reason: string | null; drawnAt: string; drawnByName: string | null;
  lockedAt: string | null; lockedByName: string | null; supersededAt: string | null; supersededReason: string | null;
  witnessName: string | null; witnessEntropy: string | null; candidateCount: number; candidateListHash: string; parametersHash: string;
  seedCommitment: string; seed: string; drawnTargetCount: number;
  classResults: { classKey: string; mode: string; eligibleCount: number; selectedCount: number }[];
  exclusions: Exclusion[];
  drawnTargets: DrawnTarget[];
};
export type DrawTask = {
  id: string; code: string; name: string; status: string; seedCommitment: string | null; pendingRedrawReason: string | null;
  ownerUnitId: string; executingUnitId: string; windowFrom: string; windowTo: string; isPublic: boolean;
  ownerUnit: { id: string; name: string; lastConfirmation: { id: string; confirmedAt: string } | null };
  classes: { id: string; key: string; label: string; ratio: number | null; count: number | null; directed: boolean; libraryId: string | null }[];
  draws: DrawRecord[];
};
export type Preview = {
  taskId: string; candidateCount: number; candidateListHash: string; parametersHash: string; seedCommitment: string | null;
  computedAt: string; directoriesConfirmedAt: string | null; directoriesFresh: boolean;
};

const TASK = gql(DRAW_TASK);
const PREVIEW = gql(DRAW_PREVIEW);
const NAMES = gql(TARGET_NAMES);

export function useDrawTask(id: string | undefined) {
  return useQuery({
    queryKey: ['drawPage', id],
    enabled: !!id,
    queryFn: async () => {
      const { data } = await apolloClient.query<{ Task: DrawTask | null }>({ query: TASK, variables: { id } });
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
      const { data } = await apolloClient.query<{ drawCandidatesPreview: Preview }>({ query: PREVIEW, variables: { taskId: task!.id } });
      return data.drawCandidatesPreview;
    },
  });
}

/** Names of the excluded candidates (an exclusion carries only the target's id). */
export function useTargetNames(ids: string[]) {
  return useQuery({
    queryKey: ['targetNames', ids],
    enabled: ids.length > 0,
    queryFn: async () => {
      const { data } = await apolloClient.query<{ allTargets: { id: string; name: string; creditCode: string }[] }>({ query: NAMES, variables: { ids } });
      return new Map(data.allTargets.map((t) => [t.id, t]));
    },
  });
}
