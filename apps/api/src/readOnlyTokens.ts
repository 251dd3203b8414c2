// API tokens are read-only for every role (analysts script against the API; an ADMIN may hold a token too):
// any mutation sent with an API-token session is refused with READ_ONLY_TOKEN before a resolver runs. It is
// enforced here, once, for the whole Mutation type, instead of on each mutation's auth scopes, so a mutation
// added later cannot forget it (test/readOnlyTokens.test.ts tries every mutation of the schema).
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from './context.ts';
import { userError } from './errors.ts';

export function useReadOnlyTokens(): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const ctx = args.contextValue as Partial<Context>;
      if (ctx.user?.sessionKind !== 'API_TOKEN') return;
      const operation = getOperationAST(args.document, args.operationName ?? undefined);
      // No operation (several unnamed ones, an unknown name): graphql-js refuses the document itself.
      // Anything but a query may change something (there are no subscriptions).
      if (!operation || operation.operation === 'query') return;
      setResultAndStopExecution({ data: null, errors: [userError('READ_ONLY_TOKEN')] });
    },
  };
}
