// exceljs, with one fix: its streaming reader (4.4.0, lib/utils/parse-sax.js) decodes every decompressed chunk
// of a worksheet on its own (`bufferToString(chunk)`), so a Chinese character that straddles two chunks turns
// into two U+FFFD — in a 2,000-row directory, a few names come out garbled. The module below replaces
// parse-sax with the same code decoding through a StringDecoder, which carries a split character over to the
// next chunk. It must be in Node's module cache before exceljs loads, hence: import ExcelJS from here only.
import { createRequire } from 'node:module';
import { StringDecoder } from 'node:string_decoder';

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

const ExcelJS = require('exceljs') as typeof import('exceljs');
export default ExcelJS;
export type { Row, Workbook, Worksheet } from 'exceljs';
