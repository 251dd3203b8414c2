// The one GraphQL client: the react-admin data provider (dataProvider/graphqlProvider.ts) and the custom pages
// (dashboard, commands, API tokens, sign-in …) all send their documents through it, with the bearer token of
// the current session. It is a POST over fetch: the admin sends documents as strings (dataProvider/documents.ts,
// typed by @ssj/graphql-types/operations) and caches nothing, so a full GraphQL client (Apollo: ≈ 60 kB gzip)
// would only add weight to the first screen.
import type { GraphQLFormattedError } from 'graphql';
import { getSession } from '../session';

export const GRAPHQL_URL = '/graphql';

/**
 * What a request that did not return data throws. `graphQLErrors` holds the server's typed refusals (its Chinese
 * message, `extensions.code`, `extensions.field`), also when the server sent them with HTTP 4xx (e.g. a variable
 * its scalar rejects); `statusCode` is set when the answer was no GraphQL response at all (a proxy's 502 …).
 * dataProvider/errors.ts reads either.
 */
export class GraphQLRequestError extends Error {
  readonly graphQLErrors: readonly GraphQLFormattedError[];
  readonly statusCode: number | undefined;
  constructor(message: string, graphQLErrors: readonly GraphQLFormattedError[], statusCode?: number) {
    super(message);
    this.name = 'GraphQLRequestError';
    this.graphQLErrors = graphQLErrors;
    this.statusCode = statusCode;
  }
}

export type RequestOptions<TVariables> = {
  variables?: TVariables;
  /** Extra headers (the sign-out sends the token being revoked). */
  headers?: Record<string, string>;
  signal?: AbortSignal | null;
};

type Body<TData> = { data?: TData | null; errors?: GraphQLFormattedError[] };

/** Sends one document and returns its data; any GraphQL error or a failed request throws GraphQLRequestError. */
export async function request<TData, TVariables = Record<string, unknown>>(
  document: string,
  { variables, headers, signal }: RequestOptions<TVariables> = {},
): Promise<TData> {
  const token = getSession()?.token;
  const response = await fetch(GRAPHQL_URL, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ query: document, ...(variables ? { variables } : {}) }),
    signal: signal ?? undefined,
  });
  let body: Body<TData> | null = null;
  try {
    body = (await response.json()) as Body<TData>;
  } catch {
    body = null;
  }
  const errors = Array.isArray(body?.errors) ? body.errors : [];
  if (errors.length > 0) throw new GraphQLRequestError(errors.map((e) => e.message).join('; '), errors);
  if (!response.ok || !body || body.data == null) {
    throw new GraphQLRequestError(`Response not successful: Received status code ${response.status}`, [], response.status);
  }
  return body.data;
}

/** `request` in the shape the pages call it: `query({ query, variables })` and `mutate({ mutation, variables })`. */
export const graphqlClient = {
  async query<TData, TVariables = Record<string, unknown>>({ query, ...options }: { query: string } & RequestOptions<TVariables>) {
    return { data: await request<TData, TVariables>(query, options) };
  },
  async mutate<TData, TVariables = Record<string, unknown>>({ mutation, ...options }: { mutation: string } & RequestOptions<TVariables>) {
    return { data: await request<TData, TVariables>(mutation, options) };
  },
};
