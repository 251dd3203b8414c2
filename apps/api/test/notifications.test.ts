// Reminders that reach people (issue 16, docs/notifications.md), end to end against local receivers started here:
// a node:http server as the 企业微信 and 钉钉 robots and smtp-server as the mail server, both on 127.0.0.1.
// The clock is pinned to the instant (clock.pinNow): Thursday 2026-11-05, whose 3rd working day ahead is Tuesday
// 2026-11-10 (over the weekend) and whose 4th is Wednesday 2026-11-11.
import http from 'node:http';
import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beijingInstant } from '@ssj/domain';
import { clock } from '../src/clock.ts';
import { createApp, type App } from '../src/yoga.ts';
import { dingtalkSignedUrl } from '../src/notifications/channels.ts';
import { digestText } from '../src/notifications/reminders.ts';
import type { Todo } from '../src/schema/todo.ts';
import { codeOf, createTestApp, type TestApp } from './helpers.ts';

// A send's timeout well above what the local receivers need even at load 30 (2 s timed out there, a spurious
// retry); no test waits for it — the receiver that is down answers 503 at once. The lease stays 60 s.
const FAST = { backoff: { baseMs: 60_000, maxMs: 600_000 }, timeoutMs: 20_000 };
const DAY = '2026-11-05';
const at = (hh: number, mm = 0, day = DAY) => beijingInstant(day, hh * 60 + mm);

let t: TestApp;
let app: App;
let admin: string;
let kg: string;
let ws: string;

// ── the robots' webhook (both kinds on one server, by path) ──
type Hook = { path: string; query: URLSearchParams; body: any };
const hooks: Hook[] = [];
let hookDown = false;
const hookServer = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (hookDown && url.pathname === '/wecom') {
      res.writeHead(503).end();
      return;
    }
    hooks.push({ path: url.pathname, query: url.searchParams, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0,"errmsg":"ok"}');
  });
});

// ── the SMTP sink ──
type Mail = { from: string; to: string[]; raw: string };
const mails: Mail[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, session, done) {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      mails.push({
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
        to: session.envelope.rcptTo.map((r) => r.address),
        raw: Buffer.concat(chunks).toString('utf8'),
      });
      done();
    });
  },
});

/** A MIME header's encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=) decoded. */
function decodeHeader(raw: string, name: string): string {
  const m = new RegExp(`^${name}: (.*(?:\\r?\\n[ \\t].*)*)`, 'im').exec(raw);
  if (!m) return '';
  return m[1]!
    .replace(/\r?\n[ \t]/g, ' ')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_x, enc: string, text: string) =>
      enc.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_y, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    )
    .trim();
}

let hookBase = '';
let smtpPort = 0;

beforeAll(async () => {
  await new Promise<void>((r) => hookServer.listen(0, '127.0.0.1', r));
  hookBase = `http://127.0.0.1:${(hookServer.address() as AddressInfo).port}`;
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
  smtpPort = (smtp.server.address() as AddressInfo).port;
  t = await createTestApp();
  app = createApp({ prisma: t.prisma, reminders: FAST });
  [admin, kg, ws] = await Promise.all([t.login('admin'), t.login('kuangguan'), t.login('wenshao')]);
  clock.pinNow(at(7));
}, 120_000);

afterAll(async () => {
  clock.pinNow(null);
  await app?.queue.stop();
  await t?.close();
  await new Promise<void>((r) => hookServer.close(() => r()));
  await new Promise<void>((r) => smtp.close(() => r()));
});

