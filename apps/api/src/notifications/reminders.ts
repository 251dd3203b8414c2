// Reminders that reach people (issue 16; docs/notifications.md): in-app notifications for what lands on a user's
// to-do list, a daily digest of what is overdue or falls due within 3 working days, and its delivery to the
// units' outbound channels (企业微信 / 钉钉 robots, e-mail) outside their quiet hours.
//
// What is on a to-do list is the to-do list's own computation (schema/todo.ts `todosOf`), run for each user as
// that user (what the users of one unit read alike is read once per round). Everything is keyed in the database, so the work may run any number of times, on any replica, after
// any restart, and still remind once:
// - a notification is unique per (user, key): `todo:<kind>:<record or filter>` or `digest:<day>`;
// - a day's digest is made by whoever inserts its NotificationDigestRun row, in the same transaction as the
//   digest's notifications and deliveries;
// - a delivery is unique per (channel, key) and inserted before it is sent; one sender at a time holds it (a lease
//   that expires if the sender dies); a failure waits with exponential backoff and is tried again.
// One queue job (`notifications.tick`, job key `notifications:tick`, so replicas keep one pending job between
// them) does the rounds: refresh the notifications, make the day's digest once its time has come on a working
// day, send what is due, and queue itself again.
import type { PrismaClient } from '@ssj/db';
import type { Prisma } from '@ssj/db/client';
import {
  type Backoff,
  backoffDelay,
  DEFAULT_BACKOFF,
  DEFAULT_DIGEST_TIME,
  DIGEST_WORKING_DAYS,
  digestDayDue,
  inDigest,
  minutesOf,
  nextDigestAt,
  sendableAt,
  TODO_KIND,
} from '@ssj/domain';
import { clock } from '../clock.ts';
import type { Context, CurrentUser } from '../context.ts';
import { env } from '../env.ts';
import { loadHolidayCalendar } from '../holidayCalendar.ts';
import type { JobQueue } from '../jobs/queue.ts';
import { type SharedTodoReads, type Todo, todosOf } from '../schema/todo.ts';
import { type ChannelConfig, sendMessage } from './channels.ts';

export const TICK_TASK = 'notifications.tick';
const TICK_KEY = 'notifications:tick';
/** The Setting holding the digest's Beijing time of day ("HH:MM"). */
export const DIGEST_TIME_SETTING = 'notificationDigestTime';
/** After this many failed attempts a delivery is given up (with the default backoff: more than a day of trying). */
export const MAX_ATTEMPTS = 40;

export interface ReminderOptions {
  backoff?: Backoff;
  /** How often the rounds run (default 5 minutes). */
  intervalMs?: number;
  timeoutMs?: number;
  leaseMs?: number;
  /**
   * The site's public address: each item of a channel's digest links to its page in the admin there. Default
   * SSJ_PUBLIC_URL; null (or unset) sends the items without links, as a server does not know its own address.
   */
  linkBase?: string | null;
}

export type Reminders = ReturnType<typeof createReminders>;

const kindLabel: Readonly<Record<string, string>> = TODO_KIND.zh;

/** The admin's path of a to-do (as the to-do list's own links: apps/admin/src/dashboard/TodoCard.tsx). */
export function todoLink(t: Pick<Todo, 'resource' | 'recordId' | 'filter'>): string {
  if (t.resource === 'CalendarYear') return `/calendar${t.recordId ? `?year=${encodeURIComponent(t.recordId)}` : ''}`;
  return t.recordId ? `/${t.resource}/${encodeURIComponent(t.recordId)}/show` : `/${t.resource}?filter=${encodeURIComponent(JSON.stringify(t.filter ?? {}))}`;
}

const stable = (v: unknown): string =>
  v && typeof v === 'object' && !Array.isArray(v)
    ? `{${Object.keys(v)
        .sort()
        .map((k) => `${k}:${stable((v as Record<string, unknown>)[k])}`)
        .join(',')}}`
    : JSON.stringify(v);

/**
 * What a to-do item is, across runs: its kind and record, or — for a group of results — the list filter it opens and
 * the unit (one task's results may wait in two units when some were transferred).
 */
export const todoKey = (t: Todo) => `todo:${t.kind}:${t.recordId ?? `${stable(t.filter)}:${t.unitName}`}`;

const line = (t: Todo, today: string, linkBase: string | null) => {
  const d = t.deadline;
  const when = !d
    ? ''
    : d.dueOn < today
      ? `，截止 ${d.dueOn}，已逾期${d.workingDaysLeft !== null ? ` ${-d.workingDaysLeft} 个工作日` : ''}`
      : d.dueOn === today
        ? `，今天（${d.dueOn}）截止`
        : `，截止 ${d.dueOn}${d.workingDaysLeft !== null ? `，还剩 ${d.workingDaysLeft} 个工作日` : ''}`;
  const title = linkBase ? `[${t.title}](${linkBase}/#${todoLink(t)})` : t.title;
  return `- 【${kindLabel[t.kind] ?? t.kind}】${title}${t.count > 1 ? `（${t.count} 件）` : ''}${t.unitName ? ` · ${t.unitName}` : ''}${when}`;
};

