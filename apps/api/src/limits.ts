// Limits on what one GraphQL document may ask for, so that an API token (analysts script against the API) or an
// anonymous caller of the public queries cannot tie the server up with one request: nesting depth, an
// estimated cost, aliases, directives and tokens, checked by GraphQL Armor (Escape's maintained envelop plugins)
// before anything runs. A refusal is a GraphQLError in Chinese with a stable code in extensions.code, the limit
// and what the document had, like every other refusal (errors.ts).
//
// The limits leave room above what the admin's own pages send (apps/admin/test/unit/queryLimits.test.ts checks
// every data-provider and page document against them) and skip introspection (`__schema`), which react-admin's
// GraphQL provider and GraphiQL need in full. Page size is capped separately (listing.ts: 500 a page).
import { costLimitPlugin, costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin, maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin, maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin, maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { userError } from './errors.ts';

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
} as const;

export const LIMIT_CODES = {
  depth: 'QUERY.TOO_DEEP',
  cost: 'QUERY.TOO_COSTLY',
  aliases: 'QUERY.TOO_MANY_ALIASES',
  directives: 'QUERY.TOO_MANY_DIRECTIVES',
  tokens: 'QUERY.TOO_MANY_TOKENS',
} as const;

type Limit = keyof typeof QUERY_LIMITS;

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
  ];
}

/** The same limits as plain validation rules, for checking documents without a server (tests, tools). */
export function queryLimitRules(): ValidationRule[] {
  return [maxDepthRule(options.depth), costLimitRule(options.cost), maxAliasesRule(options.aliases), maxDirectivesRule(options.directives)] as unknown as ValidationRule[];
}
