// Walks a moved target's transfer and the closure list (rule 23, G28) and a withheld task (rule 26) in headless
// Chromium against the real API: land-station staff ask to transfer a target, naming the written notice; nothing
// moves until the lead unit's administrator approves it from 我的待办; the result then belongs to the receiving unit.
// The closure list downloads from the results toolbar, and the withheld demo task shows its legal basis to staff.
// Screenshots: apps/admin/screenshots/t*.png (desktop and a 390 px phone).
//
// Run from the repository root: npm run build -w @ssj/admin && npx vitest run --project browser test/browser/transfers.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type ApiServer, sharedApiServer, walkBrowser, type WalkBrowser, signInDirectly, shoot } from './harness.ts';

describe('transfers: request, approval, closure list; withholding basis', () => {
  let api: ApiServer | undefined;
  let base: string;
  let browser: WalkBrowser;
  let page: Page;
  let resultId = '';
  let targetName = '';
  const pageErrors: string[] = [];

  const shot = async (name: string, p: Page = page, fullPage = true) => {
    await shoot(p, `${name}.png`, { fullPage, settle: true });
  };
  /** Signed in without the form (harness.ts, signInDirectly): this walk is not about signing in. */
  const signIn = (p: Page, username: string, password: string) => signInDirectly(p, base, username, password);
  const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: any; errors?: unknown[] };
  };
  const sideways = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

  beforeAll(async () => {
    api = await sharedApiServer('writers');
    base = api.base;
    const login = await gql('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token me { unitId } } }', {
      u: 'wenshao',
      p: api.demoPassword('wenshao', 'Staff@2026'),
    });
    const { token, me } = login.data.login;
    const open = await gql(
      'query($u: ID) { allResults(filter: { unitId: $u, status: NOT_ENTERED }, perPage: 1) { id target { name } taskTarget { status } } }',
      { u: me.unitId },
      token,
    );
    resultId = open.data.allResults[0].id;
    targetName = open.data.allResults[0].target.name;
    browser = await walkBrowser();
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 }, timezoneId: 'Asia/Shanghai', acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (e) => pageErrors.push(String(e)));
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await api?.stop();
  });

  it('asks for a transfer with the written notice; nothing moves yet', async () => {
    await signIn(page, 'wenshao', api!.demoPassword('wenshao', 'Staff@2026'));
    await page.goto(`${base}/#/Result/${resultId}/show`);
    await page.getByTestId('result-header').waitFor();
    await page.getByTestId('result-transfer').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: '新住所地单位' }).click();
    await page.getByRole('option', { name: '齐都国土资源所', exact: true }).click();
    await dialog.locator('textarea[name=reason]').fill('经现场核实，该企业已迁至齐都镇齐都路 26 号');
    // G28: without the notice's reference the request cannot be sent.
    await expect.poll(() => dialog.getByRole('button', { name: '确认' }).isDisabled()).toBe(true);
    await dialog.locator('input[name=noticeRef]').fill('临自然资闻移字〔2026〕3号');
    await shot('t1-request-dialog', page, false);
    await dialog.getByRole('button', { name: '确认' }).click();
    await page.getByTestId('result-transfer-pending').waitFor();
    expect(await page.getByTestId('result-transfer-pending').textContent()).toContain('临自然资闻移字〔2026〕3号');
    expect(await page.getByTestId('result-transfer').count()).toBe(0);
    expect(await page.getByTestId('result-header').textContent()).toContain('闻韶国土资源所');
    await shot('t2-result-pending');
  });

  it('lets the lead unit approve it from 我的待办; the receiving unit then answers for the result', async () => {
    await signIn(page, 'admin', api!.demoPassword('admin', 'Admin@2026'));
    await page.getByText(`${targetName} 移交齐都国土资源所（临自然资闻移字〔2026〕3号）`).click();
    await page.getByTestId('transfer-decision').waitFor();
    await shot('t3-transfer-show');
    await page.getByTestId('transfer-approve').click();
    await page.getByRole('dialog').getByRole('button', { name: '批准移交' }).click();
    // Decided: the buttons go, the status chip reads 已批准并移交.
    await expect.poll(() => page.getByTestId('transfer-decision').count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => page.locator('.MuiChip-label', { hasText: '已批准并移交' }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.goto(`${base}/#/Result/${resultId}/show`);
    await page.getByTestId('result-header').waitFor();
    await expect.poll(() => page.getByTestId('result-header').textContent(), { timeout: 15_000 }).toContain('齐都国土资源所');
  });

  it('downloads the closure list for the city/provincial report', async () => {
    await page.goto(`${base}/#/Transfer`);
    await page.getByTestId('closure-export').click();
    const dialog = page.getByRole('dialog');
    await shot('t4-closure-export-dialog', page, false);
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '导出' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^关停及无法联系检查对象名单-.*\.xlsx$/);
  });

  it('shows staff why the withheld task is not published', async () => {
    await page.goto(`${base}/#/Task?filter=${encodeURIComponent(JSON.stringify({ q: '涉密' }))}`);
    await page.getByText('重点建设项目规划许可批后执行情况检查（涉密项目）').first().click();
    await page.getByText('涉及国家秘密').first().waitFor();
    await page.getByText('《中华人民共和国保守国家秘密法》第十三条', { exact: false }).first().waitFor();
    await shot('t5-task-withheld');
  });

  it('fits a 390 px phone', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    phone.on('pageerror', (e) => pageErrors.push(String(e)));
    await signIn(phone, 'admin', api!.demoPassword('admin', 'Admin@2026'));
    await phone.goto(`${base}/#/Transfer?filter=${encodeURIComponent(JSON.stringify({ status: 'APPROVED' }))}`);
    await phone.getByText(targetName).first().waitFor();
    expect(await sideways(phone)).toBe(0);
    await shot('t6-phone-transfer-list', phone);
    await phone.getByText(targetName).first().click();
    await phone.getByText('临自然资闻移字〔2026〕3号').first().waitFor();
    expect(await sideways(phone)).toBe(0);
    await shot('t7-phone-transfer-show', phone);
    await phone.close();
    expect(pageErrors).toEqual([]);
  });
});
