// Typing into a result's entry (ResultEntry.tsx) renders only what the keystroke changes. Every keystroke sets the
// entry's values, which renders ResultEntry again; with its sections (pre-check, on-site record, team confirmation,
// findings, the form picker) rendered along, and the kept draft's state set once more after each keystroke
// (useOfflineDraft.ts), one character in 备注 rendered ~3,100 components in two commits — on a phone, a visible lag
// per character (≈150 ms of script per keystroke in headless Chromium). Now the sections are memo'd, and the draft's
// state changes only when the draft appears, is queued or refused: ~300 components in one commit.
//
// The walk counts React's commits and the components each one rendered through the hook React DevTools uses
// (__REACT_DEVTOOLS_GLOBAL_HOOK__, called by the production build too): a component rendered when its props or its
// hooks' state changed identity since the last commit.
//
// Run from the repository root: npm run build -w @ssj/admin && npx vitest run --project browser apps/admin/test/browser/entryTyping.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type ApiServer, graphql, sharedApiServer, signInDirectly, walkBrowser, type WalkBrowser } from './harness.ts';

/** Counts React commits in `window.__commits` and rendered components in `window.__renders`. */
const COUNT_RENDERS = `(() => {
  const seen = new WeakMap();
  window.__commits = 0;
  window.__renders = 0;
  const walk = (root) => {
    const stack = [root];
    while (stack.length) {
      const f = stack.pop();
      if (typeof f.type === 'function' || (f.type !== null && typeof f.type === 'object')) {
        const before = seen.get(f) ?? (f.alternate && seen.get(f.alternate));
        if (!before || before.props !== f.memoizedProps || before.state !== f.memoizedState) window.__renders++;
        const now = { props: f.memoizedProps, state: f.memoizedState };
        seen.set(f, now);
        if (f.alternate) seen.set(f.alternate, now);
      }
      if (f.sibling) stack.push(f.sibling);
      if (f.child) stack.push(f.child);
    }
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    renderers: new Map(),
    supportsFiber: true,
    isDisabled: false,
    inject(renderer) { const id = this.renderers.size + 1; this.renderers.set(id, renderer); return id; },
    onCommitFiberRoot(_id, root) { window.__commits++; walk(root.current); },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onScheduleFiberRoot() {},
    checkDCE() {},
  };
})();`;

describe('typing into a result entry', () => {
  let api: ApiServer | undefined;
  let browser: WalkBrowser;
  let page: Page;
  const counts = () =>
    page.evaluate(() => {
      const w = window as unknown as { __commits: number; __renders: number };
      return { commits: w.__commits, renders: w.__renders };
    });

  beforeAll(async () => {
    api = await sharedApiServer();
    browser = await walkBrowser();
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
    await context.addInitScript(COUNT_RENDERS);
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('renders the entry once per keystroke in 备注, without the sections the keystroke does not change', async () => {
    const password = api!.demoPassword('wenshao', 'Staff@2026');
    const login = await graphql(api!.base, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: 'wenshao', p: password });
    const results = await graphql(api!.base, '{ allResults(perPage: 500) { id editable } }', {}, login.data?.login.token);
    const editable = (results.data!.allResults as { id: string; editable: boolean }[]).find((r) => r.editable);
    expect(editable, 'a result wenshao may enter in the demo').toBeDefined();

    await signInDirectly(page, api!.base, 'wenshao', password, `#/Result/${encodeURIComponent(editable!.id)}/show`);
    await page.getByTestId('result-header').waitFor();
    await page.getByTestId('sync-state').waitFor();
    const remarks = page.locator('textarea[name=remarks]');
    await remarks.click();
    // The first character makes the draft (未同步): a second render for the sync state, as it should.
    await remarks.pressSequentially('现');
    await expect.poll(() => page.getByTestId('sync-state').getAttribute('data-state')).toBe('unsynced');
    await page.waitForTimeout(500); // the queries of the page settled: nothing but the keystroke renders

    const before = await counts();
    await remarks.pressSequentially('场');
    await expect.poll(() => remarks.inputValue()).toMatch(/现场$/);
    await page.waitForTimeout(500);
    const after = await counts();
    const commits = after.commits - before.commits;
    const renders = after.renders - before.renders;
    // One commit for the keystroke (and at most one of the text field's own layout effect), not one more for the draft.
    const figures = `${commits} commits, ${renders} components rendered`;
    expect(commits, figures).toBeLessThanOrEqual(2);
    // ~300 now; ~3,100 with the sections rendered along; ~600 with a commit too many for the draft.
    expect(renders, figures).toBeLessThan(450);
  });
});
