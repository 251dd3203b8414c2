// The Content-Security-Policy (apps/api/src/securityHeaders.ts: no inline script, nothing from another origin)
// holds what the product itself loads: the admin signed in, a list, the public pages and GraphiQL (its editor,
// Monaco's workers and a query run), in headless Chromium against the real server, with no CSP violation, page
// error or console error. Screenshots: apps/admin/screenshots/csp-*.png.
//
// Run from the repository root: npm run build -w @ssj/admin && npx vitest run --project browser apps/admin/test/browser/csp.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type ApiServer, FULL_CHROMIUM, sharedApiServer, walkBrowser, type WalkBrowser, shoot } from './harness.ts';

describe('content security policy', () => {
  let api: ApiServer | undefined;
  let browser: WalkBrowser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    api = await sharedApiServer();
    // The full browser, while the other walks drive the headless shell (harness.ts, CHROMIUM): the policy and the
    // service worker are what a user's browser enforces and runs, and on the shell this walk's sign-in with the worker
    // running hung now and then.
    browser = await walkBrowser(FULL_CHROMIUM);
    // The admin's service worker too (worker-src), which other walks do without (harness.ts, walkBrowser).
    page = await (await browser.newContext({ serviceWorkers: 'allow', locale: 'zh-CN', viewport: { width: 1366, height: 768 } })).newPage();
    // Chromium reports a refused script, style, worker or connection as a console error ("Refused to …").
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(`${page.url()}: ${m.text().slice(0, 300)}`);
    });
    page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('sends the policy and lets the admin, the public pages and GraphiQL run under it', async () => {
    const base = api!.base;
    const first = await page.goto(`${base}/`);
    expect(first!.headers()['content-security-policy']).toContain("script-src 'self'");
    // The worker installs first: it fetches its whole precache (~250 files) over the browser's six connections to the
    // server, and a sign-in sent meanwhile queued behind it, past the 30 s wait below, on a busy machine.
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 60_000 });
    await page.fill('input[name=username]', 'admin');
    await page.fill('input[name=password]', api!.demoPassword('admin', 'Admin@2026'));
    await page.click('button[type=submit]');
    await page.getByText('我的待办').waitFor();
    await page.goto(`${base}/#/Target`);
    await page.locator('table tbody tr').first().waitFor();
    await shoot(page, 'csp-admin.png');

    await page.goto(`${base}/public`);
    await page.getByText('抽查事项清单').first().waitFor();

    const graphiql = await page.goto(`${base}/graphql`);
    expect(graphiql!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await page.locator('.graphiql-container').first().waitFor({ timeout: 60_000 });
    // The editor is Monaco: its workers start from this address, or it complains on the console.
    await page.locator('.monaco-editor').first().waitFor();
    await page.click('.graphiql-execute-button');
    await page.getByText('LZZR-01').first().waitFor({ timeout: 30_000 });
    await shoot(page, 'csp-graphiql.png');

    expect(problems).toEqual([]);
  }, 180_000);
});
