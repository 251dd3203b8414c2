// react-admin's data provider over our GraphQL API (ra-data-graphql-simple conventions: allXs, _allXsMeta,
// X, createX, updateX, deleteX). Errors keep the server's Chinese message (see errors.ts).
import buildGraphQLProvider from 'ra-data-graphql-simple';
import type { DataProvider } from 'react-admin';
import { currentRole } from '../session';
import { apolloClient } from './apolloClient';
import { makeBuildQuery } from './buildQuery';
import { toHttpError } from './errors';
import { RESOURCE_TYPES } from '../resources/registry';

export { RESOURCE_TYPES };

// The provider builds its queries from the schema. It reads the schema the build ships (generated from the
// printed schema, packages/graphql-types/introspection.ts: a small, cached chunk loaded on the first request)
// rather than asking the server for an introspection on every start.
type ProviderOptions = NonNullable<Parameters<typeof buildGraphQLProvider>[0]>;
type IntrospectionSchema = NonNullable<Exclude<ProviderOptions['introspection'], false | undefined>['schema']>;
let graphQLProvider: Promise<DataProvider> | null = null;
const provider = (): Promise<DataProvider> =>
  (graphQLProvider ??= import('@ssj/graphql-types/introspection.json').then(
    ({ default: schema }) =>
      buildGraphQLProvider({
        client: apolloClient,
        buildQuery: makeBuildQuery(currentRole),
        introspection: { schema: schema as unknown as IntrospectionSchema, include: [...RESOURCE_TYPES] },
      }) as DataProvider,
  ));

const METHODS = ['getList', 'getOne', 'getMany', 'getManyReference', 'create', 'update', 'updateMany', 'delete', 'deleteMany'] as const;

/** The provider react-admin uses: every method rethrows errors as HttpError carrying the server's message. */
export const dataProvider: DataProvider = Object.fromEntries(
  METHODS.map((m) => [
    m,
    async (resource: string, params: unknown) => {
      try {
        return await ((await provider())[m] as (r: string, p: unknown) => Promise<unknown>)(resource, params);
      } catch (e) {
        throw toHttpError(e);
      }
    },
  ]),
) as unknown as DataProvider;
