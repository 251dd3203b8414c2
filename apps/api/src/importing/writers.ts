// Writes a spreadsheet as a stream, row by row, into an HTTP response: `.xlsx` through exceljs's streaming
// writer (inline strings, so nothing accumulates in a shared-strings table), `.csv` through csv-stringify as
// UTF-8 with a BOM (Chinese Excel then opens it correctly) or, on request, GBK for older Excel.
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from './excel.ts';
import iconv from 'iconv-lite';
import { stringify } from 'csv-stringify';

export type OutFormat = 'xlsx' | 'csv';
export type Cell = string | number | null;

export interface SheetWriter {
  addRow(cells: Cell[]): Promise<void>;
  /** A second worksheet of notes (xlsx only; ignored for csv). */
  addNotes?(title: string, rows: Cell[][]): void;
  end(): Promise<void>;
}

export interface SheetOutput {
  body: ReadableStream<Uint8Array>;
  contentType: string;
  writer: SheetWriter;
  /** Breaks the download off (the client sees a failed transfer, not a silently short file). */
  abort(error: unknown): void;
}

/**
 * Writes the rows into the sheet in the background and ends it; a failure part-way (a database error, a client
 * gone) aborts the download, so it is never a silently short file. Every streamed download goes through here.
 */
export function streamRows(out: SheetOutput, rows: () => AsyncIterable<Cell[]>): void {
  void (async () => {
    try {
      for await (const cells of rows()) await out.writer.addRow(cells);
      await out.writer.end();
    } catch (e) {
      out.abort(e);
    }
  })();
}

/**
 * Formula injection (CSV injection, OWASP): Excel and WPS open a CSV cell that starts with `=`, `+`, `-`, `@`, a tab
 * or a carriage return as a formula — `=HYPERLINK(…)` in a target's name would run on the reader's machine.
 * Such text gets a single quote in front, as OWASP recommends, so it shows as text (the import strips it again:
 * readers.ts). Numbers are left alone: a number's digits cannot hold a formula, and a quoted `-0.5` would become
 * text that neither sums nor re-imports as a number. In .xlsx nothing is needed: a string cell is a string
 * (exceljs writes `t="s"`/inline strings, never `<f>`), and numbers stay numeric cells.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;
export const neutraliseCsvCell = (c: Cell): string | number => (c === null ? '' : typeof c === 'string' && FORMULA_START.test(c) ? `'${c}` : c);

/** Waits until the response consumer has taken what was written (back-pressure for long exports). */
const drained = (s: PassThrough) => (s.writableNeedDrain ? new Promise<void>((r) => s.once('drain', () => r())) : Promise.resolve());

export function openSheet(format: OutFormat, sheetName: string, headers: string[], options: { gbk?: boolean; widths?: number[] } = {}): SheetOutput {
  const out = new PassThrough();
  const body = Readable.toWeb(out) as unknown as ReadableStream<Uint8Array>;
  if (format === 'csv') {
    const csv = stringify({ bom: !options.gbk });
    // iconv's encoder takes strings: let the CSV side hand over text (decoded safely across chunks).
    if (options.gbk) csv.setEncoding('utf8').pipe(iconv.encodeStream('gb18030')).pipe(out);
    else csv.pipe(out);
    csv.write(headers.map(neutraliseCsvCell));
    return {
      body,
      abort: (e) => out.destroy(e instanceof Error ? e : new Error(String(e))),
      contentType: `text/csv; charset=${options.gbk ? 'gb18030' : 'utf-8'}`,
      writer: {
        addRow: async (cells) => {
          if (!csv.write(cells.map(neutraliseCsvCell))) await new Promise<void>((r) => csv.once('drain', () => r()));
          await drained(out);
        },
        end: () =>
          new Promise<void>((resolve) => {
            out.once('finish', resolve);
            csv.end();
          }),
      },
    };
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = headers.map((h, i) => ({ header: h, width: options.widths?.[i] ?? Math.min(40, Math.max(10, h.length * 2 + 4)), style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let notes: { title: string; rows: Cell[][] } | null = null;
  return {
    body,
    abort: (e) => out.destroy(e instanceof Error ? e : new Error(String(e))),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    writer: {
      addRow: async (cells) => {
        sheet.addRow(cells).commit();
        await drained(out);
      },
      addNotes: (title, rows) => {
        notes = { title, rows };
      },
      end: async () => {
        sheet.commit();
        if (notes) {
          const n = workbook.addWorksheet(notes.title);
          n.columns = [{ width: 24 }, { width: 10 }, { width: 80 }];
          for (const r of notes.rows) n.addRow(r).commit();
          n.commit();
        }
        await workbook.commit();
      },
    },
  };
}

/** One worksheet of a workbook being streamed (openWorkbook): rows in order, then `commit` before the next sheet. */
export interface StreamedSheet {
  addRow(cells: Cell[]): Promise<void>;
  commit(): void;
}

/**
 * A workbook of several sheets streamed into `out`, one sheet after the other (the daily publication bundle):
 * the same cells as openSheet's — a bold, frozen header row, text-formatted columns, inline strings.
 */
export function openWorkbook(out: PassThrough) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  return {
    addSheet(name: string, headers: string[]): StreamedSheet {
      const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.columns = headers.map((h) => ({ header: h, width: Math.min(40, Math.max(10, h.length * 2 + 4)), style: { numFmt: '@' } }));
      sheet.getRow(1).font = { bold: true };
      sheet.getRow(1).commit();
      return {
        addRow: async (cells) => {
          sheet.addRow(cells).commit();
          await drained(out);
        },
        commit: () => sheet.commit(),
      };
    },
    commit: () => workbook.commit(),
  };
}

/** Content-Disposition for a Chinese file name (RFC 6266 / 5987), with an ASCII fallback. */
export const attachment = (fileName: string) =>
  `attachment; filename="${fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
