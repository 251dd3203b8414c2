// The yoga instance and the HTTP handler around it, built apart from the code that listens so that tests
// call `app.fetch` in-process on a fresh database.
import { createYoga } from 'graphql-yoga';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { PrismaClient } from '@ssj/db';
import { schema } from './schema/index.ts';
import { buildContext } from './context.ts';

export type App = ReturnType<typeof createApp>;

export function createApp({ prisma }: { prisma: PrismaClient }) {
  const yoga = createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    // GraphiQL is served from the package, not a CDN: bureau intranets often have no internet access.
    graphiql: { title: '双随机、一公开监管平台 GraphQL', defaultQuery: '{ me { name role unitName } }' },
    renderGraphiQL,
    // Unexpected errors are masked; GraphQLErrors we throw (typed, in Chinese) pass through.
    maskedErrors: { isDev: process.env.SSJ_DEBUG_ERRORS === '1' },
    context: ({ request }) => buildContext(prisma, request),
    landingPage: false,
  });

  /** Fetch-API handler: /health, /graphql. Anything else is for the static admin (see server.ts). */
  async function fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === '/health') {
      try {
        await prisma.$queryRaw`SELECT 1`;
        return Response.json({ status: 'ok' });
      } catch {
        return Response.json({ status: 'unavailable' }, { status: 503 });
      }
    }
    return yoga.fetch(request);
  }

  return { yoga, fetch };
}
