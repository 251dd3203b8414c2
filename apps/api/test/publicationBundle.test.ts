// The daily publication bundle (issue 16, manual channel; docs/publication.md): one Beijing day of the outbox as a
// ZIP of JSON documents, a manifest with their SHA-256, and an .xlsx in the provincial upload's layout — the built-in
// one or a saved MappingProfile per kind.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PUBLISHER } from '../src/publication/outbox.ts';
import { DEFAULT_LAYOUTS } from '../src/publication/bundleLayouts.ts';
import ExcelJS, { type Worksheet } from '../src/importing/excel.ts';
import { PUBLICATION_KINDS, resultPublishedDocument, taskWithheldDocument, type PublicationDraft } from '@ssj/domain';
import { unzip } from './unzip.ts';
import { createTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
let admin: string;
let staff: string;
let readOnly: string;

const schemaDir = path.resolve(import.meta.dirname, '../../../docs/publication/schemas');
const ajv = new Ajv2020({ strict: true, allErrors: true });
const schemas = new Map<string, any>();
for (const f of fs.readdirSync(schemaDir)) {
  const s = JSON.parse(fs.readFileSync(path.join(schemaDir, f), 'utf8'));
  schemas.set(f, s);
  ajv.addSchema(s, f);
}

const FORMULA = '=HYPERLINK("http://evil.invalid","点我")';
const at = (iso: string) => new Date(iso);

async function insert(d: PublicationDraft) {
  await t.prisma.publicationDocument.create({
    data: {
      kind: d.kind,
      schemaVersion: d.schemaVersion,
      subjectKey: d.subjectKey,
      entity: 'Test',
      entityId: d.kind,
      unitId: null,
      occurredAt: d.occurredAt,
      document: d.document as never,
    },
  });
}

const get = (p: string, token?: string) => t.app.fetch(new Request(`http://test${p}`, { headers: token ? { authorization: `Bearer ${token}` } : {} }));

async function bundle(p: string, token = admin) {
  const res = await get(p, token);
  expect(
    res.status,
    await res
      .clone()
      .text()
      .catch(() => ''),
  ).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/zip');
  return unzip(Buffer.from(await res.arrayBuffer()));
}

async function sheets(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as never);
  return wb;
}
const rowValues = (ws: Worksheet, n: number) => (ws.getRow(n).values as unknown[]).slice(1);

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

beforeAll(async () => {
  t = await createTestApp({ today: '2026-12-04' });
  [admin, staff] = await Promise.all([t.login('admin'), t.login('wenshao')]);
  const r = await t.gql<{ createApiToken: { token: string } }>('mutation { createApiToken(name: "公示包", days: 1) { token } }', {}, admin);
  readOnly = r.data!.createApiToken.token;

  // A checklist change through its command (the document written in its transaction, today 2026-12-04) …
  const item = await t.prisma.checkItem.findUniqueOrThrow({ where: { code: 'LZZR-03' } });
  const u = await t.gql(
    'mutation($id: ID!) { updateCheckItem(id: $id, notice: "调整检查依据", legalBasis: "《矿产资源法》第三条") { version } }',
    { id: item.id },
    admin,
  );
  expect(u.errors).toBeUndefined();
  // … and documents built by the domain at the edges of the day: 00:00 and 23:59:59.999 in, the instants around out.
  const task = { code: 'RW-2026-099', name: '测试任务' };
  const result = (name: string, publishedAt: Date, outcome = 'FOLLOW_UP_PENDING') =>
    resultPublishedDocument(DEFAULT_PUBLISHER, {
      task,
      target: { creditCode: '91370303MA3C000001', name },
      inspectedOn: at('2026-12-01T00:00:00Z'),
      outcome,
      followUpAction: 'REFER_CASE',
      findings: [
        { checkItemCode: 'LZZR-01', compliant: true, finding: null },
        { checkItemCode: 'LZZR-02', compliant: false, finding: '越界开采' },
      ],
      publishedAt,
    });
  await insert(result('前一天的企业', at('2026-12-03T23:59:59.999+08:00')));
  await insert(result(FORMULA, at('2026-12-04T00:00:00+08:00')));
  await insert(
    taskWithheldDocument(DEFAULT_PUBLISHER, {
      task,
      isPublic: false,
      category: 'COMMERCIAL_SECRET',
      basis: '《政府信息公开条例》第十五条',
      decidedAt: at('2026-12-04T09:30:00+08:00'),
    }),
  );
  await insert(result('当天最后一家', at('2026-12-04T23:59:59.999+08:00'), 'NO_PROBLEM'));
  await insert(result('后一天的企业', at('2026-12-05T00:00:00+08:00')));
}, 240_000);
afterAll(() => t?.close());

