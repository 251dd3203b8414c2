// Printable documents and the target's history (一对象一档案, rule 24, G30), as 闻韶国土资源所's staff member in
// headless Chromium against the real API on a fresh demo database: the target page's history lists the draws that
// picked it, its tasks with their results and the evidence files with their SHA-256 (the same as the API holds),
// at 1280 px and on a 390 px phone without sideways scrolling; the dossier downloads as ZIP, the result page's
// print menu downloads the inspection notice, the task page's the announcement and a visit's blank on-site record.
// Screenshots: documents-*.png.
//
// Run from the repository root: npm run build -w @ssj/admin && npx vitest run --project browser apps/admin/test/browser/documents.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { type ApiServer, settle, sharedApiServer, signInDirectly, walkBrowser, type WalkBrowser, shoot } from './harness.ts';

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

describe('documents and the target history', () => {
  let api: ApiServer | undefined;
  let base: string;
  let browser: WalkBrowser;
  let context: BrowserContext;
  let page: Page;
  let token: string;
  const consoleErrors: string[] = [];
  let target: { id: string; name: string; sha256: string[]; resultId: string; taskId: string };

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data: T; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const shot = async (name: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, `${name}.png`, { fullPage: true, settle: true });
  };

  beforeAll(async () => {
    // It only reads the demo: the run's shared server (harness.ts).
    api = await sharedApiServer();
    base = api.base;
    const password = api.demoPassword('wenshao', 'Staff@2026');
    ({
      login: { token },
    } = await gql<{ login: { token: string } }>('mutation($p: String!) { login(username: "wenshao", password: $p) { token } }', { p: password }));
    // A published result with evidence: its target has a history with files to show.
    type Row = { id: string; task: { id: string }; target: { id: string; name: string; creditCode: string }; evidence: { sha256: string }[] };
    const rows = (q: Record<string, unknown>) =>
      gql<{ allResults: Row[] }>(
        'query($f: ResultFilter) { allResults(perPage: 500, filter: $f) { id task { id } target { id name creditCode } evidence { sha256 } } }',
        { f: q },
      ).then((d) => d.allResults);
    const r = (await rows({ status: 'PUBLISHED' })).find((x) => x.evidence.length > 0)!;
    const all = (await rows({ q: r.target.creditCode })).filter((x) => x.target.id === r.target.id);
    target = { id: r.target.id, name: r.target.name, sha256: all.flatMap((x) => x.evidence.map((e) => e.sha256)), resultId: r.id, taskId: r.task.id };

    browser = await walkBrowser();
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 }, timezoneId: 'Asia/Shanghai', acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    // (Chromium asks for /favicon.ico on the sign-in's /health page; there is none.)
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !msg.location().url.endsWith('/favicon.ico')) consoleErrors.push(`${msg.text()} ${msg.location().url}`);
    });
    page.on('response', (res) => {
      if (res.status() >= 400) consoleErrors.push(`${res.status()} ${res.url()}`);
    });
    await signInDirectly(page, base, 'wenshao', password);
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await api?.stop();
  });

  it('shows the target’s draws, results and evidence with SHA-256 on its page, and downloads the dossier ZIP', async () => {
    await page.goto(`${base}/#/Target/${target.id}/show`);
    await page.getByTestId('history-task').first().waitFor();
    const history = page.getByTestId('target-history');
    await poll(() => page.getByTestId('history-evidence').count()).toBe(target.sha256.length);
    const text = (await history.textContent()) ?? '';
    for (const sha of target.sha256) expect(text).toContain(sha);
    expect(text).toContain('被抽中记录');
    await shot('documents-01-target-history-1280');

    await page.getByTestId('dossier-menu').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: /证据材料（ZIP）/ }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^检查对象档案-${target.name}-\\d{4}-\\d{2}-\\d{2}\\.zip$`));
  });

  it('reads on a 390 px phone without sideways scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByTestId('history-task').first().waitFor();
    await settle(page);
    await poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot('documents-02-target-history-390');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('prints the inspection notice from the result page and the announcement from the task page', async () => {
    await page.goto(`${base}/#/Result/${target.resultId}/show`);
    await page.getByTestId('result-header').waitFor();
    await page.getByTestId('document-menu').click();
    await page.getByRole('menuitem', { name: '现场检查记录表（空白）' }).waitFor();
    await shot('documents-03-result-print-menu');
    const [notice] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: '检查告知书' }).click()]);
    expect(notice.suggestedFilename()).toMatch(/^检查告知书-.+\.pdf$/);

    await page.goto(`${base}/#/Task/${target.taskId}/show`);
    await page.getByTestId('document-menu').click();
    const [announcement] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: /抽查公告/ }).click()]);
    expect(announcement.suggestedFilename()).toMatch(/^抽查公告-RW-\d{4}-\d{4}\.pdf$/);
    // The teams section: each visit's papers to take along.
    await page.getByTestId('visit-documents').first().click();
    const [blank] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: '现场检查记录表（空白）' }).click()]);
    expect(blank.suggestedFilename()).toMatch(/^现场检查记录表（空白）-.+\.pdf$/);
    expect(consoleErrors).toEqual([]);
  });
});
