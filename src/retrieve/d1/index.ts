/** The D1 side of retrieval: the text index src/store/d1 is given. */
import type { D1Database } from '../../domain/d1.js';
import type { TextIndex } from '../../domain/retrieval.js';
import type { GlossaryEntry, Passage } from '../../domain/types.js';
import type { EmbedderChoice } from '../embedder.js';
import { hybridSearch, hybridSettings, type HybridSettings } from '../hybrid.js';
import { D1Retrieval } from './backend.js';
import { backfillStatements, indexStatements } from './text-index.js';
import { syncRecordVectors } from './vectors.js';

export { D1Retrieval };

/**
 * Hybrid search for a D1 store: FTS5 BM25 in D1, cosine over the question's document's stored vectors in the worker,
 * fused and thresholded exactly as on SQLite (src/retrieve/hybrid.ts).
 */
export function d1TextIndex(choice: EmbedderChoice, overrides: Partial<HybridSettings> = {}) {
  return (db: D1Database): TextIndex & {
    indexStatements(docId: string, passages: Array<Pick<Passage, 'id' | 'headingPath' | 'text'>>, glossary: Array<Pick<GlossaryEntry, 'term' | 'definition'>>): ReturnType<typeof indexStatements>;
  } => {
    const settings = hybridSettings(overrides);
    const retrieval = new D1Retrieval(db, choice);
    return {
      indexStatements: (docId, passages, glossary) => indexStatements(db, docId, passages, glossary, settings.segment),
      search: (query, opts = {}) => hybridSearch(retrieval, query, opts, settings),
      async sync() {
        const backfill = await backfillStatements(db, settings.segment);
        if (backfill.length) await db.batch(backfill);
        const summary = await syncRecordVectors(db, choice);
        retrieval.reset();
        return summary;
      },
      reset: () => retrieval.reset(),
    };
  };
}
