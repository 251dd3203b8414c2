// The printable documents as plain HTTP GET routes beside /export, with the same bearer token (a session or a
// read-only API token); the public ones also without (see data.ts for who may read what):
//
//   GET /documents/task-targets/<id>/notice.pdf          检查告知书 of the target's visit (rule 19, G26.2)
//   GET /documents/task-targets/<id>/record.pdf[?blank=1] 现场检查记录表: filled once a result is entered, else blank
//   GET /documents/tasks/<id>/announcement.pdf           抽查公告 with the draws' hashes and a QR code (G17, rule 17)
//   GET /documents/tasks/<id>/results.pdf                抽查结果公示 of the published results (rules 21, 26)
//   GET /documents/plans/<id>/plan.pdf                   年度抽查工作计划 as filed (rules 6–10)
//   GET /documents/targets/<id>/dossier.pdf|zip|json     一对象一档案 (rule 24, G30); the ZIP adds the evidence files
//
// A refusal is the file routes' JSON `{ errors: [...] }` with a typed code (routeErrors.ts), never a stack trace.
import { PassThrough, Readable } from 'node:stream';
import yazl from 'yazl';
import type { PrismaClient } from '@ssj/db';
import { buildContext } from '../context.ts';
import { clock } from '../clock.ts';
import { publicOrigin } from '../env.ts';
import { notFound, userError } from '../errors.ts';
import { routeError } from '../routeErrors.ts';
import { attachment } from '../importing/writers.ts';
import { loadAnnouncement, loadDossier, loadPlan, loadPublication, loadVisit, type DossierData } from './data.ts';
import { announcement, annualPlan, dossier, evidenceEntries, inspectionNotice, inspectionRecord, publicationNotice } from './render.ts';

export const isDocumentRoute = (pathname: string) => pathname.startsWith('/documents/');

const pdf = (body: Buffer, fileName: string) =>
  new Response(new Uint8Array(body), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': attachment(fileName),
      'cache-control': 'no-store',
      'content-length': String(body.length),
    },
  });

/** The dossier's history as JSON for the admin's target page: the same loader as the PDF, so screen and paper agree. */
const dossierJson = (d: DossierData) => ({
  ...d,
  evidence: evidenceEntries(d).map(({ id, path, filename, size, sha256, taskCode }) => ({ id, path, filename, size, sha256, taskCode })),
});

/**
 * The dossier as a ZIP, written as it is sent: the PDF, then each evidence file read from the database one at a time
 * (a file is up to 20 MB, a target may have many), then SHA256SUMS in the format `sha256sum -c` checks.
 */
function dossierZip(prisma: PrismaClient, d: DossierData, pdfBytes: Buffer, stem: string): ReadableStream<Uint8Array> {
  const zip = new yazl.ZipFile();
  const entries = evidenceEntries(d);
  const when = clock.now();
  zip.addBuffer(pdfBytes, `${stem}.pdf`, { mtime: when });
  for (const e of entries) {
    zip.addReadStreamLazy(e.path, { mtime: e.uploadedAt, compress: false }, (cb) => {
      prisma.evidence
        .findUniqueOrThrow({ where: { id: e.id }, select: { data: true } })
        .then((row) => cb(null, Readable.from([Buffer.from(row.data)])))
        .catch((err: Error) => cb(err, undefined as never));
    });
  }
  const sums = entries.map((e) => `${e.sha256}  ${e.path}`).join('\n');
  zip.addBuffer(Buffer.from(sums ? `${sums}\n` : ''), 'SHA256SUMS', { mtime: when });
  zip.end();
  const out = new PassThrough();
  zip.outputStream.on('error', (err) => out.destroy(err)).pipe(out);
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

export function createDocumentRoutes(prisma: PrismaClient) {
  async function route(request: Request): Promise<Response> {
    if (request.method !== 'GET') throw userError('NOT_FOUND');
    const url = new URL(request.url);
    const m = /^\/documents\/(task-targets|tasks|plans|targets)\/([^/]+)\/([\w.-]+)$/.exec(url.pathname);
    if (!m) throw notFound('文书');
    const [, kind, rawId, file] = m as unknown as [string, string, string, string];
    let id: string;
    try {
      id = decodeURIComponent(rawId);
    } catch {
      throw notFound('文书');
    }
    const ctx = await buildContext(prisma, request);
    const now = clock.now();
    const day = clock.today();

    if (kind === 'task-targets' && (file === 'notice.pdf' || file === 'record.pdf')) {
      const v = await loadVisit(prisma, ctx, id);
      if (file === 'notice.pdf') return pdf(await inspectionNotice(v, now), `检查告知书-${v.target.name}-${v.task.code}.pdf`);
      const filled = !url.searchParams.has('blank') && !!v.result && v.result.status !== 'NOT_ENTERED';
      const mode = filled ? 'filled' : 'blank';
      return pdf(await inspectionRecord(v, mode, now), `现场检查记录表${filled ? '' : '（空白）'}-${v.target.name}-${v.task.code}.pdf`);
    }
    if (kind === 'tasks' && file === 'announcement.pdf') {
      const t = await loadAnnouncement(prisma, ctx, id);
      return pdf(await announcement(t, publicOrigin(url), now), `抽查公告-${t.code}.pdf`);
    }
    if (kind === 'tasks' && file === 'results.pdf') {
      const { task, results } = await loadPublication(prisma, ctx, id);
      return pdf(await publicationNotice(task, results, now), `抽查结果公示-${task.code}.pdf`);
    }
    if (kind === 'plans' && file === 'plan.pdf') {
      const p = await loadPlan(prisma, ctx, id);
      return pdf(await annualPlan(p, now), `${p.year}年度抽查工作计划-${p.unit.name}.pdf`);
    }
    if (kind === 'targets' && /^dossier\.(pdf|zip|json)$/.test(file)) {
      const d = await loadDossier(prisma, ctx, id);
      if (file === 'dossier.json') return Response.json(dossierJson(d), { headers: { 'cache-control': 'no-store' } });
      const stem = `检查对象档案-${d.name}-${day}`;
      const bytes = await dossier(d, now);
      if (file === 'dossier.pdf') return pdf(bytes, `${stem}.pdf`);
      return new Response(dossierZip(prisma, d, bytes, stem), {
        headers: { 'content-type': 'application/zip', 'content-disposition': attachment(`${stem}.zip`), 'cache-control': 'no-store' },
      });
    }
    throw notFound('文书');
  }

  return {
    async fetch(request: Request): Promise<Response> {
      try {
        return await route(request);
      } catch (e) {
        const { status, error } = routeError(e, { 'DOCUMENT.NOT_AVAILABLE': 409 });
        return Response.json({ errors: [error] }, { status });
      }
    },
  };
}
