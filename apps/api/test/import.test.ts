// Importing the lists from spreadsheets: upload → suggested mapping → dry run row by row → all-or-nothing commit.
// Round trips (export → import changes nothing), every refusal reason, GBK files, permissions (rule 3), and the
// checklist's versions and notices (rule 1).
import iconv from 'iconv-lite';
import ExcelJS from '../src/importing/excel.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckChar, idNumberCheckChar } from '@ssj/domain';
import { createTestApp, type TestApp } from './helpers.ts';
import { fileRoutes } from './importHelpers.ts';

let t: TestApp;
let f: ReturnType<typeof fileRoutes>;
let admin: string;
let wenshao: string;
let ownUnit: { id: string; name: string; code: string };
let otherUnit: { id: string; name: string; code: string };
let library: { id: string; name: string };

let serial = 0;
/** A valid credit code the demo does not hold. */
function creditCode(): string {
  const body = `91370305MA${String(Date.now() % 1e5).padStart(5, '0')}${String(serial++).padStart(2, '0')}`.slice(0, 17);
  return body + creditCodeCheckChar(body);
}
function idNumber(n: number): string {
  const body = `37030519850101${String(n).padStart(3, '0')}`;
  return body + idNumberCheckChar(body);
}

const TARGET_HEADER = '统一社会信用代码,名称,所属名录库,维护单位,对象类型,经营规模,行业,所在镇（街道）,登记住所,风险等级';
const targetLine = (
  code: string,
  name: string,
  unit = ownUnit.name,
  lib = library.name,
  extra: Partial<{ scale: string; risk: string; address: string }> = {},
) => [code, name, lib, unit, '采矿权人', extra.scale ?? '小型', '采矿业', '闻韶街道', extra.address ?? '临淄区闻韶街道1号', extra.risk ?? '低风险'].join(',');

beforeAll(async () => {
  t = await createTestApp();
  f = fileRoutes(t);
  admin = await t.login('admin');
  wenshao = await t.login('wenshao');
  ownUnit = await t.prisma.unit.findUniqueOrThrow({ where: { code: 'GTS01' }, select: { id: true, name: true, code: true } });
  otherUnit = await t.prisma.unit.findUniqueOrThrow({ where: { code: 'KGK' }, select: { id: true, name: true, code: true } });
  library = await t.prisma.targetLibrary.findFirstOrThrow({ where: { retiredAt: null }, orderBy: { code: 'asc' }, select: { id: true, name: true } });
});
afterAll(() => t?.close());

