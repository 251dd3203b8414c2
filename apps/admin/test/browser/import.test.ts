// Walks the import and export of a directory as a land station's staff member does, in headless Chromium
// against the real API: the list's import and export buttons, upload of a GBK CSV with a title row, the
// recognised column mapping, a dry run that lists the refused rows with their reasons, the error report,
// a corrected file committed in one go (progress bar), and the list exported as .xlsx with its filter.
// Screenshots go to apps/admin/screenshots/import-*.png.
//
// Run from the repository root: npm run build -w @ssj/admin && npx vitest run --project browser apps/admin/test/browser/import.test.ts
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import iconv from 'iconv-lite';
import { creditCodeCheckChar } from '../../../../packages/domain/src/creditCode.ts';
import { type ApiServer, shots, sharedApiServer, walkBrowser, type WalkBrowser, shoot } from './harness.ts';

function newCreditCode(): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let body = '913703';
  while (body.length < 17) body += alphabet[Math.floor(Math.random() * alphabet.length)];
  return body + creditCodeCheckChar(body);
}

describe('import and export of a directory (unit staff)', () => {
  let api: ApiServer | undefined;
  let browser: WalkBrowser;
  let page: Page;
  let library = '';
  const consoleErrors: string[] = [];
  const shot = (name: string) => shoot(page, `import-${name}.png`, { fullPage: true });

  const good = [newCreditCode(), newCreditCode(), newCreditCode()];
  const header = '统一社会信用代码,企业名称,所属名录库,对象类型,经营规模,行业,所在镇（街道）,登记住所,风险等级';
  const line = (code: string, name: string, extra: { scale?: string; lib?: string } = {}) =>
    [code, name, extra.lib ?? library, '采矿权人', extra.scale ?? '小型', '采矿业', '闻韶街道', '临淄区闻韶街道齐园路 1 号', '低风险'].join(',');
  const gbkFile = (lines: string[]) => iconv.encode(['闻韶国土资源所检查对象名录（导入）', header, ...lines].join('\r\n'), 'gbk');

  beforeAll(async () => {
    api = await sharedApiServer('writers');
    const password = api.demoPassword('wenshao', 'Staff@2026');
    const post = async (query: string, token?: string) =>
      (await (
        await fetch(`${api!.base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query }),
        })
      ).json()) as { data: any };
    const token = (await post(`mutation { login(username: "wenshao", password: "${password}") { token } }`)).data.login.token as string;
    library = (await post('{ allTargetLibraries(perPage: 1, sortField: "code") { name } }', token)).data.allTargetLibraries[0].name;

    browser = await walkBrowser();
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 }, timezoneId: 'Asia/Shanghai', acceptDownloads: true });
    page = await context.newPage();
    page.on('console', (msg) => msg.type() === 'error' && consoleErrors.push(msg.text()));
    await page.goto(`${api.base}/`);
    await page.fill('input[name=username]', 'wenshao');
    await page.fill('input[name=password]', password);
    await page.click('button[type=submit]');
    // Staff land on their to-do list (the home page); the import starts from the targets' list.
    await page.waitForURL(/#\/$/);
    await page.getByTestId('todo-card').waitFor();
    await page.goto(`${api.base}/#/Target`);
    await page.locator('table tbody tr').first().waitFor();
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await api?.stop();
  });

  it('shows import and export in the list’s actions and opens the import page', async () => {
    await page.getByTestId('import-button').waitFor();
    await page.getByTestId('export-menu').waitFor();
    await shot('01-list-actions');
    await page.getByTestId('import-button').click();
    await page.waitForURL(/#\/import\/Target$/);
    await page.locator('#main-content').getByRole('heading', { name: '导入检查对象' }).waitFor();
    await shot('02-upload');
  });

  it('uploads a GBK CSV with a title row and recognises the Chinese headers', async () => {
    const bad = good[1]!.slice(0, 17) + (good[1]![17] === '0' ? '1' : '0');
    const file = gbkFile([
      line(good[0]!, '闻韶测试矿业有限公司'),
      line(bad, '校验位错误公司'),
      line(good[0]!, '重复的公司'),
      line(good[2]!, '规模错误公司', { scale: '巨型' }),
    ]);
    await page.getByTestId('import-file').setInputFiles({ name: '检查对象（有错误）.csv', mimeType: 'text/csv', buffer: file });
    await page.getByTestId('import-mapping').waitFor();
    await expect.poll(() => page.getByText('表头在第 2 行').count()).toBe(1);
    await page.getByText('CSV，GBK 编码').first().waitFor();
    // 企业名称 is a known alias of 名称; the maintaining unit column is absent and defaults to the user's unit.
    const nameSelect = page.getByRole('combobox', { name: '企业名称' });
    expect(await nameSelect.textContent()).toContain('名称');
    await shot('03-mapping');
  });

  it('dry-runs and lists the refused rows with their reasons; commit stays disabled', async () => {
    await page.getByTestId('import-dry-run').click();
    await page.getByTestId('import-counts').waitFor();
    const counts = await page.getByTestId('import-counts').textContent();
    expect(counts).toContain('新增 1');
    expect(counts).toContain('拒绝 3');
    const rows = page.getByTestId('import-rows');
    await rows.getByText('统一社会信用代码校验位错误').first().waitFor();
    await rows.getByText('与第 3 行重复').waitFor();
    await rows.getByText('“巨型”不是可选值').waitFor();
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
    await shot('04-dry-run-refused');

    const download = page.waitForEvent('download');
    await page.getByTestId('import-error-report').click();
    expect((await download).suggestedFilename()).toBe('导入被拒绝的行-检查对象.xlsx');
  });

  it('imports the corrected file in one go', async () => {
    await page.getByTestId('import-restart').click();
    const file = gbkFile([line(good[0]!, '闻韶测试矿业有限公司'), line(good[1]!, '校验位已改正公司'), line(good[2]!, '规模已改正公司')]);
    await page.getByTestId('import-file').setInputFiles({ name: '检查对象（已改正）.csv', mimeType: 'text/csv', buffer: file });
    await page.getByTestId('import-dry-run').click();
    await page.getByTestId('import-counts').waitFor();
    expect(await page.getByTestId('import-counts').textContent()).toContain('新增 3');
    await shot('05-dry-run-clean');
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-done').waitFor();
    expect(await page.getByTestId('import-done').textContent()).toContain('新增 3 条');
    await shot('06-done');
  });

  it('finds the imported targets in the list and exports it, filtered, as .xlsx', async () => {
    await page.goto(`${api!.base}/#/Target?filter=${encodeURIComponent(JSON.stringify({ q: '改正公司' }))}`);
    await page.getByText('规模已改正公司').waitFor();
    await page.getByTestId('export-menu').click();
    await page.getByText('符合当前筛选条件的全部 2 条记录').waitFor();
    await shoot(page, 'import-07-export-menu.png', { fullPage: true, settle: true }); // settled: the menu fades in
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: /\.xlsx/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^检查对象名录-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const saved = path.join(shots, 'import-export.xlsx');
    await file.saveAs(saved);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const names = wb.worksheets[0]!.getColumn(2).values.slice(2);
    expect(names.sort()).toEqual(['校验位已改正公司', '规模已改正公司'].sort());
    expect(consoleErrors.filter((e) => !/favicon/.test(e))).toEqual([]);
  });
});
