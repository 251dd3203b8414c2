// An import job: the uploaded file, its header row and column mapping, the dry run's row-by-row results, and the
// all-or-nothing commit. Everything about a job is in the database (ImportJob, its file in ImportJobChunk, the
// rows' outcomes in ImportJobRow), so any API replica can answer for it (issue 14): the dry run and the commit run
// as jobs of the queue (jobs/queue.ts) on whichever replica takes them, write their progress into the job's row
// and finish by recording the outcome there; the request that started them streams that progress, read from this
// process when it runs the job itself and from the database when another one does. Jobs belong to the user who
// uploaded the file and are deleted six hours after they were last used.
import { createHash, randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Prisma, type PrismaClient } from '@ssj/db';
import type { ImportJob } from '@ssj/db/client';
import { audit } from '../audit.ts';
import { findSessionById } from '../auth/sessions.ts';
import type { Context, CurrentUser } from '../context.ts';
import { forbidden, notFound, unauthenticated, userError } from '../errors.ts';
import type { JobQueue, TaskPayload } from '../jobs/queue.ts';
import { lockKey } from '../locking.ts';
import { routeError } from '../routeErrors.ts';
import { getGeneralRatioCap } from '../settings.ts';
import { analyse, decider, type Counts, type Progress, type RowAction, type RowResult, type StagedRow } from './analyse.ts';
import { insertStaged, jsonBatches, newId } from './bulk.ts';
import type { ImportKind, ListDef, RuleContext, Tx, Values } from './listDef.ts';
import { LISTS } from './lists/index.ts';
import { loadLookups } from './lookups.ts';
import { checkMapping, knownHeaderCount, loadRemembered, rememberMapping, suggestMapping, type Mapping } from './mapping.ts';
import { loadProfile, profileMapping, valuesOf, type ValueMap } from './profiles.ts';
import { detectEncoding, formatOf, readRows, type Encoding, type FileFormat } from './readers.ts';
import { openSheet, streamRows, type OutFormat, type SheetOutput } from './writers.ts';

export const MAX_UPLOAD_BYTES = 200 * 2 ** 20;
const JOB_LIFETIME_MS = 6 * 3600_000;
/** A commit of 100,000 rows takes minutes on the embedded database; Prisma's default is 5 s. */
const COMMIT_TIMEOUT_MS = 30 * 60_000;
/** A run that has not finished by then died with its process: the job may be run again. */
const STALE_RUN_MS = COMMIT_TIMEOUT_MS + 5 * 60_000;
/** The uploaded file is stored in pieces of this size (small: Prisma keeps its last calls' arguments in memory, bulk.ts). */
const CHUNK_BYTES = 256 * 1024;
/** How often a running step writes its progress to the database, and a waiting request reads it. */
const PROGRESS_WRITE_MS = 250;
const POLL_MS = 200;
/** Rows' outcomes are written, and read back by the commit, in batches of this many. */
const ROW_BATCH = 5000;
/** The commit inserts the staged new records of this many row numbers per statement (its progress steps). */
const INSERT_SLICE = 10_000;
/** The queue's task that runs a dry run or a commit. */
export const IMPORT_TASK = 'import.run';

export type JobStatus = 'UPLOADED' | 'ANALYSED' | 'COMMITTED';
type Step = 'DRY_RUN' | 'COMMIT';
/** How a run ended, as the HTTP route answers it: the job, or a refusal with its status. */
export type RunOutcome = { job: JobView } | { status: number; error: ReturnType<typeof routeError>['error'] };

interface Job {
  id: string;
  def: ListDef;
  userId: string;
  fileName: string;
  format: FileFormat;
  encoding: Encoding | null;
  size: number;
  headerRow: number;
  headers: string[];
  sample: string[][];
  mapping: Mapping;
  status: JobStatus;
  counts: Counts | null;
  running: Step | null;
  runId: number;
  progress: Progress | null;
  error: Extract<RunOutcome, { status: number }> | null;
  notice: string | null;
  basis: string | null;
  /** The IMPORT mapping profile of the dry run and its value mappings as they were then (profiles.ts). */
  profileId: string | null;
  recode: ValueMap | null;
}

const jobOfRow = (r: ImportJob): Job => ({
  id: r.id,
  def: LISTS[r.kind as ImportKind],
  userId: r.userId,
  fileName: r.fileName,
  format: r.format as FileFormat,
  encoding: (r.encoding as Encoding | null) ?? null,
  size: r.size,
  headerRow: r.headerRow,
  headers: r.headers as string[],
  sample: r.sample as string[][],
  mapping: r.mapping as Mapping,
  status: r.status as JobStatus,
  counts: (r.counts as Counts | null) ?? null,
  running: (r.running as Step | null) ?? null,
  runId: r.runId,
  progress: (r.progress as Progress | null) ?? null,
  error: (r.error as Job['error']) ?? null,
  notice: r.notice,
  basis: r.basis,
  profileId: r.profileId,
  recode: (r.recode as ValueMap | null) ?? null,
});