describe('the daily publication bundle (issue 16, manual channel)', () => {
  it("holds the day's documents as JSON, each valid against its schema, with the manifest's hashes", async () => {
    const files = await bundle('/export/publication-bundle/2026-12-04.zip');
    const expected = await t.prisma.publicationDocument.findMany({
      where: { occurredAt: { gte: at('2026-12-04T00:00:00+08:00'), lt: at('2026-12-05T00:00:00+08:00') } },
      orderBy: { seq: 'asc' },
    });
    expect(expected.map((d) => d.kind)).toEqual(['checklist-version', 'result-published', 'task-withheld', 'result-published']);
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'));
    expect(manifest).toMatchObject({ day: '2026-12-04', count: 4, seq: { first: String(expected[0]!.seq), last: String(expected[3]!.seq) } });
    const jsonNames = expected.map((d) => `documents/${String(d.seq).padStart(8, '0')}-${d.kind}.json`);
    expect([...files.keys()]).toEqual([...jsonNames, '公示数据-2026-12-04.xlsx', 'manifest.json', 'SHA256SUMS']);
    expect(manifest.files.map((f: { name: string }) => f.name)).toEqual([...jsonNames, '公示数据-2026-12-04.xlsx']);
    for (const f of manifest.files) {
      expect(sha(files.get(f.name)!), f.name).toBe(f.sha256);
      expect(files.get(f.name)!.length).toBe(f.bytes);
    }
    expect(files.get('SHA256SUMS')!.toString()).toBe(manifest.files.map((f: { name: string; sha256: string }) => `${f.sha256}  ${f.name}\n`).join(''));
    for (const [i, d] of expected.entries()) {
      const doc = JSON.parse(files.get(jsonNames[i]!)!.toString('utf8'));
      expect(doc).toEqual(d.document);
      const validate = ajv.getSchema(`${d.kind}.v${d.schemaVersion}.json`)!;
      expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('lays the workbook out in the default columns, one sheet per kind, codes in Chinese', async () => {
    const files = await bundle('/export/publication-bundle/2026-12-04.zip');
    const wb = await sheets(files.get('公示数据-2026-12-04.xlsx')!);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '抽查事项清单',
      '年度抽查计划',
      '抽查任务公告',
      '摇号结果',
      '抽查结果公示',
      '抽查结果更正',
      '不予公示决定',
    ]);
    const results = wb.getWorksheet('抽查结果公示')!;
    expect(rowValues(results, 1)).toEqual(DEFAULT_LAYOUTS['result-published'].columns.map((c) => c.header));
    expect(rowValues(results, 1).slice(0, 8)).toEqual(['统一社会信用代码', '名称', '任务编号', '任务名称', '抽查事项', '检查结果', '后续处置', '检查日期']);
    expect(results.rowCount).toBe(3);
    const first = rowValues(results, 2);
    expect(first.slice(0, 10)).toEqual([
      '91370303MA3C000001',
      FORMULA,
      'RW-2026-099',
      '测试任务',
      'LZZR-01；LZZR-02',
      '发现问题待后续处理',
      '移送办案机构',
      '2026-12-01',
      DEFAULT_PUBLISHER.name,
      DEFAULT_PUBLISHER.creditCode,
    ]);
    expect(first[10]).toBe('2026-12-04');
    expect(rowValues(results, 3)[5]).toBe('未发现问题');
    // A name that looks like a formula is a text cell in the workbook, never a formula.
    const cell = results.getRow(2).getCell(2);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
    const withheld = wb.getWorksheet('不予公示决定')!;
    expect(rowValues(withheld, 2).slice(4, 7)).toEqual(['是', '涉及商业秘密', '《政府信息公开条例》第十五条']);
    const checklist = wb.getWorksheet('抽查事项清单')!;
    expect(rowValues(checklist, 2)).toContain('LZZR-03');
    expect(rowValues(checklist, 2)).toContain('调整');
    // A kind without documents that day still has its sheet with the headers.
    expect(wb.getWorksheet('摇号结果')!.rowCount).toBe(1);
  });

  it("lays a kind's sheet out by a chosen mapping profile: its headers in order, its values recoded", async () => {
    const profile = await t.prisma.mappingProfile.create({
      data: {
        name: '山东公示系统·结果',
        list: 'publication.result-published',
        direction: 'EXPORT',
        columns: [
          { field: 'result.outcome', header: '抽查结果' },
          { field: 'subject.name', header: '企业名称' },
          { field: 'subject.creditCode', header: '统一代码' },
          { field: 'result.nothingHere', header: '备注' },
          { field: 'result.findings.1.finding', header: '问题' },
        ],
        values: { 'result.outcome': { FOLLOW_UP_PENDING: '03', NO_PROBLEM: '01' } },
      },
    });
    const files = await bundle(`/export/publication-bundle/2026-12-04.zip?profile.result-published=${profile.id}`, readOnly);
    const wb = await sheets(files.get('公示数据-2026-12-04.xlsx')!);
    const results = wb.getWorksheet('抽查结果公示')!;
    expect(rowValues(results, 1)).toEqual(['抽查结果', '企业名称', '统一代码', '备注', '问题']);
    expect(rowValues(results, 2).slice(0, 3)).toEqual(['03', FORMULA, '91370303MA3C000001']);
    expect(results.getRow(2).getCell(5).value).toBe('越界开采');
    expect(results.getRow(2).getCell(4).value).toBeNull();
    expect(rowValues(results, 3)[0]).toBe('01');
    // The other kinds keep the default layout; the manifest says which profile laid out which sheet.
    expect(rowValues(wb.getWorksheet('不予公示决定')!, 1)).toEqual(DEFAULT_LAYOUTS['task-withheld'].columns.map((c) => c.header));
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'));
    expect(manifest.spreadsheet.sheets.find((s: { kind: string }) => s.kind === 'result-published').profile).toEqual({
      id: profile.id,
      name: '山东公示系统·结果',
    });
  });

  it('streams a day of several pages (read 200 documents at a time) whole and in order', async () => {
    const base = at('2026-11-20T08:00:00+08:00').getTime();
    const drafts = Array.from({ length: 205 }, (_, i) =>
      taskWithheldDocument(DEFAULT_PUBLISHER, {
        task: { code: `RW-${i}`, name: `任务${i}` },
        isPublic: true,
        category: null,
        basis: null,
        decidedAt: new Date(base + i * 1000),
      }),
    );
    for (const d of drafts) await insert(d);
    const files = await bundle('/export/publication-bundle/2026-11-20.zip');
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'));
    expect(manifest.count).toBe(205);
    const seqs = manifest.files.filter((f: { seq?: string }) => f.seq).map((f: { seq: string }) => Number(f.seq));
    expect(seqs).toHaveLength(205);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(205);
    const wb = await sheets(files.get('公示数据-2026-11-20.xlsx')!);
    const sheet = wb.getWorksheet('不予公示决定')!;
    expect(sheet.rowCount).toBe(206);
    expect(rowValues(sheet, 206).slice(2, 5)).toEqual(['RW-204', '任务204', '否']);
  });

  it('gives a valid ZIP with an empty manifest for a day without documents', async () => {
    const files = await bundle('/export/publication-bundle/2026-10-01.zip');
    expect([...files.keys()]).toEqual(['公示数据-2026-10-01.xlsx', 'manifest.json', 'SHA256SUMS']);
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'));
    expect(manifest).toMatchObject({ day: '2026-10-01', count: 0, seq: null });
    expect(manifest.files.map((f: { name: string }) => f.name)).toEqual(['公示数据-2026-10-01.xlsx']);
    const wb = await sheets(files.get('公示数据-2026-10-01.xlsx')!);
    expect(wb.worksheets).toHaveLength(PUBLICATION_KINDS.length);
  });

  it('refuses a bad day, an unknown or foreign profile, and readers other than administrators, with typed errors', async () => {
    const refused = async (p: string, status: number, code: string, token = admin) => {
      const res = await get(p, token || undefined);
      expect(res.status, p).toBe(status);
      expect((await res.json()).errors[0].extensions.code, p).toBe(code);
    };
    for (const day of ['2026-13-01', '2026-02-30', 'yesterday', '20261204'])
      await refused(`/export/publication-bundle/${day}.zip`, 400, 'PUBLICATION.BUNDLE_DAY_INVALID');
    await refused('/export/publication-bundle/2026-12-04.zip?profile.result-published=nope', 400, 'PUBLICATION.BUNDLE_PROFILE_INVALID');
    await refused('/export/publication-bundle/2026-12-04.zip?profile.secrets=x', 400, 'PUBLICATION.BUNDLE_PROFILE_INVALID');
    const imports = await t.prisma.mappingProfile.create({
      data: { name: '名录导入', list: 'targets', direction: 'IMPORT', columns: [{ field: 'name', header: '名称' }] },
    });
    await refused(`/export/publication-bundle/2026-12-04.zip?profile.result-published=${imports.id}`, 400, 'PUBLICATION.BUNDLE_PROFILE_INVALID');
    await refused('/export/publication-bundle/2026-12-04.zip', 403, 'FORBIDDEN', staff);
    await refused('/export/publication-bundle/2026-12-04.zip', 401, 'UNAUTHENTICATED', '');
  });

  it("names in every default column a field its kind's JSON Schema has", () => {
    // The schemas a value may match: anyOf/oneOf alternatives, and an array's items.
    const shapes = (s: any): any[] => {
      if (!s) return [];
      const alternatives = [...(s.anyOf ?? []), ...(s.oneOf ?? [])].flatMap(shapes);
      return [s, ...alternatives, ...(s.items ? shapes(s.items) : [])];
    };
    const has = (schema: any, p: string[]): boolean => {
      let current = [schema];
      for (const key of p)
        current = current
          .flatMap(shapes)
          .map((s) => s.properties?.[key])
          .filter(Boolean);
      return current.length > 0;
    };
    for (const kind of PUBLICATION_KINDS) {
      const schema = schemas.get(`${kind}.v1.json`);
      for (const c of DEFAULT_LAYOUTS[kind].columns) {
        const p = c.field.split('.');
        if (p[0] === 'bundle') expect(['seq', 'id', 'day'], c.field).toContain(p[1]);
        else expect(has(schema, p), `${kind}: ${c.field}`).toBe(true);
      }
    }
  });
});
