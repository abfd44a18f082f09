/**
 * Retrieval eval over the seed (issue 4): recall@1, recall@5 and MRR for FTS alone, vectors alone and the hybrid,
 * the relevance threshold's margins, and the glossary terms not found by their colloquial names.
 * `npm run eval:retrieval` (local embedder; with EMBEDDINGS_BASE_URL/EMBEDDINGS_MODEL set, that model).
 * `-- --target worker` measures the Worker instead: the same corpus exported to D1 (budget-qa export-d1) and searched
 * by the Worker's own store inside workerd (Miniflare); `-- --target both` prints the two side by side and checks that
 * every query gets the same hits, in the same order, with the same scores.
 * Exits 1 when the hybrid misses its targets (recall@5 ≥ 0.95, MRR ≥ 0.85), an unrelated query gets a hit, or the
 * two targets differ.
 */
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { exportD1 } from '../../src/cli/export-d1.js';
import { loadConfig } from '../../src/config.js';
import { DEFAULT_HYBRID, type SearchMode, type TextHit } from '../../src/retrieve/index.js';
import { embedderFromConfig } from '../../src/retrieve/remote.js';
import { seedStore } from '../../src/retrieve/seed.testkit.js';
import type { DocumentSummary, StoredGlossaryEntry } from '../../src/store/store.js';
import { bundleWorker, startWorker } from '../worker-runtime.js';
import { leaks, runMode, termsNotFound, type QueryResult, type SearchCorpus } from './evaluate.js';
import { loadHeldOut, loadNegatives, loadQueries } from './labelled.js';
import { formatRow, HEADER, type Scores } from './metrics.js';

const { values } = parseArgs({ options: { target: { type: 'string', default: 'node' } } });
const target = values.target!;
if (!['node', 'worker', 'both'].includes(target)) {
  process.stderr.write('usage: npm run eval:retrieval [-- --target node|worker|both]\n');
  process.exit(2);
}

const ROWS: Array<[string, SearchMode, number | undefined]> = [
  ['FTS5 (BM25) alone', 'fts', 0],
  ['vectors alone', 'vector', 0],
  ['hybrid, no threshold', 'hybrid', 0],
  ['hybrid (as served)', 'hybrid', undefined],
];

interface Report {
  rows: Array<{ name: string; scores: Scores; results: QueryResult[] }>;
  positives: number[];
  negatives: Array<{ q: string; r: number }>;
  leaked: string[];
  misses: QueryResult[];
  missingTerms: string[];
}

async function evaluate(store: SearchCorpus): Promise<Report> {
  const queries = loadQueries();
  const rows: Report['rows'] = [];
  for (const [name, mode, min] of ROWS) rows.push({ name, ...(await runMode(store, queries, mode, min)) });
  rows.push({ name: 'hybrid, held-out set', ...(await runMode(store, loadHeldOut(), 'hybrid')) });
  const served = rows[3]!;
  // Threshold margins: the query-level gate compares the best candidate's relevance with minRelevance.
  const best = async (q: string) => (await store.searchText(q, { k: 30, minRelevance: 0 })).reduce((m, h) => Math.max(m, h.relevance), 0);
  const positives = (await Promise.all(queries.map((l) => best(l.q)))).sort((a, b) => a - b);
  const negatives = (await Promise.all(loadNegatives().map(async (q) => ({ q, r: await best(q) })))).sort((a, b) => b.r - a.r);
  return {
    rows,
    positives,
    negatives,
    leaked: await leaks(store, loadNegatives()),
    misses: served.results.filter((x) => x.rank === undefined || x.rank > 5),
    missingTerms: await termsNotFound(store, served.results),
  };
}

