// A unit's outbound reminder channels (docs/notifications.md "Channels"): 企业微信 / 钉钉 group robots and e-mail.
// Who manages them: the lead unit's administrators for every unit, and a unit's principal (负责人) for their own
// unit — the principal answers for the unit's deadlines, and a robot's address is a secret of the unit's group.
// Secrets (the DingTalk signing secret, the SMTP password) are write-only: the API says whether one is set.
import { NotificationChannelKind } from '@ssj/db/client';
import { DEFAULT_QUIET_HOURS, minutesOf, NOTIFICATION_CHANNEL_KIND } from '@ssj/domain';
import { builder } from '../builder.ts';
import { audit } from '../audit.ts';
import type { Context } from '../context.ts';
import { forbiddenOtherUnit, notFound, userError } from '../errors.ts';
import type { ChannelConfig } from '../notifications/channels.ts';
import { labelled } from './enums.ts';

/** A stored channel: where and how it sends (the sender's own config), whose it is, and its quiet hours. */
type ChannelRow = ChannelConfig & {
  id: string;
  unitId: string;
  name: string;
  enabled: boolean;
  recipients: string[];
  quietFrom: string;
  quietTo: string;
  createdAt: Date;
  updatedAt: Date;
};

const ChannelKindEnum = labelled('NotificationChannelKind', '外发渠道类型 / Outbound channel kind', NotificationChannelKind, NOTIFICATION_CHANNEL_KIND);

