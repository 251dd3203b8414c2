// The yoga instance and the HTTP handler around it, built apart from the code that listens so that tests
// call `app.fetch` in-process on a fresh database.
import { createYoga, maskError } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import { today } from './clock.ts';
import type { PrismaClient } from '@ssj/db';
import { schema } from './schema/index.ts';
import { buildContext, type ServerContext } from './context.ts';
import { createFileRoutes, isFileRoute } from './importing/routes.ts';
import { createDocumentRoutes, isDocumentRoute } from './documents/routes.ts';
import { queryLimitPlugins } from './limits.ts';
import { useChineseRequestErrors } from './requestErrors.ts';
import { userError } from './errors.ts';
import { useReadOnlyTokens } from './readOnlyTokens.ts';
import { isGraphiQLAsset, renderGraphiQLPage, serveGraphiQLAsset } from './graphiql.ts';
import { withSecurityHeaders } from './securityHeaders.ts';
import { databaseError } from './databaseErrors.ts';
import { env } from './env.ts';
import { isPublicDrawFile, servePublicDrawFile } from './publicDrawFiles.ts';
import { isOpenDataPath, serveOpenData, type PublicQuery } from './openData.ts';
import { inProcessQueue, type JobQueue } from './jobs/queue.ts';
import { useReadReplica } from './readReplica.ts';
import { createPublicationDelivery, type DeliveryOptions } from './publication/delivery.ts';
import { createReminders, type ReminderOptions } from './notifications/reminders.ts';
import type { Context } from './context.ts';

export type App = ReturnType<typeof createApp>;

const GRAPHIQL_DEFAULT_QUERY = `# 双随机、一公开监管平台 GraphQL 接口 / GraphQL API
# 未登录时只能查询公开信息（抽查事项清单等）。/ Signed out, only public data answers.
# 登录：运行 mutation { login(username: "analyst", password: "…") { token } }，
# 然后在下方 Headers 中填写 {"Authorization": "Bearer <token>"}。分析人员请使用只读 API 令牌。
# Sign in with the login mutation, then set the Authorization header below. Analysts use read-only API tokens.

# 抽查事项清单 / The checklist (operation names must be ASCII)
query Checklist {
  allCheckItems(perPage: 20) { code name category defaultRatio legalBasis }
}
`;

/** Evidence files travel as base64 in GraphQL (result.ts, up to 20 MB a file ≈ 27 MB encoded). */
const MAX_REQUEST_BYTES = 30 * 1024 * 1024;

export interface AppOptions {
  /** The primary: every write, and every read of a signed-in session. */
  prisma: PrismaClient;
  /** A read replica (DATABASE_READ_URL) for the public pages and analysts' API-token queries (readReplica.ts). */
  readPrisma?: PrismaClient | undefined;
  /** The job queue for imports and other long work; default: run them in this process (jobs/queue.ts). */
  queue?: JobQueue;
  /** Publication delivery's timing (tests shorten the backoff); see publication/delivery.ts. */
  publication?: DeliveryOptions;
  /** Reminders' timing (notifications/reminders.ts); the rounds only run once `reminders.start()` is called (server.ts). */
  reminders?: ReminderOptions;
}