/**
 * The digest's text (markdown) of these items on `today`: overdue first, then what falls due; with `linkBase`, each
 * item links to its page in the admin.
 */
export function digestText(items: Todo[], today: string, linkBase: string | null = null): string {
  const overdue = items.filter((t) => t.deadline!.dueOn < today);
  const due = items.filter((t) => t.deadline!.dueOn >= today);
  const parts: string[] = [];
  if (overdue.length) parts.push(`**已逾期 ${overdue.length} 项**`, ...overdue.map((t) => line(t, today, linkBase)));
  if (due.length) parts.push(`**${DIGEST_WORKING_DAYS} 个工作日内到期 ${due.length} 项**`, ...due.map((t) => line(t, today, linkBase)));
  return parts.join('\n');
}

export function createReminders(prisma: PrismaClient, queue: JobQueue, options: ReminderOptions = {}) {
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const intervalMs = options.intervalMs ?? 5 * 60_000;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const leaseMs = options.leaseMs ?? Math.max(60_000, 3 * timeoutMs);
  const linkBase = options.linkBase === undefined ? env.publicUrl : options.linkBase;

  /** Each user who has a to-do list, with what is on it now (computed as that user, by the list's own code). */
  async function collect(): Promise<{ user: CurrentUser; todos: Todo[] }[]> {
    const users = await prisma.user.findMany({
      where: { active: true, role: { in: ['ADMIN', 'UNIT_STAFF'] } },
      select: { id: true, username: true, name: true, role: true, unitId: true, isPrincipal: true, inspectorId: true },
      orderBy: { username: 'asc' },
    });
    const out: { user: CurrentUser; todos: Todo[] }[] = [];
    // What the lists of one unit read alike (and the units and the calendar) is read once for all of them.
    const shared: SharedTodoReads = new Map();
    for (const u of users) {
      const user: CurrentUser = { ...u, sessionId: '', sessionKind: 'SESSION' };
      const ctx: Context = { prisma, user, request: new Request('http://localhost/reminders'), clientAddress: 'reminders' };
      out.push({ user, todos: await todosOf(ctx, shared) });
    }
    return out;
  }

  /** One notification per item new on a user's list; returns how many were created. */
  async function refresh(collected?: Awaited<ReturnType<typeof collect>>): Promise<number> {
    const lists = collected ?? (await collect());
    const data: Prisma.NotificationCreateManyInput[] = lists.flatMap(({ user, todos }) =>
      todos.map((t) => ({
        userId: user.id,
        kind: t.kind,
        key: todoKey(t),
        title: `新待办：${kindLabel[t.kind] ?? t.kind}`,
        body: line(t, clock.today(), null).slice(2),
        link: todoLink(t),
        subjectType: t.resource,
        subjectId: t.recordId,
        createdAt: clock.now(),
      })),
    );
    if (!data.length) return 0;
    return (await prisma.notification.createMany({ data, skipDuplicates: true })).count;
  }

  async function digestTime(): Promise<string> {
    const s = await prisma.setting.findUnique({ where: { key: DIGEST_TIME_SETTING } });
    return typeof s?.value === 'string' && minutesOf(s.value) !== null ? s.value : DEFAULT_DIGEST_TIME;
  }

  /**
   * The digest of `day`, made once: each user's own (a notification), and each unit's (the items of its users'
   * lists, once each) queued for each of its enabled channels. False when it was made already.
   */
  async function digest(day: string, collected?: Awaited<ReturnType<typeof collect>>): Promise<boolean> {
    if (await prisma.notificationDigestRun.findUnique({ where: { day } })) return false;
    const lists = collected ?? (await collect());
    const calendar = await loadHolidayCalendar(prisma);
    const dueSoon = (todos: Todo[]) => todos.filter((t) => t.deadline && inDigest(t.deadline.dueOn, day, calendar));
    const title = (items: Todo[]) => {
      const overdue = items.filter((t) => t.deadline!.dueOn < day).length;
      return `待办提醒（${day}）：逾期 ${overdue} 项，${DIGEST_WORKING_DAYS} 个工作日内到期 ${items.length - overdue} 项`;
    };
    const notifications: Prisma.NotificationCreateManyInput[] = [];
    const perUnit = new Map<string, Map<string, Todo>>();
    for (const { user, todos } of lists) {
      const items = dueSoon(todos);
      if (!items.length) continue;
      notifications.push({
        userId: user.id,
        kind: 'DIGEST',
        key: `digest:${day}`,
        title: title(items),
        body: digestText(items, day),
        link: '/',
        createdAt: clock.now(),
      });
      const unit = perUnit.get(user.unitId) ?? new Map<string, Todo>();
      for (const t of items) unit.set(todoKey(t), t);
      perUnit.set(user.unitId, unit);
    }
    const channels = await prisma.notificationChannel.findMany({
      where: { enabled: true, unitId: { in: [...perUnit.keys()] } },
      select: { id: true, unitId: true, quietFrom: true, quietTo: true, unit: { select: { name: true } } },
    });
    const at = clock.now();
    const deliveries: Prisma.NotificationDeliveryCreateManyInput[] = channels.map((c) => {
      const items = [...perUnit.get(c.unitId)!.values()].sort((a, b) => (a.deadline!.dueOn < b.deadline!.dueOn ? -1 : 1));
      return {
        channelId: c.id,
        key: `digest:${day}`,
        title: `【${c.unit.name}】${title(items)}`,
        content: digestText(items, day, linkBase),
        nextAttemptAt: sendableAt(at, c.quietFrom, c.quietTo),
      };
    });
    return prisma.$transaction(
      async (tx) => {
        const claimed = await tx.notificationDigestRun.createMany({ data: [{ day }], skipDuplicates: true });
        if (claimed.count !== 1) return false;
        if (notifications.length) await tx.notification.createMany({ data: notifications, skipDuplicates: true });
        if (deliveries.length) await tx.notificationDelivery.createMany({ data: deliveries, skipDuplicates: true });
        return true;
      },
      { timeout: 60_000, maxWait: 60_000 },
    );
  }

  async function recipientsOf(channel: { recipients: string[]; unitId: string }): Promise<string[]> {
    if (channel.recipients.length) return channel.recipients;
    const users = await prisma.user.findMany({ where: { unitId: channel.unitId, active: true, email: { not: null } }, select: { email: true } });
    return users.map((u) => u.email!).filter(Boolean);
  }

  /** Sends every delivery that is due and outside its channel's quiet hours; returns how many were sent. */
  async function deliver(): Promise<number> {
    let sent = 0;
    const due = await prisma.notificationDelivery.findMany({
      where: { status: 'PENDING', nextAttemptAt: { lte: clock.now() }, channel: { enabled: true } },
      orderBy: { createdAt: 'asc' },
      select: { id: true },
    });
    for (const { id } of due) {
      const now = clock.now();
      const { count } = await prisma.notificationDelivery.updateMany({
        where: { id, status: 'PENDING', nextAttemptAt: { lte: now }, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
        data: { leaseUntil: new Date(now.getTime() + leaseMs) },
      });
      if (count !== 1) continue; // another replica has it
      const d = await prisma.notificationDelivery.findUniqueOrThrow({ where: { id }, include: { channel: true } });
      const quietEnd = sendableAt(now, d.channel.quietFrom, d.channel.quietTo);
      if (quietEnd > now) {
        await prisma.notificationDelivery.update({ where: { id }, data: { nextAttemptAt: quietEnd, leaseUntil: null } });
        continue;
      }
      try {
        await sendMessage(d.channel as ChannelConfig, { title: d.title, content: d.content, recipients: await recipientsOf(d.channel) }, { now, timeoutMs });
        await prisma.notificationDelivery.update({
          where: { id },
          data: { status: 'SENT', sentAt: clock.now(), attempts: { increment: 1 }, lastError: null, leaseUntil: null },
        });
        sent++;
      } catch (e) {
        const attempts = d.attempts + 1;
        const reason = e instanceof Error ? ((e.cause as Error | undefined)?.message ?? e.message) : String(e);
        await prisma.notificationDelivery.update({
          where: { id },
          data: {
            attempts,
            lastError: reason.slice(0, 500),
            status: attempts >= MAX_ATTEMPTS ? 'FAILED' : 'PENDING',
            nextAttemptAt: new Date(clock.now().getTime() + backoffDelay(attempts, backoff)),
            leaseUntil: null,
          },
        });
      }
    }
    return sent;
  }

  /** The rounds: notifications, the day's digest once due, deliveries; then the next round is queued. */
  async function tick(): Promise<void> {
    try {
      const lists = await collect();
      await refresh(lists);
      const time = await digestTime();
      const day = digestDayDue(clock.now(), time, await loadHolidayCalendar(prisma));
      if (day) await digest(day, lists);
      await deliver();
    } finally {
      await schedule();
    }
  }

  /** Queues the next round: after the interval, or sooner for the digest's time or a delivery's retry. */
  async function schedule(): Promise<void> {
    const now = clock.now();
    const candidates = [new Date(now.getTime() + intervalMs), nextDigestAt(now, await digestTime(), await loadHolidayCalendar(prisma))];
    const next = await prisma.notificationDelivery.findFirst({
      where: { status: 'PENDING' },
      orderBy: { nextAttemptAt: 'asc' },
      select: { nextAttemptAt: true },
    });
    if (next) candidates.push(next.nextAttemptAt > now ? next.nextAttemptAt : now);
    const runAt = new Date(Math.min(...candidates.map((d) => d.getTime())));
    await queue.add(TICK_TASK, {}, { jobKey: TICK_KEY, runAt });
  }

  queue.register(TICK_TASK, async () => tick());

  return {
    collect,
    refresh,
    digest,
    deliver,
    tick,
    /** Queues the first round (server start; a replica's job with the same key replaces it, so one stays). */
    start: async () => queue.add(TICK_TASK, {}, { jobKey: TICK_KEY }),
    /** Wakes the rounds soon (after a change that may put something on someone's list). */
    wake: async () => queue.add(TICK_TASK, {}, { jobKey: TICK_KEY, runAt: new Date(clock.now().getTime() + 2_000) }),
  };
}
