// The one way a page runs a command of the API (a mutation that moves a record: approve, return, publish, match
// a team …): busy while it runs, the server's typed refusal kept (its Chinese message and stable code) for the
// dialog or section to show and notified, a success message, and react-admin's refresh so the page refetches.
// CommandDialog runs its confirm button through it; buttons outside a dialog call `run` or `mutate` directly.
import { useCallback, useState } from 'react';
import { useNotify, useRefresh } from 'react-admin';
import { graphqlClient } from '../dataProvider/graphqlClient';
import { errorCode, errorMessage } from '../dataProvider/errors';

/** A refusal as the server sent it: the Chinese message and the stable code (e.g. `TEAM.NOT_ENOUGH_INSPECTORS`). */
export type Refusal = { message: string; code: string | null };

export type CommandOptions = {
  /** Message key notified on success (a plain text passes through translate unchanged). */
  success?: string;
  successArgs?: Record<string, unknown>;
  /** Refetch the page after success (default true). */
  refresh?: boolean;
};

/** Sends one mutation (typed by `@ssj/graphql-types/operations`) and returns its data; a refusal throws. */
export async function mutate<TData, TVariables extends Record<string, unknown>>(document: string, variables: TVariables): Promise<TData> {
  const { data } = await graphqlClient.mutate<TData, TVariables>({ mutation: document, variables });
  return data as TData;
}

export function useCommand() {
  const notify = useNotify();
  const refreshPage = useRefresh();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Refusal | null>(null);

  /** Runs `fn`; true on success. A refusal is kept in `error` and notified, never thrown. */
  const run = useCallback(
    async (fn: () => Promise<unknown>, { success, successArgs, refresh = true }: CommandOptions = {}): Promise<boolean> => {
      setBusy(true);
      setError(null);
      try {
        await fn();
        if (success) notify(success, { type: 'success', messageArgs: successArgs });
        if (refresh) refreshPage();
        return true;
      } catch (e) {
        const message = errorMessage(e);
        setError({ message, code: errorCode(e) });
        notify(message, { type: 'error', multiLine: true });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [notify, refreshPage],
  );

  /** Sends one mutation through `run`: its data on success, null on a refusal. */
  const runMutation = useCallback(
    async <TData, TVariables extends Record<string, unknown>>(document: string, variables: TVariables, options?: CommandOptions): Promise<TData | null> => {
      let data: TData | null = null;
      const ok = await run(async () => {
        data = await mutate<TData, TVariables>(document, variables);
      }, options);
      return ok ? data : null;
    },
    [run],
  );

  const clear = useCallback(() => setError(null), []);
  return { busy, error, run, mutate: runMutation, clear };
}

export type Command = ReturnType<typeof useCommand>;
