import type { Context } from 'hono';

/** A static file of the portal or staff console, loaded by the runtime adapter (the app itself does no I/O). */
export interface WebAsset {
  body: string | Uint8Array;
  type: string;
  etag: string;
}

/**
 * The portal's and console's files by URL path (`/`, `/portal.js`, `/staff`, `/vendor/echarts.min.js`, …), loaded by
 * the runtime adapter: from memory on Node, through the static-assets binding on Workers.
 */
export interface WebAssets {
  load(path: string): Promise<WebAsset | undefined>;
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
};

/** The Content-Type of a served file, by its extension; undefined for a file that is never served. */
export const assetType = (file: string): string | undefined => TYPES[/\.([a-z]+)$/.exec(file)?.[1] ?? ''];

/** `index.html` → `/`, `staff.html` → `/staff`, anything else by its name (`vendor/echarts.min.js` → `/vendor/echarts.min.js`). */
export function assetPath(file: string): string {
  if (file === 'index.html') return '/';
  return file.endsWith('.html') ? `/${file.slice(0, -'.html'.length)}` : `/${file}`;
}

/** The inverse of assetPath: the file served at a URL path, or undefined (a page is never served by its `.html` name). */
export function assetFile(path: string): string | undefined {
  if (path === '/') return 'index.html';
  if (!/^\/[A-Za-z0-9._/-]+$/.test(path) || path.includes('..') || path.endsWith('.html') || path.endsWith('/')) return undefined;
  const file = path.slice(1);
  return /\.[a-z]+$/.test(file) ? file : `${file}.html`;
}

/** The staff console's own files (`/staff`, `/staff*.js`): served by the staff routes, only when a token is set. */
export const isStaffAsset = (path: string) => path.startsWith('/staff');

/** Assets held in memory, keyed by URL path. */
export function memoryAssets(byPath: ReadonlyMap<string, WebAsset>): WebAssets {
  return { load: async (path) => byPath.get(path) };
}

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
