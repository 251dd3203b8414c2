// Reminders across API replicas (issue 16, docs/notifications.md "Once, whatever happens"): two API processes start
// at once on one PostgreSQL database, each queues the reminders' round on graphile-worker; a local webhook receiver
// and an SMTP sink (started here, on 127.0.0.1) get the day's digest exactly once each — and still once after a
// replica restarts. PostgreSQL only (the embedded database has one process by nature).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ApiServer, startApiServer } from './replicaHarness.ts';
import { TEST_DATABASE_URL } from './testEnv.ts';

const serverUrl = TEST_DATABASE_URL;
const PORTS = { a: 4446, b: 4447 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.runIf(!!serverUrl)('the daily digest from two API processes', () => {
  const dbName = `ssj_test_notify_replicas_${process.pid}`;
  const hooks: string[] = [];
  const mails: string[] = [];
  const hook = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      hooks.push(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0}');
    });
  });
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _s, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push(Buffer.concat(chunks).toString('utf8'));
        done();
      });
    },
  });
  let url = '';
  let servers: ApiServer[] = [];

  beforeAll(async () => {
    await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
    await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
    const template = inject('demoTemplateDatabase');
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}"`);
    await admin.query(template ? `CREATE DATABASE "${dbName}" TEMPLATE "${template}"` : `CREATE DATABASE "${dbName}"`);
    await admin.end();
    const u = new URL(serverUrl!);
    u.pathname = `/${dbName}`;
    url = u.toString();
    if (!template) {
      // Without the run's template (this file alone): the demo through the seed, as the server would load it.
      const s = await startApiServer(PORTS.a, { DATABASE_URL: url, SSJ_NO_DEMO: '0', SSJ_REMINDER_MINUTES: 'off' });
      await s.stop();
    }
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    // The digest is due at any time of day, and no quiet hours: the test does not depend on when it runs.
    await c.query(`INSERT INTO "Setting" (key, value, "updatedAt") VALUES ('notificationDigestTime', '"00:00"', now())`);
    const hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/robot?key=r`;
    const smtpPort = (smtp.server.address() as AddressInfo).port;
    await c.query(
      `INSERT INTO "NotificationChannel" (id, "unitId", kind, name, url, "smtpHost", "smtpPort", "mailFrom", recipients, "quietFrom", "quietTo", "updatedAt")
       SELECT 'r-' || k, u.id, k::"NotificationChannelKind", k, CASE WHEN k = 'WECOM' THEN $1 END, CASE WHEN k = 'EMAIL' THEN '127.0.0.1' END,
              CASE WHEN k = 'EMAIL' THEN $2::int END, CASE WHEN k = 'EMAIL' THEN 'noreply@example.test' END,
              CASE WHEN k = 'EMAIL' THEN ARRAY['xkk@example.test'] ELSE ARRAY[]::text[] END, '00:00', '00:00', now()
       FROM "Unit" u, unnest(ARRAY['WECOM', 'EMAIL']) k WHERE u.code = 'XKK'`,
      [hookUrl, smtpPort],
    );
    await c.end();
  }, 300_000);

  afterAll(async () => {
    await Promise.allSettled(servers.map((s) => s.stop()));
    await new Promise<void>((r) => hook.close(() => r()));
    await new Promise<void>((r) => smtp.close(() => r()));
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin.end();
  }, 120_000);

  it('sends each channel one message, started together and after a restart', async () => {
    // 2026-11-02 is a Monday: a working day.
    const env = { DATABASE_URL: url, SSJ_TODAY: '2026-11-02', SSJ_REMINDER_MINUTES: '1' };
    servers = await Promise.all([startApiServer(PORTS.a, env), startApiServer(PORTS.b, env)]);
    const end = Date.now() + 180_000;
    while ((hooks.length < 1 || mails.length < 1) && Date.now() < end) await sleep(250);
    await sleep(5_000); // time for a duplicate to arrive, if one were coming
    expect(hooks).toHaveLength(1);
    expect(mails).toHaveLength(1);
    expect(JSON.parse(hooks[0]!)).toMatchObject({
      msgtype: 'markdown',
      markdown: { content: expect.stringContaining('【行政许可科】待办提醒（2026-11-02）') },
    });
    // A restart of one replica runs a round at once: nothing new is sent.
    await servers[0]!.stop();
    servers[0] = await startApiServer(PORTS.a, env);
    await sleep(8_000);
    expect(hooks).toHaveLength(1);
    expect(mails).toHaveLength(1);
  }, 400_000);
});
