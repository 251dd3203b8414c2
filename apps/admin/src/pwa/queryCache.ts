// The query cache of the admin (TanStack Query, which react-admin and our pages fetch through), kept on the device
// in IndexedDB per signed-in user, so a page opened before the connection dropped shows its data again after a
// reload offline (a result's entry page: the result, its task's forms, the units). Offline, queries pause and show
// what was kept; online, they refetch as usual. Kept at most a week; forgotten when the user signs out.
import { QueryClient, dehydrate, hydrate, onlineManager, type DehydratedState } from '@tanstack/react-query';
import { clear, createStore, get, set, type UseStore } from 'idb-keyval';
import { getValidSession } from '../session';

export const queryClient = new QueryClient();

// TanStack Query 5 starts out "online" and only listens to the online/offline events: a page loaded offline would
// fetch, fail, and react-admin would leave the record's page ("record not found"). Start from the browser's state,
// so queries pause and show what was kept until the connection returns.
if (typeof navigator !== 'undefined') onlineManager.setOnline(navigator.onLine);

const MAX_AGE_MS = 7 * 24 * 3600 * 1000;
let store: UseStore | null = null;
const cache = () => (store ??= createStore('ssj-offline-queries', 'queries'));
type Saved = { at: number; state: DehydratedState };

const keyFor = (userId: string) => `queries:${userId}`;

function persist(): void {
  const me = getValidSession()?.me;
  if (!me) return;
  const state = dehydrate(queryClient, { shouldDehydrateQuery: (q) => q.state.status === 'success' && q.state.data !== undefined });
  void set(keyFor(me.id), { at: Date.now(), state } satisfies Saved, cache()).catch(() => undefined);
}

let persisting = false;
function startPersisting(): void {
  if (persisting) return;
  persisting = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' && event.type !== 'removed') return;
    clearTimeout(timer);
    timer = setTimeout(persist, 500);
  });
  // The last changes before the page goes away (a reload, the app sent to the background on a phone).
  window.addEventListener('pagehide', persist);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && persist());
}

/** Puts the signed-in user's kept queries back into the cache (before the first render), then keeps it up to date. */
export async function restoreQueryCache(): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  const me = getValidSession()?.me;
  try {
    const saved = me ? await get<Saved>(keyFor(me.id), cache()) : undefined;
    if (saved && Date.now() - saved.at < MAX_AGE_MS) hydrate(queryClient, saved.state);
  } catch {
    // an unreadable cache: start empty
  }
  startPersisting();
}

/** Forgets every query kept on the device (on signing out; react-admin empties the page's cache itself). */
export async function forgetKeptQueries(): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  await clear(cache()).catch(() => undefined);
}
