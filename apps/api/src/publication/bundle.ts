// The daily publication bundle (issue 16, "manual channel"; docs/publication.md): for a bureau whose network only
// allows uploading by hand, one Beijing day of the outbox as a ZIP —
//
//   documents/<seq>-<kind>.json   each document as stored (the JSON its kind's schema describes), in seq order
//   公示数据-<day>.xlsx            one sheet per kind in the provincial bulk upload's columns (bundleLayouts.ts, or a
//                                 saved MappingProfile per kind)
//   manifest.json                 the day, the count, the seq range, every file's name, size and SHA-256
//   SHA256SUMS                    the same hashes in the format `sha256sum -c` checks
//
//   GET /export/publication-bundle/<YYYY-MM-DD>.zip[?profile.<kind>=<MappingProfile id>…]
//
// Who may: the outbox page's readers — administrators (the lead unit), with a session or a read-only token. The
// ZIP is written as it is sent: documents are read a page at a time and the next page only once the archive has
// taken the last one, so a busy day costs the memory of one page, not of the day.
import { createHash } from 'node:crypto';
import { PassThrough, Readable, Transform } from 'node:stream';
import yazl from 'yazl';
import type { PrismaClient } from '@ssj/db';
import { chinaIso, isIsoDate, isPublicationKind, PUBLICATION_KINDS, type PublicationKind } from '@ssj/domain';
import type { Context } from '../context.ts';
import { chinaDay, clock } from '../clock.ts';
import { userError } from '../errors.ts';
import { attachment, openWorkbook } from '../importing/writers.ts';
import { BUNDLE_SHEETS, type BundleColumn, type BundleLayout, bundleCell, DEFAULT_LAYOUTS } from './bundleLayouts.ts';

const PAGE = 200;

/** The MappingProfile list a kind's sheet is laid out by. */
export const bundleProfileList = (kind: PublicationKind) => `publication.${kind}`;

export type ChosenLayout = BundleLayout & { profile: { id: string; name: string } | null };

/** The instants a Beijing day spans: [from, to). */
export function dayRange(day: string): { gte: Date; lt: Date } {
  const gte = new Date(`${day}T00:00:00+08:00`);
  return { gte, lt: new Date(gte.getTime() + 86_400_000) };
}

const isColumns = (v: unknown): v is BundleColumn[] =>
  Array.isArray(v) &&
  v.length > 0 &&
  v.every((c) => c && typeof c === 'object' && typeof (c as BundleColumn).field === 'string' && typeof (c as BundleColumn).header === 'string');

const isValues = (v: unknown): v is Record<string, Record<string, string>> =>
  !!v &&
  typeof v === 'object' &&
  !Array.isArray(v) &&
  Object.values(v).every((m) => m && typeof m === 'object' && !Array.isArray(m) && Object.values(m).every((x) => typeof x === 'string'));

/**
 * The layout of each kind's sheet: the profile named by `profile.<kind>=<id>`, else the built-in one. A parameter
 * for an unknown kind, or a profile that is not an EXPORT profile of that kind's list, is refused.
 */
export async function chooseLayouts(prisma: PrismaClient, params: URLSearchParams): Promise<Record<PublicationKind, ChosenLayout>> {
  const chosen = Object.fromEntries(PUBLICATION_KINDS.map((k) => [k, { ...DEFAULT_LAYOUTS[k], profile: null }])) as Record<PublicationKind, ChosenLayout>;
  for (const [key, id] of params) {
    if (!key.startsWith('profile.')) continue;
    const kind = key.slice('profile.'.length);
    if (!isPublicationKind(kind)) throw userError('PUBLICATION.BUNDLE_PROFILE_INVALID', `没有这种公示文档类型：${kind}`);
    if (!id) continue;
    const p = await prisma.mappingProfile.findUnique({ where: { id } });
    if (!p || p.list !== bundleProfileList(kind) || p.direction !== 'EXPORT' || !isColumns(p.columns) || !isValues(p.values ?? {}))
      throw userError('PUBLICATION.BUNDLE_PROFILE_INVALID');
    chosen[kind] = {
      columns: p.columns.map((c) => ({ field: c.field, header: c.header })),
      values: (p.values ?? {}) as Record<string, Record<string, string>>,
      profile: { id: p.id, name: p.name },
    };
  }
  return chosen;
}

type Doc = { id: string; seq: bigint; kind: string; schemaVersion: number; occurredAt: Date; document: unknown };
const docSelect = { id: true, seq: true, kind: true, schemaVersion: true, occurredAt: true, document: true } as const;

/** The day's documents in seq order, a page at a time (keyset on seq), optionally of one kind. */
async function* documentsOf(prisma: PrismaClient, day: string, kind?: string): AsyncGenerator<Doc[]> {
  let after = -1n;
  for (;;) {
    const page = await prisma.publicationDocument.findMany({
      where: { occurredAt: dayRange(day), seq: { gt: after }, ...(kind ? { kind } : {}) },
      orderBy: { seq: 'asc' },
      take: PAGE,
      select: docSelect,
    });
    if (page.length) yield page;
    if (page.length < PAGE) return;
    after = page[page.length - 1]!.seq;
  }
}

