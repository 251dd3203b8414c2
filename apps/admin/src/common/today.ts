// The bureau's "today" as the server has it (the public `today` query): a demo or test server pins its day
// (SSJ_TODAY, the demo database's 2026-11-02), and the pages must count from that day, not from the browser's
// clock — default dates, the year of a new plan, the leadership period, the latest allowed completion day.
// Fetched once after sign-in (Layout); until it has arrived, the browser's own Beijing day stands in.
import { useEffect, useSyncExternalStore } from 'react';
import type { TodayQuery, TodayQueryVariables } from '@ssj/graphql-types/operations';

const CHINA = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Beijing calendar day of an instant (the browser's clock by default), as YYYY-MM-DD. */
export const browserToday = (now: Date = new Date()): string => CHINA.format(now);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

let serverDay: string | null = null;
let loading: Promise<string> | null = null;
const listeners = new Set<() => void>();

const emit = () => {
  for (const l of listeners) l();
};

/** Today in the bureau's calendar: the server's day once known, else the browser's Beijing day. */
export const today = (): string => serverDay ?? browserToday();

/** Whether the server's day has arrived. */
export const todayLoaded = (): boolean => serverDay !== null;

/** Sets the server's day (null forgets it: the browser's day stands in again). */
export function setServerToday(day: string | null): void {
  if (day !== null && !ISO_DATE.test(day)) throw new Error(`not a day: ${JSON.stringify(day)}`);
  if (day === null) loading = null;
  if (day === serverDay) return;
  serverDay = day;
  emit();
}

/** Asks the server once (later calls share the answer); a failure leaves the browser's day and may be retried. */
export function loadServerToday(fetchDay: () => Promise<string>): Promise<string> {
  if (serverDay) return Promise.resolve(serverDay);
  loading ??= fetchDay().then(
    (day) => {
      setServerToday(day);
      return day;
    },
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** The server's `today`, through the one GraphQL client (loaded lazily: unit tests need no client). */
async function fetchServerToday(): Promise<string> {
  const [{ graphqlClient }, { TODAY }] = await Promise.all([import('../dataProvider/graphqlClient'), import('../dataProvider/calendarDocuments')]);
  const { data } = await graphqlClient.query<TodayQuery, TodayQueryVariables>({ query: TODAY });
  return data.today;
}

/** Today (re-rendering when the server's day arrives); starts the one load if nobody has yet. */
export function useToday(): string {
  const day = useSyncExternalStore(subscribe, today, today);
  useEffect(() => {
    if (!todayLoaded()) loadServerToday(fetchServerToday).catch(() => undefined);
  }, []);
  return day;
}

/** Whether the server's day has arrived (for defaults set once, e.g. a new plan's year). */
export const useTodayLoaded = (): boolean => useSyncExternalStore(subscribe, todayLoaded, todayLoaded);
