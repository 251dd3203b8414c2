// A land station plans its year and sets up its tasks (rules 6, 11), as 闻韶国土资源所's staff member (wenshao) in
// headless Chromium against the real API on the demo database (shared with other writers, harness.ts): the task list opens on the station's tasks,
// the delegated RW-2026-0008 among them; the plan form names the land items the plan must cover; the coverage
// panel lists them missing, the line picker offers them (and says 没有可用选项, not "No options", for a text that
// matches none); the three lines are added and the plan is filed; the task form's plan picker then offers it, and a
// task set up from it is changed before its draw and called off (cancelTask).
// A unit with nothing in its remit (the lead unit) is told why it needs no plan. Screenshots: station-*.png.
//
// Run from the repository root: npm run build -w @ssj/admin && npx vitest run --project browser apps/admin/test/browser/station.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { type ApiServer, sharedApiServer, walkBrowser, type WalkBrowser, signInDirectly, shoot } from './harness.ts';

/** Pages load over a real server on a shared machine: wait longer than expect.poll's default second. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

describe('a land station plans its year (闻韶国土资源所)', () => {
  let api: ApiServer | undefined;
  let base: string;
  let browser: WalkBrowser;
  let context: BrowserContext;
  let page: Page;
  let password = 'Staff@2026';
  let adminPassword = 'Admin@2026';
  const consoleErrors: string[] = [];
  const year = '2026';

  const shot = async (name: string, p: Page = page) => {
    await p.evaluate(() => window.scrollTo(0, 0));
    await shoot(p, `${name}.png`, { fullPage: true, settle: true });
  };
  const coverageMissing = () => page.getByTestId('coverage-panel').getAttribute('data-missing');
  const pick = async (name: string, typed: string, option: string | RegExp, scope: Page | ReturnType<Page['locator']> = page) => {
    const input = scope.locator(`input[name="${name}"]`);
    await input.click();
    await input.fill(typed);
    await page.getByRole('option', { name: option }).first().click();
  };
  /** Signed in without the form (harness.ts, signInDirectly), where the walk is not about signing in. */
  const signIn = (p: Page, username: string, pw: string) => signInDirectly(p, base, username, pw);
  /** Through the sign-in form, where the walk is about signing in. */
  const signInWithForm = async (p: Page, username: string, pw: string) => {
    await p.goto(`${base}/`);
    await p.fill('input[name=username]', username);
    await p.fill('input[name=password]', pw);
    await p.click('button[type=submit]');
    await p.getByTestId('unit-badge').waitFor();
  };

  beforeAll(async () => {
    api = await sharedApiServer('writers');
    base = api.base;
    password = api.demoPassword('wenshao', password);
    adminPassword = api.demoPassword('admin', adminPassword);
    browser = await walkBrowser();
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 }, timezoneId: 'Asia/Shanghai' });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await api?.stop();
  });

  it("signs in as the station's staff member; the task list shows the task delegated to the station", async () => {
    await signInWithForm(page, 'wenshao', password);
    await poll(() => page.getByTestId('unit-badge').textContent()).toContain('闻韶国土资源所');
    await page.goto(`${base}/#/Task`);
    // Opened on the tasks the station set up or executes: YDK's RW-2026-0008, delegated to 闻韶所. (The home page
    // it left, the to-do list, names that task too: wait for the list's own filter first.)
    await page.locator('input[name=unitId]').waitFor();
    await page.getByText('RW-2026-0008').waitFor();
    await poll(() => page.locator('input[name=unitId]').inputValue()).toBe('闻韶国土资源所');
    await shot('station-01-task-list-zh');
  });

  it('creates the plan: the form names the land items the plan must cover, the panel lists them missing', async () => {
    await page.goto(`${base}/#/Plan/create`);
    await poll(() => page.locator('input[name=unitId]').inputValue()).toBe('闻韶国土资源所');
    const remit = page.getByTestId('plan-remit');
    await remit.waitFor();
    for (const code of ['LZZR-01', 'LZZR-02', 'LZZR-09']) await poll(() => remit.textContent()).toContain(code);
    await page.fill('input[name=year]', year);
    await page.fill('input[name=title]', `闻韶国土资源所${year}年度“双随机、一公开”抽查工作计划`);
    await shot('station-02-plan-create-zh');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/Plan\/[^/]+\/show$/);
    await page.getByTestId('coverage-panel').waitFor();
    await poll(coverageMissing).toBe('3');
    await poll(() => page.getByTestId('coverage-verdict').textContent()).toContain('须覆盖');
  });

  it("offers the station's items in the line picker, and says so in Chinese when a text matches none", async () => {
    await page.getByTestId('add-plan-item').click();
    const dialog = page.getByRole('dialog');
    const input = dialog.locator('input[name="checkItemId"]');
    await input.click();
    for (const code of ['LZZR-01', 'LZZR-02', 'LZZR-09'])
      await page
        .getByRole('option', { name: new RegExp(code) })
        .first()
        .waitFor();
    await input.fill('没有这个事项');
    await page.getByText('没有可用选项').waitFor();
    expect(await page.getByText('No options').count()).toBe(0);
    await shot('station-03-picker-no-options-zh');
    // Escape closes the list, then the dialog (it has no cancel button).
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('adds the three lines and files the plan', async () => {
    for (const [i, code] of ['LZZR-01', 'LZZR-02', 'LZZR-09'].entries()) {
      await page.getByTestId('add-plan-item').click();
      const dialog = page.getByRole('dialog');
      await pick('checkItemId', code, new RegExp(code), dialog);
      await poll(() => dialog.locator('input[name=ratio]').inputValue()).not.toBe('');
      await dialog.getByRole('button', { name: '保存' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.locator(`[data-testid=coverage-covered] [data-code="${code}"]`).waitFor();
      await poll(coverageMissing).toBe(String(2 - i));
    }
    await poll(() => page.getByTestId('coverage-verdict').textContent()).toContain('可以备案');
    await shot('station-04-plan-covered-zh');

    await page.getByTestId('file-plan').click();
    await page.locator('input[name=filedWith]').fill('临淄区自然资源局');
    await shoot(page, 'station-05-plan-filing-zh.png', { settle: true });
    await page.getByTestId('file-plan-ok').click();
    await page.getByTestId('plan-filed-notice').waitFor();
    await page.getByTestId('plan-history').getByText('初次备案').first().waitFor();
    await shot('station-06-plan-filed-zh');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot('station-06-plan-filed-390');
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('offers the filed plan in the task form', async () => {
    await page.goto(`${base}/#/Task/create`);
    await pick('planId', '闻韶', new RegExp(`闻韶国土资源所${year}`));
    await poll(() => page.locator('input[name=planId]').inputValue()).toContain('闻韶国土资源所');
    await shot('station-07-task-create-zh');
  });

  it('sets up a task from the plan, changes it before the draw, and calls it off', async () => {
    await page.fill('input[name=name]', '闻韶所2026年临时用地抽查');
    await pick('planItemId', 'LZZR-02', /LZZR-02/);
    await poll(() => page.locator('input[name=windowFrom]').inputValue()).not.toBe('');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/Task\/[^/]+\/show$/);
    await page.getByRole('link', { name: '编辑' }).click();
    await page.waitForURL(/#\/Task\/[^/]+$/);
    const name = page.locator('input[name=name]');
    await poll(() => name.inputValue()).toBe('闻韶所2026年临时用地抽查');
    // Loading the form changed nothing by itself: the plan line's item and window are the stored ones.
    await poll(() => page.locator('input[name=windowFrom]').inputValue()).not.toBe('');
    await name.fill('闻韶所2026年临时用地使用情况抽查');
    await shot('station-08-task-edit-zh');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/Task\/[^/]+\/show$/);
    await page.getByText('闻韶所2026年临时用地使用情况抽查').first().waitFor();
    // A draft nobody outside the unit has seen: called off without a reason, kept read-only.
    await page.getByTestId('cancel-task').click();
    await page.getByTestId('cancel-task-ok').click();
    await page.getByTestId('task-cancelled').waitFor();
    await poll(() => page.getByTestId('task-cancelled').textContent()).toContain('（未填写）');
    await poll(() => page.getByRole('link', { name: '编辑' }).count()).toBe(0);
    expect(await page.getByTestId('cancel-task').count()).toBe(0);
    await shot('station-09-task-cancelled-zh');
  });

  it('tells a unit with nothing in its remit why it needs no plan', async () => {
    const adminContext = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 }, timezoneId: 'Asia/Shanghai' });
    const admin = await adminContext.newPage();
    admin.setDefaultTimeout(20_000);
    await signIn(admin, 'admin', adminPassword);
    await admin.goto(`${base}/#/Plan/create`);
    // The administrator's own unit, 行政许可科, keeps the checklist but carries out no item itself.
    await poll(() => admin.locator('input[name=unitId]').inputValue()).toBe('行政许可科');
    await poll(() => admin.getByTestId('plan-no-remit').textContent()).toContain('职责范围内没有抽查事项');
    await shot('station-10-plan-no-remit-zh', admin);
    await admin.fill('input[name=year]', year);
    await admin.getByRole('button', { name: '保存' }).click();
    // PLAN.NO_REMIT, in the same words; nothing is created.
    await poll(() => admin.getByText('无需制定年度抽查计划').count()).toBeGreaterThan(1);
    expect(admin.url()).toMatch(/#\/Plan\/create/);
    await adminContext.close();
  });

  it('logged no errors in the browser console', () => {
    expect(consoleErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
