// The reminders as users meet them (docs/notifications.md), in headless Chromium against the real API: the bell in
// the top bar and a unit's reminder channels (both send their mutations through useCommand).
// The walk starts its own server with the reminder rounds on (the shared servers run none): the first round, at
// start, turns every user's to-do list into notifications. At 1280 px the administrator's bell shows that unread
// count and opening one notification marks it read (the count falls by one); on the administrator's unit's
// 提醒渠道 tab a robot webhook that is not a URL is refused in Chinese inside the dialog, the corrected channel is
// saved, then switched off with other quiet hours. At 390 px the same bell shows the same count and "全部已读"
// empties it; the KGK principal's channel without a name is refused in Chinese, then saved with one.
// Screenshots: apps/admin/screenshots/notifications-*.png.
//
// Run from the repository root: npm run build -w @ssj/admin && npx vitest run --project browser apps/admin/test/browser/notifications.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LOGIN } from '../../src/dataProvider/documents.ts';
import { MY_NOTIFICATIONS, NOTIFICATION_CHANNELS } from '../../src/dataProvider/notificationDocuments.ts';
import { type ApiServer, graphql, settle, shoot, signInDirectly, startApiServer, walkBrowser, type WalkBrowser } from './harness.ts';

type Session = { token: string; unitId: string };

