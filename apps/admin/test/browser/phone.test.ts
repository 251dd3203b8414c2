// A phone in the field (issue 15), in Chromium's mobile emulation (390×844, touch, device scale 2) against the real
// API: the KGK principal's to-do list, the task's dispatched targets and the result entry page fit 390 px — no
// sideways scrolling, nothing pushed off screen, the key fields and the deadline in view — as cards; a photo taken
// through the camera input (`capture`) is resized in the browser (longest edge 2048 px) and uploaded as evidence,
// and a wrong type is still refused; every resource list keeps the page within the screen (a wide table scrolls
// inside its own box). The same pages at 1280 px keep their tables. Every other page issue 15 touched — the result
// page's on-site procedure and documents menu, the target's dossier page, the draw page's candidate list, the audit
// trail and one event, a draft task's page and form, the user menu's API tokens, the user form's inspector link and
// a server refusal in English — keeps the document within 390 px (scrollWidth <= innerWidth).
// Screenshots: apps/admin/screenshots/p*.png.
//
// Run from the repository root: npm run build -w @ssj/admin && npx vitest run --project browser test/browser/phone.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { EVIDENCE_CONTENT } from '../../src/dataProvider/resultDocuments.ts';
import { RESOURCES } from '../../src/resources/registry.ts';
import { type ApiServer, resultsTask, settle, sharedApiServer, signInDirectly, type WalkBrowser, walkBrowser, shoot } from './harness.ts';

// Device scale 2 (as the offline walk): the screenshots stay sharp for a reader, and Chromium paints and encodes
// 4/9 of the pixels of scale 3 (a full-page shot ~0.24 s of its CPU instead of ~0.38 s).
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;

/**
 * How the page fits the screen: the document's width, and the visible elements that reach past the right edge of
 * the viewport (cut off by a card or off screen) — except inside a box that scrolls sideways by itself.
 */
const fit = (page: Page, within = 'body') =>
  page.evaluate((selector) => {
    const vw = document.documentElement.clientWidth;
    const scrolls = (e: Element | null): boolean => {
      for (let p = e?.parentElement; p; p = p.parentElement) {
        const x = getComputedStyle(p).overflowX;
        if ((x === 'auto' || x === 'scroll') && p !== document.documentElement && p !== document.body) return true;
      }
      return false;
    };
    const root = document.querySelector(selector) ?? document.body;
    const off = [...root.querySelectorAll('*')]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.right > vw + 1 && getComputedStyle(e).visibility !== 'hidden' && !scrolls(e);
      })
      .map((e) => `${e.tagName.toLowerCase()}.${String(e.className).split(' ').slice(0, 2).join('.')} (${Math.round(e.getBoundingClientRect().right)})`);
    return { scrollWidth: document.documentElement.scrollWidth, viewport: vw, off: off.slice(0, 5) };
  }, within);

/** The element is shown within the viewport's width (left and right edges on screen). */
const inView = async (page: Page, selector: string) => {
  const box = await page.locator(selector).first().boundingBox();
  return !!box && box.x >= 0 && box.x + box.width <= 390 + 1 && box.width > 0;
};

/** Width and height of a JPEG from its first frame header (SOF0–SOF2). */
const jpegSize = (bytes: Buffer) => {
  for (let i = 2; i < bytes.length - 9; ) {
    if (bytes[i] !== 0xff) return null;
    const marker = bytes[i + 1]!;
    const length = bytes.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xc2) return { height: bytes.readUInt16BE(i + 5), width: bytes.readUInt16BE(i + 7) };
    i += 2 + length;
  }
  return null;
};

