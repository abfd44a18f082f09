import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WebAsset, WebAssets } from '../http/web-assets.js';

const WEB_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'web');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** `index.html` → `/`, `staff.html` → `/staff`, anything else by its name. */
function urlPath(file: string): string {
  if (file === 'index.html') return '/';
  return file.endsWith('.html') ? `/${file.slice(0, -'.html'.length)}` : `/${file}`;
}

function asset(body: Buffer, type: string): WebAsset {
  return { body: new Uint8Array(body), type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` };
}

/** Read the portal and console files once at start-up (the app serves them from memory). ECharts comes from node_modules, never a CDN. */
export function loadWebAssets(webDir = WEB_DIR): WebAssets {
  const assets = new Map<string, WebAsset>();
  for (const file of readdirSync(webDir).sort()) {
    const type = TYPES[extname(file)];
    if (type) assets.set(urlPath(file), asset(readFileSync(join(webDir, file)), type));
  }
  const echarts = createRequire(import.meta.url).resolve('echarts/dist/echarts.min.js');
  assets.set('/vendor/echarts.min.js', asset(readFileSync(echarts), TYPES['.js']!));
  return assets;
}
