// Reading .xlsx uploads (src/importing/excel.ts, readers.ts): which worksheet is the list, and reading the
// workbook part exceljs writes last (the one its one-pass reader sometimes lost, exceljs#3064).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import ExcelJS from '../src/importing/excel.ts';
import { readRows } from '../src/importing/readers.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssj-xlsx-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function save(name: string, wb: InstanceType<typeof ExcelJS.Workbook>) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

async function rowsOf(file: string, onBytes?: (n: number) => void) {
  const rows: string[][] = [];
  for await (const r of readRows(file, 'xlsx', onBytes ? { onBytes } : {})) rows.push(r.cells);
  return rows;
}

function listSheet(wb: InstanceType<typeof ExcelJS.Workbook>, name = '名录', n = 3) {
  const s = wb.addWorksheet(name);
  s.addRow(['统一社会信用代码', '名称']);
  for (let i = 1; i <= n; i++) s.addRow([`代码${i}`, `淄博公司${i}`]);
  return s;
}

describe('reading an .xlsx upload', () => {
  it('reads the first visible tab: a hidden lookup sheet in front is not the list', async () => {
    const hidden = new ExcelJS.Workbook();
    hidden.addWorksheet('代码表', { state: 'hidden' }).addRow(['内部代码']);
    listSheet(hidden);
    const rows = await rowsOf(await save('hidden.xlsx', hidden));
    expect(rows[0]).toEqual(['统一社会信用代码', '名称']);
    expect(rows).toHaveLength(4);
  });

  it('reads a two-sheet workbook whose workbook part is stored last, every time, also many at once', async () => {
    const wb = new ExcelJS.Workbook();
    listSheet(wb, '名录', 50);
    wb.addWorksheet('填写说明').addRow(['说明']);
    const file = await save('two.xlsx', wb);
    const reads = await Promise.all(Array.from({ length: 60 }, () => rowsOf(file)));
    for (const rows of reads) {
      expect(rows).toHaveLength(51);
      expect(rows[50]).toEqual(['代码50', '淄博公司50']);
    }
  });

  it('reports progress up to about the size of the file', async () => {
    const wb = new ExcelJS.Workbook();
    const s = listSheet(wb, '名录', 0);
    for (let i = 1; i <= 20000; i++) s.addRow([`代码${i}`, (i * 7919) % 100003]);
    const file = await save('big.xlsx', wb);
    let bytes = 0;
    expect(await rowsOf(file, (n) => (bytes += n))).toHaveLength(20001);
    const size = fs.statSync(file).size;
    expect(bytes).toBeGreaterThan(size * 0.5);
    expect(bytes).toBeLessThanOrEqual(size);
  });

  it('refuses a file that is not a workbook', async () => {
    const file = path.join(dir, 'not.xlsx');
    fs.writeFileSync(file, '统一社会信用代码,名称\n');
    await expect(rowsOf(file)).rejects.toThrow();
  });
});
