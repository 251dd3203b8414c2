// The one Apollo client: the react-admin data provider and the custom pages (dashboard, API tokens,
// directory confirmation, sign-in) all go through it, with the bearer token of the current session.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, Observable, from, type FetchResult } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';
import { getSession } from '../session';

export const GRAPHQL_URL = '/graphql';

const authLink = new ApolloLink((operation, forward) => {
  const token = getSession()?.token;
  operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
    headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  }));
  return forward(operation);
});

/**
 * The server answers some refusals (e.g. a variable its scalar rejects) with HTTP 4xx and a GraphQL error body.
 * Apollo turns those into a network error whose text is "Response not successful: Received status code 400";
 * this link hands the body's GraphQL errors on instead, so the server's Chinese message and code reach the user.
 */
const keepServerErrors = new ApolloLink(
  (operation, forward) =>
    new Observable<FetchResult>((observer) => {
      const sub = forward(operation).subscribe({
        next: (v) => observer.next(v),
        complete: () => observer.complete(),
        error: (err: unknown) => {
          const errors = (err as { result?: { errors?: GraphQLFormattedError[] } } | null)?.result?.errors;
          if (Array.isArray(errors) && errors.length > 0) {
            observer.next({ data: null, errors } as FetchResult);
            observer.complete();
          } else {
            observer.error(err);
          }
        },
      });
      return () => sub.unsubscribe();
    }),
);

export const apolloClient = new ApolloClient({
  link: from([authLink, keepServerErrors, new HttpLink({ uri: GRAPHQL_URL })]),
  cache: new InMemoryCache(),
  defaultOptions: {
    query: { fetchPolicy: 'no-cache', errorPolicy: 'none' },
    watchQuery: { fetchPolicy: 'no-cache' },
    mutate: { fetchPolicy: 'no-cache' },
  },
});
