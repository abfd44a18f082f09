/**
 * `npm run bench -- --docs N`: N synthetic documents of the template (test/support/synthetic-documents.ts; never in
 * data/sources) ingested into a temporary database, the service started on it in a fresh process, and questions that
 * name departments asked through the HTTP app — then the same with one document. Prints one line:
 * docs=N ingest_s=… start_ms=… ask_p50_ms=… ask_p95_ms=… ask_p95_1doc_ms=… rss_mb=…
 * Targets (benchmark, not tests): ingest < 60 s, start < 2 s, p95 with N ≤ 1.5 × p95 with one, RSS < 200 MB.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestFiles } from '../src/cli/ingest-files.js';
import { openStore } from '../src/entry/open-store.js';
import { syntheticCorpus } from '../test/support/synthetic-documents.js';

interface ServeResult {
  start_ms: number;
  ask_p50_ms: number;
  ask_p95_ms: number;
  rss_mb: number;
  answered: number;
  asked: number;
}

async function buildDatabase(dir: string, n: number, log: (line: string) => void): Promise<{ db: string; seconds: number }> {
  const sources = join(dir, 'sources');
  mkdirSync(sources, { recursive: true });
  const files = syntheticCorpus(n).map((d) => {
    const path = join(sources, d.fileName);
    writeFileSync(path, d.text);
    return path;
  });
  const db = join(dir, 'budget.db');
  const started = performance.now();
  const store = openStore({ path: db });
  try {
    await ingestFiles(store, files, (line) => {
      const m = /^\[(\d+)\/(\d+)\]/.exec(line);
      if (!m || Number(m[1]) % 100 === 0 || m[1] === m[2]) log(`  ${line.slice(0, 90)}`);
    });
  } finally {
    await store.close();
  }
  return { db, seconds: (performance.now() - started) / 1000 };
}

/** Start the service on the database in a fresh process and ask there (so RSS and start-up are the server's own). */
function serveAndAsk(db: string, docs: number, asks: number): ServeResult {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join('bench', 'serve-and-ask.ts'), db, String(docs), String(asks)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop()!) as ServeResult;
}

export async function manyDocumentsBench(n: number, asks = 2000, log: (line: string) => void = (l) => console.error(l)): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'budget-qa-bench-docs-'));
  try {
    log(`ingesting ${n} synthetic documents…`);
    const many = await buildDatabase(join(dir, 'many'), n, log);
    log(`serving ${n} documents and asking ${asks} questions…`);
    const served = serveAndAsk(many.db, n, asks);
    log(`  answered ${served.answered}/${served.asked}`);
    const one = await buildDatabase(join(dir, 'one'), 1, () => {});
    log('serving 1 document…');
    const single = serveAndAsk(one.db, 1, asks);
    const f = (x: number, d = 2) => x.toFixed(d);
    return `docs=${n} ingest_s=${f(many.seconds, 1)} start_ms=${f(served.start_ms, 0)} ask_p50_ms=${f(served.ask_p50_ms)} ask_p95_ms=${f(served.ask_p95_ms)} ask_p95_1doc_ms=${f(single.ask_p95_ms)} rss_mb=${f(served.rss_mb, 0)}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
