// react-admin's data provider over our GraphQL API, loaded on the first data request (dataProvider/index.ts), so
// graphql-js and the query builder are not part of the first screen (the dashboard and the sign-in page use
// their own documents). It does what ra-data-graphql's provider does, with the same pieces: the resources
// introspected from the schema the build ships (@ssj/graphql-types/introspection.json, ra-data-graphql's
// `introspectSchema` and operation names), each call's document built by ra-data-graphql-simple's buildQuery
// (wrapped in buildQuery.ts: fields per role), its answer parsed by the same builder — but sent through our
// small fetch client (graphqlClient.ts) instead of an Apollo client.
import schema from '@ssj/graphql-types/introspection.json';
import { Kind, print, visit, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { defaultOptions, introspectSchema, type IntrospectionResult } from 'ra-data-graphql';
import { CREATE, DELETE, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, HttpError, UPDATE, type DataProvider } from 'react-admin';
import { RESOURCE_TYPES } from '../resources/registry';
import { currentRole } from '../session';
import { makeBuildQuery } from './buildQuery';
import { GraphQLRequestError, request } from './graphqlClient';

type Schema = NonNullable<Parameters<typeof introspectSchema>[1]['schema']>;

/** The resources, queries and types of the schema, as ra-data-graphql's provider introspects them. */
export const introspect = (): Promise<IntrospectionResult> =>
  introspectSchema(undefined as never, {
    ...defaultOptions.introspection,
    schema: schema as unknown as Schema,
    include: [...RESOURCE_TYPES],
  }) as unknown as Promise<IntrospectionResult>;

const TYPENAME = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } } as const;

/**
 * Asks for `__typename` in every nested selection, as an Apollo client does on its own: ra-data-graphql-simple's
 * response parser flattens a related record (`unit.id`, `…Ids`, no null fields) only when it carries its type name.
 */
export function withTypenames(doc: DocumentNode): DocumentNode {
  return visit(doc, {
    SelectionSet(node: SelectionSetNode, _key, parent) {
      if (parent && (parent as OperationDefinitionNode).kind === Kind.OPERATION_DEFINITION) return undefined;
      if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
      return { ...node, selections: [...node.selections, TYPENAME] };
    },
  });
}

type Params = Record<string, unknown> & { signal?: AbortSignal };

function build(): DataProvider {
  let introspection: Promise<IntrospectionResult> | null = null;
  const buildQuery = makeBuildQuery(currentRole);

  const call = async (fetchType: string, resource: string, params: Params) => {
    introspection ??= introspect();
    const results = await introspection;
    const { parseResponse, query, variables } = buildQuery(results)(fetchType, resource, params);
    const doc = withTypenames(query as DocumentNode);
    const operation = (doc.definitions[0] as OperationDefinitionNode).operation;
    try {
      const data = await request(print(doc), { variables, signal: operation === 'query' ? params?.signal : undefined });
      // The parser reads `data` only (it is typed for Apollo's whole result).
      return parseResponse({ data } as Parameters<typeof parseResponse>[0]);
    } catch (e) {
      // As ra-data-graphql: a failed request (no GraphQL errors) becomes an HttpError with its status; a typed
      // refusal keeps its GraphQL errors for errors.ts.
      if (e instanceof GraphQLRequestError && e.graphQLErrors.length > 0) throw e;
      throw new HttpError(e instanceof Error ? e.message : String(e), e instanceof GraphQLRequestError ? e.statusCode : undefined);
    }
  };

  const provider = {
    getList: (resource: string, params: Params) => call(GET_LIST, resource, params),
    getOne: (resource: string, params: Params) => call(GET_ONE, resource, params),
    getMany: (resource: string, params: Params) => call(GET_MANY, resource, params),
    getManyReference: (resource: string, params: Params) => call(GET_MANY_REFERENCE, resource, params),
    create: (resource: string, params: Params) => call(CREATE, resource, params),
    update: (resource: string, params: Params) => call(UPDATE, resource, params),
    delete: (resource: string, params: Params) => call(DELETE, resource, params),
    // The API has no plural mutations: one request per record, as ra-data-graphql-simple does without bulk actions.
    deleteMany: async (resource: string, { ids, ...rest }: Params & { ids: unknown[] }) => {
      const results = await Promise.all(ids.map((id) => call(DELETE, resource, { id, previousData: null, ...rest })));
      return { data: results.map(({ data }: { data: { id: unknown } }) => data.id) };
    },
    updateMany: async (resource: string, { ids, data, ...rest }: Params & { ids: unknown[] }) => {
      const results = await Promise.all(ids.map((id) => call(UPDATE, resource, { id, data, previousData: null, ...rest })));
      return { data: results.map(({ data }: { data: { id: unknown } }) => data.id) };
    },
  };
  return provider as unknown as DataProvider;
}

export const graphqlProvider = build();