export function createApp({ prisma, readPrisma, queue = inProcessQueue(prisma), publication: publicationOptions, reminders: reminderOptions }: AppOptions) {
  // The outbox's delivery registers its queue task here (before the queue starts); a request that wrote documents
  // wakes it once it has answered, i.e. after its transaction committed (publication/outbox.ts).
  const publication = createPublicationDelivery(prisma, queue, publicationOptions);
  const reminders = createReminders(prisma, queue, reminderOptions);
  const wakeDelivery = {
    onExecute: ({ args }: { args: { contextValue: unknown } }) => ({
      onExecuteDone: () => {
        if ((args.contextValue as Context).published) void publication.wake().catch((e: unknown) => console.error('[publication] wake failed', e));
      },
    }),
  };
  const yoga = createYoga<ServerContext>({
    schema,
    graphqlEndpoint: '/graphql',
    // GraphiQL is served from the package, not a CDN (bureau intranets often have no internet access), and as
    // external files rather than inline script, for the Content-Security-Policy (graphiql.ts).
    graphiql: { title: '双随机、一公开监管平台 GraphQL', defaultQuery: GRAPHIQL_DEFAULT_QUERY },
    renderGraphiQL: renderGraphiQLPage,
    // Unexpected errors are masked; GraphQLErrors we throw (typed, in Chinese) pass through.
    // A database refusal the input provoked (duplicate, unknown reference, value too long) is typed (databaseErrors.ts).
    maskedErrors: { isDev: env.debugErrors, maskError: (error, message, isDev) => databaseError(error) ?? maskError(error, message, isDev) },
    context: ({ request, remoteAddress }) => buildContext(prisma, request, { remoteAddress }),
    landingPage: false,
    // Depth, cost, aliases, directives and tokens of a document are limited (limits.ts); refusals carry QUERY.* codes.
    // graphql-js's own refusals (syntax, unknown fields, wrong variables) get Chinese messages (requestErrors.ts).
    // API tokens never change anything, whatever the role (readOnlyTokens.ts).
    plugins: [wakeDelivery, ...queryLimitPlugins(), useReadOnlyTokens(), useChineseRequestErrors(), ...(readPrisma ? [useReadReplica(readPrisma)] : [])],
    maxRequestBodySize: MAX_REQUEST_BYTES,
  });
  // Spreadsheet import and export: plain HTTP beside /graphql (see importing/routes.ts for why).
  const files = createFileRoutes(prisma, queue);
  // Printable documents (PDF, the target's dossier as ZIP): documents/routes.ts.
  const documents = createDocumentRoutes(prisma);

  /** Fetch-API handler: /health, /graphql, /graphiql/…, /import/…, /export/…, /documents/…, /public/draws/<id>/*.json. Anything else is for the static admin (see server.ts). */
  async function fetch(request: Request, server: ServerContext = {}): Promise<Response> {
    return withSecurityHeaders(await route(request, server));
  }

  /** A public GraphQL query as an anonymous visitor sends it: through /graphql, its limits and plugins, no credential. */
  const publicQuery =
    (origin: string, server: ServerContext): PublicQuery =>
    async (query, variables = {}) => {
      const body = JSON.stringify({ query, variables });
      const res = await yoga.fetch(new Request(`${origin}/graphql`, { method: 'POST', body, headers: { 'content-type': 'application/json' } }), server);
      const json = (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions?: Record<string, unknown> }[] };
      const e = json.errors?.[0];
      if (e) throw new GraphQLError(e.message, { extensions: e.extensions ?? {} });
      return json.data ?? {};
    };

  async function route(request: Request, server: ServerContext): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === '/health') {
      try {
        await prisma.$queryRaw`SELECT 1`;
        return Response.json({ status: 'ok' });
      } catch {
        return Response.json({ status: 'unavailable' }, { status: 503 });
      }
    }
    if (isFileRoute(url.pathname)) return files.fetch(request);
    if (isDocumentRoute(url.pathname)) return documents.fetch(request);
    if (isPublicDrawFile(url.pathname)) return servePublicDrawFile(readPrisma ?? prisma, request);
    if (isOpenDataPath(url.pathname)) return serveOpenData(request, publicQuery(url.origin, server), Number(today().slice(0, 4)));
    if (isGraphiQLAsset(url.pathname)) return serveGraphiQLAsset(request);
    const response = await yoga.fetch(request, server);
    // yoga refuses an oversized body (by Content-Length, or while reading a chunked one) in English.
    if (response.status === 413) return Response.json({ errors: [userError('REQUEST.TOO_LARGE').toJSON()] }, { status: 413 });
    return response;
  }

  return { yoga, fetch, queue, publication, reminders };
}

/** The paths app.fetch answers; the rest belongs to the static admin (server.ts). */
export const isApiPath = (path: string) =>
  path === '/graphql' ||
  path === '/health' ||
  isFileRoute(path) ||
  isDocumentRoute(path) ||
  isPublicDrawFile(path) ||
  isOpenDataPath(path) ||
  isGraphiQLAsset(path);
