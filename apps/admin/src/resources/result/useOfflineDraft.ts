// The entry form's values, kept on the device as they are typed (offlineDraft.ts) and saved to the server with the
// version they started from and an idempotency key (rule 22's entry; RESULT.STALE when the result changed since).
// Saved or changed while offline, they are sent by themselves when the connection returns; a save whose answer was
// lost is sent again with the same key (one effect). A refusal because the result changed keeps the draft and
// offers to reload: the server's new version becomes the base, the form still shows what was typed here.
import { type SetStateAction, useCallback, useEffect, useRef, useState } from 'react';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import type { UpdateResultMutation, UpdateResultMutationVariables } from '@ssj/graphql-types/operations';
import { mutate } from '../../common/useCommand';
import { UPDATE_RESULT } from '../../dataProvider/documents';
import { errorCode } from '../../dataProvider/errors';
import { getValidSession } from '../../session';
import { newWriteKey, readDraft, removeDraft, writeDraft, type OfflineDraft } from './offlineDraft';
import { toVariables, type EntryValues } from './ResultCommands';
import type { Result } from './types';

export type SyncStatus = 'synced' | 'unsynced' | 'syncing' | 'stale';
/** What a save did: on the server, or kept on the device until the connection returns. */
export type SaveOutcome = 'saved' | 'queued';

export type OfflineEntry = {
  values: EntryValues;
  setValues: (update: SetStateAction<EntryValues>) => void;
  status: SyncStatus;
  online: boolean;
  /** Waiting for the connection to be sent by itself. */
  queued: boolean;
  /** The server's version after a reload that followed a refusal (the form still shows the draft). */
  rebasedTo: number | null;
  save: () => Promise<SaveOutcome>;
  /** After RESULT.STALE: fetch the result again and save from its new version (the draft stays in the form). */
  reload: () => void;
  /** Drops the draft on this device and shows the server's entry. */
  discard: () => Promise<void>;
};

/** Two drafts that show the same: both absent, or both there, equally queued and refused. */
const sameStanding = (a: OfflineDraft | null, b: OfflineDraft | null) =>
  a === b || (!!a && !!b && a.queued === b.queued && (a.stale === b.stale || a.stale?.currentVersion === b.stale?.currentVersion));

const isNetworkFailure = (e: unknown) => !errorCode(e) && !!(e as { networkError?: unknown })?.networkError;

