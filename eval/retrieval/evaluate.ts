import type { SearchMode, TextHit } from '../../src/retrieve/index.js';
import type { Store } from '../../src/store/store.js';
import { expectedKeys, key, type LabelledQuery } from './labelled.js';
import { firstHit, score, type Scores } from './metrics.js';

/** What the evaluation reads of a store: search, the documents and their glossary (a Store, or the Worker's through a probe). */
export type SearchCorpus = Pick<Store, 'searchText' | 'listDocuments' | 'glossary'>;

export interface QueryResult {
  l: LabelledQuery;
  hits: TextHit[];
  rank: number | undefined;
}

/** Run every labelled query in one mode; `minRelevance` 0 switches the threshold off, undefined keeps it as served. */
export async function runMode(store: SearchCorpus, queries: LabelledQuery[], mode: SearchMode, minRelevance?: number): Promise<{ scores: Scores; results: QueryResult[] }> {
  const results = await Promise.all(
    queries.map(async (l) => {
      const hits = await store.searchText(l.q, { k: 10, mode, ...(minRelevance === undefined ? {} : { minRelevance }) });
      return { l, hits, rank: firstHit(hits.map((h) => key(h.kind, h.id)), expectedKeys(l)) };
    }),
  );
  return { scores: score(results.map((r) => r.rank)), results };
}

/** Unrelated queries that still get a hit as served (should be none). */
export async function leaks(store: SearchCorpus, negatives: string[]): Promise<string[]> {
  const answered = await Promise.all(negatives.map(async (q) => ((await store.searchText(q)).length ? [q] : [])));
  return answered.flat();
}

/** Glossary terms with no colloquially-phrased query finding them in the top 5. */
export async function termsNotFound(store: SearchCorpus, served: QueryResult[]): Promise<string[]> {
  const docs = await store.listDocuments();
  const terms = (await Promise.all(docs.map((d) => store.glossary(d.id)))).flat().map((g) => g.term);
  return terms.filter((t) => !served.some((x) => x.l.tag === 'colloquial-term' && x.l.glossary.includes(t) && x.rank !== undefined && x.rank <= 5));
}
