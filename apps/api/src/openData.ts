// Open data (一公开, rule 26; issue 16): what the public pages show, as files anyone may download and re-use, no
// sign-in, a stable URL per year, a licence line and a data dictionary; and an Atom feed of new announcements and
// published results.
//
//   GET /public/data/index.json                   the catalogue: datasets, their columns (the dictionary), years, URLs
//   GET /public/data/<year>/<dataset>.csv|json    one dataset of one year (checklist: the current list, any year)
//   GET /public/feed.atom                         the 50 newest task announcements and published results
//
// Every row comes from the public GraphQL surface itself (the same queries the public pages send, without a
// credential, through the app's own /graphql handler and its limits), so a file can never hold more than the pages
// show: withheld tasks, unpublished results and personal data stay out by the same rules.
import { CHECK_CATEGORY, CHECK_METHOD, DRAW_STATUS, type LabelledEnum, labelOf, TASK_STATUS } from '@ssj/domain';
import { openSheet, streamRows } from './importing/writers.ts';
import { publicOrigin } from './env.ts';
import { userError } from './errors.ts';
import { routeError } from './routeErrors.ts';

/** Runs a public GraphQL query (no credential) and returns its data, or throws its first error. */
export type PublicQuery = (query: string, variables?: Record<string, unknown>) => Promise<Record<string, unknown>>;

export const OPEN_DATA_LICENCE =
  "本数据依据《政府信息公开条例》及“双随机、一公开”监管要求公开，可自由复制、使用和传播，请注明来源；数据以发布机关公示页面为准。 / Published under the Regulations on Open Government Information; free to copy, use and redistribute with attribution; the publishing authority's pages prevail.";

type Column = { key: string; zh: string; en: string };
type Row = Record<string, unknown>;
type Dataset = {
  id: string;
  zh: string;
  en: string;
  /** Rows of one year (the checklist ignores the year: it is the list in force). */
  rows: (q: PublicQuery, year: number) => AsyncIterable<Row>;
  columns: Column[];
};

const col = (key: string, zh: string, en: string): Column => ({ key, zh, en });
const PAGE = 200;

/** A public list query page by page, so a province-sized year streams in pages. */
async function* pages<T>(q: PublicQuery, query: string, field: string, variables: Record<string, unknown>): AsyncIterable<T> {
  for (let page = 0; ; page++) {
    const data = await q(query, { ...variables, page, perPage: PAGE });
    const rows = (data[field] ?? []) as T[];
    yield* rows;
    if (rows.length < PAGE) return;
  }
}

/** A code's Chinese label from the domain's one label source (labels.ts); the code itself when unknown. */
const zhOf = (e: LabelledEnum<string>, code: unknown) => (typeof code === 'string' ? labelOf(e, code) : null);

const names = (items: { code: string; name: string }[] | undefined) => (items ?? []).map((i) => `${i.code} ${i.name}`).join('；');

