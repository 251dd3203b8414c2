// The three files anyone needs to re-run a published draw offline (rule 17), as plain downloads beside the
// public pages, no sign-in:
//
//   GET /public/draws/<id>/announcement.json   the commitment and hashes published before the draw
//   GET /public/draws/<id>/candidates.json     the frozen candidate list (opaque ids and drawing fields only)
//   GET /public/draws/<id>/receipt.json        the receipt
//   GET /public/draw-commitments.json[?task=<code>]  every commitment published before a draw, with its time
//
// Then `npx tsx packages/domain/src/cli/verify-draw.ts receipt.json candidates.json --announcement announcement.json`,
// or the 验证 button of the task announcement, which downloads the same three files and runs the same domain code
// in the visitor's browser. Only what the public GraphQL fields serve is served (a public task's locked or
// superseded draws); a credential is neither needed nor read, so a signed-in browser sees the same.
import type { PrismaClient } from '@ssj/db';
import { userError } from './errors.ts';
import { routeError } from './routeErrors.ts';
import { forEachCandidateBatch } from './drawCandidates.ts';
import { drawAnnouncement, loadReadableDraw } from './schema/draw.ts';
import { publishedCommitments } from './schema/drawCommitments.ts';

const ROUTE = /^\/public\/draws\/([^/]+)\/(announcement|candidates|receipt)\.json$/;
/** Every commitment published before a draw (newest first, up to 5,000), for anyone who archives them. */
const COMMITMENTS = '/public/draw-commitments.json';

export const isPublicDrawFile = (pathname: string) => ROUTE.test(pathname) || pathname === COMMITMENTS;

// No Content-Disposition: the page's download links name the files (摇号回执-<task>-第1次.json), curl -O by the URL.
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body, null, 2), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } });

/** A withheld task's draw and an unpublished one answer as if there were none. */
const STATUS: Record<string, number> = { UNAUTHENTICATED: 404, NOT_FOUND: 404, 'DRAW.NOT_PUBLISHED': 404 };

const refusal = (e: unknown) => {
  const { status, error } = routeError(e, STATUS);
  return json({ errors: [error] }, status);
};

/**
 * The frozen list streamed from its rows, one candidate per line, a batch at a time: a million candidates never sit
 * in memory as one text. (Same JSON value as before; one line per candidate instead of pretty-printed objects.)
 */
function candidatesFile(prisma: PrismaClient, drawId: string): Response {
  const encoder = new TextEncoder();
  let first = true;
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        controller.enqueue(encoder.encode('['));
        await forEachCandidateBatch(prisma, drawId, (batch) => {
          let text = '';
          for (const c of batch) {
            text += `${first ? '\n' : ',\n'}${JSON.stringify(c)}`;
            first = false;
          }
          controller.enqueue(encoder.encode(text));
        });
        controller.enqueue(encoder.encode(first ? ']\n' : '\n]\n'));
        controller.close();
      } catch (e) {
        controller.error(e);
      }
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } });
}

export async function servePublicDrawFile(prisma: PrismaClient, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return json({ errors: [{ message: '只支持 GET 请求', extensions: { code: 'METHOD_NOT_ALLOWED' } }] }, 405);
  const url = new URL(request.url);
  if (url.pathname === COMMITMENTS) {
    try {
      const rows = await publishedCommitments(prisma, { taskCode: url.searchParams.get('task')?.trim() || null, skip: 0, take: 5000 });
      return json(rows.map((r) => ({ ...r, committedAt: r.committedAt.toISOString(), taskCancelledAt: r.taskCancelledAt?.toISOString() ?? null })));
    } catch (e) {
      return refusal(e);
    }
  }
  const [, rawId, kind] = ROUTE.exec(url.pathname)!;
  let id: string;
  try {
    id = decodeURIComponent(rawId!);
  } catch {
    return json({ errors: [userError('NOT_FOUND', '摇号记录').toJSON()] }, 404);
  }
  try {
    // Anonymous: the public's view, whatever cookie or header the request carries.
    const d = await loadReadableDraw(prisma, { user: null }, id);
    if (kind === 'candidates') return candidatesFile(prisma, d.id);
    return json(kind === 'announcement' ? drawAnnouncement(d) : d.receipt);
  } catch (e) {
    return refusal(e);
  }
}
