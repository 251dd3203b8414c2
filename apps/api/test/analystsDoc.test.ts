// Every ```graphql block of docs/analysts.md runs without errors on the demo data: queries with an analyst's
// read-only API token, the sign-in and token mutations with the analyst's sign-in session. The placeholders the
// doc asks readers to replace (<UNIT_ID>, <DRAW_ID>, <TASK_ID>) are filled with real ids.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers.ts';

const DOC = path.resolve(import.meta.dirname, '../../../docs/analysts.md');

/** The graphql blocks with their section heading. */
function blocks(markdown: string): { heading: string; text: string }[] {
  const out: { heading: string; text: string }[] = [];
  let heading = '';
  const re = /^(#{2,3}) (.*)$|^```graphql\n([\s\S]*?)^```$/gm;
  for (const m of markdown.matchAll(re)) {
    if (m[1]) {
      heading = m[2]!;
    } else out.push({ heading, text: m[3]! });
  }
  return out;
}

let t: TestApp;
let session: string;
let token: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  session = await t.login('analyst');
  const created = await t.gql<{ createApiToken: { token: string } }>('mutation { createApiToken(name: "文档测试", days: 1) { token } }', {}, session);
  token = created.data!.createApiToken.token;
  const draw = await t.prisma.draw.findFirst({
    where: { status: 'LOCKED', task: { isPublic: true } },
    orderBy: { lockedAt: 'desc' },
    select: { id: true, taskId: true, task: { select: { executingUnitId: true } } },
  });
  expect(draw, 'the demo has a locked draw').toBeTruthy();
  ids.DRAW_ID = draw!.id;
  ids.TASK_ID = draw!.taskId;
  ids.UNIT_ID = draw!.task.executingUnitId;
});
afterAll(() => t.close());

describe('docs/analysts.md', () => {
  const all = blocks(fs.readFileSync(DOC, 'utf8'));

  it('has the examples the brief lists, the assessment figures among them', () => {
    const text = all.map((b) => b.text).join('\n');
    for (const q of [
      'createApiToken',
      '_allTargetsMeta',
      'page: 0',
      'drawReceipt',
      'verifyDraw',
      'deadline {',
      'allFollowUps',
      'assessment(',
      'assessmentPrevious(',
      'assessmentTrend(',
      'figure: {',
    ])
      expect(text).toContain(q);
    expect(all.length).toBeGreaterThanOrEqual(10);
  });

  it.each(all.map((b, i) => [`${i + 1}. ${b.heading}`, b.text] as const))('block %s runs without errors', async (_name, text) => {
    const filled = text.replace(/<([A-Z_]+)>/g, (whole, key: string) => ids[key] ?? whole);
    expect(filled).not.toMatch(/<[A-Z_]+>/);
    const isMutation = /^mutation\b/m.test(filled);
    const r = await t.gql(filled, {}, isMutation ? session : token);
    expect(r.errors).toBeUndefined();
    expect(r.data).toBeTruthy();
    // Queries answer with something on the demo data (not an empty page everywhere).
    if (!isMutation) expect(JSON.stringify(r.data)).toMatch(/"id"|"count":[1-9]|"ok":true|"code"|"title"|"share":0\.\d|"onTime":[1-9]|"key":"[A-Z_]+"/);
  });
});
