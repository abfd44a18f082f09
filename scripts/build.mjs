#!/usr/bin/env node
/**
 * The production build (`npm run build`; `npm start` and the budget-qa command run it first when the sources changed
 * since the last one): the TypeScript of src/ and eval/ compiled by tsc into dist/ (tsconfig.build.json; the data files
 * it imports come along), then the files the code reads beside itself at run time copied next to the compiled
 * modules: the portal and console (src/web) and the SQL migrations. Folders of the repository (prompts/, eval/sets/,
 * data/sources/) are read where they are.
 *
 *   node scripts/build.mjs              build
 *   node scripts/build.mjs --if-stale   build only when dist/ is missing or older than a source file
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist');
const stamp = join(out, 'src', '.built');
const ASSETS = ['src/web', 'src/store/sqlite/migrations', 'src/questions/migrations'];
/** What the build reads: a file here newer than the last build makes it stale. */
const INPUTS = ['src', 'eval', 'data/cues', 'data/parser', 'data/aliases.json', 'data/answer-words.json', 'data/assertions.json', 'data/fillers.json', 'data/undisclosed.json', 'tsconfig.json', 'tsconfig.build.json', 'package.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), s.mtimeMs);
}

export function isStale() {
  return !existsSync(stamp) || INPUTS.some((p) => newest(join(root, p)) > statSync(stamp).mtimeMs);
}

export function build() {
  // Only what this build writes is replaced (dist/web and dist/worker belong to the Worker build).
  for (const dir of ['src', 'eval', 'data']) rmSync(join(out, dir), { recursive: true, force: true });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`tsc failed (exit ${r.status})`);
  for (const dir of ASSETS) cpSync(join(root, dir), join(out, dir), { recursive: true });
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--if-stale') && !isStale()) process.exit(0);
  process.stderr.write('building dist/ (tsc)…\n');
  try {
    build();
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}
