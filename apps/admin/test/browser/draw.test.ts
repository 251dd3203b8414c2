// The draw page's witness step (rule 17) as the witness uses it, in headless Chromium against the real API on a
// demo database (the writers' shared server, harness.ts): the administrator opens the demo's announced task RW-2026-0010, the witness's fields
// are the step's full width, the witness types a mixed Chinese/ASCII entropy key by key (Chinese characters reach
// an input as committed IME text), reads it back verbatim with its character count in a confirm dialog, and only
// then is the draw made; the receipt holds exactly those bytes. Once an entropy typed into a field 28 px wide
// (its content box 0 px) was recorded as " 3-6-1-4-2-5 2026-12-05子骰": Chromium put each committed character at
// the start of a zero-width input. Screenshots at 1440 px and 390 px go to apps/admin/screenshots/draw-*.png.
//
// Run from the repository root: npm run build -w @ssj/admin && npx vitest run --project browser apps/admin/test/browser/draw.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type ApiServer, sharedApiServer, walkBrowser, type WalkBrowser, shoot } from './harness.ts';

/** What the witness types: Chinese, ASCII, spaces and a full-width character, as a real witness might. */
const ENTROPY = '骰子 3-6-1-4-2-5 2026-12-05 见证：王五，第２轮';
const WITNESS = '王五（区人大代表）';

type Receipt = { seedInputs?: { witnessEntropy?: string } };
type Draw = { witnessName: string | null; witnessEntropy: string | null; receipt: Receipt };

describe('draw page: the witness’s entropy is recorded exactly as typed', () => {
  let api: ApiServer | undefined;
  let base: string;
  let browser: WalkBrowser;
  let page: Page;
  let token = '';
  let taskId = '';
  const pageErrors: string[] = [];

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

  /** The whole page from its top (scrolled, a full-page shot draws the app bar where the viewport was). */
  const shot = async (name: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, `draw-${name}.png`, { fullPage: true, settle: true });
  };

  beforeAll(async () => {
    api = await sharedApiServer('writers');
    base = api.base;
    const password = api.demoPassword('admin', 'Admin@2026');
    token = (
      await gql<{ login: { token: string } }>('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: 'admin', p: password })
    ).login.token;
    const tasks = await gql<{ allTasks: { id: string; code: string; status: string }[] }>('{ allTasks(filter: { status: READY }) { id code status } }');
    taskId = tasks.allTasks.find((t) => t.code === 'RW-2026-0010')?.id ?? '';

    browser = await walkBrowser();
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 }, timezoneId: 'Asia/Shanghai' });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${base}/`);
    await page.fill('input[name=username]', 'admin');
    await page.fill('input[name=password]', password);
    await page.click('button[type=submit]');
    await page.getByTestId('unit-badge').waitFor();
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await api?.stop();
  });

  it('opens the announced demo task’s draw page and confirms the directories', async () => {
    expect(taskId, 'the demo has RW-2026-0010 announced and waiting for its draw').not.toBe('');
    await page.goto(`${base}/#/Task/${taskId}/draw`);
    await page.getByTestId('step-draw').waitFor();
    if ((await page.getByTestId('directories-fresh').getAttribute('data-fresh')) !== 'true') {
      await page.getByTestId('confirm-directories').click();
      await page.getByTestId('confirm-directories-ok').click();
    }
    await expect.poll(() => page.getByTestId('directories-fresh').getAttribute('data-fresh')).toBe('true');
    await page.getByTestId('candidate-count').waitFor();
  });

  it('gives the witness’s fields the step’s full width, in large type', async () => {
    const step = (await page.getByTestId('step-draw').boundingBox())!;
    for (const name of ['witnessName', 'witnessEntropy']) {
      const box = (await page.locator(`input[name=${name}]`).boundingBox())!;
      expect(box.width, `${name} is ${box.width} px wide in a step of ${step.width} px`).toBeGreaterThan(step.width * 0.8);
    }
    const fontSize = await page.locator('input[name=witnessEntropy]').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(24);
  });

  it('keeps every character the witness types, in order, and shows it back verbatim before the draw', async () => {
    await page.locator('input[name=witnessName]').pressSequentially(WITNESS, { delay: 20 });
    const field = page.locator('input[name=witnessEntropy]');
    await field.click();
    // Key by key, as a person types: ASCII as key presses, Chinese as the IME's committed text.
    await page.keyboard.type(ENTROPY, { delay: 20 });
    expect(await field.inputValue()).toBe(ENTROPY);
    expect(await page.getByTestId('entropy-echo-value').textContent()).toBe(ENTROPY);
    await expect.poll(() => page.getByTestId('step-draw').textContent()).toContain(`现为 ${Array.from(ENTROPY).length} 个字符`);
    await shot('1440-typed');
    // The same step on a phone: the fields still the step's width, the text as typed.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('step-draw').scrollIntoViewIfNeeded();
    const step390 = (await page.getByTestId('step-draw').boundingBox())!;
    expect((await field.boundingBox())!.width).toBeGreaterThan(step390.width * 0.8);
    await shot('390-typed');
    await shoot(page.getByTestId('step-draw'), 'draw-390-typed-step.png');
    await page.setViewportSize({ width: 1440, height: 900 });

    await page.getByTestId('do-draw').click();
    const dialog = page.getByTestId('witness-confirm');
    await dialog.getByTestId('witness-confirm-entropy').waitFor();
    await shoot(page, 'draw-1440-confirm.png', { settle: true }); // settled: the dialog's fade-in
    expect(await dialog.getByTestId('witness-confirm-entropy').textContent()).toBe(ENTROPY);
    expect(await dialog.getByTestId('witness-confirm-name').textContent()).toBe(WITNESS);
    expect(await dialog.getByTestId('witness-confirm-count').textContent()).toBe(`共 ${Array.from(ENTROPY).length} 个字符`);

    // Going back changes nothing: no draw yet, the field still holds the text.
    await dialog.getByTestId('witness-confirm-back').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await field.inputValue()).toBe(ENTROPY);
    const before = await gql<{ Task: { status: string; draws: unknown[] } }>('query($id: ID!) { Task(id: $id) { status draws { id } } }', { id: taskId });
    expect(before.Task).toMatchObject({ status: 'READY', draws: [] });

    await page.getByTestId('do-draw').click();
    await page.getByTestId('do-draw-ok').click();
    await page.getByTestId('draw-result').waitFor();
    await expect.poll(() => page.getByTestId('recorded-witness').textContent()).toContain(`“${ENTROPY}”`);
  });

  it('records the entropy byte for byte: the draw and its receipt', async () => {
    const { Task } = await gql<{ Task: { status: string; draws: Draw[] } }>(
      'query($id: ID!) { Task(id: $id) { status draws { witnessName witnessEntropy receipt } } }',
      { id: taskId },
    );
    expect(Task.status).toBe('DRAWN');
    const [draw] = Task.draws;
    expect(draw?.witnessName).toBe(WITNESS);
    expect(Buffer.from(draw?.witnessEntropy ?? '', 'utf8').toString('hex')).toBe(Buffer.from(ENTROPY, 'utf8').toString('hex'));
    expect(Buffer.from(draw?.receipt.seedInputs?.witnessEntropy ?? '', 'utf8').toString('hex')).toBe(Buffer.from(ENTROPY, 'utf8').toString('hex'));
    await shot('1440-drawn');
  });

  it('reads at 390 px: the recorded value and the result fit the phone’s width', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByTestId('recorded-witness').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
    await shot('390-drawn');
    await shoot(page.getByTestId('step-draw'), 'draw-390-drawn-step.png');
  });

  it('logged no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