describe('upload and mapping', () => {
  it('recognises Chinese headers under a title row, and refuses files it cannot read', async () => {
    const csv = `临淄区检查对象名录（2026 年）\n${TARGET_HEADER},随便一列\n${targetLine(creditCode(), '示例公司')},x\n`;
    const up = await f.upload('Target', '名录.csv', csv, wenshao);
    expect(up.job!.headerRow).toBe(2);
    expect(up.job!.mapping).toEqual(['creditCode', 'name', 'libraryId', 'unitId', 'objectType', 'scale', 'industry', 'area', 'address', 'riskLevel', null]);
    expect(up.job!.sample[0]![1]).toBe('示例公司');

    expect((await f.upload('Target', '名录.pdf', 'x', wenshao)).errors![0]!.extensions!.code).toBe('IMPORT.FORMAT_UNSUPPORTED');
    const broken = await f.upload('Target', '名录.xlsx', Buffer.from('PK\u0003\u0004 not really a zip'), wenshao);
    expect(broken.errors![0]!.extensions!.code).toBe('IMPORT.FILE_UNREADABLE');
    expect((await f.upload('Target', '空.csv', '\n\n', wenshao)).errors![0]!.extensions!.code).toBe('IMPORT.EMPTY_FILE');
  });

  it('remembers a mapping the user chose for an unknown header', async () => {
    const csv = `企业统一编码,企业名称全称,所属名录库,对象类型,经营规模,行业,所在镇（街道）,登记住所\n${creditCode()},记忆公司,${library.name},采矿权人,小型,采矿业,闻韶街道,某地\n`;
    const up = await f.upload('Target', 'a.csv', csv, wenshao);
    expect(up.job!.mapping.slice(0, 2)).toEqual([null, null]);
    const mapping = ['creditCode', 'name', ...up.job!.mapping.slice(2)];
    const dry = await f.dryRun(up.job!.id, mapping, wenshao);
    expect(dry.job!.counts).toMatchObject({ CREATE: 1, REFUSED: 0 });
    const again = await f.upload('Target', 'b.csv', csv, admin);
    expect(again.job!.mapping.slice(0, 2)).toEqual(['creditCode', 'name']);
    const remembered = await t.prisma.auditEvent.findFirst({ where: { action: 'rememberImportMapping' } });
    expect(remembered?.entity).toBe('Setting');
  });

  it('refuses a mapping that names a field twice or an unknown field', async () => {
    const up = await f.upload('Target', 'a.csv', `${TARGET_HEADER}\n${targetLine(creditCode(), '甲')}\n`, wenshao);
    const twice = up.job!.mapping.map((m, i) => (i === 1 ? 'creditCode' : m));
    expect((await f.dryRun(up.job!.id, twice, wenshao)).errors![0]!.extensions!.code).toBe('IMPORT.MAPPING_INVALID');
    expect(
      (
        await f.dryRun(
          up.job!.id,
          up.job!.mapping.map((m, i) => (i === 1 ? 'password' : m)),
          wenshao,
        )
      ).errors![0]!.extensions!.code,
    ).toBe('IMPORT.MAPPING_INVALID');
  });
});

