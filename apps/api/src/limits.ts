// Limits on what one GraphQL document may ask for, so that an API token (analysts script against the API) or an
// anonymous caller of the public queries cannot tie the server up with one request: nesting depth, an
// estimated cost, aliases, directives and tokens, checked by GraphQL Armor (Escape's maintained envelop plugins)
// before anything runs. A refusal is a GraphQLError in Chinese with a stable code in extensions.code, the limit
// and what the document had, like every other refusal (errors.ts).
//
// The limits leave room above what the admin's own pages send (apps/admin/test/unit/queryLimits.test.ts checks
// every data-provider and page document against them) and skip introspection (`__schema`), which react-admin's
// GraphQL provider and GraphiQL need in full. Page size is capped separately (listing.ts: 25 by default, 500 at
// most), and the rows a document may ask for are counted with the page sizes it asks for (listCost below).
import { costLimitPlugin, costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin, maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin, maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin, maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import {
  getNamedType,
  getOperationAST,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  valueFromAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { userError } from './errors.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './listing.ts';

export const QUERY_LIMITS = {
  /** Nesting of fields (introspection not counted). The admin's deepest document has 5. */
  depth: 10,
  /** GraphQL Armor's estimate: 1 a scalar, 2 an object, ×1.5 a level of nesting. The admin's costliest document ≈ 280. */
  cost: 2000,
  /** Aliased fields in one document (`__typename` not counted). The admin's dashboard has 7. */
  aliases: 20,
  /** Directives (@include, @skip …) in one document. */
  directives: 20,
  /** Lexical tokens of the document. The admin's longest document has ≈ 170, GraphiQL's introspection query ≈ 180. */
  tokens: 2000,
  /**
   * Fields × rows a document may ask for, counting each list as its page size (perPage, else the default 25; a
   * nested list without paging as 5): one page of 500 targets with 18 fields ≈ 9,500; the admin's heaviest page
   * (users and units, 500 each) ≈ 7,500; twenty aliases of 500 rows with 5 fields each = 50,000.
   */
  rows: 50000,
} as const;

/**
 * The size counted for a nested list without page arguments (a task's check items and targets, a team's members,
 * a form's fields): most hold a handful; depth (10) and GraphQL Armor's cost keep deep nesting of them in check.
 */
const UNPAGED_LIST_SIZE = 5;

export const LIMIT_CODES = {
  depth: 'QUERY.TOO_DEEP',
  cost: 'QUERY.TOO_COSTLY',
  aliases: 'QUERY.TOO_MANY_ALIASES',
  directives: 'QUERY.TOO_MANY_DIRECTIVES',
  tokens: 'QUERY.TOO_MANY_TOKENS',
} as const;

type Limit = Exclude<keyof typeof QUERY_LIMITS, 'rows'>;

/** The plugin's own message says what it found ("… exceeded, found 12."); the token counter stops at the limit. */
function typedError(limit: Limit, err: GraphQLError): GraphQLError {
  const found = /found (\d+(?:\.\d+)?)/.exec(err.message)?.[1];
  const max = QUERY_LIMITS[limit];
  const detail = found ? `上限 ${max}，本次 ${Math.ceil(Number(found))}` : `上限 ${max}`;
  return userError(LIMIT_CODES[limit], detail, { limit: max, ...(found ? { found: Math.ceil(Number(found)) } : {}) });
}

/** Validation-time limits report our typed error instead of the plugin's English one. */
const report = (limit: Limit) => ({
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, err: GraphQLError) => ctx?.reportError(typedError(limit, err))],
});

const options = {
  depth: { n: QUERY_LIMITS.depth, ignoreIntrospection: true, ...report('depth') },
  cost: { maxCost: QUERY_LIMITS.cost, ignoreIntrospection: true, ...report('cost') },
  aliases: { n: QUERY_LIMITS.aliases, ...report('aliases') },
  directives: { n: QUERY_LIMITS.directives, ...report('directives') },
};

/**
 * The rows × fields a document's operation asks for (introspection not counted): a scalar counts 1, an object
 * 1 plus its fields, a list its size times that. A list's size is its `perPage` (literal or variable), else the
 * default page; `take` likewise; a list without either counts UNPAGED_LIST_SIZE.
 */
export function listCost(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null, variables: Record<string, unknown> = {}): number {
  const operation = getOperationAST(document, operationName ?? undefined);
  if (!operation) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const root = schema.getRootType(operation.operation);
  const size = (field: GraphQLField<unknown, unknown>, node: { arguments?: readonly { name: { value: string }; value: import('graphql').ValueNode }[] }) => {
    for (const name of ['perPage', 'take']) {
      const def = field.args.find((a) => a.name === name);
      if (!def) continue;
      const ast = node.arguments?.find((a) => a.name.value === name)?.value;
      const v = ast ? valueFromAST(ast, def.type, variables) : undefined;
      // A perPage over the maximum is refused by the list itself, with its own message.
      return typeof v === 'number' && v > 0 ? Math.min(v, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
    }
    return UNPAGED_LIST_SIZE;
  };
  const cost = (set: SelectionSetNode | undefined, type: GraphQLNamedType | undefined | null, seen: Set<string>): number => {
    if (!set || !type || !isCompositeType(type)) return 0;
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        total += cost(sel.selectionSet, sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type, seen);
      } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const f = fragments.get(sel.name.value);
        if (f && !seen.has(f.name.value)) total += cost(f.selectionSet, schema.getType(f.typeCondition.name.value), new Set([...seen, f.name.value]));
      } else {
        if (sel.name.value.startsWith('__')) continue;
        const field = 'getFields' in type ? type.getFields()[sel.name.value] : undefined;
        if (!field) continue;
        const own = 1 + cost(sel.selectionSet, getNamedType(field.type), seen);
        total += isListType(getNullableType(field.type)) ? size(field, sel) * own : own;
      }
    }
    return total;
  };
  return cost(operation.selectionSet, root, new Set());
}

/** Refuses, before it runs, an operation whose listCost is over QUERY_LIMITS.rows (QUERY.TOO_COSTLY). */
function useListCostLimit(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const found = listCost(args.schema, args.document, args.operationName, (args.variableValues ?? {}) as Record<string, unknown>);
      if (found > QUERY_LIMITS.rows) {
        setResultAndStopExecution({
          data: null,
          errors: [
            userError(LIMIT_CODES.cost, `按每页条数估算的数据量上限 ${QUERY_LIMITS.rows}，本次 ${Math.ceil(found)}；请减少每页条数、字段或别名`, {
              limit: QUERY_LIMITS.rows,
              found: Math.ceil(found),
            }),
          ],
        });
      }
    },
  };
}

/** The envelop plugins for yoga. */
export function queryLimitPlugins() {
  return [
    // Tokens are counted while parsing, before there is a validation context: the handler throws our error,
    // which yoga answers like a syntax error (HTTP 400) with our code.
    maxTokensPlugin({
      n: QUERY_LIMITS.tokens,
      onReject: [
        (_ctx, err) => {
          throw typedError('tokens', err);
        },
      ],
    }),
    maxDepthPlugin(options.depth),
    costLimitPlugin(options.cost),
    maxAliasesPlugin(options.aliases),
    maxDirectivesPlugin(options.directives),
    useListCostLimit(),
  ];
}

/** The same limits as plain validation rules, for checking documents without a server (tests, tools). */
export function queryLimitRules(): ValidationRule[] {
  return [
    maxDepthRule(options.depth),
    costLimitRule(options.cost),
    maxAliasesRule(options.aliases),
    maxDirectivesRule(options.directives),
  ] as unknown as ValidationRule[];
}
