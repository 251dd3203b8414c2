// Plain HTTP routes beside /graphql for files, authenticated with the same bearer token:
//
//   POST /import/<Kind>/upload                 the file as the request body (name in X-File-Name), streamed to disk
//   GET  /import/<Kind>/template.xlsx|csv      an empty list with the import's headers
//   GET  /import/jobs/<id>[?profile=<id>]      the job: headers, sample rows, suggested mapping (or the profile's), counts
//   POST /import/jobs/<id>/dry-run             { mapping, profileId? } → NDJSON: {progress}… then {job} or {errors}
//   GET  /import/jobs/<id>/rows?action=&page=&perPage=   the dry run's rows, one page
//   POST /import/jobs/<id>/commit              { notice } → NDJSON as the dry run; one transaction
//   GET  /import/jobs/<id>/errors.xlsx|csv     the refused rows with their reasons
//   GET  /export/<Kind|Result|Closure>.xlsx|csv?filter=&sortField=&sortOrder=&encoding=gbk
//        (a list also &profile=<EXPORT mapping profile id>; Target and Inspector also &changedSince=YYYY-MM-DD)
//   GET  /export/draw-candidates/<taskId>.csv   the candidates a task's draw would freeze now (drawCandidateList.ts)
//   GET  /export/publication-bundle/<day>.zip  one day of the publication outbox for upload by hand (publication/bundle.ts)
//
// Why not GraphQL: the body streams straight to disk (no multipart parsing into memory, no upload link in the
// admin's Apollo client), and progress streams in the response itself. The dry run and the commit run as queue jobs
// (jobs.ts) on any replica; the request that starts one streams its progress until it ends, and GET
// /import/jobs/<id> shows `running` and `progress` from the database on every replica. (On the embedded database,
// PGlite's one connection makes every other request wait while a commit's transaction runs, polling included, so
// the stream there comes from this process's own events.)
import type { PrismaClient } from '@ssj/db';
import { IMPORT_ROW_ACTION } from '@ssj/domain';
import { buildContext } from '../context.ts';
import { userError } from '../errors.ts';
import { routeError } from '../routeErrors.ts';
import type { RowAction } from './analyse.ts';
import { exportClosures, exportList, exportResults, template } from './exports.ts';
import { createImportJobs, type RunOutcome } from './jobs.ts';
import type { JobQueue } from '../jobs/queue.ts';
import { IMPORT_KINDS, type ImportKind } from './listDef.ts';
import { LISTS } from './lists/index.ts';
import type { SheetOutput } from './writers.ts';
import { attachment } from './writers.ts';
import { candidateListCsv } from '../drawCandidateList.ts';
import { publicationBundle } from '../publication/bundle.ts';
import type { Progress } from './analyse.ts';

const errorResponse = (e: unknown) => {
  const { status, error } = routeError(e);
  return Response.json({ errors: [error] }, { status });
};

const download = (o: SheetOutput & { fileName: string }) =>
  new Response(o.body, { headers: { 'content-type': o.contentType, 'content-disposition': attachment(o.fileName), 'cache-control': 'no-store' } });

/**
 * Waits for a dry run or commit that a queue job runs (on this replica or another) and answers with
 * newline-delimited JSON: `{"progress":…}` lines, then `{"job":…}` or `{"errors":[…]}`. A refusal before any
 * progress (permissions, refused rows, a busy job …) is a plain JSON error instead.
 */
async function streamed(start: () => Promise<number>, wait: (runId: number, onProgress: (p: Progress) => void) => Promise<RunOutcome>): Promise<Response> {
  const encoder = new TextEncoder();
  const buffered: string[] = [];
  let push: ((line: string) => void) | null = null;
  const emit = (o: unknown) => {
    const line = `${JSON.stringify(o)}\n`;
    if (push) push(line);
    else buffered.push(line);
  };
  const runId = await start();
  let started!: () => void;
  const firstProgress = new Promise<null>((r) => (started = () => r(null)));
  const done = wait(runId, (p) => {
    emit({ progress: p });
    started();
  });
  const early = await Promise.race([done, firstProgress]);
  if (early && 'error' in early) return Response.json({ errors: [early.error] }, { status: early.status });
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const line of buffered) controller.enqueue(encoder.encode(line));
      push = (line) => controller.enqueue(encoder.encode(line));
      done.then((o) => emit('job' in o ? { job: o.job } : { errors: [o.error] })).finally(() => controller.close());
    },
  });
  return new Response(body, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store', 'x-accel-buffering': 'no' } });
}

const kindOf = (s: string | undefined): ImportKind => {
  if (!s || !(IMPORT_KINDS as readonly string[]).includes(s)) throw userError('NOT_FOUND', '该名录不支持导入导出');
  return s as ImportKind;
};

export const isFileRoute = (pathname: string) => pathname.startsWith('/import/') || pathname.startsWith('/export/');

