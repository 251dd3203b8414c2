// Walks execution and results, after publication and follow-up (rules 18–24) in headless Chromium against the
// real API: the KGK principal opens a result from 我的待办, fills its form (findings per check item, a violation
// outcome with its follow-up), uploads evidence (a wrong type is refused in the browser first) and submits; the
// lead unit's administrator returns it with a reason (four eyes); it is fixed and submitted again, approved and
// published; an objection is recorded and decided, a correction (outcome, remarks and one item's finding, prefilled
// from the published findings) proposed and signed by the principal beside the unchanged original; the violation's
// follow-up is accepted and closed; the lead unit creates and edits a check form, which unit staff only read.
// Screenshots: apps/admin/screenshots/r*.png.
//
// Run from the repository root: npm run build -w @ssj/admin && npx vitest run --project browser test/browser/results.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type ApiServer, resultsTask, sharedApiServer, walkBrowser, type WalkBrowser, signInDirectly, graphql, shoot } from './harness.ts';

describe('results: entry, review, publication, correction, objection, follow-up', () => {
  let api: ApiServer | undefined;
  let base: string;
  let browser: WalkBrowser;
  let page: Page;
  let resultUrl = '';
  let taskId = '';
  let taskCode = '';
  const consoleErrors: string[] = [];

  /** Waits for a value (vitest's expect.poll gives up after 1 s; lazy pages and refetches take longer). */
  const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 200 });
  /** Dialogs are shot in the viewport (a full-page shot stretches the backdrop oddly), pages in full. */
  const shot = async (name: string, fullPage = !name.includes('dialog')) => {
    await shoot(page, `${name}.png`, { fullPage, settle: true });
  };
  /** Signed in without the form (harness.ts, signInDirectly): this walk is not about signing in. */
  const signIn = (username: string, password: string) => signInDirectly(page, base, username, password);
  const status = () => page.getByTestId('result-header').locator('.MuiChip-label').first().textContent();
  const choose = async (label: string, option: string) => {
    await page.getByRole('combobox', { name: label }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };
  const openResult = async () => {
    await page.goto(resultUrl);
    await page.getByTestId('result-header').waitFor();
  };
  /**
   * Rule 19 (G26.3): the entry is saved, kuangguan confirms it on the page, and kuangguan2 — the team's other
   * inspector — confirms it on his own device (the API), before it can be submitted.
   */
  const confirmByTeam = async () => {
    await page.getByTestId('result-save').click();
    await poll(() => page.getByTestId('confirm-result').isEnabled()).toBe(true);
    await page.getByTestId('confirm-result').click();
    await poll(() => page.getByTestId('team-confirmation').textContent()).toContain('已签字确认');
    const gql = (query: string, variables: Record<string, unknown>, token?: string) => graphql(base, query, variables, token);
    const login = await gql('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: 'kuangguan2', p: 'Staff@2026' });
    const id = decodeURIComponent(resultUrl.split('/Result/')[1]!.split('/')[0]!);
    const confirmed = await gql('mutation($id: ID!) { confirmResult(id: $id) { id } }', { id }, login.data?.login.token);
    expect(confirmed.errors).toBeUndefined();
    await page.reload();
    await page.getByTestId('result-header').waitFor();
    // The page kept from before the reload (the offline query cache) refreshes from the server: submit only once it
    // shows both confirmations and the entry in step with the server, as a user would see it.
    await poll(() => page.getByTestId('team-confirmation').textContent()).toContain('可以提交审核');
    await poll(() => page.getByTestId('sync-state').getAttribute('data-state')).toBe('synced');
  };
  /** The text under a react-admin input (its validation or the server's refusal of that field). */
  const helperOf = (source: string) => page.locator(`[class~="ra-input-${source}"] .MuiFormHelperText-root`);

  beforeAll(async () => {
    // The results walks' server, on 2026-12-04: this walk's own task was completed on 2026-11-20, its results due in December.
    api = await sharedApiServer('results');
    ({ taskId, code: taskCode } = resultsTask(api, 'results'));
    base = api.base;
    browser = await walkBrowser();
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 }, timezoneId: 'Asia/Shanghai', acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await api?.stop();
  });

  it('shows the principal 我的待办 on the dashboard, soonest due first, and opens the results to enter', async () => {
    await signIn('kuangguan', 'Staff@2026');
    await page.goto(`${base}/#/`);
    const todo = page
      .getByTestId('todo-item')
      .filter({ has: page.locator('[data-testid=todo-link]', { hasText: taskCode }) })
      .first();
    await todo.waitFor();
    expect(await todo.getAttribute('data-kind')).toBe('RESULTS_TO_ENTER');
    // The earliest due result of the group (2026-11-24) is overdue: the line is red.
    expect(await todo.getAttribute('data-overdue')).toBe('1');
    await poll(() => todo.getByTestId('countdown').textContent()).toMatch(/逾期 \d+ 个工作日/);
    await shot('r01-dashboard-todo-zh');

    await todo.getByTestId('todo-link').click();
    await page.waitForURL(/#\/Result\?/);
    const rows = page.getByTestId('result-list').locator('tbody tr');
    await poll(() => rows.count()).toBe(3);
    await poll(() => page.getByTestId('result-list').textContent()).toContain('剩');
    expect(await rows.first().getByTestId('countdown').getAttribute('data-state')).toBe('OVERDUE');
    await shot('r02-result-list-zh');
    await rows.nth(1).click();
    await page.waitForURL(/#\/Result\/[^/]+\/show$/);
    resultUrl = page.url();
    await page.getByTestId('result-header').waitFor();
    await poll(status).toBe('未录入');
    await poll(() => page.getByTestId('result-countdown').textContent()).toMatch(/剩 \d+ 个工作日/);
    await page.getByTestId('check-points').waitFor();
  });

  it('fills the form: findings per check item, a violation outcome that requires its follow-up', async () => {
    await choose('检查方式', '实地核查');
    await page.fill('input[name=inspectedOn]', '2026-11-18');
    const item3 = page.getByTestId('finding-LZZR-03');
    await item3.getByTestId('compliant-no').click();
    await item3.locator('textarea').first().fill('开采范围超出许可范围约 0.3 公顷');
    const item4 = page.getByTestId('finding-LZZR-04');
    await item4.getByTestId('compliant-yes').click();
    await item4.locator('textarea').first().fill('已按规定公示年度信息');
    await choose('检查结果', '发现问题待后续处理');
    // A violation needs a follow-up action: the field says so until one is chosen.
    await page.getByText('发现问题的须选择后续处置方式').waitFor();
    await choose('后续处置', '移送办案机构');
    await page.fill('textarea[name=remarks]', '已出示执法证件，送达检查通知书；负责人拒绝签字，见证人：村委会主任王某');
    await page.getByTestId('result-save').click();
    await page.getByText('检查结果已保存').waitFor();
    await shot('r03-result-filled-zh');
  });

  it('uploads evidence: a wrong type is refused in the browser, a photo is archived', async () => {
    await page.getByTestId('evidence-input').setInputFiles({ name: 'setup.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') });
    await poll(() => page.getByTestId('evidence-error').textContent()).toContain('不允许上传');
    // A 1×1 PNG.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    await page.getByTestId('evidence-input').setInputFiles({ name: '现场照片-越界区域.png', mimeType: 'image/png', buffer: png });
    await poll(() => page.getByTestId('evidence-list').textContent()).toContain('现场照片-越界区域.png');
    await shot('r04-evidence-zh');
  });

  it('submits for review once the team confirmed; the one who entered it cannot review it', async () => {
    await confirmByTeam();
    await shot('r04b-team-confirmed-zh');
    await page.getByTestId('result-submit').click();
    await poll(status).toBe('待审核');
    expect(await page.getByTestId('result-commands').count()).toBe(0);
    await shot('r05-submitted-zh');
  });

  it('is returned with a reason by the lead unit (another person)', async () => {
    await signIn('admin', 'Admin@2026');
    await openResult();
    await page.getByTestId('result-return').click();
    await page.getByRole('dialog').locator('textarea[name=reason]').fill('LZZR-03 的情况说明请补充越界开采的具体坐标和面积测量方式');
    await shot('r06-return-dialog-zh');
    await page.getByTestId('return-ok').click();
    await poll(status).toBe('退回');
  });

  it('shows the reason to the unit, which fixes and submits again', async () => {
    await signIn('kuangguan', 'Staff@2026');
    await openResult();
    await poll(() => page.getByTestId('return-reason').textContent()).toContain('具体坐标');
    await shot('r07-returned-zh');
    await page.getByTestId('finding-LZZR-03').locator('textarea').first().fill('开采范围超出许可范围，经 RTK 测量越界面积 0.31 公顷（坐标见现场照片）');
    await confirmByTeam();
    await page.getByTestId('result-submit').click();
    await poll(status).toBe('待审核');
  });

  it('is approved and published by the lead unit; the violation is handed over for follow-up', async () => {
    await signIn('admin', 'Admin@2026');
    await openResult();
    // Approving cannot be undone: it asks first, and cancelling changes nothing.
    await page.getByTestId('result-approve').click();
    await page.getByText('确认审核通过？').waitFor();
    await shot('r07b-approve-confirm-zh');
    await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await status()).not.toBe('通过（待公示）');
    await page.getByTestId('result-approve').click();
    await page.locator('.ra-confirm').click();
    await poll(status).toBe('通过（待公示）');
    await page.getByTestId('result-follow-up').waitFor();
    // Publishing is public and final: it asks first, naming how many.
    await page.getByTestId('result-publish').click();
    await page.getByText('确认公示 1 条检查结果？').waitFor();
    await page.locator('.ra-confirm').click();
    await poll(status).toBe('已公示');
    await page.getByTestId('result-read-only').waitFor();
    await poll(() => page.getByTestId('result-countdown').getAttribute('data-state')).toBe('ON_TIME');
    await shot('r08-published-zh');
  });

  it('records an objection and decides it, with both countdowns', async () => {
    await page.getByTestId('raise-objection').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name=raisedBy]').fill('淄博某矿业公司（委托代理人 刘某）');
    await dialog.locator('textarea[name=content]').fill('认为越界面积测量有误，申请复查');
    await shot('r09-objection-dialog-zh');
    await page.getByTestId('objection-ok').click();
    const row = page.getByTestId('review-row').first();
    await row.waitFor();
    await poll(() => row.getByTestId('review-countdown').textContent()).toMatch(/剩 \d+ 个工作日/);
    await row.click();
    await page.waitForURL(/#\/Review\/[^/]+\/show$/);
    await page.getByTestId('review-decide').click();
    await choose('复查结论', '异议成立，予以更正');
    await page.getByRole('dialog').locator('textarea[name=note]').fill('经复核测量，越界面积应为 0.18 公顷，现场已责令退回');
    await shot('r10-decide-dialog-zh');
    await page.getByTestId('decide-ok').click();
    await page.getByTestId('feedback-countdown').waitFor();
    await poll(() => page.getByTestId('review-countdown').getAttribute('data-state')).toBe('ON_TIME');
    await shot('r11-review-decided-zh');
  });

  it('proposes a correction that the principal signs; the original stays beside it', async () => {
    await page.getByTestId('review-open-result').click();
    await page.getByTestId('propose-correction').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('textarea[name=reason]').fill('异议复查成立：越界面积更正为 0.18 公顷，已当场责令改正');
    await choose('检查结果', '发现问题经责令已改正');
    await dialog.locator('textarea[name=remarks]').fill('复查更正：越界面积 0.18 公顷，已责令退回越界区域');
    // The findings are prefilled with the published ones (the same editor as the entry); a changed item is marked.
    const item3 = dialog.getByTestId('finding-LZZR-03');
    await poll(() => item3.locator('textarea').first().inputValue()).toContain('RTK 测量越界面积 0.31 公顷');
    expect(await item3.getAttribute('data-changed')).toBe('false');
    await item3.locator('textarea').first().fill('开采范围超出许可范围，经复核测量越界面积 0.18 公顷，已当场责令退回');
    await poll(() => item3.getAttribute('data-changed')).toBe('true');
    expect(await item3.getByTestId('finding-changed').textContent()).toBe('已修改');
    expect(await dialog.getByTestId('finding-LZZR-04').getAttribute('data-changed')).toBe('false');
    await dialog.getByText('将更正 1 项抽查事项的检查情况').waitFor();
    // The correction cites the objection review that led to it.
    await page.getByRole('combobox', { name: '异议复查' }).click();
    await page.getByRole('option', { name: /刘某/ }).click();
    await shot('r12-propose-dialog-zh');
    await dialog.getByTestId('propose-findings').scrollIntoViewIfNeeded();
    await shot('r12b-propose-findings-dialog-zh');
    await page.getByTestId('propose-ok').click();
    await poll(() => page.getByTestId('correction-row').first().getAttribute('data-status')).toBe('PENDING_SIGNATURE');
    // The lead unit's administrator is not the principal of KGK.
    expect(await page.getByTestId('correction-sign').count()).toBe(0);

    await signIn('kuangguan', 'Staff@2026');
    await page.goto(`${base}/#/`);
    const todo = page.getByTestId('todo-item').and(page.locator('[data-kind=CORRECTION_TO_SIGN]')).first();
    await todo.getByTestId('todo-link').click();
    await page.waitForURL(/#\/Correction\/[^/]+\/show$/);
    // The principal reads the corrected finding with its check item before opening the result to sign.
    const corrected = page.getByTestId('correction-findings');
    await poll(() => corrected.textContent()).toContain('不符合：开采范围超出许可范围，经复核测量越界面积 0.18 公顷，已当场责令退回');
    await poll(() => corrected.textContent()).toContain('采矿权人履行法定义务情况的检查');
    await shot('r13-correction-show-zh');
    await page.getByTestId('correction-open-result').click();
    await page.getByTestId('correction-sign').click();
    await poll(() => page.getByTestId('correction-row').first().getAttribute('data-status')).toBe('SIGNED');
    const corrections = page.getByTestId('corrections');
    await poll(() => corrections.textContent()).toContain('发现问题待后续处理');
    await poll(() => corrections.textContent()).toContain('发现问题经责令已改正');
    await poll(() => corrections.textContent()).toContain('签批');
    // The corrected finding of LZZR-03 beside the published one.
    await poll(() => corrections.textContent()).toContain('各抽查事项的检查情况 · LZZR-03');
    await poll(() => corrections.textContent()).toContain('不符合：开采范围超出许可范围，经复核测量越界面积 0.18 公顷');
    expect(await corrections.textContent()).not.toContain('LZZR-04');
    await shot('r14-correction-signed-zh');
  });

  it('advances the follow-up: only the allowed next steps, accepted then closed', async () => {
    await page.getByTestId('open-follow-up').click();
    await page.waitForURL(/#\/FollowUp\/[^/]+\/show$/);
    await page.getByTestId('follow-up-advance').click();
    expect(await page.getByRole('dialog').getByRole('radio').count()).toBe(1);
    await shot('r15-follow-up-advance-zh');
    await page.getByTestId('advance-ok').click();
    await poll(() => page.getByTestId('follow-up-timeline').textContent()).toContain('已接收');
    await page.getByTestId('follow-up-advance').click();
    expect(await page.getByRole('dialog').getByRole('radio').count()).toBe(4);
    await page.getByTestId('next-CLOSED').click();
    await page.getByRole('dialog').locator('textarea[name=notes]').fill('已责令整改到位，案件移送办案机构后办结');
    await page.getByTestId('advance-ok').click();
    await poll(() => page.getByTestId('follow-up-timeline').textContent()).toContain('已办结');
    expect(await page.getByTestId('follow-up-advance').count()).toBe(0);
    await shot('r16-follow-up-closed-zh');
  });

  it('lists reviews, corrections, follow-ups and forms; the task page links to its results', async () => {
    for (const [res, name] of [
      ['Review', 'r17-review-list-zh'],
      ['Correction', 'r18-correction-list-zh'],
      ['FollowUp', 'r19-follow-up-list-zh'],
      ['Form', 'r20-form-list-zh'],
    ] as const) {
      await page.goto(`${base}/#/${res}`);
      await page.locator('.RaDatagrid-table, .RaList-noResults, .RaEmpty-message').first().waitFor();
      await shot(name);
    }
    await page.goto(`${base}/#/Task/${taskId}/show`);
    await page.getByTestId('open-task-results').click();
    await page.waitForURL(/#\/Result\?/);
    await poll(() => page.getByTestId('result-list').locator('tbody tr').count()).toBe(3);
    await shot('r21-task-results-zh');
  });

  it('lets only the lead unit create and edit a check form (检查表单), with errors under the fields', async () => {
    // Unit staff read the forms only: no create, no edit.
    await page.goto(`${base}/#/Form`);
    await page.locator('.RaDatagrid-table tbody tr').first().waitFor();
    expect(await page.getByRole('link', { name: '新增' }).count()).toBe(0);
    await page.locator('.RaDatagrid-table tbody tr').first().click();
    await page.getByTestId('form-fields').waitFor();
    expect(await page.getByRole('link', { name: '编辑' }).count()).toBe(0);

    await signIn('admin', 'Admin@2026');
    await page.goto(`${base}/#/Form`);
    await page.getByRole('link', { name: '新增' }).click();
    await page.waitForURL(/#\/Form\/create$/);
    const save = page.getByRole('button', { name: '保存' });
    // Without check points and required fields: each says so under itself.
    // (react-admin shows a line's remove button while the line is hovered)
    await page.locator('.RaSimpleFormIterator-line').first().hover();
    await page.locator('.button-remove').first().click();
    await save.click();
    await page.getByText('至少填写一个检查要点').waitFor();
    await poll(() => helperOf('code').textContent()).toBe('必填');
    await poll(() => helperOf('name').textContent()).toBe('必填');
    await shot('r25-form-create-required-zh');

    // A code already taken (the demo's form of LZZR-03): the server's refusal under the code field.
    await page.fill('input[name=code]', 'BD-LZZR-03');
    await page.fill('input[name=name]', '采矿权人土地复垦义务检查表');
    await page.locator('input[name=checkItemId]').click();
    await page.getByRole('option', { name: '采矿权人履行法定义务情况的检查' }).click();
    await page.locator('.button-add').click();
    await page.locator('textarea[name="fields.0.label"]').fill('是否按批准的方案开展土地复垦，复垦费用是否足额预存');
    await page.fill('input[name="fields.0.basis"]', '《土地复垦条例》第十五条');
    await page.locator('.button-add').click();
    await page.fill('input[name="fields.1.key"]', 'slope');
    await page.locator('textarea[name="fields.1.label"]').fill('边坡是否稳定，是否设置安全警示标志');
    await save.click();
    await poll(() => helperOf('code').textContent()).toContain('表单编号已存在');
    await shot('r26-form-create-server-refusal-zh');

    await page.fill('input[name=code]', 'JCB-FK-01');
    await save.click();
    await page.waitForURL(/#\/Form\/[^/]+\/show$/);
    const points = page.getByTestId('form-fields').locator('tbody tr');
    await poll(() => points.count()).toBe(2);
    // An empty key was numbered.
    expect(await points.first().textContent()).toContain('p1');
    expect(await points.nth(1).textContent()).toContain('slope');
    await shot('r27-form-created-zh');

    // Edit: one more check point; the version goes up.
    await page.getByRole('link', { name: '编辑' }).click();
    await poll(() => page.getByTestId('form-version-notice').textContent()).toContain('当前为第 1 版，保存后为第 2 版');
    expect(await page.locator('input[name=code]').isDisabled()).toBe(true);
    await page.locator('.button-add').click();
    await save.click();
    // The new line's check point is required.
    await poll(() => page.locator('.RaSimpleFormIterator-line').nth(2).locator('.ra-input-label .MuiFormHelperText-root').textContent()).toBe('必填');
    await page.locator('textarea[name="fields.2.label"]').fill('是否按规定报送矿山地质环境保护与土地复垦年度报告');
    await shot('r28-form-edit-zh');
    await save.click();
    await page.waitForURL(/#\/Form\/[^/]+\/show$/);
    await poll(() => points.count()).toBe(3);
    await poll(() => page.locator('.RaShow-main').textContent()).toMatch(/版本\s*2/);
    await shot('r29-form-edited-zh');
    await signIn('kuangguan', 'Staff@2026');
  });

  it('reads in English', async () => {
    await page.evaluate(() => localStorage.setItem('RaStore.locale', JSON.stringify('en')));
    await page.goto(resultUrl);
    await page.reload();
    await page.getByTestId('result-header').waitFor();
    await poll(status).toBe('Published');
    await shot('r22-result-published-en');
    await page.goto(`${base}/#/Result?filter=${encodeURIComponent(JSON.stringify({ taskId }))}`);
    await poll(() => page.getByTestId('result-list').textContent()).toMatch(/working days? (left|overdue)/);
    await shot('r23-result-list-en');
    await page.goto(`${base}/#/`);
    await page.getByTestId('todo-card').waitFor();
    await shot('r24-dashboard-en');
    await page.evaluate(() => localStorage.setItem('RaStore.locale', JSON.stringify('zh')));
    expect(consoleErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
