// Runs one team or task command: keeps the server's refusal (message and code) for the dialog or section to
// show, notifies, and refreshes the page (react-admin's refresh refetches the task and its teams).
import { useState } from 'react';
import { useNotify, useRefresh } from 'react-admin';
import { errorCode, errorMessage } from '../../dataProvider/errors';

export type Refusal = { message: string; code: string | null };

export function useTeamCommand() {
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Refusal | null>(null);
  const run = async (fn: () => Promise<unknown>, success?: string, successArgs?: Record<string, unknown>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      if (success) notify(success, { type: 'success', messageArgs: successArgs });
      refresh();
      return true;
    } catch (e) {
      const message = errorMessage(e);
      setError({ message, code: errorCode(e) });
      notify(message, { type: 'error' });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run, clear: () => setError(null) };
}
