// Writes the dashboard's tables to an .xlsx in the browser (exceljs, loaded only when a leader exports: it is
// about 1 MB) and hands it to the browser as a download. The figures are already on screen, as the server
// computed them; nothing is recomputed here.
import { safeSheetName, type Sheet } from './sheets';

const NUM_FMT: Record<string, string | undefined> = { percent: '0.0%', decimal: '0.0', int: '0' };

export async function workbookBlob(sheets: readonly Sheet[], meta: { title: string; subject?: string }): Promise<Blob> {
  const mod = (await import('exceljs')) as unknown as { default?: typeof import('exceljs') } & typeof import('exceljs');
  const ExcelJS = mod.default ?? mod;
  const wb = new ExcelJS.Workbook();
  wb.creator = '双随机、一公开监管平台';
  wb.title = meta.title;
  if (meta.subject) wb.subject = meta.subject;
  wb.created = new Date();
  const used = new Set<string>();
  for (const sheet of sheets) {
    let name = safeSheetName(sheet.name);
    for (let n = 2; used.has(name); n++) name = safeSheetName(`${sheet.name} ${n}`);
    used.add(name);
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
    ws.columns = sheet.columns.map((c, i) => ({
      key: `c${i}`,
      header: c.header,
      width: c.width ?? Math.max(10, c.header.length * 2 + 2),
      style: NUM_FMT[c.format] ? { numFmt: NUM_FMT[c.format] } : {},
    }));
    for (const row of sheet.rows) ws.addRow(row.map((v) => (v === null ? null : v)));
    const header = ws.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

export function saveBlob(blob: Blob, fileName: string) {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** The file name: the title and the period, characters Windows refuses replaced. */
export const xlsxFileName = (title: string, period: string) => `${title}_${period}.xlsx`.replace(/[\\/:*?"<>|\s]+/g, '_');
