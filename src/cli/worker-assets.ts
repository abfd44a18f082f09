/**
 * Lay out the Worker's static assets (wrangler.toml `[assets] directory`): the portal and console files of src/web
 * and the local ECharts build, under the names the app maps URL paths to. Run by wrangler's `[build] command`.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { webFiles } from '../entry/web-assets.js';

export function layOutAssets(outDir: string): number {
  rmSync(outDir, { recursive: true, force: true });
  const files = webFiles();
  for (const { file, from } of files) {
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    copyFileSync(from, join(outDir, file));
  }
  return files.length;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('worker-assets.ts')) {
  const out = resolve(process.argv[2] ?? 'dist/web');
  process.stdout.write(`worker assets: ${layOutAssets(out)} files → ${out}\n`);
}
