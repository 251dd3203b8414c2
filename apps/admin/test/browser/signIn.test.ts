// Opening the admin signed out and signing out: the sign-in form comes at once, after one navigation to #/login.
// react-admin shows it by rendering LogoutOnMount, which calls authProvider.logout; a logout that emptied the page's
// query cache before that navigation re-mounted LogoutOnMount, which logged out again: ~400 navigations and seconds
// of blank page and busy CPU on every signed-out load (authProvider.ts, logout). This walk counts the navigations the
// page makes (history.pushState) and sees the session and its kept queries gone after signing out.
//
// Run from the repository root: npm run build -w @ssj/admin && npx vitest run --project browser apps/admin/test/browser/signIn.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type ApiServer, sharedApiServer, walkBrowser, type WalkBrowser } from './harness.ts';

/**
 * Counts the page's navigations to a new address, history.pushState, in `window.__navigations` (a new document
 * starts again). The router's replaceState of the first address (/ becomes #/) is not one.
 */
const COUNT_NAVIGATIONS = `(() => {
  window.__navigations = 0;
  const push = history.pushState.bind(history);
  history.pushState = (...args) => { window.__navigations++; return push(...args); };
})();`;

describe('signing in and out', () => {
  let api: ApiServer | undefined;
  let browser: WalkBrowser;
  let page: Page;
  const navigations = () => page.evaluate(() => (window as unknown as { __navigations: number }).__navigations);
  /** How many users' queries the page keeps on the device (pwa/queryCache.ts: IndexedDB, one entry per user). */
  const keptQueries = () =>
    page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('ssj-offline-queries');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('queries')) return resolve(0);
            const count = db.transaction('queries').objectStore('queries').count();
            count.onsuccess = () => resolve(count.result);
            count.onerror = () => reject(count.error);
          };
        }),
    );

  beforeAll(async () => {
    api = await sharedApiServer();
    browser = await walkBrowser();
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 768 } });
    await context.addInitScript(COUNT_NAVIGATIONS);
    page = await context.newPage();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it.each(['/', '/#/Task'])('opens %s signed out on the sign-in form after one navigation', async (address) => {
    await page.goto('about:blank'); // a new document: the count starts again
    await page.goto(`${api!.base}${address}`);
    await page.locator('input[name=username]').waitFor();
    expect(page.url()).toMatch(/#\/login$/);
    // Settled: nothing navigates any more (the loop went on for seconds after the form showed).
    await page.waitForTimeout(300);
    expect(await navigations()).toBe(1);
  });

  it('signs in through the form, and signing out comes back to the form after one navigation, the session gone', async () => {
    await page.fill('input[name=username]', 'kuangguan');
    await page.fill('input[name=password]', api!.demoPassword('kuangguan', 'Staff@2026'));
    await page.click('button[type=submit]');
    await page.getByTestId('todo-card').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('ssj.session'))).not.toBeNull();
    await expect.poll(keptQueries).toBe(1); // the to-do list's queries, kept for a reload offline

    const before = await navigations();
    await page.getByRole('button', { name: '个人设置' }).click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.locator('input[name=username]').waitFor();
    await page.waitForTimeout(300);
    expect(await navigations()).toBe(before + 1);
    expect(await page.evaluate(() => localStorage.getItem('ssj.session'))).toBeNull();
    // What the pages fetched is not left on the device (pwa/queryCache.ts): its IndexedDB store is emptied.
    await expect.poll(keptQueries).toBe(0);
  });
});