export const bundleFileName = (d: Pick<Doc, 'seq' | 'kind'>) => `documents/${String(d.seq).padStart(8, '0')}-${d.kind}.json`;
const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/** A stream that passes bytes through and, at its end, knows their SHA-256 and count. */
function hashing() {
  const hash = createHash('sha256');
  let bytes = 0;
  const result = { sha256: '', bytes: 0 };
  const stream = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
    flush(done) {
      result.sha256 = hash.digest('hex');
      result.bytes = bytes;
      done();
    },
  });
  return { stream, result };
}

/** The workbook: a sheet per kind (all kinds, so the layout never changes with the day), rows in seq order. */
function workbook(prisma: PrismaClient, day: string, layouts: Record<PublicationKind, ChosenLayout>, out: PassThrough) {
  void (async () => {
    try {
      const book = openWorkbook(out);
      for (const kind of PUBLICATION_KINDS) {
        const { columns, values } = layouts[kind];
        const sheet = book.addSheet(
          BUNDLE_SHEETS[kind],
          columns.map((c) => c.header),
        );
        for await (const page of documentsOf(prisma, day, kind))
          for (const d of page) {
            const meta = { seq: String(d.seq), id: d.id, day: chinaDay(d.occurredAt) };
            await sheet.addRow(columns.map((c) => bundleCell(d.document, meta, c.field, values)));
          }
        sheet.commit();
      }
      await book.commit();
    } catch (e) {
      out.destroy(e instanceof Error ? e : new Error(String(e)));
    }
  })();
}

export interface BundleFile {
  name: string;
  bytes: number;
  sha256: string;
  seq?: string;
  kind?: string;
  id?: string;
}

/** Checks the request and starts the ZIP; refusals (permission, day, profile) come before the first byte. */
export async function publicationBundle(prisma: PrismaClient, ctx: Context, day: string, params: URLSearchParams) {
  if (!ctx.user) throw userError('UNAUTHENTICATED');
  if (ctx.user.role !== 'ADMIN') throw userError('FORBIDDEN');
  if (!isIsoDate(day)) throw userError('PUBLICATION.BUNDLE_DAY_INVALID');
  const layouts = await chooseLayouts(prisma, params);
  const generatedAt = clock.now();
  const zip = new yazl.ZipFile();
  const out = new PassThrough();
  zip.on('error', (err: Error) => out.destroy(err));
  zip.outputStream.on('error', (err) => out.destroy(err)).pipe(out);
  let gone = false;
  out.once('close', () => (gone = true));

  const files: BundleFile[] = [];
  let count = 0;
  let first: string | null = null;
  let last: string | null = null;
  const spreadsheet = `公示数据-${day}.xlsx`;

  void (async () => {
    try {
      for await (const page of documentsOf(prisma, day)) {
        // yazl asks for an entry's bytes when the archive reaches it: once the page's last entry is asked for, the
        // entries before it have gone into the (back-pressured) output, and the next page may be read.
        let taken!: () => void;
        const lastTaken = new Promise<void>((r) => (taken = r));
        page.forEach((d, i) => {
          const body = Buffer.from(`${JSON.stringify(d.document, null, 2)}\n`, 'utf8');
          const name = bundleFileName(d);
          files.push({ name, bytes: body.length, sha256: sha256(body), seq: String(d.seq), kind: d.kind, id: d.id });
          zip.addReadStreamLazy(name, { mtime: d.occurredAt }, (cb) => {
            if (i === page.length - 1) taken();
            cb(null, Readable.from([body]));
          });
        });
        count += page.length;
        first ??= String(page[0]!.seq);
        last = String(page[page.length - 1]!.seq);
        await Promise.race([lastTaken, new Promise<void>((r) => (gone ? r() : out.once('close', () => r())))]);
        if (gone) return;
      }
      const sheet = hashing();
      zip.addReadStreamLazy(spreadsheet, { mtime: generatedAt }, (cb) => {
        const book = new PassThrough();
        out.once('close', () => book.destroy());
        workbook(prisma, day, layouts, book);
        cb(null, book.pipe(sheet.stream));
      });
      // Asked for after the workbook has been written, so its hash is known.
      zip.addReadStreamLazy('manifest.json', { mtime: generatedAt }, (cb) => {
        const all = [...files, { name: spreadsheet, ...sheet.result }];
        const manifest = {
          bundle: 'ssj-publication-daily',
          version: 1,
          day,
          generatedAt: chinaIso(generatedAt),
          count,
          seq: first === null ? null : { first, last },
          spreadsheet: {
            name: spreadsheet,
            sheets: PUBLICATION_KINDS.map((k) => ({ kind: k, sheet: BUNDLE_SHEETS[k], profile: layouts[k].profile })),
          },
          files: all,
        };
        const sums = all.map((f) => `${f.sha256}  ${f.name}`).join('\n');
        zip.addBuffer(Buffer.from(sums ? `${sums}\n` : ''), 'SHA256SUMS', { mtime: generatedAt });
        zip.end();
        cb(null, Readable.from([Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8')]));
      });
    } catch (e) {
      out.destroy(e instanceof Error ? e : new Error(String(e)));
    }
  })();

  return new Response(Readable.toWeb(out) as ReadableStream<Uint8Array>, {
    headers: {
      'content-type': 'application/zip',
      'content-disposition': attachment(`每日公示包-${day}.zip`),
      'cache-control': 'no-store',
    },
  });
}
