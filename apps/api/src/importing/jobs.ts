// An import job: the uploaded file (kept on disk, never in memory), its header row and column mapping, the
// dry run's row-by-row results, and the all-or-nothing commit. Jobs live in the API process for a few hours
// and belong to the user who uploaded the file.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PrismaClient } from '@ssj/db';
import { audit } from '../audit.ts';
import type { Context, CurrentUser } from '../context.ts';
import { forbidden, notFound, unauthenticated, userError } from '../errors.ts';
import { lockKey } from '../locking.ts';
import { getGeneralRatioCap } from '../settings.ts';
import { analyse, RowsRefused, type Counts, type Progress, type RowAction, type RowResult } from './analyse.ts';
import type { ListDef } from './listDef.ts';
import { loadLookups } from './lookups.ts';
import { checkMapping, knownHeaderCount, loadRemembered, rememberMapping, suggestMapping, type Mapping } from './mapping.ts';
import { detectEncoding, formatOf, readRows, type Encoding, type FileFormat } from './readers.ts';
import { openSheet, streamRows, type OutFormat, type SheetOutput } from './writers.ts';

export const MAX_UPLOAD_BYTES = 200 * 2 ** 20;
const JOB_LIFETIME_MS = 6 * 3600_000;
/** A commit of 100,000 rows takes minutes on the embedded database; Prisma's default is 5 s. */
const COMMIT_TIMEOUT_MS = 30 * 60_000;

export type JobStatus = 'UPLOADED' | 'ANALYSED' | 'COMMITTED';

interface Job {
  id: string;
  def: ListDef;
  userId: string;
  fileName: string;
  format: FileFormat;
  encoding: Encoding | null;
  size: number;
  dir: string;
  file: string;
  headerRow: number;
  headers: string[];
  sample: string[][];
  mapping: Mapping;
  status: JobStatus;
  results: RowResult[];
  counts: Counts | null;
  busy: boolean;
  touchedAt: number;
}

/** What the client sees of a job. */
export function jobView(j: Job) {
  return {
    id: j.id,
    kind: j.def.kind,
    fileName: j.fileName,
    format: j.format,
    encoding: j.encoding,
    size: j.size,
    headerRow: j.headerRow,
    headers: j.headers,
    sample: j.sample,
    mapping: j.mapping,
    fields: j.def.columns.map((c) => ({ field: c.field, header: c.header, required: !!c.required, help: c.help ?? null })),
    status: j.status,
    counts: j.counts,
  };
}
export type JobView = ReturnType<typeof jobView>;

/** Who may import into a list: ADMIN and UNIT_STAFF through a sign-in session; the checklist and experts ADMIN only. */
export function assertMayImport(user: CurrentUser | null, def: ListDef) {
  if (!user) throw unauthenticated();
  if (user.sessionKind === 'API_TOKEN') throw userError('READ_ONLY_TOKEN');
  if (user.role === 'ADMIN') return;
  if (def.adminOnly || user.role !== 'UNIT_STAFF') throw forbidden();
}

async function* chunksOf(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    yield Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  }
}