describe('in-app notifications', () => {
  it('creates one notification per item on a to-do list, once', async () => {
    // The lists are collected once (~3 s of CPU on PGlite: every user's list, as that user) and refreshed twice:
    // nothing changed in between, so a second round (or another replica) finds the same items and adds nothing.
    const lists = await app.reminders.collect();
    const first = await app.reminders.refresh(lists);
    expect(first).toBeGreaterThan(0);
    expect(await app.reminders.refresh(lists)).toBe(0);
    const todos = (await t.gql('{ myTodos { kind title } }', {}, kg)).data!.myTodos as unknown[];
    // The lists are collected for all users at once, the reads a unit's users share made once (todo.ts): each is
    // the user's own list, as myTodos gives it — the lead unit's administrator, two staff of one unit and principals.
    const users = ['admin', 'kuangguan', 'kuangguan2', 'wenshaosz', 'xindiansz', 'xindian'];
    const tokens = await Promise.all(users.map((u) => t.login(u)));
    for (const [i, username] of users.entries()) {
      const own = lists
        .find((l) => l.user.username === username)!
        .todos.map((x) => ({ kind: x.kind, title: x.title, count: x.count, dueOn: x.deadline?.dueOn ?? null }));
      const shown = (await t.gql('{ myTodos { kind title count dueOn } }', {}, tokens[i])).data!.myTodos;
      expect(own, username).toEqual(shown);
    }
    expect(new Set(lists.flatMap((l) => l.todos.map((x) => x.kind))).size).toBeGreaterThan(3);
    const mine = await t.gql('{ myUnreadNotificationCount myNotifications(first: 100) { kind title link readAt } }', {}, kg);
    expect(mine.data!.myUnreadNotificationCount).toBe(todos.length);
    expect(mine.data!.myNotifications.every((n: { link: string }) => n.link.startsWith('/'))).toBe(true);
  });

  it('notifies when a new item lands on a list (a draft plan to file), and only its unit', async () => {
    const unitId = (await t.prisma.user.findUniqueOrThrow({ where: { username: 'wenshao' } })).unitId;
    const before = (await t.gql('{ myUnreadNotificationCount }', {}, ws)).data!.myUnreadNotificationCount as number;
    const kgBefore = (await t.gql('{ myUnreadNotificationCount }', {}, kg)).data!.myUnreadNotificationCount as number;
    const plan = await t.prisma.plan.create({ data: { unitId, year: 2027, title: '闻韶国土资源所 2027 年度抽查计划', status: 'DRAFT' } });
    const lists = await app.reminders.collect();
    expect(await app.reminders.refresh(lists)).toBeGreaterThanOrEqual(2); // wenshao and the lead unit's administrator
    const r = await t.gql('{ myUnreadNotificationCount myNotifications(first: 1) { id kind link subjectId } }', {}, ws);
    expect(r.data!.myUnreadNotificationCount).toBe(before + 1);
    expect(r.data!.myNotifications[0]).toMatchObject({ kind: 'PLAN_TO_FILE', link: `/Plan/${plan.id}/show`, subjectId: plan.id });
    expect((await t.gql('{ myUnreadNotificationCount }', {}, kg)).data!.myUnreadNotificationCount).toBe(kgBefore);
    expect(await app.reminders.refresh(lists)).toBe(0);
  });

  it('marks one and all read, only one’s own', async () => {
    const [n] = (await t.gql('{ myNotifications(first: 1, unreadOnly: true) { id } }', {}, ws)).data!.myNotifications;
    const count = (await t.gql('{ myUnreadNotificationCount }', {}, ws)).data!.myUnreadNotificationCount as number;
    const fp = await t.fingerprint();
    const other = await t.gql('mutation($id: ID!) { markNotificationRead(id: $id) { id } }', { id: n.id }, kg);
    expect(codeOf(other)).toBe('NOT_FOUND');
    expect(await t.fingerprint()).toEqual(fp);
    const read = await t.gql('mutation($id: ID!) { markNotificationRead(id: $id) { id readAt } }', { id: n.id }, ws);
    expect(read.data!.markNotificationRead.readAt).toBe(at(7).toISOString());
    expect((await t.gql('{ myUnreadNotificationCount }', {}, ws)).data!.myUnreadNotificationCount).toBe(count - 1);
    const all = await t.gql('mutation { markAllNotificationsRead }', {}, ws);
    expect(all.data!.markAllNotificationsRead).toBe(count - 1);
    expect((await t.gql('{ myUnreadNotificationCount }', {}, ws)).data!.myUnreadNotificationCount).toBe(0);
  });
});

