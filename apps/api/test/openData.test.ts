// Open data (issue 16): the public pages' data as CSV and JSON per year with a dictionary and a licence, and an Atom
// feed — never more than the public GraphQL surface shows.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECK_CATEGORY, CHECK_METHOD, DRAW_STATUS, labelOf, TASK_STATUS } from '@ssj/domain';
import { env, publicUrlOf } from '../src/env.ts';
import { createTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const get = (path: string, init?: RequestInit) => t.app.fetch(new Request(`http://test${path}`, init));

describe('open data', () => {
  it('lists every dataset with its dictionary, licence and a URL per year up to this year', async () => {
    const res = await get('/public/data/index.json');
    expect(res.status).toBe(200);
    const index = await res.json();
    expect(index.licence).toContain('注明来源');
    expect(index.datasets.map((d: { id: string }) => d.id)).toEqual(['checklist', 'plans', 'tasks', 'draws', 'results']);
    const results = index.datasets.find((d: { id: string }) => d.id === 'results');
    expect(results.columns).toContainEqual({ key: 'creditCode', zh: '统一社会信用代码', en: 'Unified social credit code' });
    // "Today" is the demo's 2 November 2026: 2026 is the newest year offered.
    expect(results.years[0]).toEqual({ year: 2026, csv: '/public/data/2026/results.csv', json: '/public/data/2026/results.json' });
    t.setToday('2027-01-04');
    const next = await (await get('/public/data/index.json')).json();
    t.setToday('2026-11-02');
    expect(next.datasets[0].years[0].year).toBe(2027);
  });

  it('serves a year of published results as CSV (BOM, Chinese header) and JSON, exactly the published ones', async () => {
    const published = await t.prisma.result.count({
      where: { publishedAt: { not: null }, taskTarget: { task: { isPublic: true, plan: { year: 2026 } } } },
    });
    const json = await (await get('/public/data/2026/results.json')).json();
    expect(json).toMatchObject({ dataset: 'results', year: 2026 });
    expect(json.licence).toContain('注明来源');
    expect(json.rows.length).toBeGreaterThan(0);
    expect(json.rows.length).toBeLessThanOrEqual(published);
    // The same rows as the public GraphQL list.
    const meta = await t.gql('query { _publicResultsMeta(year: 2026) { count } }');
    expect(json.rows.length).toBe(meta.data?._publicResultsMeta.count);
    for (const r of json.rows) expect(Object.keys(r)).toEqual(json.columns.map((c: { key: string }) => c.key));

    const res = await get('/public/data/2026/results.csv');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(new TextDecoder().decode(bytes)) as string[][];
    expect(rows[0]).toContain('统一社会信用代码');
    expect(rows.length - 1).toBe(json.rows.length);
    const credit = rows[0]!.indexOf('统一社会信用代码');
    expect(new Set(rows.slice(1).map((r) => r[credit]))).toEqual(new Set(json.rows.map((r: { creditCode: string }) => r.creditCode)));
  });

  it('leaves withheld tasks out, as the public pages do', async () => {
    const withheld = await t.prisma.task.findFirst({
      where: { isPublic: false, announcedAt: { not: null } },
      select: { code: true, plan: { select: { year: true } } },
    });
    expect(withheld).not.toBeNull();
    const tasks = await (await get(`/public/data/${withheld!.plan.year}/tasks.json`)).json();
    expect(tasks.rows.length).toBeGreaterThan(0);
    expect(tasks.rows.map((r: { code: string }) => r.code)).not.toContain(withheld!.code);
    const draws = await (await get(`/public/data/${withheld!.plan.year}/draws.json`)).json();
    expect(draws.rows.map((r: { taskCode: string }) => r.taskCode)).not.toContain(withheld!.code);
    expect(draws.rows[0].receiptUrl).toMatch(/^\/public\/draws\/[^/]+\/receipt\.json$/);
    for (const d of draws.rows) expect(d.statusLabel).toBe(DRAW_STATUS.zh[d.status as keyof typeof DRAW_STATUS.zh]);
    for (const x of tasks.rows) expect(x.statusLabel).toBe(TASK_STATUS.zh[x.status as keyof typeof TASK_STATUS.zh]);
    const statusColumn = tasks.columns.findIndex((c: { key: string }) => c.key === 'status');
    expect(tasks.columns[statusColumn + 1]).toEqual({ key: 'statusLabel', zh: '状态名称', en: 'Status, in words' });
  });

  it('serves the checklist and the filed plans', async () => {
    const checklist = await (await get('/public/data/2026/checklist.json')).json();
    expect(checklist.rows.length).toBe(await t.prisma.checkItem.count({ where: { retiredAt: null } }));
    // Every code column is followed by its Chinese label, from the domain's labels.
    const keys = checklist.columns.map((c: { key: string }) => c.key);
    expect(keys.slice(keys.indexOf('category'), keys.indexOf('category') + 2)).toEqual(['category', 'categoryLabel']);
    expect(keys.slice(keys.indexOf('methods'), keys.indexOf('methods') + 2)).toEqual(['methods', 'methodsLabel']);
    for (const r of checklist.rows) {
      expect(r.categoryLabel).toBe(CHECK_CATEGORY.zh[r.category as 'GENERAL' | 'KEY']);
      expect(r.methodsLabel).toBe(
        r.methods
          .split('；')
          .map((m: string) => labelOf(CHECK_METHOD, m))
          .join('；'),
      );
      expect(r.methodsLabel).not.toMatch(/[A-Z_]{4,}/);
    }
    const csv = parse(new TextDecoder().decode(new Uint8Array(await (await get('/public/data/2026/checklist.csv')).arrayBuffer()))) as string[][];
    const general = csv.find((row) => row[csv[0]!.indexOf('事项类别')] === 'GENERAL')!;
    expect(general[csv[0]!.indexOf('事项类别名称')]).toBe('一般检查事项');
    const plans = await (await get('/public/data/2026/plans.json')).json();
    const lines = await t.prisma.planItem.count({ where: { plan: { status: 'FILED', year: 2026 } } });
    expect(plans.rows.length).toBe(lines);
  });

  it('offers an Atom feed of the newest announcements and results, newest first', async () => {
    const res = await get('/public/feed.atom');
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const text = await res.text();
    expect(text).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    const updated = [...text.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((m) => m[1]!);
    expect(updated.length).toBeGreaterThan(10);
    expect([...updated].sort().reverse()).toEqual(updated);
    expect(text).toContain('抽查任务公告：');
    expect(text).toContain('抽查结果公示：');
  });

  it('links the feed to SSJ_PUBLIC_URL when set, not to the address the request came in on', async () => {
    const before = env.publicUrl;
    env.publicUrl = publicUrlOf('https://ssj.example.gov.cn/district/');
    try {
      const text = await (await get('/public/feed.atom')).text();
      expect(text).toContain('<link href="https://ssj.example.gov.cn/district/public/feed.atom" rel="self"/>');
      expect(text).toMatch(/<link href="https:\/\/ssj\.example\.gov\.cn\/district\/public\/tasks\/[^"]+"/);
    } finally {
      env.publicUrl = before;
    }
    expect(() => publicUrlOf('ftp://ssj.example.gov.cn')).toThrow(/SSJ_PUBLIC_URL/);
    expect(() => publicUrlOf('ssj.example.gov.cn')).toThrow(/SSJ_PUBLIC_URL/);
    expect(publicUrlOf('  ')).toBeNull();
  });

  it('answers an unknown dataset, a year out of range or a write with a typed 404, never a 500', async () => {
    for (const path of ['/public/data/2026/secrets.json', '/public/data/1999/results.csv', '/public/data/2999/results.csv']) {
      const res = await get(path);
      expect(res.status).toBe(404);
      expect((await res.json()).errors[0].extensions.code).toBe('NOT_FOUND');
    }
    const post = await get('/public/data/2026/results.json', { method: 'POST', body: '{}' });
    expect(post.status).toBe(404);
    // Not an open-data path at all: the static pages' business, not a route error.
    expect((await get('/public/data/2026/results.xml')).status).not.toBe(500);
  });
});
