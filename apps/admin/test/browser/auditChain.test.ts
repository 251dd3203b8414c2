// The audit trail page's 校验审计链 panel (SECURITY.md): an administrator verifies the demo's chain (完整, with the
// head to write down), then checks it against a head that is not in it (断开, why), on a desktop and a 390 px
// phone. Leadership sees the panel too; unit staff do not. Screenshots: apps/admin/screenshots/audit-chain-*.png.
//
// Run from the repository root: npm run build -w @ssj/admin && npx vitest run --project browser apps/admin/test/browser/auditChain.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type ApiServer, sharedApiServer, walkBrowser, type WalkBrowser, signInDirectly, shoot } from './harness.ts';

describe('audit chain panel', () => {
  let api: ApiServer | undefined;
  let browser: WalkBrowser;

  beforeAll(async () => {
    api = await sharedApiServer();
    browser = await walkBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  let walkPage: Page | undefined;
  /**
   * The walk's one page, sized to `viewport` and signed in afresh as `username` (the admin loads anew): one browser
   * context for the walk, not one per sign-in (a new context costs Chromium ~1.2 s of CPU more than a reload).
   */
  async function signedIn(username: string, password: string, viewport: { width: number; height: number }) {
    walkPage ??= await (await browser.newContext({ locale: 'zh-CN', viewport })).newPage();
    const page = walkPage;
    await page.setViewportSize(viewport);
    // Signed in without the form (harness.ts, signInDirectly): the panel, not signing in, is what this walk is about.
    await signInDirectly(page, api!.base, username, api!.demoPassword(username, password), '#/AuditEvent');
    await page.locator('table tbody tr').first().waitFor();
    return page;
  }

  it.each([
    ['desktop', { width: 1366, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ])('says 完整 with the head, and where a wrong head breaks (%s)', async (name, viewport) => {
    const page = await signedIn('admin', 'Admin@2026', viewport);
    const panel = page.getByTestId('audit-chain-panel');
    await panel.getByRole('button', { name: '校验审计链' }).click();
    const intact = page.getByTestId('audit-chain-intact');
    await expect.poll(() => intact.textContent(), { timeout: 30_000 }).toMatch(/审计链完整：共 \d+ 条记录/);
    const head = /(\d+):([0-9a-f]{64})/.exec((await intact.textContent())!)!;
    expect(head).not.toBeNull();
    const box = await panel.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
    await shoot(page, `audit-chain-${name}-intact.png`);

    // The head itself verifies; one far beyond the end does not: events would have been removed from the end.
    // Far beyond, not head + 1: this server is shared (harness.ts, sharedApiServer), and another walk signing in
    // meanwhile appends the event head + 1, which then exists with another hash (HEAD_MISMATCH). The edge just
    // beyond the end is the domain's test (packages/domain/src/auditChain.test.ts) and the API's (test/auditChain.test.ts).
    await panel.getByLabel('此前记下的链头（可选）').fill(head[0]);
    await panel.getByRole('button', { name: '校验审计链' }).click();
    await expect.poll(() => intact.textContent()).toContain(head[0]);
    const gone = Number(head[1]) + 1_000_000;
    await panel.getByLabel('此前记下的链头（可选）').fill(`${gone}:${head[2]}`);
    await panel.getByRole('button', { name: '校验审计链' }).click();
    const broken = page.getByTestId('audit-chain-broken');
    await expect.poll(() => broken.textContent()).toContain(`审计链在第 ${gone} 条断开：此前记下的链头已不存在`);
    await shoot(page, `audit-chain-${name}-broken.png`);
  });

  it('is shown to leadership, not to unit staff', async () => {
    const leader = await signedIn('leader', 'Leader@2026', { width: 1366, height: 800 });
    await expect.poll(() => leader.getByTestId('audit-chain-panel').count()).toBe(1);
    const staff = await signedIn('wenshao', 'Staff@2026', { width: 1366, height: 800 });
    await expect.poll(() => staff.locator('table tbody tr').count()).toBeGreaterThan(0);
    expect(await staff.getByTestId('audit-chain-panel').count()).toBe(0);
  });
});