describe('dry run and commit', () => {
  it('lists each refusal reason row by row, refuses to commit, and writes nothing', async () => {
    const good = creditCode();
    const dup = creditCode();
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const existing = await t.prisma.target.findFirstOrThrow({ where: { unitId: ownUnit.id }, select: { creditCode: true } });
    const csv = [
      TARGET_HEADER,
      targetLine(good, '正常公司'), // 2: create
      targetLine(bad, '校验位错误公司'), // 3: invalid credit code
      targetLine(dup, '重复公司'), // 4: create …
      targetLine(dup, '重复公司二'), // 5: … duplicate within the file
      targetLine(creditCode(), '未知单位公司', '不存在的所'), // 6: unknown unit
      targetLine(creditCode(), '', ownUnit.name), // 7: missing name
      targetLine(creditCode(), '未知名录库公司', ownUnit.name, '不存在的名录库'), // 8: unknown library
      targetLine(creditCode(), '规模错误公司', ownUnit.name, library.name, { scale: '巨型' }), // 9: bad enum
      targetLine(existing.creditCode, '改名公司'), // 10: update
    ].join('\n');
    const before = await t.prisma.target.count();
    const audits = await t.prisma.auditEvent.count();
    const job = await f.prepare('Target', '有错误.csv', csv, wenshao);
    expect(job.counts).toEqual({ CREATE: 2, UPDATE: 1, UNCHANGED: 0, REFUSED: 6, total: 9 });
    const { rows } = await f.rows(job.id, wenshao);
    const reason = (row: number) => rows.find((r) => r.row === row)!.reasons?.join('；') ?? '';
    expect(rows.find((r) => r.row === 2)!.action).toBe('CREATE');
    expect(reason(3)).toContain('校验位错误');
    expect(reason(5)).toContain('与第 4 行重复');
    expect(reason(6)).toContain('单位“不存在的所”不存在');
    expect(reason(7)).toContain('缺少必填字段：名称');
    expect(reason(8)).toContain('名录库“不存在的名录库”不存在');
    expect(reason(9)).toContain('“巨型”不是可选值');
    const update = rows.find((r) => r.row === 10)!;
    expect(update.action).toBe('UPDATE');
    expect(update.changes!.join()).toContain('名称：');

    const commit = await f.commit(job.id, wenshao);
    expect(commit.status).toBe(400);
    expect(commit.errors![0]!.extensions!.code).toBe('IMPORT.REFUSED_ROWS');
    expect(commit.errors![0]!.message).toContain('仍有被拒绝的行');
    expect(await t.prisma.target.count()).toBe(before);
    expect(await t.prisma.auditEvent.count()).toBe(audits);

    // The error report: the refused rows as sent, reasons first.
    const report = await f.download(`/import/jobs/${job.id}/errors.xlsx`, wenshao);
    expect(report.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(report.body as never);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('原文件行号');
    expect(sheet.rowCount).toBe(1 + 6);
    expect(String(sheet.getRow(2).getCell(2).value)).toContain('校验位错误');
    expect(sheet.getRow(2).getCell(4).value).toBe('校验位错误公司');
  });

  it('commits a clean file in one transaction with one audit event, and then refuses to commit it again', async () => {
    const a = creditCode();
    const b = creditCode();
    const job = await f.prepare('Target', '新增.csv', [TARGET_HEADER, targetLine(a, '新增甲'), targetLine(b, '新增乙')].join('\n'), wenshao);
    expect(job.counts).toMatchObject({ CREATE: 2, REFUSED: 0 });
    const done = await f.commit(job.id, wenshao);
    expect(done.progressLines).toBeGreaterThan(0);
    expect(done.job!.status).toBe('COMMITTED');
    const created = await t.prisma.target.findMany({ where: { creditCode: { in: [a, b] } } });
    expect(created.map((c) => c.unitId)).toEqual([ownUnit.id, ownUnit.id]);
    expect(created.find((c) => c.creditCode === a)!.riskLevel).toBe('LOW');
    const event = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'importTargets' }, orderBy: { at: 'desc' } });
    expect(event.after).toMatchObject({ fileName: '新增.csv', created: 2, updated: 0, createdKeys: [a, b] });
    expect((await f.commit(job.id, wenshao)).errors![0]!.extensions!.code).toBe('IMPORT.ALREADY_COMMITTED');
  });

  it('writes nothing when a row is refused at commit because the list changed after the dry run', async () => {
    const a = creditCode();
    const b = creditCode();
    const job = await f.prepare('Target', '竞争.csv', [TARGET_HEADER, targetLine(a, '先到公司'), targetLine(b, '后到公司')].join('\n'), wenshao);
    expect(job.counts).toMatchObject({ CREATE: 2, REFUSED: 0 });
    // Meanwhile the same credit code enters the other unit's list: row 3 would now update another unit's record.
    const lib = library.id;
    const r = await t.gql(
      `mutation($c: String!, $l: ID!, $u: ID!) { createTarget(creditCode: $c, name: "别人家的", libraryId: $l, unitId: $u, objectType: "采矿权人", scale: SMALL, industry: "采矿业", area: "皇城镇", address: "某地") { id } }`,
      { c: b, l: lib, u: otherUnit.id },
      admin,
    );
    expect(r.errors).toBeUndefined();
    const commit = await f.commit(job.id, wenshao);
    expect(commit.errors![0]!.extensions!.code).toBe('IMPORT.CHANGED_SINCE_DRY_RUN');
    expect(await t.prisma.target.count({ where: { creditCode: a } })).toBe(0);
    const { rows } = await f.rows(job.id, wenshao, 'REFUSED');
    expect(rows[0]!.reasons!.join()).toContain('其他单位');
  });

  it('commits from the dry run’s staged rows, deciding an update again against the record as it is at commit', async () => {
    const a = creditCode();
    const existing = await t.prisma.target.findFirstOrThrow({ where: { unitId: ownUnit.id, riskLevel: { not: 'HIGH' } } });
    const csv = [
      TARGET_HEADER,
      targetLine(a, '暂存新增公司'),
      [
        existing.creditCode,
        '暂存改名公司',
        library.name,
        ownUnit.name,
        existing.objectType,
        '小型',
        existing.industry,
        existing.area,
        existing.address,
        '高风险',
      ].join(','),
    ].join('\n');
    const job = await f.prepare('Target', '暂存.csv', csv, wenshao);
    expect(job.counts).toMatchObject({ CREATE: 1, UPDATE: 1, REFUSED: 0 });
    const staged = (await f.rows(job.id, wenshao, 'UPDATE')).rows[0]!;
    expect(staged.changes!.join()).toContain('风险等级');
    // Meanwhile someone else sets the risk level the file sets: the row still updates (the name), with fewer changes.
    await t.prisma.target.update({ where: { id: existing.id }, data: { riskLevel: 'HIGH' } });
    const done = await f.commit(job.id, wenshao);
    expect(done.job!.status).toBe('COMMITTED');
    expect(await t.prisma.target.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ name: '暂存改名公司', riskLevel: 'HIGH' });
    const created = await t.prisma.target.findUniqueOrThrow({ where: { creditCode: a } });
    expect(created).toMatchObject({ name: '暂存新增公司', unitId: ownUnit.id, libraryId: library.id, riskLevel: 'LOW', keyIndustry: false });
    expect(created.id).toMatch(/^c[0-9a-z]{24}$/);
    const event = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'importTargets' }, orderBy: { seq: 'desc' } });
    const after = event.after as { createdKeys: string[]; changes: { key: string; changes: string[] }[] };
    expect(after.createdKeys).toEqual([a]);
    expect(after.changes).toHaveLength(1);
    expect(after.changes[0]!.changes.join()).toContain('名称');
    expect(after.changes[0]!.changes.join()).not.toContain('风险等级');
    expect((await f.rows(job.id, wenshao, 'UPDATE')).rows[0]!.changes!.join()).not.toContain('风险等级');
  });

  it('reads the file again at commit when the units or libraries changed since the dry run', async () => {
    const a = creditCode();
    const job = await f.prepare('Target', '重读.csv', [TARGET_HEADER, targetLine(a, '重读公司')].join('\n'), wenshao);
    expect(job.counts).toMatchObject({ CREATE: 1, REFUSED: 0 });
    // A new library changes what a cell could name: the staged rows are not trusted, the file is read again.
    const { id: _, createdAt: _c, updatedAt: _u, ...lib } = await t.prisma.targetLibrary.findUniqueOrThrow({ where: { id: library.id } });
    await t.prisma.targetLibrary.create({ data: { ...lib, code: `REREAD-${serial++}`, name: `重读测试名录库${serial}` } });
    const done = await f.commit(job.id, wenshao);
    expect(done.job!.status).toBe('COMMITTED');
    expect(await t.prisma.target.count({ where: { creditCode: a } })).toBe(1);
  });

  it('reads a GBK (GB18030) CSV as Chinese Excel saves it', async () => {
    const code = creditCode();
    const gbk = iconv.encode([TARGET_HEADER, targetLine(code, '淄博齐鲁矿业有限公司')].join('\r\n'), 'gbk');
    const up = await f.upload('Target', 'gbk.csv', gbk, wenshao);
    expect(up.job!.encoding).toBe('gb18030');
    expect(up.job!.headers[0]).toBe('统一社会信用代码');
    const dry = await f.dryRun(up.job!.id, up.job!.mapping, wenshao);
    expect(dry.job!.counts).toMatchObject({ CREATE: 1, REFUSED: 0 });
    await f.commit(up.job!.id, wenshao);
    expect((await t.prisma.target.findUniqueOrThrow({ where: { creditCode: code } })).name).toBe('淄博齐鲁矿业有限公司');
  });

  it('reads an .xlsx file (the template, filled in)', async () => {
    const tpl = await f.download('/import/Target/template.xlsx', wenshao);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.body as never);
    const sheet = wb.worksheets[0]!;
    expect(wb.worksheets[1]!.name).toBe('填写说明');
    const code = creditCode();
    sheet.addRow([code, '模板公司', library.name, '', '采矿权人', '微型', '采矿业', '齐都镇', '齐都镇某村', '', '', '高风险', '', '', '是']);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const job = await f.prepare('Target', '模板.xlsx', buf, wenshao);
    expect(job.counts).toMatchObject({ CREATE: 1, REFUSED: 0 });
    await f.commit(job.id, wenshao);
    const created = await t.prisma.target.findUniqueOrThrow({ where: { creditCode: code } });
    expect(created).toMatchObject({ unitId: ownUnit.id, scale: 'MICRO', riskLevel: 'HIGH', keyIndustry: true, contactPhone: null });
  });
});

