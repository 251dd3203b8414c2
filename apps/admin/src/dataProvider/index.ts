// react-admin's data provider over our GraphQL API (ra-data-graphql-simple conventions: allXs, _allXsMeta,
// X, createX, updateX, deleteX). Errors keep the server's Chinese message (see errors.ts).
import buildGraphQLProvider, { buildQuery as defaultBuildQuery } from 'ra-data-graphql-simple';
import type { IntrospectionResult } from 'ra-data-graphql';
import { GET_ONE, type DataProvider } from 'react-admin';
import { currentRole } from '../session';
import { apolloClient } from './apolloClient';
import { toHttpError } from './errors';
import { sparseFieldsFor } from './fields';

/** The GraphQL types the admin shows as resources (each has allXs, _allXsMeta, X and — mostly — mutations). */
export const RESOURCE_TYPES = [
  'Unit', 'User', 'CheckItem', 'TargetLibrary', 'Target', 'Inspector', 'Expert', 'DirectoryConfirmation', 'AuditEvent',
] as const;

type BuildQuery = ReturnType<typeof defaultBuildQuery>;
type Params = Record<string, unknown> & { meta?: Record<string, unknown> };

const buildQuery = (introspection: IntrospectionResult): BuildQuery => {
  const inner = defaultBuildQuery(introspection);
  const resourceTypes = new Set(introspection.resources.map((r) => r.type.name));
  return ((fetchType: string, resourceName: string, params: Params) => {
    const resource = introspection.resources.find((r) => r.type.name === resourceName);
    if (!resource || fetchType === 'DELETE_MANY' || fetchType === 'UPDATE_MANY' || params?.meta?.sparseFields) {
      return inner(fetchType, resourceName, params);
    }
    const fields = (resource.type as unknown as { fields: Parameters<typeof sparseFieldsFor>[1] }).fields;
    const sparseFields = sparseFieldsFor(resourceName, fields, resourceTypes, { role: currentRole(), detail: fetchType === GET_ONE });
    return inner(fetchType, resourceName, { ...params, meta: { ...(params?.meta ?? {}), sparseFields } });
  }) as BuildQuery;
};

const graphQLProvider = buildGraphQLProvider({
  client: apolloClient,
  buildQuery,
  introspection: { include: [...RESOURCE_TYPES] },
}) as DataProvider & { client?: unknown };

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