describe('the digest text', () => {
  const item = (over: Partial<Todo>): Todo => ({
    kind: 'RESULTS_TO_ENTER',
    title: 'RW-2026-0004 建设工程规划许可批后执行情况抽查',
    count: 1,
    resource: 'Result',
    recordId: 'r1',
    filter: null,
    unitName: '国土空间规划科',
    deadline: { dueOn: '2026-11-04', provisional: false, state: 'PENDING', workingDaysLeft: 2 },
    ...over,
  });

  it('links each item to its page in the admin under SSJ_PUBLIC_URL, and sends plain titles without it', () => {
    const items = [item({}), item({ recordId: null, filter: { status: 'DRAFT' }, resource: 'Plan', count: 2 })];
    const linked = digestText(items, '2026-11-02', 'https://ssj.example.gov.cn');
    expect(linked).toContain('[RW-2026-0004 建设工程规划许可批后执行情况抽查](https://ssj.example.gov.cn/#/Result/r1/show)');
    expect(linked).toContain(`(https://ssj.example.gov.cn/#/Plan?filter=${encodeURIComponent('{"status":"DRAFT"}')})（2 件）`);
    const plain = digestText(items, '2026-11-02');
    expect(plain).not.toContain('](');
    expect(plain).toContain('- 【结果待录入】RW-2026-0004 建设工程规划许可批后执行情况抽查 · 国土空间规划科，截止 2026-11-04，还剩 2 个工作日');
  });
});

describe('channels', () => {
  it('refuses bad input with typed errors and changes nothing', async () => {
    const leadUnit = (await t.prisma.user.findUniqueOrThrow({ where: { username: 'admin' } })).unitId;
    const save = 'mutation($id: ID, $input: NotificationChannelInput!) { saveNotificationChannel(id: $id, input: $input) { id } }';
    const fp = await t.fingerprint();
    expect(codeOf(await t.gql(save, { input: { unitId: leadUnit, kind: 'WECOM', name: 'x', url: 'ftp://x' } }, admin))).toBe(
      'NOTIFICATION.CHANNEL_URL_INVALID',
    );
    expect(codeOf(await t.gql(save, { input: { unitId: leadUnit, kind: 'EMAIL', name: 'x', smtpHost: 'h', mailFrom: 'nope' } }, admin))).toBe(
      'NOTIFICATION.EMAIL_INVALID',
    );
    expect(codeOf(await t.gql(save, { input: { unitId: leadUnit, kind: 'WECOM', name: 'x', url: 'http://x', quietFrom: '25:00' } }, admin))).toBe(
      'NOTIFICATION.QUIET_HOURS_INVALID',
    );
    // A principal manages their own unit's channels only; other staff none.
    expect(codeOf(await t.gql(save, { input: { unitId: leadUnit, kind: 'WECOM', name: 'x', url: 'http://x' } }, kg))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql('query($u: ID!) { notificationChannels(unitId: $u) { id } }', { u: leadUnit }, kg))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql('mutation { setNotificationDigestTime(time: "8:3") }', {}, admin))).toBe('NOTIFICATION.TIME_INVALID');
    expect(await t.fingerprint()).toEqual(fp);
  });

  it('lets a principal add a channel to their own unit, and hides secrets', async () => {
    const unitId = (await t.prisma.user.findUniqueOrThrow({ where: { username: 'kuangguan' } })).unitId;
    const r = await t.gql(
      'mutation($input: NotificationChannelInput!) { saveNotificationChannel(input: $input) { id hasSecret url quietFrom quietTo enabled } }',
      { input: { unitId, kind: 'DINGTALK', name: '科室钉钉群', url: 'http://127.0.0.1:9/none', secret: 'SECxyz', enabled: false } },
      kg,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.saveNotificationChannel).toMatchObject({ hasSecret: true, quietFrom: '20:00', quietTo: '08:00', enabled: false });
    expect(JSON.stringify(await t.gql('query($u: ID!) { notificationChannels(unitId: $u) { hasSecret } }', { u: unitId }, kg))).not.toContain('SECxyz');
  });
});