describe('the notification bell and the reminder channels', () => {
  let api: ApiServer | undefined;
  let base: string;
  let browser: WalkBrowser;
  const passwords = { admin: 'Admin@2026', kuangguan: 'Staff@2026' };
  const sessions: Record<string, Session> = {};
  const pageErrors: string[] = [];

  const shot = (p: Page, name: string) => shoot(p, `notifications-${name}.png`, { fullPage: false, settle: true });

  const login = async (username: keyof typeof passwords): Promise<Session> => {
    const r = await graphql(base, LOGIN, { username, password: passwords[username] });
    return { token: r.data!.login.token, unitId: r.data!.login.me.unitId };
  };
  const unreadOf = async (username: string): Promise<number> =>
    (await graphql(base, MY_NOTIFICATIONS, { first: 1 }, sessions[username]!.token)).data!.myUnreadNotificationCount as number;
  const channelsOf = async (username: string) =>
    (await graphql(base, NOTIFICATION_CHANNELS, { unitId: sessions[username]!.unitId }, sessions[username]!.token)).data!.notificationChannels as {
      name: string;
      url: string | null;
      enabled: boolean;
      quietFrom: string;
    }[];

  /** The unread count once the first reminder round has written this user's notifications (it runs at start). */
  const settledUnread = async (username: string): Promise<number> => {
    let last = -1;
    await expect
      .poll(
        async () => {
          const now = await unreadOf(username);
          const stable = now > 0 && now === last;
          last = now;
          return stable;
        },
        { timeout: 120_000, interval: 1_500 },
      )
      .toBe(true);
    return last;
  };

  let walkPage: Page | undefined;
  /**
   * The walk's one page at `width`×`height`, for the next sign-in (each loads the admin anew): one browser context
   * for the walk, not one per sign-in (a new context costs Chromium ~1.2 s of CPU more than a reload).
   */
  const newPage = async (width: number, height: number) => {
    if (!walkPage) {
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width, height }, timezoneId: 'Asia/Shanghai' });
      walkPage = await context.newPage();
      walkPage.setDefaultTimeout(20_000);
      walkPage.on('pageerror', (e) => pageErrors.push(e.message));
    }
    await walkPage.setViewportSize({ width, height });
    return walkPage;
  };

  const bell = (p: Page) => p.getByTestId('notification-bell');
  const badgeText = (p: Page) => p.locator('[data-testid=notification-count] .MuiBadge-badge').textContent();
  const shownCount = (n: number) => (n > 99 ? '99+' : String(n));

  beforeAll(async () => {
    // It writes (notifications read, channels saved) and needs the reminder rounds: a server of its own.
    api = await startApiServer('notifications', { env: { SSJ_REMINDER_MINUTES: '60' } });
    base = api.base;
    passwords.admin = api.demoPassword('admin', passwords.admin);
    passwords.kuangguan = api.demoPassword('kuangguan', passwords.kuangguan);
    sessions.admin = await login('admin');
    sessions.kuangguan = await login('kuangguan');
    browser = await walkBrowser();
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await api?.stop();
  });

  let unread = 0;

  it('shows the unread count on the bell and marks a notification read when it is opened (1280 px)', async () => {
    unread = await settledUnread('admin');
    expect(unread).toBeGreaterThan(1);
    const page = await newPage(1280, 800);
    await signInDirectly(page, base, 'admin', passwords.admin);
    await expect.poll(() => badgeText(page)).toBe(shownCount(unread));
    expect(await bell(page).getAttribute('aria-label')).toBe(`通知（${unread} 条未读）`);

    await bell(page).click();
    const list = page.getByTestId('notification-list');
    await list.waitFor();
    const unreadItems = list.locator('[data-testid=notification-item][data-unread="1"]');
    await expect.poll(() => unreadItems.count()).toBeGreaterThan(0);
    await shot(page, 'bell-1280');

    // Opening one closes the list, marks it read and goes where it points.
    await unreadItems.first().click();
    await list.waitFor({ state: 'hidden' });
    await expect.poll(() => unreadOf('admin')).toBe(unread - 1);
    await expect.poll(() => badgeText(page)).toBe(shownCount(unread - 1));
    expect(await bell(page).getAttribute('aria-label')).toBe(`通知（${unread - 1} 条未读）`);
  });

  it('refuses a webhook that is not a URL in Chinese, saves the channel, then switches it off (1280 px)', async () => {
    const page = await newPage(1280, 800);
    await signInDirectly(page, base, 'admin', passwords.admin, `#/Unit/${sessions.admin!.unitId}/show/reminders`);
    const tab = page.getByTestId('notification-channels');
    await tab.waitFor();
    const name = '许可科工作群机器人（走查）';
    const mine = async () => (await channelsOf('admin')).filter((c) => c.name === name);

    await page.getByTestId('channel-add').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name=name]').fill(name);
    await dialog.locator('input[name=url]').fill('qyapi.weixin.qq.com/cgi-bin/webhook/send');
    await dialog.getByTestId('channel-save').click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe('机器人 Webhook 地址须为 http:// 或 https:// 开头的完整网址');
    expect(await mine()).toEqual([]);
    await shot(page, 'channel-error-1280');

    await dialog.locator('input[name=url]').fill('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=walk-1280');
    await dialog.getByTestId('channel-save').click();
    await dialog.waitFor({ state: 'detached' });
    const card = tab.getByTestId('notification-channel').filter({ hasText: name });
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.textContent()).toContain('已启用');
    expect(await card.textContent()).toContain('免打扰 20:00–08:00');
    expect(await mine()).toMatchObject([{ url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=walk-1280', enabled: true, quietFrom: '20:00' }]);

    // Edit: off, quiet from 21:00.
    await card.getByRole('button', { name: '编辑' }).click();
    await page.getByRole('dialog').locator('input[name=quietFrom]').fill('21:00');
    await page.getByRole('dialog').getByLabel('启用').uncheck();
    await page.getByRole('dialog').getByTestId('channel-save').click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(() => card.textContent()).toContain('已停用');
    expect(await card.textContent()).toContain('免打扰 21:00–08:00');
    expect(await mine()).toMatchObject([{ enabled: false, quietFrom: '21:00' }]);
    await card.scrollIntoViewIfNeeded();
    await shot(page, 'channels-1280');
  });

  it('shows the same count on a phone and marks all read there; a channel without a name is refused (390 px)', async () => {
    const page = await newPage(390, 844);
    await signInDirectly(page, base, 'admin', passwords.admin);
    await expect.poll(() => badgeText(page)).toBe(shownCount(unread - 1));
    await bell(page).click();
    const list = page.getByTestId('notification-list');
    await list.waitFor();
    // The list fits the phone's width.
    const box = (await list.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await shot(page, 'bell-390');
    // 全部已读: nothing unread, the badge goes, the button is disabled.
    await list.getByTestId('notification-mark-all').click();
    await expect.poll(() => unreadOf('admin')).toBe(0);
    await expect.poll(() => bell(page).getAttribute('aria-label')).toBe('通知（0 条未读）');
    expect(await list.getByTestId('notification-mark-all').isDisabled()).toBe(true);
    expect(await list.locator('[data-testid=notification-item][data-unread="1"]').count()).toBe(0);
    await shot(page, 'bell-read-390');

    // The KGK principal manages the own unit's channels: a channel without a name is refused in Chinese.
    const phone = await newPage(390, 844);
    await signInDirectly(phone, base, 'kuangguan', passwords.kuangguan, `#/Unit/${sessions.kuangguan!.unitId}/show/reminders`);
    await phone.getByTestId('channel-add').click();
    const dialog = phone.getByRole('dialog');
    await dialog.locator('input[name=url]').fill('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=walk-390');
    await dialog.getByTestId('channel-save').click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe('请填写渠道名称');
    await shot(phone, 'channel-error-390');
    await dialog.locator('input[name=name]').fill('矿管科工作群（走查）');
    await dialog.getByTestId('channel-save').click();
    await dialog.waitFor({ state: 'detached' });
    const card = phone.getByTestId('notification-channel').filter({ hasText: '矿管科工作群（走查）' });
    await expect.poll(() => card.count()).toBe(1);
    expect((await channelsOf('kuangguan')).filter((c) => c.name === '矿管科工作群（走查）')).toMatchObject([{ enabled: true }]);
    await settle(phone);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await card.scrollIntoViewIfNeeded();
    await shot(phone, 'channels-390');
  });

  it('raised no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