describe('a phone in the field: to-do list, task targets, result entry at 390 px; camera photos resized', () => {
  let api: ApiServer | undefined;
  let base: string;
  let browser: WalkBrowser;
  let phone: BrowserContext;
  let page: Page;
  let taskId = '';
  let taskCode = '';
  let resultUrl = '';
  const consoleErrors: string[] = [];

  const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 200 });
  const shot = async (p: Page, name: string) => {
    await shoot(p, `${name}.png`, { fullPage: true, settle: true });
  };

  beforeAll(async () => {
    // The results walks' server, on 2026-12-04: this walk's own completed KGK task with three results due in December
    // (one overdue on this day).
    api = await sharedApiServer('results');
    ({ taskId, code: taskCode } = resultsTask(api, 'phone'));
    base = api.base;
    browser = await walkBrowser();
    phone = await browser.newContext({ ...PHONE, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    page = await phone.newPage();
    page.setDefaultTimeout(20_000);
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await api?.stop();
  });

  it('shows 我的待办 as cards that fit the screen, with the deadline in view', async () => {
    await signInDirectly(page, base, 'kuangguan', 'Staff@2026');
    const list = page.getByTestId('todo-list');
    await list.waitFor();
    expect(await list.getAttribute('data-layout')).toBe('cards');
    const todo = page.getByTestId('todo-item').filter({ hasText: taskCode }).first();
    await todo.waitFor();
    expect(await todo.getAttribute('data-kind')).toBe('RESULTS_TO_ENTER');
    expect(await todo.getAttribute('data-overdue')).toBe('1');
    await poll(() => todo.getByTestId('countdown').textContent()).toMatch(/逾期 \d+ 个工作日/);
    // The earliest due result of the group: 2026-11-24, with its unit and count on the card.
    expect(await todo.getByTestId('todo-meta').textContent()).toMatch(/矿产资源管理科 · 3 件 · 截止 2026-11-24/);
    expect(await inView(page, '[data-testid=todo-item] [data-testid=countdown]')).toBe(true);
    // A large touch target: the whole card is the link.
    expect((await todo.getByTestId('todo-link').boundingBox())!.height).toBeGreaterThanOrEqual(48);
    const f = await fit(page, '[data-testid=todo-card]');
    expect(f.off).toEqual([]);
    expect(f.scrollWidth).toBeLessThanOrEqual(f.viewport);
    await shot(page, 'p01-todo-390-zh');
  });

  it("shows the task's targets as cards, each with its result's deadline and a button to enter it", async () => {
    await page.goto(`${base}/#/Task/${taskId}/show`);
    const cards = page.getByTestId('task-target-card');
    await poll(() => cards.count()).toBe(3);
    await poll(() => page.getByTestId('task-target-result').count()).toBe(3);
    const first = cards.first();
    await poll(() => first.textContent()).toMatch(/91\d{7}/);
    await first.getByTestId('countdown').waitFor();
    expect(await first.textContent()).toMatch(/截止 2026-1[12]-\d\d/);
    expect(await first.textContent()).toContain('待检查');
    const f = await fit(page, '[data-testid=task-targets]');
    expect(f.off).toEqual([]);
    const whole = await fit(page);
    expect(whole.scrollWidth).toBeLessThanOrEqual(whole.viewport);
    await page.getByTestId('task-targets').scrollIntoViewIfNeeded();
    await shot(page, 'p02-task-targets-390-zh');
    // The second target's result.
    await cards.nth(1).getByTestId('task-target-result').click();
    await page.waitForURL(/#\/Result\/[^/]+\/show$/);
    resultUrl = page.url();
  });

  it('enters the result on a phone: every field on screen, nothing to scroll sideways', async () => {
    await page.getByTestId('check-points').waitFor();
    await page.getByTestId('result-countdown').waitFor();
    expect(await inView(page, '[data-testid=result-countdown]')).toBe(true);
    expect(await page.getByTestId('result-header-due-on').textContent()).toMatch(/^截止 2026-12-\d\d$/);
    for (const selector of [
      '[data-testid=form-picker]',
      'input[name=inspectedOn]',
      '[data-testid=compliant-no]',
      '[name=outcome]',
      'textarea[name=remarks]',
      '[data-testid=result-save]',
      '[data-testid=result-submit]',
    ]) {
      await page.locator(selector).first().scrollIntoViewIfNeeded();
      expect(await inView(page, selector), selector).toBe(true);
    }
    // The 符合/不符合 toggles and the commands are large enough for a thumb.
    expect((await page.getByTestId('compliant-yes').first().boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect((await page.getByTestId('result-submit').boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await page.getByRole('combobox', { name: '检查方式' }).click();
    await page.getByRole('option', { name: '实地核查', exact: true }).click();
    await page.fill('input[name=inspectedOn]', '2026-11-18');
    await page.getByTestId('finding-LZZR-03').getByTestId('compliant-yes').click();
    await page.getByTestId('finding-LZZR-04').getByTestId('compliant-yes').click();
    await page.getByRole('combobox', { name: '检查结果' }).click();
    await page.getByRole('option', { name: '未发现问题', exact: true }).click();
    await page.getByTestId('result-save').click();
    await page.getByText('检查结果已保存').waitFor();
    const f = await fit(page, '[data-testid=result-page]');
    expect(f.off).toEqual([]);
    expect(f.scrollWidth).toBeLessThanOrEqual(f.viewport);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'p03-result-entry-390-zh');
  });

  it('takes a photo through the camera input: resized in the browser, then uploaded', async () => {
    const camera = page.getByTestId('evidence-camera');
    expect(await camera.getAttribute('accept')).toBe('image/*');
    expect(await camera.getAttribute('capture')).toBe('environment');
    expect(await page.getByTestId('evidence-video').getAttribute('accept')).toBe('video/*');
    expect(await page.getByTestId('evidence-video').getAttribute('capture')).toBe('environment');
    await page.getByTestId('evidence-take-photo').waitFor();
    // The same type check as any file: a program is refused in the browser.
    await camera.setInputFiles({ name: 'setup.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') });
    await poll(() => page.getByTestId('evidence-error').textContent()).toContain('不允许上传');
    // A 4000×3000 JPEG full of detail, as a phone's camera gives (several MB), drawn by the page's own canvas: fine
    // grain (±24 around grey) keeps it over 4 MB at quality 0.95 (~6 MB), while at 2048 px and the admin's quality the
    // grain mostly averages out (~0.5 MB), so browser-image-compression is done in one pass. Full-range noise was 12 MB
    // (twice over Playwright's pipe as base64) and 1.6 MB after that pass: over the 1 MB aim, several more passes.
    const photo = Buffer.from(
      await page.evaluate(async () => {
        const canvas = document.createElement('canvas');
        canvas.width = 4000;
        canvas.height = 3000;
        const ctx = canvas.getContext('2d')!;
        const image = ctx.createImageData(4000, 3000);
        let seed = 7;
        for (let i = 0; i < image.data.length; i += 4) {
          seed = (seed * 1103515245 + 12345) & 0x7fffffff;
          image.data[i] = 104 + ((seed & 255) % 48);
          image.data[i + 1] = 104 + (((seed >> 8) & 255) % 48);
          image.data[i + 2] = 104 + (((seed >> 16) & 255) % 48);
          image.data[i + 3] = 255;
        }
        ctx.putImageData(image, 0, 0);
        const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg', 0.95));
        const bytes = new Uint8Array(await blob.arrayBuffer());
        let binary = '';
        for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return btoa(binary);
      }),
      'base64',
    );
    expect(photo.length).toBeGreaterThan(4 * 1024 * 1024);
    expect(jpegSize(photo)).toEqual({ width: 4000, height: 3000 });
    // (the megabytes go to the page over Playwright's pipe: at load 40 that took over the default 20 s)
    await camera.setInputFiles({ name: 'IMG_20261118_101500.jpg', mimeType: 'image/jpeg', buffer: photo }, { timeout: 60_000 });
    const card = page.getByTestId('evidence-card').filter({ hasText: 'IMG_20261118_101500.jpg' });
    await card.waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('evidence-error').count()).toBe(0);
    // What the server archived: the photo at 2048 px on its longest edge, a fraction of the original's bytes.
    const session = JSON.parse((await page.evaluate(() => localStorage.getItem('ssj.session')))!) as { token: string };
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
      body: JSON.stringify({ query: EVIDENCE_CONTENT, variables: { resultId: decodeURIComponent(resultUrl.match(/Result\/([^/]+)\/show/)![1]!) } }),
    });
    const { data } = (await res.json()) as { data: { Result: { evidence: { filename: string; mimeType: string; contentBase64: string }[] } } };
    const stored = data.Result.evidence.find((e) => e.filename === 'IMG_20261118_101500.jpg')!;
    expect(stored.mimeType).toBe('image/jpeg');
    const bytes = Buffer.from(stored.contentBase64, 'base64');
    // (at most 2048 px: browser-image-compression goes below it while the picture is still over its 1 MB aim)
    const size = jpegSize(bytes)!;
    expect(Math.max(size.width, size.height)).toBeLessThanOrEqual(2048);
    expect(size.width / size.height).toBeCloseTo(4 / 3, 2);
    expect(bytes.length).toBeLessThan(photo.length / 2);
    const f = await fit(page, '[data-testid=evidence-section]');
    expect(f.off).toEqual([]);
    await page.getByTestId('evidence-section').scrollIntoViewIfNeeded();
    await shot(page, 'p04-evidence-390-zh');
  });

  it('lists the results as cards; every resource list keeps the page within 390 px', async () => {
    await page.goto(`${base}/#/Result?filter=${encodeURIComponent(JSON.stringify({ taskId }))}`);
    await poll(() => page.getByTestId('result-card').count()).toBe(3);
    const f = await fit(page, '[data-testid=result-list]');
    expect(f.off).toEqual([]);
    await shot(page, 'p05-result-list-390-zh');
    // As the lead unit's administrator, who sees every list: the page never scrolls sideways.
    await signInDirectly(page, base, 'admin', 'Admin@2026');
    const wide: string[] = [];
    // (the resources without a menu entry are pages of another's: plan items, task classes, draws)
    for (const { name } of RESOURCES.filter((r) => r.menu !== null)) {
      await page.goto(`${base}/#/${name}`);
      // A list with no records and no filter set shows react-admin's empty page (RaList-noResults) instead of the list
      // (the demo has no mapping profiles, for one).
      await page.locator('.RaList-main:visible, .RaList-noResults:visible').first().waitFor();
      // Loaded: no placeholder left and the app bar's loading indicator at rest (an empty list shows neither table nor cards; the plan list's bars are progress figures).
      await page.waitForFunction(() => !document.querySelector('.RaList-main .MuiSkeleton-root, .RaLoadingIndicator-loadedLoading'));
      await settle(page);
      const { scrollWidth, viewport } = await fit(page);
      if (scrollWidth > viewport) wide.push(`${name}: ${scrollWidth}`);
    }
    expect(wide).toEqual([]);
    await page.goto(`${base}/#/Target`);
    await page.locator('.RaDatagrid-table').first().waitFor();
    await shot(page, 'p06-target-list-390-zh');
  });

  it('keeps the tables at 1280 px', async () => {
    const desk = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })).newPage();
    desk.setDefaultTimeout(20_000);
    await signInDirectly(desk, base, 'kuangguan', 'Staff@2026');
    await desk.getByTestId('todo-item').first().waitFor();
    expect(await desk.getByTestId('todo-list').evaluate((e) => e.tagName)).toBe('TABLE');
    await shot(desk, 'p11-todo-1280-zh');
    await desk.goto(`${base}/#/Task/${taskId}/show`);
    await desk.locator('[data-testid=task-targets] tbody tr').first().waitFor();
    await shot(desk, 'p12-task-targets-1280-zh');
    await desk.goto(resultUrl);
    await desk.getByTestId('check-points').waitFor();
    await desk.getByTestId('evidence-list').locator('tbody tr').first().waitFor();
    // No camera buttons without a touch screen; the file button as before.
    expect(await desk.getByTestId('evidence-take-photo').count()).toBe(0);
    await desk.getByTestId('evidence-upload').waitFor();
    await shot(desk, 'p13-result-entry-1280-zh');
    await desk.goto(`${base}/#/Result?filter=${encodeURIComponent(JSON.stringify({ taskId }))}`);
    await desk.getByTestId('result-list').locator('tbody tr').first().waitFor();
    await shot(desk, 'p14-result-list-1280-zh');
    expect(consoleErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });

  it("keeps every other page of issue 15 within 390 px: on-site record, documents, dossier, draw, audit, draft task, user's inspector, English refusal", async () => {
    // Signed in as the lead unit's administrator (the lists walk above), on the phone.
    const token = (JSON.parse((await page.evaluate(() => localStorage.getItem('ssj.session')))!) as { token: string }).token;
    const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data: T; errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    const within390 = async (name: string) => {
      await settle(page);
      const width = await page.evaluate(() => ({ scroll: document.scrollingElement!.scrollWidth, inner: window.innerWidth }));
      expect(width.scroll, `${name}: ${width.scroll} > ${width.inner}`).toBeLessThanOrEqual(width.inner);
    };
    const resultId = decodeURIComponent(resultUrl.match(/Result\/([^/]+)\/show/)![1]!);
    const { Result: result } = await gql<{ Result: { target: { id: string } } }>('query($id: ID!) { Result(id: $id) { target { id } } }', { id: resultId });
    const tasks = async (status: string) =>
      (await gql<{ allTasks: { id: string }[] }>('query($s: TaskStatus) { allTasks(perPage: 1, filter: { status: $s }) { id } }', { s: status })).allTasks[0]!
        .id;
    const [draftTaskId, readyTaskId] = [await tasks('DRAFT'), await tasks('READY')];
    const { allAuditEvents } = await gql<{ allAuditEvents: { id: string }[] }>('{ allAuditEvents(perPage: 1) { id } }');

    // The result page with its pre-check, on-site record, team confirmation and evidence: the administrator has no
    // inspector, and the page says so (rule 19) instead of offering to confirm.
    await page.goto(resultUrl);
    await page.getByTestId('on-site-section').waitFor();
    await page.getByTestId('team-confirmation').waitFor();
    await page.getByTestId('not-linked').waitFor();
    expect(await page.getByTestId('not-linked').textContent()).toContain('尚未关联执法检查人员');
    expect(await page.getByTestId('confirm-result').count()).toBe(0);
    await within390('result page');
    await page.getByTestId('document-menu').click();
    await page.getByRole('menuitem').first().waitFor();
    for (const item of await page.getByRole('menuitem').all()) expect(await inView(page, `[role=menuitem] >> text=${await item.textContent()}`)).toBe(true);
    await within390('documents menu');
    await shot(page, 'p07-result-documents-390-zh');
    await page.keyboard.press('Escape');

    // 一对象一档案: the target's history.
    await page.goto(`${base}/#/Target/${result.target.id}/show`);
    await page.getByTestId('history-task').first().waitFor();
    await within390('target history');

    // The draw page's frozen candidate list, with its pager's arrows on screen.
    await page.goto(`${base}/#/Task/${readyTaskId}/draw`);
    await page.getByTestId('candidate-row').first().waitFor();
    await within390('draw page');
    await page.getByTestId('candidate-list').scrollIntoViewIfNeeded();
    for (const button of await page.getByTestId('candidate-list').locator('.MuiTablePagination-actions button').all()) {
      const box = (await button.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    await shot(page, 'p08-draw-candidates-390-zh');

    // The audit trail and one event, named.
    await page.goto(`${base}/#/AuditEvent`);
    await page.locator('.RaList-main').first().waitFor();
    await page.waitForFunction(() => !document.querySelector('.RaList-main .MuiSkeleton-root'));
    await within390('audit list');
    await page.goto(`${base}/#/AuditEvent/${allAuditEvents[0]!.id}/show`);
    await page.locator('.RaShow-main').waitFor();
    await within390('audit event');

    // A draft task: its page (with 取消任务) and its form.
    await page.goto(`${base}/#/Task/${draftTaskId}/show`);
    await page.locator('.RaShow-main').waitFor();
    await within390('draft task');
    await page.goto(`${base}/#/Task/${draftTaskId}`);
    await page.locator('form').first().waitFor();
    await within390('draft task form');

    // The user menu's API tokens.
    await page.goto(`${base}/#/`);
    await page.getByRole('button', { name: '个人设置' }).click();
    await page.getByTestId('user-menu-api-tokens').click();
    await page.waitForURL(/#\/api-tokens$/);
    await within390('API tokens');

    // A user's inspector (rule 19): searchable by certificate number, shown as name · number · unit. In English, the
    // server's refusal of an inspector linked to another account reads in English.
    const { allUsers } = await gql<{ allUsers: { id: string; username: string; inspectorId: string | null }[] }>(
      '{ allUsers(perPage: 200) { id username inspectorId } }',
    );
    const free = allUsers.find((u) => u.username === 'gengbao')!;
    const taken = allUsers.find((u) => u.username === 'kuangguan')!.inspectorId!;
    const { Inspector: inspector } = await gql<{ Inspector: { name: string; certificateNumber: string } }>(
      'query($id: ID!) { Inspector(id: $id) { name certificateNumber } }',
      { id: taken },
    );
    await page.evaluate(() => localStorage.setItem('RaStore.locale', JSON.stringify('en')));
    await page.goto(`${base}/#/User/${free.id}`);
    await page.reload();
    await page.locator('input[name=inspectorId]').waitFor();
    await page.locator('input[name=inspectorId]').fill(inspector.certificateNumber);
    const option = page.getByRole('option', { name: new RegExp(`${inspector.name} · ${inspector.certificateNumber} · `) });
    await option.click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('This inspector is already linked to another account').first().waitFor();
    await within390('user form, English refusal');
    await shot(page, 'p09-user-inspector-refusal-390-en');
    await page.goto(`${base}/#/User`);
    await page.locator('.RaList-main').first().waitFor();
    await within390('user list');
    await page.goto(`${base}/#/User/${allUsers.find((u) => u.username === 'kuangguan')!.id}/show`);
    await page.getByText(inspector.certificateNumber).first().waitFor();
    await within390('user page');
    await page.evaluate(() => localStorage.setItem('RaStore.locale', JSON.stringify('zh')));
  });
});