type DeliveryRow = { status: string; attempts: number; lastError: string | null; sentAt: Date | null; nextAttemptAt: Date; title: string; createdAt: Date };
const DeliveryRef = builder.objectRef<DeliveryRow>('NotificationDelivery').implement({
  description: '一次外发（每日提醒） / One message to a channel',
  fields: (t) => ({
    title: t.exposeString('title'),
    status: t.exposeString('status', { description: 'PENDING / SENT / FAILED' }),
    attempts: t.exposeInt('attempts', { description: '已尝试次数 / Attempts so far' }),
    lastError: t.exposeString('lastError', { nullable: true, description: '最近一次错误 / Last error' }),
    sentAt: t.expose('sentAt', { type: 'DateTime', nullable: true }),
    nextAttemptAt: t.expose('nextAttemptAt', { type: 'DateTime', description: '（下次）发送时间 / (Next) attempt at' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

export const NotificationChannelRef = builder.objectRef<ChannelRow>('NotificationChannel').implement({
  description: '单位的提醒外发渠道 / One outbound reminder channel of a unit',
  fields: (t) => ({
    id: t.exposeID('id'),
    unitId: t.exposeID('unitId'),
    kind: t.field({ type: ChannelKindEnum, resolve: (c) => c.kind }),
    name: t.exposeString('name', { description: '名称 / Name' }),
    enabled: t.exposeBoolean('enabled', { description: '启用 / Enabled' }),
    url: t.exposeString('url', { nullable: true, description: '机器人 Webhook 地址 / The robot’s webhook address' }),
    hasSecret: t.boolean({ description: '已设置钉钉加签密钥（不回显） / A DingTalk signing secret is set (never shown)', resolve: (c) => !!c.secret }),
    smtpHost: t.exposeString('smtpHost', { nullable: true }),
    smtpPort: t.exposeInt('smtpPort', { nullable: true }),
    smtpSecure: t.exposeBoolean('smtpSecure', { description: 'TLS 连接（通常端口 465） / TLS from the start (usually port 465)' }),
    smtpUser: t.exposeString('smtpUser', { nullable: true }),
    hasSmtpPassword: t.boolean({ description: '已设置 SMTP 密码（不回显） / An SMTP password is set (never shown)', resolve: (c) => !!c.smtpPassword }),
    mailFrom: t.exposeString('mailFrom', { nullable: true, description: '发件人 / Sender' }),
    recipients: t.exposeStringList('recipients', { description: '收件人（为空则发给本单位用户的邮箱） / Recipients; empty = the unit’s users’ e-mails' }),
    quietFrom: t.exposeString('quietFrom', { description: '免打扰开始（北京时间 HH:MM） / Quiet hours from (Beijing, HH:MM)' }),
    quietTo: t.exposeString('quietTo', { description: '免打扰结束 / Quiet hours until' }),
    recentDeliveries: t.field({
      type: [DeliveryRef],
      description: '最近的外发记录 / The latest messages to this channel',
      resolve: (c, _a, ctx) =>
        ctx.prisma.notificationDelivery.findMany({
          where: { channelId: c.id },
          orderBy: { createdAt: 'desc' },
          take: 5,
          select: { status: true, attempts: true, lastError: true, sentAt: true, nextAttemptAt: true, title: true, createdAt: true },
        }),
    }),
  }),
});

/** The lead unit's administrators manage every unit's channels; a principal their own unit's. */
function mayManage(ctx: Context, unitId: string): boolean {
  const u = ctx.user!;
  return u.role === 'ADMIN' || (u.role === 'UNIT_STAFF' && u.isPrincipal && u.unitId === unitId);
}

const ChannelInput = builder.inputType('NotificationChannelInput', {
  description: '外发渠道（新增时填 unitId、kind、name；修改时只填要改的项） / A channel; on update only what changes',
  fields: (t) => ({
    unitId: t.id({ required: false }),
    kind: t.field({ type: ChannelKindEnum, required: false }),
    name: t.string({ required: false }),
    enabled: t.boolean({ required: false }),
    url: t.string({ required: false }),
    secret: t.string({ required: false, description: '空字符串清除 / An empty string removes it' }),
    smtpHost: t.string({ required: false }),
    smtpPort: t.int({ required: false }),
    smtpSecure: t.boolean({ required: false }),
    smtpUser: t.string({ required: false }),
    smtpPassword: t.string({ required: false, description: '空字符串清除 / An empty string removes it' }),
    mailFrom: t.string({ required: false }),
    recipients: t.stringList({ required: false }),
    quietFrom: t.string({ required: false }),
    quietTo: t.string({ required: false }),
  }),
});

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const blankToNull = (s: string | null | undefined) => (s === undefined ? undefined : s === null || s.trim() === '' ? null : s.trim());

/** Checks a channel as it would be after the change; the first problem is a typed error naming its field. */
function check(c: Partial<ChannelRow>) {
  if (!c.name?.trim()) throw userError('NOTIFICATION.CHANNEL_NAME_REQUIRED', undefined, { field: 'name' });
  for (const f of ['quietFrom', 'quietTo'] as const)
    if (minutesOf(c[f] ?? '') === null) throw userError('NOTIFICATION.QUIET_HOURS_INVALID', undefined, { field: f });
  if (c.kind === 'EMAIL') {
    if (!c.smtpHost) throw userError('NOTIFICATION.CHANNEL_INCOMPLETE', 'SMTP 服务器', { field: 'smtpHost' });
    if (!c.mailFrom || !EMAIL.test(c.mailFrom.replace(/^.*<([^>]+)>\s*$/, '$1')))
      throw userError('NOTIFICATION.EMAIL_INVALID', c.mailFrom ?? '', { field: 'mailFrom' });
    if (c.smtpPort != null && !(Number.isInteger(c.smtpPort) && c.smtpPort > 0 && c.smtpPort < 65536))
      throw userError('NOTIFICATION.CHANNEL_INCOMPLETE', 'SMTP 端口（1–65535）', { field: 'smtpPort' });
    for (const r of c.recipients ?? []) if (!EMAIL.test(r)) throw userError('NOTIFICATION.EMAIL_INVALID', r, { field: 'recipients' });
  } else {
    let ok = false;
    try {
      const u = new URL(c.url ?? '');
      ok = u.protocol === 'http:' || u.protocol === 'https:';
    } catch {}
    if (!ok) throw userError('NOTIFICATION.CHANNEL_URL_INVALID', undefined, { field: 'url' });
  }
}

const shown = (c: ChannelRow) => ({ ...c, secret: c.secret ? '***' : null, smtpPassword: c.smtpPassword ? '***' : null });

builder.queryFields((t) => ({
  notificationChannels: t.field({
    type: [NotificationChannelRef],
    description: '单位的提醒外发渠道（牵头单位管理员、本单位负责人可见） / A unit’s reminder channels (lead unit, or the unit’s principal)',
    authScopes: { writer: true },
    args: { unitId: t.arg.id({ required: true }) },
    resolve: async (_r, a, ctx) => {
      if (!mayManage(ctx, String(a.unitId))) throw forbiddenOtherUnit();
      return ctx.prisma.notificationChannel.findMany({ where: { unitId: String(a.unitId) }, orderBy: { createdAt: 'asc' } });
    },
  }),
}));

builder.mutationFields((t) => ({
  saveNotificationChannel: t.field({
    type: NotificationChannelRef,
    description: '新增（不带 id）或修改外发渠道 / Creates (no id) or updates a reminder channel',
    authScopes: { writer: true },
    args: { id: t.arg.id({ required: false }), input: t.arg({ type: ChannelInput, required: true }) },
    resolve: async (_r, { id, input: i }, ctx) => {
      const before = id ? await ctx.prisma.notificationChannel.findUnique({ where: { id: String(id) } }) : null;
      if (id && !before) throw notFound('外发渠道');
      const unitId = before?.unitId ?? (i.unitId ? String(i.unitId) : null);
      if (!unitId) throw userError('NOTIFICATION.CHANNEL_INCOMPLETE', '单位', { field: 'unitId' });
      if (!mayManage(ctx, unitId)) throw forbiddenOtherUnit();
      if (!before && !(await ctx.prisma.unit.findUnique({ where: { id: unitId }, select: { id: true } }))) throw notFound('单位');
      const kind = before?.kind ?? i.kind ?? null;
      if (!kind) throw userError('NOTIFICATION.CHANNEL_INCOMPLETE', '渠道类型', { field: 'kind' });
      const data = {
        ...(i.name != null ? { name: i.name.trim() } : {}),
        ...(i.enabled != null ? { enabled: i.enabled } : {}),
        ...(i.url !== undefined ? { url: blankToNull(i.url) } : {}),
        ...(i.secret !== undefined ? { secret: blankToNull(i.secret) } : {}),
        ...(i.smtpHost !== undefined ? { smtpHost: blankToNull(i.smtpHost) } : {}),
        ...(i.smtpPort !== undefined ? { smtpPort: i.smtpPort } : {}),
        ...(i.smtpSecure != null ? { smtpSecure: i.smtpSecure } : {}),
        ...(i.smtpUser !== undefined ? { smtpUser: blankToNull(i.smtpUser) } : {}),
        ...(i.smtpPassword !== undefined ? { smtpPassword: blankToNull(i.smtpPassword) } : {}),
        ...(i.mailFrom !== undefined ? { mailFrom: blankToNull(i.mailFrom) } : {}),
        ...(i.recipients != null ? { recipients: i.recipients.map((r) => r.trim()).filter(Boolean) } : {}),
        ...(i.quietFrom != null ? { quietFrom: i.quietFrom.trim() } : {}),
        ...(i.quietTo != null ? { quietTo: i.quietTo.trim() } : {}),
      };
      const after = {
        quietFrom: DEFAULT_QUIET_HOURS.from,
        quietTo: DEFAULT_QUIET_HOURS.to,
        recipients: [],
        smtpSecure: false,
        enabled: true,
        ...(before ?? {}),
        ...data,
        kind,
        unitId,
      } as Partial<ChannelRow>;
      check(after);
      return ctx.prisma.$transaction(async (tx) => {
        const saved = before
          ? await tx.notificationChannel.update({ where: { id: before.id }, data })
          : await tx.notificationChannel.create({ data: { ...data, name: after.name!, unitId, kind } });
        await audit(tx, ctx, {
          action: before ? 'notificationChannel.update' : 'notificationChannel.create',
          entity: 'NotificationChannel',
          entityId: saved.id,
          unitId,
          before: before ? shown(before) : null,
          after: shown(saved),
        });
        return saved;
      });
    },
  }),
  deleteNotificationChannel: t.boolean({
    description: '删除外发渠道（连同其外发记录） / Deletes a reminder channel and its delivery log',
    authScopes: { writer: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_r, a, ctx) => {
      const before = await ctx.prisma.notificationChannel.findUnique({ where: { id: String(a.id) } });
      if (!before) throw notFound('外发渠道');
      if (!mayManage(ctx, before.unitId)) throw forbiddenOtherUnit();
      await ctx.prisma.$transaction(async (tx) => {
        await tx.notificationChannel.delete({ where: { id: before.id } });
        await audit(tx, ctx, {
          action: 'notificationChannel.delete',
          entity: 'NotificationChannel',
          entityId: before.id,
          unitId: before.unitId,
          before: shown(before),
        });
      });
      return true;
    },
  }),
}));
