// Walks the public disclosure (一公开, rule 26) as a citizen, signed out, in headless Chromium against the real API
// on a fresh embedded database with the demo data: from the sign-in page's link to /public, the checklist with its
// adjustment notices, the filed plans, a task announcement whose draw is re-computed in the browser step by step
// (通过; a tampered candidate list or receipt shows 不通过 at the right step) and whose files download,
// and the results searched by a company's credit code, with a signed correction beside its original.
// Screenshots go to apps/admin/screenshots/ (p-*.png).
//
// Run from the repository root: npm run build -w @ssj/admin && npx vitest run --project browser apps/admin/test/browser/public.test.ts
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';

import { type ApiServer, PUBLIC_TEST_OWN_DRAW, sharedApiServer, startApiServer, walkBrowser, type WalkBrowser, shoot } from './harness.ts';

type Gql = <T = any>(query: string, variables?: Record<string, unknown>, token?: string) => Promise<T>;

/**
 * A locked draw of a public task made through the API (announce → confirm directories → draw → lock), for a
 * database whose demo has none: the administrator sets up a task on a filed plan.
 */
async function lockedDrawThroughApi(gql: Gql, adminToken: string): Promise<string> {
  const { allPlans } = await gql<{ allPlans: { id: string; year: number; unitId: string; items: { checkItemId: string }[] }[] }>(
    '{ allPlans(perPage: 50, filter: { status: FILED }) { id year unitId items { checkItemId } } }',
    {},
    adminToken,
  );
  const plan = allPlans.find((p) => p.items.length > 0);
  if (!plan) throw new Error('no filed plan to set up a task on');
  const { createTask } = await gql<{ createTask: { id: string } }>(
    'mutation($p: ID, $f: Date, $to: Date, $i: [ID!]) { createTask(planId: $p, name: "公示页面测试任务", windowFrom: $f, windowTo: $to, checkItemIds: $i) { id } }',
    { p: plan.id, f: `${plan.year}-12-01`, to: `${plan.year}-12-31`, i: [plan.items[0]!.checkItemId] },
    adminToken,
  );
  await gql('mutation($t: ID) { createTaskClass(taskId: $t, key: "all", label: "全部对象", count: 3) { id } }', { t: createTask.id }, adminToken);
  await gql('mutation($t: ID) { announceDraw(taskId: $t) { id } }', { t: createTask.id }, adminToken);
  await gql('mutation($u: ID) { confirmDirectories(unitId: $u) { id } }', { u: plan.unitId }, adminToken);
  const { drawTargets } = await gql<{ drawTargets: { id: string } }>(
    'mutation($t: ID) { drawTargets(taskId: $t, witnessName: "公众见证人", witnessEntropy: "2-7-1-8") { id } }',
    { t: createTask.id },
    adminToken,
  );
  await gql('mutation($d: ID) { lockDraw(drawId: $d) { id } }', { d: drawTargets.id }, adminToken);
  return createTask.id;
}