/** What the client sees of a job (`running` and `progress` while a dry run or commit runs, on any replica). */
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
    profileId: j.profileId,
    fields: j.def.columns.map((c) => ({ field: c.field, header: c.header, required: !!c.required, help: c.help ?? null })),
    status: j.status,
    counts: j.counts,
    running: j.running,
    progress: j.progress,
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

/** This process's copy of a job's file (a cache: the database holds the file). */
const localDir = (id: string) => path.join(os.tmpdir(), `ssj-import-${id}`);
const localFileOf = (id: string, format: FileFormat) => path.join(localDir(id), `upload.${format}`);

const rowResult = (r: { row: number; action: string; key: string; name: string; reasons: unknown; changes: unknown }): RowResult => ({
  row: r.row,
  action: r.action as RowAction,
  key: r.key,
  name: r.name,
  ...(r.reasons ? { reasons: r.reasons as string[] } : {}),
  ...(r.changes ? { changes: r.changes as string[] } : {}),
});

/**
 * What reading and deciding the rows depended on besides the file and the records: the units and libraries by
 * name and code, the user's role and unit, the settings the rules read, the mapping. The commit uses the dry run's
 * staged rows only while this is unchanged; otherwise it reads the file again.
 */
function basisOf(j: Pick<Job, 'def' | 'mapping' | 'recode'>, user: CurrentUser, rules: RuleContext): string {
  const sorted = (m: Map<string, string>) => [...m].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const l = rules.lookups;
  return createHash('sha256')
    .update(
      JSON.stringify([
        j.def.kind,
        j.mapping,
        j.recode,
        user.id,
        user.role,
        user.unitId,
        l.ownUnitId,
        sorted(l.unitByText),
        sorted(l.unitName),
        sorted(l.libraryByText),
        sorted(l.libraryName),
        rules.generalRatioCap,
      ]),
    )
    .digest('hex');
}

/** The rows' outcomes changed since the dry run (the lists did): the commit's transaction rolls back. */
class RowsChanged extends Error {
  constructor(
    readonly changed: StagedRow[],
    readonly counts: Counts,
  ) {
    super('rows changed since the dry run');
  }
}
/** What reading the cells depended on changed since the dry run. */
class StaleBasis extends Error {}
/** A staged new record's key was taken meanwhile: the set-based insert gives way to deciding every row again. */
class KeyTaken extends Error {}

type StagedRecord = { row: number; action: RowAction; key: string; name: string; changes: string[] | null; values: Values | null; data: Values | null };