export function createImportJobs(prisma: PrismaClient) {
  const jobs = new Map<string, Job>();

  const purge = () => {
    const now = Date.now();
    for (const j of jobs.values()) {
      if (!j.busy && now - j.touchedAt > JOB_LIFETIME_MS) {
        jobs.delete(j.id);
        fs.rmSync(j.dir, { recursive: true, force: true });
      }
    }
  };

  function jobOf(ctx: Context, id: string): Job {
    purge();
    if (!ctx.user) throw unauthenticated();
    const j = jobs.get(id);
    // Another user's job is as good as absent.
    if (!j || j.userId !== ctx.user.id) throw notFound('导入任务');
    assertMayImport(ctx.user, j.def);
    j.touchedAt = Date.now();
    return j;
  }

  async function exclusive<T>(j: Job, fn: () => Promise<T>): Promise<T> {
    if (j.busy) throw userError('IMPORT.BUSY');
    j.busy = true;
    try {
      return await fn();
    } finally {
      j.busy = false;
      j.touchedAt = Date.now();
    }
  }

  /** Finds the header row (the first rows may be a title) and a few sample rows; refuses an unreadable file. */
  async function inspect(def: ListDef, file: string, format: FileFormat) {
    const encoding = format === 'csv' ? await detectEncoding(file) : null;
    const first: { row: number; cells: string[] }[] = [];
    try {
      for await (const r of readRows(file, format, encoding ? { encoding } : {})) {
        first.push(r);
        if (first.length >= 16) break;
      }
    } catch (e) {
      throw userError('IMPORT.FILE_UNREADABLE', e instanceof Error ? e.message.slice(0, 200) : undefined);
    }
    if (first.length === 0) throw userError('IMPORT.EMPTY_FILE');
    let header = first[0]!;
    let best = knownHeaderCount(def, header.cells);
    for (const r of first.slice(1, 10)) {
      const n = knownHeaderCount(def, r.cells);
      if (n > best) [header, best] = [r, n];
    }
    const width = Math.max(...first.map((r) => r.cells.length));
    const headers = Array.from({ length: width }, (_, i) => header.cells[i] || `第 ${i + 1} 列`);
    const sample = first
      .filter((r) => r.row > header.row)
      .slice(0, 5)
      .map((r) => headers.map((_, i) => r.cells[i] ?? ''));
    return { encoding, headerRow: header.row, headers, sample };
  }

  return {
    /** Streams the request body to a temporary file, then reads its header row and suggests a mapping. */
    async upload(ctx: Context, def: ListDef, fileName: string, body: ReadableStream<Uint8Array> | null): Promise<JobView> {
      purge();
      assertMayImport(ctx.user, def);
      const format = formatOf(fileName);
      if (!format) throw userError('IMPORT.FORMAT_UNSUPPORTED', fileName);
      if (!body) throw userError('IMPORT.EMPTY_FILE');
      const id = randomBytes(12).toString('hex');
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssj-import-'));
      const file = path.join(dir, `upload.${format}`);
      let size = 0;
      try {
        await pipeline(
          // The server adapter's request body is a ReadableStream but not necessarily Node's own class
          // (Readable.fromWeb refuses those): read it through its reader.
          Readable.from(chunksOf(body)),
          new Transform({
            transform(chunk: Buffer, _e, done) {
              size += chunk.length;
              if (size > MAX_UPLOAD_BYTES) done(userError('IMPORT.FILE_TOO_LARGE', `${MAX_UPLOAD_BYTES / 2 ** 20} MB`));
              else done(null, chunk);
            },
          }),
          fs.createWriteStream(file),
        );
        const { encoding, headerRow, headers, sample } = await inspect(def, file, format);
        const mapping = suggestMapping(def, headers, await loadRemembered(prisma, def.kind));
        const job: Job = {
          id,
          def,
          userId: ctx.user!.id,
          fileName,
          format,
          encoding,
          size,
          dir,
          file,
          headerRow,
          headers,
          sample,
          mapping,
          status: 'UPLOADED',
          results: [],
          counts: null,
          busy: false,
          touchedAt: Date.now(),
        };
        jobs.set(id, job);
        return jobView(job);
      } catch (e) {
        fs.rmSync(dir, { recursive: true, force: true });
        throw e;
      }
    },

    get: (ctx: Context, id: string) => jobView(jobOf(ctx, id)),

    /** Runs the import read-only and keeps each row's outcome; remembers the mapping for the next file. */
    async dryRun(ctx: Context, id: string, rawMapping: unknown, onProgress?: (p: Progress) => void): Promise<JobView> {
      const j = jobOf(ctx, id);
      if (j.status === 'COMMITTED') throw userError('IMPORT.ALREADY_COMMITTED');
      const mapping = checkMapping(j.def, j.headers, rawMapping);
      return exclusive(j, async () => {
        await rememberMapping(ctx, j.def, j.headers, mapping);
        const rules = { lookups: await loadLookups(prisma, ctx.user!.unitId), generalRatioCap: await getGeneralRatioCap(prisma) };
        const { results, counts } = await analyse(prisma, {
          def: j.def,
          file: j.file,
          format: j.format,
          ...(j.encoding ? { encoding: j.encoding } : {}),
          size: j.size,
          headerRow: j.headerRow,
          mapping,
          user: ctx.user!,
          rules,
          ...(onProgress ? { onProgress } : {}),
        });
        Object.assign(j, { mapping, results, counts, status: 'ANALYSED' });
        return jobView(j);
      });
    },

    /** One page of the dry run's rows, optionally only one kind of outcome. */
    rows(ctx: Context, id: string, action: RowAction | null, page: number, perPage: number) {
      const j = jobOf(ctx, id);
      const rows = action ? j.results.filter((r) => r.action === action) : j.results;
      const size = Math.min(Math.max(perPage, 1), 500);
      return { total: rows.length, rows: rows.slice(page * size, (page + 1) * size) };
    },

    /**
     * Writes the whole file in one transaction, re-checking every row against the database as it is now.
     * Refused while the dry run refused any row; if a row is refused now (the lists changed meanwhile), nothing
     * is written and the new outcome replaces the dry run's.
     */
    async commit(ctx: Context, id: string, notice: string | null, onProgress?: (p: Progress) => void): Promise<JobView> {
      const j = jobOf(ctx, id);
      if (j.status === 'COMMITTED') throw userError('IMPORT.ALREADY_COMMITTED');
      if (j.status !== 'ANALYSED' || !j.counts) throw userError('IMPORT.NOT_ANALYSED');
      if (j.counts.REFUSED > 0) throw userError('IMPORT.REFUSED_ROWS', `${j.counts.REFUSED} 行`);
      // Rule 1: every adjustment of the checklist is published with its notice.
      if (j.def.kind === 'CheckItem' && j.counts.UPDATE > 0 && !notice?.trim()) throw userError('CHECK_ITEM.NOTICE_REQUIRED', undefined, { field: 'notice' });
      return exclusive(j, async () => {
        if (j.counts!.CREATE + j.counts!.UPDATE > 0) {
          try {
            await ctx.prisma.$transaction(
              async (tx) => {
                // Two commits of one list wait for each other, so the second re-checks its rows against what the
                // first wrote (two parallel imports of one file would otherwise both create the same records).
                await lockKey(tx, `import:${j.def.kind}`);
                const rules = { lookups: await loadLookups(tx, ctx.user!.unitId), generalRatioCap: await getGeneralRatioCap(tx) };
                const { results, counts } = await analyse(
                  tx,
                  {
                    def: j.def,
                    file: j.file,
                    format: j.format,
                    ...(j.encoding ? { encoding: j.encoding } : {}),
                    size: j.size,
                    headerRow: j.headerRow,
                    mapping: j.mapping,
                    user: ctx.user!,
                    rules,
                    ...(onProgress ? { onProgress } : {}),
                  },
                  { tx, options: { ctx, notice: notice?.trim() || null, fileName: j.fileName } },
                );
                // What the user confirmed is the dry run: if the lists changed since (another commit created or
                // changed these records), write nothing and show the new outcome instead.
                if (counts.CREATE !== j.counts!.CREATE || counts.UPDATE !== j.counts!.UPDATE) throw new RowsRefused(results, counts);
                await audit(tx, ctx, {
                  action: j.def.auditAction,
                  entity: j.def.kind,
                  after: {
                    fileName: j.fileName,
                    rows: counts.total,
                    created: counts.CREATE,
                    updated: counts.UPDATE,
                    unchanged: counts.UNCHANGED,
                    ...(notice?.trim() ? { notice: notice.trim() } : {}),
                    createdKeys: results.filter((r) => r.action === 'CREATE').map((r) => r.key),
                    changes: results.filter((r) => r.action === 'UPDATE').map((r) => ({ key: r.key, changes: r.changes })),
                  },
                });
                Object.assign(j, { results, counts });
              },
              { timeout: COMMIT_TIMEOUT_MS, maxWait: 60_000 },
            );
          } catch (e) {
            if (e instanceof RowsRefused) {
              const before = new Map(j.results.map((r) => [r.row, r.action]));
              const first = e.results.find((r) => r.action === 'REFUSED') ?? e.results.find((r) => before.get(r.row) !== r.action);
              Object.assign(j, { results: e.results, counts: e.counts, status: 'ANALYSED' });
              throw userError('IMPORT.CHANGED_SINCE_DRY_RUN', first ? `第 ${first.row} 行` : undefined);
            }
            throw e;
          }
        }
        j.status = 'COMMITTED';
        fs.rmSync(j.dir, { recursive: true, force: true });
        return jobView(j);
      });
    },

    /** The refused rows as the user sent them, with the reasons first, to fix and import again. */
    errorReport(ctx: Context, id: string, format: OutFormat): SheetOutput {
      const j = jobOf(ctx, id);
      if (j.status !== 'ANALYSED') throw userError('IMPORT.NOT_ANALYSED');
      const refused = new Map(j.results.filter((r) => r.action === 'REFUSED').map((r) => [r.row, r.reasons!.join('；')]));
      const out = openSheet(format, '拒绝导入的行', ['原文件行号', '拒绝原因', ...j.headers], { widths: [12, 50] });
      streamRows(out, async function* () {
        for await (const { row, cells } of readRows(j.file, j.format, j.encoding ? { encoding: j.encoding } : {})) {
          const reason = refused.get(row);
          if (reason) yield [row, reason, ...j.headers.map((_, i) => cells[i] ?? '')];
        }
      });
      return out;
    },
  };
}

export type ImportJobs = ReturnType<typeof createImportJobs>;
