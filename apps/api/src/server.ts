// Starts the product: opens (and migrates) the database, loads the demo data into an empty one, then serves
// the GraphQL API, GraphiQL, /health and the built admin on one address.
import http from 'node:http';
import { openDatabase, openReadReplica, resolveMigrationUrl, resolveTarget } from '@ssj/db';
import { loadDemoData, DEMO_ACCOUNTS } from '@ssj/db/seed';
import { env } from './env.ts';
import { clock } from './clock.ts';
import { createApp } from './yoga.ts';
import { pinServerToday } from './today.ts';
import { createRequestListener } from './http.ts';
import { graphileQueue, inProcessQueue } from './jobs/queue.ts';

const db = await openDatabase();
const { prisma } = db;
if (!env.noDemo) {
  const loaded = await loadDemoData(prisma);
  if (loaded) console.log('已载入演示数据 / Demo data loaded');
}

const pinned = await pinServerToday(prisma, env.today);
// Imports and other long work run as jobs any replica may take: graphile-worker on PostgreSQL, in this process on
// the embedded database (jobs/queue.ts). Public pages and analysts' token queries read the replica when there is one.
const target = resolveTarget();
const queue =
  target.kind === 'postgres' ? graphileQueue({ connectionString: target.url, migrationConnectionString: resolveMigrationUrl() }) : inProcessQueue(prisma);
const replica = await openReadReplica();
const app = createApp({
  prisma,
  readPrisma: replica?.prisma,
  queue,
  ...(env.reminderMinutes ? { reminders: { intervalMs: env.reminderMinutes * 60_000 } } : {}),
});
await queue.start();
// Documents a stopped replica left undelivered (or whose retry was queued in memory) are picked up now.
await app.publication.wake();
// Reminders' rounds (notifications/reminders.ts): one pending job between all replicas (its job key).
if (env.reminderMinutes) await app.reminders.start();
const { listener, hasAdmin } = createRequestListener(app, env.adminDist);
const server = http.createServer(listener);

server.listen(env.port, env.host, () => {
  const base = `http://localhost:${env.port}`;
  console.log(`\n双随机、一公开监管平台 已启动 / started`);
  console.log(`  管理后台 / Admin:   ${base}/${hasAdmin ? '' : '  (not built: run `npm run build`)'}`);
  console.log(`  GraphQL / GraphiQL: ${base}/graphql`);
  console.log(`  信息公示 / Public:  ${base}/public`);
  console.log(`  健康检查 / Health:  ${base}/health`);
  console.log(`  数据库 / Database:  ${db.description}${replica ? `; 只读副本 / read replica: ${replica.description}` : ''}`);
  console.log(
    `  今天 / Today:       ${pinned ? `${pinned}（固定日期；SSJ_TODAY=real 使用实际日期 / pinned; SSJ_TODAY=real for the real date）` : `${clock.today()}（实际日期 / real clock）`}`,
  );
  if (!env.noDemo) {
    console.log('  演示账号 / Demo accounts:');
    for (const a of DEMO_ACCOUNTS) console.log(`    ${a.username.padEnd(12)} ${a.password.padEnd(14)} ${a.label}`);
  }
});

const shutdown = () => {
  server.close();
  void queue
    .stop()
    .catch(() => {})
    .then(() => Promise.allSettled([replica?.close(), db.close()]))
    .finally(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