describe('round trip: export → import changes nothing', () => {
  for (const [kind, format] of [
    ['Target', 'xlsx'],
    ['Inspector', 'csv'],
    ['Expert', 'xlsx'],
    ['CheckItem', 'csv'],
  ] as const) {
    it(`${kind} (${format})`, async () => {
      const exported = await f.download(`/export/${kind}.${format}?filter=${encodeURIComponent('{"includeRetired":true}')}`, admin);
      expect(exported.status).toBe(200);
      const audits = await t.prisma.auditEvent.count();
      const job = await f.prepare(kind, `导出.${format}`, exported.body, admin);
      expect(job.mapping.every((m) => m !== null)).toBe(true);
      expect(job.counts!.total).toBeGreaterThan(5);
      expect(job.counts).toMatchObject({ CREATE: 0, UPDATE: 0, REFUSED: 0 });
      expect(job.counts!.UNCHANGED).toBe(job.counts!.total);
      const done = await f.commit(job.id, admin);
      expect(done.job!.status).toBe('COMMITTED');
      expect(await t.prisma.auditEvent.count()).toBe(audits);
    });
  }
});

describe('lists with their own rules', () => {
  it('inspectors: rule 5 (drawable only when qualified), ID numbers Excel turned into numbers, updates by ID number', async () => {
    const header = '姓名,身份证号,所属单位,执法证号,具备执法资格,参与随机抽取,专业领域';
    const csv = [
      header,
      `王新,${idNumber(1)},${ownUnit.code},LZ-001,是,是,土地管理、矿产资源`,
      `李无证,${idNumber(2)},,,否,是,`,
      `赵数字,3.70305198501E+17,,,是,是,`,
    ].join('\n');
    const job = await f.prepare('Inspector', '人员.csv', csv, wenshao);
    const { rows } = await f.rows(job.id, wenshao);
    expect(rows.map((r) => r.action)).toEqual(['CREATE', 'REFUSED', 'REFUSED']);
    expect(rows[1]!.reasons!.join()).toContain('不具备执法资格的人员不能设为参与随机抽取');
    expect(rows[2]!.reasons!.join()).toContain('设为“文本”');

    const fixed = await f.prepare('Inspector', '人员.csv', csv.split('\n').slice(0, 2).join('\n'), wenshao);
    await f.commit(fixed.id, wenshao);
    const created = await t.prisma.inspector.findUniqueOrThrow({ where: { idNumber: idNumber(1) } });
    expect(created).toMatchObject({ unitId: ownUnit.id, qualified: true, drawable: true, specialties: ['土地管理', '矿产资源'] });

    const update = await f.prepare('Inspector', '人员.csv', `${header}\n王新,${idNumber(1)},${ownUnit.code},LZ-002,是,否,土地管理`, wenshao);
    expect(update.counts).toMatchObject({ UPDATE: 1 });
    await f.commit(update.id, wenshao);
    expect(await t.prisma.inspector.findUniqueOrThrow({ where: { idNumber: idNumber(1) } })).toMatchObject({
      certificateNumber: 'LZ-002',
      drawable: false,
      specialties: ['土地管理'],
    });
  });

  it('checklist: every changed item gets a version with the notice; a change needs a notice; the ratio cap holds', async () => {
    const header = '事项编码,抽查事项,检查对象,事项类别,检查方式,检查主体,检查依据,默认抽查比例（%）';
    const item = await t.prisma.checkItem.findUniqueOrThrow({ where: { code: 'LZZR-01' }, include: { unit: true } });
    const csv = [
      header,
      `LZZR-01,${item.name}（调整）,${item.objectType},一般检查事项,书面检查、实地核查,${item.unit.name},${item.legalBasis},4`,
      `LZZR-90,新事项,采矿权人,重点,实地核查,${otherUnit.name},《矿产资源法》,30`,
      `LZZR-91,比例过高,采矿权人,一般,书面检查,${otherUnit.name},《矿产资源法》,50`,
    ].join('\n');
    const job = await f.prepare('CheckItem', '清单.csv', csv, admin);
    expect(job.counts).toMatchObject({ UPDATE: 1, CREATE: 1, REFUSED: 1 });
    expect((await f.rows(job.id, admin, 'REFUSED')).rows[0]!.reasons!.join()).toContain('不得超过上限');

    const ok = await f.prepare('CheckItem', '清单.csv', csv.split('\n').slice(0, 3).join('\n'), admin);
    expect((await f.commit(ok.id, admin)).errors![0]!.extensions!.code).toBe('CHECK_ITEM.NOTICE_REQUIRED');
    const done = await f.commit(ok.id, admin, '按 2026 年清单调整');
    expect(done.job!.status).toBe('COMMITTED');
    const versions = await t.prisma.checkItemVersion.findMany({
      where: { checkItem: { code: { in: ['LZZR-01', 'LZZR-90'] } } },
      orderBy: { version: 'desc' },
      include: { checkItem: true },
    });
    const latest01 = versions.find((v) => v.checkItem.code === 'LZZR-01')!;
    expect(latest01).toMatchObject({ version: item.version + 1, change: 'UPDATE', notice: '按 2026 年清单调整' });
    expect(versions.find((v) => v.checkItem.code === 'LZZR-90')).toMatchObject({ version: 1, change: 'CREATE' });
    expect(Number((await t.prisma.checkItem.findUniqueOrThrow({ where: { code: 'LZZR-01' } })).defaultRatio)).toBeCloseTo(0.04);
  });

  it('checklist: 实施单位 lists the units whose remit an item is in; blank keeps it, or is the 检查主体 for a new item', async () => {
    const header = '事项编码,抽查事项,检查对象,事项类别,检查方式,检查主体,实施单位,检查依据,默认抽查比例（%）';
    const ydk = await t.prisma.unit.findUniqueOrThrow({ where: { code: 'YDK' } });
    const gts = await t.prisma.unit.findMany({ where: { code: { in: ['GTS01', 'GTS02'] } }, orderBy: { code: 'asc' } });
    const row = (code: string, remit: string) => `${code},土地事项${code},建设用地使用权人,重点,实地核查,${ydk.name},${remit},《土地管理法》,20`;
    const csv = [header, row('LZZR-95', `${ydk.name}、${gts[0]!.name}、GTS02`), row('LZZR-96', ''), row('LZZR-97', '不存在的所')].join('\n');
    const job = await f.prepare('CheckItem', '清单.csv', csv, admin);
    expect(job.counts).toMatchObject({ CREATE: 2, REFUSED: 1 });
    expect((await f.rows(job.id, admin, 'REFUSED')).rows[0]!.reasons!.join()).toContain('单位“不存在的所”不存在');
    const ok = await f.prepare('CheckItem', '清单.csv', csv.split('\n').slice(0, 3).join('\n'), admin);
    expect((await f.commit(ok.id, admin, '新增土地事项')).job!.status).toBe('COMMITTED');
    const remit = async (code: string) =>
      (
        await t.prisma.checkItem.findUniqueOrThrow({ where: { code }, select: { remitUnits: { select: { code: true }, orderBy: { code: 'asc' } } } })
      ).remitUnits.map((u) => u.code);
    expect(await remit('LZZR-95')).toEqual(['GTS01', 'GTS02', 'YDK']);
    expect(await remit('LZZR-96')).toEqual(['YDK']);

    // A later file: a blank cell keeps the remit, a new list replaces it with a new version.
    const again = await f.prepare('CheckItem', '清单.csv', [header, row('LZZR-95', ''), row('LZZR-96', 'GTS02')].join('\n'), admin);
    expect(again.counts).toMatchObject({ UNCHANGED: 1, UPDATE: 1 });
    expect((await f.rows(again.id, admin, 'UPDATE')).rows[0]!.changes!.join()).toContain(`实施单位：${ydk.name} → ${gts[1]!.name}`);
    await f.commit(again.id, admin, '调整实施单位');
    expect(await remit('LZZR-95')).toEqual(['GTS01', 'GTS02', 'YDK']);
    expect(await remit('LZZR-96')).toEqual(['GTS02']);
    const v = await t.prisma.checkItemVersion.findFirstOrThrow({ where: { checkItem: { code: 'LZZR-96' } }, orderBy: { version: 'desc' } });
    expect(v).toMatchObject({ version: 2, snapshot: expect.objectContaining({ remitUnitIds: [gts[1]!.id] }) });
  });

  it('experts without ID numbers are matched by name and organisation', async () => {
    const e = await t.prisma.expert.findFirstOrThrow({ where: { idNumber: null } });
    const csv = `姓名,工作单位,专业领域,职称\n${e.name},${e.organization},${e.field},教授级高工\n新专家,淄博市某研究院,地质灾害,工程师\n`;
    const job = await f.prepare('Expert', '专家.csv', csv, admin);
    expect(job.counts).toMatchObject({ UPDATE: 1, CREATE: 1, REFUSED: 0 });
  });
});

