// A small A4 layout kit over pdfkit for the printable documents (documents/render.ts): titles, paragraphs, a grid
// of label–value pairs, tables that break across pages and repeat their header, signature boxes, a QR code, and
// "第 n 页 共 m 页" footers. Chinese text uses Noto Sans SC (Noto Sans Hans, SIL Open Font License 1.1) from the
// npm package @embedpdf/fonts-sc: nothing is read from the machine's fonts, and pdfkit embeds only the glyphs a
// document uses (a font subset), so a one-page notice is ~100 kB rather than 8 MB.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
const fontDir = path.resolve(path.dirname(require.resolve('@embedpdf/fonts-sc')), '../fonts');

/** What pdfkit needs of a fontkit font (it takes a parsed font as readily as the file's bytes). */
type ParsedFont = { layout(text: string): unknown; postscriptName: string };
const { create: parseFont } = require('fontkit') as { create(data: Uint8Array): ParsedFont };

let fonts: { regular: ParsedFont; bold: ParsedFont } | null = null;
/**
 * The two weights, read and parsed once per process (8 MB each) and shared by every document. Parsing is lazy in
 * fontkit: a document's first glyphs decode the font's tables (the CFF's charset and index of 65,000 glyphs,
 * the cmap), and the font keeps what it decoded — glyph outlines, metrics, the layout engine. A font of its own per
 * document (pdfkit's way when given the bytes) decoded all of it again for every PDF: ~0.3 s of CPU each. Each
 * document still embeds a subset of its own (pdfkit's EmbeddedFont: createSubset per document), so its bytes are
 * the same; fontkit works synchronously, so documents rendered at once never interleave inside it.
 */
function loadFonts() {
  fonts ??= {
    regular: parseFont(fs.readFileSync(path.join(fontDir, 'NotoSansHans-Regular.otf'))),
    bold: parseFont(fs.readFileSync(path.join(fontDir, 'NotoSansHans-Bold.otf'))),
  };
  return fonts;
}

export const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 56, bottom: 64, left: 56, right: 56 };
const CONTENT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const LINE = '#444444';
const MUTED = '#666666';
/** The issuer's line (a blank line, unit and date) and a row of signature boxes, in points. */
const ISSUER_HEIGHT = 60;
const SIGNATURE_HEIGHT = 78;

export type Column = { header: string; width: number; align?: 'left' | 'center' | 'right' };

export interface DocumentMeta {
  /** The document's title, also the PDF's Title. */
  title: string;
  /** The issuing unit or system, the PDF's Author. */
  author?: string;
  /** When it was made (the server clock): the PDF's creation date and the footer. */
  createdAt: Date;
  /** A line in every page's footer, left of the page number (e.g. the task code). */
  footer?: string;
}

/** A document being written, top to bottom. `finish()` returns the PDF's bytes. */
export class PdfWriter {
  readonly pdf: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly ended: Promise<void>;

  constructor(private readonly meta: DocumentMeta) {
    this.pdf = new PDFDocument({
      size: 'A4',
      margins: MARGIN,
      bufferPages: true,
      autoFirstPage: true,
      lang: 'zh-CN',
      displayTitle: true,
      info: { Title: meta.title, Author: meta.author ?? '双随机、一公开监管平台', Creator: '双随机、一公开监管平台', CreationDate: meta.createdAt },
    });
    const f = loadFonts();
    // pdfkit's types list only the font's bytes; its font factory takes a fontkit font as well (PDFFontFactory.open).
    this.pdf.registerFont('regular', f.regular as unknown as Buffer);
    this.pdf.registerFont('bold', f.bold as unknown as Buffer);
    this.pdf.font('regular').fontSize(11).fillColor('black');
    this.pdf.on('data', (c: Buffer) => this.chunks.push(c));
    this.ended = new Promise((resolve, reject) => {
      this.pdf.on('end', resolve);
      this.pdf.on('error', reject);
    });
  }

  get bottom() {
    return A4.height - MARGIN.bottom;
  }

  /** Starts a new page when less than `height` points are left on this one. */
  ensureSpace(height: number) {
    if (this.pdf.y + height > this.bottom) this.pdf.addPage();
  }

  /** The document's title, centred and large; an optional line below it (a number, a date). */
  title(text: string, sub?: string) {
    this.pdf.font('bold').fontSize(20).fillColor('black').text(text, MARGIN.left, this.pdf.y, { width: CONTENT_WIDTH, align: 'center' });
    if (sub) this.pdf.moveDown(0.2).font('regular').fontSize(10).fillColor(MUTED).text(sub, { width: CONTENT_WIDTH, align: 'center' });
    this.pdf.fillColor('black').moveDown(0.8);
    return this;
  }

  heading(text: string) {
    this.ensureSpace(48);
    this.pdf.moveDown(0.4).font('bold').fontSize(13).fillColor('black').text(text, MARGIN.left, this.pdf.y, { width: CONTENT_WIDTH });
    this.pdf.moveDown(0.3).font('regular').fontSize(11);
    return this;
  }

