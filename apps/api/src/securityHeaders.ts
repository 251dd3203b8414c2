// Security headers on every answer of the one address: the admin, the public pages (both static, server.ts),
// GraphiQL and its assets (graphiql.ts), the API's JSON and the file routes.
//
// The Content-Security-Policy allows no inline script anywhere: the built admin has none (Vite emits external
// modules) and GraphiQL is served as an external script (graphiql.ts) instead of graphql-yoga's inline page.
// Inline *styles* stay allowed: MUI (emotion), GraphiQL and Monaco write <style> elements and style attributes
// at run time. blob: and data: images cover downloads and GraphiQL's embedded icons; fonts are embedded as
// data: URLs in GraphiQL's CSS. Nothing is loaded from another origin (bureau intranets have no internet).
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
  // Links out of the admin (none expected) tell the other site nothing, not even the origin.
  'Referrer-Policy': 'no-referrer',
};

/** The response with the security headers set (a copy when its headers are immutable). */
export function withSecurityHeaders(response: Response): Response {
  try {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) response.headers.set(k, v);
    return response;
  } catch {
    const headers = new Headers(response.headers);
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) headers.set(k, v);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}
