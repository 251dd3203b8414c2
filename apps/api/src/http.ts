// The Node request listener of the one address: the API's paths (app.fetch) and, for everything else, the
// built admin and the public pages as static files (sirv), both with the security headers (securityHeaders.ts).
// Apart from server.ts so that a test can listen on a free port without opening the product's database.
import type http from 'node:http';
import fs from 'node:fs';
import sirv from 'sirv';
import { createServerAdapter } from '@whatwg-node/server';
import { isApiPath, type App } from './yoga.ts';
import { SECURITY_HEADERS } from './securityHeaders.ts';

/**
 * Files under /assets/ carry a hash of their content in the name (Vite), so a browser keeps them for a year
 * without asking again; everything else (index.html, public.html, the icon) is revalidated on every load, so a
 * new release is picked up at once.
 */
export const cacheControl = (pathname: string): string => (pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');

export function createRequestListener(app: App, adminDist: string): { listener: http.RequestListener; hasAdmin: boolean } {
  // The socket's address goes along for sign-in throttling per address (context.ts).
  const api = createServerAdapter<{ req: http.IncomingMessage }>((request, { req }) => app.fetch(request, { remoteAddress: req.socket.remoteAddress }));
  const hasAdmin = fs.existsSync(adminDist);
  const admin = hasAdmin
    ? sirv(adminDist, {
        single: true,
        etag: true,
        // The build writes .br and .gz beside each asset (vite.config.ts); sirv sends the one the browser accepts.
        brotli: true,
        gzip: true,
        setHeaders: (res, pathname) => res.setHeader('Cache-Control', cacheControl(pathname)),
      })
    : null;
  const listener: http.RequestListener = (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (isApiPath(path) || !admin) return void api(req, res);
    // sirv's own headers are added to these (it writes with writeHead).
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    // The public disclosure pages (rule 26, no sign-in) are their own small entry of the built admin.
    if (path === '/public' || path.startsWith('/public/')) req.url = '/public.html';
    return admin(req, res);
  };
  return { listener, hasAdmin };
}