function print(name: string, r: Report) {
  const log = (s = '') => process.stdout.write(`${s}\n`);
  log(`== ${name}`);
  log(HEADER);
  for (const row of r.rows) log(formatRow(row.name, row.scores));
  const [pos, neg] = [r.positives, r.negatives];
  log(`\nbest-candidate relevance, labelled queries: min ${pos[0]!.toFixed(3)}, next ${pos.slice(1, 4).map((x) => x.toFixed(3)).join(' ')}, median ${pos[pos.length >> 1]!.toFixed(3)}`);
  log(`best-candidate relevance, unrelated queries: max ${neg[0]!.r.toFixed(3)} (${neg[0]!.q}), next ${neg.slice(1, 4).map((x) => `${x.r.toFixed(3)} (${x.q})`).join(' ')}`);
  log(`unrelated queries answered as served: ${r.leaked.length}/${neg.length}${r.leaked.length ? ` (${r.leaked.join(', ')})` : ''}`);
  if (r.misses.length) log(`\nnot in the top 5 as served:\n${r.misses.map((x) => `  ${x.l.q} → ${x.hits.slice(0, 5).map((h) => h.id).join(' ') || '(nothing)'}`).join('\n')}`);
  log(`glossary terms not found by a colloquial name: ${r.missingTerms.length ? r.missingTerms.join(', ') : 'none'}\n`);
}

const passes = (r: Report) => r.rows[3]!.scores.recallAt5 >= 0.95 && r.rows[3]!.scores.mrr >= 0.85 && r.leaked.length === 0 && r.missingTerms.length === 0;

/** The Worker's store, reached through the probe Worker inside Miniflare. */
function probeCorpus(fetch: (path: string, init?: RequestInit) => Promise<Response>): SearchCorpus {
  const call = async <T>(method: string, args: unknown[]) => (await (await fetch('/', { method: 'POST', body: JSON.stringify({ method, args }) })).json()) as T;
  return {
    searchText: (q, opts) => call<TextHit[]>('searchText', [q, opts ?? {}]),
    listDocuments: () => call<DocumentSummary[]>('listDocuments', []),
    glossary: (docId) => call<StoredGlossaryEntry[]>('glossary', [docId]),
  };
}

const seed = await seedStore(embedderFromConfig(loadConfig(process.env)));
const reports: Array<[string, Report]> = [];
let stop = async () => {};
try {
  process.stdout.write(`${loadQueries().length} labelled queries, ${loadNegatives().length} unrelated queries; threshold minRelevance=${DEFAULT_HYBRID.minRelevance}\n\n`);
  if (target !== 'worker') reports.push(['Node: better-sqlite3, FTS5 + sqlite-vec', await evaluate(seed.store)]);
  if (target !== 'node') {
    const probe = bundleWorker({ config: 'eval/retrieval/probe.wrangler.toml' });
    const worker = await startWorker(probe, { corpus: exportD1(seed.path).statements });
    stop = worker.dispose;
    reports.push(['Worker: workerd + D1, FTS5 + per-record vectors (Miniflare)', await evaluate(probeCorpus(worker.fetch))]);
  }
  for (const [name, r] of reports) print(name, r);
  let same = true;
  if (reports.length === 2) {
    const [[, a], [, b]] = reports as [[string, Report], [string, Report]];
    process.stdout.write(`${''.padEnd(22)} ${'Node r@5'.padStart(9)} ${'Worker'.padStart(7)} ${'Node MRR'.padStart(9)} ${'Worker'.padStart(7)}   identical hit lists\n`);
    a.rows.forEach((row, i) => {
      const other = b.rows[i]!;
      const identical = row.results.filter((x, j) => isDeepStrictEqual(x.hits, other.results[j]!.hits)).length;
      same &&= identical === row.results.length;
      process.stdout.write(
        `${row.name.padEnd(22)} ${row.scores.recallAt5.toFixed(3).padStart(9)} ${other.scores.recallAt5.toFixed(3).padStart(7)} ${row.scores.mrr.toFixed(3).padStart(9)} ${other.scores.mrr.toFixed(3).padStart(7)}   ${identical}/${row.results.length}\n`,
      );
    });
    same &&= isDeepStrictEqual(a.positives, b.positives) && isDeepStrictEqual(a.negatives, b.negatives);
    process.stdout.write(same ? 'Node and Worker: every query gets the same hits, in the same order, with the same scores\n' : 'Node and Worker DIFFER\n');
  }
  process.exitCode = reports.every(([, r]) => passes(r)) && same ? 0 : 1;
} finally {
  await stop();
  await seed.dispose();
}
