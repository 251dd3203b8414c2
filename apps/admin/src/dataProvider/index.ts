// react-admin's data provider over our GraphQL API (ra-data-graphql-simple conventions: allXs, _allXsMeta,
// X, createX, updateX, deleteX). Errors keep the server's Chinese message (see errors.ts).
import buildGraphQLProvider from 'ra-data-graphql-simple';
import type { DataProvider } from 'react-admin';
import { currentRole } from '../session';
import { apolloClient } from './apolloClient';
import { makeBuildQuery } from './buildQuery';
import { toHttpError } from './errors';
import { RESOURCE_TYPES } from './resources';

export { RESOURCE_TYPES };

const graphQLProvider = buildGraphQLProvider({
  client: apolloClient,
  buildQuery: makeBuildQuery(currentRole),
  introspection: { include: [...RESOURCE_TYPES] },
}) as DataProvider;

const METHODS = ['getList', 'getOne', 'getMany', 'getManyReference', 'create', 'update', 'updateMany', 'delete', 'deleteMany'] as const;

/** The provider react-admin uses: every method rethrows errors as HttpError carrying the server's message. */
export const dataProvider: DataProvider = Object.fromEntries(
  METHODS.map((m) => [
    m,
    async (resource: string, params: unknown) => {
      try {
        return await (graphQLProvider[m] as (r: string, p: unknown) => Promise<unknown>)(resource, params);
      } catch (e) {
        throw toHttpError(e);
      }
    },
  ]),
) as unknown as DataProvider;
