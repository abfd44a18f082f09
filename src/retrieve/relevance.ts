import type { NgramModel } from './ngram-model.js';
import { textRuns } from './ngrams.js';

/**
 * How much of the query a record contains: the squared weight of the query's n-grams that occur in the record,
 * over the squared weight of all the query's n-grams (idf-weighted, so 的/和 count for little and words the corpus
 * never uses count most). 1 when every query n-gram occurs in the record; unlike cosine, a long record is not
 * penalised for saying more than the query asks. Embedder-independent: the threshold keeps its meaning when the
 * vectors come from a remote model.
 */
export function coverage(model: NgramModel, query: string, recordText: string): number {
  return queryCoverage(model, query)(recordRuns(recordText));
}

/** A record's text as coverage reads it: its runs, joined (grams never cross a run boundary). */
export function recordRuns(recordText: string): string {
  return textRuns(recordText).join('\n');
}

/** coverage of one query, its n-grams weighed once, for any number of records (given as recordRuns). */
export function queryCoverage(model: NgramModel, query: string): (runs: string) => number {
  const q = [...model.weigh(query)].map(([gram, w]) => [gram, w * w] as const);
  const all = q.reduce((n, [, w2]) => n + w2, 0);
  return (runs) => {
    if (q.length === 0) return 0;
    let hit = 0;
    for (const [gram, w2] of q) if (runs.includes(gram)) hit += w2;
    return hit / all;
  };
}
