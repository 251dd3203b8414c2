// GraphiQL without inline script, so that the page runs under the Content-Security-Policy (securityHeaders.ts).
// @graphql-yoga/render-graphiql writes the whole GraphiQL (≈ 9 MB: the app, its CSS, Monaco's three workers)
// into one HTML page as inline <script>/<style>, and starts the workers from blob: URLs. Here the same code of
// the same package is served as files under /graphiql/<hash>/… (cacheable for good: the hash changes with the
// package), the page holds only a stylesheet link, a JSON data block with the options (not executed, so CSP
// does not apply to it) and an external script; the workers load from the same origin. Nothing comes from a
// CDN: bureau intranets have no internet access.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { css, editorWorkerService, favicon, graphqlWorker, js, jsonWorker } from '@graphql-yoga/render-graphiql/graphiql';

export const GRAPHIQL_PREFIX = '/graphiql/';

const tag = createHash('sha256').update(js).update(css).digest('hex').slice(0, 12);
const base = `${GRAPHIQL_PREFIX}${tag}/`;

/** Runs first: tells Monaco where its workers are, then GraphiQL renders with the page's options. */
const boot = `self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: function (_id, label) { return ${JSON.stringify(base)} + 'worker-' + label + '.js'; } };
${js};
YogaGraphiQL.renderYogaGraphiQL(document.querySelector('#root'), JSON.parse(document.getElementById('graphiql-options').textContent));
`;

const icon = /^data:([^;,]+);base64,(.*)$/s.exec(favicon);
const ASSETS: Record<string, { type: string; text: string | Uint8Array<ArrayBuffer> }> = {
  'graphiql.js': { type: 'text/javascript; charset=utf-8', text: boot },
  'graphiql.css': { type: 'text/css; charset=utf-8', text: css },
  'worker-editorWorkerService.js': { type: 'text/javascript; charset=utf-8', text: editorWorkerService },
  'worker-json.js': { type: 'text/javascript; charset=utf-8', text: jsonWorker },
  'worker-graphql.js': { type: 'text/javascript; charset=utf-8', text: graphqlWorker },
  ...(icon ? { favicon: { type: icon[1]!, text: new Uint8Array(Buffer.from(icon[2]!, 'base64')) as Uint8Array<ArrayBuffer> } } : {}),
};
const gzipped = new Map<string, Uint8Array<ArrayBuffer>>();

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** yoga's `renderGraphiQL`: the page, with the options yoga hands over (title, defaultQuery, endpoint …). */
export function renderGraphiQLPage(opts: { title?: string } & Record<string, unknown> = {}): string {
  // `<` escaped so the JSON cannot close its element.
  const options = JSON.stringify(opts).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(opts.title ?? 'GraphiQL')}</title>
    <link rel="icon" href="${icon ? `${base}favicon` : favicon}" />
    <link rel="stylesheet" href="${base}graphiql.css" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>请启用 JavaScript / You need to enable JavaScript to run this app.</noscript>
    <div id="root"></div>
    <script id="graphiql-options" type="application/json">${options}</script>
    <script src="${base}graphiql.js"></script>
  </body>
</html>
`;
}

export const isGraphiQLAsset = (path: string) => path.startsWith(GRAPHIQL_PREFIX);

/** GET /graphiql/<hash>/<file>; gzip when the browser takes it (the app is ≈ 5 MB of JavaScript). */
export function serveGraphiQLAsset(request: Request): Response {
  const path = new URL(request.url).pathname;
  const name = path.startsWith(base) ? path.slice(base.length) : null;
  const asset = name ? ASSETS[name] : undefined;
  if (!asset || (request.method !== 'GET' && request.method !== 'HEAD'))
    return new Response('Not Found', { status: 404, headers: { 'content-type': 'text/plain' } });
  const headers: Record<string, string> = { 'content-type': asset.type, 'cache-control': 'public, max-age=31536000, immutable', vary: 'accept-encoding' };
  if (/\bgzip\b/.test(request.headers.get('accept-encoding') ?? '')) {
    let body = gzipped.get(name!);
    if (!body) {
      body = new Uint8Array(gzipSync(asset.text));
      gzipped.set(name!, body);
    }
    return new Response(request.method === 'HEAD' ? null : body, { headers: { ...headers, 'content-encoding': 'gzip' } });
  }
  return new Response(request.method === 'HEAD' ? null : (asset.text as BodyInit), { headers });
}