describe('the daily digest, its channels, quiet hours and retries', () => {
  let wecomId = '';

  it('sets up the lead unit’s three channels', async () => {
    const leadUnit = (await t.prisma.user.findUniqueOrThrow({ where: { username: 'admin' } })).unitId;
    await t.prisma.user.update({ where: { username: 'admin' }, data: { email: 'liming@example.test' } });
    const save = 'mutation($input: NotificationChannelInput!) { saveNotificationChannel(input: $input) { id } }';
    const add = async (input: Record<string, unknown>) => {
      const r = await t.gql(save, { input: { unitId: leadUnit, ...input } }, admin);
      expect(r.errors).toBeUndefined();
      return r.data!.saveNotificationChannel.id as string;
    };
    // WeCom's group keeps quiet until 10:00: its digest waits.
    wecomId = await add({ kind: 'WECOM', name: '企业微信群', url: `${hookBase}/wecom?key=k1`, quietFrom: '20:00', quietTo: '10:00' });
    await add({ kind: 'DINGTALK', name: '钉钉群', url: `${hookBase}/dingtalk?access_token=t1`, secret: 'SEC123' });
    await add({ kind: 'EMAIL', name: '邮件', smtpHost: '127.0.0.1', smtpPort, mailFrom: '监管平台 <noreply@example.test>' });
  });

  it('lists what is overdue or due within 3 working days: the 3rd working day in, the 4th out (over a weekend)', async () => {
    // Two tasks' results still to enter: one due on Tue 10 Nov (3rd working day), one on Wed 11 Nov (4th).
    const open = await t.prisma.result.findMany({
      where: { status: 'NOT_ENTERED', dueOn: { not: null } },
      select: { id: true, taskTarget: { select: { taskId: true, task: { select: { code: true } } } } },
    });
    const tasks = [...new Set(open.map((r) => r.taskTarget.taskId))];
    expect(tasks.length).toBeGreaterThanOrEqual(2);
    const [inside, outside] = tasks as [string, string];
    await t.prisma.result.updateMany({
      where: { id: { in: open.filter((r) => r.taskTarget.taskId === inside).map((r) => r.id) } },
      data: { dueOn: new Date('2026-11-10') },
    });
    await t.prisma.result.updateMany({
      where: { id: { in: open.filter((r) => r.taskTarget.taskId === outside).map((r) => r.id) } },
      data: { dueOn: new Date('2026-11-11') },
    });
    const code = (id: string) => open.find((r) => r.taskTarget.taskId === id)!.taskTarget.task.code;

    clock.pinNow(at(8, 30));
    // Two instances race for the day's digest, on the same lists (each would collect the same ones: collected once).
    const lists = await app.reminders.collect();
    const [a, b] = await Promise.all([app.reminders.digest(DAY, lists), createApp({ prisma: t.prisma, reminders: FAST }).reminders.digest(DAY, lists)]);
    expect([a, b].filter(Boolean)).toHaveLength(1); // made once, whichever instance got there first
    expect(await app.reminders.digest(DAY)).toBe(false);

    const [n] = (await t.gql('{ myNotifications(first: 1) { kind title body } }', {}, admin)).data!.myNotifications;
    expect(n.kind).toBe('DIGEST');
    expect(n.title).toMatch(/^待办提醒（2026-11-05）：逾期 \d+ 项，3 个工作日内到期 \d+ 项$/);
    const lines = (n.body as string).split('\n');
    expect(lines.some((l) => l.includes(code(inside)) && l.includes('截止 2026-11-10，还剩 3 个工作日'))).toBe(true);
    expect(lines.some((l) => l.includes(code(outside)) && l.includes('2026-11-11'))).toBe(false);
    expect(await t.prisma.notificationDelivery.count()).toBe(3);
  });

  it('sends once to each channel from two instances at once; quiet hours defer WeCom', async () => {
    const other = createApp({ prisma: t.prisma, reminders: FAST });
    const sent = await Promise.all([app.reminders.deliver(), other.reminders.deliver()]);
    expect(sent[0] + sent[1]).toBe(2);
    expect(hooks.map((h) => h.path)).toEqual(['/dingtalk']);
    expect(mails).toHaveLength(1);
    const wecom = await t.prisma.notificationDelivery.findFirstOrThrow({ where: { channelId: wecomId } });
    expect(wecom).toMatchObject({ status: 'PENDING', attempts: 0 });
    expect(wecom.nextAttemptAt.toISOString()).toBe(at(10).toISOString());

    // DingTalk: markdown with title and text, signed with the timestamp and the secret.
    const d = hooks[0]!;
    expect(d.body.msgtype).toBe('markdown');
    expect(d.body.markdown.title).toMatch(/^【行政许可科】待办提醒（2026-11-05）/);
    expect(d.body.markdown.text).toContain('3 个工作日内到期');
    const ts = d.query.get('timestamp')!;
    expect(Number(ts)).toBe(at(8, 30).getTime());
    expect(d.query.get('sign')).toBe(createHmac('sha256', 'SEC123').update(`${ts}\nSEC123`).digest('base64'));
    expect(d.query.get('access_token')).toBe('t1');
    expect(new URL(dingtalkSignedUrl('https://oapi.dingtalk.com/robot/send?access_token=x', 's', 1)).searchParams.get('sign')).toBe(
      createHmac('sha256', 's').update('1\ns').digest('base64'),
    );

    // E-mail: to the unit's users' addresses, with a Chinese subject.
    const m = mails[0]!;
    expect(m.to).toEqual(['liming@example.test']);
    expect(decodeHeader(m.raw, 'Subject')).toMatch(/^【行政许可科】待办提醒（2026-11-05）：逾期 \d+ 项/);
    expect(m.from).toBe('noreply@example.test');
    const [head, ...rest] = m.raw.split(/\r?\n\r?\n/);
    const text = /base64/i.test(head!) ? Buffer.from(rest.join(''), 'base64').toString('utf8') : rest.join('\n');
    expect(text).toContain('3 个工作日内到期');
    expect(text).not.toContain('**'); // plain text, not markdown

    // Nothing more at 09:59, even run again.
    clock.pinNow(at(9, 59));
    expect(await app.reminders.deliver()).toBe(0);
  });

  it('retries a receiver that is down, later, and loses and repeats nothing', async () => {
    hookDown = true;
    clock.pinNow(at(10));
    expect(await app.reminders.deliver()).toBe(0);
    const failed = await t.prisma.notificationDelivery.findFirstOrThrow({ where: { channelId: wecomId } });
    expect(failed).toMatchObject({ status: 'PENDING', attempts: 1, lastError: 'HTTP 503' });
    expect(failed.nextAttemptAt.toISOString()).toBe(at(10, 1).toISOString());
    hookDown = false;
    clock.pinNow(at(10, 0));
    expect(await app.reminders.deliver()).toBe(0); // not before its time
    clock.pinNow(at(10, 1));
    // A "restart": a new instance on the same database finds it.
    const restarted = createApp({ prisma: t.prisma, reminders: FAST });
    expect(await Promise.all([restarted.reminders.deliver(), app.reminders.deliver()])).toSatisfy((s: number[]) => s[0]! + s[1]! === 1);
    const wecom = hooks.filter((h) => h.path === '/wecom');
    expect(wecom).toHaveLength(1);
    expect(wecom[0]!.body.msgtype).toBe('markdown');
    expect(Object.keys(wecom[0]!.body.markdown)).toEqual(['content']);
    expect(wecom[0]!.body.markdown.content).toMatch(/^### 【行政许可科】待办提醒/);
    expect(hooks.filter((h) => h.path === '/dingtalk')).toHaveLength(1);
    expect(mails).toHaveLength(1);
    expect(await t.prisma.notificationDelivery.count({ where: { status: 'SENT' } })).toBe(3);
  });

  it('makes no digest on a weekend and the next one on Monday', async () => {
    const { digestDayDue, nextDigestAt } = await import('@ssj/domain');
    expect(digestDayDue(at(9, 0, '2026-11-07'), '08:30')).toBeNull();
    expect(nextDigestAt(at(9), '08:30').toISOString()).toBe(at(8, 30, '2026-11-06').toISOString());
  });
});
