// The read replica (DATABASE_READ_URL, issue 14): a streaming standby of the primary that answers the reads that
// may lag a moment behind it — the public pages' queries (signed out) and analysts' API-token queries — so that
// their load does not fall on the primary. Never a write, and never a read inside a write: a mutation, a signed-in
// browser session's request, and the session lookup itself (which records the token's use) stay on the primary.
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { PrismaClient } from '@ssj/db';
import type { Context } from './context.ts';

/** Whether a GraphQL operation of this caller may read from the replica. */
export const mayReadReplica = (user: Context['user'], operation: string | undefined): boolean =>
  operation === 'query' && (!user || user.sessionKind === 'API_TOKEN');

/** Swaps the context's client for the replica's on the operations `mayReadReplica` allows. */
export function useReadReplica(replica: PrismaClient): Plugin<Context> {
  return {
    onExecute({ args, extendContext }) {
      const ctx = args.contextValue as Partial<Context>;
      const operation = getOperationAST(args.document, args.operationName ?? undefined);
      if (mayReadReplica(ctx.user ?? null, operation?.operation)) extendContext({ prisma: replica });
    },
  };
}