/** navigator.onLine, kept current. */
function useOnline(): boolean {
  const [online, setOnline] = useState(() => (typeof navigator === 'undefined' ? true : navigator.onLine));
  useEffect(() => {
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, []);
  return online;
}

export function useOfflineDraft(r: Result, initial: () => EntryValues): OfflineEntry {
  const userId = getValidSession()?.me.id ?? '';
  const online = useOnline();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider();
  const [values, setValuesState] = useState<EntryValues>(initial);
  const [draft, setDraftState] = useState<OfflineDraft | null>(null);
  const [syncing, setSyncing] = useState(false);
  const [rebasedTo, setRebasedTo] = useState<number | null>(null);
  const draftRef = useRef<OfflineDraft | null>(null);
  const loaded = useRef(false);
  const edited = useRef(false);
  const sending = useRef<Promise<SaveOutcome> | null>(null);
  const initialRef = useRef(initial);
  initialRef.current = initial;
  const version = r.version;

  const setDraft = useCallback(
    async (d: OfflineDraft | null) => {
      draftRef.current = d;
      // The state only says whether there is a draft, queued or refused (status, the effect that sends it): a
      // keystroke that changes only its values keeps it, and the form renders once per keystroke, not twice.
      setDraftState((prev) => (sameStanding(prev, d) ? prev : d));
      // Without IndexedDB (a private window that refuses it) the draft lives as long as the page.
      await (d ? writeDraft(d) : removeDraft(userId, r.id)).catch(() => undefined);
    },
    [userId, r.id],
  );

  // The draft kept on this device, if any, replaces the server's values in the form.
  useEffect(() => {
    let cancelled = false;
    void readDraft(userId, r.id)
      .then((d) => {
        if (cancelled) return;
        loaded.current = true;
        if (edited.current) return;
        if (!d) return setValuesState(initialRef.current());
        draftRef.current = d;
        setDraftState(d);
        setValuesState(d.values);
      })
      .catch(() => (loaded.current = true));
    return () => {
      cancelled = true;
    };
  }, [userId, r.id]);

  const setValues = useCallback((update: SetStateAction<EntryValues>) => {
    edited.current = true;
    setValuesState(update);
  }, []);

  // Every change is written to the device as it is typed; a change made offline is queued to be sent.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs for a change of the values only; the rest is read as it is now
  useEffect(() => {
    if (!edited.current) return;
    const cur = draftRef.current;
    void setDraft({
      userId,
      resultId: r.id,
      taskId: r.task.id,
      values,
      baseVersion: cur?.baseVersion ?? version,
      key: cur?.key ?? newWriteKey(),
      queued: (cur?.queued ?? false) || !navigator.onLine,
      stale: cur?.stale ?? null,
      changedAt: Date.now(),
    });
  }, [values]);

  const send = useCallback(async (): Promise<SaveOutcome> => {
    // Nothing typed since the form took the server's values: nothing to save. Sending them back would only risk a
    // refusal — the page may still show the result as kept on the device (pwa/queryCache.ts) while its newer version
    // (another inspector's confirmation, say) is on the way, and that older version would be refused as stale.
    if (!draftRef.current && !edited.current) return 'saved';
    const d: OfflineDraft = draftRef.current ?? {
      userId,
      resultId: r.id,
      taskId: r.task.id,
      values,
      baseVersion: version,
      key: newWriteKey(),
      queued: false,
      stale: null,
      changedAt: Date.now(),
    };
    if (!navigator.onLine) {
      await setDraft({ ...d, queued: true });
      return 'queued';
    }
    setSyncing(true);
    try {
      const data = await mutate<UpdateResultMutation, UpdateResultMutationVariables>(UPDATE_RESULT, {
        ...toVariables(r.id, d.values),
        baseVersion: d.baseVersion,
        idempotencyKey: d.key,
      });
      const saved = data.updateResult.version;
      const latest = draftRef.current;
      setRebasedTo(null);
      // Typed on while the save was under way: that is the next save, from the version this one made.
      if (latest && latest.changedAt > d.changedAt) await setDraft({ ...latest, baseVersion: saved, key: newWriteKey(), stale: null });
      else {
        edited.current = false;
        await setDraft(null);
      }
      return 'saved';
    } catch (e) {
      const latest = draftRef.current ?? d;
      if (isNetworkFailure(e)) {
        // The answer may have been lost after the server saved: the same key goes again, so it counts once.
        await setDraft({ ...latest, queued: true });
        return 'queued';
      }
      // Refused: nothing was saved under this key; the draft stays, the next save gets a new one.
      const gql = (e as { graphQLErrors?: { extensions?: { currentVersion?: unknown } }[] }).graphQLErrors;
      const currentVersion = typeof gql?.[0]?.extensions?.currentVersion === 'number' ? gql[0].extensions.currentVersion : null;
      const stale = errorCode(e) === 'RESULT.STALE' ? { currentVersion } : latest.stale;
      await setDraft({ ...latest, key: newWriteKey(), queued: false, stale });
      throw e;
    } finally {
      setSyncing(false);
    }
  }, [userId, r.id, r.task.id, values, version, setDraft]);

  /** One save at a time (a click during the automatic one waits for it, then saves what is left). */
  const save = useCallback(async (): Promise<SaveOutcome> => {
    while (sending.current) await sending.current.catch(() => undefined);
    const p = send();
    sending.current = p;
    try {
      return await p;
    } finally {
      sending.current = null;
    }
  }, [send]);

  // Back online (or opened online with a queued draft): send it, once.
  useEffect(() => {
    if (!online || !draft?.queued || draft.stale || syncing || sending.current) return;
    void save().then(
      (outcome) => {
        if (outcome !== 'saved') return;
        notify('resources.Result.offline.synced', { type: 'success' });
        refresh();
      },
      (e) => notify(errorCode(e) === 'RESULT.STALE' ? 'resources.Result.offline.stale_title' : String((e as Error)?.message ?? e), { type: 'error' }),
    );
  }, [online, draft?.queued, draft?.stale, syncing, save, notify, refresh]);

  // Until something is typed, the form follows the server: the page may first show the result as kept on the
  // device (pwa/queryCache.ts) and then as fetched, or as refetched after a save.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the server's version changes
  useEffect(() => {
    if (edited.current || draftRef.current || !loaded.current) return;
    setValuesState(initialRef.current());
  }, [version]);

  /** After RESULT.STALE: the result as the server has it now becomes the draft's base; the form keeps the draft. */
  const reload = useCallback(() => {
    void dataProvider
      .getOne<Result>('Result', { id: r.id })
      .then(async ({ data }) => {
        const d = draftRef.current;
        if (d) await setDraft({ ...d, baseVersion: data.version, stale: null, key: newWriteKey() });
        setRebasedTo(data.version);
        refresh();
      })
      .catch((e) => notify(String((e as Error)?.message ?? e), { type: 'error' }));
  }, [dataProvider, r.id, setDraft, refresh, notify]);

  const discard = useCallback(async () => {
    edited.current = false;
    setRebasedTo(null);
    await setDraft(null);
    setValuesState(initialRef.current());
  }, [setDraft]);

  const status: SyncStatus = draft?.stale ? 'stale' : syncing ? 'syncing' : draft ? 'unsynced' : 'synced';
  return { values, setValues, status, online, queued: !!draft?.queued, rebasedTo, save, reload, discard };
}
