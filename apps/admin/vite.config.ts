import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';
import { constants as zlib } from 'node:zlib';

// In development the API runs separately; `SSJ_API_URL` points the proxy at it (default: the API's own default port).
const api = process.env.SSJ_API_URL ?? 'http://localhost:4000';
// The public draw files (/public/draws/<id>/announcement.json, candidates.json, receipt.json) are the API's too.
const DRAW_FILE = /^\/public\/draws\/[^/]+\/[a-z]+\.json$/;
const proxy = {
  '/graphql': { target: api, changeOrigin: true },
  '/health': { target: api, changeOrigin: true },
  // The printable documents (apps/api/src/documents/routes.ts).
  '/documents': { target: api, changeOrigin: true },
  [DRAW_FILE.source]: { target: api, changeOrigin: true },
};

// Chunks follow what imports what: a library used only by pages loaded on demand (React.lazy: the resources'
// pages, the sign-in page, the charts, the calendar, imports, the data provider with graphql-js and the schema,
// the English messages) stays out of the first download. Only React, which every chunk needs and which changes
// least, and exceljs (≈ 930 kB, loaded by import() when the leadership dashboard exports a table) are named
// groups; a catch-all vendor group would pull every library any page uses into the first download.
// `npm run bench:bundle` prints what the first screen and each next step download.
const vendorGroups = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-is)[\\/]/, priority: 50 },
  { name: 'exceljs', test: /node_modules[\\/]exceljs[\\/]/, priority: 60 },
];

// The public disclosure pages (rule 26) are a second entry, public.html: React and the pages only, without
// react-admin, MUI or Apollo. The server answers /public and /public/… with it (apps/api/src/server.ts); in
// development this plugin does the same.
const publicPages: Plugin = {
  name: 'ssj-public-pages',
  configureServer(server) {
    server.middlewares.use((req, _res, next) => {
      const path = (req.url ?? '').split('?')[0]!;
      if ((path === '/public' || path.startsWith('/public/')) && !DRAW_FILE.test(path)) req.url = '/public.html';
      next();
    });
  },
};

// The API serves the build with sirv, which sends a `.br` or `.gz` file lying beside an asset when the browser
// accepts it — but only if it exists: the build writes both (brotli at its best level; it is done once).
const precompressed = compression({
  include: /\.(js|mjs|css|html|svg|json|txt|webmanifest)$/,
  threshold: 1024,
  skipIfLargerOrEqual: true,
  algorithms: [defineAlgorithm('gzip', { level: 9 }), defineAlgorithm('brotliCompress', { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } })],
});

// The admin installs as an app (PWA) and opens without a connection (src/pwa/): a web app manifest in Chinese with
// the icons, and a service worker (Workbox, generated at build) that keeps the app shell and every hashed asset, so
// a result's entry page reloads offline (its draft is kept in IndexedDB, resources/result/offlineDraft.ts). The
// worker is registered by src/pwa/register.ts (no inline script: the server's CSP allows none); the API's paths
// (GraphQL, files, the public pages' data) always go to the network. Built into dist/ as sw.js + workbox-*.js.
const pwa = VitePWA({
  injectRegister: null,
  registerType: 'autoUpdate',
  includeAssets: ['favicon.svg'],
  manifest: {
    id: '/',
    name: '双随机、一公开监管平台',
    short_name: '双随机监管',
    description: '双随机、一公开监管平台：抽查计划、摇号、检查结果录入与公示',
    lang: 'zh-CN',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1f5f8b',
    icons: [
      { src: '/pwa-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/pwa-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/pwa-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    // exceljs (≈ 930 kB, the leadership dashboard's export) is the largest chunk; all are kept.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    navigateFallback: '/index.html',
    // The public disclosure pages are their own entry; the API's paths are never answered from the cache.
    navigateFallbackDenylist: [/^\/(public|graphql|graphiql|health|import|export)(\/|$)/],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
  },
});

export default defineConfig({
  base: '/',
  plugins: [react(), publicPages, precompressed, pwa],
  // The server uses graphql 16; ra-data-graphql-simple wants 15 (apps/admin's own copy). Resolve every import
  // of graphql to that one copy, so the bundle holds a single graphql and instanceof checks agree.
  resolve: { dedupe: ['graphql'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      input: { main: 'index.html', public: 'public.html' },
      output: {
        codeSplitting: { groups: vendorGroups },
      },
    },
  },
  server: { port: 5173, proxy },
  preview: { port: 4173, proxy },
});
