// Registers the service worker the build generates (vite.config.ts, VitePWA: dist/sw.js; the dev server has none,
// and registering there fails quietly). The worker keeps the app shell and the hashed assets so the admin opens and reloads without a connection. Registered from
// this module rather than an inline script, which the server's Content-Security-Policy refuses
// (apps/api/src/securityHeaders.ts: script-src 'self', worker-src 'self'). Browsers allow service workers on HTTPS
// and on localhost only: served over plain HTTP on an intranet address, the admin works as before, without offline.
export function registerServiceWorker(): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const register = () => void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
