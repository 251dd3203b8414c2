// In-app notifications (the admin's bell; docs/notifications.md): what landed on the signed-in user's to-do list
// and the daily digest, made by the reminders' rounds (notifications/reminders.ts). A user sees and marks only
// their own; someone else's notification answers NOT_FOUND, as if it did not exist.
import { DEFAULT_DIGEST_TIME, minutesOf } from '@ssj/domain';
import { builder } from '../builder.ts';
import { audit } from '../audit.ts';
import { clock } from '../clock.ts';
import { notFound, userError } from '../errors.ts';
import { DIGEST_TIME_SETTING } from '../notifications/reminders.ts';

type NotificationRow = {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  subjectType: string | null;
  subjectId: string | null;
  createdAt: Date;
  readAt: Date | null;
};

export const NotificationRef = builder.objectRef<NotificationRow>('Notification').implement({
  description: '站内通知（新待办、每日提醒） / An in-app notification: a new to-do item or the daily digest',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.exposeString('kind', { description: '类型：待办类型（TodoKind）或 DIGEST（每日提醒） / A TodoKind, or DIGEST' }),
    title: t.exposeString('title', { description: '标题 / Title' }),
    body: t.exposeString('body', { description: '内容（Markdown） / Text (markdown)' }),
    link: t.exposeString('link', { nullable: true, description: '管理端中打开的位置 / Where it opens in the admin' }),
    subjectType: t.exposeString('subjectType', { nullable: true, description: '相关记录的类型 / The record type it is about' }),
    subjectId: t.exposeString('subjectId', { nullable: true, description: '相关记录 / The record it is about' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '时间 / When' }),
    readAt: t.expose('readAt', { type: 'DateTime', nullable: true, description: '已读时间（为空即未读） / Read at; null = unread' }),
  }),
});

const select = { id: true, kind: true, title: true, body: true, link: true, subjectType: true, subjectId: true, createdAt: true, readAt: true } as const;

builder.queryFields((t) => ({
  myNotifications: t.field({
    type: [NotificationRef],
    description: '我的通知（最新的在前） / The signed-in user’s notifications, newest first',
    authScopes: { signedIn: true },
    args: {
      first: t.arg.int({ required: false, description: '条数（1–100，默认 20） / How many (1–100, default 20)' }),
      unreadOnly: t.arg.boolean({ required: false, description: '只看未读 / Unread only' }),
    },
    resolve: (_r, a, ctx) =>
      ctx.prisma.notification.findMany({
        where: { userId: ctx.user!.id, ...(a.unreadOnly ? { readAt: null } : {}) },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: Math.min(100, Math.max(1, a.first ?? 20)),
        select,
      }),
  }),
  myUnreadNotificationCount: t.int({
    description: '我的未读通知数 / How many of the signed-in user’s notifications are unread',
    authScopes: { signedIn: true },
    resolve: (_r, _a, ctx) => ctx.prisma.notification.count({ where: { userId: ctx.user!.id, readAt: null } }),
  }),
}));

builder.mutationFields((t) => ({
  markNotificationRead: t.field({
    type: NotificationRef,
    description: '标记一条通知为已读 / Marks one of the user’s notifications read',
    authScopes: { signedIn: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_r, a, ctx) => {
      const id = String(a.id);
      await ctx.prisma.notification.updateMany({ where: { id, userId: ctx.user!.id, readAt: null }, data: { readAt: clock.now() } });
      const n = await ctx.prisma.notification.findFirst({ where: { id, userId: ctx.user!.id }, select });
      if (!n) throw notFound('通知');
      return n;
    },
  }),
  markAllNotificationsRead: t.int({
    description: '全部标记为已读，返回标记的条数 / Marks all the user’s notifications read; returns how many were unread',
    authScopes: { signedIn: true },
    resolve: async (_r, _a, ctx) =>
      (await ctx.prisma.notification.updateMany({ where: { userId: ctx.user!.id, readAt: null }, data: { readAt: clock.now() } })).count,
  }),
}));

builder.queryFields((t) => ({
  notificationDigestTime: t.string({
    description: '每日提醒的发送时间（北京时间 HH:MM，默认 08:30，仅工作日） / The daily digest’s Beijing time (default 08:30, working days)',
    authScopes: { signedIn: true },
    resolve: async (_r, _a, ctx) => {
      const s = await ctx.prisma.setting.findUnique({ where: { key: DIGEST_TIME_SETTING } });
      return typeof s?.value === 'string' && minutesOf(s.value) !== null ? s.value : DEFAULT_DIGEST_TIME;
    },
  }),
}));

builder.mutationFields((t) => ({
  setNotificationDigestTime: t.string({
    description: '设置每日提醒的发送时间（牵头单位管理员） / Sets the daily digest’s time (lead unit)',
    authScopes: { admin: true },
    args: { time: t.arg.string({ required: true }) },
    resolve: async (_r, a, ctx) => {
      const time = a.time.trim();
      if (minutesOf(time) === null) throw userError('NOTIFICATION.TIME_INVALID', undefined, { field: 'time' });
      await ctx.prisma.$transaction(async (tx) => {
        const before = await tx.setting.findUnique({ where: { key: DIGEST_TIME_SETTING } });
        await tx.setting.upsert({
          where: { key: DIGEST_TIME_SETTING },
          create: { key: DIGEST_TIME_SETTING, value: time, updatedById: ctx.user!.id },
          update: { value: time, updatedById: ctx.user!.id },
        });
        await audit(tx, ctx, { action: 'setting.update', entity: 'Setting', entityId: DIGEST_TIME_SETTING, before: before?.value ?? null, after: time });
      });
      return time;
    },
  }),
}));
