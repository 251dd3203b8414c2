// Rule 19 (G26, G32) on the result entry page, in headless Chromium against the real API: the team inspector sees
// the pre-check, the on-site record (certificates, notice, check points, witnessed refusal, video, samples) and the
// team's confirmation; a witness removed is refused at confirmation and named as missing; the sections keep to one
// column at 390 px without sideways scrolling. Screenshots: apps/admin/screenshots/os*.png (and /work/shots/onsite
// when that folder exists).
//
// Run from the repository root: npm run build -w @ssj/admin && npx vitest run --project browser test/browser/onSite.test.ts
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type ApiServer, resultsTask, sharedApiServer, shots, signInDirectly, walkBrowser, type WalkBrowser, graphql, shoot, SHOTS_ON } from './harness.ts';

const EXTRA_SHOTS = '/work/shots/onsite';

describe('the on-site procedure on the result entry page (rule 19)', () => {
  let api: ApiServer | undefined;
  let browser: WalkBrowser;
  let page: Page;
  let base = '';
  let taskId = '';
  let resultId = '';

  const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 200 });
  const shot = async (name: string, fullPage = true) => {
    await shoot(page, `${name}.png`, { fullPage, settle: true });
    if (SHOTS_ON && fs.existsSync(EXTRA_SHOTS)) fs.copyFileSync(path.join(shots, `${name}.png`), path.join(EXTRA_SHOTS, `${name}.png`));
  };
  const gql = (query: string, variables: Record<string, unknown>, token?: string) => graphql(base, query, variables, token);

  beforeAll(async () => {
    // The results walks' server, on 2026-12-04, and this walk's own task there.
    api = await sharedApiServer('results');
    ({ taskId } = resultsTask(api, 'onSite'));
    base = api.base;
    browser = await walkBrowser();
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 }, timezoneId: 'Asia/Shanghai' });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const login = await gql('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: 'kuangguan', p: 'Staff@2026' });
    const list = await gql(
      'query($t: ID) { allResults(filter: { taskId: $t }, sortField: "id", sortOrder: "ASC") { id } }',
      { t: taskId },
      login.data?.login.token,
    );
    resultId = list.data?.allResults[0].id;
    // The result's own entry, as the walk of results.test.ts fills it: an on-site check that found a problem.
    const items = await gql('query($id: ID!) { Result(id: $id) { task { checkItems { id } } } }', { id: resultId }, login.data?.login.token);
    const entered = await gql(
      `mutation($id: ID!, $f: [ResultFindingInput!]) { updateResult(id: $id, method: ON_SITE, inspectedOn: "2026-11-18", outcome: FOLLOW_UP_PENDING,
        followUpAction: REFER_CASE, findings: $f) { id } }`,
      { id: resultId, f: items.data?.Result.task.checkItems.map((c: { id: string }) => ({ checkItemId: c.id, compliant: false, finding: '越界开采' })) },
      login.data?.login.token,
    );
    expect(entered.errors).toBeUndefined();
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await api?.stop();
  });

  it('shows the team inspector the pre-check, the on-site record and the confirmation, and what is missing', async () => {
    await signInDirectly(page, base, 'kuangguan', 'Staff@2026', `#/Result/${encodeURIComponent(resultId)}/show`);
    await page.getByTestId('result-header').waitFor();
    await page.getByTestId('team-confirmation').waitFor();
    await poll(() => page.getByTestId('pre-check-section').textContent()).toContain('采矿许可证在有效期内');
    await poll(() => page.locator('textarea[name=refusalNote]').inputValue()).toContain('拒绝');
    expect(await page.locator('input[name=witnessName]').inputValue()).toBe('王某（村委会主任）');
    expect(await page.getByTestId('on-site-points').textContent()).toMatch(/1\. \S/);
    // Everything the procedure needs is recorded: only the team's confirmations are missing, so kuangguan may confirm.
    await poll(() => page.getByTestId('confirm-result').isEnabled()).toBe(true);
    expect(await page.getByTestId('team-confirmation').textContent()).toContain('未确认');
    await shot('os01-entry-desktop-zh');
  });

  it('names a missing witness, and a saved witness takes it off the list', async () => {
    await page.locator('input[name=witnessName]').fill('');
    await page.getByTestId('on-site-save').click();
    await poll(() => page.getByTestId('submission-problems').textContent()).toContain('见证人姓名');
    expect(await page.getByTestId('confirm-result').isDisabled()).toBe(true);
    await page.locator('input[name=witnessName]').fill('王某（村委会主任）');
    await page.getByTestId('on-site-save').click();
    await poll(() => page.getByTestId('submission-problems').count()).toBe(0);
    await page.getByTestId('confirm-result').click();
    await poll(() => page.getByTestId('team-confirmation').textContent()).toContain('已签字确认');
  });

  it('keeps the sections in one column at 390 px without sideways scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByTestId('team-confirmation').waitFor();
    await poll(() => page.getByTestId('on-site-points').textContent()).toMatch(/1\. \S/);
    for (const id of ['pre-check-section', 'on-site-section', 'team-confirmation']) {
      const box = await page.getByTestId(id).boundingBox();
      expect(box, id).not.toBeNull();
      expect(box!.x + box!.width, id).toBeLessThanOrEqual(390);
      const overflow = await page.getByTestId(id).evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow, id).toBeLessThanOrEqual(0);
    }
    await shot('os02-entry-390-zh');
    // The phone's screen as an inspector sees it: the on-site record's check points and the confirmation.
    await page.getByTestId('on-site-points').scrollIntoViewIfNeeded();
    await shot('os03-points-390-zh', false);
    await page.getByTestId('team-confirmation').scrollIntoViewIfNeeded();
    await shot('os04-confirmation-390-zh', false);
  });
});
