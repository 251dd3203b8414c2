// Security headers (securityHeaders.ts) on every answer of the address: GraphiQL and its assets, the API's JSON,
// the file routes, and the static admin and public pages (http.ts, on a free port with a stand-in build). The
// Content-Security-Policy allows no inline script, and GraphiQL's page holds none (graphiql.ts).
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestListener } from '../src/http.ts';
import { createTestApp, type TestApp } from './helpers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: false });
});
afterAll(() => t.close());

function expectSecurityHeaders(headers: Headers, what: string) {
  const csp = headers.get('content-security-policy') ?? '';
  expect(csp, what).toContain("script-src 'self'");
  expect(csp, what).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).toContain("object-src 'none'");
  expect(csp, what).not.toMatch(/https?:|\*/); // nothing from another origin
  expect(headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(headers.get('referrer-policy'), what).toBe('no-referrer');
  expect(headers.get('x-frame-options'), what).toBe('DENY');
}

const get = (p: string, headers: Record<string, string> = {}) => t.app.fetch(new Request(`http://test${p}`, { headers }));

describe('GraphiQL', () => {
  it('is a page without inline script, under the policy', async () => {
    const res = await get('/graphql', { accept: 'text/html' });
    expect(res.status).toBe(200);
    expectSecurityHeaders(res.headers, 'GraphiQL');
    const html = await res.text();
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(2);
    for (const [, attrs, body] of scripts) {
      // Either an external script or a JSON data block (never executed, so the policy does not apply).
      if (/type="application\/json"/.test(attrs!)) expect(() => JSON.parse(body!)).not.toThrow();
      else expect({ attrs: /src="\/graphiql\/[0-9a-f]{12}\/graphiql\.js"/.test(attrs!), body: body!.trim() }).toEqual({ attrs: true, body: '' });
    }
    expect(html).not.toMatch(/<style|on\w+="/);
    const options = JSON.parse(/<script id="graphiql-options" type="application\/json">([\s\S]*?)<\/script>/.exec(html)![1]!) as {
      title: string;
      defaultQuery: string;
    };
    expect(options.title).toBe('双随机、一公开监管平台 GraphQL');
    expect(options.defaultQuery).toContain('allCheckItems');
  });

  it('serves its script, stylesheet, workers and icon from this address (gzip when accepted), cacheable', async () => {
    const html = await (await get('/graphql', { accept: 'text/html' })).text();
    const base = /src="(\/graphiql\/[0-9a-f]{12}\/)graphiql\.js"/.exec(html)![1]!;
    expect(html).toContain(`href="${base}graphiql.css"`);
    expect(html).toContain(`href="${base}favicon"`);
    const js = await get(`${base}graphiql.js`);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(js.headers.get('cache-control')).toContain('immutable');
    expectSecurityHeaders(js.headers, 'graphiql.js');
    const text = await js.text();
    // (booleans, not toContain: a failure would print 5 MB of script)
    expect(text.includes(`getWorkerUrl: function (_id, label) { return "${base}" + 'worker-' + label + '.js'; }`)).toBe(true);
    expect(text.includes('renderYogaGraphiQL(document.querySelector')).toBe(true);
    for (const name of ['graphiql.css', 'worker-editorWorkerService.js', 'worker-json.js', 'worker-graphql.js', 'favicon']) {
      const res = await get(`${base}${name}`);
      expect(res.status, name).toBe(200);
      expect((await res.arrayBuffer()).byteLength, name).toBeGreaterThan(1000);
    }
    const zipped = await get(`${base}graphiql.js`, { 'accept-encoding': 'gzip, br' });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8') === text).toBe(true);
    expect((await get(`${base}nothing.js`)).status).toBe(404);
    expect((await get('/graphiql/000000000000/graphiql.js')).status).toBe(404);
  });
});

describe('the API', () => {
  it('sets the headers on GraphQL answers, /health and the file routes, refusals included', async () => {
    const gql = await t.app.fetch(
      new Request('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { id } }' }) }),
    );
    expect(gql.status).toBe(200);
    expectSecurityHeaders(gql.headers, 'POST /graphql');
    expectSecurityHeaders((await get('/health')).headers, '/health');
    const refused = await get('/export/Target.csv');
    expect(refused.status).toBe(401);
    expectSecurityHeaders(refused.headers, '/export refused');
  });
});

describe('the static admin and public pages', () => {
  let server: http.Server;
  let base: string;
  let dist: string;
  beforeAll(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'ssj-headers-'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>admin</title>');
    fs.writeFileSync(path.join(dist, 'public.html'), '<!doctype html><title>public</title>');
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'assets', 'main.js'), 'export {};');
    // A hashed asset with the .br and .gz copies the build writes beside it.
    const source = `export const big = ${JSON.stringify('监管'.repeat(2000))};`;
    fs.writeFileSync(path.join(dist, 'assets', 'vendor-Ab12Cd34.js'), source);
    fs.writeFileSync(path.join(dist, 'assets', 'vendor-Ab12Cd34.js.br'), brotliCompressSync(source));
    fs.writeFileSync(path.join(dist, 'assets', 'vendor-Ab12Cd34.js.gz'), gzipSync(source));
    server = http.createServer(createRequestListener(t.app, dist).listener);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('answer the admin, its assets, a deep link and the public pages with the headers', async () => {
    for (const [p, body] of [
      ['/', 'admin'],
      ['/assets/main.js', 'export'],
      ['/some/deep/link', 'admin'],
      ['/public', 'public'],
      ['/public/tasks/1', 'public'],
    ] as const) {
      const res = await fetch(`${base}${p}`);
      expect(res.status, p).toBe(200);
      expect(await res.text(), p).toContain(body);
      expectSecurityHeaders(res.headers, p);
    }
    const graphiql = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expectSecurityHeaders(graphiql.headers, 'GraphiQL over HTTP');
    expect(await graphiql.text()).toContain('graphiql-options');
  });

  /** One GET with the given Accept-Encoding, the body as sent (not decoded). */
  const raw = (p: string, encoding: string) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get(`${base}${p}`, { headers: { 'accept-encoding': encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });

  it('send the precompressed copy the browser accepts, and let it keep hashed assets for a year', async () => {
    const source = fs.readFileSync(path.join(dist, 'assets', 'vendor-Ab12Cd34.js'));
    const br = await raw('/assets/vendor-Ab12Cd34.js', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).equals(source)).toBe(true);
    expect(br.body.length).toBeLessThan(source.length / 10);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const gz = await raw('/assets/vendor-Ab12Cd34.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(source)).toBe(true);
    const plain = await raw('/assets/vendor-Ab12Cd34.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(source)).toBe(true);
    // The pages themselves are asked for again on every load, so a new release is seen at once.
    for (const p of ['/', '/some/deep/link', '/public']) expect((await raw(p, 'br')).headers['cache-control'], p).toBe('no-cache');
  });
});