  /** A paragraph; `indent` gives it the two-character first-line indent of Chinese official writing. */
  para(text: string, o: { indent?: boolean; size?: number; muted?: boolean; bold?: boolean; align?: 'left' | 'right' | 'center' | 'justify' } = {}) {
    const size = o.size ?? 11;
    this.pdf
      .font(o.bold ? 'bold' : 'regular')
      .fontSize(size)
      .fillColor(o.muted ? MUTED : 'black')
      .text(text, MARGIN.left, this.pdf.y, { width: CONTENT_WIDTH, indent: o.indent ? size * 2 : 0, lineGap: 3, align: o.align ?? 'left' });
    this.pdf.fillColor('black').moveDown(0.4);
    return this;
  }

  /** Label–value pairs as a bordered grid, `perRow` pairs a row. An empty value shows as a blank to fill in by hand. */
  fields(pairs: readonly (readonly [string, string | null | undefined])[], perRow = 2) {
    const labelW = 86;
    const cellW = CONTENT_WIDTH / perRow;
    for (let i = 0; i < pairs.length; i += perRow) {
      const row = pairs.slice(i, i + perRow);
      const last = i + perRow >= pairs.length;
      // The last pair of an odd count spans the rest of the row.
      const widths = row.map((_, j) => (last && j === row.length - 1 ? CONTENT_WIDTH - cellW * j : cellW));
      this.pdf.fontSize(10);
      const h = Math.max(
        22,
        ...row.map(([label, value], j) => Math.max(this.heightOf(label, labelW - 8), this.heightOf(value ?? '', widths[j]! - labelW - 8)) + 10),
      );
      this.ensureSpace(h);
      const y = this.pdf.y;
      let x = MARGIN.left;
      row.forEach(([label, value], j) => {
        const w = widths[j]!;
        this.pdf.rect(x, y, labelW, h).fillAndStroke('#f2f2f2', LINE);
        this.pdf.rect(x + labelW, y, w - labelW, h).stroke(LINE);
        this.pdf
          .fillColor('black')
          .font('bold')
          .fontSize(10)
          .text(label, x + 4, y + 5, { width: labelW - 8 });
        this.pdf
          .font('regular')
          .fontSize(10)
          .text(value ?? '', x + labelW + 4, y + 5, { width: w - labelW - 8, lineGap: 1 });
        x += w;
      });
      this.pdf.x = MARGIN.left;
      this.pdf.y = y + h;
    }
    this.pdf.moveDown(0.6);
    return this;
  }

  private heightOf(text: string, width: number) {
    return text ? this.pdf.heightOfString(text, { width, lineGap: 1 }) : 0;
  }

  /**
   * A table: column widths are shares of the page width (they need not sum to 1: they are scaled). Rows break
   * across pages with the header repeated. `minRowHeight` leaves room to write by hand on a blank form.
   */
  table(
    columns: readonly Column[],
    rows: readonly (readonly (string | null | undefined)[])[],
    o: { minRowHeight?: number; size?: number; empty?: string } = {},
  ) {
    const size = o.size ?? 9.5;
    const total = columns.reduce((s, c) => s + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * CONTENT_WIDTH);
    const pad = 4;
    const rowHeight = (cells: readonly (string | null | undefined)[], bold = false) => {
      this.pdf.font(bold ? 'bold' : 'regular').fontSize(size);
      return Math.max(o.minRowHeight ?? 0, ...cells.map((c, i) => this.heightOf(c ?? '', widths[i]! - 2 * pad) + 2 * pad), size + 2 * pad + 2);
    };
    const drawRow = (cells: readonly (string | null | undefined)[], header: boolean) => {
      const h = rowHeight(cells, header);
      const y = this.pdf.y;
      let x = MARGIN.left;
      cells.forEach((c, i) => {
        const w = widths[i]!;
        if (header) this.pdf.rect(x, y, w, h).fillAndStroke('#e8e8e8', LINE);
        else this.pdf.rect(x, y, w, h).stroke(LINE);
        this.pdf
          .fillColor('black')
          .font(header ? 'bold' : 'regular')
          .fontSize(size)
          .text(c ?? '', x + pad, y + pad, { width: w - 2 * pad, lineGap: 1, align: columns[i]!.align ?? 'left' });
        x += w;
      });
      this.pdf.x = MARGIN.left;
      this.pdf.y = y + h;
    };
    const headers = columns.map((c) => c.header);
    this.ensureSpace(rowHeight(headers, true) + (rows[0] ? rowHeight(rows[0]) : 0));
    drawRow(headers, true);
    for (const r of rows) {
      if (this.pdf.y + rowHeight(r) > this.bottom) {
        this.pdf.addPage();
        drawRow(headers, true);
      }
      drawRow(r, false);
    }
    if (!rows.length && o.empty) {
      this.pdf
        .font('regular')
        .fontSize(size)
        .fillColor(MUTED)
        .text(o.empty, MARGIN.left + pad, this.pdf.y + pad, { width: CONTENT_WIDTH - 2 * pad });
      this.pdf.fillColor('black');
    }
    this.pdf.moveDown(0.8);
    return this;
  }