export function createFileRoutes(prisma: PrismaClient, queue: JobQueue) {
  const jobs = createImportJobs(prisma, queue);

  async function route(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const method = request.method;
    const ctx = await buildContext(prisma, request);
    const json = async () => {
      try {
        return (await request.json()) as Record<string, unknown>;
      } catch {
        return {};
      }
    };

    // The candidate list a task's draw would freeze now (drawCandidateList.ts), for any signed-in user, as the page.
    if (parts[0] === 'export' && method === 'GET' && parts[1] === 'draw-candidates' && parts.length === 3) {
      if (!ctx.user) throw userError('UNAUTHENTICATED');
      const m = /^([\w-]{1,64})\.csv$/.exec(parts[2]!);
      if (!m) throw userError('NOT_FOUND');
      const task = await prisma.task.findUnique({ where: { id: m[1]! }, select: { code: true } });
      if (!task) throw userError('NOT_FOUND', '抽查任务');
      return download({ ...(await candidateListCsv(prisma, m[1]!)), fileName: `候选名单-${task.code}.csv` });
    }
    // The daily publication bundle (issue 16, manual channel): the outbox page's readers.
    if (parts[0] === 'export' && method === 'GET' && parts[1] === 'publication-bundle' && parts.length === 3) {
      const m = /^(.{1,32})\.zip$/.exec(parts[2]!);
      if (!m) throw userError('NOT_FOUND');
      return publicationBundle(prisma, ctx, m[1]!, url.searchParams);
    }
    if (parts[0] === 'export' && method === 'GET' && parts.length === 2) {
      const m = /^(\w+)\.(xlsx|csv)$/.exec(parts[1]!);
      if (!m) throw userError('NOT_FOUND');
      const format = m[2] as 'xlsx' | 'csv';
      const gbk = format === 'csv' && url.searchParams.get('encoding')?.toLowerCase() === 'gbk';
      if (m[1] === 'Result') return download(exportResults(prisma, ctx, format, url.searchParams, gbk));
      if (m[1] === 'Closure') return download(exportClosures(prisma, ctx, format, url.searchParams, gbk));
      return download(await exportList(prisma, ctx, kindOf(m[1]), format, url.searchParams, gbk));
    }
    if (parts[0] !== 'import') throw userError('NOT_FOUND');

    if (parts[1] === 'jobs' && parts[2]) {
      const id = parts[2];
      const action = parts[3];
      if (!action && method === 'GET') return Response.json({ job: await jobs.get(ctx, id, url.searchParams.get('profile')) });
      if (action === 'dry-run' && method === 'POST') {
        const body = await json();
        return streamed(
          () => jobs.dryRun(ctx, id, body.mapping, body.profileId),
          (runId, onProgress) => jobs.wait(id, runId, onProgress),
        );
      }
      if (action === 'commit' && method === 'POST') {
        const body = await json();
        const notice = typeof body.notice === 'string' ? body.notice : null;
        return streamed(
          () => jobs.commit(ctx, id, notice),
          (runId, onProgress) => jobs.wait(id, runId, onProgress),
        );
      }
      if (action === 'rows' && method === 'GET') {
        const a = url.searchParams.get('action');
        const rowAction = IMPORT_ROW_ACTION.values.find((v): v is RowAction => v === a) ?? null;
        return Response.json(
          await jobs.rows(ctx, id, rowAction, Number(url.searchParams.get('page') ?? 0) || 0, Number(url.searchParams.get('perPage') ?? 50) || 50),
        );
      }
      const report = action && /^errors\.(xlsx|csv)$/.exec(action);
      if (report && method === 'GET') {
        const out = await jobs.errorReport(ctx, id, report[1] as 'xlsx' | 'csv');
        return download({ ...out, fileName: `导入被拒绝的行-${LISTS[out.kind].label}.${report[1]}` });
      }
      throw userError('NOT_FOUND');
    }

    const kind = kindOf(parts[1]);
    if (parts[2] === 'upload' && method === 'POST') {
      const raw = request.headers.get('x-file-name') ?? url.searchParams.get('name') ?? '';
      let fileName = raw;
      try {
        fileName = decodeURIComponent(raw);
      } catch {
        // a name that was not percent-encoded stays as sent
      }
      return Response.json({ job: await jobs.upload(ctx, LISTS[kind], fileName, request.body) });
    }
    const t = parts[2] && /^template\.(xlsx|csv)$/.exec(parts[2]);
    if (t && method === 'GET') {
      if (!ctx.user) throw userError('UNAUTHENTICATED');
      return download(template(kind, t[1] as 'xlsx' | 'csv'));
    }
    throw userError('NOT_FOUND');
  }

  return {
    async fetch(request: Request): Promise<Response> {
      try {
        return await route(request);
      } catch (e) {
        return errorResponse(e);
      }
    },
  };
}