describe('permissions (rule 3: 谁管辖、谁维护)', () => {
  it('unit staff import only their own unit’s records', async () => {
    const other = await t.prisma.target.findFirstOrThrow({ where: { unitId: otherUnit.id } });
    const csv = [TARGET_HEADER, targetLine(creditCode(), '别的单位新增', otherUnit.name), targetLine(other.creditCode, '改别人的')].join('\n');
    const job = await f.prepare('Target', '越权.csv', csv, wenshao);
    const { rows } = await f.rows(job.id, wenshao);
    expect(rows.map((r) => r.action)).toEqual(['REFUSED', 'REFUSED']);
    expect(rows[0]!.reasons!.join()).toContain('只能导入本单位的记录');
    expect(rows[1]!.reasons!.join()).toContain('属于其他单位');
    // The administrator may.
    const asAdmin = await f.prepare('Target', '越权.csv', csv, admin);
    expect(asAdmin.counts).toMatchObject({ CREATE: 1, UPDATE: 1, REFUSED: 0 });
  });

  it('refuses leaders, analysts’ tokens, staff for the checklist and experts, and other users’ jobs', async () => {
    const csv = `${TARGET_HEADER}\n${targetLine(creditCode(), '甲')}\n`;
    const leader = await t.login('leader');
    const up = await f.upload('Target', 'a.csv', csv, leader);
    expect(up.status).toBe(403);
    expect(up.errors![0]!.extensions!.code).toBe('FORBIDDEN');

    const analyst = await t.login('analyst');
    const token = (await t.gql<{ createApiToken: { token: string } }>('mutation { createApiToken(name: "导入测试") { token } }', {}, analyst)).data!
      .createApiToken.token;
    expect((await f.upload('Target', 'a.csv', csv, token)).errors![0]!.extensions!.code).toBe('READ_ONLY_TOKEN');
    expect((await f.upload('Target', 'a.csv', csv)).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');

    expect((await f.upload('CheckItem', 'a.csv', '事项编码\nX', wenshao)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await f.upload('Expert', 'a.csv', '姓名\nX', wenshao)).errors![0]!.extensions!.code).toBe('FORBIDDEN');

    const mine = await f.upload('Target', 'a.csv', csv, wenshao);
    const kuangguan = await t.login('kuangguan');
    const stolen = await f.dryRun(mine.job!.id, mine.job!.mapping, kuangguan);
    expect(stolen.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect(stolen.status).toBe(404);
  });
});
