// Entering a result on a phone whose connection drops (issue 15, "A phone in the field"), in Chromium's mobile
// emulation at 390×844 against the real API: the principal types part of a result, goes offline, keeps typing,
// reloads the page offline (the service worker answers it; the draft comes back from IndexedDB and the result from
// the kept query cache), sees 未同步 on the page and on the to-do line, comes back online and sees it synced once
// (the server has exactly one change). Then a second session changes the result meanwhile: the device's save is
// refused (RESULT.STALE), 重新加载 is offered, and after it the typed text is still in the form and saves.
// Screenshots: apps/admin/screenshots/offline-*.png.
//
// Run from the repository root: npm run build -w @ssj/admin && npx vitest run --project browser test/browser/offline.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { type ApiServer, resultsTask, sharedApiServer, signInDirectly, walkBrowser, type WalkBrowser, shoot } from './harness.ts';

describe('offline entry of a result on a phone', () => {
  let api: ApiServer | undefined;
  let base: string;
  let browser: WalkBrowser;
  let context: BrowserContext;
  let page: Page;
  let taskId = '';
  let resultId = '';
  let kgToken = '';
  let adminToken = '';
  let kg2Token = '';
  const consoleErrors: string[] = [];

  const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000, interval: 200 });
  const shot = async (name: string) => {
    await shoot(page, `offline-${name}.png`, { fullPage: false, settle: true });
  };
  const gql = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: Record<string, any>; errors?: { extensions?: { code?: string } }[] };
  };
  const login = async (username: string, password: string) =>
    (await (
      await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
          variables: { u: username, p: password },
        }),
      })
    ).json()) as { data: { login: { token: string } } };
  /** The result as the server has it, and how many saves its audit trail holds. */
  const onServer = async () => {
    const r = await gql(
      adminToken,
      'query($id: ID!) { Result(id: $id) { version remarks } _allAuditEventsMeta(filter: { entity: "Result", entityId: $id, action: "updateResult" }) { count } }',
      { id: resultId },
    );
    return { ...(r.data?.Result as { version: number; remarks: string | null }), saves: r.data?._allAuditEventsMeta.count as number };
  };
  const remarks = () => page.locator('textarea[name=remarks]');
  const syncState = () => page.getByTestId('sync-state').getAttribute('data-state');

  beforeAll(async () => {
    // The results walks' server, on 2026-12-04, and this walk's own task there.
    api = await sharedApiServer('results');
    ({ taskId } = resultsTask(api, 'offline'));
    base = api.base;
    kgToken = (await login('kuangguan', api.demoPassword('kuangguan', 'Staff@2026'))).data.login.token;
    adminToken = (await login('admin', api.demoPassword('admin', 'Admin@2026'))).data.login.token;
    // kuangguan2, the team's other inspector, has kuangguan's password in this seed (resultsSeed.ts).
    kg2Token = (await login('kuangguan2', api.demoPassword('kuangguan', 'Staff@2026'))).data.login.token;
    const list = await gql(kgToken, 'query($f: ResultFilter) { allResults(filter: $f, perPage: 50, sortField: "id") { id status } }', {
      f: { taskId, status: 'NOT_ENTERED' },
    });
    resultId = (list.data!.allResults as { id: string }[])[0]!.id;
    browser = await walkBrowser();
    // Chromium's mobile emulation: a 390×844 phone with touch.
    context = await browser.newContext({
      serviceWorkers: 'allow', // the subject: the worker serves the reload offline
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('console', (msg) => {
      // Requests refused while offline are expected; anything else is a fault of the page.
      if (msg.type() === 'error' && !/ERR_INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource/.test(msg.text())) consoleErrors.push(msg.text());
    });
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await api?.stop();
  });

  it('installs: a Chinese manifest with icons, and a service worker that controls the page', async () => {
    const manifest = (await (await fetch(`${base}/manifest.webmanifest`)).json()) as { name: string; icons: { sizes: string }[]; display: string };
    expect(manifest.name).toBe('双随机、一公开监管平台');
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    const sw = await fetch(`${base}/sw.js`);
    expect(sw.status).toBe(200);
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    // The principal lands on the to-do list (kept on the device from now on), then opens the result to enter.
    await signInDirectly(page, base, 'kuangguan', api!.demoPassword('kuangguan', 'Staff@2026'));
    await page.getByTestId('todo-item').first().waitFor();
    await page.goto(`${base}/#/Result/${resultId}/show`);
    await page.getByTestId('result-header').waitFor();
    // The worker takes the page over once it has kept the app shell and the assets (clientsClaim).
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 60_000 });
    expect(await page.evaluate(() => document.querySelector('link[rel=manifest]')?.getAttribute('href'))).toBe('/manifest.webmanifest');
  });

  it('keeps what is typed offline through a reload served by the service worker, shows 未同步, and syncs it once', async () => {
    await poll(syncState).toBe('synced');
    await remarks().fill('现场检查：');
    await poll(syncState).toBe('unsynced');
    await context.setOffline(true);
    await remarks().fill('现场检查：已出示执法证件，送达检查通知书，负责人签字确认');
    await poll(() => page.getByTestId('sync-state').textContent()).toContain('当前离线');

    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await page.getByTestId('result-header').waitFor();
    await poll(() => remarks().inputValue()).toBe('现场检查：已出示执法证件，送达检查通知书，负责人签字确认');
    await poll(syncState).toBe('unsynced');
    expect(await page.getByTestId('sync-state').textContent()).toContain('未同步');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByTestId('sync-state').evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 72));
    await shot('unsynced-390');
    // Nothing has reached the server.
    expect(await onServer()).toEqual({ version: 1, remarks: null, saves: 0 });

    // The to-do list (kept from before) marks the task's line 未同步.
    await page.goto(`${base}/#/`);
    const line = page.getByTestId('todo-item').filter({ has: page.getByTestId('todo-unsynced') });
    await poll(() => line.count()).toBe(1);
    expect(await line.getByTestId('todo-unsynced').textContent()).toContain('1 件未同步');
    await line.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await shot('todo-unsynced-390');

    // Back on the entry, the connection returns: the draft is sent by itself, once.
    await page.goto(`${base}/#/Result/${resultId}/show`);
    await page.getByTestId('result-header').waitFor();
    await poll(syncState).toBe('unsynced');
    await context.setOffline(false);
    await poll(syncState).toBe('synced');
    await poll(onServer).toEqual({ version: 2, remarks: '现场检查：已出示执法证件，送达检查通知书，负责人签字确认', saves: 1 });
    await shot('synced-390');
    // Reloaded online, the form shows the server's entry and nothing is left to sync.
    await page.reload();
    await page.getByTestId('result-header').waitFor();
    await poll(syncState).toBe('synced');
    await poll(() => remarks().inputValue()).toBe('现场检查：已出示执法证件，送达检查通知书，负责人签字确认');
    expect((await onServer()).saves).toBe(1);
  });

  it('refuses a save when another session changed the result meanwhile, and offers to reload without losing the draft', async () => {
    await poll(() => remarks().inputValue()).toContain('现场检查');
    await context.setOffline(true);
    await remarks().fill('现场检查：企业负责人拒绝签字，由见证人王五签名');
    await poll(syncState).toBe('unsynced');
    // Meanwhile the team's other inspector (rule 19: only the team enters it) changes the result from the office.
    const office = await gql(kg2Token, 'mutation($id: ID!) { updateResult(id: $id, remarks: "办公室补充：已电话核实", baseVersion: 2) { version } }', {
      id: resultId,
    });
    expect(office.errors).toBeUndefined();
    expect(office.data?.updateResult.version).toBe(3);

    await context.setOffline(false);
    await poll(syncState).toBe('stale');
    const alert = page.getByTestId('sync-state');
    expect(await alert.textContent()).toContain('已被他人修改');
    expect(await remarks().inputValue()).toBe('现场检查：企业负责人拒绝签字，由见证人王五签名');
    expect(await onServer()).toEqual({ version: 3, remarks: '办公室补充：已电话核实', saves: 2 });
    await alert.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 72));
    await shot('stale-390');

    await page.getByTestId('sync-reload').click();
    await poll(() => page.getByTestId('sync-state').textContent()).toContain('第 3 版');
    expect(await syncState()).toBe('unsynced');
    expect(await remarks().inputValue()).toBe('现场检查：企业负责人拒绝签字，由见证人王五签名');
    await shot('reloaded-390');
    // Saved now from version 3, on purpose: one more change.
    await page.getByTestId('result-save').click();
    await poll(syncState).toBe('synced');
    await poll(onServer).toEqual({ version: 4, remarks: '现场检查：企业负责人拒绝签字，由见证人王五签名', saves: 3 });
    expect(consoleErrors).toEqual([]);
  });
});