  /** The height `para` gives a paragraph of this text. */
  paraHeight(text: string, size = 11): number {
    this.pdf.font('regular').fontSize(size);
    return this.pdf.heightOfString(text, { width: CONTENT_WIDTH, lineGap: 3 }) + this.pdf.currentLineHeight(true) * 0.4;
  }

  /**
   * How a notice ends: its last paragraph, the issuer's line and a row of signature boxes, kept on one page so
   * that the boxes never stand alone on a page of their own.
   */
  closing(lastParagraph: string, unit: string, date: string, boxes: readonly { caption: string; filled?: string | null }[]) {
    this.ensureSpace(this.paraHeight(lastParagraph) + ISSUER_HEIGHT + SIGNATURE_HEIGHT + 8);
    return this.para(lastParagraph).issuer(unit, date).signatures(boxes);
  }

  /** Boxes side by side to sign in by hand: a caption on top, "签名：" and "日期：" lines; `filled` prints a name in. */
  signatures(boxes: readonly { caption: string; filled?: string | null }[], height = SIGNATURE_HEIGHT) {
    const gap = 10;
    const perRow = Math.min(3, boxes.length);
    const w = (CONTENT_WIDTH - gap * (perRow - 1)) / perRow;
    for (let i = 0; i < boxes.length; i += perRow) {
      this.ensureSpace(height + 8);
      const y = this.pdf.y;
      boxes.slice(i, i + perRow).forEach((b, j) => {
        const x = MARGIN.left + j * (w + gap);
        this.pdf.rect(x, y, w, height).stroke(LINE);
        this.pdf
          .font('bold')
          .fontSize(10)
          .fillColor('black')
          .text(b.caption, x + 6, y + 6, { width: w - 12 });
        this.pdf
          .font('regular')
          .fontSize(10)
          .text(`签名：${b.filled ?? ''}`, x + 6, y + height - 38, { width: w - 12 });
        this.pdf.text('日期：      年    月    日', x + 6, y + height - 20, { width: w - 12 });
      });
      this.pdf.x = MARGIN.left;
      this.pdf.y = y + height + 8;
    }
    this.pdf.moveDown(0.4);
    return this;
  }

  /** A PNG (e.g. a QR code) at the left with lines of text beside it. */
  imageWithText(png: Buffer, size: number, lines: readonly string[]) {
    this.ensureSpace(size + 8);
    const y = this.pdf.y;
    this.pdf.image(png, MARGIN.left, y, { width: size, height: size });
    this.pdf.font('regular').fontSize(9.5).fillColor('black');
    let ty = y + 4;
    for (const l of lines) {
      this.pdf.text(l, MARGIN.left + size + 12, ty, { width: CONTENT_WIDTH - size - 12, lineGap: 1 });
      ty = this.pdf.y + 2;
    }
    this.pdf.x = MARGIN.left;
    this.pdf.y = Math.max(y + size, ty) + 8;
    return this;
  }

  /** The issuer's line at the bottom right (unit, date), as official documents end. */
  issuer(unit: string, date: string) {
    this.ensureSpace(ISSUER_HEIGHT);
    this.pdf.moveDown(1).font('regular').fontSize(11).text(`${unit}（盖章）`, MARGIN.left, this.pdf.y, { width: CONTENT_WIDTH, align: 'right' });
    this.pdf.text(date, { width: CONTENT_WIDTH, align: 'right' });
    this.pdf.moveDown(0.6);
    return this;
  }

  /** Ends the document: page footers, then the bytes. */
  async finish(): Promise<Buffer> {
    const range = this.pdf.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.pdf.switchToPage(i);
      // Writing below the bottom margin would start a new page: lift it while the footer is written.
      const bottom = this.pdf.page.margins.bottom;
      this.pdf.page.margins.bottom = 0;
      const y = A4.height - 40;
      this.pdf
        .moveTo(MARGIN.left, y - 6)
        .lineTo(A4.width - MARGIN.right, y - 6)
        .lineWidth(0.5)
        .stroke('#999999');
      this.pdf.font('regular').fontSize(8).fillColor(MUTED);
      this.pdf.text(`${this.meta.title}${this.meta.footer ? ` · ${this.meta.footer}` : ''}`, MARGIN.left, y, { width: CONTENT_WIDTH * 0.7, lineBreak: false });
      this.pdf.text(`第 ${i - range.start + 1} 页 共 ${range.count} 页`, MARGIN.left, y, { width: CONTENT_WIDTH, align: 'right', lineBreak: false });
      this.pdf.page.margins.bottom = bottom;
    }
    this.pdf.end();
    await this.ended;
    return Buffer.concat(this.chunks);
  }
}