export const DATASETS: Dataset[] = [
  {
    id: 'checklist',
    zh: '随机抽查事项清单',
    en: 'Random-inspection checklist',
    columns: [
      col('code', '事项编码', 'Code'),
      col('name', '抽查事项', 'Item'),
      col('category', '事项类别', 'Category (GENERAL / KEY)'),
      col('categoryLabel', '事项类别名称', 'Category, in words'),
      col('objectType', '检查对象', 'Object type'),
      col('methods', '检查方式', 'Methods (codes: WRITTEN, ON_SITE, …)'),
      col('methodsLabel', '检查方式名称', 'Methods, in words'),
      col('legalBasis', '检查依据', 'Legal basis'),
      col('defaultRatio', '默认抽查比例（小数，0.05 即 5%）', 'Default ratio, a fraction (0.05 = 5%)'),
      col('unitName', '实施单位', 'Unit'),
    ],
    async *rows(q) {
      const data = await q(
        'query { allCheckItems(perPage: 500, sortField: "code", sortOrder: "ASC") { code name category objectType methods legalBasis defaultRatio unitId } allUnits(perPage: 500) { id name } }',
      );
      const units = new Map((data.allUnits as { id: string; name: string }[]).map((u) => [u.id, u.name]));
      for (const i of data.allCheckItems as Row[]) {
        const methods = i.methods as string[];
        yield {
          ...i,
          categoryLabel: zhOf(CHECK_CATEGORY, i.category),
          methods: methods.join('；'),
          methodsLabel: methods.map((m) => labelOf(CHECK_METHOD, m)).join('；'),
          unitName: units.get(i.unitId as string) ?? '',
        };
      }
    },
  },
  {
    id: 'plans',
    zh: '年度抽查工作计划（每行一个计划事项）',
    en: 'Annual plans, one row per plan line',
    columns: [
      col('year', '年度', 'Year'),
      col('planTitle', '计划名称', 'Plan'),
      col('unitName', '制定单位', 'Unit'),
      col('version', '备案版本', 'Filed version'),
      col('filedAt', '备案时间', 'Filed at'),
      col('checkItemCode', '事项编码', 'Item code'),
      col('checkItemName', '抽查事项', 'Item'),
      col('scope', '抽查范围', 'Scope'),
      col('windowFrom', '计划开始日期', 'Window start'),
      col('windowTo', '计划结束日期', 'Window end'),
      col('estimatedCount', '预计抽查数量', 'Estimated count'),
      col('ratio', '抽查比例（小数，0.05 即 5%）', 'Ratio, a fraction (0.05 = 5%)'),
      col('temporary', '临时性抽查', 'Temporary'),
    ],
    async *rows(q, year) {
      const data = await q(
        'query($year: Int) { publicPlans(year: $year) { year title unitName version filedAt items { scope windowFrom windowTo estimatedCount ratio temporary checkItem { code name } } } }',
        { year },
      );
      for (const p of data.publicPlans as Row[])
        for (const i of p.items as Row[]) {
          const item = i.checkItem as { code: string; name: string };
          yield {
            ...i,
            year: p.year,
            planTitle: p.title,
            unitName: p.unitName,
            version: p.version,
            filedAt: p.filedAt,
            checkItemCode: item.code,
            checkItemName: item.name,
          };
        }
    },
  },
  {
    id: 'tasks',
    zh: '抽查任务公告',
    en: 'Task announcements',
    columns: [
      col('code', '任务编号', 'Task code'),
      col('name', '任务名称', 'Name'),
      col('year', '年度', 'Year'),
      col('ownerUnitName', '任务设置单位', 'Set up by'),
      col('executingUnitName', '执行单位', 'Executing unit'),
      col('checkItems', '抽查事项', 'Checklist items'),
      col('windowFrom', '执行开始日期', 'Window start'),
      col('windowTo', '执行结束日期', 'Window end'),
      col('status', '状态', 'Status (code)'),
      col('statusLabel', '状态名称', 'Status, in words'),
      col('announcedAt', '公告时间', 'Announced at'),
      col('targetCount', '抽中检查对象数', 'Targets drawn'),
      col('publishedResultCount', '已公示结果数', 'Results published'),
      col('url', '公告页面', 'Announcement page'),
    ],
    async *rows(q, year) {
      const query =
        'query($year: Int, $page: Int, $perPage: Int) { publicTasks(year: $year, page: $page, perPage: $perPage, sortField: "announcedAt", sortOrder: "ASC") { id code name year ownerUnitName executingUnitName windowFrom windowTo status announcedAt targetCount publishedResultCount checkItems { code name } } }';
      for await (const t of pages<Row>(q, query, 'publicTasks', { year }))
        yield { ...t, statusLabel: zhOf(TASK_STATUS, t.status), checkItems: names(t.checkItems as never), url: `/public/tasks/${t.id}` };
    },
  },
  {
    id: 'draws',
    zh: '摇号回执（含候选名单下载地址）',
    en: 'Draw receipts, with the frozen candidate list',
    columns: [
      col('taskCode', '任务编号', 'Task code'),
      col('sequence', '第几次摇号', 'Draw number'),
      col('status', '状态', 'Status (code)'),
      col('statusLabel', '状态名称', 'Status, in words'),
      col('reason', '重新摇号理由', 'Reason for a re-draw'),
      col('algorithm', '算法', 'Algorithm'),
      col('candidateCount', '候选对象数', 'Candidates'),
      col('candidateListHash', '候选名单哈希', 'Candidate list hash'),
      col('parametersHash', '参数哈希', 'Parameters hash'),
      col('seedCommitment', '种子承诺', 'Seed commitment'),
      col('seed', '种子', 'Seed'),
      col('drawnTargetCount', '抽中数', 'Drawn'),
      col('drawnAt', '摇号时间', 'Drawn at'),
      col('lockedAt', '锁定时间', 'Locked at'),
      col('receiptUrl', '回执', 'Receipt'),
      col('candidatesUrl', '候选名单', 'Candidate list'),
      col('announcementUrl', '摇号前公告', 'Announcement before the draw'),
    ],
    async *rows(q, year) {
      const query =
        'query($year: Int, $page: Int, $perPage: Int) { publicTasks(year: $year, page: $page, perPage: $perPage, sortField: "announcedAt", sortOrder: "ASC") { code draws { id sequence status reason algorithm candidateCount candidateListHash parametersHash seedCommitment seed drawnTargetCount drawnAt lockedAt } } }';
      for await (const t of pages<Row>(q, query, 'publicTasks', { year }))
        for (const d of t.draws as Row[]) {
          const base = `/public/draws/${d.id}`;
          yield {
            ...d,
            statusLabel: zhOf(DRAW_STATUS, d.status),
            taskCode: t.code,
            receiptUrl: `${base}/receipt.json`,
            candidatesUrl: `${base}/candidates.json`,
            announcementUrl: `${base}/announcement.json`,
          };
        }
    },
  },
  {
    id: 'results',
    zh: '抽查结果公示（含已签批的更正）',
    en: 'Published results, with signed corrections',
    columns: [
      col('taskCode', '任务编号', 'Task code'),
      col('taskName', '任务名称', 'Task'),
      col('targetName', '检查对象名称', 'Target'),
      col('creditCode', '统一社会信用代码', 'Unified social credit code'),
      col('unitName', '检查单位', 'Inspecting unit'),
      col('checkItems', '抽查事项', 'Checklist items'),
      col('methodText', '检查方式', 'Method'),
      col('inspectedOn', '检查日期', 'Inspected on'),
      col('outcomeText', '检查结果', 'Outcome'),
      col('followUpActionText', '后续处置', 'Follow-up'),
      col('publishedAt', '公示时间', 'Published at'),
      col('corrections', '更正', 'Corrections'),
    ],
    async *rows(q, year) {
      const query =
        'query($year: Int, $page: Int, $perPage: Int) { publicResults(year: $year, page: $page, perPage: $perPage, sortField: "publishedAt", sortOrder: "ASC") { taskCode taskName targetName creditCode unitName methodText inspectedOn outcomeText followUpActionText publishedAt checkItems { code name } corrections { reason outcomeText followUpActionText signedAt } } }';
      for await (const r of pages<Row>(q, query, 'publicResults', { year })) {
        const corrections = (r.corrections as Row[]).map(
          (c) => `${c.signedAt}：${[c.outcomeText, c.followUpActionText].filter(Boolean).join('，')}（${c.reason}）`,
        );
        yield { ...r, checkItems: names(r.checkItems as never), corrections: corrections.join('；') };
      }
    },
  },
];

