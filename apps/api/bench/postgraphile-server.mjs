// PostGraphile 5 as deployed, for bench:scale's list step (issue 14: "req/s vs PostGraphile 5 on the same database"):
// the amber preset over schema `public` (Prisma's tables and foreign keys), grafserv on node:http, in its own process
// so that its CPU and RSS can be read from /proc like the API's. Plain JavaScript run by plain node (no tsx in the
// serving process), a devDependency: nothing of it is in the API's bundle.
//
//   node apps/api/bench/postgraphile-server.mjs postgresql://…/ssj_scale_x 4610 [--session-check]
//
// Its settings are arguments, not environment variables (the environment is read in the modules listed by
// test/env.test.ts; this script runs under plain node, without the TypeScript of bench/benchEnv.ts).
//
// Fairness: the API checks a session on every request (a Session row by the bearer token's SHA-256). PostGraphile has no
// sessions; with --session-check (what the bench passes) its per-request context does the same look-up through
// its own pool first and refuses a request without a live session, as the hand-written baseline does. No JWT, no
// pgSettings: no role switch or set_config per request, which the API does not do either.
import crypto from 'node:crypto';
import http from 'node:http';
import pg from 'pg';

// PostGraphile 5.1 (grafast 1.1, @dataplan/pg 1.1, grafserv 1.0) declares node >= 22 and calls Promise.withResolvers
// (Node 22), its only use of an API Node 20 lacks (the others grep clean); older 5.0 releases resolve the same grafast 1.x
// through their ^ ranges. The standard one-liner below, installed before PostGraphile loads, lets it run on our Node 20.
// Without it every query fails with "Cannot read properties of undefined (reading 'items')".
Promise.withResolvers ??= function withResolvers() {
  let resolve;
  let reject;
  const promise = new this((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};
const { postgraphile } = await import('postgraphile');
const { makePgService } = await import('postgraphile/adaptors/pg');
const { grafserv } = await import('postgraphile/grafserv/node');
const { PostGraphileAmberPreset } = await import('postgraphile/presets/amber');

const [connectionString, portArg = '0', ...flags] = process.argv.slice(2);
if (!connectionString) throw new Error('usage: postgraphile-server.mjs <database url> [port] [--session-check]');
const port = Number(portArg);
const host = '127.0.0.1';
const sessionCheck = flags.includes('--session-check');

const sessionPool = sessionCheck ? new pg.Pool({ connectionString, max: 4 }) : null;
const SESSION_SQL = `SELECT s."userId", u."role", u."unitId" FROM "Session" s JOIN "User" u ON u."id" = s."userId"
  WHERE s."tokenHash" = $1 AND s."revokedAt" IS NULL AND s."expiresAt" > now()`;

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString, schemas: ['public'] })],
  grafserv: { port, host, graphiql: false, watch: false },
  grafast: {
    explain: false,
    ...(sessionPool && {
      context: async (requestContext) => {
        const header = requestContext.node?.req?.headers?.authorization ?? '';
        const token = header.startsWith('Bearer ') ? header.slice(7) : '';
        const hash = crypto.createHash('sha256').update(token).digest('hex');
        const { rows } = await sessionPool.query(SESSION_SQL, [hash]);
        if (rows.length === 0) throw new Error('UNAUTHENTICATED');
        return {};
      },
    }),
  },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = http.createServer();
server.once('listening', () => {
  server.on('error', (e) => console.error(e));
  const address = server.address();
  // The bench waits for this line on stdout.
  console.log(`postgraphile listening on ${typeof address === 'object' && address ? address.port : port}`);
});
await serv.addTo(server);
await pgl.getSchemaResult();
server.listen(port, host);

const stop = async () => {
  server.close();
  await pgl.release();
  await sessionPool?.end();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
