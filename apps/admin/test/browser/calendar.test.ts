// The working-day calendar at the year boundary (rule 20), as the administrator walks it in headless Chromium
// against the real API: the server's day is pinned to 2026-12-21 (SSJ_TODAY) and a KGK task completed on
// 2026-12-20 has its results due on a provisional 2027-01-18 (calendarSeed.ts). The to-do list reminds the
// lead unit to declare 2027 and opens the calendar on that year; the due date shows 暂定 on the to-do list,
// the task and the result; the administrator enters 元旦 and a make-up Saturday (a duplicate day is refused
// under the date field), previews the declaration (2 provisional due dates, both move), declares it with the
// notice's number, sees the history, and the due date is now 2027-01-15 without the mark. Another role reads
// the calendar without the editing commands. Screenshots (1440 and 390 px; the due date before and after
// declaring) go to apps/admin/screenshots/calendar-*.png.
//
// Run from the repository root: npm run build -w @ssj/admin && npx vitest run --project browser apps/admin/test/browser/calendar.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type ApiServer, runDbScript, startApiServer, walkBrowser, type WalkBrowser, signInDirectly, shoot } from './harness.ts';

const TODAY = '2026-12-21';

describe('working-day calendar (rule 20)', () => {
  let api: ApiServer | undefined;
  let base: string;
  let browser: WalkBrowser;
  let page: Page;
  let taskId: string;
  let resultId: string;
  let adminPassword = 'Admin@2026';
  let staffPassword = 'Staff@2026';
  const pageErrors: string[] = [];

  const shot = async (name: string, p: Page = page, fullPage = true) => shoot(p, `calendar-${name}.png`, { fullPage });

  /** Signed in without the form (harness.ts, signInDirectly): this walk is not about signing in. */
  const signIn = (p: Page, username: string, password: string) => signInDirectly(p, base, username, password);

  /**
   * Opens a year's tab from the top of the page. react-admin's app bar hides while the page scrolls down and slides
   * back in when it scrolls up; after the declaration the page is scrolled so that the tabs sit at the window's top
   * edge, and a click there (Playwright scrolls up a little first) had its mousedown on the tab and its mouseup on
   * the app bar sliding in over it: no click, the year unchanged. From the top, the tabs are below the bar.
   */
  const openYear = async (year: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator(`[data-testid=calendar-year-tab][data-year="${year}"]`).click();
  };

  /** The page is no wider than the window: nothing scrolls sideways. */
  const pageWidth = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

  beforeAll(async () => {
    api = await startApiServer('calendar', {
      env: { SSJ_TODAY: TODAY },
      prepare: async (dataDir) => {
        const out = runDbScript('calendarSeed.ts', dataDir);
        const seeded = JSON.parse(out.trim().split('\n').pop()!) as { taskId: string; resultIds: string[]; dueOn: string };
        expect(seeded.dueOn).toBe('2027-01-18');
        taskId = seeded.taskId;
        resultId = seeded.resultIds[0]!;
      },
    });
    base = api.base;
    adminPassword = api.demoPassword('admin', adminPassword);
    staffPassword = api.demoPassword('kuangguan', staffPassword);
    browser = await walkBrowser();
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 }, timezoneId: 'Asia/Shanghai' });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await api?.stop();
  });

  it('reminds the administrator to declare 2027, with the results due on a provisional date', async () => {
    await signIn(page, 'admin', adminPassword);
    await page.goto(`${base}/#/`);
    const reminder = page.locator('[data-testid=todo-item][data-kind=CALENDAR_TO_DECLARE]');
    await expect.poll(() => reminder.textContent()).toContain('2027 年工作日历（节假日安排）待录入并声明');
    expect(await reminder.textContent()).toContain('工作日历待声明');
    // The results of the task completed yesterday: due 2027-01-18, marked 暂定.
    const results = page.locator('[data-testid=todo-item][data-kind=RESULTS_TO_ENTER]', { hasText: 'RW-2026-KGK-Y' });
    await expect.poll(() => results.getByTestId('countdown').getAttribute('data-due-on')).toBe('2027-01-18');
    expect(await results.getByTestId('countdown').getAttribute('data-provisional')).toBe('1');
    await results.getByTestId('provisional-mark').hover();
    await expect.poll(() => page.getByRole('tooltip').textContent()).toBe('按尚未公布节假日安排的年份推算，该年度工作日历声明后可能变化');
    await shot('todo', page, false);
  });

  it('shows the provisional due date on the task and the result', async () => {
    await page.goto(`${base}/#/Task/${taskId}/show`);
    const notice = page.getByTestId('task-completed');
    await expect.poll(() => notice.getAttribute('data-due-on')).toBe('2027-01-18');
    expect(await notice.getAttribute('data-provisional')).toBe('1');
    expect(await notice.getByTestId('provisional-mark').textContent()).toBe('暂定');
    await page.goto(`${base}/#/Result/${resultId}/show`);
    const countdown = page.getByTestId('result-countdown');
    await expect.poll(() => countdown.getAttribute('data-due-on')).toBe('2027-01-18');
    expect(await countdown.getAttribute('data-provisional')).toBe('1');
    await page.getByTestId('result-header').getByTestId('provisional-mark').waitFor();
    await page.goto(`${base}/#/Result?filter=${encodeURIComponent(JSON.stringify({ taskId }))}`);
    await page.locator('[data-testid=result-due-on]').first().waitFor();
    await expect.poll(() => page.locator('[data-testid=result-due-on][data-provisional="1"]').count(), { timeout: 10_000 }).toBe(2);
    await shoot(page.getByTestId('result-list'), 'calendar-due-before.png');
  });

  it('opens the calendar on 2027 from the reminder: provisional, from the statutory holidays', async () => {
    await page.goto(`${base}/#/`);
    await page.locator('[data-testid=todo-item][data-kind=CALENDAR_TO_DECLARE] [data-testid=todo-link]').click();
    await page.waitForURL(/#\/calendar\?year=2027/);
    await expect.poll(() => page.getByTestId('calendar-status').getAttribute('data-status')).toBe('PROVISIONAL');
    expect(await page.getByTestId('calendar-status').textContent()).toContain('暂定：尚未声明，按法定节假日推算');
    expect(await page.getByTestId('calendar-status').textContent()).toContain('目前共有 2 个暂定截止日');
    const tab2027 = page.locator('[data-testid=calendar-year-tab][data-year="2027"]');
    expect(await tab2027.getAttribute('aria-selected')).toBe('true');
    expect(await tab2027.getAttribute('data-provisional')).toBe('1');
    // 2026 is the State Council's, from the holiday package.
    expect(await page.locator('[data-testid=calendar-year-tab][data-year="2026"]').getAttribute('data-provisional')).toBe('0');
    // Twelve months; 元旦 and 春节 off provisionally, Saturday 9 January an ordinary weekend for now.
    await page.getByTestId('calendar-year-view').waitFor();
    expect(await page.getByTestId('calendar-month').count()).toBe(12);
    const day = (d: string) => page.locator(`[data-testid=calendar-day][data-date="${d}"]`);
    expect(await day('2027-01-01').getAttribute('data-kind')).toBe('HOLIDAY');
    expect(await day('2027-01-01').getAttribute('data-provisional')).toBe('1');
    expect(await day('2027-02-06').getAttribute('data-kind')).toBe('HOLIDAY');
    expect(await day('2027-01-09').getAttribute('data-kind')).toBe('WEEKEND');
    expect(await page.getByTestId('calendar-entries-none').textContent()).toContain('2027 年尚未录入');
    // The menu has it under 系统管理.
    expect(await page.getByTestId('menu-calendar').textContent()).toContain('工作日历');
    await shot('1440-provisional');
  });

  it('enters 元旦 and a make-up Saturday; a day entered twice is refused under the date field', async () => {
    const add = async (date: string, kind: 'HOLIDAY' | 'WORKDAY', name: string) => {
      await page.getByTestId('calendar-add').click();
      const dialog = page.getByTestId('calendar-entry-dialog');
      await dialog.locator('input[name=date]').fill(date);
      await dialog.locator(`input[name=kind][value=${kind}]`).check();
      await dialog.locator('input[name=name]').fill(name);
      await dialog.getByTestId('calendar-entry-save').click();
      return dialog;
    };
    await (await add('2027-01-01', 'HOLIDAY', '元旦')).waitFor({ state: 'detached' });
    await (await add('2027-01-09', 'WORKDAY', '元旦调休')).waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('calendar-entry').count()).toBe(2);
    expect(await page.locator('[data-testid=calendar-entry][data-date="2027-01-09"]').getAttribute('data-kind')).toBe('WORKDAY');
    // Entered days show as they will count (solid); the statutory days not entered yet stay provisional (dashed).
    await expect.poll(() => page.locator('[data-testid=calendar-day][data-date="2027-01-09"]').getAttribute('data-kind')).toBe('MAKEUP_WORKDAY');
    expect(await page.locator('[data-testid=calendar-day][data-date="2027-01-09"]').getAttribute('data-provisional')).toBe('0');
    expect(await page.locator('[data-testid=calendar-day][data-date="2027-01-01"]').getAttribute('data-provisional')).toBe('0');
    expect(await page.locator('[data-testid=calendar-day][data-date="2027-02-06"]').getAttribute('data-provisional')).toBe('1');

    const dialog = await add('2027-01-01', 'HOLIDAY', '元旦');
    await expect.poll(() => dialog.locator('.MuiFormHelperText-root.Mui-error').first().textContent()).toContain('该日期已录入节假日安排');
    await shot('entry-refused', page, false);
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByTestId('calendar-entry').count()).toBe(2);
  });

  it('previews the declaration — 2 provisional due dates, both move — and declares 2027 with its basis', async () => {
    await page.getByTestId('calendar-declare').click();
    const dialog = page.getByTestId('calendar-declare-dialog');
    const preview = dialog.getByTestId('calendar-preview');
    await preview.waitFor();
    expect(await preview.getAttribute('data-count')).toBe('2');
    expect(await preview.getAttribute('data-moving')).toBe('2');
    expect(await dialog.getByTestId('calendar-preview-summary').textContent()).toBe('2 个暂定截止日将重新计算，其中 2 个日期变化');
    // The statutory days off not entered (春节, 清明, 劳动节 … and their days in lieu; 元旦 was) would become working days: listed.
    expect(await dialog.getByTestId('calendar-not-entered').getAttribute('data-count')).toBe('18');
    expect(await dialog.getByTestId('calendar-not-entered').textContent()).toContain('2027/2/6 春节');
    const changes = dialog.getByTestId('calendar-preview-change');
    expect(await changes.count()).toBe(2);
    expect(await changes.first().textContent()).toMatch(/结果录入公示.*2027\/1\/18.*2027\/1\/15/);
    await dialog.locator('input[name=note]').fill('国办发明电〔2026〕7号');
    await shot('declare-dialog', page, false);
    await dialog.getByTestId('calendar-declare-ok').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('calendar-status').getAttribute('data-status')).toBe('DECLARED');
    expect(await page.getByTestId('calendar-status').textContent()).toContain('本局已声明');
    expect(await page.getByTestId('calendar-status').textContent()).toContain('国办发明电〔2026〕7号');
    expect(await page.locator('[data-testid=calendar-year-tab][data-year="2027"]').getAttribute('data-provisional')).toBe('0');
    expect(await page.getByTestId('calendar-declare').count()).toBe(0);
    expect(await page.locator('[data-testid=calendar-day][data-date="2027-01-01"]').getAttribute('data-provisional')).toBe('0');
  });

  it('shows who changed what, newest first', async () => {
    const items = page.getByTestId('calendar-history-item');
    await expect.poll(() => items.count()).toBe(3);
    expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-action')))).toEqual([
      'declareCalendarYear',
      'createCalendarEntry',
      'createCalendarEntry',
    ]);
    const declared = await items.first().textContent();
    expect(declared).toContain('声明年度节假日安排录入完成');
    expect(declared).toContain('2 个暂定截止日重新计算，其中 2 个日期变化');
    expect(declared).toContain('依据：国办发明电〔2026〕7号');
    expect(await items.nth(1).textContent()).toContain('2027-01-09：调休上班 · 元旦调休');
    // Every walk's context asks for reduced motion: the app bar then stays put while the page scrolls (AppBar.tsx).
    await page.evaluate(() => window.scrollTo(0, 400));
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100)))));
    expect(await page.evaluate(() => [window.scrollY > 0, document.querySelector('header')!.getBoundingClientRect().top])).toEqual([true, 0]);
    // 2026's history is its own.
    await openYear('2026');
    await expect.poll(() => page.getByTestId('calendar-status').getAttribute('data-status')).toBe('PACKAGE');
    expect(await page.getByTestId('calendar-status').textContent()).toContain('国务院安排（数据包）');
    expect(await items.count()).toBe(0);
    await openYear('2027');
    await expect.poll(() => items.count()).toBe(3);
    await shot('1440-declared');
  });

  it('counts the due date again: 2027-01-15, no longer provisional, and the reminder is gone', async () => {
    await page.goto(`${base}/#/Result/${resultId}/show`);
    const countdown = page.getByTestId('result-countdown');
    await expect.poll(() => countdown.getAttribute('data-due-on')).toBe('2027-01-15');
    expect(await countdown.getAttribute('data-provisional')).toBe('0');
    expect(await page.getByTestId('result-header').getByTestId('provisional-mark').count()).toBe(0);
    await page.goto(`${base}/#/Result?filter=${encodeURIComponent(JSON.stringify({ taskId }))}`);
    await page.locator('[data-testid=result-due-on]').first().waitFor();
    await expect.poll(() => page.locator('[data-testid=result-due-on][data-provisional="0"]').count(), { timeout: 10_000 }).toBe(2);
    expect(await page.getByTestId('result-list').getByTestId('provisional-mark').count()).toBe(0);
    expect(await page.locator('[data-testid=result-due-on]').first().textContent()).toBe('2027/1/15');
    await shoot(page.getByTestId('result-list'), 'calendar-due-after.png');
    await page.goto(`${base}/#/Task/${taskId}/show`);
    await expect.poll(() => page.getByTestId('task-completed').getAttribute('data-due-on')).toBe('2027-01-15');
    expect(await page.getByTestId('task-completed').getAttribute('data-provisional')).toBe('0');
    await page.goto(`${base}/#/`);
    await page.locator('[data-testid=todo-item]').first().waitFor();
    await expect.poll(() => page.locator('[data-testid=todo-item][data-kind=CALENDAR_TO_DECLARE]').count()).toBe(0);
  });

  it('fits a phone: the month grids wrap and nothing scrolls sideways (390 px)', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/#/calendar?year=2027`);
    await page.getByTestId('calendar-year-view').waitFor();
    await page.getByTestId('calendar-history-item').first().waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(0);
    const [first, second] = await page.getByTestId('calendar-month').evaluateAll((els) => els.slice(0, 2).map((e) => e.getBoundingClientRect().right));
    expect(first! < second!).toBe(true); // two months side by side, inside the screen
    expect(second!).toBeLessThanOrEqual(390);
    await shot('390');
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('lets another role read the calendar without the editing commands', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 }, timezoneId: 'Asia/Shanghai' });
    const staff = await context.newPage();
    staff.setDefaultTimeout(20_000);
    await signIn(staff, 'kuangguan', staffPassword);
    await staff.goto(`${base}/#/calendar?year=2027`);
    await staff.getByTestId('calendar-entry').first().waitFor();
    expect(await staff.getByTestId('calendar-page').textContent()).toContain('只有管理员可以修改工作日历');
    expect(await staff.getByTestId('calendar-add').count()).toBe(0);
    expect(await staff.getByTestId('calendar-declare').count()).toBe(0);
    expect(await staff.getByTestId('calendar-entry-edit').count()).toBe(0);
    await context.close();
  });

  it('raised no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
