/**
 * Retrieval eval over the seed (issue 4): recall@1, recall@5 and MRR for FTS alone, vectors alone and the hybrid,
 * the relevance threshold's margins, and the glossary terms not found by their colloquial names.
 * `npx tsx eval/retrieval/run.ts` (local embedder; with EMBEDDINGS_BASE_URL/EMBEDDINGS_MODEL set, that model).
 * Exits 1 when the hybrid misses its targets (recall@5 ≥ 0.95, MRR ≥ 0.85) or an unrelated query gets a hit.
 */
import { loadConfig } from '../../src/config.js';
import { DEFAULT_HYBRID, type SearchMode } from '../../src/retrieve/index.js';
import { embedderFromConfig } from '../../src/retrieve/remote.js';
import { seedStore } from '../../src/retrieve/seed.testkit.js';
import { leaks, runMode, termsNotFound } from './evaluate.js';
import { loadHeldOut, loadNegatives, loadQueries } from './labelled.js';
import { formatRow, HEADER } from './metrics.js';

const { store, dispose } = await seedStore(embedderFromConfig(loadConfig(process.env)));
const queries = loadQueries();
const negatives = loadNegatives();

console.log(`${queries.length} labelled queries, ${negatives.length} unrelated queries; threshold minRelevance=${DEFAULT_HYBRID.minRelevance}\n`);
console.log(HEADER);
const rows: Array<[string, SearchMode, number | undefined]> = [
  ['FTS5 (BM25) alone', 'fts', 0],
  ['vectors alone', 'vector', 0],
  ['hybrid, no threshold', 'hybrid', 0],
  ['hybrid (as served)', 'hybrid', undefined],
];
const runs = [];
for (const [name, mode, min] of rows) {
  const run = await runMode(store, queries, mode, min);
  console.log(formatRow(name, run.scores));
  runs.push(run);
}
const served = runs.at(-1)!;
const heldOut = loadHeldOut();
console.log(formatRow('hybrid, held-out set', (await runMode(store, heldOut, 'hybrid')).scores));

// Threshold margins: the query-level gate compares the best candidate's relevance with minRelevance.
const best = async (q: string) => (await store.searchText(q, { k: 30, minRelevance: 0 })).reduce((m, h) => Math.max(m, h.relevance), 0);
const pos = (await Promise.all(queries.map((l) => best(l.q)))).sort((a, b) => a - b);
const neg = (await Promise.all(negatives.map(async (q) => ({ q, r: await best(q) })))).sort((a, b) => b.r - a.r);
console.log(`\nbest-candidate relevance, labelled queries: min ${pos[0]!.toFixed(3)}, next ${pos.slice(1, 4).map((x) => x.toFixed(3)).join(' ')}, median ${pos[pos.length >> 1]!.toFixed(3)}`);
console.log(`best-candidate relevance, unrelated queries: max ${neg[0]!.r.toFixed(3)} (${neg[0]!.q}), next ${neg.slice(1, 4).map((x) => `${x.r.toFixed(3)} (${x.q})`).join(' ')}`);
const leaked = await leaks(store, negatives);
console.log(`unrelated queries answered as served: ${leaked.length}/${negatives.length}${leaked.length ? ` (${leaked.join(', ')})` : ''}`);

const misses = served.results.filter((x) => x.rank === undefined || x.rank > 5);
if (misses.length) console.log(`\nnot in the top 5 as served:\n${misses.map((x) => `  ${x.l.q} → ${x.hits.slice(0, 5).map((h) => h.id).join(' ') || '(nothing)'}`).join('\n')}`);
const missingTerms = await termsNotFound(store, served.results);
console.log(`glossary terms not found by a colloquial name: ${missingTerms.length ? missingTerms.join(', ') : 'none'}`);
await dispose();
const s = served.scores;
process.exitCode = s.recallAt5 >= 0.95 && s.mrr >= 0.85 && leaked.length === 0 && missingTerms.length === 0 ? 0 : 1;
