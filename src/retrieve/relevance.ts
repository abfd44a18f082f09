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
  const q = model.weigh(query);
  if (q.size === 0) return 0;
  // Grams never cross a run boundary, so a gram occurs in the record iff it is a substring of one of its runs.
  const runs = textRuns(recordText).join('\n');
  let hit = 0;
  let all = 0;
  for (const [gram, w] of q) {
    all += w * w;
    if (runs.includes(gram)) hit += w * w;
  }
  return hit / all;
}
