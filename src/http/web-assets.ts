import type { Context } from 'hono';

/** A static file of the portal or staff console, loaded by the runtime adapter (the app itself does no I/O). */
export interface WebAsset {
  body: string | Uint8Array;
  type: string;
  etag: string;
}

/** Keyed by URL path: `/`, `/portal.js`, `/staff`, `/vendor/echarts.min.js`, … */
export type WebAssets = ReadonlyMap<string, WebAsset>;

/** Only this origin: no inline script or style, no framing, no plugins. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Serve one asset with the CSP, an ETag and revalidation on every load (no stale portal after a deploy). */
export function serveAsset(c: Context, asset: WebAsset): Response {
  c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  c.header('Cache-Control', 'no-cache');
  c.header('ETag', asset.etag);
  if (c.req.header('if-none-match') === asset.etag) return c.body(null, 304);
  c.header('Content-Type', asset.type);
  return c.body(typeof asset.body === 'string' ? asset.body : new Uint8Array(asset.body));
}
