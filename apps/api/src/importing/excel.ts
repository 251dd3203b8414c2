// exceljs, with two fixes to its streaming reader.
//
// 1. Its streaming reader (4.4.0, lib/utils/parse-sax.js) decodes every decompressed chunk
// of a worksheet on its own (`bufferToString(chunk)`), so a Chinese character that straddles two chunks turns
// into two U+FFFD — in a 2,000-row directory, a few names come out garbled. The module below replaces
// parse-sax with the same code decoding through a StringDecoder, which carries a split character over to the
// next chunk. It must be in Node's module cache before exceljs loads, hence: import ExcelJS from here only.
//
// 2. Its WorkbookReader walks the archive once, front to back, through unzipper's streaming `Parse`, and that
// walk sometimes loses the last entry (exceljs#3064, unzipper#234: a race, seen here once in CI under load).
// exceljs itself writes `xl/workbook.xml` last, so the reader then fails with "Cannot read properties of
// undefined (reading 'sheets')". An upload is a file on disk, so `worksheetsOf` below reads the archive through
// its central directory instead (unzipper's `Open.file`, random access) — workbook, relationships and shared
// strings first, then each worksheet streamed row by row through exceljs's own WorksheetReader — and, unlike
// the one-pass walk, hands the sheets over in the order of the tabs a user sees, hidden ones left out.
import { createRequire } from 'node:module';
import { StringDecoder } from 'node:string_decoder';
import { Transform, type Readable } from 'node:stream';
import type { Row } from 'exceljs';

const require = createRequire(import.meta.url);
const parseSaxPath = require.resolve('exceljs/lib/utils/parse-sax.js');
if (!require.cache[parseSaxPath]) {
  const { SaxesParser } = createRequire(parseSaxPath)('saxes') as { SaxesParser: new () => any };
  async function* parseSax(iterable: AsyncIterable<Buffer | string>) {
    const parser = new SaxesParser();
    const decoder = new StringDecoder('utf8');
    let error: unknown;
    let events: { eventType: string; value: unknown }[] = [];
    parser.on('error', (e: unknown) => (error = e));
    parser.on('opentag', (value: unknown) => events.push({ eventType: 'opentag', value }));
    parser.on('text', (value: unknown) => events.push({ eventType: 'text', value }));
    parser.on('closetag', (value: unknown) => events.push({ eventType: 'closetag', value }));
    const source = (iterable as any)[Symbol.asyncIterator] ? iterable : (iterable as any).pipe(new (require('node:stream').PassThrough)());
    for await (const chunk of source as AsyncIterable<Buffer | string>) {
      parser.write(typeof chunk === 'string' ? chunk : decoder.write(chunk));
      if (error) throw error;
      yield events;
      events = [];
    }
    const rest = decoder.end();
    if (rest) parser.write(rest);
    if (error) throw error;
    if (events.length) yield events;
  }
  const mod = new (require('node:module') as { Module: new (id: string) => any }).Module(parseSaxPath);
  Object.assign(mod, { filename: parseSaxPath, loaded: true, exports: parseSax });
  require.cache[parseSaxPath] = mod;
}

// exceljs and its zip libraries load on first use, not when the server starts: most starts never read or write a
// workbook, and loading them is a good part of a start's CPU (~0.6 s of ~5 s). The parse-sax fix above is in Node's
// module cache by then.
let exceljs: typeof import('exceljs') | undefined;
function loadExcelJS(): typeof import('exceljs') {
  exceljs ??= require('exceljs') as typeof import('exceljs');
  return exceljs;
}
const ExcelJS = new Proxy({} as typeof import('exceljs'), { get: (_target, key) => Reflect.get(loadExcelJS(), key) });
export default ExcelJS;

interface ZipEntry {
  path: string;
  compressedSize: number;
  uncompressedSize: number;
  stream(): Readable;
}
// exceljs's own unzipper (its dependency, not ours), resolved the way exceljs resolves it.
const unzipper = () => createRequire(require.resolve('exceljs'))('unzipper') as { Open: { file(path: string): Promise<{ files: ZipEntry[] }> } };

/** The internals of exceljs's WorkbookReader that `worksheetsOf` drives in its own order. */
interface ReaderInternals {
  model?: { sheets?: { name: string; id: number; rId: string; state?: string }[] };
  workbookRels?: { Id: string; Target: string }[];
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(iterator: Readable, sheetNo: string): Generator<{ eventType: string; value: AsyncIterable<Row> & { name: string } }>;
}

export interface OpenWorksheet {
  name: string;
  rows: AsyncIterable<Row>;
}

/**
 * The visible worksheets of the .xlsx file, in tab order, each streamed row by row (see fix 2 above).
 * `onBytes` reports progress in bytes of the file, estimated from the worksheet's compression ratio.
 */
export async function* worksheetsOf(file: string, onBytes: (n: number) => void = () => undefined): AsyncGenerator<OpenWorksheet> {
  const { files } = await unzipper().Open.file(file);
  const entry = (p: string) => files.find((f) => f.path === p);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
  }) as unknown as ReaderInternals;
  const rels = entry('xl/_rels/workbook.xml.rels');
  const book = entry('xl/workbook.xml');
  if (!rels || !book) throw new Error('not an Excel workbook (xl/workbook.xml missing)');
  await reader._parseRels(rels.stream());
  await reader._parseWorkbook(book.stream());
  const strings = entry('xl/sharedStrings.xml');
  if (strings) for await (const _ of reader._parseSharedStrings(strings.stream()));

  for (const sheet of reader.model?.sheets ?? []) {
    if (sheet.state === 'hidden' || sheet.state === 'veryHidden') continue;
    const target = reader.workbookRels?.find((r) => r.Id === sheet.rId)?.Target;
    if (!target) continue;
    // Targets are relative to xl/, or absolute within the package.
    const part = entry(target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    if (!part) continue;
    const ratio = part.uncompressedSize > 0 ? part.compressedSize / part.uncompressedSize : 1;
    const counted = part.stream().pipe(
      new Transform({
        transform(chunk: Buffer, _enc, done) {
          onBytes(chunk.length * ratio);
          done(null, chunk);
        },
      }),
    );
    const sheetNo = /(\d+)\.xml$/.exec(part.path)?.[1] ?? String(sheet.id);
    for (const { value } of reader._parseWorksheet(counted, sheetNo)) {
      yield { name: sheet.name, rows: value };
    }
  }
}
export type { Row, Workbook, Worksheet } from 'exceljs';
