// The public pages talk to the API with plain fetch (no Apollo, no token): a few kilobytes instead of the admin's
// GraphQL client, and never a credential, even in a browser that is signed in to the admin.
import { useEffect, useState } from 'react';

export class PublicApiError extends Error {}

/**
 * Sends one of the documents of queries.ts. Pass both the answer's and the variables' types, the ones generated
 * from that document (@ssj/graphql-types/operations): `query<PublicTaskQuery, PublicTaskQueryVariables>`.
 */
export async function query<T, V extends Record<string, unknown>>(document: string, variables: V): Promise<T> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document, variables }),
      credentials: 'omit',
    });
  } catch {
    throw new PublicApiError('网络连接失败，请稍后重试');
  }
  const body = (await res.json().catch(() => null)) as { data?: T; errors?: { message: string }[] } | null;
  if (body?.errors?.length) throw new PublicApiError(body.errors.map((e) => e.message).join('；'));
  if (!res.ok || !body?.data) throw new PublicApiError(`服务暂时不可用（${res.status}），请稍后重试`);
  return body.data;
}

export type Loaded<T> = { data: T | null; error: string | null; loading: boolean };

/** Runs a query when its key changes; the latest answer wins. Typed as `query` is. */
export function useQuery<T, V extends Record<string, unknown>>(document: string, variables: V): Loaded<T> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: true });
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    // The variables were checked against V by the caller; `key` is their JSON, so the effect reruns only when they change.
    query<T, Record<string, unknown>>(document, JSON.parse(key) as Record<string, unknown>).then(
      (data) => live && setState({ data, error: null, loading: false }),
      (e: unknown) => live && setState({ data: null, error: e instanceof Error ? e.message : String(e), loading: false }),
    );
    return () => {
      live = false;
    };
  }, [document, key]);
  return state;
}
