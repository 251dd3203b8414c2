// react-admin's data provider over our GraphQL API (ra-data-graphql-simple conventions: allXs, _allXsMeta,
// X, createX, updateX, deleteX). Errors keep the server's Chinese message (see errors.ts).
import type { DataProvider } from 'react-admin';
import { toHttpError } from './errors';
import { RESOURCE_TYPES } from '../resources/registry';

export { RESOURCE_TYPES };

// The provider (graphqlProvider.ts: graphql-js, the query builder and the schema the build ships, generated from
// the printed schema by packages/graphql-types/introspection.ts — never an introspection query to the server)
// is a chunk of its own, loaded on the first data request: the first screen does not need it.
let graphQLProvider: Promise<DataProvider> | null = null;
const provider = (): Promise<DataProvider> => (graphQLProvider ??= import('./graphqlProvider').then((m) => m.graphqlProvider));

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