describe('public disclosure (signed out)', () => {
  let api: ApiServer | undefined;
  let base: string;
  let browser: WalkBrowser;
  let page: Page;
  const consoleErrors: string[] = [];
  const graphqlBodies: string[] = [];
  let taskId = '';
  let result: { creditCode: string; targetName: string; corrections: unknown[] } | undefined;

  const shot = async (name: string) => {
    await shoot(page, `${name}.png`, { fullPage: true });
  };

  const gql: Gql = async (query, variables = {}, token) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
    return body.data;
  };

  beforeAll(async () => {
    // Only reads, so it shares the read-only walks' server — unless told to make its own draw.
    api = PUBLIC_TEST_OWN_DRAW ? await startApiServer('public') : await sharedApiServer();
    base = api.base;
    // A task announcement with a locked draw: the demo's, or one made through the API when it has none.
    const { publicTasks } = await gql<{ publicTasks: { id: string; draws: { status: string }[] }[] }>('{ publicTasks(perPage: 100) { id draws { status } } }');
    taskId = PUBLIC_TEST_OWN_DRAW ? '' : (publicTasks.find((t) => t.draws.some((d) => d.status === 'LOCKED'))?.id ?? '');
    if (!taskId) {
      const { login } = await gql<{ login: { token: string } }>('mutation($p: String!) { login(username: "admin", password: $p) { token } }', {
        p: api.demoPassword('admin', 'Admin@2026'),
      });
      taskId = await lockedDrawThroughApi(gql, login.token);
    }
    // A published result to search for, preferably one with a signed correction.
    const { publicResults } = await gql<{ publicResults: { creditCode: string; targetName: string; corrections: unknown[] }[] }>(
      '{ publicResults(perPage: 500) { creditCode targetName corrections { id } } }',
    );
    result = publicResults.find((r) => r.corrections.length > 0) ?? publicResults[0];

    browser = await walkBrowser();
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 }, timezoneId: 'Asia/Shanghai', acceptDownloads: true });
    page = await context.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    page.on('request', (req) => {
      if (req.url().endsWith('/graphql')) {
        expect(req.headers().authorization, 'the public pages never send a token').toBeUndefined();
        graphqlBodies.push(req.postData() ?? '');
      }
    });
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await api?.stop();
  });

  it('is linked from the sign-in page and opens without signing in', async () => {
    await page.goto(`${base}/`);
    const link = page.getByTestId('public-link');
    await link.waitFor();
    expect(await link.textContent()).toContain('公示信息');
    await link.click();
    await page.waitForURL(`${base}/public`);
    await page.getByRole('heading', { level: 1, name: '“双随机、一公开”监管信息公示' }).waitFor();
    await expect.poll(() => page.locator('.card').count()).toBe(5);
    await shot('p-01-home');
  });

  it('shows the checklist with its adjustment notices', async () => {
    await page.getByRole('link', { name: '抽查事项清单' }).first().click();
    await page.waitForURL(/\/public\/checklist$/);
    await page.locator('table tbody tr').first().waitFor();
    expect(await page.locator('table tbody tr').count()).toBe(12);
    await page.getByRole('heading', { name: '清单调整公告' }).waitFor();
    expect(await page.locator('.notices li').count()).toBeGreaterThan(0);
    expect(await page.locator('body').textContent()).toContain('LZZR-01');
    await shot('p-02-checklist');
  });

  it('shows the filed annual plans', async () => {
    await page.getByRole('link', { name: '年度抽查计划' }).click();
    await page.waitForURL(/\/public\/plans$/);
    await page.locator('section.panel').first().waitFor();
    expect(await page.locator('section.panel h2').first().textContent()).toMatch(/计划/);
    await shot('p-03-plans');
  });

  it('shows a task announcement whose draw verifies step by step in the browser (通过) and whose files download', async () => {
    await page.getByRole('link', { name: '抽查任务公告' }).click();
    await page.waitForURL(/\/public\/tasks$/);
    await page.locator('table tbody tr').first().waitFor();
    await shot('p-04-tasks');
    await page.goto(`${base}/public/tasks/${encodeURIComponent(taskId)}`);
    const locked = page.locator('[data-testid=draw]', { hasText: '已锁定下发' }).first();
    await locked.waitFor();
    const before = graphqlBodies.length;
    const files: string[] = [];
    const onRequest = (req: { url: () => string }) => {
      if (/\/public\/draws\/[^/]+\/\w+\.json$/.test(req.url())) files.push(req.url().split('/').pop()!);
      if (/\/public\/draw-commitments\.json\?task=/.test(req.url())) files.push('draw-commitments.json');
    };
    page.on('request', onRequest);
    await locked.getByRole('button', { name: '验证' }).click();
    const verdict = locked.getByTestId('verify-result');
    await verdict.waitFor();
    page.off('request', onRequest);
    expect(await verdict.textContent()).toContain('✓ 复核通过');
    // Re-computed here from the three downloaded files, not asked of the server.
    expect(files.sort()).toEqual(['announcement.json', 'candidates.json', 'draw-commitments.json', 'receipt.json']);
    expect(graphqlBodies.slice(before).join('\n')).not.toContain('verifyDraw');
    const steps = await locked
      .getByTestId('verify-step')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-step'), e.querySelector('.badge')!.textContent]));
    expect(steps.slice(0, 5)).toEqual([
      ['published', '通过'],
      ['algorithm', '通过'],
      ['candidates', '通过'],
      ['parameters', '通过'],
      ['seed', '通过'],
    ]);
    expect(steps.some(([k]) => k!.startsWith('class:'))).toBe(true);
    expect(steps.every(([, b]) => b === '通过')).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), locked.getByRole('link', { name: '下载摇号回执' }).click()]);
    const receipt = JSON.parse(fs.readFileSync((await download.path())!, 'utf8')) as { seed: string; result: unknown[] };
    expect(receipt.seed).toMatch(/^[0-9a-f]{64}$/);
    expect(Array.isArray(receipt.result)).toBe(true);
    expect(download.suggestedFilename()).toMatch(/^摇号回执-.+\.json$/);
    const [list] = await Promise.all([page.waitForEvent('download'), locked.getByRole('link', { name: '下载候选名单' }).click()]);
    expect(Array.isArray(JSON.parse(fs.readFileSync((await list.path())!, 'utf8')))).toBe(true);
    await verdict.scrollIntoViewIfNeeded();
    await shot('p-05-task-verified');
    await page.setViewportSize({ width: 390, height: 844 });
    await verdict.scrollIntoViewIfNeeded();
    await shot('p-05-task-verified-phone');
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('shows 不通过 at the first step when the commitment was not published before the draw', async () => {
    // As if the bureau had made up the commitment with the receipt: the list published before the draw lacks it.
    await page.route('**/public/draw-commitments.json*', (route) => route.fulfill({ json: [] }));
    try {
      await page.reload();
      const locked = page.locator('[data-testid=draw]', { hasText: '已锁定下发' }).first();
      await locked.getByRole('button', { name: '验证' }).click();
      const verdict = locked.getByTestId('verify-result');
      await verdict.waitFor();
      expect(await verdict.textContent()).toContain('✗ 复核不通过');
      const failing = await locked.locator('[data-testid=verify-step].fail').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')));
      expect(failing).toEqual(['published']);
      expect(await locked.locator('[data-step=published]').textContent()).toContain('不在本任务摇号前公示的承诺值中');
    } finally {
      await page.unroute('**/public/draw-commitments.json*');
    }
  });

  it('shows 不通过 at the candidate step when a downloaded candidate is altered', async () => {
    await page.route('**/public/draws/*/candidates.json', async (route) => {
      const res = await route.fetch();
      const list = (await res.json()) as { riskLevel: string }[];
      list[0]!.riskLevel = list[0]!.riskLevel === 'HIGH' ? 'LOW' : 'HIGH';
      await route.fulfill({ response: res, json: list });
    });
    try {
      await page.reload();
      const locked = page.locator('[data-testid=draw]', { hasText: '已锁定下发' }).first();
      await locked.getByRole('button', { name: '验证' }).click();
      const verdict = locked.getByTestId('verify-result');
      await verdict.waitFor();
      expect(await verdict.textContent()).toContain('✗ 复核不通过');
      const step = locked.locator('[data-step=candidates]');
      expect(await step.locator('.badge').textContent()).toBe('不通过');
      expect(await step.textContent()).toContain('与摇号前公布的');
      // The steps before it are unaffected.
      expect(await locked.locator('[data-step=algorithm] .badge').textContent()).toBe('通过');
      expect(await locked.locator('[data-step=seed] .badge').textContent()).toBe('通过');
      await verdict.scrollIntoViewIfNeeded();
      await shot('p-05b-task-tampered-candidate');
    } finally {
      await page.unroute('**/public/draws/*/candidates.json');
    }
  });

  it('shows 不通过 at that class when one pick of the downloaded receipt is altered', async () => {
    let classKey = '';
    let expected = '';
    await page.route('**/public/draws/*/receipt.json', async (route) => {
      const res = await route.fetch();
      const receipt = (await res.json()) as { perClass: { classKey: string; ranking: { selected: boolean }[] }[] };
      // A full ranking: mark an unpicked candidate picked. A compact receipt (rankingScope SELECTED, picks only):
      // mark a pick unpicked.
      const full = receipt.perClass.find((c) => c.ranking.some((e) => !e.selected));
      const cls = full ?? receipt.perClass.find((c) => c.ranking.length > 0)!;
      classKey = cls.classKey;
      if (full) full.ranking.find((e) => !e.selected)!.selected = true;
      else cls.ranking[0]!.selected = false;
      expected = full ? '应不被抽中' : '应被抽中';
      await route.fulfill({ response: res, json: receipt });
    });
    try {
      await page.reload();
      const locked = page.locator('[data-testid=draw]', { hasText: '已锁定下发' }).first();
      await locked.getByRole('button', { name: '验证' }).click();
      const verdict = locked.getByTestId('verify-result');
      await verdict.waitFor();
      expect(await verdict.textContent()).toContain('✗ 复核不通过');
      const failing = await locked.locator('[data-testid=verify-step].fail').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')));
      expect(failing).toEqual([`class:${classKey}`]);
      expect(await locked.locator(`[data-step="class:${classKey}"]`).textContent()).toContain(expected);
      await page.setViewportSize({ width: 390, height: 844 });
      await locked.locator(`[data-step="class:${classKey}"]`).scrollIntoViewIfNeeded();
      await shot('p-05c-task-tampered-pick-phone');
      await page.setViewportSize({ width: 1366, height: 900 });
    } finally {
      await page.unroute('**/public/draws/*/receipt.json');
    }
  });

  it('finds a company’s published results by its credit code, corrections beside the original', async () => {
    expect(result, 'the demo has published results').toBeTruthy();
    await page.getByRole('link', { name: '抽查结果公示' }).click();
    await page.waitForURL(/\/public\/results$/);
    await page.getByTestId('result-count').waitFor();
    await page.fill('input[name=q]', result!.creditCode.toLowerCase());
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL(/\/public\/results\?q=/);
    const { _publicResultsMeta: found } = await gql<{ _publicResultsMeta: { count: number } }>('query($q: String) { _publicResultsMeta(q: $q) { count } }', {
      q: result!.creditCode,
    });
    expect(found.count).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('result-count').textContent()).toBe(`共 ${found.count} 条公示结果`);
    await expect.poll(() => page.getByTestId('result').count()).toBe(found.count);
    const first = page.getByTestId('result').first();
    expect(await first.locator('h2').textContent()).toBe(result!.targetName);
    expect(await first.textContent()).toContain(result!.creditCode);
    expect(await first.textContent()).toMatch(/检查结果：(未发现问题|发现问题|未发现开展|无法联系|不配合|弄虚作假)/);
    if (result!.corrections.length > 0) {
      const correction = first.getByTestId('correction').first();
      expect(await correction.textContent()).toMatch(/更正（\d{4}-\d{2}-\d{2} 经负责人签批）/);
    }
    await shot('p-06-results-search');
    // Every request went to the public part of the API only.
    expect(graphqlBodies.join('\n')).not.toMatch(/\ballResults\b|\bResult\(|\ballInspectors\b|\ballUsers\b|evidence/);
    expect(consoleErrors).toEqual([]);
  });

  it('offers its data as CSV and JSON per year with a dictionary, a licence and an Atom feed', async () => {
    await page.getByRole('link', { name: '开放数据' }).first().click();
    await page.waitForURL(/\/public\/data$/);
    await page.getByTestId('dataset-results').waitFor();
    expect(await page.getByTestId('open-data-licence').textContent()).toContain('注明来源');
    const results = page.getByTestId('dataset-results');
    const csv = await results.getByRole('link', { name: 'CSV' }).first().getAttribute('href');
    expect(csv).toBe('/public/data/2026/results.csv');
    const res = await page.request.get(`${base}${csv}`);
    expect(res.status()).toBe(200);
    expect((await res.text()).split('\n')[0]).toContain('统一社会信用代码');
    await results.locator('summary').click();
    expect(await results.locator('table tbody tr').count()).toBeGreaterThan(5);
    expect((await page.request.get(`${base}/public/feed.atom`)).headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    await shot('p-07-open-data');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot('p-07-open-data-phone');
    await page.setViewportSize({ width: 1366, height: 900 });
  });
});
