// Outbound channels of a unit's reminders (docs/notifications.md "Channels"): the group robots of 企业微信 (WeCom)
// and 钉钉 (DingTalk), which take a markdown message by webhook, and e-mail over SMTP (nodemailer).
import { createHmac } from 'node:crypto';
import nodemailer from 'nodemailer';

export interface ChannelConfig {
  kind: 'WECOM' | 'DINGTALK' | 'EMAIL';
  url: string | null;
  secret: string | null;
  smtpHost: string | null;
  smtpPort: number | null;
  smtpSecure: boolean;
  smtpUser: string | null;
  smtpPassword: string | null;
  mailFrom: string | null;
}

export interface OutboundMessage {
  title: string;
  /** Markdown: WeCom and DingTalk render it; e-mail carries it as the plain-text body. */
  content: string;
  /** E-mail only. */
  recipients: string[];
}

/** 企业微信 group robot: `{"msgtype":"markdown","markdown":{"content":…}}` (at most 4096 bytes of content). */
export function wecomPayload(m: Pick<OutboundMessage, 'title' | 'content'>) {
  return { msgtype: 'markdown', markdown: { content: truncateBytes(`### ${m.title}\n${m.content}`, 4096) } };
}

/** 钉钉 group robot: `{"msgtype":"markdown","markdown":{"title":…,"text":…}}`. */
export function dingtalkPayload(m: Pick<OutboundMessage, 'title' | 'content'>) {
  return { msgtype: 'markdown', markdown: { title: m.title, text: `### ${m.title}\n${m.content}` } };
}

/**
 * 钉钉 加签: sign = base64(HMAC-SHA256(secret, `${timestamp}\n${secret}`)), appended URL-encoded as `&timestamp=…&sign=…`
 * (timestamp in milliseconds; DingTalk refuses one more than an hour off).
 */
export function dingtalkSignedUrl(url: string, secret: string, timestamp: number): string {
  const sign = createHmac('sha256', secret).update(`${timestamp}\n${secret}`, 'utf8').digest('base64');
  const u = new URL(url);
  u.searchParams.set('timestamp', String(timestamp));
  u.searchParams.set('sign', sign);
  return u.toString();
}

function truncateBytes(s: string, max: number): string {
  const b = Buffer.from(s, 'utf8');
  if (b.length <= max) return s;
  let cut = b.subarray(0, max - 3).toString('utf8');
  if (cut.endsWith('\uFFFD')) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** Sends one message; throws with a short reason when the channel refused it or could not be reached. */
export async function sendMessage(c: ChannelConfig, m: OutboundMessage, options: { now: Date; timeoutMs?: number }): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  if (c.kind === 'EMAIL') {
    if (!c.smtpHost || !c.mailFrom) throw new Error('SMTP 服务器或发件人未设置');
    if (m.recipients.length === 0) throw new Error('没有收件人');
    const transport = nodemailer.createTransport({
      host: c.smtpHost,
      port: c.smtpPort ?? (c.smtpSecure ? 465 : 25),
      secure: c.smtpSecure,
      ...(c.smtpUser ? { auth: { user: c.smtpUser, pass: c.smtpPassword ?? '' } } : {}),
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
    });
    try {
      // Plain text: the markdown's bold markers would only show as asterisks.
      await transport.sendMail({ from: c.mailFrom, to: m.recipients, subject: m.title, text: m.content.replace(/\*\*/g, '') });
    } finally {
      transport.close();
    }
    return;
  }
  if (!c.url) throw new Error('Webhook 地址未设置');
  const body = c.kind === 'WECOM' ? wecomPayload(m) : dingtalkPayload(m);
  const url = c.kind === 'DINGTALK' && c.secret ? dingtalkSignedUrl(c.url, c.secret, options.now.getTime()) : c.url;
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
    redirect: 'manual',
  });
  const text = await res.text().catch(() => '');
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  // Both robots answer 200 with {"errcode":0,…}; another errcode is a refusal (bad key, bad signature, rate limit).
  try {
    const j = JSON.parse(text) as { errcode?: number; errmsg?: string };
    if (typeof j.errcode === 'number' && j.errcode !== 0) throw new Error(`errcode ${j.errcode}: ${j.errmsg ?? ''}`);
  } catch (e) {
    if (e instanceof SyntaxError) return; // not JSON: a plain 2xx receiver
    throw e;
  }
}
