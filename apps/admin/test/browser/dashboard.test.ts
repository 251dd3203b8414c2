// The leadership dashboard (领导驾驶舱, rule 25) as a leader walks it, in headless Chromium against the real API on
// a fresh embedded database with the demo's 2025 and 2026 of work: the leader lands on it after signing in; the
// cards show the server's figures with the change against the previous period; the charts render with data; a
// bar opens the result list with the drill-down filter and exactly the records the number counts; a table
// exports to a valid .xlsx with Chinese headers and the same numbers; the print view hides the menu and the app
// bar; the administrator opens it from the menu. Screenshots at laptop (1366×768) and projector (1920×1080)
// sizes go to apps/admin/screenshots/dashboard-*.png.
//
// Run from the repository root: npm run build -w @ssj/admin && npx vitest run --project browser apps/admin/test/browser/dashboard.test.ts
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type ApiServer, sharedApiServer, shots, walkBrowser, type WalkBrowser, signInDirectly, shoot } from './harness.ts';

type Total = {
  planExecution: { share: number | null; planned: number };
  taskCompletion: { share: number | null; targetsDrawn: number; targetsCompleted: number };
  timelyEntry: { share: number | null; onTime: number; missingPastDue: number };
  followUp: { found: number };
};
type UnitRow = Total & { unitId: string; unit: { name: string } };

const FIGURES =
  'planExecution { share planned } taskCompletion { share targetsDrawn targetsCompleted } timelyEntry { share onTime missingPastDue } followUp { found }';

const pct = (s: number | null) => (s === null ? '—' : `${(s * 100).toFixed(1)}%`);

