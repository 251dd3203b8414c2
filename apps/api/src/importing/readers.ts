// Reads a spreadsheet from disk row by row, never the whole file at once: `.xlsx` through exceljs's streaming
// worksheet reader (the first visible tab; see excel.ts), `.csv` through csv-parse after decoding UTF-8 (with or without BOM), UTF-16 (with
// BOM) or GBK/GB18030 — what Chinese Excel writes for "CSV" — through iconv-lite. Every cell becomes trimmed text.
import fs from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { worksheetsOf } from './excel.ts';
import iconv from 'iconv-lite';
import { parse as parseCsv } from 'csv-parse';

export type FileFormat = 'xlsx' | 'csv';
export type Encoding = 'utf-8' | 'utf-16le' | 'gb18030';

export interface SheetRow {
  /** 1-based row number as the spreadsheet shows it. */
  row: number;
  cells: string[];
}

export function formatOf(fileName: string): FileFormat | null {
  const ext = fileName.toLowerCase().split('.').pop();
  return ext === 'xlsx' ? 'xlsx' : ext === 'csv' || ext === 'txt' ? 'csv' : null;
}

/** The encoding of a CSV file: a BOM says so; otherwise valid UTF-8 in the first 256 KiB, else GBK (GB18030). */
export async function detectEncoding(file: string): Promise<Encoding> {
  const fd = await fs.promises.open(file, 'r');
  try {
    const buf = Buffer.alloc(256 * 1024);
    const { bytesRead } = await fd.read(buf, 0, buf.length, 0);
    const head = buf.subarray(0, bytesRead);
    if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
    if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
    try {
      // stream: true tolerates a character cut at the end of the sample.
      new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
      return 'utf-8';
    } catch {
      return 'gb18030';
    }
  } finally {
    await fd.close();
  }
}

/** Counts the bytes read from disk, for the progress bar. */
function byteCounter(onBytes: (n: number) => void) {
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      onBytes(chunk.length);
      done(null, chunk);
    },
  });
}

/**
 * A text cell our export neutralised against formula injection (writers.ts: `'=…`) reads back as it was, so an
 * exported file imports unchanged; Excel keeps the quote when it saves such a CSV as .xlsx, so both formats.
 */
const unneutralise = (t: string) => (/^'[=+\-@\t\r]/.test(t) ? t.slice(1).trim() : t);

/** One cell's value as text: numbers without float noise, dates as YYYY-MM-DD, formulas by their result. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return unneutralise(v.trim());
  if (typeof v === 'number') {
    // An 18-digit ID typed into a number cell has already lost digits; show it as Excel does so the row
    // is refused with a hint instead of matching a wrong person.
    if (Math.abs(v) >= 1e15) return v.toExponential().toUpperCase();
    return String(Number(v.toPrecision(15)));
  }
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: unknown };
    if (Array.isArray(o.richText))
      return o.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('result' in o) return cellText(o.result);
    if ('text' in o) return cellText(o.text);
    if ('error' in o) return '';
  }
  return String(v).trim();
}

/** Splits the first line to guess the delimiter: comma, tab (Excel's "Unicode text") or semicolon. */
async function detectDelimiter(file: string, encoding: Encoding): Promise<string> {
  const fd = await fs.promises.open(file, 'r');
  try {
    const buf = Buffer.alloc(16 * 1024);
    const { bytesRead } = await fd.read(buf, 0, buf.length, 0);
    const line = iconv.decode(buf.subarray(0, bytesRead), encoding).split(/\r?\n/)[0] ?? '';
    const counts = [',', '\t', ';'].map((d) => [d, line.split(d).length] as const).sort((a, b) => b[1] - a[1]);
    return counts[0]![1] > 1 ? counts[0]![0] : ',';
  } finally {
    await fd.close();
  }
}

/**
 * The rows of the file, in order, skipping rows whose cells are all blank. `onBytes` reports progress as
 * bytes of the file read. For a CSV, `encoding` is detected when not given.
 */
export async function* readRows(
  file: string,
  format: FileFormat,
  options: { encoding?: Encoding; onBytes?: (n: number) => void } = {},
): AsyncGenerator<SheetRow> {
  const onBytes = options.onBytes ?? (() => undefined);
  if (format === 'csv') {
    const encoding = options.encoding ?? (await detectEncoding(file));
    const delimiter = await detectDelimiter(file, encoding);
    const parser = parseCsv({ bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true });
    const feeding = pipeline(fs.createReadStream(file), byteCounter(onBytes), iconv.decodeStream(encoding), parser);
    feeding.catch(() => undefined); // errors surface through the parser's iterator below
    for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const cells = rec.record.map((c) => unneutralise(c.trim()));
      if (cells.every((c) => c === '')) continue;
      yield { row: rec.info.lines, cells };
    }
    await feeding;
    return;
  }
  // Only the first visible worksheet holds the list (a template's second sheet holds the notes).
  for await (const sheet of worksheetsOf(file, onBytes)) {
    for await (const row of sheet.rows) {
      const values = row.values as unknown[];
      const cells: string[] = [];
      for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
      if (cells.every((c) => c === '')) continue;
      yield { row: row.number, cells };
    }
    break;
  }
}
