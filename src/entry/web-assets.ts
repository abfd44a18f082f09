import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assetPath, assetType, memoryAssets, type WebAsset, type WebAssets } from '../http/web-assets.js';

export const WEB_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'web');

/** The local ECharts build (never a CDN), served at /vendor/echarts.min.js. */
export const ECHARTS_FILE = 'vendor/echarts.min.js';
export const echartsPath = () => createRequire(import.meta.url).resolve('echarts/dist/echarts.min.js');

/** Every served file: its name under the assets root and where it is read from. */
export function webFiles(webDir = WEB_DIR): Array<{ file: string; from: string }> {
  const own = readdirSync(webDir).sort().filter((f) => assetType(f)).map((f) => ({ file: f, from: join(webDir, f) }));
  return [...own, { file: ECHARTS_FILE, from: echartsPath() }];
}

function asset(body: Buffer, type: string): WebAsset {
  return { body: new Uint8Array(body), type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` };
}

/** Read the portal and console files once at start-up (the app serves them from memory). */
export function loadWebAssets(webDir = WEB_DIR): WebAssets {
  return memoryAssets(new Map(webFiles(webDir).map(({ file, from }) => [assetPath(file), asset(readFileSync(from), assetType(file)!)])));
}
