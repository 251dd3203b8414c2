// A result's entry kept on the device (IndexedDB, through idb-keyval) while it is typed, so that a dropped
// connection, a reload or a closed tab loses nothing: the values, the result's version the entry started from,
// and the idempotency key of the next save (the server applies a key once: a retry after a lost answer, or a
// queued save sent twice, has one effect). A draft is removed once the server has what it holds.
// Drafts are kept per signed-in user; they stay on the device after signing out (they are not on the server yet).
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import type { EntryValues } from './ResultCommands';

export type OfflineDraft = {
  userId: string;
  resultId: string;
  /** The result's task, for the to-do list's line of that task (dashboard/TodoCard.tsx). */
  taskId: string;
  values: EntryValues;
  /** The result's version the entry started from; the server refuses a save when the result changed since. */
  baseVersion: number;
  /** The idempotency key of the next save; a new one after every answer from the server. */
  key: string;
  /** Saved (or changed) while offline: sent by itself when the connection returns. */
  queued: boolean;
  /** The server refused the save: the result changed since (RESULT.STALE) — the page offers to reload. */
  stale: { currentVersion: number | null } | null;
  /** When the values last changed on this device (ms since the epoch). */
  changedAt: number;
};

let store: UseStore | null = null;
const drafts = () => (store ??= createStore('ssj-offline-drafts', 'drafts'));
const keyOf = (userId: string, resultId: string) => `${userId}:${resultId}`;

const listeners = new Set<() => void>();
/** Calls `fn` whenever a draft is written or removed in this page; returns the unsubscribe function. */
export function onDraftsChanged(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
const changed = () => {
  for (const fn of listeners) fn();
};

export async function readDraft(userId: string, resultId: string): Promise<OfflineDraft | null> {
  return (await get<OfflineDraft>(keyOf(userId, resultId), drafts())) ?? null;
}

export async function writeDraft(d: OfflineDraft): Promise<void> {
  await set(keyOf(d.userId, d.resultId), d, drafts());
  changed();
}

export async function removeDraft(userId: string, resultId: string): Promise<void> {
  await del(keyOf(userId, resultId), drafts());
  changed();
}

/** The user's drafts on this device (unsynced entries). */
export async function listDrafts(userId: string): Promise<OfflineDraft[]> {
  const all = await entries<string, OfflineDraft>(drafts());
  return all.map(([, d]) => d).filter((d) => d.userId === userId);
}

/**
 * A fresh idempotency key: 128 random bits as hex. crypto.getRandomValues, not randomUUID: the latter exists only in
 * secure contexts, and an intranet server may be reached over plain HTTP.
 */
export function newWriteKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
