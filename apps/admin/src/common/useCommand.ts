// The one way a page runs a command of the API (a mutation that moves a record: approve, return, publish, match
// a team …) or any other call a user waits for (a verification, a download, an export): busy while it runs, the
// server's typed refusal kept (its message in the UI's language, its stable code and the input it names) for the
// dialog or section to show and notified (a dialog shows it only in itself), a success message, and a refresh so the page refetches.
// CommandDialog runs its confirm button through it; buttons outside a dialog call `run` or `mutate` directly.
import { useCallback, useState } from 'react';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { graphqlClient } from '../dataProvider/graphqlClient';
import { errorCode, errorField, errorMessage } from '../dataProvider/errors';

/**
 * A refusal as the server sent it: the message (translated by its code in the English UI, dataProvider/errors.ts),
 * the stable code (e.g. `TEAM.NOT_ENOUGH_INSPECTORS`) and the input it names (`extensions.field`), if any.
 */
export type Refusal = { message: string; code: string | null; field: string | null };

export type CommandOptions<T = unknown> = {
  /** Message key notified on success (a plain text passes through translate unchanged). */
  success?: string;
  /** The success message's arguments, or a function of what the call returned (e.g. the new version). */
  successArgs?: Record<string, unknown> | ((result: T) => Record<string, unknown>);
  /**
   * After success: true (default) refetches everything on the page (react-admin's refresh); false nothing; a
   * function refetches only what it names (awaited before `run` returns, e.g. the calendar's queries).
   */
  refresh?: boolean | (() => unknown);
  /** Message key the refusal is notified under, with the message as `%{message}` (default: the message alone). */
  failure?: string;
  /**
   * The caller shows the refusal beside the inputs it concerns (CommandDialog's alert): it is kept in `error` but not
   * also notified, so the user does not read the same message twice, once in the dialog and once in a toast.
   */
  inline?: boolean;
};

/** Sends one mutation (typed by `@ssj/graphql-types/operations`) and returns its data; a refusal throws. */
export async function mutate<TData, TVariables extends Record<string, unknown>>(document: string, variables: TVariables): Promise<TData> {
  const { data } = await graphqlClient.mutate<TData, TVariables>({ mutation: document, variables });
  return data as TData;
}

/** Sends one query (a verification, a file's content …; nothing is cached) and returns its data; an error throws. */
export async function query<TData, TVariables extends Record<string, unknown>>(document: string, variables: TVariables): Promise<TData> {
  const { data } = await graphqlClient.query<TData, TVariables>({ query: document, variables });
  return data;
}

export function useCommand() {
  const notify = useNotify();
  const translate = useTranslate();
  const refreshPage = useRefresh();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Refusal | null>(null);

  /** Runs `fn`; true on success. A refusal is kept in `error` and notified (unless shown inline), never thrown. */
  const run = useCallback(
    async <T>(fn: () => Promise<T>, { success, successArgs, refresh = true, failure, inline }: CommandOptions<T> = {}): Promise<boolean> => {
      setBusy(true);
      setError(null);
      try {
        const result = await fn();
        if (success) notify(success, { type: 'success', messageArgs: typeof successArgs === 'function' ? successArgs(result) : successArgs });
        if (typeof refresh === 'function') await refresh();
        else if (refresh) refreshPage();
        return true;
      } catch (e) {
        const message = errorMessage(e);
        setError({ message, code: errorCode(e), field: errorField(e) });
        if (!inline) notify(failure ? translate(failure, { message }) : message, { type: 'error', multiLine: true });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [notify, translate, refreshPage],
  );

  /** Sends one mutation through `run`: its data on success, null on a refusal. */
  const runMutation = useCallback(
    async <TData, TVariables extends Record<string, unknown>>(
      document: string,
      variables: TVariables,
      options?: CommandOptions<TData>,
    ): Promise<TData | null> => {
      let data: TData | null = null;
      const ok = await run(async () => {
        data = await mutate<TData, TVariables>(document, variables);
        return data;
      }, options);
      return ok ? data : null;
    },
    [run],
  );

  const clear = useCallback(() => setError(null), []);
  return { busy, error, run, mutate: runMutation, clear };
}

export type Command = ReturnType<typeof useCommand>;
