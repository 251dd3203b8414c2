// How each react-admin call becomes a GraphQL document: ra-data-graphql-simple's default, with the fields
// chosen per role and page (fields.ts), and no arguments the server's `_allXsMeta` does not declare.
import { buildQuery as defaultBuildQuery } from 'ra-data-graphql-simple';
import type { IntrospectionResult } from 'ra-data-graphql';
import { visit, type DocumentNode } from 'graphql';
import type { Role } from '../session';
import { sparseFieldsFor } from './fields';

type BuildQuery = ReturnType<typeof defaultBuildQuery>;
type Params = Record<string, unknown> & { meta?: Record<string, unknown> };
type IntrospectedQuery = { name: string; args: Array<{ name: string }> };

/**
 * ra-data-graphql-simple passes the list's paging arguments (page, perPage) to `_allXsMeta` too, as its README
 * schema declares them there. A server whose count query takes only `filter` would reject the whole list, so
 * arguments the count query does not declare are dropped.
 */
function keepDeclaredArguments(doc: DocumentNode, queries: IntrospectedQuery[]): DocumentNode {
  const declared = new Map(queries.map((q) => [q.name, new Set(q.args.map((a) => a.name))]));
  return visit(doc, {
    Field(node) {
      const allowed = node.name.value.startsWith('_') ? declared.get(node.name.value) : undefined;
      if (!allowed || !node.arguments?.length) return undefined;
      return { ...node, arguments: node.arguments.filter((a) => allowed.has(a.name.value)) };
    },
  });
}

export const makeBuildQuery =
  (getRole: () => Role | null) =>
  (introspection: IntrospectionResult): BuildQuery => {
    const inner = defaultBuildQuery(introspection);
    const resourceTypes = new Set(introspection.resources.map((r) => r.type.name));
    const queries = introspection.queries as unknown as IntrospectedQuery[];
    return ((fetchType: string, resourceName: string, params: Params) => {
      const resource = introspection.resources.find((r) => r.type.name === resourceName);
      let withFields = params;
      if (resource && fetchType !== 'DELETE_MANY' && fetchType !== 'UPDATE_MANY' && !params?.meta?.sparseFields) {
        const fields = (resource.type as unknown as { fields: Parameters<typeof sparseFieldsFor>[1] }).fields;
        const sparseFields = sparseFieldsFor(resourceName, fields, resourceTypes, { role: getRole(), detail: fetchType === 'GET_ONE' });
        withFields = { ...params, meta: { ...(params?.meta ?? {}), sparseFields } };
      }
      const built = inner(fetchType, resourceName, withFields);
      return { ...built, query: keepDeclaredArguments(built.query as DocumentNode, queries) };
    }) as BuildQuery;
  };