const ROUTE = /^\/public\/data\/(\d{4})\/([a-z]+)\.(csv|json)$/;
const INDEX = '/public/data/index.json';
const FEED = '/public/feed.atom';

export const isOpenDataPath = (pathname: string) => pathname === INDEX || pathname === FEED || ROUTE.test(pathname);

const FIRST_YEAR = 2020;

function refusal(e: unknown) {
  const { status, error } = routeError(e, { NOT_FOUND: 404 });
  return Response.json({ errors: [error] }, { status });
}

/** The catalogue: every dataset with its dictionary and a URL per year up to the current one. */
function catalogue(currentYear: number) {
  const years = Array.from({ length: currentYear - FIRST_YEAR + 1 }, (_, i) => currentYear - i);
  return {
    title: '双随机、一公开 开放数据 / Open data',
    licence: OPEN_DATA_LICENCE,
    feed: FEED,
    formats: { csv: 'UTF-8 with BOM, comma-separated, a header row in Chinese', json: '{ dataset, year, licence, columns, rows }' },
    datasets: DATASETS.map((d) => ({
      id: d.id,
      title: d.zh,
      titleEn: d.en,
      columns: d.columns,
      years: years.map((year) => ({ year, csv: `/public/data/${year}/${d.id}.csv`, json: `/public/data/${year}/${d.id}.json` })),
    })),
  };
}

const csvCell = (v: unknown): string | number | null =>
  v === null || v === undefined ? null : typeof v === 'number' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);