describe('leadership dashboard', () => {
  let api: ApiServer | undefined;
  let base: string;
  let browser: WalkBrowser;
  let page: Page;
  let leaderPassword = 'Leader@2026';
  const pageErrors: string[] = [];

  /**
   * The server's own figures, to hold the screen to: asked once per year (this server only reads the demo, whose
   * figures no walk changes), not once per step.
   */
  const assessments = new Map<number, ReturnType<typeof askAssessment>>();
  const assessment = (year: number) => {
    if (!assessments.has(year)) assessments.set(year, askAssessment(year));
    return assessments.get(year)!;
  };
  async function askAssessment(year: number) {
    const login = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        variables: { u: 'leader', p: leaderPassword },
      }),
    });
    const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `query($y: Int!) { assessment(year: $y) { total { ${FIGURES} } units { unitId unit { name } ${FIGURES} } } figureDefinitions { key name definition rule } }`,
        variables: { y: year },
      }),
    });
    const data = (
      (await res.json()) as {
        data: { assessment: { total: Total; units: UnitRow[] }; figureDefinitions: { key: string; name: string; definition: string; rule: string }[] };
      }
    ).data;
    return { ...data.assessment, definitions: data.figureDefinitions };
  }

  const shot = async (p: Page, name: string, fullPage = true) => shoot(p, `dashboard-${name}.png`, { fullPage });

  /** Through the sign-in form: where the leader lands after it is part of the walk. */
  const signInWithForm = async (p: Page, username: string, password: string) => {
    await p.goto(`${base}/`);
    await p.fill('input[name=username]', username);
    await p.fill('input[name=password]', password);
    await p.click('button[type=submit]');
  };
  /** Every later sign-in skips the form (harness.ts, signInDirectly) and opens the dashboard itself. */
  const signIn = (p: Page, username: string, password: string) => signInDirectly(p, base, username, password);

  /** Charts are lazy chunks: wait until each has drawn its marks. */
  const chartsDrawn = async (p: Page) => {
    await p.locator('[data-testid=chart-completion] .recharts-bar-rectangle').first().waitFor();
    await p.locator('[data-testid=chart-timely] .recharts-bar-rectangle').first().waitFor();
    await p.locator('[data-testid=chart-coverage] .recharts-bar-rectangle').first().waitFor();
    await p.locator('[data-testid=chart-follow-up] .recharts-funnel-trapezoid').first().waitFor();
    await p.locator('[data-testid=chart-trend] .trend-dot').first().waitFor();
  };

  /**
   * A second page, in a context of its own, for the steps that sign in beside the walk's page (each sign-in loads the
   * admin anew, at the size set first): not a context per sign-in (a new one costs Chromium ~1.2 s of CPU more than a
   * reload).
   */
  let side: Page | undefined;
  const sidePage = async (width: number, height: number) => {
    if (!side) {
      side = await (await browser.newContext({ locale: 'zh-CN', viewport: { width, height }, timezoneId: 'Asia/Shanghai' })).newPage();
      side.on('pageerror', (e) => pageErrors.push(e.message));
    }
    await side.setViewportSize({ width, height });
    return side;
  };

  beforeAll(async () => {
    api = await sharedApiServer();
    base = api.base;
    leaderPassword = api.demoPassword('leader', leaderPassword);
    browser = await walkBrowser();
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 768 }, timezoneId: 'Asia/Shanghai', acceptDownloads: true });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await api?.stop();
  });

  it('has the demo’s year of work to show', async () => {
    const a = await assessment(2025);
    expect(a.total.taskCompletion.targetsDrawn, 'the demo data holds the 2025 tasks and results').toBeGreaterThan(0);
    expect(a.total.timelyEntry.onTime).toBeGreaterThan(0);
  });

  it('lands the leader on the dashboard, with the server’s figures and their change against the previous period', async () => {
    await signInWithForm(page, 'leader', leaderPassword);
    await page.getByTestId('leadership-dashboard').waitFor();
    expect(new URL(page.url()).hash).toBe('#/');
    // The whole of 2025 (a finished year): the picker writes it into the URL.
    await page.getByRole('combobox', { name: '年度' }).click();
    await page.getByRole('option', { name: '2025 年' }).click();
    await expect.poll(() => page.url()).toContain('year=2025');
    await expect.poll(() => page.getByTestId('leadership-subtitle').textContent()).toContain('2025 年 · 全部单位');
    const a = await assessment(2025);
    await expect.poll(() => page.getByTestId('card-completion').getByTestId('figure-value').textContent()).toBe(pct(a.total.taskCompletion.share));
    await expect.poll(() => page.getByTestId('card-timely').getByTestId('figure-value').textContent()).toBe(pct(a.total.timelyEntry.share));
    // 2024 has no records: no change to show, said so rather than a made-up number.
    expect(await page.getByTestId('card-timely').getByTestId('figure-change').textContent()).toBe('上期无可比数据');
    await chartsDrawn(page);
    // Missing results are red segments in the timely-entry chart.
    if (a.total.timelyEntry.missingPastDue > 0)
      expect(await page.locator('[data-testid=chart-timely] .recharts-bar-rectangle path[fill="#d32f2f"]').count()).toBeGreaterThan(0);
    await shot(page, '01-laptop-2025');
    await shot(page, '01-laptop-2025-viewport', false);
  });

  it('tells every figure’s definition and rule: a tooltip on each card and the 口径 section, from the server', async () => {
    const a = await assessment(2025);
    await expect.poll(() => page.getByTestId('card-plan-execution').getByTestId('figure-value').textContent()).toBe(pct(a.total.planExecution.share));
    expect(a.total.planExecution.planned).toBeGreaterThan(0);
    const timely = a.definitions.find((d) => d.key === 'TIMELY_ENTRY')!;
    await page.getByTestId('card-timely').getByTestId('figure-definition').hover();
    await expect.poll(() => page.getByTestId('figure-definition-text').textContent()).toContain(timely.definition);
    expect(await page.getByTestId('figure-definition-text').textContent()).toContain(timely.rule);
    await page.mouse.move(0, 0);
    const section = page.getByTestId('figure-definitions');
    await section.scrollIntoViewIfNeeded();
    for (const d of a.definitions) expect(await page.getByTestId(`definition-${d.key}`).textContent()).toContain(d.definition);
    await shoot(page.getByTestId('card-definitions'), 'dashboard-07-definitions.png');
    // A phone (390 px): the cards stack in one column and the 口径 reads in full.
    const p = await sidePage(390, 844);
    await signIn(p, 'leader', leaderPassword);
    await p.getByTestId('leadership-dashboard').waitFor();
    await p.goto(page.url());
    await p.getByTestId('card-plan-execution').waitFor();
    await expect.poll(() => p.getByTestId('card-plan-execution').getByTestId('figure-value').textContent()).toBe(pct(a.total.planExecution.share));
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(p, '08-phone-2025');
  });

  it('shows 2026 against 2025 as "较上期 … 个百分点" with an arrow in the colour of the change', async () => {
    await page.goto(`${base}/#/?year=2026`);
    await page.getByTestId('leadership-dashboard').waitFor();
    await expect.poll(() => page.getByTestId('leadership-subtitle').textContent()).toContain('2026 年');
    const change = page.getByTestId('card-timely').getByTestId('figure-change');
    await expect.poll(() => change.textContent()).toMatch(/^[▲▼]较上期 [+−]\d+\.\d 个百分点$|^■与上期持平$/);
    const direction = await change.getAttribute('data-direction');
    const colour = await change.evaluate((e) => getComputedStyle(e).color);
    if (direction === 'down') expect(colour).toBe('rgb(211, 47, 47)');
    if (direction === 'up') expect(colour).toBe('rgb(46, 125, 50)');
    await chartsDrawn(page);
    await shot(page, '02-laptop-2026');
  });

  it('switches to a quarter and back to the whole year', async () => {
    await page.goto(`${base}/#/?year=2025`);
    await page.getByTestId('leadership-dashboard').waitFor();
    await page.getByTestId('picker-quarter').click();
    // 2025 is over: quarters start from its last one.
    await expect.poll(() => page.url()).toContain('quarter=4');
    // The period's dates come with the server's answer (a busy machine may take a few seconds).
    await expect
      .poll(() => page.getByTestId('leadership-subtitle').textContent(), { timeout: 15_000 })
      .toContain('2025 年第 4 季度 · 全部单位 · 2025-10-01 — 2025-12-31');
    await page.getByTestId('picker-whole-year').click();
    await expect.poll(() => page.getByTestId('leadership-subtitle').textContent(), { timeout: 15_000 }).toContain('2025-01-01 — 2025-12-31');
    expect(page.url()).not.toContain('quarter');
  });

  it('opens the result list with the drill-down filter and exactly the records behind a bar', async () => {
    await page.goto(`${base}/#/?year=2025`);
    await chartsDrawn(page);
    const a = await assessment(2025);
    // The first green segment of the timely-entry chart: the on-time results of the first unit that has any.
    const first = a.units.find((u) => u.timelyEntry.onTime > 0)!;
    const segment = page.locator('[data-testid=chart-timely] .recharts-bar-rectangle path[fill="#2e7d32"]').first();
    await segment.click();
    await page.waitForURL(/#\/Result\?filter=/);
    const filter = JSON.parse(new URL(page.url().replace('#/', '')).searchParams.get('filter')!) as { figure: Record<string, unknown> };
    expect(filter).toEqual({ figure: { kind: 'ENTRY_ON_TIME', year: 2025, unitId: first.unitId } });
    const rows = page.locator('[data-testid=result-list] tbody tr');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(Math.min(first.timelyEntry.onTime, 25));
    await shot(page, '03-drill-down-result-list');
    // Back to the dashboard, still on 2025.
    await page.goBack();
    await page.getByTestId('leadership-dashboard').waitFor();
    expect(page.url()).toContain('year=2025');
  });

  it('exports the per-unit table to a valid .xlsx with Chinese headers and the server’s numbers', async () => {
    await page.goto(`${base}/#/?year=2025`);
    await page.getByTestId('unit-table').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-detail').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(download.suggestedFilename()).toContain('2025');
    const file = path.join(shots, 'dashboard-export.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('各单位考核明细');
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 2)).toEqual(['单位', '计划覆盖率']);
    expect(header).toEqual(expect.arrayContaining(['对象完成率（按期公示）', '抽中对象', '按期公示', '逾期未公示', '发现违法线索']));
    const a = await assessment(2025);
    const totalRow = ws.getRow(ws.rowCount);
    expect(totalRow.getCell(1).value).toBe('全局合计');
    expect(totalRow.getCell(header.indexOf('抽中对象') + 1).value).toBe(a.total.taskCompletion.targetsDrawn);
    expect(totalRow.getCell(header.indexOf('按期公示') + 1).value).toBe(a.total.timelyEntry.onTime);
    const share = totalRow.getCell(header.indexOf('对象完成率（按期公示）') + 1);
    expect(share.value).toBeCloseTo(a.total.taskCompletion.share!, 10);
    expect(share.numFmt).toBe('0.0%');
    expect(ws.rowCount).toBe(a.units.length + 2);
    fs.rmSync(file, { force: true });
  });

  it('with a unit chosen, shows that unit’s figures in the cards, the table and the export — not the bureau’s', async () => {
    await page.goto(`${base}/#/?year=2025`);
    await page.getByTestId('leadership-dashboard').waitFor();
    const a = await assessment(2025);
    const unit = a.units.find((u) => u.unit.name === '矿产资源管理科')!;
    // The section's figures differ from the bureau's, so the cards showing them means they follow the filter.
    expect(pct(unit.taskCompletion.share)).not.toBe(pct(a.total.taskCompletion.share));
    // Chosen as a user does, in the picker.
    await page.getByTestId('picker-unit').click();
    await page.getByRole('option', { name: '矿产资源管理科' }).click();
    await expect.poll(() => page.url()).toContain(`unit=${unit.unitId}`);
    await expect.poll(() => page.getByTestId('leadership-subtitle').textContent()).toContain('2025 年 · 矿产资源管理科');
    await expect.poll(() => page.getByTestId('card-completion').getByTestId('figure-value').textContent()).toBe(pct(unit.taskCompletion.share));
    await expect.poll(() => page.getByTestId('card-timely').getByTestId('figure-value').textContent()).toBe(pct(unit.timelyEntry.share));
    // The table: the unit's row alone (the total of one unit is that unit; no "全局合计" row of other figures).
    await expect.poll(() => page.locator('[data-testid=unit-table] [data-testid=unit-row]').count()).toBe(1);
    expect(await page.locator('[data-testid=unit-table] [data-testid=unit-row-total]').count()).toBe(0);
    await chartsDrawn(page);
    await shot(page, '05-laptop-2025-one-unit');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-detail').click()]);
    const file = path.join(shots, 'dashboard-export-unit.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(ws.rowCount).toBe(2);
    expect(ws.getRow(2).getCell(1).value).toBe('矿产资源管理科');
    expect(ws.getRow(2).getCell(header.indexOf('抽中对象') + 1).value).toBe(unit.taskCompletion.targetsDrawn);
    fs.rmSync(file, { force: true });
  });

  it('prints on A4 without the menu and the app bar', async () => {
    await page.goto(`${base}/#/?year=2025`);
    await chartsDrawn(page);
    // The print dialog of a real browser blocks; here window.print only records that it was asked for.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await page.getByTestId('print-button').click();
    await page.waitForFunction(() => (window as unknown as { printed: number }).printed > 0);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.RaSidebar-root').isVisible()).toBe(false);
    expect(await page.locator('header.MuiAppBar-root').isVisible()).toBe(false);
    expect(await page.getByTestId('print-button').isVisible()).toBe(false);
    expect(await page.getByTestId('period-picker').isVisible()).toBe(false);
    // Laid out at the A4 width, the table fits it.
    const width = await page.getByTestId('leadership-dashboard').evaluate((e) => e.getBoundingClientRect().width);
    expect(width).toBeLessThanOrEqual(700);
    const table = await page.getByTestId('unit-table-container').evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth }));
    expect(table.scroll).toBeLessThanOrEqual(table.client);
    await shot(page, '04-print');
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect.poll(() => page.getByTestId('leadership-dashboard').getAttribute('data-printing')).toBe('0');
  });

  it('reads on a projector (1920×1080) with larger type', async () => {
    const big = await sidePage(1920, 1080);
    await signIn(big, 'leader', leaderPassword);
    await big.getByTestId('leadership-dashboard').waitFor();
    await big.goto(`${base}/#/?year=2025`);
    await chartsDrawn(big);
    const size = (p: Page) =>
      p
        .getByTestId('card-completion')
        .getByTestId('figure-value')
        .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(await size(big)).toBeGreaterThan(await size(page));
    // Six cards in one row.
    const tops = await big.locator('.leadership-card').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    await shot(big, '05-projector-2025-viewport', false);
    await shot(big, '05-projector-2025');
  });

  it('home page chart 各单位检查对象与执法检查人员: hovering a unit’s row names that unit and shows its own figures', async () => {
    // Tall enough that the whole chart is in the viewport (the pointer can only hover what is on screen).
    const admin = await sidePage(1440, 2400);
    await signIn(admin, 'admin', api!.demoPassword('admin', 'Admin@2026'));
    // The administrator lands on the home page.
    const chart = admin.getByTestId('unit-chart');
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    await chart.scrollIntoViewIfNeeded();
    const ticks = chart.locator('.recharts-yAxis-tick-labels text.recharts-cartesian-axis-tick-value');
    const names = await ticks.allTextContents();
    expect(names.length).toBeGreaterThan(10);
    const token = await admin.evaluate(() => {
      for (const k of Object.keys(localStorage)) {
        const v = localStorage.getItem(k) ?? '';
        const m = /"token":"([^"]+)"/.exec(v);
        if (m) return m[1];
      }
      return '';
    });
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ allUnits(perPage: 500) { name targetCount inspectorCount } }' }),
    });
    const units = new Map(
      ((await res.json()) as { data: { allUnits: { name: string; targetCount: number; inspectorCount: number }[] } }).data.allUnits.map((u) => [u.name, u]),
    );
    const plot = (await chart.locator('.recharts-cartesian-grid').boundingBox())!;
    const tooltip = chart.locator('.recharts-tooltip-wrapper');
    for (const [i, name] of names.entries()) {
      const tick = (await ticks.nth(i).boundingBox())!;
      await admin.mouse.move(plot.x + plot.width * 0.5, tick.y + tick.height / 2);
      const u = units.get(name)!;
      await expect
        .poll(() => tooltip.textContent(), { message: `row ${i} ${name}` })
        .toBe(`${name}● 检查对象${u.targetCount}● 执法检查人员${u.inspectorCount}`);
    }
    await shoot(admin, 'dashboard-06-home-unit-chart.png', { clip: (await chart.boundingBox())! });
  });

  it('is reached by the administrator from the menu (考核看板)', async () => {
    const admin = await sidePage(1366, 768);
    await signIn(admin, 'admin', api!.demoPassword('admin', 'Admin@2026'));
    await admin.getByRole('menuitem', { name: '考核看板' }).click();
    await admin.waitForURL(/#\/leadership/);
    await admin.getByTestId('card-completion').waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('offers the API-token page in the user menu to an analyst, as docs/analysts.md says, and not to a leader', async () => {
    const analyst = await sidePage(390, 844);
    await signIn(analyst, 'analyst', api!.demoPassword('analyst', 'Analyst@2026'));
    await analyst.getByRole('button', { name: '个人设置' }).click();
    await analyst.getByTestId('user-menu-api-tokens').click();
    await analyst.waitForURL(/#\/api-tokens/);
    await analyst.getByText('只读 API 令牌供数据分析工具调用', { exact: false }).waitFor();
    await shot(analyst, 'user-menu-api-tokens-phone', false);

    const leader = await sidePage(1366, 768);
    await signIn(leader, 'leader', leaderPassword);
    await leader.getByRole('button', { name: '个人设置' }).click();
    await leader.getByRole('menuitem', { name: '退出登录' }).waitFor();
    expect(await leader.getByTestId('user-menu-api-tokens').count()).toBe(0);
    await leader.context().close();
    expect(pageErrors).toEqual([]);
  });
});
