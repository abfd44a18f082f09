/**
 * The Worker as Cloudflare would run it, on this machine: bundled by wrangler (`deploy --dry-run`), run by Miniflare
 * (workerd) with in-memory D1 databases migrated by the project's files and loaded with the corpus SQL that
 * `budget-qa export-d1` writes. Used by the Worker tests and by the retrieval eval's Worker target.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Miniflare } from 'miniflare';
import { exportD1 } from '../src/cli/export-d1.js';
import { loadConfig } from '../src/config.js';
import type { D1Database } from '../src/domain/d1.js';
import { ensureDatabase } from '../src/entry/node-deps.js';
import { QUESTION_MIGRATIONS_DIR } from '../src/questions/sqlite-question-log.js';
import { applyD1Migrations } from '../src/store/d1/migrate.js';
import { splitStatements } from '../src/store/d1/sql-script.js';
import { MIGRATIONS_DIR, readMigrations } from '../src/store/sqlite/migrate.js';

const ROOT = resolve(import.meta.dirname, '..');
const WRANGLER = createRequire(import.meta.url).resolve('wrangler/bin/wrangler.js');

/** wrangler.toml's compatibility date (Miniflare 4.20260426 supports dates up to 2026-04-26). */
export const COMPATIBILITY_DATE = /compatibility_date\s*=\s*"([^"]+)"/.exec(readFileSync(join(ROOT, 'wrangler.toml'), 'utf8'))![1]!;

export interface BundledWorker {
  /** The bundled module (worker.js, or the probe's name). */
  script: string;
  /** esbuild's metafile: every input of the graph and its imports. */
  metafile: { inputs: Record<string, { bytes: number; imports: Array<{ path: string; external?: boolean }> }> };
  bytes: number;
  gzipBytes: number;
}

/** `wrangler deploy --dry-run --outdir DIR --metafile` for a config (default: the top-level wrangler.toml). Offline. */
export function bundleWorker(opts: { config?: string; outDir?: string } = {}): BundledWorker {
  const outDir = opts.outDir ?? mkdtempSync(join(tmpdir(), 'budget-qa-worker-'));
  const metaPath = join(outDir, 'meta.json');
  const args = [WRANGLER, 'deploy', '--dry-run', '--outdir', outDir, '--metafile', metaPath, ...(opts.config ? ['--config', opts.config] : [])];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } });
  if (r.status !== 0) throw new Error(`wrangler deploy --dry-run failed:\n${r.stdout}\n${r.stderr}`);
  const metafile = JSON.parse(readFileSync(metaPath, 'utf8')) as BundledWorker['metafile'];
  // The one module wrangler wrote (the metafile names it relative to the config's folder).
  const script = join(outDir, readdirSync(outDir).find((f) => f.endsWith('.js'))!);
  const code = readFileSync(script);
  return { script, metafile, bytes: code.byteLength, gzipBytes: gzipSync(code).byteLength };
}

/** The corpus of a sources folder as export-d1 writes it: a fresh SQLite database built, then exported. */
export async function corpusStatements(sourcesDir = join(ROOT, 'data', 'sources')): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'budget-qa-export-'));
  try {
    const dbPath = join(dir, 'budget.db');
    await ensureDatabase({ ...loadConfig({}), DB_PATH: dbPath, SOURCES_DIR: sourcesDir }, () => {});
    return exportD1(dbPath).statements;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The Worker's two D1 bindings in a Miniflare, migrated with the project's files (facts: DB; question log: LOG_DB). */
export async function migratedDatabases(mf: Miniflare): Promise<{ db: D1Database; logDb: D1Database }> {
  const db = (await mf.getD1Database('DB')) as D1Database;
  const logDb = (await mf.getD1Database('LOG_DB')) as D1Database;
  await applyD1Migrations(db, readMigrations(MIGRATIONS_DIR));
  await applyD1Migrations(logDb, readMigrations(QUESTION_MIGRATIONS_DIR));
  return { db, logDb };
}

export interface RunningWorker {
  mf: Miniflare;
  db: D1Database;
  logDb: D1Database;
  fetch(path: string, init?: RequestInit): Promise<Response>;
  dispose(): Promise<void>;
}

/**
 * Run a bundled Worker in Miniflare with DB and LOG_DB migrated and DB loaded with `corpus` (statements of
 * export-d1), the static assets of dist/web behind it as wrangler.toml lays them out, and `vars` as its settings.
 */
export async function startWorker(worker: { script: string }, opts: { corpus?: string[]; vars?: Record<string, string>; assets?: boolean } = {}): Promise<RunningWorker> {
  const mf = new Miniflare({
    modules: true,
    scriptPath: worker.script,
    modulesRoot: dirname(worker.script),
    compatibilityDate: COMPATIBILITY_DATE,
    d1Databases: { DB: 'facts', LOG_DB: 'questions' },
    bindings: opts.vars ?? {},
    ...(opts.assets
      ? {
          assets: {
            directory: join(ROOT, 'dist', 'web'),
            binding: 'ASSETS',
            routerConfig: { has_user_worker: true, invoke_user_worker_ahead_of_assets: true },
            assetConfig: { html_handling: 'none', not_found_handling: 'none' },
          },
        }
      : {}),
  });
  const { db, logDb } = await migratedDatabases(mf);
  if (opts.corpus) {
    const statements = opts.corpus.flatMap((s) => splitStatements(s));
    await db.batch(statements.map((s) => db.prepare(s)));
  }
  return {
    mf,
    db,
    logDb,
    // The body is read at once: a response left unread keeps its connection open and stalls dispose().
    fetch: async (path, init) => {
      const res = await mf.dispatchFetch(`http://127.0.0.1${path}`, init as never);
      const body = res.status === 304 || res.status === 204 ? null : await res.arrayBuffer();
      return new Response(body, { status: res.status, headers: Object.fromEntries(res.headers.entries()) });
    },
    dispose: () => mf.dispose(),
  };
}