async function dataset(q: PublicQuery, year: number, id: string, format: 'csv' | 'json', currentYear: number): Promise<Response> {
  const d = DATASETS.find((x) => x.id === id);
  if (!d || year < FIRST_YEAR || year > currentYear) throw userError('NOT_FOUND', '没有这份开放数据：请从 /public/data/index.json 查看可下载的数据集和年度');
  const rows: Row[] = [];
  for await (const r of d.rows(q, year)) rows.push(Object.fromEntries(d.columns.map((c) => [c.key, r[c.key] ?? null])));
  const filename = `${d.zh.replace(/（.*$/, '')}-${year}.${format}`;
  const headers = {
    'content-disposition': `inline; filename="${id}-${year}.${format}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    'cache-control': 'public, max-age=300',
  };
  if (format === 'json')
    return new Response(JSON.stringify({ dataset: d.id, title: d.zh, year, licence: OPEN_DATA_LICENCE, columns: d.columns, rows }, null, 1), {
      headers: { ...headers, 'content-type': 'application/json; charset=utf-8' },
    });
  // The exports' writer: UTF-8 with a BOM (spreadsheet programs read the Chinese), formula cells neutralised.
  const out = openSheet(
    'csv',
    d.id,
    d.columns.map((c) => c.zh),
  );
  streamRows(out, async function* () {
    for (const r of rows) yield d.columns.map((c) => csvCell(r[c.key]));
  });
  return new Response(out.body, { headers: { ...headers, 'content-type': out.contentType } });
}

const XML_ESCAPES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };
/** Text for XML: the five entities escaped, and control characters (not allowed in XML 1.0) dropped. */
const xml = (s: unknown) =>
  [...String(s ?? '')]
    .filter((c) => c >= ' ' || c === '\t' || c === '\n' || c === '\r')
    .map((c) => XML_ESCAPES[c] ?? c)
    .join('');

/** Atom 1.0 (RFC 4287): the newest announcements and published results, newest first. */
async function feed(q: PublicQuery, origin: string): Promise<Response> {
  const data = await q(
    'query { publicTasks(perPage: 50, sortField: "announcedAt", sortOrder: "DESC") { id code name executingUnitName announcedAt targetCount } publicResults(perPage: 50, sortField: "publishedAt", sortOrder: "DESC") { id taskId taskCode targetName creditCode outcomeText publishedAt } }',
  );
  type Entry = { id: string; title: string; summary: string; link: string; updated: string };
  const entries: Entry[] = [
    ...(data.publicTasks as Row[]).map((t) => ({
      id: `${origin}/public/tasks/${t.id}`,
      title: `抽查任务公告：${t.code} ${t.name}`,
      summary: `${t.executingUnitName}，抽中检查对象 ${t.targetCount} 个`,
      link: `${origin}/public/tasks/${t.id}`,
      updated: String(t.announcedAt),
    })),
    ...(data.publicResults as Row[]).map((r) => ({
      id: `${origin}/public/results#${r.id}`,
      title: `抽查结果公示：${r.targetName}（${r.taskCode}）`,
      summary: `${r.targetName}（${r.creditCode}）：${r.outcomeText ?? ''}`,
      link: `${origin}/public/results?taskId=${encodeURIComponent(String(r.taskId))}`,
      updated: String(r.publishedAt),
    })),
  ].sort((a, b) => b.updated.localeCompare(a.updated));
  const updated = entries[0]?.updated ?? new Date(0).toISOString();
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>双随机、一公开：抽查任务公告与结果公示</title>
  <id>${xml(`${origin}/public`)}</id>
  <link href="${xml(`${origin}${FEED}`)}" rel="self"/>
  <link href="${xml(`${origin}/public`)}"/>
  <updated>${xml(updated)}</updated>
  <rights>${xml(OPEN_DATA_LICENCE)}</rights>
  <author><name>双随机、一公开监管平台</name></author>
${entries
  .map(
    (e) => `  <entry>
    <title>${xml(e.title)}</title>
    <id>${xml(e.id)}</id>
    <link href="${xml(e.link)}"/>
    <updated>${xml(e.updated)}</updated>
    <summary>${xml(e.summary)}</summary>
  </entry>`,
  )
  .join('\n')}
</feed>
`;
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'public, max-age=300' } });
}

/** Answers an open-data path; `currentYear` is the server's (pinned) clock's year. */
export async function serveOpenData(request: Request, q: PublicQuery, currentYear: number): Promise<Response> {
  try {
    if (request.method !== 'GET' && request.method !== 'HEAD') throw userError('NOT_FOUND', '开放数据只能下载（GET）');
    const url = new URL(request.url);
    if (url.pathname === INDEX) return Response.json(catalogue(currentYear), { headers: { 'cache-control': 'public, max-age=300' } });
    if (url.pathname === FEED) return await feed(q, publicOrigin(url));
    const m = ROUTE.exec(url.pathname)!;
    return await dataset(q, Number(m[1]), m[2]!, m[3] as 'csv' | 'json', currentYear);
  } catch (e) {
    return refusal(e);
  }
}