export function createImportJobs(prisma: PrismaClient, queue: JobQueue) {
  /** Progress and ends of the runs this process executes, for the requests of this process that wait for them. */
  const local = new EventEmitter();
  local.setMaxListeners(0);
  const materialising = new Map<string, Promise<string>>();
  let purgedAt = 0;

  async function purge() {
    const now = Date.now();
    if (now - purgedAt < 60_000) return;
    purgedAt = now;
    await prisma.importJob.deleteMany({
      where: {
        touchedAt: { lt: new Date(now - JOB_LIFETIME_MS) },
        OR: [{ running: null }, { runningAt: { lt: new Date(now - STALE_RUN_MS) } }],
      },
    });
    for (const name of fs.readdirSync(os.tmpdir())) {
      if (!name.startsWith('ssj-import-')) continue;
      const dir = path.join(os.tmpdir(), name);
      try {
        if (now - fs.statSync(dir).mtimeMs > JOB_LIFETIME_MS) fs.rmSync(dir, { recursive: true, force: true });
      } catch {
        // another process removed it first
      }
    }
  }

  async function jobOf(ctx: Context, id: string): Promise<Job> {
    await purge();
    if (!ctx.user) throw unauthenticated();
    const row = await prisma.importJob.findUnique({ where: { id } });
    // Another user's job is as good as absent.
    if (!row || row.userId !== ctx.user.id) throw notFound('导入任务');
    const j = jobOfRow(row);
    assertMayImport(ctx.user, j.def);
    // Used now: kept for another six hours (at most one write a minute, however often a client polls).
    if (Date.now() - row.touchedAt.getTime() > 60_000) await prisma.importJob.updateMany({ where: { id }, data: { touchedAt: new Date() } });
    return j;
  }

  /** The job's file on this machine: written from the database the first time this process needs it. */
  function fileOf(j: Pick<Job, 'id' | 'format' | 'size'>): Promise<string> {
    const file = localFileOf(j.id, j.format);
    if (fs.existsSync(file) && fs.statSync(file).size === j.size) return Promise.resolve(file);
    let p = materialising.get(j.id);
    if (!p) {
      p = (async () => {
        fs.mkdirSync(localDir(j.id), { recursive: true });
        const partial = `${file}.${randomBytes(4).toString('hex')}.part`;
        const out = fs.createWriteStream(partial);
        try {
          for (let seq = 0; ; seq++) {
            // As base64 text: binary parameters and results are several times slower through the embedded database's adapter.
            const [chunk] = await prisma.$queryRaw<{ data: string }[]>`
              SELECT encode("data", 'base64') AS "data" FROM "ImportJobChunk" WHERE "jobId" = ${j.id} AND "seq" = ${seq}`;
            if (!chunk) break;
            if (!out.write(Buffer.from(chunk.data, 'base64'))) await new Promise<void>((r) => out.once('drain', () => r()));
          }
        } finally {
          await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
        }
        if (fs.statSync(partial).size !== j.size) {
          fs.rmSync(partial, { force: true });
          throw userError('IMPORT.ALREADY_COMMITTED');
        }
        fs.renameSync(partial, file);
        return file;
      })().finally(() => materialising.delete(j.id));
      materialising.set(j.id, p);
    }
    return p;
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

  /**
   * Marks the job as running `step` unless a run is already going on (on any replica), and queues it. The
   * conditional update is the lock: two clicks, or two replicas, cannot both start a run.
   */
  async function start(
    ctx: Context,
    j: Job,
    step: Step,
    set: { mapping?: Mapping; notice?: string | null; profile?: { id: string; recode: ValueMap } | null },
  ): Promise<number> {
    const stale = new Date(Date.now() - STALE_RUN_MS);
    const mapping = set.mapping ? JSON.stringify(set.mapping) : null;
    // A dry run sets the profile (or clears it); the commit keeps the dry run's.
    const setsProfile = set.profile !== undefined;
    const profileId = set.profile?.id ?? null;
    const recodeJson = set.profile ? JSON.stringify(set.profile.recode) : null;
    const rows = await prisma.$queryRaw<{ runId: number }[]>`
      UPDATE "ImportJob" SET "running" = ${step}, "runId" = "runId" + 1, "runningAt" = now(), "progress" = NULL, "error" = NULL,
        "mapping" = coalesce(${mapping}::jsonb, "mapping"), "notice" = ${set.notice ?? null}, "touchedAt" = now(),
        "profileId" = CASE WHEN ${setsProfile}::boolean THEN ${profileId}::text ELSE "profileId" END,
        "recode" = CASE WHEN ${setsProfile}::boolean THEN ${recodeJson}::jsonb ELSE "recode" END
      WHERE "id" = ${j.id} AND "status" = ${j.status} AND ("running" IS NULL OR "runningAt" < ${stale})
      RETURNING "runId"`;
    const runId = rows[0]?.runId;
    if (runId === undefined) throw userError('IMPORT.BUSY');
    try {
      await queue.add(IMPORT_TASK, { jobId: j.id, runId, step, sessionId: ctx.user!.sessionId, clientAddress: ctx.clientAddress });
    } catch (e) {
      await prisma.importJob.updateMany({ where: { id: j.id, runId }, data: { running: null } });
      throw e;
    }
    return runId;
  }

  /**
   * Stages a batch of the dry run's rows: outcome, values and new record, with the rows as one JSON parameter per
   * statement (Prisma's createMany binds every value on its own, five times slower on the embedded database).
   */
  async function stageRows(db: Tx | PrismaClient, id: string, def: ListDef, rows: StagedRow[]) {
    const batch = rows.map((r) => ({
      row: r.row,
      action: r.action,
      key: r.key,
      name: r.name,
      reasons: r.reasons ?? null,
      changes: r.changes ?? null,
      // Kept to decide again at commit: a new record's row needs only the record (if its key is taken by then,
      // the commit reads the file again).
      values: r.action === 'UPDATE' || r.action === 'UNCHANGED' ? (r.values ?? null) : null,
      // A new record gets its id now, so that the commit inserts it as staged.
      data: r.action === 'CREATE' && r.data ? (def.table ? { id: newId(), ...r.data } : r.data) : null,
    }));
    for (const json of jsonBatches(batch)) {
      await db.$executeRaw`
        INSERT INTO "ImportJobRow" ("jobId", "row", "action", "key", "name", "reasons", "changes", "values", "data")
        SELECT ${id}, x."row", x."action", x."key", x."name", x."reasons", x."changes", x."values", x."data"
        FROM jsonb_to_recordset(${json}::jsonb)
          AS x("row" int, "action" text, "key" text, "name" text, "reasons" jsonb, "changes" jsonb, "values" jsonb, "data" jsonb)`;
    }
  }

  /** Replaces the staged outcome of rows decided differently at commit. */
  async function restage(db: Tx | PrismaClient, id: string, def: ListDef, rows: StagedRow[]) {
    const batch = rows.map((r) => ({
      row: r.row,
      action: r.action,
      reasons: r.reasons ?? null,
      changes: r.changes ?? null,
      data: r.action === 'CREATE' && r.data ? (def.table ? { id: newId(), ...r.data } : r.data) : null,
    }));
    for (const json of jsonBatches(batch)) {
      await db.$executeRaw`
        UPDATE "ImportJobRow" r SET "action" = x."action", "reasons" = x."reasons", "changes" = x."changes", "data" = x."data"
        FROM jsonb_to_recordset(${json}::jsonb) AS x("row" int, "action" text, "reasons" jsonb, "changes" jsonb, "data" jsonb)
        WHERE r."jobId" = ${id} AND r."row" = x."row"`;
    }
  }

  /**
   * Reads the whole file and decides every row, staging each batch's outcomes as it goes (the file is never held
   * in memory); the job's earlier outcomes are dropped first, and it counts as analysed only once this ends.
   */
  async function analyseInto(j: Job, input: Omit<Parameters<typeof analyse>[1], 'rules'>, user: CurrentUser) {
    const rules = { lookups: await loadLookups(prisma, user.unitId), generalRatioCap: await getGeneralRatioCap(prisma) };
    await prisma.$transaction([
      prisma.importJobRow.deleteMany({ where: { jobId: j.id } }),
      prisma.importJob.update({ where: { id: j.id }, data: { status: 'UPLOADED', counts: Prisma.DbNull, basis: null } }),
    ]);
    const counts = await analyse(prisma, { ...input, rules }, (rows) => stageRows(prisma, j.id, j.def, rows));
    return { counts, basis: basisOf(j, user, rules) };
  }

  /**
   * Writes a run's progress to the job's row at most every PROGRESS_WRITE_MS, never awaited by the run (on the
   * embedded database's one connection it waits for the commit's transaction), one write at a time.
   */
  function progressWriter(id: string, runId: number) {
    let last = 0;
    let pending: Progress | null = null;
    let inFlight: Promise<unknown> = Promise.resolve();
    let writing = false;
    const flush = () => {
      if (writing || !pending) return;
      const p = pending;
      pending = null;
      writing = true;
      inFlight = prisma.importJob
        .updateMany({ where: { id, runId, running: { not: null } }, data: { progress: p as object } })
        .catch(() => {})
        .finally(() => {
          writing = false;
          flush();
        });
    };
    return {
      report(p: Progress) {
        local.emit(`progress:${id}:${runId}`, p);
        const now = Date.now();
        if (now - last < (queue.kind === 'in-process' ? 4 * PROGRESS_WRITE_MS : PROGRESS_WRITE_MS)) return;
        last = now;
        pending = p;
        flush();
      },
      async settled() {
        pending = null;
        while (writing) await inFlight;
      },
    };
  }

  /** The queue task: one dry run or commit, on whichever replica took the job. Records its outcome in the job. */
  async function run(payload: TaskPayload): Promise<void> {
    const { jobId, runId, step, sessionId, clientAddress } = payload as { jobId: string; runId: number; step: Step; sessionId: string; clientAddress: string };
    const row = await prisma.importJob.findUnique({ where: { id: jobId } });
    // Superseded (a stale run restarted), or deleted meanwhile.
    if (!row || row.runId !== runId || row.running !== step) return;
    const j = jobOfRow(row);
    const progress = progressWriter(jobId, runId);
    let outcome: RunOutcome;
    try {
      const user = await findSessionById(prisma, sessionId);
      assertMayImport(user, j.def);
      const ctx: Context = { prisma, user, request: new Request('http://localhost/import'), clientAddress };
      const file = await fileOf(j);
      const input = {
        def: j.def,
        file,
        format: j.format,
        ...(j.encoding ? { encoding: j.encoding } : {}),
        size: j.size,
        headerRow: j.headerRow,
        mapping: j.mapping,
        recode: j.recode,
        user: user!,
        onProgress: progress.report,
      };
      if (step === 'DRY_RUN') {
        const { counts, basis } = await analyseInto(j, input, user!);
        await progress.settled();
        await prisma.importJob.update({ where: { id: jobId }, data: { status: 'ANALYSED', counts, basis, running: null, progress: Prisma.DbNull } });
        outcome = { job: jobView({ ...j, status: 'ANALYSED', counts, running: null, progress: null }) };
      } else {
        outcome = await commit(ctx, j, input, progress);
      }
    } catch (e) {
      await progress.settled();
      const { status, error } = routeError(e);
      await prisma.importJob.update({ where: { id: jobId }, data: { running: null, error: { status, error } as object } });
      outcome = { status, error };
    }
    local.emit(`done:${jobId}:${runId}`, outcome);
  }

  /**
   * Writes the dry run's staged rows in one transaction, deciding every row again against the records as they are
   * now (from the values read at the dry run, without the file): the staged new records straight from ImportJobRow
   * (set-based, for a list with a table), the rest in batches. If the lists changed since the dry run so that the
   * counts differ or a row is refused, nothing is written and the new outcome replaces the dry run's. If what
   * reading the cells depended on changed (units, libraries, the user's scope, settings), the file is read again
   * first, as a dry run would.
   */
  async function commit(
    ctx: Context,
    j: Job,
    input: Omit<Parameters<typeof analyse>[1], 'rules'>,
    progress: ReturnType<typeof progressWriter>,
  ): Promise<RunOutcome> {
    const counted = j.counts!;
    const notice = j.notice?.trim() || null;
    const committed = (counts: Counts): RunOutcome => {
      fs.rmSync(localDir(j.id), { recursive: true, force: true });
      return { job: jobView({ ...j, status: 'COMMITTED', counts, running: null, progress: null }) };
    };
    if (counted.CREATE + counted.UPDATE === 0) {
      await progress.settled();
      await prisma.$transaction([
        prisma.importJobChunk.deleteMany({ where: { jobId: j.id } }),
        prisma.importJob.update({ where: { id: j.id }, data: { status: 'COMMITTED', running: null } }),
      ]);
      return committed(counted);
    }
    const refused = async (e: RowsChanged): Promise<RunOutcome> => {
      await progress.settled();
      await restage(prisma, j.id, j.def, e.changed);
      const first = e.changed.find((r) => r.action === 'REFUSED') ?? e.changed[0];
      const { status, error } = routeError(userError('IMPORT.CHANGED_SINCE_DRY_RUN', first ? `第 ${first.row} 行` : undefined));
      await prisma.importJob.update({
        where: { id: j.id },
        data: { status: 'ANALYSED', counts: e.counts, running: null, error: { status, error } as object },
      });
      return { status, error };
    };
    let job = j;
    for (let attempt = 0; ; attempt++) {
      try {
        return committed(await commitStaged(ctx, job, notice, progress));
      } catch (e) {
        if (e instanceof RowsChanged) return refused(e);
        if (!(e instanceof StaleBasis || e instanceof KeyTaken)) throw e;
        // Changed again while this commit read the file again: let the user look at it again.
        if (attempt >= 2) throw userError('IMPORT.CHANGED_SINCE_DRY_RUN');
      }
      // The units, libraries, the user's scope or the settings changed since the dry run, or a new record's key
      // was taken meanwhile: read the file again, as a dry run does, and commit that if its counts are the same.
      const before = new Map(
        (await prisma.importJobRow.findMany({ where: { jobId: j.id }, select: { row: true, action: true } })).map((r) => [r.row, r.action]),
      );
      const { counts, basis } = await analyseInto(job, input, ctx.user!);
      await prisma.importJob.update({ where: { id: j.id }, data: { status: 'ANALYSED', counts, basis } });
      if (counts.REFUSED > 0 || counts.CREATE !== counted.CREATE || counts.UPDATE !== counted.UPDATE) {
        const now = await prisma.importJobRow.findMany({ where: { jobId: j.id }, select: { row: true, action: true }, orderBy: { row: 'asc' } });
        const changed = now.filter((r) => r.action !== before.get(r.row));
        const first = now.find((r) => r.action === 'REFUSED') ?? changed[0];
        await progress.settled();
        const { status, error } = routeError(userError('IMPORT.CHANGED_SINCE_DRY_RUN', first ? `第 ${first.row} 行` : undefined));
        await prisma.importJob.update({ where: { id: j.id }, data: { running: null, error: { status, error } as object } });
        return { status, error };
      }
      job = { ...job, counts, basis };
    }
  }

  /** One attempt at the commit's transaction (see `commit`); returns the counts written. */
  async function commitStaged(ctx: Context, j: Job, notice: string | null, progress: ReturnType<typeof progressWriter>): Promise<Counts> {
    const counted = j.counts!;
    const user = ctx.user!;
    const options = { ctx, notice, fileName: j.fileName };
    return prisma.$transaction(
      async (tx) => {
        // Two commits of one list wait for each other, so the second decides its rows against what the first wrote
        // (two parallel imports of one file would otherwise both create the same records).
        await lockKey(tx, `import:${j.def.kind}`);
        const rules = { lookups: await loadLookups(tx, user.unitId), generalRatioCap: await getGeneralRatioCap(tx) };
        if (basisOf(j, user, rules) !== j.basis) throw new StaleBasis();
        const decide = decider(j.def, j.mapping, user, rules);
        const counts: Counts = { CREATE: 0, UPDATE: 0, UNCHANGED: 0, REFUSED: 0, total: counted.total };
        const changed: StagedRow[] = [];
        let done = 0;
        const report = () => progress.report({ bytes: Math.round((j.size * done) / Math.max(counted.total, 1)), totalBytes: j.size, rows: done });

        if (j.def.table) {
          // The staged new records, straight from the staging rows: a record whose key was taken since the dry
          // run is skipped by the insert, and then the file is read again (KeyTaken).
          const [range] = await tx.$queryRaw<{ last: number | null }[]>`
            SELECT max("row") AS "last" FROM "ImportJobRow" WHERE "jobId" = ${j.id} AND "action" = 'CREATE'`;
          for (let from = j.headerRow; from < (range?.last ?? 0); from += INSERT_SLICE) {
            const n = await insertStaged(tx, j.def, j.id, from, from + INSERT_SLICE);
            counts.CREATE += n;
            done += n;
            report();
          }
          if (counts.CREATE !== counted.CREATE) throw new KeyTaken();
        }

        // The other rows (and the new records of a list without a table), a page at a time: the records their keys
        // match now, each row decided again from the values read at the dry run.
        const actions = j.def.table ? ['UPDATE', 'UNCHANGED'] : ['CREATE', 'UPDATE', 'UNCHANGED'];
        for (let after = 0; ; ) {
          const page = await tx.$queryRaw<StagedRecord[]>`
            SELECT "row", "action", "key", "name", "changes", "values", "data" FROM "ImportJobRow"
            WHERE "jobId" = ${j.id} AND "action" = ANY(${actions}) AND "row" > ${after} ORDER BY "row" LIMIT ${ROW_BATCH}`;
          if (page.length === 0) break;
          after = page[page.length - 1]!.row;
          const keys = [...new Set(page.map((s) => s.key))];
          const byKey = new Map((await j.def.findExisting(tx, keys)).map((e) => [j.def.keyOf(e), e]));
          const creates: Values[] = [];
          const updates: { before: any; changes: Values }[] = [];
          for (const s of page) {
            const before = byKey.get(s.key);
            if (s.action === 'CREATE') {
              if (before) throw new KeyTaken();
              counts.CREATE++;
              creates.push(s.data!);
              continue;
            }
            const r: StagedRow = decide({ row: s.row, values: s.values!, reasons: [], key: s.key }, before);
            counts[r.action]++;
            if (r.action !== s.action || JSON.stringify(r.changes ?? null) !== JSON.stringify(s.changes ?? null)) changed.push(r);
            if (r.action === 'CREATE') creates.push(r.data!);
            if (r.action === 'UPDATE') updates.push({ before, changes: r.data! });
          }
          // Once a row is refused the transaction rolls back: deciding the rest only completes the new outcome.
          if (counts.REFUSED === 0) {
            if (creates.length) await j.def.createMany(tx, creates, options);
            if (j.def.updateMany) await j.def.updateMany(tx, updates, options);
            else for (const u of updates) await j.def.update(tx, u.before, u.changes, options);
          }
          done += page.length;
          report();
        }
        // What the user confirmed is the dry run: if the lists changed since so that a row is refused or the
        // counts differ, write nothing and show the new outcome instead.
        if (counts.REFUSED > 0 || counts.CREATE !== counted.CREATE || counts.UPDATE !== counted.UPDATE) throw new RowsChanged(changed, counts);
        if (changed.length) await restage(tx, j.id, j.def, changed);

        const createdKeys = await tx.$queryRaw<{ key: string }[]>`
          SELECT "key" FROM "ImportJobRow" WHERE "jobId" = ${j.id} AND "action" = 'CREATE' ORDER BY "row"`;
        const updated = await tx.$queryRaw<{ key: string; changes: string[] }[]>`
          SELECT "key", "changes" FROM "ImportJobRow" WHERE "jobId" = ${j.id} AND "action" = 'UPDATE' ORDER BY "row"`;
        await audit(tx, ctx, {
          action: j.def.auditAction,
          entity: j.def.kind,
          after: {
            fileName: j.fileName,
            rows: counts.total,
            created: counts.CREATE,
            updated: counts.UPDATE,
            unchanged: counts.UNCHANGED,
            ...(notice ? { notice } : {}),
            createdKeys: createdKeys.map((r) => r.key),
            changes: updated.map((r) => ({ key: r.key, changes: r.changes })),
          },
        });
        // Committed in the same transaction as the records: a repeated commit finds the job committed.
        await tx.importJobChunk.deleteMany({ where: { jobId: j.id } });
        const marked = await tx.importJob.updateMany({
          where: { id: j.id, runId: j.runId, status: 'ANALYSED' },
          data: { status: 'COMMITTED', counts, running: null },
        });
        if (marked.count !== 1) throw userError('IMPORT.ALREADY_COMMITTED');
        return counts;
      },
      { timeout: COMMIT_TIMEOUT_MS, maxWait: 60_000 },
    );
  }

  /**
   * Waits for run `runId` of the job to end, calling `onProgress` as it goes: events of this process when it runs
   * the job itself, the job's row in the database when another replica does.
   */
  function wait(id: string, runId: number, onProgress: (p: Progress) => void): Promise<RunOutcome> {
    return new Promise<RunOutcome>((resolve) => {
      let finished = false;
      let lastShown = '';
      const progressEvent = `progress:${id}:${runId}`;
      const doneEvent = `done:${id}:${runId}`;
      const show = (p: Progress) => {
        const key = JSON.stringify(p);
        if (key === lastShown) return;
        lastShown = key;
        onProgress(p);
      };
      const finish = (o: RunOutcome) => {
        if (finished) return;
        finished = true;
        local.off(progressEvent, show);
        local.off(doneEvent, finish);
        resolve(o);
      };
      local.on(progressEvent, show);
      local.on(doneEvent, finish);
      // The in-process queue runs every job here: its events say everything, and polls would only queue up behind
      // the run's own statements on the embedded database's one connection.
      if (queue.kind === 'in-process') return;
      const poll = async () => {
        while (!finished) {
          await new Promise((r) => setTimeout(r, POLL_MS));
          if (finished) return;
          try {
            const row = await prisma.importJob.findUnique({ where: { id } });
            if (finished) return;
            if (!row) return finish({ status: 404, error: routeError(notFound('导入任务')).error });
            const j = jobOfRow(row);
            if (j.runId !== runId || j.running === null) return finish(j.error && j.runId === runId ? j.error : { job: jobView(j) });
            if (j.progress) show(j.progress);
          } catch {
            // the database went away (shutdown); the local event or the next poll decides
          }
        }
      };
      void poll();
    });
  }

  queue.register(IMPORT_TASK, run);

  return {
    /** Streams the request body to a temporary file, stores it in the database, reads its header row and suggests a mapping. */
    async upload(ctx: Context, def: ListDef, fileName: string, body: ReadableStream<Uint8Array> | null): Promise<JobView> {
      await purge();
      assertMayImport(ctx.user, def);
      const format = formatOf(fileName);
      if (!format) throw userError('IMPORT.FORMAT_UNSUPPORTED', fileName);
      if (!body) throw userError('IMPORT.EMPTY_FILE');
      const id = randomBytes(12).toString('hex');
      const dir = localDir(id);
      fs.mkdirSync(dir, { recursive: true });
      const file = localFileOf(id, format);
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
          headerRow,
          headers,
          sample,
          mapping,
          status: 'UPLOADED',
          counts: null,
          running: null,
          runId: 0,
          progress: null,
          error: null,
          notice: null,
          basis: null,
          profileId: null,
          recode: null,
        };
        await prisma.$transaction(
          async (tx) => {
            await tx.importJob.create({
              data: { id, kind: def.kind, userId: job.userId, fileName, format, encoding, size, headerRow, headers, sample, mapping, status: 'UPLOADED' },
            });
            const fd = fs.openSync(file, 'r');
            try {
              const buffer = Buffer.alloc(CHUNK_BYTES);
              for (let seq = 0, offset = 0; offset < size; seq++) {
                const n = fs.readSync(fd, buffer, 0, CHUNK_BYTES, offset);
                await tx.$executeRaw`INSERT INTO "ImportJobChunk" ("jobId", "seq", "data") VALUES (${id}, ${seq}, decode(${buffer.subarray(0, n).toString('base64')}, 'base64'))`;
                offset += n;
              }
            } finally {
              fs.closeSync(fd);
            }
          },
          { timeout: 10 * 60_000, maxWait: 60_000 },
        );
        return jobView(job);
      } catch (e) {
        fs.rmSync(dir, { recursive: true, force: true });
        throw e;
      }
    },

    /** The job; with an IMPORT mapping profile, the mapping that profile gives the file's headers (not kept until a dry run). */
    async get(ctx: Context, id: string, profileId?: string | null) {
      const j = await jobOf(ctx, id);
      if (!profileId) return jobView(j);
      const p = await loadProfile(prisma, profileId, j.def.kind, 'IMPORT');
      return jobView({ ...j, mapping: profileMapping(j.def, j.headers, p), profileId: p.id });
    },

    /**
     * Starts the read-only run of the import, which keeps each row's outcome. Without a profile it remembers the
     * mapping for the next file; with an IMPORT mapping profile the profile's value mappings recode the cells, and
     * its header mapping is used unless the client sends its own.
     */
    async dryRun(ctx: Context, id: string, rawMapping: unknown, profileId?: unknown): Promise<number> {
      const j = await jobOf(ctx, id);
      if (j.status === 'COMMITTED') throw userError('IMPORT.ALREADY_COMMITTED');
      const profile = profileId === undefined || profileId === null || profileId === '' ? null : await loadProfile(prisma, profileId, j.def.kind, 'IMPORT');
      const mapping =
        profile && (rawMapping === undefined || rawMapping === null) ? profileMapping(j.def, j.headers, profile) : checkMapping(j.def, j.headers, rawMapping);
      if (j.running) throw userError('IMPORT.BUSY');
      if (!profile) await rememberMapping(ctx, j.def, j.headers, mapping);
      return start(ctx, j, 'DRY_RUN', { mapping, profile: profile ? { id: profile.id, recode: valuesOf(profile) } : null });
    },

    /**
     * Starts the commit. Refused while the dry run refused any row; the run re-checks every row and writes
     * nothing if one is refused now.
     */
    async commit(ctx: Context, id: string, notice: string | null): Promise<number> {
      const j = await jobOf(ctx, id);
      if (j.status === 'COMMITTED') throw userError('IMPORT.ALREADY_COMMITTED');
      if (j.running) throw userError('IMPORT.BUSY');
      if (j.status !== 'ANALYSED' || !j.counts) throw userError('IMPORT.NOT_ANALYSED');
      if (j.counts.REFUSED > 0) throw userError('IMPORT.REFUSED_ROWS', `${j.counts.REFUSED} 行`);
      // Rule 1: every adjustment of the checklist is published with its notice.
      if (j.def.kind === 'CheckItem' && j.counts.UPDATE > 0 && !notice?.trim()) throw userError('CHECK_ITEM.NOTICE_REQUIRED', undefined, { field: 'notice' });
      return start(ctx, j, 'COMMIT', { notice: notice?.trim() || null });
    },

    wait,

    /** One page of the dry run's rows, optionally only one kind of outcome. */
    async rows(ctx: Context, id: string, action: RowAction | null, page: number, perPage: number) {
      await jobOf(ctx, id);
      const size = Math.min(Math.max(perPage, 1), 500);
      const where = { jobId: id, ...(action ? { action } : {}) };
      const [total, rows] = await Promise.all([
        prisma.importJobRow.count({ where }),
        prisma.importJobRow.findMany({
          where,
          select: { row: true, action: true, key: true, name: true, reasons: true, changes: true },
          orderBy: { row: 'asc' },
          skip: Math.max(page, 0) * size,
          take: size,
        }),
      ]);
      return { total, rows: rows.map(rowResult) };
    },

    /** The refused rows as the user sent them, with the reasons first, to fix and import again. */
    async errorReport(ctx: Context, id: string, format: OutFormat): Promise<SheetOutput & { kind: ImportKind }> {
      const j = await jobOf(ctx, id);
      if (j.status !== 'ANALYSED') throw userError('IMPORT.NOT_ANALYSED');
      const refusedRows = await prisma.importJobRow.findMany({ where: { jobId: id, action: 'REFUSED' }, select: { row: true, reasons: true } });
      const refused = new Map(refusedRows.map((r) => [r.row, ((r.reasons as string[] | null) ?? []).join('；')]));
      const file = await fileOf(j);
      const out = openSheet(format, '拒绝导入的行', ['原文件行号', '拒绝原因', ...j.headers], { widths: [12, 50] });
      streamRows(out, async function* () {
        for await (const { row, cells } of readRows(file, j.format, j.encoding ? { encoding: j.encoding } : {})) {
          const reason = refused.get(row);
          if (reason !== undefined) yield [row, reason, ...j.headers.map((_, i) => cells[i] ?? '')];
        }
      });
      return { ...out, kind: j.def.kind };
    },
  };
}

export type ImportJobs = ReturnType<typeof createImportJobs>;
